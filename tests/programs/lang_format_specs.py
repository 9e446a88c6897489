from decimal import Decimal, getcontext, ROUND_HALF_UP, localcontext
from fractions import Fraction
import datetime as dt

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

ints = [0, 7, -42, 255, 1234567, -10**12, 2**64]
specs = ["", "d", "5d", "<6", ">6", "^7", "*^9", "+d", " d", "-d", "x", "X", "#x", "#o", "#b", "08b", ",", "_", "_x", "#_b", "n", "c", "e", ".2e", "%", ".1%", "010,", "=+8", "f", ".3f", "g", "G", "+,d"]
for n in ints:
    row = []
    for s in specs:
        try:
            row.append(format(n, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(n, row)

floats = [0.0, -0.0, 1.5, 2.5, -3.14159, 1e16, 1.23e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 1/3, 100.0]
fspecs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "e", ".3E", "g", ".3g", "#g", "G", "%", ".0%", ",", ",.2f", "_.3f", "+.1f", " .1f", "010.2f", "=+10.1f", "n", ".10g", "#.0f", ".1", "z.1f", "r"]
for x in floats:
    row = []
    for s in fspecs:
        try:
            row.append(format(x, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(x), row)

decs = [Decimal("0"), Decimal("-0.00"), Decimal("1.005"), Decimal("123.456"), Decimal("1E+3"), Decimal("-1234567.891"), Decimal("NaN"), Decimal("-Infinity"), Decimal("0.000012345")]
dspecs = ["", "f", ".2f", ".0f", "10.3f", "e", ".2e", "g", ".3g", "%", ",.2f", "+.1f", "<12", "^12.1f", "E", "G", "_f", "010.2f"]
for d in decs:
    row = []
    for s in dspecs:
        try:
            row.append(format(d, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(d), row)
show("dec ops", lambda: (Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt(), Decimal("10") % Decimal("3"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2")))
show("dec quantize", lambda: (Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
show("dec from float", lambda: (Decimal(0.1), Decimal(1.5), str(Decimal(2) ** 100)))
with localcontext() as ctx:
    ctx.prec = 5
    show("dec prec5", lambda: (Decimal(1) / Decimal(3), Decimal("123456789") + 0))
show("dec str", lambda: (str(Decimal("1e-7")), str(Decimal("0.0000001")), str(Decimal("1E+2")), Decimal("1.50").normalize(), Decimal("100").normalize()))
show("dec cmp", lambda: (Decimal("1.0") == 1, Decimal("0.1") == 0.1, Decimal("1.5") < 2, hash(Decimal("1.0")) == hash(1), round(Decimal("2.5")), round(Decimal("2.567"), 2)))
show("dec tuple", lambda: Decimal("-1.23").as_tuple())
show("dec int", lambda: (int(Decimal("-3.9")), float(Decimal("1.1")), Decimal("3.7").to_integral_value()))
show("dec bad", lambda: Decimal("abc"))

fr = [Fraction(1, 3), Fraction(-7, 2), Fraction(0), Fraction(22, 7), Fraction("3.1415"), Fraction(5)]
frspecs = ["", "f", ".3f", ".2e", "10.4f", "%", "g", ".0f", "+.2f", "<10", "^10", ",.2f"]
for f in fr:
    row = []
    for s in frspecs:
        try:
            row.append(format(f, s))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(f), str(f), row)
show("frac ops", lambda: (Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(3, 4) ** 2, Fraction(1, 2) ** -2, Fraction(2) ** Fraction(1, 2), 1 / Fraction(3), Fraction(7, 3) // 1, Fraction(7, 3) % 1))
show("frac misc", lambda: (Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(1.5).as_integer_ratio(), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), Fraction(-7, 2).__floor__(), int(Fraction(-7, 2))))
show("frac cmp", lambda: (Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 2) + 0.5, Fraction(1,2) + Decimal("0.5") if False else None))
show("frac bad", lambda: Fraction(1, 0))
show("frac str parse", lambda: (Fraction(" -3/4 "), Fraction("1e-2"), Fraction("1_000")))

d = dt.datetime(2024, 3, 5, 14, 7, 9, 123456)
dspecs2 = ["%Y-%m-%d", "%H:%M:%S.%f", "%a %A %b %B", "%j %U %W", "%I%p", "%y %e" if False else "%y", "%c", "%x %X", "%%", "%G-W%V-%u", "%d/%m/%Y %H:%M", "", "%Z|%z"]
for s in dspecs2:
    show(f"dt {s!r}", lambda: format(d, s))
show("dt fstr", lambda: f"{d:%Y} {d!r} {d!s} {d.date()} {d.time()} {d:%b %d}")
show("date fmt", lambda: (f"{dt.date(2024, 1, 1):%A}", format(dt.date(1999, 12, 31)), str(dt.time(1, 2)), dt.time(1, 2, 3, 40).isoformat()))
tz = dt.timezone(dt.timedelta(hours=-5, minutes=-30), "XST")
show("tz", lambda: (d.replace(tzinfo=tz).isoformat(), format(d.replace(tzinfo=tz), "%z %Z"), str(tz), repr(dt.timezone.utc)))
show("td", lambda: (str(dt.timedelta(days=-1, seconds=5)), repr(dt.timedelta(hours=25, microseconds=3)), str(dt.timedelta(microseconds=1500)), dt.timedelta(days=1) / dt.timedelta(hours=5), dt.timedelta(minutes=90) // dt.timedelta(hours=1)))
show("td fmt", lambda: f"{dt.timedelta(seconds=3661)}")
show("dt arith", lambda: (d + dt.timedelta(days=30), (dt.date(2024, 3, 1) - dt.date(2024, 2, 1)).days, d.weekday(), d.isocalendar(), d.timetuple().tm_yday))
show("strptime", lambda: dt.datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"))
show("fromiso", lambda: (dt.datetime.fromisoformat("2024-02-29T12:00:00+02:00"), dt.date.fromisoformat("2024-W10-2")))
show("bad date", lambda: dt.date(2023, 2, 29))

# str methods with unicode
words = ["straße", "ǅungla", "İstanbul", "ﬁne", "Ⅻ", "½", "٣", "naïve café", "ß", "ᾳ"]
for w in words:
    show(w, lambda: (w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), len(w), w.isalpha(), w.isdigit(), w.isnumeric(), w.isdecimal(), w.isupper(), w.istitle()))
show("center uni", lambda: ("é".center(5, "·"), "日本".ljust(5, "＊"), f"{'日本':^6}", f"{'ab':→>5}"))
show("int of unicode digits", lambda: (int("٣٤"), float("１.５"), int("  ߁  "), "٣".isdecimal()))
show("split unicode ws", lambda: ("a\u2003b\u00a0c\u200bd".split(), "x\u2028y\u0085z".splitlines(), "a\x1cb".split()))
show("strip", lambda: ("\u3000hi\u3000".strip(), "xxhixx".strip("x"), "abcba".rstrip("ab")))
show("expandtabs", lambda: ("a\tb\tc".expandtabs(4), "ab\t\tc".expandtabs()))
show("zfill", lambda: ("-42".zfill(6), "+x".zfill(4), "é".zfill(3)))
show("partition", lambda: ("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z")))
show("translate", lambda: "hello wörld".translate(str.maketrans({"o": "0", "ö": None, "l": "L1"})))
show("maketrans3", lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
show("encode", lambda: ("café".encode(), "café".encode("ascii", "replace"), "café".encode("ascii", "xmlcharrefreplace"), "café".encode("latin-1"), "€".encode("cp1252")))
show("encode err", lambda: "café".encode("ascii"))
show("decode err", lambda: b"caf\xe9".decode("utf-8"))
show("decode repl", lambda: (b"caf\xe9!".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "backslashreplace"), b"\xff".decode("utf-8", "surrogateescape")))
show("removeprefix", lambda: ("TestCase".removeprefix("Test"), "a.py".removesuffix(".py"), "x".removeprefix("")))
show("format_map", lambda: "{name} is {age:>3}".format_map({"name": "Al", "age": 5}))
show("format idx", lambda: "{0[1]} {1.real} {x[k]}".format([1, 2], 3+4j, x={"k": "v"}))
show("format nested", lambda: "{:{w}.{p}f}|{:{fill}^{w}}".format(3.14159, "x", w=8, p=2, fill="*"))
show("format errs", lambda: "{} {0}".format(1))
show("format errs2", lambda: "{".format())
show("fstr debug", lambda: (lambda x=3, y="s": f"{x=} {y=!r:>5} {x*2 = }")())
show("fstr nested quotes", lambda: f"{'a' + "b"} {"x":>{2+1}}")
show("fstr conv", lambda: f"{'é'!a} {3.0!s} {[1]!r:>6}")
show("percent", lambda: ("%5.2f|%-5d|%05x|%c|%r|%%|%s" % (3.14159, 42, 255, 65, "q", None), "%(a)s-%(b)03d" % {"a": 1, "b": 2}, "%e %g %G" % (12345.678, 0.00001234, 1e20)))
show("percent err", lambda: "%d" % "x")
show("percent err2", lambda: "%s %s" % (1,))
show("percent err3", lambda: "%s" % (1, 2))
show("str mul neg", lambda: ("ab" * -1, "ab" * 0, [1] * -3))
show("count/find", lambda: ("aaaa".count("aa"), "abcabc".find("c", 3), "abc".rfind(""), "abc".index("c", -1), "".count("")))
show("isidentifier", lambda: ("_x1".isidentifier(), "1x".isidentifier(), "név".isidentifier(), "class".isidentifier()))
show("casefold cmp", lambda: ("Straße".casefold() == "STRASSE".casefold(), sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "é"], key=str.lower)))
