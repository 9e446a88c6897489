# Positional class patterns for built-in types that match the subject itself.

def what(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs):
            return f"bytes {bs!r}"
        case bytearray(ba):
            return f"bytearray {ba!r}"
        case list(l):
            return f"list of {len(l)}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict with keys {sorted(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case complex():
            return "complex (no positional form)"
    return "something else"

for v in [True, False, -3, 0, 7, 2.5, "hi", b"hi", bytearray(b"x"), [1, 2],
          (1,), {"b": 1, "a": 2}, frozenset([1]), {1, 2, 3}, 1j, None, range(2)]:
    print(what(v))

# the self-matching sub-pattern can itself be a pattern
def exact(v):
    match v:
        case int(0):
            return "zero int"
        case str("yes") | str("y"):
            return "affirmative"
        case list([x, y]):
            return f"list pair {x} {y}"
        case tuple((1, *rest)):
            return f"tuple from one {rest}"
        case float(1.5 | 2.5 as f):
            return f"half float {f}"
    return "no"

print(exact(0), exact(False), exact(0.0), exact("yes"), exact("y"), exact("n"))
print(exact([3, 4]), exact((3, 4)), exact((1, 2, 3)), exact([1, 2]), exact(1.5), exact(2.5))

# subclasses of built-ins also match self-matching patterns
class MyInt(int):
    pass

class MyStr(str):
    pass

match MyInt(5):
    case int(n):
        print("MyInt matched int(n):", n, type(n).__name__)

match MyStr("abc"):
    case str(s):
        print("MyStr matched str(s):", s, type(s).__name__)

# keyword patterns on built-ins use attributes
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)

match 10:
    case int(real=r, imag=0, denominator=1):
        print("int attributes", r)

match "text":
    case str(x, __class__=c):
        print("str via __class__:", x, c.__name__)

# more than one positional sub-pattern is an error for these types
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match "s":
        case str(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
