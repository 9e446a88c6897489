# str zfill/center/ljust/casefold/is*/translate/maketrans/title/swapcase/format_map
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["", "42", "-42", "+42", "--4", "abc", "-", "+", "ß", "-0x1"]:
    for w in [0, 1, 3, 5, -2]:
        print(repr(s), w, repr(s.zfill(w)))
for s in ["", "a", "ab", "abc", "abcd"]:
    for w in [0, 3, 4, 5, 6, 7]:
        print(repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '+')))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".ljust(5, 1))
t(lambda: "a".center())
t(lambda: "a".zfill("3"))
t(lambda: "a".center(2.0))
for s in ["ß", "ﬁ", "ΣΑΣ", "İ", "ǅ", "Straße", "ŉ", "ΐ"]:
    print(repr(s.casefold()), repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()))
for s in ["hello world", "hELLO wORLD", "they're bill's", "a1b2 c3", "ǆungla", "   x", "x_y-z"]:
    print(repr(s.title()), repr(s.capitalize()), s.istitle(), repr(s.swapcase()))
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
samples = ["", "a", "A", "aB", "Ab", "1", "½", "²", "١٢", "Ⅻ", " ", "\t", "\x85", "\u00a0", "\u200b", "a b", "_a", "1a", "a1", "ŉ", "\x7f", "\xad", "é", "ǅ", "\U0001d7d8", "π", "def", "None", "a\u0301", "\u2160"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, p)() else "0" for p in preds))
# translate / maketrans
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()))
print("abcdabcd".translate(tbl))
print(sorted(str.maketrans({"a": "1", "b": None, 99: "Z"}).items()))
print("abc".translate({97: "AA", 98: None, 99: 100}))
print("abc".translate({ord("a"): 0x1F600}))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("a", 1))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans())
t(lambda: "abc".translate([None, "x"] * 60))
class L:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise ValueError("boom")
        return "<%d>" % k
t(lambda: "ab".translate(L()))
t(lambda: "abc".translate(L()))
# format_map
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b} {c[0]}".format_map(D(a=1, c="xyz")))
t(lambda: "{a}".format_map({}))
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map(1))
# join
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([b"a"]))
t(lambda: ",".join(1))
print(",".join(iter("abc")), ",".join({"a": 1}), "".join([]))
# replace
for args in [("", "-"), ("a", ""), ("a", "b", 0), ("a", "b", 1), ("", "-", 2), ("aa", "x"), ("a", "b", -1)]:
    print(args, repr("aaa".replace(*args)), repr("".replace(*args)))
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".replace("a"))
t(lambda: "a".replace(1, "b"))
# multiply/compare/contains
t(lambda: "ab" * -1)
t(lambda: "ab" * 2.0)
t(lambda: 1 in "abc")
t(lambda: "a" < 1)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
print("ab" * True, 3 * "x")
print(str(b"abc"), str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(errors="strict"), str(object=5))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(b"a", encoding=1))
t(lambda: str(1, 2, 3, 4))
