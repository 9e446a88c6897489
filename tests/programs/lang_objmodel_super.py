# super(): zero-arg, two-arg, unbound, in classmethods/staticmethods, properties, errors
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def m(self): return 'A.m'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
    @property
    def p(self): return 'A.p'
    x = 'A.x'
    def __repr__(self): return 'A()'
class B(A):
    def m(self): return 'B.m>' + super().m()
    @classmethod
    def cm(cls): return 'B.cm>' + super().cm()
    @property
    def p(self): return 'B.p>' + super().p
    def x_(self): return super().x
class C(A):
    def m(self): return 'C.m>' + super().m()
class D(B, C):
    def m(self): return 'D.m>' + super().m()
d = D()
show('mro', lambda: [k.__name__ for k in D.__mro__])
show('m', d.m)
show('cm', D.cm)
show('p', lambda: d.p)
show('x', d.x_)
show('2arg', lambda: super(B, d).m())
show('2arg C', lambda: super(C, d).m())
show('2arg type', lambda: super(B, D).cm())
show('2arg func', lambda: super(B, D).m.__qualname__)
show('unbound', lambda: super(B).__get__(d, D).m())
show('repr unbound', lambda: repr(super(B)))
show('repr bound', lambda: repr(super(B, d)))
show('repr bound type', lambda: repr(super(B, D)))
show('attrs', lambda: (super(B, d).__thisclass__.__name__, super(B, d).__self__ is d, super(B, d).__self_class__.__name__))
show('attrs type', lambda: (super(B, D).__self__.__name__, super(B, D).__self_class__.__name__))
show('bad 2nd', lambda: super(B, 5))
show('bad 1st', lambda: super(5, d))
show('not sub', lambda: super(C, B()))
show('no args outside', lambda: super())
show('missing attr', lambda: super(B, d).zzz)
show('super class attr', lambda: super(D, d).__class__.__name__)
show('super dunder', lambda: super(B, d).__repr__())
show('super getattr builtin', lambda: super(B, d).__init__ is not None)
def f_noself():
    class X:
        def g():
            return super()
    return X.g()
show('no arg in func', f_noself)
class Y:
    @staticmethod
    def s(): return super()
show('staticmethod', Y.s)
class Z:
    def g(self):
        del self
        return super()
class W:
    def g(self):
        self = 5
        return super().__class__
show('rebound self', lambda: W().g())
class V:
    def g(*args):
        return super().__repr__.__name__
show('varargs self', lambda: V().g())
class U(A):
    def m(self):
        return [super().m() for _ in range(2)]
    def n(self):
        return (lambda: super().m())()
    def gen(self):
        yield super().m()
show('comp', lambda: U().m())
show('lambda', lambda: U().n())
show('gen', lambda: list(U().gen()))
# super in __init_subclass__ and __new__
class Base:
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__, sorted(kw.items()))
        super().__init_subclass__()
class Mid(Base, flag=1):
    def __init_subclass__(cls, extra=None, **kw):
        print('Mid.__init_subclass__', cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Mid, extra='e', other=2): pass
show('init_subclass bad kw', lambda: type('Q', (object,), {}, bad=1))
def bad_kw():
    class Q(bad=1): pass
show('class bad kw', bad_kw)
class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.a = a
        return o
show('new', lambda: N(1, 2).a)
class N2:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
show('new extra', lambda: N2(1))
# super with __class__ cell
class Cell:
    def g(self): return __class__.__name__
show('__class__ cell', lambda: Cell().g())
# super setattr
class SA:
    def __setattr__(self, k, v):
        print('SA.setattr', k)
        super().__setattr__(k, v)
sa = SA(); sa.q = 1
show('sa', lambda: sa.q)
def sup_set():
    s = super(SA, sa)
    s.q = 3
show('set on super', sup_set)
# super() and descriptor __get__ with type
class DescP:
    def __get__(self, o, t=None): return ('get', o is None, t.__name__ if t else None)
class DA: d = DescP()
class DB(DA):
    def g(self): return super().d
    @classmethod
    def h(cls): return super().d
show('desc inst', lambda: DB().g())
show('desc cls', DB.h)
# super object of metaclass
class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
show('meta call', lambda: WithMeta(3).v)
