# Decimal +, -, *, quantize, str and repr: exact results, rounding, every
# rounding mode, context limits, flags and traps, int operands and subclasses.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow,
                     InvalidOperation, DivisionByZero, FloatOperation)

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
           Underflow, Subnormal, Inexact, Rounded, Clamped]


def flags(ctx):
    return [s.__name__ for s in SIGNALS if ctx.flags[s]]


def show(label, fn, ctx=None):
    ctx = ctx if ctx is not None else getcontext()
    ctx.clear_flags()
    try:
        r = fn()
        print(label, type(r).__name__, repr(r), str(r), r.as_tuple(), flags(ctx))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e, flags(ctx))


D = Decimal
setcontext(Context())
ctx = getcontext()

print('--- add / sub / mul basics')
pairs = [('1.5', '2.25'), ('-1.5', '2.25'), ('1.5', '-1.5'), ('-0', '0'),
         ('0', '-0'), ('-0', '-0'), ('0.000', '-0.0'), ('1E+5', '3E-4'),
         ('9999999999999999999999999999', '1'), ('123.456', '-123.456'),
         ('1E-70', '1'), ('1', '1E-70'), ('5E+70', '3'), ('-7', '0E-80'),
         ('0E+80', '3'), ('12345678901234567890', '98765432109876543210'),
         ('0.00894', '123456'), ('1103.70', '74.49')]
for a, b in pairs:
    x, y = D(a), D(b)
    show('add %s %s' % (a, b), lambda: x + y)
    show('sub %s %s' % (a, b), lambda: x - y)
    show('mul %s %s' % (a, b), lambda: x * y)

print('--- int operands')
for a in ['1.5', '-2.75', '0', '-0', '1E+3', '0.001', 'Infinity', 'NaN']:
    x = D(a)
    for n in [0, 7, -7, 123456789, -10 ** 30, True, False]:
        show('%s + %r' % (a, n), lambda: x + n)
        show('%r + %s' % (n, a), lambda: n + x)
        show('%s - %r' % (a, n), lambda: x - n)
        show('%r - %s' % (n, a), lambda: n - x)
        show('%s * %r' % (a, n), lambda: x * n)
        show('%r * %s' % (n, a), lambda: n * x)


class MyInt(int):
    def __rmul__(self, other):
        return 'MyInt.__rmul__'

    def __radd__(self, other):
        return 'MyInt.__radd__'


class MyDec(Decimal):
    pass


print(repr(D('2.5') * MyInt(3)), repr(D('2.5') + MyInt(3)), repr(D('2.5') - MyInt(3)))
print(repr(MyInt(3) - D('2.5')))
m = MyDec('1.25')
for r in (m + D('1'), D('1') + m, m * 2, 2 * m, m - m, m * m, m.quantize(D('0.1'))):
    print(type(r).__name__, r)
