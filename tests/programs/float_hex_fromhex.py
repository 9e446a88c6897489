# float.hex and float.fromhex, round trips and errors.
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 1/3, 256.0, float('inf'), float('-inf'), float('nan')]:
    print(repr(x), x.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1P+4', '0x.8p0', '0x10', '1', 'ff', '0xa.b',
          '  0x1p3  ', 'inf', '-Infinity', 'nan', '+0x0p0', '-0x0.0p0', '0x1.fffffffffffffp1023',
          '0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x3p-1076']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['', '0x', 'g', '0x1p', '0x1q1', '1.2.3', '0x1p1024', '0x2p1023', '0x1 p1', '--1']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
ok = True
for i in range(-60, 60):
    x = 1.7 ** i * (-1) ** i
    if float.fromhex(x.hex()) != x:
        ok = False
print('roundtrip', ok)
class F(float):
    pass
v = F.fromhex('0x1p1')
print(type(v).__name__, v)
try:
    float.fromhex(1.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    (1.0).hex(2)
except Exception as e:
    print(type(e).__name__, e)
