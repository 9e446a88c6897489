r = range(3)
for n in ('start', 'stop', 'step', 'foo'):
    try: setattr(r, n, 1)
    except AttributeError as e: print(n, e)
    try: delattr(slice(1), n)
    except AttributeError as e: print(n, e)
import copy, pickle
class P:
    __slots__ = ('a', '__dict__')
p = P(); p.a = 1; p.b = 2
q = copy.deepcopy(p); print(q.a, q.b)
print(pickle.loads(pickle.dumps(slice(1, 2, 3))), copy.copy(slice(4)))
class L(list): pass
l = L([1, 2]); l.x = 3
m = pickle.loads(pickle.dumps(l)); print(m, m.x, type(m).__name__)
class D(dict): pass
d = D(a=1); d.y = 2
e = copy.deepcopy(d); print(e, e.y, type(e).__name__)
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(l, proto)), pickle.loads(pickle.dumps(d, proto)))
class K:
    def __getnewargs_ex__(self): return ((1,), {'z': 2})
    def __new__(cls, a, z): o = object.__new__(cls); o.v = (a, z); return o
print(K(0, 0).__reduce_ex__(4)[1], pickle.loads(pickle.dumps(K(0, 0), 4)).v)
print(object().__reduce_ex__(2)[1:], object().__reduce_ex__(1)[1:])
for v in [1.5, 'abc', b'x', (1, 2), 3j, frozenset({1}), {1, 2}, bytearray(b'ab'), range(5)]:
    print(type(v).__name__, copy.copy(v) == v, pickle.loads(pickle.dumps(v)) == v)
