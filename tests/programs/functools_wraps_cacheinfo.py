# functools.wraps copies __annotations__ and the wrapped __dict__; function __doc__/__module__ are assignable; lru_cache.cache_info() is a named tuple.
import functools
def f(x: int) -> int:
    "doc of f"
    return x
f.tag = 1
@functools.wraps(f)
def w(*a):
    return f(*a)
print(w.__annotations__, sorted(w.__dict__), w.__doc__, w.__name__, w.__module__, w.tag)
def g(): pass
g.__doc__ = 'new doc'
g.__module__ = 'mod'
print(g.__doc__, g.__module__, g.__dict__)
del g.__doc__
print(g.__doc__)
class C:
    def m(self): pass
print(C.m.__module__)
@functools.lru_cache
def f(x): return x
f(1); f(1); f(2)
ci = f.cache_info()
print(ci, ci.hits, ci.misses, ci.maxsize, ci.currsize, ci == (1, 2, 128, 2), type(ci).__name__, len(ci))
h, m, mx, cur = ci
print(h, m, mx, cur, ci._asdict())
f.cache_clear()
print(f.cache_info())
@functools.lru_cache(maxsize=None)
def g(x): return x
g(3)
print(g.cache_info())
