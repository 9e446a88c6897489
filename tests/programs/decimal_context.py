# Decimal contexts: attributes, validation, repr, flags, traps, signals, localcontext.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, DecimalException, Clamped, InvalidOperation,
                     ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined,
                     Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow,
                     FloatOperation, ROUND_DOWN, ROUND_HALF_UP)


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for sig in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(sig.__name__, [c.__name__ for c in sig.__mro__[1:-2]], sig.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.HAVE_THREADS)

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow, InvalidOperation])
print(c, c.Etiny(), c.Etop())
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.flags[Inexact], c.flags[Rounded], c.traps[InvalidOperation], c.traps[Inexact])
print(c.flags)
print(len(c.traps), [s.__name__ for s in c.traps], InvalidOperation in c.traps)
c.flags[Rounded] = True
c.traps[Overflow] = False
print(c)
c.clear_flags()
c.clear_traps()
print(c)
d = c.copy()
d.prec = 7
print(c.prec, d.prec)

for label, kw in [('prec0', dict(prec=0)), ('rounding', dict(rounding='x')), ('Emin', dict(Emin=1)),
                  ('Emax', dict(Emax=-1)), ('capitals', dict(capitals=2)), ('clamp', dict(clamp=2)),
                  ('flags', dict(flags=3)), ('traps dict', dict(traps={Inexact: 1})),
                  ('traps bad', dict(traps=[ValueError])), ('prec str', dict(prec='5'))]:
    show(label, lambda: Context(**kw))
ctx = Context()
show('set prec', lambda: setattr(ctx, 'prec', -1))
show('set rounding', lambda: setattr(ctx, 'rounding', 1))
show('set unknown', lambda: setattr(ctx, 'foo', 1))
show('flag key', lambda: ctx.flags['x'])
show('del flag', lambda: ctx.flags.__delitem__(Inexact))
show('setcontext', lambda: setcontext(5))

# flags order in repr and the list carried by trapped exceptions
c = Context(traps=[])
c.divide(D(1), 3)
c.multiply(D('1e-999999'), D('1e-10'))
c.create_decimal(0.1)
c.divide(1, 0)
c.divide(0, 0)
c.power(10, 1000000)
print(c)
every = [Inexact, Rounded, Subnormal, Underflow, Clamped, FloatOperation, Overflow,
         InvalidOperation, DivisionByZero]
c = Context(traps=every)
show('underflow', lambda: c.multiply(D('1e-999999'), D('1e-100')))
show('overflow', lambda: c.multiply(D('1e999999'), D('1e100')))
show('syntax', lambda: c.create_decimal('xx'))
show('float', lambda: c.create_decimal(0.1))
show('inexact', lambda: c.divide(D(1), 3))
c = Context(prec=5, traps=[Subnormal])
show('subnormal', lambda: c.multiply(D('1e-999999'), D('1.5e-3')))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__, e.args)
try:
    D('bad')
except InvalidOperation as e:
    print('caught', type(e).__name__, isinstance(e.args[0], list))

# untrapped signals give special values
with localcontext() as lc:
    lc.traps[InvalidOperation] = False
    lc.traps[DivisionByZero] = False
    print(D('x'), D(1) / 0, D(0) / 0, D('sNaN') + 1, lc.flags[InvalidOperation])

# localcontext forms
with localcontext(prec=3, rounding=ROUND_HALF_UP) as lc:
    print(lc.prec, D(2) / 3, D('2.675') + 0)
print(getcontext().prec, D(2) / 3)
with localcontext(Context(prec=2)) as lc:
    print(D(1) / 7, lc.prec)
show('bad kw', lambda: localcontext(foo=1))
show('bad val', lambda: localcontext(prec=-3))
show('bad ctx', lambda: localcontext(3))
with localcontext(traps=[Inexact]):
    show('kw traps', lambda: D(1) / 3)
saved = getcontext()
setcontext(Context(prec=4))
print(D(1) / 3, getcontext().prec)
setcontext(saved)
print(D(1) / 3)
