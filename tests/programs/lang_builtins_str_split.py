# str split/rsplit/partition/splitlines/expandtabs/strip edge cases
cases = ["", " ", "a b  c ", "  a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u3000k ", "a,b,,c,", ",", "abcabc"]
for s in cases:
    print(repr(s))
    print(" split()", s.split())
    print(" split(None,1)", s.split(None, 1))
    print(" rsplit(None,1)", s.rsplit(None, 1))
    print(" split(',')", s.split(','))
    print(" rsplit(',',1)", s.rsplit(',', 1))
    print(" split(',',0)", s.split(',', 0))
    print(" split(maxsplit=-1)", s.split(maxsplit=-1))
    print(" partition", s.partition(','), s.rpartition(','))
    print(" partition bc", s.partition('bc'), s.rpartition('bc'))
    print(" splitlines", s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for s in ["a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l", "\r\n\r\n", "x\r", "\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
    b = s.encode('utf-8', 'replace') if all(ord(c) < 128 for c in s) else None
    if b is not None:
        print(" bytes", b.splitlines(), b.splitlines(True))
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "12345678\tx", "a\r\tb"]:
    for ts in [8, 4, 1, 0, -1, 3]:
        print(repr(s), ts, repr(s.expandtabs(ts)))
print(repr("a\tb".expandtabs(tabsize=2)))
for args in [(), ("",), ("", 1)]:
    try:
        print("abc".split(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".partition("")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", 1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".split(sep=",", foo=1)
except Exception as e:
    print(type(e).__name__, e)
for s in ["  xx  ", "xyxhixyx", "\u3000a\u3000", ""]:
    print(repr(s.strip()), repr(s.lstrip("xy ")), repr(s.rstrip("xy ")), repr(s.strip(None)))
try:
    "a".strip(1)
except Exception as e:
    print(type(e).__name__, e)
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix(""), "abc".removesuffix("abcd"))
try:
    "a".removeprefix(None)
except Exception as e:
    print(type(e).__name__, e)
# count/find with indices
s = "abcabcabc"
for sub in ["", "a", "bc", "abcabcabcd"]:
    for st, en in [(None, None), (1, None), (-3, None), (2, 5), (5, 2), (100, None), (-100, -1), (9, 9), (10, 10)]:
        print(sub, st, en, s.count(sub, st, en), s.find(sub, st, en), s.rfind(sub, st, en), s.startswith(sub, st, en), s.endswith(sub, st, en))
print("".count(""), "".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "bc"), 0, 2), "abc".endswith(()))
try:
    "abc".startswith(["a"])
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".endswith(("a", 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".index("d")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".rindex("d")
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".find(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".count()
except Exception as e:
    print(type(e).__name__, e)
