# int(x, base) and int(str) edge cases.
cases = [('10', 2), ('ff', 16), ('FF', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0),
         ('0B101', 2), ('0O17', 8), ('z', 36), ('Z', 36), ('  42  ', 10), ('+7', 10), ('-7', 8),
         ('1_000', 10), ('0x_ff', 16), ('0_0', 0), ('00', 0), ('0', 0), ('  -0x10 ', 0),
         ('\t\n12\r', 10), ('١٢٣', 10), ('10', 36), ('zz', 36), ('12', 3)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except Exception as e:
        print(repr(s), b, type(e).__name__, e)
bad = [('010', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), ('  ', 10), ('0x', 16),
       ('12', 2), ('9', 8), ('1.5', 10), ('0b2', 0), ('+-1', 10), ('1 2', 10), ('0xg', 0),
       ('a', 10), ('0x_', 16)]
for s, b in bad:
    try:
        print(repr(s), b, int(s, b))
    except Exception as e:
        print(repr(s), b, type(e).__name__, e)
for b in [1, 37, -1, 100]:
    try:
        int('1', b)
    except Exception as e:
        print(b, type(e).__name__, e)
try:
    int(5, 10)
except Exception as e:
    print(type(e).__name__, e)
try:
    int(1.5, 10)
except Exception as e:
    print(type(e).__name__, e)
print(int(b'42'), int(b' -13 '), int(bytearray(b'ff'), 16), int(b'0o7', 0))
try:
    int(b'4x')
except Exception as e:
    print(type(e).__name__, e)
print(int('  10  ', base=2), int('11', base=3))
try:
    int(x='11')
except Exception as e:
    print(type(e).__name__, e)
for v in [float('inf'), float('nan'), '1e3', None, [1], 'ten']:
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
print(int(HasIndex()), int(HasInt()), int('11', HasIndex()))
print(int('1' * 50) % 1000, len(str(int('9' * 300))))
