import functools
import inspect
from inspect import Parameter, Signature, signature

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def f0(): pass
def f1(a, b=2, *args, c, d=4, **kw): pass
def f2(a, b, /, c, *, d): pass
def f3(x: int, y: 'str' = 'q', *rest: float, z: list[int] = None, **opts: dict) -> bool: pass
def f4(a, /): pass
def f5(*, k): pass
def f6(a=None, /, b=(1, 2), *, c={'x': 1}): pass
lam = lambda x, *y, z=3: None

for fn in (f0, f1, f2, f3, f4, f5, f6, lam):
    sig = signature(fn)
    print(sig, repr(sig))
    for p in sig.parameters.values():
        print('  ', repr(p), p.kind, p.kind.description, int(p.kind),
              p.default is Parameter.empty, p.annotation is Parameter.empty)
print(signature(f3).return_annotation, signature(f1).return_annotation)
print(list(signature(f1).parameters), type(signature(f1).parameters).__name__)

class C:
    def __init__(self, a, b=1):
        pass
    def meth(self, x, y=2):
        pass
    @classmethod
    def cm(cls, p):
        pass
    @staticmethod
    def sm(q, r=0):
        pass
    def __call__(self, n, *, m):
        pass

class N:
    def __new__(cls, size, *extra):
        return super().__new__(cls)

class Both:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)
    def __init__(self, only):
        pass

class InitOnlyChild(Both):
    def __init__(self, child):
        pass

class Empty:
    pass

class Meta(type):
    def __call__(cls, meta_arg):
        return 1

class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass

t('class', lambda: signature(C))
t('method unbound', lambda: signature(C.meth))
t('method bound', lambda: signature(C().meth))
t('classmethod', lambda: signature(C.cm))
t('staticmethod', lambda: signature(C.sm))
t('callable instance', lambda: signature(C(1)))
t('new', lambda: signature(N))
t('both', lambda: signature(Both))
t('child', lambda: signature(InitOnlyChild))
t('empty class', lambda: signature(Empty))
t('meta', lambda: signature(WithMeta))
t('object', lambda: signature(object))
t('builtin max', lambda: signature(max))
t('builtin type', lambda: signature(type))
t('int', lambda: signature(int))
t('not callable', lambda: signature(3))
t('not callable str', lambda: signature('abc'))

p1 = functools.partial(f1, 1)
t('partial pos', lambda: signature(p1))
t('partial kw', lambda: signature(functools.partial(f1, b=5)))
t('partial a kw', lambda: signature(functools.partial(f1, a=5)))
t('partial kwonly', lambda: signature(functools.partial(f1, 1, d=9, c=8)))
t('partial posonly', lambda: signature(functools.partial(f2, 1)))
t('partial posonly2', lambda: signature(functools.partial(f2, 1, 2, 3)))
try:
    signature(functools.partial(f2, 1, 2, 3, 4))
except ValueError as e:
    print('partial bad', str(e).startswith('partial object functools.partial(<function f2'), str(e).endswith('1, 2, 3, 4) has incorrect arguments'), type(e.__cause__).__name__, e.__cause__)
t('partial nested', lambda: signature(functools.partial(functools.partial(f1, 1), 2, 3)))
t('partial star', lambda: signature(functools.partial(f1, 1, 2, 3, 4)))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def wrapped(alpha, beta=1):
    pass

t('wrapped', lambda: signature(wrapped))
t('wrapped nofollow', lambda: signature(wrapped, follow_wrapped=False))
t('from_callable', lambda: Signature.from_callable(wrapped))

def custom(*a, **k):
    pass
custom.__signature__ = Signature([Parameter('zz', Parameter.POSITIONAL_ONLY)])
t('__signature__', lambda: signature(custom))
def bad_custom():
    pass
bad_custom.__signature__ = 42
t('bad __signature__', lambda: signature(bad_custom))
bad_custom.__signature__ = None
t('None __signature__', lambda: signature(bad_custom))
bad_custom.__signature__ = lambda: Signature([Parameter('made', Parameter.KEYWORD_ONLY)])
t('callable __signature__', lambda: signature(bad_custom))

print(signature(f1) == signature(f1), signature(f1) == signature(f2), signature(f0) == 1)
def g1(*, a, b): pass
def g2(*, b, a): pass
print(signature(g1) == signature(g2), hash(signature(g1)) == hash(signature(g2)))
print(inspect.Signature.empty is inspect.Parameter.empty, inspect.Parameter.empty)
