import os

class S(str):
    pass

tests = {
    "open(S(path), S(mode))": lambda: open(S("tmp_probe.txt"), S("w")).write("data"),
    "open(S(path))": lambda: open(S("tmp_probe.txt")).read(),
    "os.path.exists(S)": lambda: os.path.exists(S("tmp_probe.txt")),
    "os.remove(S)": lambda: os.remove(S("tmp_probe.txt")),
    "ord(S('a'))": lambda: ord(S("a")),
    "bytes(S, S)": lambda: bytes(S("x"), S("ascii")),
    "'x'.encode(S('ascii'))": lambda: "x".encode(S("ascii")),
    "startswith((S('a'),))": lambda: "abc".startswith((S("a"),)),
    "bytes.fromhex(S('41'))": lambda: bytes.fromhex(S("41")),
}
for name, f in tests.items():
    try:
        print(f"{name:24} -> {f()!r}")
    except TypeError as e:
        print(f"{name:24} TypeError: {e}")
