# reflected arithmetic of a subclass takes priority over the base type's operator
class MyInt(int):
    def __radd__(self, other):
        print('  MyInt.__radd__', other)
        return 'radd'
    def __rsub__(self, other):
        print('  MyInt.__rsub__', other)
        return NotImplemented
    def __rmul__(self, other):
        return 'rmul'

print(1 + MyInt(2))
print(MyInt(2) + 1, type(MyInt(2) + 1).__name__)
print(5 - MyInt(2))
print(3 * MyInt(2), MyInt(2) * 3)
print(1.5 + MyInt(2))
print(True + MyInt(2))

class NoOverride(int):
    pass
print(1 + NoOverride(2), type(1 + NoOverride(2)).__name__)

class MyFloat(float):
    def __rtruediv__(self, other):
        return f'rtruediv({other})'
print(1.0 / MyFloat(2.0), 1 / MyFloat(2.0), MyFloat(2.0) / 1.0)

class MyStr(str):
    def __radd__(self, other):
        return MyStr('[' + other + ']' + str(self))
print('a' + MyStr('b'), type('a' + MyStr('b')).__name__)

class MyList(list):
    def __radd__(self, other):
        return 'list radd'
print([1] + MyList([2]))

class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__'
class Same(Base):
    pass
print(Base() + Derived(), Derived() + Base(), Base() + Same())
class Inherits(MyInt):
    pass
print(1 + Inherits(0))

class Pow(int):
    def __rpow__(self, other):
        return f'rpow {other}'
    def __rlshift__(self, other):
        return 'rlshift'
    def __rand__(self, other):
        return 'rand'
print(2 ** Pow(3), pow(2, Pow(3)), 1 << Pow(2), 6 & Pow(3))
try:
    print('x' + MyInt(1))
except TypeError as e:
    print(type(e).__name__, e)
x = 10
x += MyInt(1)
print(x)
