# Fast paths of decimal: construction from str/int/Decimal, + - * and quantize
# whose exact result fits the context, str(); and the context state they rely
# on (precision, exponent limits, flags, traps) changing between operations.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP,
                     Inexact, Rounded, InvalidOperation, Overflow, Underflow,
                     Subnormal, Clamped, FloatOperation, DivisionByZero)
from fractions import Fraction

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
SIGS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
        Overflow, Underflow, FloatOperation]


def flags(ctx=None):
    ctx = ctx or getcontext()
    return ','.join(s.__name__ for s in SIGS if ctx.flags[s]) or '-'


def show(label, fn):
    getcontext().clear_flags()
    try:
        r = fn()
        print(label, repr(r), type(r).__name__, flags())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e, flags())


def fresh(**kw):
    ctx = Context(**kw)
    setcontext(ctx)
    return ctx


print('--- construction')
fresh()
texts = ['1.23', '-1.23', '0', '-0', '-0.00', '.5', '-.5', '5.', '-5.', '.', '-', '',
         '007.100', '1.2.3', '1e5', '1.5E-3', ' 1.5', '1.5 ', '+1.5', '--1', '1_000.5',
         '\u0663.5', '\u00b2', '1.-5', '-1.5-', 'NaN', '-Infinity', 'sNaN12',
         '0.' + '0' * 40, '9' * 60 + '.' + '1' * 10, '1' * 3001, '1' * 2999 + '.5',
         '12345678901234567890.123456789012345678901234567890']
for t in texts:
    show('str %r' % t[:50], lambda: Decimal(t))
for v in [0, 1, -1, 7, -123456789, 10 ** 30, -(10 ** 30), 2 ** 64 + 1, True, False]:
    show('int %r' % (v,), lambda: Decimal(v))
d = Decimal('3.14')
print('identity', Decimal(d) is d, Decimal(d) == d)


class Sub(Decimal):
    pass


s = Sub('2.50')
print('sub', type(s).__name__, repr(s), Sub(s) is s, type(Decimal(s)).__name__,
      Decimal(s) is s, type(Sub(7)).__name__, repr(Sub(-7)), type(Sub(d)).__name__)
for args, kw in [((d, 5), {}), (('1.5', 5), {}), ((5, 'x'), {}), ((d, None), {}),
                 (('1.5',), {'context': Context(prec=2)}), ((), {'value': '2.5'}),
                 (('1', 2, 3), {}), (('1',), {'value': 2}), ((), {'bogus': 1}), ((), {})]:
    show('args %r %r' % (args, kw), lambda: Decimal(*args, **kw))
ctx = fresh()
ctx.traps[InvalidOperation] = False
show('bad str untrapped', lambda: Decimal('1.2.3'))
show('bad str ctx', lambda: Decimal('x', Context(traps=[])))

print('--- multiplication')
fresh()
cases = [('12.34', '0.0675'), ('-1.5', '2'), ('1.5', '-0'), ('-0', '-0'), ('0.00', '5.5'),
         ('99999999999999', '99999999999999'), ('9999999999999', '10000000000000000'),
         ('1234567890123456789', '10'), ('1E+999990', '1E+10'), ('1E-999990', '1E-10'),
         ('3', '1E-999999'), ('123456789012345', '123456789012345'), ('Inf', '2'), ('NaN', '1')]
for x, y in cases:
    a, b = Decimal(x), Decimal(y)
    show('mul %s %s' % (x, y), lambda: a * b)
    show('mul ctx %s %s' % (x, y), lambda: Context(prec=5).multiply(a, b))
for n in [0, 3, -3, 12345678901234567890, -(10 ** 40), 2 ** 63, True]:
    show('mul int %r' % (n,), lambda: Decimal('0.0013') * n)
    show('rmul int %r' % (n,), lambda: n * Decimal('-0.00894'))
show('mul float', lambda: Decimal(1) * 1.5)
show('mul str', lambda: Decimal(1) * '2')
show('mul Fraction', lambda: Decimal(1) * Fraction(1, 2))
show('mul sub', lambda: Sub('1.5') * Sub('2'))

print('--- addition')
fresh()
pairs = [('1.25', '2.50'), ('1.25', '-1.25'), ('-1.25', '1.25'), ('-0', '-0'), ('0', '-0'),
         ('-0.00', '0.00'), ('5', '-7'), ('-5', '7'), ('1.2', '3.456'), ('3.456', '-1.2'),
         ('1E+5', '1'), ('1E+70', '1'), ('1', '1E+70'), ('9999999999999999999999999999', '1'),
         ('9999999999999999999999999999', '-1'), ('1E-999999', '1E-999999'),
         ('1E-1000000', '1E-1000000'), ('1E+999999', '1E+999999'), ('Inf', '-Inf'),
         ('sNaN', '1'), ('123.456', '0E+3')]
