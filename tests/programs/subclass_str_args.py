class S(str):
    pass

s = S("b")
tests = {
    "startswith": lambda: "abc".startswith(s), "endswith": lambda: "abc".endswith(S("c")), "in": lambda: s in "abc", "find": lambda: "abc".find(s),
    "rfind": lambda: "abc".rfind(s), "index": lambda: "abc".index(s), "count": lambda: "abcb".count(s), "replace old": lambda: "abc".replace(s, "-"),
    "replace new": lambda: "abc".replace("b", s), "split": lambda: "abc".split(s), "rsplit": lambda: "abc".rsplit(s), "partition": lambda: "abc".partition(s),
    "strip": lambda: "bab".strip(s), "join": lambda: s.join("xy"), "removeprefix": lambda: "bc".removeprefix(s), "==": lambda: "b" == s,
    "<": lambda: "a" < s, "+": lambda: "a" + s, "dict key": lambda: {"b": 1}[s], "format spec": lambda: format(5, S(">3")), "center fill": lambda: "a".center(3, s),
    "str.maketrans": lambda: str.maketrans(s, S("x")), "encode errors": lambda: "a".encode(S("utf-8")), "int()": lambda: int(S("7")), "getattr": lambda: getattr("x", S("upper"))(),
    "% fmt": lambda: S("%d") % 5, "expandtabs": lambda: "a".ljust(3, s),
}
for name, f in tests.items():
    try:
        print(f"{name:14} -> {f()!r}")
    except TypeError as e:
        print(f"{name:14} TypeError: {e}")
