# collections.abc: Callable alias substitution and errors, Set/MutableSet/Mapping/Sequence
# mixins, __subclasshook__ names, built-in registrations, async/generator mixins.
import collections.abc as cabc
from collections.abc import *
import typing, _collections_abc
T = typing.TypeVar('T'); P = typing.ParamSpec('P')
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
show('c1', lambda: Callable[[int, T], T])
show('c2', lambda: Callable[[int, T], T][str])
show('c3', lambda: Callable[P, T][[int], str])
show('c4', lambda: Callable[P, T][..., str])
show('c5', lambda: Callable[[int], str].__reduce__())
show('c6', lambda: Callable[..., str].__reduce__())
show('c7', lambda: type(Callable[[int], str]).__name__)
show('c8', lambda: Callable[[int], str].__parameters__)
show('c9', lambda: Callable[[T], T].__parameters__)
show('c10', lambda: Callable[typing.Concatenate[int, P], T])
show('c11', lambda: Callable[[int], str] == Callable[[int], str])
show('c12', lambda: Callable[[list[int]], typing.List[int]])
show('c13', lambda: Callable['x', int])
show('c14', lambda: Callable[(int,), str])
show('c15', lambda: Callable[[int], str].__origin__)
show('c17', lambda: Callable[[int, T], T][int, str])
show('c18', lambda: Callable[[show], int])
show('c19', lambda: Callable[[], int][()] )
class S(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f'S({self.d})'
a, b = S([1,2,3]), S([3,4])
show('s1', lambda: (a & b, a | b, a - b, a ^ b, b - a, [5, 1] - a, [1, 5] & a, [9] | a, [3, 9] ^ a))
show('s2', lambda: (a <= b, a < S([1,2,3,4]), a == S([3,2,1]), a >= S([1]), a > a, a != b))
show('s3', lambda: (a.isdisjoint([7]), a.isdisjoint([1]), a & 5, a.__sub__(5), a.__rsub__(5)))
show('s4', lambda: (a._hash() == hash(frozenset(a)), S()._hash() == hash(frozenset())))
class MS(S, MutableSet):
    def add(self, x):
        if x not in self.d: self.d.append(x)
    def discard(self, x):
        if x in self.d: self.d.remove(x)
m = MS([1,2,3])
show('m1', lambda: (m.pop(), m))
show('m2', lambda: (m.remove(9)))
m |= [7, 8]; print(m)
m &= [7, 3, 8, 0]; print(m)
m ^= [8, 10]; print(m)
m -= [10]; print(m)
m ^= m; print(m)
show('m3', lambda: MS().pop())
m = MS([1]); m -= m; print(m)
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __repr__(self): return 'MM'
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM()
mm.update({'a': 1}, b=2); mm.update([('c', 3)]); 
class K:
    def keys(self): return ['z']
    def __getitem__(self, k): return 26
mm.update(K())
show('mm1', lambda: (dict(mm), mm.pop('a'), mm.pop('q', 0), mm.popitem(), mm.setdefault('n', 5), mm.get('x', 'dflt'), 'n' in mm))
show('mm2', lambda: mm.pop('q'))
show('mm3', lambda: (mm.keys(), mm.items(), mm.values(), list(mm.items()), ('n', 5) in mm.items(), 5 in mm.values(), mm == {'n': 5, 'c': 3, 'z': 26}, mm.keys() & ['n']))
mm.clear(); show('mm4', lambda: (len(mm), MM().popitem()))
class Sq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
q = Sq(1, 2, 3, 2)
show('q1', lambda: (list(q), list(reversed(q)), 2 in q, q.index(2), q.index(2, 2), q.index(2, -2), q.count(2)))
show('q2', lambda: q.index(5))
show('q3', lambda: q.index(1, 1, 3))
show('q4', lambda: q.index(2, -10, -1))
class MSq(MutableSequence):
    def __init__(self, *a): self.a = list(a)
    def __getitem__(self, i): return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __delitem__(self, i): del self.a[i]
    def __len__(self): return len(self.a)
    def insert(self, i, v): self.a.insert(i, v)
ms = MSq(1, 2, 3)
ms.append(4); ms.extend(ms); ms.reverse(); print(ms.a)
show('ms', lambda: (ms.pop(), ms.pop(0), ms.remove(2), ms.a))
ms += [9]; print(ms.a); ms.clear(); print(ms.a)
show('ms2', lambda: ms.remove(1))
show('h', lambda: [c.__subclasshook__.__qualname__ for c in (Iterable, Hashable, Sized)])
show('h2', lambda: (Iterable.__subclasshook__(list), Iterator.__subclasshook__(list), Iterable.__subclasshook__(int)))
class NoIter(list): __iter__ = None
show('h3', lambda: (issubclass(NoIter, Iterable), isinstance(b'', Buffer), isinstance(memoryview(b''), Buffer), issubclass(bytearray, ByteString)))
show('reg', lambda: [issubclass(t, a) for t, a in [(type(iter(b'')), Iterator), (type({}.keys()), KeysView), (type({}.items()), ItemsView), (type({}.values()), ValuesView), (type(type.__dict__), Mapping), (dict, MutableMapping), (list, MutableSequence), (tuple, Sequence), (str, Sequence), (range, Sequence), (memoryview, Sequence), (bytearray, MutableSequence), (set, MutableSet), (frozenset, Set), (type(reversed([])), Iterator), (type(zip()), Iterator), (bytes, ByteString)]])
def g(): yield
async def co(): pass
async def ag(): yield
c = co()
show('reg2', lambda: (isinstance(g(), Generator), isinstance(c, Coroutine), isinstance(ag(), AsyncGenerator), isinstance(c, Awaitable)))
c.close()
show('names', lambda: [n for n in ('bytes_iterator', 'dict_keys', 'mappingproxy', 'generator', 'coroutine', 'async_generator', 'longrange_iterator', 'GenericAlias', 'EllipsisType', 'FunctionType', 'sys') if hasattr(_collections_abc, n)])
class G(Generator):
    def send(self, v): return v
    def throw(self, *a): return super().throw(*a)
show('g1', lambda: (next(G()), G().close()))
show('g2', lambda: G().throw(ValueError))
show('g3', lambda: G().throw(ValueError, ValueError('x')))
class G2(Generator):
    def send(self, v): return v
    def throw(self, *a): return 1
show('g4', lambda: G2().close())
class C2(Coroutine):
    def send(self, v): return v
    def throw(self, *a): return 1
    def __await__(self): yield
show('g5', lambda: C2().close())
show('abs', lambda: sorted(Generator.__abstractmethods__) + sorted(MutableSequence.__abstractmethods__) + sorted(MutableMapping.__abstractmethods__) + sorted(MutableSet.__abstractmethods__) + sorted(AsyncGenerator.__abstractmethods__))
show('mv', lambda: (repr(KeysView({1: 2})), len(ValuesView({1: 2})), MappingView.__slots__, KeysView._from_iterable([1]), ItemsView({1:2}) | [(3, 4)]))
show('ga', lambda: (Iterable[int], MappingView[int], Mapping[str, int].__args__))
import warnings
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    isinstance(b'', ByteString)
    class BS(ByteString): pass
print([(str(x.message), x.category.__name__) for x in w])
show('all', lambda: cabc.__all__)
show('mods', lambda: [(c.__module__, c.__qualname__) for c in (Set, Callable, KeysView)])
show('hashes', lambda: [Hashable.__hash__(1), Sized.__len__(1), Container.__contains__(1, 2), Callable.__call__(1)])
show('iter0', lambda: list(Iterable.__iter__(1)))
show('rev0', lambda: list(Reversible.__reversed__(1)))
