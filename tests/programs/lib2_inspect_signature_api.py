import inspect
from inspect import Parameter, Signature, signature
import functools
import operator

def api(a, b: int = 2, /, c: "str" = "x", *args: float, d, e: list = None, **kw) -> dict:
    """Do the thing."""
    return {}

sig = signature(api)
print(sig)
print(repr(sig).replace("<Signature ", "<S "))
print(sig.return_annotation, sig.return_annotation is dict)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.kind.description, p.default is Parameter.empty, p.annotation, str(p), repr(p))
b = sig.bind(1, 5, "cc", 1.5, 2.5, d=4, z=9)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b.arguments)
bp = sig.bind_partial(1, d=3)
print(bp.arguments, bp)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"c": 4, "d": 1}), ((1,), {"a": 2, "d": 0}), ((1,), {"d": 1, "b": 3})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)

class Service:
    def __init__(self, host: str, port: int = 80, *, tls=False):
        pass
    def method(self, x, /, y=1):
        pass
    @classmethod
    def create(cls, cfg):
        pass
    @staticmethod
    def helper(v, *, scale=1.0):
        pass
    @property
    def prop(self):
        return 1
    def __call__(self, payload):
        pass

print(signature(Service), signature(Service.method), signature(Service("h").method), signature(Service.create))
print(signature(Service.helper), signature(Service("h")), signature(Service.__init__))
print(signature(functools.partial(api, 1, d=5)))
print(signature(functools.partial(Service.method, Service("h"), 3)))
print(signature(lambda x, *, y=[1]: None), signature(lambda: None), signature(lambda *a, **k: 0))
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=3):
    pass
print(signature(wrapped), signature(wrapped, follow_wrapped=False))
for builtin in (len, sorted, divmod, dict.get, str.split, int, print, operator.add, max if False else abs):
    try:
        print(builtin.__name__, signature(builtin))
    except ValueError as e:
        print(builtin.__name__, "ValueError", e)
try:
    signature(5)
except TypeError as e:
    print("TypeError", e)

params = [Parameter("self", Parameter.POSITIONAL_ONLY), Parameter("item", Parameter.POSITIONAL_OR_KEYWORD, annotation=int),
          Parameter("rest", Parameter.VAR_POSITIONAL), Parameter("flag", Parameter.KEYWORD_ONLY, default=True)]
s2 = Signature(params, return_annotation=bool)
print(s2, s2 == Signature(params, return_annotation=bool), s2 == Signature(params), hash(s2) == hash(Signature(params, return_annotation=bool)))
s3 = s2.replace(return_annotation=Signature.empty)
print(s3, s3.replace(parameters=params[:2]))
p = params[1].replace(name="renamed", default=0)
print(p, p.name, p.default, params[1])
for bad in [lambda: Parameter("x y", Parameter.POSITIONAL_ONLY), lambda: Parameter("x", 99),
            lambda: Parameter("def", Parameter.KEYWORD_ONLY), lambda: Signature([params[1], params[0]]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([params[1], params[1]]), lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1)]:
    try:
        print("ok", bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, int(Parameter.VAR_KEYWORD), str(Parameter.VAR_POSITIONAL))
print(inspect.getdoc(api), inspect.getdoc(Service.method), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(api), inspect.ismethod(Service("h").method), inspect.isclass(Service), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.iscoroutinefunction(api), inspect.isgeneratorfunction(lambda: (yield)), inspect.isabstract(Service))
print(inspect.getmro(bool), [n for n, _ in inspect.getmembers(Service, inspect.isfunction)], inspect.getattr_static(Service, "prop").__class__.__name__)
print(inspect.getfullargspec(api))
print(inspect.getcallargs(api, 1, d=2) if hasattr(inspect, "getcallargs") else "")
print(sorted(inspect.getclosurevars(lambda: operator).globals) if hasattr(inspect, "getclosurevars") else "")
print(inspect.unwrap(wrapped).__name__, inspect.get_annotations(api), inspect.get_annotations(api, eval_str=True))
def outer():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, inspect.stack()[0].function
print(outer(), inspect.getmodule(api).__name__, inspect.ismodule(inspect))
async def coro(): pass
def gen(): yield 1
g = gen()
print(inspect.iscoroutinefunction(coro), inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.signature(coro), inspect.isawaitable(g))
