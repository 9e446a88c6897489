# Subclasses of complex: construction, arithmetic results, methods, repr/format, cmath.
class S(complex):
    def hi(self): return 'hi'
s = S(1, 2)
print(s, repr(s), type(s).__name__, s + 1, type(s + 1).__name__, s * 2, abs(S(3, 4)), s.real, s.imag, s.conjugate(), s.hi())
print(S('1+2j'), S(), S(3), isinstance(s, complex), s == 1+2j, hash(s) == hash(1+2j), complex(s), type(complex(s)).__name__)
class T(complex):
    def __new__(cls, v): return super().__new__(cls, v, 1)
    def __repr__(self): return 'T!'
print(T(5), str(T(5)), T(5) - 1j, f'{T(2):.2f}', -s, +s, s ** 2, 1 / S(1, 1))
import cmath
print(cmath.sqrt(S(-4, 0)), cmath.phase(s))
