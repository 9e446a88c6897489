# Decimal sqrt, exp, ln, log10, power and the other numeric methods.
from decimal import Decimal as D, Context, localcontext, getcontext, ROUND_DOWN, ROUND_UP


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def flags(ctx):
    return [s.__name__ for s, on in ctx.flags.items() if on]


for x in ['2', '3', '0.5', '1', '10', '100', '0.01', '1E-10', '123.456', '1E+100', '0', '-0', 'Inf',
          '0.999999999', '1.000000001', '7', '2.718281828459045', '0.0400', '1E+3']:
    ctx = Context(traps=[])
    res = [str(ctx.sqrt(D(x))), str(ctx.exp(D(x))), str(ctx.ln(D(x))), str(ctx.log10(D(x)))]
    print(x, res, flags(ctx))
for x in ['-1', '-Inf', 'NaN', 'sNaN']:
    ctx = Context(traps=[])
    print(x, [str(getattr(ctx, f)(D(x))) for f in ['sqrt', 'exp', 'ln', 'log10']], flags(ctx))
for prec in [1, 5, 9, 50]:
    ctx = Context(prec=prec)
    print(prec, ctx.sqrt(D(2)), ctx.exp(D(1)), ctx.ln(D(10)), ctx.log10(D(2)), ctx.exp(D('-2.5')))
for mode in [ROUND_DOWN, ROUND_UP]:
    ctx = Context(rounding=mode)
    print(mode, ctx.sqrt(D(3)), ctx.exp(D(2)), ctx.power(D(2), D('0.5')), ctx.power(D(3), D(-7)))
show('ln neg', lambda: D(-1).ln())
show('sqrt neg', lambda: D(-4).sqrt())
show('exp big', lambda: D(3000000).exp())
ctx = Context(traps=[])
print(ctx.exp(D(3000000)), ctx.exp(D(-3000000)), flags(ctx))
print(D('1E-100').exp(), D('-1E-100').exp(), D(10).ln(), D('1E-1000000').ln())

# powers
for x, y in [('2', '10'), ('2', '-2'), ('1.1', '3'), ('4', '0.5'), ('4', '1.5'), ('2', '0.5'), ('10', '-3'),
             ('0.5', '-2'), ('-2', '3'), ('-2', '-3'), ('3', '100'), ('1.000', '10'), ('1', '0.5'),
             ('7', '2.0'), ('7', '2.5'), ('0', '0'), ('0', '-1'), ('-0', '-1'), ('-0', '-2'), ('Inf', '2'),
             ('-Inf', '3'), ('-Inf', '-3'), ('0.5', 'Inf'), ('2', '-Inf'), ('1', 'Inf'), ('-2', 'Inf'),
             ('-2', '0.5'), ('2', '1000000'), ('10', '1000000'), ('1E-5', '300000')]:
    ctx = Context(traps=[])
    print('pow', x, y, ctx.power(D(x), D(y)), flags(ctx))
print(pow(D(3), 4, 5), pow(D(-3), 3, 5), pow(D(7), 0, 3), pow(D(2), 100, D(97)))
show('powmod neg', lambda: pow(D(3), -1, 5))
show('powmod zero', lambda: pow(D(3), 2, 0))

# exponent manipulation and misc
x = D('123.4500')
print(x.normalize(), D('0.00').normalize(), D('-1E+3').normalize(), D('100').normalize(), x.adjusted())
print(x.scaleb(2), x.scaleb(-7), D('Inf').scaleb(1), x.logb(), D('0.001').logb())
show('scaleb frac', lambda: x.scaleb(D('1.5')))
show('logb 0', lambda: D(0).logb())
print(D(1).next_plus(), D(1).next_minus(), D('-1').next_plus(), D(0).next_plus(), D('Inf').next_minus(),
      D('-Inf').next_plus())
print(D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1), D('-0').next_toward(D(0)))
print(D('12345').shift(2), D('12345').shift(-2), D('12345').rotate(3), D('12345').rotate(-3))
print(D('1101').logical_and(D('1011')), D('1101').logical_or(D('10')), D('1101').logical_xor(D('1011')),
      Context(prec=6).logical_invert(D('101')))
show('logical bad', lambda: D('12').logical_and(D(1)))
print(D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')), D('-Inf').copy_abs())
for x in ['1', '-0', 'Inf', '-Inf', 'NaN', 'sNaN', '1E-999999', '1E-1000000', '-5']:
    d = D(x)
    print('pred', x, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(),
          d.is_zero(), d.is_normal(), d.is_subnormal(), d.number_class(), d.is_canonical())
print(D(5).radix(), D(5).canonical(), D(5).conjugate(), D(5).real, D(5).imag)
print(D(2).fma(3, 5), D('1.5').fma(D(2), D('-3')), getcontext().fma(2, 3, 4))
for a, b in [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('NaN', '1'), ('1', 'NaN'), ('-1', '-1.0')]:
    da, db = D(a), D(b)
    print('cmp', a, b, da.compare(db), da.compare_total(db), da.compare_total_mag(db), da.max(db),
          da.min(db), da.max_mag(db), da.min_mag(db))
print(D('NaN').compare_total(D('sNaN')), D('-NaN').compare_total(D('-Inf')), D('NaN2').compare_total(D('NaN10')))
show('compare_signal', lambda: D('NaN').compare_signal(1))
show('max snan', lambda: D('sNaN').max(1))
