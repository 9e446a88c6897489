# format() specs for int: fill/align/sign/#/0/width/grouping/types, and errors
vals = [0, 1, -1, 7, -42, 255, 1234567, -1234567, 10**20, -(2**70), True]
specs = ["", "d", "5", "<5", ">5", "^6", "=8", "*^9", "0=8", "+", "-", " ", "+08", " 8", "08", "012,", "0,", ",", "_", "_b", "_x", "_o", "#_x", "#010_x", ",d", "#b", "#o", "#x", "#X", "b", "o", "x", "X", "c", "n", "e", ".2e", "f", ".3f", "g", "G", "%", ".1%", "E", "#08b", "-#10x", "+#o", "010,.2f", "12_d", "013,d", "x<+#12,", "\x00<5", "{^5", "09,", "023_b", "020_o", "020_X"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
bad = ["s", ".2", ".2d", ",b", ",x", ",o", ",c", "_c", ",n", "_n", "z", "zd", "#c", "+c", "=5c", "==", "5.", ".", "1000000000000000000000", ".1000000000000000000000f", "d5", ",_", "_,", "__", ",,", "a", "5s", "#s", " c"]
for s in bad:
    for v in [65, -3]:
        try:
            print(repr(s), v, repr(format(v, s)))
        except Exception as e:
            print(repr(s), v, type(e).__name__, e)
for v in [-1, 0x110000, 1114111, 256, 0]:
    try:
        print(repr(format(v, "c")))
    except Exception as e:
        print(type(e).__name__, e)
print(format(12345678, "_"), format(12345678, "_b"), format(-12345678, ",.0f"), format(123, "z"+"f") if False else "")
print("{:,}".format(10**30), "{:_}".format(-10**15), "{:0>10,}".format(1234))
print(f"{1234:{'>'}{10}}", f"{5:{'+'}}", f"{255:#{'x'}}")
class I(int):
    def __format__(self, spec):
        return "I(" + spec + ")"
print(format(I(3), "x"), "{:>5}".format(I(3)), f"{I(4)!r:>5}")
print(int.__format__(I(3), "x"))
try:
    format(3, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    format()
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except Exception as e:
    print(type(e).__name__, e)
print(format(object.__new__(object), "")[:8])
