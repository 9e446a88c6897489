class I(int): pass
class S(str): pass
class T(tuple): pass
class D(dict): pass
tests = {
    "bytes(I(2))": lambda: bytes(I(2)),
    "pow(I(3), I(4), I(5))": lambda: pow(I(3), I(4), I(5)),
    "complex(S('1+2j'))": lambda: complex(S("1+2j")),
    "exec(S('zz = 1'))": lambda: exec(S("zz = 1")),
    "eval(S('1 + 1'))": lambda: eval(S("1 + 1")),
    "compile(S, S, S)": lambda: type(compile(S("1"), S("<s>"), S("eval"))).__name__,
    "type(S, T, D)": lambda: type(S("New"), T((object,)), D(a=1)).a,
    "b'x'.decode(S('ascii'))": lambda: b"x".decode(S("ascii")),
}
for name, f in tests.items():
    try:
        print(f"{name:26} -> {f()!r}")
    except TypeError as e:
        print(f"{name:26} TypeError: {e}")
