# Fast paths of decimal (third pass): *, +, -, quantize (Decimal and Context),
# the six comparisons, and the cached context limits they test against.
import decimal
from decimal import (Decimal, Context, localcontext, getcontext, setcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     Inexact, Rounded, InvalidOperation, Overflow, Clamped,
                     Subnormal, Underflow, DivisionByZero, FloatOperation)
from fractions import Fraction

SIGS = [Inexact, Rounded, InvalidOperation, Overflow, Clamped, Subnormal,
        Underflow, DivisionByZero, FloatOperation]


def flags(ctx):
    return ''.join(s.__name__[:3] for s in SIGS if ctx.flags[s]) or '-'


def show(label, fn, ctx=None):
    ctx = ctx or getcontext()
    ctx.clear_flags()
    try:
        r = fn()
        if isinstance(r, Decimal):
            text = '%s %s %r' % (type(r).__name__, r, r.as_tuple())
        else:
            text = repr(r)
    except Exception as e:
        text = 'EXC %s %s' % (type(e).__name__, e)
    print(label, '->', text, flags(ctx))


class Sub(Decimal):
    pass


MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]

setcontext(Context())
D = Decimal
vals = ['0', '-0', '1.23', '-4.5', '0.00', '-0.000', '9.99', '1E+3', '-2.5E-4',
        '123456789012345678', '9999999999999999999999999999', '1E-999999',
        '12345.6789', 'Infinity', '-Infinity', 'NaN', 'sNaN', '-NaN12']

print('== multiplication')
for x in vals:
    for y in ['2', '-0.5', '0', '1E+999990', '1E-10', '3.7', 'Infinity', 'NaN']:
        show('%s * %s' % (x, y), lambda: D(x) * D(y))
for x in ['1.23', '-0.00894', '0', '-0', '99999999999999999999999999']:
    for n in [0, 1, -1, 7, 123456789, -10 ** 20, 10 ** 30, True]:
        show('%s * %r' % (x, n), lambda: D(x) * n)
        show('%r * %s' % (n, x), lambda: n * D(x))
show('sub * D', lambda: Sub('1.5') * D('2'))
show('D * sub', lambda: D('1.5') * Sub('2'))
show('D * float', lambda: D('1.5') * 2.0)
show('D * str', lambda: D('1.5') * '2')

print('== addition and subtraction')
for x in vals:
    for y in ['1', '-1.23', '0.00', '-0.00', '7.77', '1E+5', '-9.99', 'Infinity', 'sNaN']:
        show('%s + %s' % (x, y), lambda: D(x) + D(y))
        show('%s - %s' % (x, y), lambda: D(x) - D(y))
for mode in [ROUND_FLOOR, ROUND_CEILING]:
    with localcontext() as c:
        c.rounding = mode
        show('%s 1.5 + -1.5' % mode, lambda: D('1.5') + D('-1.5'), c)
        show('%s 1.5 - 1.5' % mode, lambda: D('1.5') - D('1.5'), c)
        show('%s -0 + 0' % mode, lambda: D('-0') + D('0'), c)
        show('%s 2 + -2' % mode, lambda: D('2') + -2, c)
        show('%s -2 - -2' % mode, lambda: -2 - D('-2'), c)
for n in [0, 5, -5, 10 ** 40]:
    show('1.25 + %r' % n, lambda: D('1.25') + n)
    show('%r - 1.25' % n, lambda: n - D('1.25'))
show('sub + D', lambda: Sub('1.5') + D('2.5'))
show('D + sub', lambda: D('1.5') + Sub('2.5'))
show('sum', lambda: sum([D('0.01')] * 50, D('0.00')))

print('== quantize')
qs = ['0.01', '1', '1E+2', '0.0001', '1E-70', '1E+70', 'NaN', 'Infinity', '1E-1000000', '1E+999999']
for x in ['1.235', '-1.225', '1.2350', '0.000', '-0', '5', '123.4567', '-0.005', '0.015',
          '999.995', '12345678901234567890123456.7', '1E+5', 'Infinity', 'NaN', 'sNaN']:
    for q in qs:
        show('%s q %s' % (x, q), lambda: D(x).quantize(D(q)))
    for mode in MODES:
        show('%s q 0.01 %s' % (x, mode), lambda: D(x).quantize(D('0.01'), rounding=mode))
        c = Context(rounding=mode)
        show('%s Cq 0.01 %s' % (x, mode), lambda: c.quantize(D(x), D('0.01')), c)
        show('%s q ctx %s' % (x, mode), lambda: D(x).quantize(D('0.1'), context=c), c)
