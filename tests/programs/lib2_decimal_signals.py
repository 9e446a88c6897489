import decimal
from decimal import (Decimal as D, Context, localcontext, getcontext, setcontext,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                     Inexact, Rounded, DivisionByZero, InvalidOperation,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation)

def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e if not isinstance(e, decimal.DecimalException) else [c.__name__ for c in type(e).__mro__[:3]])

# quantize with every rounding mode
vals = ["2.675", "-2.675", "2.665", "0.005", "-0.015", "1.0049999"]
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for v in vals:
    row = [str(D(v).quantize(D("0.01"), rounding=m)) for m in modes]
    print(v, row)

# precision and contexts
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(7))

with localcontext(prec=3, rounding=ROUND_CEILING) as ctx:
    print(D("1.001") + D("0"), ctx.prec, ctx.rounding)

# traps and flags
ctx = Context(prec=6, traps=[DivisionByZero, InvalidOperation])
ctx.clear_flags()
print(ctx.divide(D(1), D(3)))
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
t("div0", lambda: ctx.divide(D(1), D(0)))
t("0/0", lambda: ctx.divide(D(0), D(0)))
ctx.traps[DivisionByZero] = False
print(ctx.divide(D(-1), D(0)))
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
ctx.traps[Inexact] = True
t("inexact", lambda: ctx.divide(D(1), D(3)))
print(ctx.divide(D(1), D(4)))

# overflow / underflow
small = Context(prec=3, Emax=5, Emin=-5, traps=[])
print(small.multiply(D("999"), D("1000")), small.flags[Overflow])
print(small.divide(D("1"), D("1e10")), small.flags[Underflow], small.flags[Subnormal])
print(small.create_decimal("1.2345e-7"))
big = Context(prec=3, Emax=5, Emin=-5, traps=[Overflow])
t("overflow", lambda: big.multiply(D("999"), D("1000")))
clamp = Context(prec=3, Emax=5, Emin=-5, clamp=1)
print(clamp.create_decimal("1e5"), clamp.create_decimal("1.5e5"))

# float operation signal
fctx = Context(traps=[FloatOperation])
t("float construct ok", lambda: fctx.create_decimal_from_float(0.5))
t("float compare", lambda: setcontext(fctx) or D("0.5") < 0.75)
setcontext(decimal.DefaultContext)
t("float compare default", lambda: D("0.5") < 0.75)
t("float eq", lambda: D("0.5") == 0.5)

# special values
t("nan cmp", lambda: D("NaN") < D(1))
t("snan add", lambda: D("sNaN") + 1)
print(D("NaN") == D("NaN"), D("Inf") > D("1e999999"), D("-0") == D("0"))
print(D("NaN").is_nan(), D("sNaN").is_snan(), D("-Inf").is_infinite(), D("-0").is_signed())
t("quantize too big", lambda: D("123456").quantize(D("0.01"), context=Context(prec=4)))
t("int of nan", lambda: int(D("NaN")))
t("int of inf", lambda: int(D("-Infinity")))
t("bad literal", lambda: D("1.2.3"))
t("sqrt neg", lambda: D(-4).sqrt())
print(D(2).sqrt(Context(prec=30)), D("1e-7").ln(), D(10).log10(), D(1).exp())
print(D("12.3400").normalize(), D("1.20E+3").to_eng_string(), D("0.000001234").to_eng_string())
print(D("7.5").to_integral_value(), D("8.5").to_integral_value(), D("-7.5").to_integral_exact(rounding=ROUND_HALF_UP))
print(D("1.2345").as_tuple(), D("-0.0").as_tuple(), D(3.25).as_integer_ratio())
print(D("10") % D("3"), D("-10") % D("3"), D("-10") // D("3"), divmod(D("-7"), D("2")))
print(D("2") ** D("0.5"), pow(D(3), 4, 5), D("1.5").fma(2, D("0.25")))
print(round(D("2.5")), round(D("3.14159"), 3), round(D("-1.5")), type(round(D("1.5"))).__name__)
print(D("3.14159").max(D("2")), D(-3).copy_abs(), D(3).copy_sign(D(-1)), D("1.0").compare_total(D("1.00")))
print(format(D("1234567.891"), ",.2f"), format(D("0.5"), ".0%"), format(D("-0"), "+.3e"), format(D("1e3"), "g"))
print(ctx.prec, getcontext().prec, repr(getcontext())[:40])
print(D("1.100").adjusted(), D("0.001").adjusted(), D("123").number_class(), D("-0").number_class(), D("1e-999999").number_class())
print(D(1).next_plus(Context(prec=5)), D(1).next_minus(Context(prec=5)), D(1).next_toward(2, Context(prec=3)))
print(hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5), D("1.10") == D("1.1"))
