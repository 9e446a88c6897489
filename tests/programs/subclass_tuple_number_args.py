class T(tuple):
    pass

types_ = T((ValueError, KeyError))
print(isinstance(1, T((int,))), issubclass(bool, T((int,))), "abc".startswith(T(("a",))), b"abc".endswith(T((b"c",))))
try:
    raise KeyError("k")
except types_ as e:
    print("caught via tuple subclass", type(e).__name__)
import math

class I(int):
    def __index__(self):
        return 1

class F(float):
    def __float__(self):
        return 9.9
    def __int__(self):
        return 7
    def __index__(self):
        return 2

i = I(5)
print([0, 1, 2, 3, 4, 5][i], list(range(i)), hex(i), "ab" * i, "%d" % i)
f = F(1.5)
print(math.sqrt(f), "%.1f" % f, "%d" % f)
