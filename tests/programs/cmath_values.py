# cmath on ordinary finite inputs: every function, compared digit for digit by repr
import cmath

names = ['sqrt', 'exp', 'log', 'log10', 'cosh', 'sinh', 'tanh', 'acosh', 'asinh', 'atanh',
         'acos', 'asin', 'atan', 'cos', 'sin', 'tan', 'phase', 'polar']
parts = [-3.7, -1.3, -0.9, -0.07, 0.0, 0.02, 0.45, 0.99, 1.0, 1.6, 5.5, 1e-9]


def call(fn, z):
    try:
        return repr(fn(z))
    except (ValueError, OverflowError) as e:
        return type(e).__name__


for name in names:
    fn = getattr(cmath, name)
    for x in parts:
        print(name, x, ' '.join(call(fn, complex(x, y)) for y in parts))

# magnitudes from subnormal to huge, and points next to the unit circle
odd = [complex(2.5e-310, 1e-320), complex(-3e-170, 7e-171), complex(1e20, -3.5),
       complex(-7e150, 2e150), complex(3e300, 4e300), complex(1.0000001, 1e-8),
       complex(0.9999999, -2e-4), complex(0.6, 0.8), complex(-1e-300, 1e300),
       complex(1e308, 1e308), complex(-1.5e308, -1e-300), complex(0.0, 1e-310),
       complex(1.0, 1e-160), complex(-1.0, -1e-200), complex(1e-8, 1.0 + 1e-9)]
for z in odd:
    print(repr(z))
    for name in names:
        print('   ', name, call(getattr(cmath, name), z))

# real and integer arguments
for v in (2, -2, 0.5, -0.5, 3, 10, -1e-5, 1e-5):
    print(v, [call(getattr(cmath, n), v) for n in ('sqrt', 'log', 'acos', 'asin', 'atanh', 'acosh')])

# identities that hold exactly in CPython
for z in (0.3 + 0.4j, -2 + 1j, 1e-3 - 5j):
    print(cmath.sin(z) == -1j * cmath.sinh(1j * z) or 'differs', cmath.log10(z) == cmath.log(z) / cmath.log(10) or 'differs')
