# special methods of float reached as attributes
print(float.__truediv__(7.0, 2.0), (7.0).__truediv__(2), (2.0).__rtruediv__(7))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__('x'), (1.5).__sub__(0.5), (1.5).__rsub__(3))
print((1.5).__mul__(2), (1.5).__rmul__(2), (7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__divmod__(2))
print((2.0).__pow__(3), (2.0).__rpow__(3), (-1.5).__abs__(), (1.5).__neg__(), (1.5).__pos__())
print((2.5).__int__(), (2.5).__float__(), (2.5).__bool__(), (0.0).__bool__(), (2.5).__trunc__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (2.5).__floor__(), (2.5).__ceil__())
print((2.5).__eq__(2.5), (2.5).__eq__(5), (2.0).__eq__(2), (2.5).__lt__(3), (2.5).__lt__('x'))
print((2.5).__repr__(), (2.5).__str__(), (2.5).__format__('.3f'), (1e20).__repr__())
print((2.5).__hash__() == hash(2.5), (2.0).__hash__() == hash(2), (2.5).__getnewargs__())
print(float.__new__(float, '1.5'), float.__add__(1.0, True), float.__eq__(1.0, True))
try:
    (1.0).__truediv__(0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1.0).__floordiv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1.0).__mod__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
print((1).__truediv__(1.5), int.__truediv__(3, 2), int.__truediv__(3, 2.0))
print(float.__dict__['__add__'].__name__, float.__add__.__qualname__, (1.0).__add__.__name__)
print(type(float.fromhex).__name__, (0.5).hex(), float.is_integer(3.0), (3.0).is_integer.__qualname__)
print((0.5).as_integer_ratio(), (0.5).conjugate(), (0.5).real, (0.5).imag)
print(float.__getformat__('double'), (-0.0).__repr__(), (float('inf')).__repr__(), float('nan').__eq__(float('nan')))
print(float.__round__(1.25, 1), float.__round__(2.5, None), type(float.__round__(2.5, None)).__name__)
