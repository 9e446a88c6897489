# int.to_bytes / int.from_bytes with byteorder, signed and their errors.
print((1024).to_bytes(2, 'big'))
print((1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((255).to_bytes())
print((0).to_bytes(3, 'big'))
print((-1).to_bytes(2, 'big', signed=True))
print((-128).to_bytes(1, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True))
print((2**64 - 1).to_bytes(8, 'little'))
print((-2**63).to_bytes(8, 'big', signed=True))
print((0).to_bytes(0, 'big'))
for args, kw in [((1, 'big'), {}), ((1, 2, 'middle'), {}), ((256, 1, 'big'), {}),
                 ((-1, 1, 'big'), {}), ((128, 1, 'big'), {'signed': True}),
                 ((-129, 1, 'big'), {'signed': True}), ((1, -1, 'big'), {}), ((1, 1, 5), {}),
                 ((1, 1, 'big'), {'sign': True})]:
    n, *rest = args
    try:
        print(n.to_bytes(*rest, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x04\x00', 'big'))
print(int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=False))
print(int.from_bytes(b'\x80', signed=True))
print(int.from_bytes(b''))
print(int.from_bytes(b'', signed=True))
print(int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(int.from_bytes((255, 0), byteorder='little'))
print(int.from_bytes(b'\x00' * 20 + b'\x01', 'big'))
print(int.from_bytes(b'\x01' + b'\x00' * 20, 'big'))
print(int.from_bytes(memoryview(b'\x12\x34'), 'big') == 0x1234)
for arg, order in [('ab', 'big'), (b'ab', 'sideways'), ([256], 'big'), ([-1], 'big'), (5, 'big')]:
    try:
        print(int.from_bytes(arg, order))
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x01\x02', 'big')
print(type(v).__name__, v)
print(bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00', 'big'))
for n in [0, 1, -1, 255, -256, 65535, -65536, 10**20]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, 'little', signed=True)
    print(n, size, b.hex(), int.from_bytes(b, 'little', signed=True) == n)
