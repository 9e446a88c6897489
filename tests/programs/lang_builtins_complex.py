# complex arithmetic, repr of signed zeros/inf/nan, abs, pow, comparisons, conversions, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
vals = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.25j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e300, 1e300), complex(float("inf"), 0), complex(0, float("nan")), complex(1e-320, -1e-320), 1e16 + 1j, 123456789012345678j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v != complex(1e300, 1e300) else "big", -v, +v, bool(v))
t(lambda: abs(complex(1e308, 1e308)))
pairs = [(1 + 2j, 3 - 4j), (1j, 1j), (2, 1j), (1j, 2.5), (1e300j, 1e-300j), (1 + 1j, 0j), (0j, 0j), (1, 0j), (complex(1, float("inf")), 2)]
for a, b in pairs:
    out = []
    for op in ["+", "-", "*", "/", "**", "==", "!="]:
        try:
            out.append(repr(eval("a %s b" % op)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(a, b, out)
t(lambda: 1j < 2j)
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: divmod(1j, 2))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
t(lambda: complex(1j, 1j))
t(lambda: complex("1+2j", 1))
t(lambda: 1j == 1j + 0)
t(lambda: 1 + 0j == 1)
t(lambda: 1 + 0j == 1.0)
t(lambda: 1 + 1j == 1)
t(lambda: (1 + 0j) in {1})
t(lambda: 2 ** 1j)
t(lambda: (1j) ** 2)
t(lambda: (1j) ** -1)
t(lambda: (1 + 1j) ** 0.5)
t(lambda: (2 + 0j) ** 100)
t(lambda: (10 + 10j) ** 400)
t(lambda: (1j) ** (2 + 0j))
t(lambda: 0j ** 0j)
t(lambda: 0j ** 1j)
t(lambda: 0j ** (-1 + 0j))
t(lambda: (-1) ** 0.5)
t(lambda: pow(-8, 1 / 3))
t(lambda: complex(2**2000))
t(lambda: complex(1, 2**2000))
t(lambda: 1j * 2**2000)
t(lambda: 1j + 2**2000)
t(lambda: complex(True, False))
t(lambda: complex.__new__(complex, 3))
class C:
    def __complex__(self): return 2 + 3j
class CF:
    def __float__(self): return 1.5
class CI:
    def __index__(self): return 4
class CB:
    def __complex__(self): return 5
t(lambda: complex(C()))
t(lambda: complex(CF()))
t(lambda: complex(CI()))
t(lambda: complex(CB()))
t(lambda: complex(C(), 1))
t(lambda: complex(1, C()))
t(lambda: complex(CF(), CF()))
t(lambda: (1 + 2j).__getnewargs__())
t(lambda: [x for x in dir(1j) if not x.startswith("_")])
t(lambda: 1j.__class__)
t(lambda: complex(1.5, -0.0))
t(lambda: complex(-0.0, -0.0) + 0)
t(lambda: -(0j))
t(lambda: 0j * -1)
t(lambda: repr(complex(float("nan"), float("inf"))))
t(lambda: repr(complex(-float("nan"), -float("inf"))))
t(lambda: (1e200 + 1e200j) * (1e200 + 1e200j))
t(lambda: (1 + 1j) / (1e-320 + 0j))
t(lambda: 1 / (1e308 + 1e308j))
t(lambda: hash(1 + 1j) == hash(complex(1, 1)))
