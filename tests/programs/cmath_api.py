# cmath: constants, argument conversion, call errors, rect/polar/phase, log bases, isclose
import cmath
import math


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real, math.isnan(cmath.nanj.imag))
print(sorted(n for n in dir(cmath) if not n.startswith('_')))


class Cx:
    def __complex__(self):
        return 1 + 2j


class Fl:
    def __float__(self):
        return 2.5


class Ix:
    def __index__(self):
        return 3


class BadC:
    def __complex__(self):
        return 5


class BadF:
    def __float__(self):
        return 'x'


class Both:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 1.0


for arg in ['a', None, [1], Cx(), Fl(), Ix(), BadC(), BadF(), True, 10 ** 400,
            1.5, 3, -4, Both(), b'x', 2 ** 60, 4j]:
    show(cmath.sqrt, arg)
    show(cmath.phase, arg)
print(type(cmath.exp(0)).__name__)

for name in ('sqrt', 'exp', 'atan', 'phase', 'polar', 'isnan', 'isinf', 'isfinite'):
    fn = getattr(cmath, name)
    show(fn)
    show(fn, 1, 2)
    show(fn, z=1)
    print(fn.__name__)

show(cmath.log)
show(cmath.log, 1, 2, 3)
show(cmath.log, x=1)
for z, base in [(8, 2), (2, 8), (100, 10), (1j, 1j), (-1, 1j), (1, 1), (2, 1), (1, 0),
                (0, 2), (0, 0.5), (0, 1), (0j, 2j), (1e-320, 2), (10, -10), (3 + 4j, 1 - 1j),
                (2, 'a'), (2, None), ('a', 2)]:
    show(cmath.log, z, base)

for r, phi in [(1, 0), (2, math.pi / 2), (-1, 0.0), (-1, -0.0), (0.0, -0.0), (-0.0, 0.0),
               (3, -math.pi), (1e308, 0.5), (True, Ix())]:
    show(cmath.rect, r, phi)
show(cmath.rect, 1)
show(cmath.rect, 1, 2, 3)
show(cmath.rect, 1, phi=2)
show(cmath.rect, 1j, 1)
show(cmath.rect, 1, 'a')

for z in (1, -1, 1j, -1j, 3 + 4j, -3 - 4j, complex(-1, 0.0), complex(-1, -0.0), 0j, -0j,
          complex(1e308, 1e308), complex(1e300, 1e-300), complex(-1e300, 1e-300)):
    show(cmath.polar, z)
    show(cmath.phase, z)

for z in (1, 1j, complex(math.inf, 0), complex(0, -math.inf), complex(math.nan, 1),
          complex(1, math.nan), complex(math.inf, math.nan), 1e308):
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

pairs = [(1, 1 + 1e-10), (1, 1 + 1e-8), (1e308, -1e308), (1e308j, -1e308j), (0, 1e-10),
         (0j, 1e-300), (1 + 1j, 1 + 1.0000000001j), (complex(math.inf, 0), complex(math.inf, 0)),
         (complex(math.inf, 0), complex(math.inf, 1)), (complex(math.nan, 0), complex(math.nan, 0)),
         (complex(math.inf, 0), 1e308)]
for a, b in pairs:
    print(cmath.isclose(a, b), cmath.isclose(a, b, abs_tol=1e-9), cmath.isclose(a, b, rel_tol=1e-7),
          cmath.isclose(b, a, rel_tol=0.0, abs_tol=0.0))
show(cmath.isclose, 1, 2, rel_tol=-1)
show(cmath.isclose, 1, 2, abs_tol=-1)
show(cmath.isclose, 1, 2, rel_tol='x')
show(cmath.isclose, 1)
show(cmath.isclose, 1, 2, 3)
show(cmath.isclose, 1, a=2)
show(cmath.isclose, 1, 2, b=3)
show(cmath.isclose, 1, b=1, foo=2)
show(cmath.isclose, a=1j, b=1j)
show(cmath.isclose, 'a', 1)
show(cmath.isclose, 1, 1.5, rel_tol=Fl())
