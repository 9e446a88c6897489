# huge sizes and deep nesting in built-ins: expected MemoryError/OverflowError/RecursionError, never a crash
def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, len(r) if hasattr(r, "__len__") else (r if not isinstance(r, int) else r.bit_length()))
    except Exception as e:
        print(label, type(e).__name__)
t("str*2**62", lambda: "ab" * 2**62)
t("str*2**63", lambda: "ab" * 2**63)
t("list*2**62", lambda: [0, 1] * 2**62)
t("tuple*2**61", lambda: (0, 1) * 2**61)
t("bytes*2**62", lambda: b"ab" * 2**62)
t("center", lambda: "a".center(2**62))
t("ljust", lambda: "a".ljust(2**63))
t("zfill", lambda: "1".zfill(2**62))
t("expandtabs", lambda: "\t\t".expandtabs(2**62))
t("format width", lambda: format(1, "99999999999999"))
t("format prec", lambda: format(1.0, ".99999999999"))
t("fstring width", lambda: f"{1:>{2**40}}")
t("%width", lambda: "%99999999999999d" % 1)
t("%prec", lambda: "%.99999999999f" % 1.0)
t("bytes(2**62)", lambda: bytes(2**62))
t("bytearray(2**62)", lambda: bytearray(2**62))
t("range len", lambda: range(2**63))
t("len range", lambda: len(range(2**63)))
t("replace", lambda: ("a" * 10).replace("", "x" * 2**30) if False else "skip")
t("int str 5000", lambda: int("9" * 5000))
t("str int", lambda: str(10**5000))
t("int 4300", lambda: int("9" * 4300))
t("hex big", lambda: hex(10**5000)[:5])
t("lshift", lambda: 1 << 2**40)
t("float pow", lambda: 10.0 ** 10**10)
t("int*float", lambda: 10**400 * 1.5)
t("int/int big", lambda: 10**400 / 10**10)
t("round big", lambda: round(1.5, 2**63))
t("math.factorial", lambda: __import__("math").factorial(-1))
deep = []
cur = deep
for _ in range(100000):
    n = []; cur.append(n); cur = n
t("repr deep", lambda: repr(deep))
t("eq deep", lambda: deep == deep[0])
t("str deep", lambda: str(deep))
dd = {}
cur = dd
for _ in range(100000):
    n = {}; cur["k"] = n; cur = n
t("repr deep dict", lambda: repr(dd))
tt = ()
for _ in range(100000):
    tt = (tt,)
t("hash deep tuple", lambda: hash(tt))
t("repr deep tuple", lambda: repr(tt))
t("eq deep tuple", lambda: tt == tt[0])
del deep, dd, tt
print("done")
