# set/frozenset built from a set subclass copy its table (an overridden __iter__ is not
# asked); __index__/__int__ returning a strict int subclass warn (3.12); io.open is open.
import builtins
import io
import warnings


class S(set):
    def __iter__(self):
        return iter([42])


class F(frozenset):
    def __iter__(self):
        return iter(['no'])


s = S([1, 2])
f = F([3])
print(sorted(frozenset(s)), sorted(set(s)), sorted({0}.union(s)), sorted(set(f)))
x = set()
x.update(s)
x |= f
print(sorted(x), sorted(list(s)), sorted(s | {5}))

warnings.simplefilter('always')


class I:
    def __index__(self):
        return True


class Sub(int):
    pass


class J:
    def __int__(self):
        return Sub(3)


class K:
    def __index__(self):
        return Sub(1)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print([1, 2][I()], type(int(J())).__name__, [7, 8][K()], int(I()))
    print(range(10)[K()], operator_index := __import__('operator').index(K()))
for w in caught:
    print(w.category.__name__, str(w.message)[:40])

print(io.open is builtins.open, io.open is open)
