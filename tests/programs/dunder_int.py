# special methods of int reached as attributes
def t(f):
    try:
        return f()
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

print((5).__abs__(), (-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__())
print(int.__add__(1, 2), (3).__radd__(4), (10).__sub__(3), (10).__rsub__(3))
print((6).__mul__(7), (7).__floordiv__(2), (7).__rfloordiv__(20), (7).__mod__(3), (7).__rmod__(30))
print((7).__truediv__(2), (2).__rtruediv__(7), (2).__pow__(10), (2).__rpow__(3), (2).__pow__(10, 1000))
print((7).__divmod__(2), (2).__rdivmod__(7), (1).__lshift__(4), (256).__rshift__(4))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (6).__rxor__(5))
print(int.__add__(1, 'a'), (1).__add__(1.5), (1).__eq__('1'), (1).__lt__(None))
print(int.__add__(1, True), type(int.__add__(1, True)).__name__, (True).__add__(True))
print((3).__lt__(4), (3).__le__(3), (3).__gt__(4), (3).__ge__(4), (3).__eq__(3), (3).__ne__(3))
print((3).__bool__(), (0).__bool__(), (3).__int__(), (3).__float__(), (3).__index__())
print((3).__hash__() == hash(3), (-1).__hash__(), (3).__round__(), (1234).__round__(-2))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__format__('03d'), (255).__format__('x'))
print((7).__repr__(), (7).__str__(), int.__repr__(True), int.__str__(False))
print((5).__sizeof__() > 0, (5).__getnewargs__(), (5).__class__.__name__)
print(int.__neg__(True), int.__abs__(False), bool.__neg__(True))
print(int.__new__(int, '12'), t(lambda: int.__new__(bool, 1)), bool.__new__(bool, 1))
print((3).__add__(4).__mul__(2), (2).__pow__(-1), (0).__rpow__(2))
try:
    (10).__floordiv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10).__mod__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10).__truediv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((3).__mul__('ab'), (3).__rmul__([1]), 'ab'.__rmul__(3), [1].__rmul__(2))
print(int.__lt__(1, 2.5), int.__ge__(2, 'x'), (1.5).__gt__(1))
f = (5).__add__
print(f(1), f.__name__, f.__qualname__, type(f).__name__, f.__self__)
print(type(int.__add__).__name__, int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__.__name__)
print(type(int.__dict__['__add__']).__name__, type(int.bit_length).__name__, type((5).bit_length).__name__)
print(int.bit_length(255), (255).bit_length.__name__, int.bit_length.__qualname__)
print(type(int.from_bytes).__name__, int.from_bytes.__name__, int.from_bytes.__self__ is int)
