# Decimal quantize, round(), to_integral_* and __format__.
from decimal import (Decimal as D, Context, localcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, Inexact, InvalidOperation)


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def flags(ctx):
    return [s.__name__ for s, on in ctx.flags.items() if on]


for x, q in [('1.2345', '0.01'), ('1.235', '0.01'), ('1.245', '0.01'), ('-1.245', '1E-2'), ('123', '1E+1'),
             ('123', '1E-3'), ('0', '1E-5'), ('-0', '1E+2'), ('Inf', '1'), ('Inf', 'Inf'), ('1', 'Inf'),
             ('NaN', '1'), ('9.999', '0.01'), ('1E-30', '1E-2')]:
    ctx = Context(traps=[])
    print('quantize', x, q, ctx.quantize(D(x), D(q)), flags(ctx))
for mode in [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, D('7.325').quantize(D('.01'), rounding=mode), D('-7.325').quantize(D('.01'), mode),
          D('7.301').quantize(D('0.1'), mode))
show('too many digits', lambda: D(1).quantize(D('1e-30')))
show('small prec', lambda: D('123.456').quantize(D('0.01'), context=Context(prec=4)))
show('bad rounding', lambda: D(1).quantize(D(1), rounding='bad'))
show('big exponent', lambda: D(1).quantize(D('1E+1000000')))
print(D('1.5').same_quantum(D('2.7')), D('1.5').same_quantum(D('2')), D('Inf').same_quantum(D('-Inf')),
      D('NaN').same_quantum(D('sNaN')), D(1).same_quantum(D('NaN')))

# round()
for x in ['2.5', '3.5', '-2.5', '0.5', '1.2345', '-0.0001', '1234.5678', '1E+3']:
    d = D(x)
    print('round', x, round(d), round(d, 2), round(d, 0), round(d, -2), type(round(d)).__name__)
with localcontext(rounding=ROUND_UP):
    print('round up ctx', round(D('1.21'), 1), round(D('2.5')))
for label, fn in [('nan', lambda: round(D('NaN'))), ('inf', lambda: round(D('-Inf'))),
                  ('inf nd', lambda: round(D('Inf'), 2)), ('nan nd', lambda: round(D('NaN'), 2)),
                  ('big', lambda: round(D('1e30'), 2)), ('bad nd', lambda: D('1.5').__round__('a'))]:
    show(label, fn)

# to_integral
for x in ['2.5', '-3.5', '1.0', '10.00', '7E+1', '0.00', '-0.5', 'Inf', 'NaN']:
    ctx = Context(traps=[])
    a = ctx.to_integral_value(D(x))
    b = ctx.to_integral_exact(D(x))
    print('integral', x, a, b, D(x).to_integral(ROUND_FLOOR), flags(ctx))

# format
vals = ['0', '-0', '1.5', '-1234567.891', '1E+5', '1.23E-8', '123456789', '0.000123', '100',
        '-0.0', 'Infinity', '-Infinity', 'NaN', '-NaN123', '12.5', '0E-10', '9.999', '0.5', '0E+5']
specs = ['', '.3', '.0', 'e', '.2e', 'E', 'f', '.2f', '.0f', 'F', 'g', '.3g', 'G', '%', '.1%', 'n',
         '10', '<10', '^12.2f', '*>+15,.2f', '+', ' ', 'z.1f', '08.2f', '010,.1f', '=+12.3f', '.1g',
         'x<+8.1e', ',', ',g', ',.3e', '0>10', '.30f']
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(D(v), s))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(s), out)
for s in ['_', '#.0f', '#g', ',n', 'd', 'x', '.2s', '10.2z', 'zz', '.', ',,', '999999999999999999999']:
    show('bad spec %r' % s, lambda: format(D('1.5'), s))
show('bad spec type', lambda: format(D('1.5'), 5))
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print([format(D('1.99'), s) for s in ['.1f', '.2', '.1e', '', '.1%']], format(D('1e5'), ''))
print('{:>10}|{:<8.2f}|{:^9}|{:e}'.format(D('1.5'), D('2.345'), D('-7'), D('12345')))
print(f"{D('1234567.125'):,.2f} {D('-0.001'):z.1f} {D('0.000001234'):,g} {D('1.5'):\u00e9^9}")
