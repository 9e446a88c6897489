# int()/float()/complex() from strings (underscores, whitespace, unicode digits, bases), float repr, round()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ints = ["0", "-0", "+5", " 12 ", "\t\n12\x0b\x0c\r", "1_000", "1__000", "_1", "1_", "0x1f", "0b101", "0o17", "017", "00", "0_0", "١٢٣", "１２３", "\u200912\u2009", "\u3000 7", "12\x00", "", " ", "-", "+-1", "1e3", "1.0", "٣_٤", "𝟘𝟙", "\u0e51\u0e52", "9" * 30, "-0b1", "0B1", "0X_ff"]
for s in ints:
    t(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0b1_0", 0), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0o7", 8), ("017", 0), ("0", 0), ("00", 0), ("0_0", 0), ("07", 0), ("1", 1), ("1", 37), ("1", -1), ("0x", 16), ("0x_1", 16), ("_1", 16), ("1_1", 10), (" -0x1 ", 16), ("١٠", 2)]:
    t(lambda: int(s, b))
t(lambda: int(5, 10))
t(lambda: int(5.5, 10))
t(lambda: int("5", base=10.0))
t(lambda: int(b"12"))
t(lambda: int(bytearray(b" 12 ")))
t(lambda: int(b"1_2", 0))
t(lambda: int(b"\xff"))
t(lambda: int(memoryview(b"34")))
t(lambda: int(None))
t(lambda: int([]))
t(lambda: int(x=5))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: int(-2.5), )
t(lambda: int("1" * 5000))
floats = ["1.5", " -1.5 ", "1_0.5", "1_0.5_5", "1e1_0", "1__0.0", "_1.0", "1.0_", "1._5", "inf", "-Infinity", "+iNf", "nan", "-NaN", "nan(1)", "infinity ", "infinit", "0x1p3", "1e", "1e+", ".5", "5.", ".", "e5", "1e500", "-1e500", "1e-500", "١٫٥", "١.٥", "１.５", "\u20031.0", "1.0\x00", "", "0.1e-1_0", "1E5", "  +.5e-3  "]
for s in floats:
    t(lambda: float(s))
t(lambda: float(b"1.5"))
t(lambda: float(bytearray(b"2.5")))
t(lambda: float(b"x"))
t(lambda: float(None))
t(lambda: float(10**400))
t(lambda: float("1" * 400))
t(lambda: float.fromhex("0x1.8p1"))
t(lambda: float.fromhex(" -0X.1P-2 "))
t(lambda: float.fromhex("inf"))
t(lambda: float.fromhex("0x1p10000"))
t(lambda: float.fromhex("0x1p-1080"))
t(lambda: float.fromhex("1"))
t(lambda: float.fromhex("x"))
for f in [1.5, -0.1, 0.0, -0.0, 1e300, 5e-324, 3.0]:
    print(f.hex(), f.as_integer_ratio(), f.is_integer())
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
cs = ["1+2j", " (1+2j) ", "(1+2j", "1+2J", "j", "-j", "+j", "1e3j", "1-1e-3j", "inf+nanj", "1 + 2j", "(1)", "()", "1+", "1j+2", "  3  ", "1_0j", "j1", "-1.5e+2-2.5E-1j", "nanj", "infj", "-infj"]
for s in cs:
    t(lambda: complex(s))
t(lambda: complex("1", 2))
t(lambda: complex(1, "2"))
t(lambda: complex(1+2j, 1+2j))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(None))
t(lambda: complex("\u3000(1+1j)\u3000"))
reprs = [0.1, 0.2 + 0.1, 1/3, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 2.0**53, 2.0**63, -0.0, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004]
for f in reprs:
    print(repr(f), str(f), f.__repr__())
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, 0.125, 0.375, 5e-324, 1234.5678, -0.0, float("inf"), float("nan")]:
    out = []
    for nd in [None, 0, 1, 2, -1, -2, 400, -400]:
        try:
            out.append(repr(round(v, nd) if nd is not None else round(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for v in [0, 5, 15, 25, -25, 12345, -12345, 10**20 + 5, 2**64]:
    print(v, [round(v, n) for n in [None, 0, 1, -1, -2, -5, -100]])
t(lambda: round(1.5, 1.0))
t(lambda: round("a"))
t(lambda: round(1, None))
t(lambda: round(1.5, None))
t(lambda: round(number=2.5, ndigits=0))
t(lambda: round())
class R:
    def __round__(self, n=None):
        return ("R", n)
t(lambda: round(R()))
t(lambda: round(R(), 3))
from fractions import Fraction
t(lambda: round(Fraction(5, 2)))
t(lambda: round(Fraction(7, 3), 2))
