from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext, getcontext, Context, InvalidOperation, Inexact, DivisionByZero
import decimal

CENT = Decimal("0.01")
items = [("Widget", "3", "19.99"), ("Gadget", "1", "249.50"), ("Cable", "12", "0.333"), ("Gift card", "1", "-10")]
subtotal = Decimal(0)
print(f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}")
for name, qty, price in items:
    line = (Decimal(qty) * Decimal(price)).quantize(CENT, ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<10}{qty:>5}{Decimal(price):>10}{line:>12,.2f}")
tax_rates = {"std": Decimal("0.2"), "reduced": Decimal("0.055"), "zero": Decimal(0)}
for k, r in tax_rates.items():
    tax = (subtotal * r).quantize(CENT, rounding=ROUND_HALF_EVEN)
    print(k, subtotal, tax, subtotal + tax, f"{(subtotal + tax):,}", f"{r:.1%}")
# splitting a bill
total = Decimal("100.00")
for n in (3, 7, 11):
    share = (total / n).quantize(CENT, rounding=decimal.ROUND_DOWN)
    remainder = total - share * n
    shares = [share + CENT if i < int(remainder / CENT) else share for i in range(n)]
    print(n, shares[:3], sum(shares), remainder)
# compound interest with precision control
with localcontext() as ctx:
    ctx.prec = 50
    p = Decimal("1000")
    r = Decimal("0.05") / 12
    for m in range(12 * 30):
        p *= 1 + r
    print(p.quantize(CENT), p.adjusted(), len(str(p)))
print(getcontext().prec)
# formatting gallery
vals = [Decimal("1234567.891"), Decimal("-0.000012345"), Decimal("1E+5"), Decimal("0"), Decimal("-0.00"), Decimal("123.456E-10"),
        Decimal("NaN"), Decimal("-Infinity"), Decimal("9.999"), Decimal("1e-30")]
specs = ["", "f", ".2f", ",.3f", "e", ".3E", "g", ".4g", "%", ".1%", "+", " ", "012.2f", "<12", "^12.1f", "*>14,.2f", "n", ".0f", "#.0f", ".10g", "G", "z.1f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("ERR")
    print(str(v), "|".join(row))
print([str(Decimal(x)) for x in ("0.1", "100", "1e2", "1.00e2", "-0", "0e-7", "12345678901234567890", "1e-7", "0.000001", "1234.5e3")])
print([repr(Decimal(x)) for x in (0.1, 2.5, 1e20, -0.0, 10**25)], Decimal((1, (1, 2, 3), -2)), Decimal((0, (), "F")), Decimal(" 42 "), Decimal("٤٢"))
print([Decimal(x).to_eng_string() for x in ("1e3", "1e4", "1e5", "-1.5e-7", "0.0000012", "1E+1")])
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("1.30") - Decimal("1.3"), Decimal(7) / Decimal(8), Decimal(2) / Decimal(3))
print(Decimal("12.345").quantize(Decimal("1e-1")), Decimal("12.345").quantize(Decimal("1e1")), Decimal("12.345").quantize(Decimal(1)), Decimal("-0.5").quantize(Decimal(1)))
print(Decimal(1).scaleb(3), Decimal("1.5").shift(2) if False else "", Decimal(255).logical_and(Decimal(15)) if False else "", Decimal("0.1").compare(Decimal("0.10")), Decimal("-1").compare_signal(Decimal(1)))
print(Decimal("2").min(Decimal("2.0")), Decimal("2").max_mag(Decimal("-3")), Decimal(10).remainder_near(3), Decimal("1.5").canonical(), Decimal("3.50").same_quantum(Decimal("1.23")))
print(sorted([Decimal("1.0"), Decimal("0.9"), Decimal("1"), Decimal("-2")]), sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == 1)
print(Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, Decimal(1) < 2, max(Decimal("1"), 1.5), int(Decimal("-3.9")), float(Decimal("1e-400")), float(Decimal("1e400")))
print(Decimal("3.7") // 1, Decimal("-3.7") // 1, Decimal("-3.7") % 1, Decimal(10) ** -2, Decimal("0.5") ** 2, Decimal(2) ** 64, abs(Decimal("-0")))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("inf") - Decimal("inf"),
            lambda: Decimal("1.5").quantize(Decimal("1e-30")), lambda: Decimal(1) + "1", lambda: Decimal(1.5) + 1.5,
            lambda: Decimal("NaN") < 1, lambda: Decimal(10) ** Decimal("0.5") * 0 + Decimal("sNaN"), lambda: Decimal([1]),
            lambda: Decimal((2, (1,), 0)), lambda: Decimal("1").quantize(Decimal("inf")), lambda: round(Decimal("inf")),
            lambda: Decimal(0) ** 0, lambda: Decimal(-8) ** Decimal("0.5"), lambda: Decimal(3) % 0, lambda: divmod(Decimal(1), 0)]:
    try:
        print("ok", bad())
    except (InvalidOperation, DivisionByZero, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__][:2] if isinstance(e, decimal.DecimalException) else e)
c = Context(prec=4, rounding=ROUND_HALF_UP, traps=[])
print(c.add(Decimal("1.2345"), 0), c.power(2, 100), c.sqrt(2), c.flags[Inexact], c.Etiny(), c.Etop(), c.to_sci_string(Decimal("123E5")))
print(c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.abs(-1), c.plus(Decimal("1.23456")), c.minus(5), c.compare(1, 2))
print(str(c)[:60])
print(repr(Context(prec=10, Emax=99, Emin=-99, capitals=0, clamp=1, flags=[], traps=[InvalidOperation])))
print(decimal.MAX_PREC > 10**6, decimal.MAX_EMAX > 10**6, decimal.MIN_EMIN < 0, decimal.HAVE_THREADS in (True, False))
