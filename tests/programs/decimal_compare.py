# Decimal comparisons with ints/floats/rationals, hashing, int/float/ratio conversions.
import math
from decimal import Decimal as D, getcontext, localcontext, FloatOperation, InvalidOperation


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Other:
    """Not a number: comparisons fall back to the interpreter."""


print(D('1.0') == 1, D('1.5') > 1, D(2) <= D('2.00'), D('-0') == 0, D(1) != D('1.000'), 3 > D('2.9'))
print(sorted([D('2.5'), D(-1), D('0.1'), D('1E+1'), D('-0.5')]), max(D(1), D('1.0')), min(D(3), D(2)))
print(D('0.5') == 0.5, D('0.1') == 0.1, D('0.1') < 0.1, D(1) == 1 + 0j, D(1) != 1j, D(1) == 'a')
print(D('0.5') == Other(), D('0.5') != Other())
getcontext().clear_flags()
print(D('1.5') == 1.5, getcontext().flags[FloatOperation])
getcontext().clear_flags()
print(D('1.5') < 2.0, getcontext().flags[FloatOperation])
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    print(D(1) == 1.0)
    show('float order', lambda: D(1) < 1.5)
    show('float ctor', lambda: D(1.5))
    show('from_float ok', lambda: D.from_float(1.5))
print(D('NaN') == D('NaN'), D('NaN') != D('NaN'), D('NaN') == 1)
show('nan order', lambda: D('NaN') < 1)
show('snan eq', lambda: D('sNaN') == 1)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(D('NaN') < 1, D('NaN') >= 1, D('sNaN') == D(1), ctx.flags[InvalidOperation])
print(D('Inf') > 10 ** 100, D('-Inf') < -10 ** 100, D('Inf') == float('inf'), D('1E+400') > 1e308)

# hashing agrees with the other numeric types
for x in ['0', '-0', '1', '1.0', '0.5', '-2.25', '1E+30', '123.456', '1E-30', '2.5E+3', 'Infinity', '-Infinity']:
    d = D(x)
    print('hash', x, hash(d), hash(d) == hash(float(d)), hash(d) == hash(D(str(d))))
print(hash(D(10 ** 20)) == hash(10 ** 20), hash(D(-1)), hash(D('0.1')) == hash(0.1), len({D(1), D('1.00'), 1, 1.0}))
show('hash snan', lambda: hash(D('sNaN')))
print(type(hash(D('NaN'))).__name__)

# conversions
for x in ['1.9', '-1.9', '0.5', '-0', '1E+3', '123456789012345678901234567890.5', '1E-5']:
    d = D(x)
    print('conv', x, int(d), float(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), d.as_integer_ratio(),
          bool(d), complex(d))
print(float(D('NaN')), float(D('-Inf')), bool(D('NaN')), bool(D('0E+5')), float(D('1E+400')), float(D('1E-400')))
for label, fn in [('int nan', lambda: int(D('NaN'))), ('int inf', lambda: int(D('-Inf'))),
                  ('ratio nan', lambda: D('NaN').as_integer_ratio()), ('ratio inf', lambda: D('Inf').as_integer_ratio()),
                  ('float snan', lambda: float(D('sNaN'))), ('floor nan', lambda: math.floor(D('NaN'))),
                  ('ceil inf', lambda: math.ceil(D('Inf')))]:
    show(label, fn)
print(D('0.125').as_integer_ratio(), D('-2.50').as_integer_ratio(), D('1E+2').as_integer_ratio())
print(D(3).__floor__(), D('-3.5').__ceil__(), '%s %r' % (D('1.10'), D('2')), str(D('-0E-3')))
print(D('3.14') * 2 == D('6.28'), sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1)
