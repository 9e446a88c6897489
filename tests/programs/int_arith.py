# Integer arithmetic: small and big ints, floor division, modulo, pow, bit ops.
print(2 ** 100)
print(-(2 ** 100))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // 3 ** 20, f % 1000003)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(divmod(2 ** 70, 12345), divmod(-(2 ** 70), 12345))
print(pow(2, 10), pow(3, 200, 1000), pow(-2, 3), pow(2, -1), pow(7, 0))
print(pow(38, -1, 97), pow(2, 100, 2 ** 61 - 1))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, -6 & 0xFF, -1 ^ 255)
print(1 << 100, (1 << 100) >> 99, -8 >> 1, -1 >> 100, 255 >> 4)
print((2 ** 100) & (2 ** 99 + 12345), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(int('123'), int('-0042'), int('ff', 16), int('0xff', 16), int('0b101', 0))
print(int(' 12 '), int('1_000'), int('z', 36), int('777', 8), int('+5'))
print(int(3.9), int(-3.9), int(True), int(1e20), int(-0.5))
print(round(3.5), round(4.5), round(-2.5), round(1234, -2), round(1250, -2), round(17))
print(abs(-5), abs(2 ** 80 * -1), abs(0))
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(123456789 * 987654321, 123456789123456789 * 987654321987654321)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 + 1 - 2 ** 64)
print((2 ** 100) // (2 ** 50), (2 ** 100) % (2 ** 50 + 1))
print(3 ** 3 ** 2, (-3) ** 3, -3 ** 2, 2 ** 0.5 == 2 ** 0.5)
print(7 // 1, 0 // -3, -0, 10 - 20, 3 * -4)
print(sum(range(1, 101)), max(2 ** 70, 3 ** 40), min(-(2 ** 70), -(3 ** 40)))
print(1 == 1, 2 ** 100 == 2 ** 100, 2 ** 100 < 2 ** 101, -(2 ** 100) < 5)
print(int.bit_length(255), (2 ** 100).bit_length(), (-1).bit_length(), (0).bit_length())
print(True + True, True * 10, False - 1)
cases = [("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0), ("divmod(1, 0)", lambda: divmod(1, 0)),
         ("1 / 0", lambda: 1 / 0), ("2 ** 100 // 0", lambda: 2 ** 100 // 0), ("pow(0, -1)", lambda: pow(0, -1))]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, e)
try:
    int('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('12', 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
