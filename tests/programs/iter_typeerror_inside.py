def gen():
    yield 1
    raise TypeError("inner")

cases = {
    "str.join": lambda: "".join(str(x) for x in gen()),
    "[*gen()]": lambda: [*gen()],
    "f(*gen())": lambda: print(*gen()),
    "a, b = gen()": lambda: exec("a, b = g", {"g": gen()}),
    "slice assign": lambda: [1, 2].__setitem__(slice(0, 1), gen()),
    "bytes(gen)": lambda: bytes(gen()),
    "bytearray(gen)": lambda: bytearray(gen()),
    "bytearray.extend": lambda: bytearray().extend(gen()),
    "'{}'.format(*gen())": lambda: "{}".format(*gen()),
}
for name, f in cases.items():
    try:
        f()
    except TypeError as e:
        print(f"{name:22} TypeError: {e}")

class BadIter:
    def __iter__(self):
        raise TypeError("inner __iter__")
try:
    zip(BadIter())
except TypeError as e:
    print(f"{'zip(obj) __iter__ raises':22} TypeError: {e}")

class BadHint:
    def __iter__(self):
        return iter([])
    def __length_hint__(self):
        raise TypeError("hint")
import operator
print("length_hint ->", operator.length_hint(BadHint(), 7))
