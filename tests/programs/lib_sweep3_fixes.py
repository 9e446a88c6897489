# Library sweep fixes: lru_cache's cache_parameters lives in the wrapper's __dict__ (wraps copies it),
# getrandbits(0)/randbytes(0), copy and pickle of StringIO/BytesIO through __setstate__.
import functools, random
@functools.lru_cache
def f(x): return x
print('cache_parameters' in f.__dict__, f.cache_parameters(), list(f.__dict__)[:3])
def g(): pass
functools.update_wrapper(g, f)
print(g.cache_parameters())
@functools.lru_cache(maxsize=-3, typed=True)
def h(x): return x
print(h.cache_parameters(), functools.cache(len).cache_parameters())
r = random.Random(1)
print(r.getrandbits(0), r.randbytes(0), r.random(), random.getrandbits(0))
import copy, io, pickle
s = io.StringIO("hello\nworld"); s.read(2); s.extra = 5
c = copy.copy(s); print(repr(c.getvalue()), c.tell(), repr(c.read()), c.extra)
d = copy.deepcopy(s); print(repr(d.getvalue()), d.tell())
b = io.BytesIO(b"hello"); b.read(2)
c = copy.copy(b); print(c.getvalue(), c.tell(), c.read())
p = pickle.loads(pickle.dumps(io.StringIO("a\r\nb", newline="")))
print(repr(p.getvalue()), p.tell(), p.newlines)
q = pickle.loads(pickle.dumps(b)); print(q.getvalue(), q.tell())
t = io.StringIO()
try:
    t.__setstate__((1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().__setstate__(5)
except TypeError as e:
    print("TypeError", e)
