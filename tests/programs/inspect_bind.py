import inspect
from inspect import Parameter, Signature, signature

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def f(a, b=2, /, c=3, *, d): pass
def g(a, b=2, /, **kw): pass
def h(x, y=1, *args, z, w=5, **rest): pass
def k(p, q): pass
sf, sg, sh, sk = signature(f), signature(g), signature(h), signature(k)

t('f kw posonly', lambda: sf.bind(a=1, d=1))
t('f b kw', lambda: sf.bind(1, b=2, d=1))
t('f too many', lambda: sf.bind(1, 2, 3, 4))
t('f unexpected', lambda: sf.bind(1, c=1, c2=1, d=4))
t('g a kw', lambda: sg.bind(a=1))
t('g b kw', lambda: sg.bind(1, b=5))
t('g b kw ok', lambda: sg.bind(1, 2, b=5))
t('f partial b', lambda: sf.bind_partial(b=1))
t('f missing d', lambda: sf.bind(1))
t('f partial many', lambda: sf.bind_partial(1, 2, 3, 4))
t('f nothing', lambda: sf.bind())
t('f partial nothing', lambda: sf.bind_partial())
t('f ok', lambda: sf.bind(1, d=4))
t('h all', lambda: sh.bind(1, 2, 3, 4, z=5, extra=6, w=7))
t('h multiple', lambda: sh.bind(1, x=2, z=3))
t('k multiple', lambda: sk.bind(1, 2, p=3))
t('k missing q', lambda: sk.bind(1))
t('k kw', lambda: sk.bind(q=1, p=2))
t('k unexpected', lambda: sk.bind(1, 2, r=3))

ba = sh.bind(1, 2, 3, 4, z=5, extra=6)
print(ba.args, ba.kwargs, ba.arguments, ba.signature is sh)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba2 = sh.bind(10, z=0)
print(ba2, ba2.args, ba2.kwargs)
ba2.apply_defaults()
print(ba2, ba2.args, ba2.kwargs)
bp = sf.bind_partial(1, c=9)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp, bp.args, bp.kwargs)
gap = sh.bind_partial(z=1)
print(gap.args, gap.kwargs)
print(sk.bind(1, 2) == sk.bind(1, q=2), sk.bind(1, 2) == sk.bind(2, 1), sk.bind(1, 2) == 5)
ba3 = sk.bind(1, 2)
ba3.arguments['q'] = 99
print(ba3, ba3.args)

t('param kind', lambda: Parameter('a', 7))
t('param kind str', lambda: Parameter('a', 'x'))
t('param float kind', lambda: repr(Parameter('a', 1.0).kind))
t('varpos default', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
t('varkw default', lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
t('name int', lambda: Parameter(3, 1))
t('keyword name', lambda: Parameter('def', 1))
t('bad name', lambda: Parameter('a b', 1))
t('implicit', lambda: repr(Parameter('.0', 1)))
t('implicit kw', lambda: Parameter('.0', 3))
t('order', lambda: Signature([Parameter('a', 3), Parameter('b', 1)]))
t('default order', lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]))
t('default then kwonly', lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 3)]))
t('dup', lambda: Signature([Parameter('a', 1), Parameter('a', 3)]))
t('ret', lambda: Signature([Parameter('a', 0, annotation=int)], return_annotation='x'))
t('posonly default mix', lambda: Signature([Parameter('a', 0, default=1), Parameter('b', 1)]))

p = Parameter('x', Parameter.KEYWORD_ONLY, default=1, annotation=int)
print(repr(p), str(p), p.name, p.kind, p.default, p.annotation)
p2 = p.replace(name='y', default=Parameter.empty)
print(repr(p2), repr(p.replace(kind=Parameter.VAR_KEYWORD, default=Parameter.empty)), repr(p.replace(annotation=Parameter.empty)))
t('replace bad', lambda: p.replace(kind=Parameter.VAR_POSITIONAL))
print(p == Parameter('x', 3, default=1, annotation=int), p == p2, p == 'x', hash(p) == hash(Parameter('x', 3, default=1, annotation=int)))
t('set name', lambda: setattr(p, 'name', 'z'))
print(sh.replace(return_annotation=int), sh.replace(parameters=[p, p2]))
print(sf.replace(parameters=[]), sf.replace())
print(Signature(), Signature(return_annotation=list[str]), Signature(None))
for kind in inspect._ParameterKind:
    print(repr(kind), str(kind), kind.description, kind == int(kind))
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD.value)

spec = inspect.getfullargspec(h)
print(spec)
print(inspect.getfullargspec(f))
def ann(a: int, *b: str, c: float = 1.0, **d) -> None: pass
print(inspect.getfullargspec(ann))
class K:
    def __repr__(self): return "<K>"
    def m(self, a, b=1): pass
print(inspect.getfullargspec(K().m))
print(inspect.getfullargspec(K))
t('argspec builtin', lambda: inspect.getfullargspec(max))
t('argspec int', lambda: inspect.getfullargspec(5))

print(inspect.getcallargs(h, 1, 2, 3, z=4, q=5))
print(inspect.getcallargs(k, 1, q=2))
print(inspect.getcallargs(K().m, 7))
t('ca missing', lambda: inspect.getcallargs(k))
t('ca missing 1', lambda: inspect.getcallargs(k, 1))
def three(a, b, c, *, x, y): pass
t('ca missing 3', lambda: inspect.getcallargs(three))
t('ca missing kwonly', lambda: inspect.getcallargs(three, 1, 2, 3))
t('ca too many', lambda: inspect.getcallargs(k, 1, 2, 3))
t('ca too many kw', lambda: inspect.getcallargs(three, 1, 2, 3, 4, x=1))
def opt(a, b=1): pass
t('ca from to', lambda: inspect.getcallargs(opt, 1, 2, 3))
def one(a): pass
t('ca one', lambda: inspect.getcallargs(one, 1, 2))
def none(): pass
t('ca none', lambda: inspect.getcallargs(none, 1))
t('ca unexpected', lambda: inspect.getcallargs(k, 1, 2, z=3))
t('ca multiple', lambda: inspect.getcallargs(k, 1, 2, p=3))
