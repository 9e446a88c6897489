# cmath with subclasses of complex and float as arguments (results are plain complex)
import cmath


class Sub(complex):
    pass


class SubWithHook(complex):
    def __complex__(self):
        return complex(9, 0)


class FSub(float):
    pass


for arg in (Sub(1, 2), Sub(-4, 0), SubWithHook(1, 1), FSub(2.25), FSub(-1.0)):
    r = cmath.sqrt(arg)
    print(type(arg).__name__, repr(r), type(r).__name__, cmath.phase(arg), cmath.isfinite(arg))
print(cmath.rect(FSub(2.0), FSub(0.0)), cmath.log(Sub(8, 0), FSub(2.0)))
print(cmath.isclose(Sub(1, 1), 1 + 1j), cmath.polar(Sub(3, 4)))
