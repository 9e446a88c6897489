# Decimal arithmetic under every rounding mode, special values and errors.
from decimal import (Decimal as D, Context, localcontext, getcontext, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP, Inexact, Rounded, InvalidOperation)

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]


def show(label, fn):
    try:
        r = fn()
        print(label, r if isinstance(r, (tuple, bool)) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def flags(ctx):
    return [s.__name__ for s, on in ctx.flags.items() if on]


# rounding modes on ties and non-ties, both signs
values = ['2.5', '3.5', '2.51', '-2.5', '-2.49', '1.05', '1.15', '0.05', '-1.96', '9.95', '1.0']
for mode in MODES:
    ctx = Context(prec=2, rounding=mode)
    print(mode, [str(ctx.plus(D(v))) for v in values])
    print('  div', [str(ctx.divide(D(a), D(b))) for a, b in [(1, 3), (2, 3), (-2, 3), (1, 8), (-5, 8)]])

# basic operators, exact and rounded
a, b = D('12.345'), D('-0.67')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(D(7) // 2, D(-7) // 2, D(7) % -2, D(-7) % 2, divmod(D(-7), D(2)), D('7.5') // D('0.5'))
print(D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('1.00') / D('3'), D(100) / D(4), D(1) / D(8))
print(D('0.1') + D('0.2') == D('0.3'), 1 + D('0.5'), 3 - D(1), 2 * D('1.5'), 7 / D(2), 7 // D(2), 7 % D(3))
print(D('1E+2') / D('1E+2'), D('10') / D('0.1'), D('1E-3') * D('1E-4'), D(0) * D('-5'), D('-0') + D('0'))
print(D(2) ** 10, D(2) ** -2, D('1.1') ** 3, D(4) ** D('0.5'), D(10) ** -3, D('0.5') ** -2, D(-2) ** 3)
print(pow(D(3), 4, 5), pow(D(-3), 3, 5), pow(D('3.0'), 4, 5), 2 ** D(3), D(3).__rpow__(2))
print(D('1.5').__rmul__(2), D('1.5').__radd__(D(2)))

# zero signs and rounding modes
for mode in [ROUND_HALF_EVEN, ROUND_FLOOR]:
    with localcontext(rounding=mode):
        print(mode, D('0') + D('-0'), D('-0') + D('-0'), D(1) - D(1), -D(0), +D('-0'), abs(D('-0')))

# special values
for x, y in [('Inf', '1'), ('Inf', '-Inf'), ('-Inf', '-Inf'), ('1', 'Inf'), ('NaN', '1'), ('1', 'NaN5'),
             ('Inf', '0'), ('0', '0'), ('5', '0'), ('-5', '0'), ('Inf', 'Inf')]:
    ctx = Context(traps=[])
    res = []
    for op in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder']:
        res.append(str(getattr(ctx, op)(D(x), D(y))))
    print(x, y, res, flags(ctx))

# trapped errors
for label, fn in [('1/0', lambda: D(1) / 0), ('0/0', lambda: D(0) / 0), ('1//0', lambda: D(1) // 0),
                  ('1%0', lambda: D(1) % 0), ('0%0', lambda: D(0) % 0), ('divmod', lambda: divmod(D(1), 0)),
                  ('inf-inf', lambda: D('Inf') - D('Inf')), ('snan', lambda: D('sNaN') + 1),
                  ('impossible', lambda: D(10) ** 30 // D('0.001')), ('0**0', lambda: D(0) ** 0),
                  ('neg**frac', lambda: D(-2) ** D('0.5')), ('powmod', lambda: pow(D(3), 4, D('5.5'))),
                  ('float', lambda: D(1) + 1.5), ('rfloat', lambda: 1.5 * D(1)), ('str', lambda: D(1) - '1'),
                  ('ctx float', lambda: getcontext().add(1.5, 1)), ('ctx str', lambda: getcontext().add('1', 1)),
                  ('0**-1', lambda: D(0) ** -1), ('-0**-1', lambda: D('-0') ** -1), ('inf**-3', lambda: D('-Inf') ** -3)]:
    show(label, fn)

# precision and flags of inexact results
ctx = Context(prec=5)
for op, x, y in [('add', '12345', '0.5'), ('add', '12345', '0.50001'), ('multiply', '99999', '99999'),
                 ('divide', '2', '3'), ('subtract', '1', '1E-10'), ('add', '1E+10', '1E-10'),
                 ('power', '3', '50'), ('power', '2', '-3'), ('remainder_near', '10', '6'),
                 ('remainder_near', '10', '4'), ('remainder_near', '-10', '4'), ('fma', '2', '3')]:
    ctx.clear_flags()
    if op == 'fma':
        r = ctx.fma(D(x), D(y), D('0.00001'))
    else:
        r = getattr(ctx, op)(D(x), D(y))
    print(op, x, y, r, flags(ctx))
print(D(2).fma(3, 5), D('1E+2').fma(D('1E+3'), -1), D('Inf').fma(0, 1) if False else '')
show('fma inf*0', lambda: D('Inf').fma(0, 1))

# overflow and underflow in small contexts
for mode in MODES:
    ctx = Context(prec=3, Emax=9, Emin=-9, rounding=mode, traps=[])
    big = ctx.multiply(D('9.99E+9'), D(10))
    nbig = ctx.multiply(D('-9.99E+9'), D(10))
    tiny = ctx.multiply(D('1E-9'), D('1.5E-3'))
    print(mode, big, nbig, tiny, flags(ctx))
