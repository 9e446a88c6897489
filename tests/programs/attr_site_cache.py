# Attribute caches per name: methods, properties and dict attributes stay right when classes
# change, when instances shadow methods, and when one site sees many classes.
class A:
    f = len
    g = staticmethod(len)
    def m(self):
        return 'A.m'
    @property
    def p(self):
        return 'A.p'

a = A()
print(a.f([1, 2]), a.g('abc'), A.f('xy'))

def call_m(o):
    return o.m()

def get_p(o):
    return o.p

classes = []
for i in range(7):
    classes.append(type(f'C{i}', (A,), {'m': (lambda i: lambda self: f'C{i}.m')(i)}))
print([call_m(c()) for c in classes] + [call_m(a)])
print([get_p(c()) for c in classes])

b = A()
print(call_m(b))
b.m = lambda: 'instance m'
print(call_m(b), b.m())
del b.m
print(call_m(b))

print(get_p(a))
A.p = property(lambda self: 'new p')
print(get_p(a))
A.p = 'plain'
print(get_p(a))
a.__dict__['p'] = 'from dict'
print(get_p(a))
A.p = property(lambda self: 'data wins')
print(get_p(a))

def call_twice(o):
    return o.m(), o.m

A.m = lambda self: 'patched'
r = call_twice(A())
print(r[0], r[1]())

class B:
    def m(self):
        return 'B.m'
x = A()
print(call_m(x))
x.__class__ = B
print(call_m(x))

class Slotted:
    __slots__ = ('v',)
    def __init__(self):
        self.v = 1
s = Slotted()
def read_v(o):
    return o.v
print(read_v(s), [read_v(s) for _ in range(3)])
s.v = 5
print(read_v(s))
class Dicty:
    def __init__(self):
        self.v = 'd'
print(read_v(Dicty()), read_v(s))

class G:
    def __getattr__(self, name):
        return 'getattr ' + name
    @property
    def q(self):
        raise AttributeError('q')
print(G().q, G().zz)

def append_all(lst, items):
    for i in items:
        lst.append(i)
    return lst
print(append_all([], range(3)))
class MyList(list):
    pass
print(append_all(MyList(), 'ab'), type(append_all(MyList(), 'c')).__name__)

class S2:
    __slots__ = ('a', 'b')
def get_a(o):
    return o.a
def set_a(o, v):
    o.a = v
t = S2()
for attempt in range(2):
    try:
        get_a(t)
    except AttributeError as e:
        print('unset', e)
set_a(t, 3)
print(get_a(t))
del t.a
try:
    get_a(t)
except AttributeError as e:
    print('deleted', e)
class Logged(S2):
    __slots__ = ()
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value * 2)
lg = Logged()
set_a(lg, 5)
set_a(lg, 6)
print(get_a(lg), get_a(t) if hasattr(t, 'a') else 'no a')

class K:
    LIMIT = 10
    NAME = 'k'
    @staticmethod
    def helper(x):
        return x * 2
    def plain(self):
        return 'plain'
class KSub(K):
    LIMIT = 20
def read_class(c):
    return c.LIMIT, c.NAME, c.helper(3), c.plain(None), c.__name__
print(read_class(K), read_class(KSub))
K.LIMIT = 11
print(read_class(K), read_class(KSub))
del KSub.LIMIT
print(read_class(KSub))
K.helper = staticmethod(lambda x: x * 3)
print(read_class(K))
class Meta(type):
    LIMIT = 'meta'
    def __getattr__(cls, name):
        return 'meta getattr ' + name
class WithMeta(metaclass=Meta):
    NAME = 'wm'
    def plain(self):
        return 'wm plain'
    helper = staticmethod(len)
print(WithMeta.LIMIT, WithMeta.NAME, WithMeta.other)
class Desc:
    def __get__(self, obj, owner):
        return 'described'
class WithDesc:
    LIMIT = Desc()
    NAME = 'd'
    helper = staticmethod(abs)
    def plain(self):
        return 'd plain'
print(read_class(WithDesc)[:2])
import weakref
class Finalized:
    def __del__(self):
        print('finalized')
class Holder:
    LIMIT = Finalized()
    NAME = 'h'
    helper = staticmethod(abs)
    def plain(self):
        return 'h plain'
print(read_class(Holder)[1:])
r = weakref.ref(Holder.LIMIT)
del Holder.LIMIT
print('after del', r() is None)