for x, y in pairs:
    a, b = Decimal(x), Decimal(y)
    show('add %s %s' % (x, y), lambda: a + b)
    show('sub %s %s' % (x, y), lambda: a - b)
    show('add ctx %s %s' % (x, y), lambda: Context(prec=3).add(a, b))
    show('rsub %s %s' % (x, y), lambda: a.__rsub__(b))
for n in [0, 5, -5, 10 ** 30, -(10 ** 30), False]:
    show('add int %r' % (n,), lambda: Decimal('-5.00') + n)
    show('radd int %r' % (n,), lambda: n + Decimal('5.00'))
    show('sub int %r' % (n,), lambda: Decimal('5.00') - n)
    show('rsub int %r' % (n,), lambda: n - Decimal('5.00'))
for mode in MODES:
    fresh(rounding=mode)
    show('zero sum %s' % mode, lambda: Decimal('1.5') - Decimal('1.5'))
    show('zero rsub %s' % mode, lambda: 3 - Decimal('3'))
    show('zero neg %s' % mode, lambda: Decimal('-0') + Decimal('0'))
    show('zero negneg %s' % mode, lambda: Decimal('-0') + Decimal('-0'))
    show('zero diffexp %s' % mode, lambda: Decimal('1.50') - Decimal('1.5'))

print('--- quantize')
for mode in MODES:
    fresh(rounding=mode)
    for x in ['12.345', '-12.345', '12.335', '-12.335', '12.3450', '12.3', '0.005', '-0.005',
              '0.015', '-0', '0.000', '9.999', '-9.995', '12.340001', '7', '1E+3', '1E-80']:
        a = Decimal(x)
        show('q %s %s' % (mode, x), lambda: a.quantize(Decimal('0.01')))
        show('Cq %s %s' % (mode, x), lambda: getcontext().quantize(a, Decimal('0.01')))
    for x in ['12.5', '13.5', '-12.5', '12.51', '-12.49']:
        a = Decimal(x)
        show('q1 %s %s' % (mode, x), lambda: a.quantize(Decimal('1')))
        show('qr %s %s' % (mode, x), lambda: a.quantize(Decimal('1E+1'), rounding=ROUND_HALF_DOWN))
fresh()
a = Decimal('123.456')
for mode in MODES + ['ROUND_FOO', 5, None]:
    show('rounding arg %r' % (mode,), lambda: a.quantize(Decimal('0.1'), rounding=mode))


class Mode(str):
    pass


show('rounding str subclass', lambda: a.quantize(Decimal('0.1'), rounding=Mode('ROUND_UP')))
show('rounding str subclass bad', lambda: a.quantize(Decimal('0.1'), rounding=Mode('UP')))
for q in ['0.01', '1E+2', '1E-30', '1E-999999', '1E-1000030', '1E+999999', '1E+999980',
          '1E-60', '1E+60']:
    show('q range %s' % q, lambda: Decimal('123.456').quantize(Decimal(q)))
show('q int exp', lambda: Decimal('123.456').quantize(1))
show('q bad exp', lambda: Decimal('123.456').quantize('0.1'))
show('q ctx', lambda: Decimal('123.456').quantize(Decimal('0.01'), context=Context(prec=4)))
show('q ctx small', lambda: Decimal('123.456').quantize(Decimal('0.01'), context=Context(prec=5)))
show('q bad ctx', lambda: Decimal('123.456').quantize(Decimal('0.01'), context=5))
show('q sub', lambda: Sub('1.239').quantize(Sub('0.01')))
show('Cq int', lambda: getcontext().quantize(5, Decimal('0.01')))
show('Cq bad', lambda: getcontext().quantize(1.5, Decimal('0.01')))
show('q nan', lambda: Decimal('NaN').quantize(Decimal('0.01')))
show('q inf', lambda: Decimal('Inf').quantize(Decimal('0.01')))


class QSub(Decimal):
    def quantize(self, exp, rounding=None, context=None):
        return 'QSub.quantize'


show('Cq subclass override', lambda: getcontext().quantize(QSub('1.5'), Decimal('0.1')))
banker = Context(rounding=ROUND_HALF_EVEN)
r = banker.quantize(Decimal('0.0013') * 12345, Decimal('0.01'))
print('banker', repr(r), flags(banker), flags())

