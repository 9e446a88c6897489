# type.__call__: __init__ runs only when __new__ returns an instance of the class
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Other:
    def __init__(self, *args):
        print('Other.__init__ (should not run from A())')

class A:
    def __new__(cls, kind):
        print('A.__new__', kind)
        if kind == 'other':
            return Other()
        if kind == 'int':
            return 42
        if kind == 'none':
            return None
        return super().__new__(cls)
    def __init__(self, kind):
        print('A.__init__', kind)

for k in ('self', 'other', 'int', 'none'):
    r = A(k)
    print(' ->', type(r).__name__)

class B(A):
    def __init__(self, kind):
        print('B.__init__', kind)
r = B('self')
print(type(r).__name__)

class Sub(A):
    pass
class C:
    def __new__(cls):
        return object.__new__(Sub)
print('C() returns Sub instance:')
r = C()
print(type(r).__name__)

class D:
    def __new__(cls):
        print('D.__new__')
        return object.__new__(E)
    def __init__(self):
        print('D.__init__ on', type(self).__name__)
class E(D):
    def __init__(self):
        print('E.__init__')
print('D() returns subclass E instance:')
print(type(D()).__name__)

class NoArgs:
    pass
check(lambda: NoArgs(1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)
check(lambda: OnlyInit())
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
check(lambda: object.__new__(OnlyInit, 1))
class BadNew:
    def __new__(cls, x):
        return object.__new__(cls, x)
check(lambda: BadNew(1))
class InitReturns:
    def __init__(self):
        return 5
check(lambda: InitReturns())
check(lambda: object.__new__(5))
check(lambda: object.__new__(int))
