# bytes: construction, codecs with error handlers, methods.
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), b"abc"[1], b"abc"[1:], list(b"ab"), len(b"xyz"))
print("é".encode(), "é".encode("latin-1"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"))
print(b"\xc3\xa9".decode(), b"\xc3\xa9".decode("latin-1"), b"ab\xffc".decode("utf-8", "replace"), b"ab\xffc".decode("utf-8", "ignore"))
print(b"abc".hex(), bytes.fromhex("6162 63"), b"a,b,c".split(b","), b" x y ".split(), b"-".join([b"a", b"b"]))
print(b"Hello".upper(), b"Hello".lower(), b"  pad ".strip(), b"aXbXc".replace(b"X", b"--"), b"abcabc".count(b"bc"), b"abc".find(b"c"))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"a" + b"b", b"ab" * 3, b"b" in b"abc", b"abc" == b"abc", b"a" < b"b")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"\x00\n\t\\"), str(b"abc", "ascii"), hash(b"x") == hash(b"x"))
for thunk in [lambda: b"\xff".decode(), lambda: b"\xff".decode("ascii"), lambda: "é".encode("ascii"),
              lambda: bytes([1, 2, 300]), lambda: bytes("a"), lambda: b"x".decode("nope"),
              lambda: "a".encode("nope"), lambda: b"\xe9a".decode(), lambda: b"ab\xe9".decode(), lambda: bytes(-1)]:
    try:
        print(thunk())
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
