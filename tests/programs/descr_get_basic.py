# __get__ with instance access and class access (instance is None)
class Verbose:
    def __get__(self, obj, objtype=None):
        print('  __get__', None if obj is None else type(obj).__name__, getattr(objtype, '__name__', objtype))
        if obj is None:
            return self
        return 42

class A:
    v = Verbose()

a = A()
print(a.v)
print(type(A.v).__name__)
print(getattr(a, 'v'), hasattr(a, 'v'))
print(A.__dict__['v'].__get__(a, A), A.__dict__['v'].__get__(None, A) is A.__dict__['v'])
print(A.__dict__['v'].__get__(a))
class B(A):
    pass
print(B().v)

class ClassOnly:
    def __get__(self, obj, cls):
        return f'accessed on {cls.__name__} (instance: {obj is not None})'
class C:
    d = ClassOnly()
print(C.d)
print(C().d)
class D(C):
    pass
print(D.d, D().d)

class Double:
    def __init__(self, attr):
        self.attr = attr
    def __get__(self, obj, cls):
        if obj is None:
            return 'unbound Double'
        return getattr(obj, self.attr) * 2
class E:
    doubled = Double('base')
    def __init__(self, base):
        self.base = base
print(E(4).doubled, E('ab').doubled, E.doubled)

class Raising:
    def __get__(self, obj, cls):
        raise AttributeError('computed attribute missing')
class F:
    r = Raising()
    def __getattr__(self, name):
        return f'__getattr__ fallback for {name}'
print(F().r)
try:
    F.r
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(F, 'r'), getattr(F, 'r', 'default'))

class NotOnInstance:
    def __get__(self, obj, cls):
        return 'descriptor'
g = C()
g.__dict__['inst'] = NotOnInstance()
print(type(g.inst).__name__)

def plain(self):
    return 'plain function'
print(type(plain.__get__(g, C)).__name__, plain.__get__(g, C)(), plain.__get__(None, C) is plain)
bound = plain.__get__(g)
print(bound.__self__ is g, bound.__func__ is plain, bound.__name__)
