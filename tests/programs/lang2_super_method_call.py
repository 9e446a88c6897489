# super().name(...) calls: functions, class and static methods, properties, special names, misses, later patches.
class A:
    def __init__(self, x=0, *, k=1): self.x = x; self.k = k
    def m(self, *a): return ('A.m', type(self).__name__, a)
    @classmethod
    def c(cls): return ('A.c', cls.__name__)
    @staticmethod
    def s(v): return ('A.s', v)
    @property
    def p(self): return 'A.p'
    def __repr__(self): return 'A-repr'
class B(A):
    def __init__(self): super().__init__(5, k=2)
    def m(self, *a): return ('B', super().m(*a))
    @classmethod
    def c(cls): return ('B.c', super().c())
    def s2(self): return super().s(3)
    def p2(self): return super().p
    def r(self): return super().__repr__()
    def cls_(self): return super().__class__, super().__self__ is self, super().__thisclass__
    def missing(self):
        try: return super().nope()
        except AttributeError as e: return str(e)
class C(B):
    def m(self, *a): return ('C', super().m(*a), super(B, self).m(9))
class D:
    def __getattr__(self, n): return lambda: ('getattr', n)
class E(D):
    def f(self): return super().anything()
b = B(); c = C()
print(b.x, b.k, b.m(1), C.c(), b.s2(), b.p2(), b.r(), b.cls_()[1:], b.missing())
print(c.m(7), E().f() if False else 'skip')
try: print(E().f())
except AttributeError as e: print('AE', e)
class F(A):
    def m(self): return super().m
print(F().m()(), type(F().m()).__name__)
class G(A): pass
def extra(self): return super(G, self).m('late')
G.extra = extra
print(G().extra())
A.m = lambda self, *a: ('patched', a)
print(b.m(2))
