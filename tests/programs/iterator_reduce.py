# Built-in iterators reduce as CPython's (iter/reversed/their type, the arguments, the position) and
# restore their position with __setstate__, so copy and pickle work on them.
import copy, pickle
it = iter([1, 2, 3]); next(it)
print(list(copy.deepcopy(it)), it.__reduce__(), list(it))
print(list(copy.copy(iter("ab"))), list(copy.copy(enumerate("ab"))), list(copy.copy(map(str, [1]))))
s = iter("héllo"); next(s); next(s)
print(s.__reduce__(), list(pickle.loads(pickle.dumps(s))))
t = iter((1, 2, 3)); next(t); print(list(pickle.loads(pickle.dumps(t))))
r = reversed([1, 2, 3]); next(r); print(r.__reduce__(), list(copy.copy(r)))
b = iter(b"xyz"); next(b); print(b.__reduce__(), list(copy.copy(b)))
e = iter([]); list(e); print(e.__reduce__())
z = zip([1, 2], "ab", strict=True); print(list(copy.copy(z)))
f = filter(None, [0, 1, 2]); print(list(copy.copy(f)))
print(pickle.dumps(iter([]), 4))
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
q = iter(Seq()); next(q); print(q.__reduce__()[2])
