# Float repr and parsing.
for v in [0.1, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 2.0, 100.0, 1e22, 1e21,
          123456789.0, 0.5, 0.25, 1e100, 5e-324, 1.7976931348623157e308, 12345.678,
          3.141592653589793, 2.718281828459045, 0.30000000000000004, 1e-7, 9.99e15]:
    print(repr(v), str(v))
inf = float('inf')
print(inf, -inf, float('nan'), float('-inf'), float('Infinity'), float(' -iNF '))
print(-0.0, 0.0, -0.0 == 0.0, repr(-0.0))
print(float('1.5'), float('  -2.25  '), float('1e3'), float('1_000.5'), float('.5'), float('5.'))
print(float(3), float(-7), float(True), float(2 ** 60))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 10 / 4, 9 / 3, 1 / 7)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-1.0, 3), 5.0 % 3, -5.0 % 3)
print(round(2.675, 2), round(2.5), round(3.5), round(0.125, 2), round(1.23456, 3))
print(round(-0.5), round(1.5), round(1e20), round(123.456, -1), round(2.5, 0))
print(1 == 1.0, 1 < 1.5, 2 > 1.99, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 == 1 / 2)
print(int(2.5), int(-2.5), int(1e10), float(10 ** 20) == 10 ** 20)
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf, inf - inf != inf - inf)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan][0] is nan)
print(abs(-2.5), abs(-0.0), -(-1.5), +2.5)
print(2.0 ** 10, 2 ** -1, 4 ** 0.5, (-8) ** 2.0, 2.0 ** -3)
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10)
print((0.1).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(max(1, 2.0), min(1.0, 1), max(0.5, 0), sum([0.1] * 10))
print(3 * 1.0, 3 + 0.0, type(3 * 1.0).__name__, 7 / 7, type(7 / 7).__name__)
for s in ['abc', '1.2.3', '']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for a, b in [(1.0, 0.0), (1.0, 0), (0.0, 0.0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    5.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