print('--- flags and traps')
ctx = fresh()
x = Decimal('1.2345')
print(repr(x.quantize(Decimal('0.01'))), flags())
print(repr(x.quantize(Decimal('0.01'))), flags())
ctx.clear_flags()
print(repr(x.quantize(Decimal('0.1'))), flags())
print(repr(Decimal('1.20').quantize(Decimal('0.1'))), flags())
ctx.clear_flags()
print(repr(Decimal('1.20').quantize(Decimal('0.1'))), flags())
ctx.traps[Inexact] = True
show('trap inexact', lambda: x.quantize(Decimal('0.01')))
show('no trap exact', lambda: Decimal('1.20').quantize(Decimal('0.1')))
ctx.traps[Inexact] = False
show('untrapped', lambda: x.quantize(Decimal('0.01')))
ctx.flags[Rounded] = True
ctx.flags[Inexact] = True
ctx.traps[Rounded] = True
show('trap rounded flagged', lambda: Decimal('1.20').quantize(Decimal('0.1')))
ctx.traps = {s: False for s in SIGS}
show('traps dict', lambda: Decimal('1.20').quantize(Decimal('0.1')))
ctx.traps = {s: s is Rounded for s in SIGS}
show('traps dict 2', lambda: Decimal('1.20').quantize(Decimal('0.1')))
ctx.clear_traps()
show('cleared traps', lambda: Decimal('1.20').quantize(Decimal('0.1')))
ctx.flags = {s: True for s in SIGS}
print('flags dict', flags())
for value in ([], [Rounded], (Inexact,), {Rounded: True}, 5, ctx.traps):
    for name in ('flags', 'traps'):
        try:
            setattr(ctx, name, value)
            print('set', name, flags(), ctx.traps[Rounded])
        except Exception as e:
            print('set', name, type(e).__name__, e)
ctx.traps = {s: False for s in SIGS}
ctx.flags = {s: False for s in SIGS}
print('flags cleared', flags())
c2 = Context(traps=[Inexact], flags=[Rounded])
show('ctx traps arg', lambda: x.quantize(Decimal('0.01'), context=c2))
print('c2', flags(c2))
c3 = c2.copy()
c3.traps[Inexact] = False
print('c3', repr(x.quantize(Decimal('0.01'), context=c3)), flags(c3), flags(c2))
show('c2 again', lambda: x.quantize(Decimal('0.01'), context=c2))
ctx = fresh()
print('float cmp', Decimal('1.5') == 1.5, flags())
ctx.clear_flags()
print('float lt', Decimal('1.5') < 2.5, flags())
ctx.traps[FloatOperation] = True
show('float lt trapped', lambda: Decimal('1.5') < 2.5)
print('float eq trapped', Decimal('1.5') == 1.5, flags())
ctx.traps[FloatOperation] = False
ctx.clear_flags()
print('create float', repr(ctx.create_decimal_from_float(0.1)), flags())

print('--- context changes between operations')
ctx = fresh()
a, b = Decimal('123.45'), Decimal('6.789')
print(repr(a * b), repr(a + b), repr(a.quantize(Decimal('0.1'))))
ctx.prec = 5
show('prec5 mul', lambda: a * b)
show('prec5 add', lambda: a + b)
show('prec5 q', lambda: a.quantize(Decimal('0.01')))
show('prec5 q2', lambda: a.quantize(Decimal('0.1')))
ctx.prec = 70
show('prec70 mul', lambda: Decimal('9' * 35) * Decimal('9' * 35))
show('prec70 add', lambda: Decimal('9' * 69) + Decimal('1'))
show('prec70 q', lambda: Decimal('1.5').quantize(Decimal('1E-60')))
ctx.prec = 28
ctx.Emax = 10
show('emax mul', lambda: Decimal('1E+5') * Decimal('1E+5'))
show('emax mul2', lambda: Decimal('1E+5') * Decimal('1E+6'))
show('emax q', lambda: Decimal('5').quantize(Decimal('1E+11')))
ctx.Emin = -10
show('emin mul', lambda: Decimal('1E-5') * Decimal('1E-5'))
show('emin mul2', lambda: Decimal('1E-5') * Decimal('1E-6'))
show('emin add', lambda: Decimal('1E-11') + Decimal('1E-11'))
ctx.clamp = 1
show('clamp mul', lambda: Decimal('1') * Decimal('1E+9'))
show('clamp add', lambda: Decimal('1E+9') + Decimal('1E+9'))
show('clamp q', lambda: Decimal('5').quantize(Decimal('1E-5')))
ctx.prec = 3
show('clamp prec3 mul', lambda: Decimal('1') * Decimal('1E+9'))
with localcontext() as lc:
    lc.prec = 2
    show('local mul', lambda: Decimal('1.23') * 2)
    show('local add', lambda: Decimal('1.23') + 2)
