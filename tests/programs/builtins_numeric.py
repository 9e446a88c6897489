# numeric builtins: hex/oct/bin, divmod, round, hash of numbers, ord/chr, int/float conversion.
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 64))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(0, 3))
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000001]:
    print(v, round(v), type(round(v)).__name__, round(v, 1), type(round(v, 0)).__name__)
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -3), round(7, 2))
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(hash(1), hash(-1), hash(-2), hash(0), hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 61 + 5), hash(-(2 ** 61)))
print(hash(1.0), hash(1.5), hash(0.5), hash(-0.0), hash(2.0 ** 70), hash(1e100), hash(float('inf')), hash(-1.0))
print(hash(True), hash(False), hash(10 ** 30), hash(-(10 ** 30)), hash(0.1), hash(1 / 3))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))))
print(ord('A'), ord('z'), ord(' '), ord('€'), chr(65), chr(8364), chr(0x1F600) == '\U0001F600')
print(int('10'), int('10', 2), int('10', 8), int('10', 16), int('10', 36), int('0o17', 0), int('0x1F', 0), int('-0b11', 0))
print(int(' -42\n'), float(' 3.5\t'), float('-0'), float('1E2'), float('inf'), float('-nan'))
print(int(7.999), int(-7.999), int('  +0  '), float(7), float('0.1') == 0.1)
print(abs(-7), abs(-7.25), abs(2 - 5), max(-1, -1.0), min(0, 0.0), max(1.0, 1))
print(sum([1, 2.5]), sum([10 ** 20, 1]), sum([True, True, True]), sum([], 0.0))
print(pow(3, 4), pow(2, -2), pow(3, 4, 7), pow(-3, 3, 7), pow(10, 100, 13), pow(0, 0), pow(0.0, 0))
print(bin(2 ** 70 + 1), oct(2 ** 40), hex(16 ** 20 - 1), bin(1)[2:], hex(3054)[2:].upper())
print(1e3 == 1000, 10 ** 3 == 1000.0, float(1 << 60) == 1 << 60, 2 ** 63 == 2.0 ** 63, 9007199254740993 == 9007199254740993.0)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % -3, -7 % 3, 1 / 4, 10 / 5, 2 ** -2)
print(int(True) + int(False), True + 0.5, 3 * True, divmod(True, 1))
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, type(2 ** 0.5).__name__, type(10 // 3).__name__, type(10 / 5).__name__)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
