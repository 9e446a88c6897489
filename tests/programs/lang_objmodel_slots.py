# __slots__: basic, __dict__/__weakref__, inheritance, conflicts, errors
import weakref
def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    __slots__ = ('x', 'y')
a = A()
show('unset', lambda: a.x)
a.x = 1
show('set', lambda: a.x)
show('no dict', lambda: a.__dict__)
def setz(): a.z = 3
show('setz', setz)
show('weakref', lambda: weakref.ref(a))
def delx(): del a.x
show('del', delx)
show('del2', delx)
show('slot type', lambda: type(A.x).__name__)
show('slot repr', lambda: repr(A.x))
show('slot name', lambda: (A.x.__name__, A.x.__objclass__.__name__))
show('slots attr', lambda: A.__slots__)
show('dir', lambda: [n for n in dir(a) if not n.startswith('__')])

class B(A):
    pass
b = B()
b.z = 5
show('B dict', lambda: b.__dict__)
show('B weak', lambda: weakref.ref(b)() is b)

class C(A):
    __slots__ = ('z',)
c = C(); c.x = 1; c.z = 2
show('C', lambda: (c.x, c.z))
def setw(): c.w = 1
show('C setw', setw)

class D:
    __slots__ = ('__dict__', 'a')
d = D(); d.a = 1; d.b = 2
show('D', lambda: (d.a, d.__dict__))
show('D weak', lambda: weakref.ref(d))

class E:
    __slots__ = ('__weakref__',)
e = E()
show('E weak', lambda: weakref.ref(e)() is e)
def sete(): e.q = 1
show('E set', sete)

show('conflict', lambda: type('F', (), {'__slots__': ('x',), 'x': 1}))
show('dup dict', lambda: type('G', (), {'__slots__': ('__dict__', '__dict__')}))
show('dict twice', lambda: type('G2', (D,), {'__slots__': ('__dict__',)}))
show('weakref twice', lambda: type('G3', (E,), {'__slots__': ('__weakref__',)}))
show('bad name', lambda: type('H', (), {'__slots__': ('1x',)}))
show('bad type', lambda: type('H2', (), {'__slots__': (1,)}))
show('str slots', lambda: type('H3', (), {'__slots__': 'abc'}).__dict__['abc'].__name__)
show('list slots', lambda: sorted(k for k in type('H4', (), {'__slots__': ['p', 'q']}).__dict__ if not k.startswith('__')))
show('dict slots', lambda: type('H5', (), {'__slots__': {'p': 'doc p'}}).__dict__['p'].__doc__)
show('int base nonempty', lambda: type('I', (int,), {'__slots__': ('a',)}))
show('tuple base nonempty', lambda: type('T', (tuple,), {'__slots__': ('a',)}))
show('int base empty', lambda: type('I2', (int,), {'__slots__': ()})(5) + 1)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
show('layout conflict', lambda: type('S3', (S1, S2), {}))
class S4: __slots__ = ()
show('empty ok', lambda: type('S5', (S1, S4), {}).__mro__.__len__())
# private name mangling in slots
class Priv:
    __slots__ = ('__p', 'q')
    def __init__(self): self.__p = 1
show('mangle', lambda: sorted(k for k in Priv.__dict__ if 'p' in k.lower() and not k.startswith('__')))
show('mangle2', lambda: Priv()._Priv__p)
# slot shadowed by subclass class attr
class Sh(A):
    x = 'class-level'
sh = Sh()
show('shadow', lambda: sh.x)
def shset(): sh.x = 4
show('shadow set', shset)
show('shadow after', lambda: sh.x)
# __slots__ with __init__ and default values via class attr not allowed
# slot descriptor used on wrong type
show('wrong obj', lambda: A.x.__get__(5))
show('wrong obj set', lambda: A.x.__set__(5, 1))
show('get None', lambda: A.x.__get__(None, A) is A.x)
# __class__ assignment with slots
class K1: __slots__ = ('a',)
class K2: __slots__ = ('a',)
class K3: __slots__ = ('b',)
k = K1(); k.a = 9
def ca(cls):
    k.__class__ = cls
    return type(k).__name__, k.a
show('cls assign same layout', lambda: ca(K2))
show('cls assign diff layout', lambda: ca(K3))
show('cls assign to int', lambda: ca(int))
class N1: pass
class N2: pass
n = N1(); n.v = 1
def cn(cls):
    n.__class__ = cls
    return type(n).__name__, n.__dict__
show('plain assign', lambda: cn(N2))
show('assign to slotted', lambda: cn(K1))
def ci():
    x = 5
    x.__class__ = bool
show('int assign', ci)
def cnone():
    n.__class__ = 5
show('assign nonclass', cnone)
def cdel():
    del n.__class__
show('del class', cdel)