show('after local mul', lambda: Decimal('1.23') * 2)
with localcontext(prec=50, Emax=999999, Emin=-999999, clamp=0):
    show('local kw', lambda: Decimal('1' * 40) * 3)
print(repr(getcontext()))
try:
    getcontext()._lim = None
except AttributeError as e:
    print('AttributeError', e)
try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)
print(repr(Context().copy()))
print(repr(decimal.DefaultContext))

print('--- str')
fresh()
for x in ['12.34', '-12.34', '0.001', '-0.000001', '0.0000001', '123', '-0', '0E-7', '1E+3',
          '1.5E-10', '1' * 30 + '.5', '-' + '9' * 25 + 'E-30', 'NaN', '-sNaN5', '-Inf',
          '123456789012345678901234567890E-5', '0.' + '0' * 5 + '1']:
    d = Decimal(x)
    print('str', x[:40], str(d), repr(d), d.to_eng_string(), format(d, ''), '%s' % d)
getcontext().capitals = 0
print('caps0', str(Decimal('1E+5')), str(Decimal('1.5')))

print('--- hashing and equality')
fresh()
for x in ['1.5', '2', '2.000', '-0', '0.1', '1E+3', '12.34']:
    d = Decimal(x)
    print('hash', x, hash(d) == hash(float(d)), hash(d) == hash(Fraction(d)),
          d == float(d), d == Fraction(d), d == int(d) if d == d.to_integral_value() else '-')
print('hash int', hash(Decimal(7) * Decimal('1.0')) == hash(7), Decimal(7) * Decimal('1.0') == 7)
print('flags end', flags())

print('--- quantize with clamping')
for prec, emax, emin in [(28, 10, -10), (5, 10, -10), (3, 5, -5)]:
    c = Context(prec=prec, Emax=emax, Emin=emin, clamp=1, traps=[])
    for x, q in [('5', '1E-5'), ('0', '1E-5'), ('-0', '1E+9'), ('5', '1E+9'), ('5.123', '1E-2'),
                 ('1234', '1E+3'), ('1.5', '1E+1'), ('12', '1E+5'), ('12', '1E+4'), ('7', '1E+10'),
                 ('7', '1E+11'), ('0', '1E+3'), ('0.00', '1E+4'), ('NaN', '1E+4')]:
        c.clear_flags()
        r = c.quantize(Decimal(x), Decimal(q))
        print('clamp q', prec, emax, x, q, repr(r), flags(c))
c = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[Clamped])
try:
    c.quantize(Decimal('5'), Decimal('1E+9'))
except Clamped as e:
    print('Clamped', e, flags(c))

print('--- signal lists')
for v in [[Inexact], (Inexact,), {Inexact: True}, 5, [ValueError],
          {s: False for s in SIGS}]:
    for k in ('flags', 'traps'):
        try:
            with localcontext(**{k: v}) as c:
                print('local', k, 'ok', c.flags[Inexact], c.traps[Inexact])
        except Exception as e:
            print('local', k, type(e).__name__, e)
        try:
            c = Context(**{k: v})
            print('ctor', k, 'ok', c.flags[Inexact], c.traps[Inexact])
        except Exception as e:
            print('ctor', k, type(e).__name__, e)

print('--- subnormal results')
for prec, emin, emax, clamp, x, q in [(30, -5, 30, 0, '6.79163E-15', '1E-16'),
                                      (30, -5, 30, 0, '6.79163E-15', '1E-10'),
                                      (28, -10, 5, 1, '6.79163E-15', '1E-15'),
                                      (28, -10, 5, 1, '-2.7E-19', '1E-19'),
                                      (5, -5, 5, 0, '1.23456E-6', '1E-9')]:
    c = Context(prec=prec, Emin=emin, Emax=emax, clamp=clamp, traps=[])
    print('sub q', prec, emin, emax, clamp, x, q, repr(c.quantize(Decimal(x), Decimal(q))), flags(c))
c = Context(prec=28, Emin=-10, Emax=5, clamp=1, traps=[])
for x, y in [('-2.7E-19', '34107'), ('1E-12', '3'), ('1.5E-11', '1'), ('1E-40', '1'),
             ('1.23E-38', '1')]:
    c.clear_flags()
    print('sub mul', x, y, repr(c.multiply(Decimal(x), Decimal(y))), flags(c))
    c.clear_flags()
    print('sub add', x, y, repr(c.add(Decimal(x), Decimal(y) - 1)), flags(c))
