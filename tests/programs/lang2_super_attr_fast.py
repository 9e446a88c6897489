import traceback
class A:
    x = 10
    def m(self, k=1):
        return ('A.m', k)
    @classmethod
    def c(cls):
        return ('A.c', cls.__name__)
    @property
    def p(self):
        return 'A.p'
    @staticmethod
    def s(v):
        return ('A.s', v)
class B(A):
    def m(self, k=2):
        return super().m(k), super().x, super().p, super().s(3), super().c()
    @classmethod
    def c(cls):
        return super().c(), super().x
    def missing(self):
        return super().nothere
    def missing_call(self):
        return super().nothere()
    def cls_attr(self):
        return super().__class__, super().__thisclass__, super().__self__ is self, super().__self_class__
    def shadow(self):
        super = lambda *a: ('fake', a)
        return super().count(1)
    def init(self):
        return super().__init__(), super().__repr__()[:8], super().__eq__(self)
    def wrong():
        return super().m()
    def keyword(self):
        return super().m(k=5)
B.wrong2 = lambda self: 1
def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
        print(''.join(traceback.format_exception(e)[-3:]))
b = B()
run('m', b.m)
run('c', B.c)
run('bc', b.c)
run('missing', b.missing)
run('missing_call', b.missing_call)
run('cls_attr', b.cls_attr)
run('shadow', b.shadow)
run('init', b.init)
run('wrong', B.wrong)
run('keyword', b.keyword)
run('unbound', lambda: B.m(5))
run('other', lambda: B.m(A()))
class M(type):
    def __call__(cls, *a):
        return ('M', super().__call__(*a).__class__.__name__)
class W(metaclass=M):
    pass
run('meta', W)
import builtins
real = builtins.super
class Fake:
    def __init__(self, *a):
        print('fake super args', len(a))
    def __getattr__(self, name):
        return R(name)
class R:
    def __init__(self, n):
        self.n = n
    def __call__(self, *a, **k):
        return ('fake', self.n, a)
    def __repr__(self):
        return f'R({self.n})'
builtins.super = Fake
run('spy', b.m)
run('spy_attr', b.missing)
builtins.super = real
class C(A):
    def m(self):
        super = Fake
        return super().m(1), super().zzz
run('local', C().m)
