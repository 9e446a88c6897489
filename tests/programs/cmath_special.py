# cmath on infinities, NaNs and signed zeros (C99 Annex G as CPython implements it)
import cmath
import math

inf, nan = math.inf, math.nan
parts = [-inf, -2.3, -0.5, -0.0, 0.0, 0.5, 2.3, 4.0, inf, nan, 1.0, -1.0]
names = ['sqrt', 'exp', 'log', 'log10', 'cosh', 'sinh', 'tanh', 'acosh', 'asinh', 'atanh',
         'acos', 'asin', 'atan', 'cos', 'sin', 'tan', 'phase', 'polar',
         'isfinite', 'isinf', 'isnan']


def fmt(value):
    # repr hides the sign of a NaN, so show zeros' signs explicitly and nothing else
    if isinstance(value, tuple):
        return '(%s)' % ', '.join(fmt(v) for v in value)
    return repr(value)


def call(fn, *args):
    try:
        return fmt(fn(*args))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


for name in names:
    fn = getattr(cmath, name)
    print('==', name)
    for x in parts:
        row = []
        for y in parts:
            if math.isfinite(x) and math.isfinite(y):
                continue
            row.append(call(fn, complex(x, y)))
        print(repr(x), ' '.join(row))

print('== rect')
for r in parts:
    print(repr(r), ' '.join(call(cmath.rect, r, p) for p in parts
                            if not (math.isfinite(r) and math.isfinite(p))))

print('== log with a base')
for z in (0j, -0j, complex(-0.0, 0.0), complex(inf, 0), complex(nan, 1), 1, 2, 1j):
    print(repr(z), [call(cmath.log, z, b) for b in (2, 0.5, 1, 0, 1j, complex(inf, 1), nan)])

print('== tiny results from atan2')
for z in (complex(1e300, 1e-20), complex(1e300, 1e-300), complex(-1e300, 1e-300),
          complex(inf, 1e-300), complex(1e300, 5e-324), complex(1, 5e-324),
          complex(1e10, -5e-324), complex(1e200, 0.0)):
    print(repr(z), call(cmath.phase, z), call(cmath.polar, z), call(cmath.log, z))

print('== overflow')
for z in (complex(709.7, 0), complex(709.8, 0), complex(710, 0.5), complex(709.9, 1),
          complex(-1000, 1), complex(1000, 0), complex(0, 710), complex(711, 3)):
    print(repr(z), [call(getattr(cmath, n), z) for n in ('exp', 'cosh', 'sinh', 'tanh')])
for z in (710j, -710j, complex(1.0, 711), complex(0.0, -1000), complex(-0.0, 800)):
    print(repr(z), [call(getattr(cmath, n), z) for n in ('cos', 'sin', 'tan')])

print('== domain')
for z in (0, 0j, -0.0, 1, -1, 1j, -1j, complex(1, -0.0), complex(-1, -0.0)):
    print(repr(z), [call(getattr(cmath, n), z) for n in ('log', 'log10', 'atanh', 'atan', 'sqrt', 'acosh')])
