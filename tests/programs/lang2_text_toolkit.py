# Text toolkit: str/bytes/bytearray/memoryview methods in realistic processing.

doc = """Title: The Report
Author:  Ada Lovelace
Tags: math, engines ,  poetry

First paragraph\twith a tab.
Second line — with unicode ✓ and ÉCOLE.
"""

header, _, body = doc.partition("\n\n")
meta = {}
for line in header.splitlines():
    key, sep, value = line.partition(":")
    meta[key.strip().lower()] = value.strip()
meta["tags"] = [t.strip() for t in meta["tags"].split(",")]
print(meta)
print(body.splitlines(keepends=True))
print(body.expandtabs(4).splitlines()[0], "|", body.expandtabs().split("\t"))
print(body.casefold().count("e"), body.upper().split()[-1], "école".upper(), "ß".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("straße".encode("utf-8"), "straße".encode("ascii", "replace"), "straße".encode("ascii", "xmlcharrefreplace"), "straße".encode("ascii", "ignore"), "a✓".encode("ascii", "backslashreplace"))
try:
    "straße".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end, e.reason)
try:
    b"\xff\xfeabc".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))

words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(" ".join(w.capitalize() for w in words[:4]), "hello world".title(), "they're bill's".title(), "Hello".swapcase())
print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5), "+x".zfill(4))
print("  xx  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.tar.gz".removesuffix(".gz"), "file".removeprefix("fi"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), "a,b,c".rsplit(",", 1), "".split(), "".split(","), "  ".split(" "))
print("one\ntwo\r\nthree\rfour\x0bfive\x1csix".splitlines())
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".index("b", 2), "abc".find("z"), "abcabc".count("bc"), "aaa".count("aa"), "abc".count(""))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
print("hello".replace("l", "L", 1), "aaa".replace("", "-"), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello ada, welcome".translate(table), str.maketrans("ab", "xy", "c"))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError", e)
print("x".join(["1", "2", "3"]), "".join(reversed("stressed")), "-".join("abc"))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("Hello {name}, you are {age:>3} years; {0} {1!r} {{braces}}".format("pos0", "pos1", name="Ann", age=7))
print("{0[1]} {0[key]} {1.real} {2:{3}}".format({1: "one", "key": "K"}, 3 + 4j, 3.14159, ".2f"))
print("{:^{w}.{p}f}|".format(2.71828, w=10, p=3), "%s is %d years and %.1f%%" % ("Bob", 30, 99.5), "%(a)s-%(b)04d" % {"a": "x", "b": 7})
print("%5s|%-5s|%x|%o|%e|%r|%c|%c" % ("ab", "cd", 255, 8, 12345.678, "q", 65, "z"))
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("{0} {2}", None), ("%z", (1,))]:
    try:
        if args is None:
            print(fmt.format("a", "b"))
        else:
            print(fmt % args)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{name}".format_map({"name": "mapped"}), "abc".isalpha(), "a1".isalnum(), "١٢".isdigit(), "½".isnumeric(), "½".isdigit(), "Ab Cd".istitle(), " ".isspace(), "ab_1".isidentifier(), "\t".isprintable())

data = bytearray(b"header:")
data += b"\x00\x01\x02"
data.extend(range(65, 70))
data.insert(0, 0x7E)
print(data, len(data), data.pop(), data.index(b":"), data.find(b"\x01"), data[1:7].decode(), data.count(0))
data[0:1] = b"[]"
del data[-2:]
data.reverse()
print(data, data.hex(":"), bytes(data[:3]).hex(" ", 2), data.startswith(b"C"))
print(b"a-b-c".split(b"-"), b"  pad ".strip(), b"abc".upper(), b"x".join([b"1", b"2"]), b"%d:%s" % (5, b"v"), b"AbC".swapcase(), b"ab" * 3)
print(bytes.fromhex("de ad be ef"), bytes(3), bytes([1, 2]), b"\x00abc".isalpha(), b"abc".isalpha(), b"hello world".title(), bytes.maketrans(b"ab", b"AB"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError", e)
try:
    data.append(300)
except ValueError as e:
    print("ValueError", e)
try:
    "abc" + 5
except TypeError as e:
    print("TypeError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)

mv = memoryview(bytearray(b"abcdefgh"))
print(mv[0], mv[-1], bytes(mv[2:5]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.tolist()[:3])
mv[0:2] = b"XY"
print(mv.obj, mv.tobytes(), mv.hex())
ints = mv.cast("I")
print(ints.format, len(ints), ints.shape, ints.itemsize)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError", e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(b"ctx") as m2:
    print(bytes(m2), m2 == b"ctx")

s = "Mississippi"
print(s[::-1], s[1::3], s[-3:], s[100:], s[:-100], sorted(set(s)), s.rindex("s"), s.lower().count("ss"))
print(ord("€"), chr(8364), ascii("é€x"), repr("tab\there"), repr('quote"s'), repr("it's"), repr("both'\""), str(b"raw"), repr("\x00\x7f\u200b"))
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'trunc':.3}|{'pad':*^9}|{s!a}|{'é'!a}")
width = 12
print(f"{'dynamic':>{width}}|{3.14159:.{width // 4}f}|{'='*5}|{ {'k': 1}['k'] }|{(lambda: 'lam')()}")
x, y = 3, 4
print(f"{x=}, {y = }, {x*y=:>5}, {s[:4]=!r}, {x+y=!s}")
print(f"""multi
{x}""", f'{"nested"!r}', f"{'a' 'b'}", f"{{literal}}", rf"\d{x}", f"{x:{'>'}{5}}")
