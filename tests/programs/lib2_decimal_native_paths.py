# The native paths of decimal (+, -, *, quantize, str) against CPython: edges of the
# context (precision, exponent range), every rounding mode, signals, operands of other
# types, subclasses, wide coefficients and the descriptors themselves.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext

MODES = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN,
         decimal.ROUND_05UP]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)


# the descriptors
print(D.__add__, D.__rsub__, D.__mul__, D.__str__)
print(D.quantize, Context.quantize)
show('D.__add__(1, 2)', lambda: D.__add__(1, 2))
show('D.__mul__()', lambda: D.__mul__())
show('D(1).__mul__()', lambda: D(1).__mul__())
show('D(1).__add__(1, 2)', lambda: D(1).__add__(1, 2))
show('D(1).__str__(2)', lambda: D(1).__str__(2))
show('D.quantize(1, D(1))', lambda: D.quantize(1, D(1)))
show('Context.quantize(1, D(1), D(1))', lambda: Context.quantize(1, D(1), D(1)))
show('D.__str__(3)', lambda: D.__str__(3))
show('D(5).__add__(1, context=Context(prec=1))', lambda: D(5).__add__(1, context=Context(prec=1)))
show("D('1.5').quantize(D(1), decimal.ROUND_DOWN)", lambda: D('1.5').quantize(D(1), decimal.ROUND_DOWN))
show("D('1.5').quantize(D(1), rounding=decimal.ROUND_UP)", lambda: D('1.5').quantize(D(1), rounding=decimal.ROUND_UP))
show('D(1).quantize()', lambda: D(1).quantize())
show('D(1).quantize(D(1), None, None, None)', lambda: D(1).quantize(D(1), None, None, None))
show('D(1).quantize(D(1), foo=1)', lambda: D(1).quantize(D(1), foo=1))
show("D(1).quantize(D(1), exp=D('0.1'))", lambda: D(1).quantize(D(1), exp=D('0.1')))
show("D(1).quantize(exp=D('0.1'))", lambda: D(1).quantize(exp=D('0.1')))
show("D('1.25').quantize(D('0.1'), context=Context(rounding=decimal.ROUND_UP))",
     lambda: D('1.25').quantize(D('0.1'), context=Context(rounding=decimal.ROUND_UP)))
show('Context().quantize(D(1))', lambda: Context().quantize(D(1)))
show('Context().quantize(D(1), D(1), D(1))', lambda: Context().quantize(D(1), D(1), D(1)))
show('Context().quantize(D(1), b=D(1))', lambda: Context().quantize(D(1), b=D(1)))

# sums and differences: signs, zeros, alignment, ints
vals = ['0', '-0', '1', '-1', '1.5', '-2.25', '0.000', '-0.00', '123456789012345678',
        '9223372036854775807', '-9223372036854775807', '1E+2', '1.0E-3', '999999999999.99']
for a in vals:
    for b in vals[:8] + ['5E+20', '7E-20']:
        x, y = D(a), D(b)
        print(a, b, x + y, x - y, y - x, x * y)
for a in ['1.5', '-2.25', '0', '-0.0', '7E+3']:
    for n in [0, -0, 3, -3, 2**62, -2**62, 2**63 - 1, 2**64, True]:
        x = D(a)
        print(a, n, x + n, n + x, x - n, n - x, x * n, n * x)

# zero results under ROUND_FLOOR
with localcontext() as c:
    c.rounding = decimal.ROUND_FLOOR
    print(D('1.5') - D('1.5'), D('1.5') + D('-1.5'), D(3) - 3, 3 - D(3), D('-0') + D('0'))

# precision and exponent limits
for prec in [1, 3, 9, 18, 19, 28, 60]:
    c = Context(prec=prec, Emin=-20, Emax=20)
    with localcontext(c) as cc:
        for a, b in [('999', '1'), ('99', '1'), ('5', '5'), ('123', '877'), ('4E+18', '6E+18'),
                     ('9E+19', '1E+19'), ('1E-20', '1E-20'), ('1E+15', '12345'),
                     ('9223372036854775807', '1')]:
            x, y = D(a), D(b)
            for label, f in [('+', lambda: x + y), ('*', lambda: x * y), ('-', lambda: x - y)]:
                show(f'{prec} {a} {label} {b}', f)
            print(sorted(k.__name__ for k, v in cc.flags.items() if v))
            cc.clear_flags()

# quantize: every mode, signs, targets, flags and traps
for mode in MODES:
    c = Context(rounding=mode)
    row = []
    for a in ['1.25', '-1.25', '1.35', '-1.35', '2.5', '-2.5', '0.05', '1.2501', '1.2499',
              '0.000', '7', '-7', '123.456', '9.995', '-9.995', '1E-30', '12345678901234567.8']:
        for q in ['0.1', '1', '1E+1', '0.0001']:
            row.append(str(c.quantize(D(a), D(q))))
            with localcontext(c):
                row.append(str(D(a).quantize(D(q))))
    print(mode, ' '.join(row))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))

c = Context(traps=[decimal.Inexact])
show('trap Inexact ctx.quantize', lambda: c.quantize(D('1.25'), D('0.1')))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
show('exact under trap', lambda: c.quantize(D('1.20'), D('0.1')))
c = Context(traps=[decimal.Rounded])
show('trap Rounded', lambda: c.quantize(D('1.20'), D('0.1')))
with localcontext(Context(traps=[decimal.Inexact])):
    show('trap Inexact d.quantize', lambda: D('2.675').quantize(D('0.01')))
    show('not trapped', lambda: D('2.670').quantize(D('0.01')))
c = Context(prec=3)
show('too many digits', lambda: c.quantize(D('12345.6'), D('0.1')))
show('exponent out of range', lambda: Context(Emax=5).quantize(D('1'), D('1E+10')))
show('quantize int exp', lambda: D('1.5').quantize(1))
show('quantize NaN', lambda: D('NaN').quantize(D('0.1')))
show('quantize inf', lambda: D('Inf').quantize(D('0.1')))
show('quantize to inf', lambda: D('1.1').quantize(D('-Inf')))
show('quantize huge', lambda: D(10**40).quantize(D('0.1')))
show('ctx.quantize ints', lambda: Context().quantize(5, 1))

# str and repr
for s in ['0', '-0', '0.0', '-0.00', '1.5', '-1.5', '0.001', '-0.000001', '0.0000001',
          '123.456', '-123456789.000', '1E+3', '1.23E-10', '9223372036854775807E-30',
          '12345678901234567890.5', 'NaN', '-Inf', '5E-6', '5E-7', '50E-7']:
    d = D(s)
    print(s, str(d), repr(d), f'{d}', '%s' % d)


# subclasses
class M(D):
    pass


m = M('1.5')
for r in [m + 1, 1 + m, m - m, m * 2, 2 * m, m.quantize(D(1)), Context().quantize(m, D('0.1'))]:
    print(type(r).__name__, r)
print(str(m), repr(m))


class S(D):
    def __str__(self):
        return 'S!'


print(str(S('2')), repr(S('2')), S('2') + 1)

# other operands
for other in [1.5, 'x', None, [1], 2 + 0j]:
    show(f'D(1) + {other!r}', lambda: D(1) + other)
    show(f'{other!r} * D(1)', lambda: other * D(1))

# the thread's context made by an operation
print(getcontext().prec, getcontext().rounding)
