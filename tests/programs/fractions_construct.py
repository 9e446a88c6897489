# Fraction construction: ints, rationals, floats, strings, errors.
from fractions import Fraction as F
import fractions


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


print(fractions.__all__)
print(F(), F(7), F(-7), F(6, 4), F(3, -6), F(-3, -6), F(0, -6), F(10**20, 10**18))
print(F(True), F(True, 2), F(F(1, 2), F(1, 3)), F(F(3, 4)), F(numerator=5, denominator=10))
print(F(2, F(3, 4)), F(F(5, 6), 10), F(0.5), F(-0.0), F(0.1), F(2.0 ** 70), F(1e-10))
print(F(5e-324).denominator.bit_length(), F(1.7976931348623157e308).numerator.bit_length())

for args in [(1, 0), (0, 0), (-5, 0), (F(1, 2), 0), (1.5, 2), (2, 4.0), ('1', 2),
             ([],), (None,), (1j,), (float('inf'),), (float('-inf'),), (float('nan'),)]:
    show('F%r' % (args,), lambda: F(*args))

strings = ['3/4', ' 3/4 ', '\t-3/7\n', ' 3 /4', '3/ 4', '3 / 4', '1_000/3', '1_000',
           '-1.5e3', ' -1.5e3 ', '1.5e-3', '1E+3', '1e+5', '.5', '5.', '-.5', '+3',
           '00012/00004', '1_0.0_1e1_0', '0/5', '-0', '3.14159', '1e-20', '7e0',
           '\u0663', '1.\u0663', '\xa03\xa0', '100/10', '-2/-4', '1/-3', '3/4.', '1e5/2',
           '1__0', '_1', '1_', '1._5', '1_.5', '1.5_', '3/_4', '3/4_', '1e-_1',
           '.e1', '.', '', ' ', '- 3', '+ 3', '1 e5', '1e', 'inf', 'nan', '0x10',
           '3/4/5', '1.5/2', '3/0', '-3/0', '0/0', 'abc', '1.2.3', '1e5e5', '/3', '3/']
for s in strings:
    show('F(%r)' % s, lambda: F(s))

# from_float / from_decimal
for x in [0.5, -2.75, 1e100, 3, True, float('inf'), float('nan'), 'x', F(1, 2), 2.5j]:
    show('from_float(%r)' % (x,), lambda: F.from_float(x))
for x in [3, True, 1.5, 'x', None]:
    show('from_decimal(%r)' % (x,), lambda: F.from_decimal(x))


class G(F):
    pass


print(repr(G(1, 2)), str(G(3)), type(G.from_float(0.5)).__name__, type(G('1/3')).__name__)
print(type(G(1, 2) + 1).__name__, type(-G(1)).__name__, type(+G(1)).__name__,
      type(abs(G(1))).__name__, type(G(1, 2) ** 2).__name__)
print(type(G(3, 2).limit_denominator(1)).__name__, type(G(1, 2).limit_denominator(5)).__name__,
      type(round(G(1, 3), 2)).__name__)
show('G.from_float("x")', lambda: G.from_float('x'))

import copy
f = F(3, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
g = G(3, 7)
print(copy.copy(g) is g, type(copy.copy(g)).__name__, copy.deepcopy(g), g.__reduce__()[1])

# attributes
f = F(-9, 12)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer(), F(8, 4).is_integer())
print(f.real, f.imag, f.conjugate(), str(f), repr(f), str(F(4)), repr(F(4)))
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError')
try:
    f.foo = 1
except AttributeError as e:
    print('AttributeError')
print(F.__slots__, isinstance(f, __import__('numbers').Rational))
