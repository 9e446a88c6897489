# format() specs for float/complex: precision, g/e/f/%/n, alternate forms, z flag, inf/nan, grouping
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2.5, 3.5, 1e16, 1.234e-7, 123456789.125, 1e100, -1e-300, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 1e22, 9.9999e15, 0.00001, 1e-5, 123.456]
specs = ["", "f", ".0f", ".1f", ".15f", "e", ".0e", "#.0e", "E", "g", ".0g", ".1g", "#g", "#.3g", ".17g", "G", "%", ".0%", "#.0f", "#", ".3", "#.3", "10.3", "<12", "^12.2e", "=+12.3f", "+", " ", "z.1f", "z", "zg", "z.0f", "012.3f", "-012.3f", ",", ",.2f", "_.3f", "015,.2f", "n", ".3n", "r" if False else "g", ".30f", ".25g", "*>+15,.4e", "0=10"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for s in ["d", "x", "b", "c", "s", ",e", "_g", "#_", "=", ".1000000000000000000000f", "z=d", "zd"]:
    try:
        print(repr(s), repr(format(1.5, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
cvals = [0j, 1j, -1j, 1+2j, -1.5-0.5j, complex(0.0, -0.0), complex(-0.0, 0.0), complex("inf"), complex(float("nan"), 1), 1e20+1e-20j, 1/3+2/3j]
cspecs = ["", "g", ".2f", "e", "+.3g", "^30", "<20.2e", "#g", "10", ".0f", "z.1f", ",.2f", "_f", "n", "G", "#.0e"]
for v in cvals:
    out = []
    for s in cspecs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), str(v), out)
for s in ["%", "d", "=10", "010", "c", "s", "x"]:
    try:
        print(repr(s), repr(format(1+2j, s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
# str formats
for s in ["", "s", "5", "<5", ">5", "^5", ".2", "5.1", "*^7.3s", "=5", "+", "#", "05", ",", "_", "d", "z", "x", "0<5", "05s"]:
    try:
        print(repr(s), repr(format("abc", s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
