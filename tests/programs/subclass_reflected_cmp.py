# reflected comparisons of a subclass take priority
class MyInt(int):
    def __eq__(self, other):
        print('  MyInt.__eq__', int(self), other)
        return int(self) == other
    def __lt__(self, other):
        print('  MyInt.__lt__', int(self), other)
        return int(self) < other
    def __gt__(self, other):
        print('  MyInt.__gt__', int(self), other)
        return int(self) > other
    __hash__ = int.__hash__

print(1 == MyInt(1))
print(MyInt(1) == 1)
print(3 < MyInt(5))
print(3 > MyInt(5))
print(1 != MyInt(1))

class A:
    def __eq__(self, other):
        print('  A.__eq__')
        return NotImplemented
    def __lt__(self, other):
        print('  A.__lt__')
        return NotImplemented
class B(A):
    def __eq__(self, other):
        print('  B.__eq__')
        return NotImplemented
    def __gt__(self, other):
        print('  B.__gt__')
        return NotImplemented
print(A() == B())
print(B() == A())
try:
    A() < B()
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def __ge__(self, other):
        return 'C.__ge__'
class D:
    def __le__(self, other):
        return 'D.__le__'
print(C() >= D(), D() <= C())
try:
    D() >= C()
except TypeError as e:
    print(type(e).__name__, e)

class S(str):
    def __eq__(self, other):
        return 'S.__eq__'
    __hash__ = str.__hash__
print('a' == S('a'), S('a') == 'a', 'a' != S('a'))
print(['a'] == [S('a')], [S('b')] == ['a'])
print(MyInt(2) in [1, 2], 2 in [MyInt(2)])
print(sorted([MyInt(2), MyInt(1)]))
