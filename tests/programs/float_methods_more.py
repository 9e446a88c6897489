# float methods: is_integer, as_integer_ratio, conjugate, round, trunc, floor/divmod of negatives.
import math
for x in [0.0, -0.0, 2.0, 2.5, -3.75, 1e20, 0.1, 1e-3]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
for x in [float('inf'), float('nan')]:
    print(x.is_integer())
    try:
        x.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
for x in [2.5, 3.5, -2.5, 0.125, 2.675, 1234.5678, -0.5, 0.5, 1.5]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, -2), type(round(x)).__name__)
print(round(1e300, -300), round(5e-324, 400), round(123.456, 400), round(-0.0), round(-0.4, 0))
print(x.__round__(), (2.5).__round__(None), (2.567).__round__(1))
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.7), (-2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__())
print(int(-2.7), int(2.7), int(-0.0), int(1e18))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1.0, 0.1), (0.0, -3.0), (-0.0, 3.0), (1e-300, -1.0)]:
    print(a, b, divmod(a, b), a // b, a % b, math.fmod(a, b))
for op in ['//', '%', '/']:
    try:
        eval('1.0 ' + op + ' 0.0')
    except Exception as e:
        print(op, type(e).__name__, e)
try:
    divmod(1.0, 0)
except Exception as e:
    print(type(e).__name__, e)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__add__(1.5, 'x'))
print((2.0).__pow__(0.5), (-8.0) ** (1/3) == (-8.0) ** (1/3), type((-8.0) ** 0.5).__name__)
print((2.5).__int__(), (2.5).__float__(), (2.5).__abs__(), (-2.5).__neg__(), (2.5).__bool__(), (0.0).__bool__())
print(float('1_000.5'), float(' -1.5e3 '), float('1e-5'), float(b'2.5'), float('+.5'), float('5.'))
for s in ['1__0', '_1', '1_', '', 'e5', '1e', '0x10', '1,5']:
    try:
        float(s)
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(2**2000)
except Exception as e:
    print(type(e).__name__, e)
try:
    2.0 ** 20000
except Exception as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5 + 'x'
except Exception as e:
    print(type(e).__name__, e)
print(float.__getformat__('double') in ('IEEE, little-endian', 'IEEE, big-endian'))