with localcontext() as c:
    c.rounding = ROUND_DOWN
    show('q down', lambda: D('2.999').quantize(D('0.01')), c)
    c.traps[Inexact] = True
    show('q inexact trap', lambda: D('2.999').quantize(D('0.01')), c)
    show('q exact', lambda: D('2.990').quantize(D('0.01')), c)
    show('Cq inexact trap', lambda: c.quantize(D('2.999'), D('0.01')), c)
    c.traps[Inexact] = False
    c.traps[Rounded] = True
    show('q rounded trap', lambda: D('2.990').quantize(D('0.01')), c)
    show('q zero rounded trap', lambda: D('0.000').quantize(D('0.01')), c)
    show('Cq rounded trap', lambda: c.quantize(D('2.990'), D('0.01')), c)
    show('Cq zero', lambda: c.quantize(D('-0.000'), D('0.01')), c)
c = Context(prec=5, Emin=-5, Emax=5)
for x in ['1.23456', '123.45', '99999', '0.00001234', '1.5']:
    for q in ['0.01', '1E-5', '1E-9', '1E+3', '1E+5', '1E+6', '0.0001']:
        show('small %s q %s' % (x, q), lambda: D(x).quantize(D(q), context=c), c)
        show('small Cq %s %s' % (x, q), lambda: c.quantize(D(x), D(q)), c)
c = Context(prec=5, Emin=-5, Emax=5, clamp=1)
for q in ['1E+1', '1E+2', '0.01']:
    show('clamp Cq 0 %s' % q, lambda: c.quantize(D('0'), D(q)), c)
    show('clamp Cq 7 %s' % q, lambda: c.quantize(D('7'), D(q)), c)
B = Context(rounding=ROUND_HALF_EVEN)
show('Cq int', lambda: B.quantize(7, D('0.01')), B)
show('Cq int2', lambda: B.quantize(D('7.125'), 1), B)
show('Cq str', lambda: B.quantize('7', D('0.01')), B)
show('Cq sub', lambda: B.quantize(Sub('7.125'), D('0.01')), B)
show('Cq sub2', lambda: B.quantize(D('7.125'), Sub('0.01')), B)
show('Cq nan', lambda: B.quantize(D('7.125'), D('NaN')), B)
show('Cq inf', lambda: B.quantize(D('Infinity'), D('0.01')), B)
show('q bad rounding', lambda: D('1.5').quantize(D('1'), rounding='bogus'))
show('q bad exp', lambda: D('1.5').quantize('1'))
show('q bad ctx', lambda: D('1.5').quantize(D('1'), context=3))
show('sub q', lambda: Sub('1.555').quantize(D('0.01')))

print('== comparisons')
cvals = ['0', '-0', '0.00', '1', '1.0', '1.00', '-1', '0.1', '1E+70', '1E-70', '5E+100',
         '-2.5', '-2.50', '123456789012345678901234567890', 'Infinity', '-Infinity']
for x in cvals:
    row = []
    for y in cvals:
        a, b = D(x), D(y)
        row.append('%d%d%d%d%d%d' % (a == b, a != b, a < b, a <= b, a > b, a >= b))
    print(x, ' '.join(row))
for x in ['1.5', 'NaN', 'sNaN', 'Infinity']:
    for y in ['1.5', 'NaN', '2']:
        for op in ['==', '!=', '<', '<=', '>', '>=']:
            show('%s %s %s' % (x, op, y), lambda: eval('D(x) %s D(y)' % op))
for other in [1, 2, 1.5, Fraction(3, 2), 1 + 0j, 'x', Sub('1.5')]:
    for op in ['==', '!=', '<', '>=']:
        show('1.5 %s %r' % (op, other), lambda: eval('D("1.5") %s other' % op))
print(sorted([D('1.10'), D('-3'), D('1.1'), D('0'), D('-0.0'), D('2E-3'), D('1E+2')]))
print(max(D('1.1'), D('1.10')), min(D('-0'), D('0')))

print('== limits renewed')
c = Context()
setcontext(c)
show('big mul', lambda: D('12345678901234') * D('98765432109876'))
c.prec = 10
show('prec10 mul', lambda: D('12345678901234') * D('98765432109876'))
show('prec10 add', lambda: D('9999999999') + D('1'))
show('prec10 q', lambda: D('1.5').quantize(D('1E-9')))
c.prec = 28
c.Emax = 20
show('Emax mul', lambda: D('1E+10') * D('1E+11'))
c.Emin = -3
show('Emin mul', lambda: D('0.01') * D('0.01'))
show('Emin q', lambda: D('0.01').quantize(D('1E-4')))
c2 = c.copy()
show('copy mul', lambda: D('1E+10') * D('1E+11'), c2)
c.traps[Inexact] = True
show('trap q', lambda: D('0.015').quantize(D('0.1')))
show('trap q2', lambda: B.quantize(D('0.015'), D('0.1')), B)
c.traps[Inexact] = False
c.clear_flags()
show('flag q', lambda: D('0.015').quantize(D('0.1')))
show('flag q again', lambda: D('0.015').quantize(D('0.1')))
with localcontext(prec=3, Emax=5) as lc:
    show('local mul', lambda: D('12.3') * D('4.56'), lc)
    show('local q', lambda: D('123456').quantize(D('1')), lc)
show('after local', lambda: D('12.3') * D('4.56'))
print(getcontext() is c)
