# int methods and attributes other than conversion to bytes.
import math
for n in [0, 1, 7, 8, -1, -8, 255, 2**100, -(2**100) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (0).as_integer_ratio())
print((5).is_integer(), (True).is_integer())
print((7).conjugate(), (-7).conjugate())
print((7).real, (7).imag, (7).numerator, (7).denominator)
print(True.real, True.numerator, type(True.real).__name__)
print((42).__index__(), True.__index__(), type(True.__index__()).__name__)
print([10, 20, 30][True], 'abc'[int.__index__(2)])
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1251, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(7, 2), round(7), type(round(7, -1)).__name__, round(123456, -10))
print((1234).__round__(-2), (1234).__round__(), (1234).__round__(3))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (-7).__ceil__())
print(math.trunc(-9), math.floor(-9), math.ceil(-9))
print((17).__divmod__(5), (-17).__divmod__(5), (17).__rdivmod__(5))
print((3).__pow__(4), (3).__pow__(4, 5), pow(3, -1, 7), pow(2, 10, 1000))
try:
    pow(2, -1, 4)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except Exception as e:
    print(type(e).__name__, e)
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(4))
print((5).__add__(1.5), (5).__mul__('x'), (5).__radd__(2), (5).__rsub__(2))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__('5'), (5).__hash__() == hash(5))
print(int.__add__(3, 4), int.__sub__(10, 4), int.__floordiv__(-7, 2), int.__mod__(-7, 2))
print(int.__truediv__(7, 2), int.__float__(3), int.__int__(True), type(int.__int__(True)).__name__)
print(format(255, 'x'), format(255, '#o'), format(255, '08b'), format(1234567, ','), format(1234567, '_'))
print(format(-42, '+d'), format(42, ' d'), format(42, '^8'), format(42, '*<6'), format(65, 'c'))
print(format(10**6, 'e'), format(3, '.2f'), format(3, '%'), format(1234, '_x'), format(255, '#X'))
try:
    (1).bit_length(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    round(5, 1.5)
except Exception as e:
    print(type(e).__name__, e)
print(int.__new__(int, 5), int(), int(True), int(-0.9), int(2.9e3))
print((-5) // 2, (-5) % 2, 5 // -2, 5 % -2, -(5 // 2))
print(divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5))
try:
    divmod(1, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    1 % 0
except Exception as e:
    print(type(e).__name__, e)
