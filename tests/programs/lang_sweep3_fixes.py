# Sweep fixes: methods that take no arguments refuse them, % with a mapping takes one value per key,
# bytes split on \x0b, set.remove/discard with a set, extended-slice assignment message, lambda
# qualnames inside comprehensions (inlined ones are not scopes in 3.12).
tests = [lambda: {}.keys(1), lambda: [].clear(1), lambda: [].copy(1), lambda: "x".isdigit(1), lambda: {1: 2}.popitem(1),
         lambda: "a".lower(1), lambda: b"a".upper(2, 3), lambda: bytearray().clear(1), lambda: (5).bit_length(1),
         lambda: (1.5).hex(1), lambda: {1}.copy(x=1), lambda: "a".title(x=1), lambda: frozenset().copy(1), lambda: (1j).conjugate(2),
         lambda: dict.keys({}, 1), lambda: str.upper("a", 1), lambda: [].reverse(1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
print({}.keys(), "ab".upper(), (7).bit_count(), str.lower("AB"))
for fmt, args in [("%(a)s %s", {'a': 1}), ("%(a)*d", {'a': 1}), ("%(a)s %(b)s", {'a': 1, 'b': 2}), ("%s", {'a': 1}), ("%(a)%", {'a': 1}), ("%5%", (1,)), ("%(a)s", {'a': 1}), ("%s %s", {'a': 1}), ("%d%%", (5,)), ("%(x)s-%(x)r", {'x': 'q'})]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
    try:
        print(repr(fmt.encode() % ({k.encode(): v for k, v in args.items()} if isinstance(args, dict) else args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print([(lambda: 0).__qualname__ for _ in range(1)])
def f(): return [(lambda: 0).__qualname__ for _ in (1,)]
print(f())
print(next((lambda: 0).__qualname__ for _ in range(1)))
def h(): return {k: (lambda: 0).__qualname__ for k in "a"}
print(h())
def g():
    return [[(lambda: 1).__qualname__ for _ in "a"] for _ in "b"], list(((lambda: 2).__qualname__ for _ in "c"))
print(g())
class C:
    x = [(lambda: 0).__qualname__ for _ in "a"]
    def m(self):
        return [(lambda: 0).__qualname__ for _ in "a"]
print(C.x, C().m())
s = {1, 2}; s.remove({1}) if False else None
t = {frozenset({1}), 2}; t.remove({1}); t.discard({5}); print(t)
try:
    t.remove({7})
except KeyError as e:
    print("KeyError", e)
print(b"a\x0bb".split(), bytearray(b"a\x0bb").rsplit(), bytes.fromhex("0a\x0b0b"))
L = [1, 2]
try:
    L[::2] = 5
except TypeError as e:
    print(e)
