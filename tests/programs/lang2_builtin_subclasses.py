# Subclassing built-in types and overriding their operators.

class Meters(float):
    def __new__(cls, value, unit="m"):
        factor = {"m": 1.0, "cm": 0.01, "km": 1000.0}[unit]
        return super().__new__(cls, value * factor)

    def __repr__(self):
        return f"Meters({float(self)!r})"

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Meters(float(self) + float(other))
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, other):
        return Meters(float(self) * other)

    def __rmul__(self, other):
        return Meters(other * float(self))

    def __format__(self, spec):
        if spec.endswith("u"):
            return format(float(self), spec[:-1]) + " m"
        return super().__format__(spec)


d = Meters(150, "cm")
print(repr(d), d + 1, 1 + d, d * 2, 3 * d, sum([d, d, d]))
print(f"{d:.3fu}|{d:8.2f}|{d!r}|{d!s}")
print(isinstance(d, float), type(d + d).__name__, type(-d).__name__, type(abs(d)).__name__)
print(d.is_integer(), d.as_integer_ratio(), d.hex(), round(d), type(round(d, 1)).__name__)


class Version(tuple):
    def __new__(cls, text):
        parts = tuple(int(p) for p in text.split("."))
        return super().__new__(cls, parts)

    def __str__(self):
        return ".".join(map(str, self))

    @property
    def major(self):
        return self[0]

    def bump(self):
        return Version(".".join(map(str, self[:-1] + (self[-1] + 1,))))


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10"]]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions).major, Version("2.0").bump(), type(versions[0][:2]).__name__, type(versions[0] + (1,)).__name__)
print(Version("1.2") == (1, 2), hash(Version("1.2")) == hash((1, 2)))


class CaseInsensitiveDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __missing__(self, key):
        raise KeyError(f"no header {key!r}")


h = CaseInsensitiveDict({"Content-Type": "text"}, Accept="*/*")
print(h, "CONTENT-TYPE" in h, h["ACCEPT"], h.get("accept"), h.get("Accept"))
try:
    h["missing"]
except KeyError as e:
    print("KeyError", e)
print(dict.__getitem__(h, "accept"), len(h), list(h.items()))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, c.get("z"))


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

    def __iadd__(self, other):
        print("iadd called")
        return super().__iadd__(other)


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s + [5], type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__)
s += [9]
print(s, type(s).__name__)
s2 = Stack()
try:
    s2.peek()
except IndexError as e:
    print("IndexError", e)
print(s == [1, 2, 3, 4, 9], [1, 2, 3, 4, 9] == s, s > [1, 2])


class Tag(str):
    def __new__(cls, name, **attrs):
        self = super().__new__(cls, name.lower())
        self.attrs = attrs
        return self

    def render(self):
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(self.attrs.items()))
        return f"<{self}{attrs}>"

    def __eq__(self, other):
        return str(self) == str(other).lower()

    __hash__ = str.__hash__


t = Tag("DIV", klass="main", id="x")
print(t.render(), t == "Div", t.upper(), type(t.upper()).__name__, type(t + "!").__name__)
print(f"{t:>6}|", repr(t), t in {"div": 1}, len(t), t[0], type(t[0]).__name__)


class Bits(int):
    def __repr__(self):
        return f"Bits(0b{int(self):b})"

    def __and__(self, other):
        return Bits(int(self) & int(other))

    def __rand__(self, other):
        print("rand called")
        return Bits(int(other) & int(self))

    def __or__(self, other):
        return Bits(int(self) | int(other))

    __ror__ = __or__

    def __invert__(self):
        return Bits(~int(self) & 0xFF)


b = Bits(0b1100)
print(b & 0b1010, 0b1010 & b, b | 1, 1 | b, ~b, b + 1, type(b + 1).__name__)
print(b.bit_length(), b.bit_count(), b.to_bytes(2, "big"), Bits.from_bytes(b"\x01\x00", "little"), type(Bits.from_bytes(b"\x01", "big")).__name__)


class FrozenTags(frozenset):
    def __repr__(self):
        return "FrozenTags(" + ",".join(sorted(self)) + ")"


ft = FrozenTags(["b", "a"])
print(ft, sorted(ft | {"c"}), type(ft | {"c"}).__name__, type(ft.union()).__name__, ft == frozenset("ab"))


class LoggedSet(set):
    def add(self, item):
        print("adding", item)
        super().add(item)


ls = LoggedSet()
ls.add(3)
ls |= {4}
print(sorted(ls), type(ls).__name__, type(ls & {3}).__name__)


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self):
        return f"[{self.code}] {self.message}"


class NotFound(AppError, LookupError):
    pass


try:
    raise NotFound(404, "page missing")
except LookupError as e:
    print(type(e).__name__, e, e.args, repr(e), e.code, isinstance(e, KeyError))


class B2(bytes):
    def hexpairs(self):
        return " ".join(f"{x:02x}" for x in self)


bb = B2(b"\x00\xffab")
print(bb.hexpairs(), bb, type(bb[1:]).__name__, type(bb.upper()).__name__, bb[1], B2.fromhex("41 42"), type(B2.fromhex("41")).__name__)