for bad in ('1', 1.5, [1], None):
    try:
        print(D('1') + bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        print(bad * D('1'))
    except TypeError as e:
        print('TypeError', e)

print('--- every rounding mode, small precision')
vals = ['1234.5', '-1234.5', '1235.5', '99999.5', '-99999.5', '1.00001',
        '0.000123456', '-0.000123455', '1E+8', '7']
for mode in MODES:
    c = Context(prec=4, rounding=mode)
    setcontext(c)
    for a in vals:
        for b in ['0', '-0', '0.5', '-1234.5', '1E-10', '3']:
            x, y = D(a), D(b)
            show('%s %s+%s' % (mode, a, b), lambda: x + y, c)
            show('%s %s-%s' % (mode, a, b), lambda: x - y, c)
            show('%s %s*%s' % (mode, a, b), lambda: x * y, c)
setcontext(Context())

print('--- zero sums with ROUND_FLOOR')
for mode in (ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN):
    with localcontext(rounding=mode) as lc:
        for a, b in (('1.5', '-1.5'), ('-1.5', '1.5'), ('0', '-0'), ('-0', '0'), ('-0', '-0.00')):
            show('%s %s+%s' % (mode, a, b), lambda: D(a) + D(b), lc)
            show('%s %s-%s' % (mode, a, b), lambda: D(a) - D(b).copy_negate(), lc)
            show('%s %s*%s' % (mode, a, b), lambda: D(a) * D(b), lc)

print('--- context limits: Emin / Emax / clamp / prec')
for kw in (dict(prec=5, Emin=-5, Emax=5), dict(prec=5, Emin=-5, Emax=5, clamp=1),
           dict(prec=3, Emin=-2, Emax=2), dict(prec=70), dict(prec=63), dict(prec=64)):
    c = Context(**kw)
    for a, b in (('1.234', '5'), ('99.999', '0.001'), ('12345', '1'), ('1E+5', '1'),
                 ('1E-5', '1E-5'), ('1E-6', '2'), ('0E-10', '0E+10'), ('1E+3', '1E-3'),
                 ('9' * 63, '1'), ('9' * 64, '1'), ('1' * 40, '1' * 30)):
        x, y = D(a), D(b)
        show('%r %s+%s' % (kw, a, b), lambda: c.add(x, y), c)
        show('%r %s-%s' % (kw, a, b), lambda: c.subtract(x, y), c)
        show('%r %s*%s' % (kw, a, b), lambda: c.multiply(x, y), c)
        show('%r %s.q(%s)' % (kw, a, b), lambda: c.quantize(x, y), c)

print('--- traps')
c = Context(prec=5, traps=[Inexact])
show('trap inexact add', lambda: c.add(D('123456'), D('0.1')), c)
show('trap inexact mul', lambda: c.multiply(D('1.2345'), D('1.2345')), c)
show('no trap exact', lambda: c.add(D('1.5'), D('2')), c)
c = Context(prec=5, traps=[Rounded])
show('trap rounded q', lambda: c.quantize(D('1.50'), D('0.1')), c)
show('trap rounded q2', lambda: D('1.50').quantize(D('1E+1'), context=c), c)
c = Context(prec=5, traps=[Inexact])
show('trap inexact q', lambda: c.quantize(D('1.55'), D('0.1')), c)
c.flags[Inexact] = True
show('trap inexact q with flag', lambda: c.quantize(D('1.55'), D('0.1')), c)
c = Context(traps=[Clamped])
show('clamped', lambda: c.quantize(D('1'), D('1E-1000000')), c)
c = Context(prec=3, traps=[])
show('too many digits', lambda: c.quantize(D('12345'), D('1')), c)
show('too many digits 2', lambda: c.quantize(D('123'), D('0.1')), c)
show('round up to 10**prec', lambda: c.quantize(D('999.9'), D('1'), ), c)

print('--- quantize in every mode')
for mode in MODES:
    for a in ['1.005', '-1.005', '1.015', '2.5', '-2.5', '3.5', '0.0049', '-0.0051',
              '1.25', '1.35', '7', '0', '-0', '0.000', '123.456789', '-9.995',
              '1.0501', '1.0500', '1.0499']:
        for q in ['0.01', '1', '1E+1', '0.00001', '1E-70', '1E+70']:
            show('%s %s.q(%s)' % (mode, a, q), lambda: D(a).quantize(D(q), rounding=mode))
            show('%s ctx %s.q(%s)' % (mode, a, q),
                 lambda: Context(rounding=mode).quantize(D(a), D(q)))
show('q int', lambda: getcontext().quantize(5, 0))
show('q int2', lambda: getcontext().quantize(D('5.5'), 1))
show('q special', lambda: D('Infinity').quantize(D('Infinity')))
show('q nan', lambda: D('NaN').quantize(D('1')))
show('q snan', lambda: D('1').quantize(D('sNaN')))
show('q inf', lambda: D('1').quantize(D('Infinity')))
for bad in ('x', 1.5, None):
    try:
        D('1').quantize(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        getcontext().quantize(bad, D('1'))
    except TypeError as e:
        print('TypeError', e)
for bad in ('ROUND_NOPE', 3):
    try:
        D('1').quantize(D('1'), rounding=bad)
    except TypeError as e:
        print('TypeError', e)
try:
    D('1').quantize(D('1'), context='ctx')
except TypeError as e:
    print('TypeError', e)
print(D('1.2345').quantize(D('0.01'), 'ROUND_UP'), D('1.2345').quantize(D('0.01'), ROUND_DOWN, Context()))
show('round()', lambda: round(D('2.675'), 2))

print('--- subnormals')
c = Context(prec=5, Emin=-5, Emax=5, traps=[])
for a, q in (('0.000012', '1E-6'), ('0.0000125', '1E-7'), ('0.0000125', '1E-6'),
             ('1.5', '1E-9'), ('1.5', '1E-10'), ('0', '1E-9'), ('1E-9', '1E-9')):
    show('sub %s %s' % (a, q), lambda: c.quantize(D(a), D(q)), c)
    show('subadd %s %s' % (a, q), lambda: c.add(D(a), D(q)), c)
    show('submul %s %s' % (a, q), lambda: c.multiply(D(a), D(q)), c)

print('--- str / repr')
for s in ['0', '-0', '0.0', '-0.00', '1', '-1', '12.34', '-12.34', '0.5', '-0.5',
          '0.000001', '0.0000001', '-0.0000001', '0.00000123', '1E+1', '1E-1',
          '123E-2', '123E-5', '123E-8', '123E-9', '-123E-8', '1.000', '100', '1E+100',
          '1E-100', '0E-7', '0E-6', '-0E-10', '12345678901234567890.123456789',
          'Infinity', '-Infinity', 'NaN', '-NaN123', 'sNaN45', '5E-7', '50E-7']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string(), format(d), '%s' % d, f'{d}')
with localcontext(capitals=0):
    print(str(D('1E+5')), repr(D('1.23E-10')), str(D('1.5')), repr(D('-0.0001')))
print(str(MyDec('-0.05')), repr(MyDec('0.05')), [D('1.10'), D('-0.001')])
big = D(10) ** 200
print(str(big), str(big * D('1.5')))
with localcontext(prec=300):
    big = D(3) ** 300
    print(str(big), big.adjusted(), (big * D('1E-200')).adjusted())
    big2 = D(10 ** 150 - 1)
    print(big2.adjusted(), D(10 ** 150).adjusted(), D(10 ** 119).adjusted(), D(10 ** 120 - 1).adjusted(),
          D(10 ** 120).adjusted())

print('--- pseudo random sweep')
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


total_lines = 0
for prec in (3, 9, 28):
    for mode in MODES:
        c = Context(prec=prec, rounding=mode, Emin=-50, Emax=50, traps=[])
        setcontext(c)
        acc = []
        for i in range(300):
            a = D((rnd(2), tuple(rnd(10) for _ in range(1 + rnd(12))), rnd(40) - 25))
            b = D((rnd(2), tuple(rnd(10) for _ in range(1 + rnd(12))), rnd(40) - 25))
            k = rnd(6)
            c.clear_flags()
            if k == 0:
                r = a + b
            elif k == 1:
                r = a - b
            elif k == 2:
                r = a * b
            elif k == 3:
                r = a * (rnd(2000) - 1000)
            elif k == 4:
                r = a.quantize(D((0, (1,), rnd(20) - 10)))
            else:
                r = c.quantize(b, D((0, (1,), rnd(8) - 4)))
            acc.append('%s|%s|%s' % (k, r, ''.join(s.__name__[0:2] for s in SIGNALS if c.flags[s])))
        total_lines += len(acc)
        print(prec, mode, acc[:3], acc[-1], sum(len(x) * (i + 1) for i, x in enumerate(acc)))
print(total_lines)
setcontext(Context())

print('--- comparisons')
cvals = ['0', '-0', '0.00', '1', '1.0', '1.00', '-1', '2', '10', '1E+1', '0.1', '-0.10',
         '123.45', '123.46', '-123.45', '9.99', '99.9', '1E-100', 'Infinity', '-Infinity',
         'NaN', 'sNaN']
for a in cvals:
    row = []
    for b in cvals + [0, 1, -1, 10, 1.0, 0.1]:
        x = D(a)
        y = D(b) if isinstance(b, str) else b
        getcontext().clear_flags()
        try:
            row.append('%d%d%d%d%d%d' % (x == y, x != y, x < y, x <= y, x > y, x >= y))
        except Exception as e:
            row.append(type(e).__name__)
        row.append(''.join(s.__name__[0:2] for s in SIGNALS if getcontext().flags[s]))
    print(a, ' '.join(row))
getcontext().traps[InvalidOperation] = False
for a in cvals:
    print(a, [x.compare(D(a)) for x in map(D, cvals[:8])], [x.compare_total(D(a)) for x in map(D, cvals[:8])],
          max(D(a), D('1.0')), min(D('1.00'), D(a)))
getcontext().traps[InvalidOperation] = True
print(sorted(map(D, ['3.1', '-2', '0.00', '1E+1', '1.0', '1', '-0', '2.50', '2.5'])))
print(MyDec('1.5') == D('1.50'), D('1.5') < MyDec('1.6'), MyDec('2') > 1)

print('--- telco kernel')
getcontext().rounding = ROUND_DOWN
rates = [D('0.0013'), D('0.00894')]
twodig = D('0.01')
Banker = Context(rounding=ROUND_HALF_EVEN)
sumT = sumB = sumD = D(0)
out = []
for i in range(400):
    n = (i * 7919 + 13) % 10000
    calltype = n & 1
    p = Banker.quantize(rates[calltype] * n, twodig)
    b = (p * D('0.0675')).quantize(twodig)
    sumB += b
    t = p + b
    if calltype:
        d = (p * D('0.0341')).quantize(twodig)
        sumD += d
        t += d
    sumT += t
    out.append(str(t))
print(sumT, sumB, sumD, out[:10], len(''.join(out)))
print(flags(getcontext()), flags(Banker))
