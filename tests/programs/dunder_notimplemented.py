# NotImplemented handling across binary operators and comparisons
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __add__(self, other):
        print('  A.__add__')
        return NotImplemented
    def __eq__(self, other):
        print('  A.__eq__')
        return NotImplemented
    def __lt__(self, other):
        print('  A.__lt__')
        return NotImplemented
class B:
    def __radd__(self, other):
        print('  B.__radd__')
        return 'B handled add'
    def __gt__(self, other):
        print('  B.__gt__')
        return 'B handled >'
print(A() + B())
print(A() < B())
print(A() == B())
a = A()
print(a == a, a != a)
check(lambda: A() + A())
check(lambda: A() < 1)
class IAdd:
    def __iadd__(self, other):
        print('  IAdd.__iadd__')
        return NotImplemented
    def __add__(self, other):
        print('  IAdd.__add__')
        return 'fell back to __add__'
x = IAdd()
x += 1
print(x)
class Neither:
    def __iadd__(self, other):
        return NotImplemented
y = Neither()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    y -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    y @ y
except TypeError as e:
    print(type(e).__name__, e)
check(lambda: -y)
check(lambda: 2 ** y)
check(lambda: pow(2, y, 3))
check(lambda: divmod(y, 1))
check(lambda: [] < y)
print(type(NotImplemented).__name__, NotImplemented is NotImplemented)
print((1).__add__('x') is NotImplemented)
class Both:
    def __add__(self, other):
        return NotImplemented
    __radd__ = __add__
check(lambda: Both() + Both())
class Rich:
    def __eq__(self, other):
        return NotImplemented
    def __ne__(self, other):
        return NotImplemented
print(Rich() == 1, Rich() != 1, 1 == Rich(), [Rich()] == [Rich()])
