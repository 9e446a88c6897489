# pickle: byte-exact dumps of atomic values for every protocol, and round trips.
import pickle


def show(label, obj, protocols=range(6)):
    for p in protocols:
        try:
            data = pickle.dumps(obj, protocol=p)
        except Exception as e:
            print(label, p, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back == obj or (back != back and obj != obj)
        print(label, p, data, same, type(back).__name__)


ints = [0, 1, 127, 128, 255, 256, 65535, 65536, -1, -128, -129, -256, -32768,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
        2**64, 10**30, -10**30, 2**2040, 2**2048 + 12345]
for n in ints:
    show('int', n, (0, 1, 2, 4) if n.bit_length() < 100 else (1, 2, 3))

big = 3**5000
for p in range(6):
    data = pickle.dumps(big, p)
    print('huge int', p, len(data), data[:12], data[-6:], pickle.loads(data) == big)
    neg = pickle.dumps(-big, p)
    print('huge neg', p, len(neg), neg[:12], neg[-6:], pickle.loads(neg) == -big)

for f in [0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, 3.141592653589793, float('inf'),
          float('-inf'), float('nan'), 1/3, 123456789.0]:
    show('float', f)

for b in [None, True, False]:
    show('const', b)

strings = ['', 'a', 'hello world', 'tab\tand\nnewline', 'back\\slash', 'nul\x00',
           'ctrl-z\x1a', 'cr\r', '\x7f\x80\xff', 'caf\xe9', '\u20ac uro', '\U0001f600',
           'surrogate \ud800 here', 'x' * 255, 'y' * 256, "quote' and \"dq\""]
for s in strings:
    show('str', s)

for b in [b'', b'a', b'\x00\xff\x80', b'\n\\', bytes(range(256)), b'z' * 300]:
    show('bytes', b, (0, 1, 2, 3, 4, 5))

for ba in [bytearray(), bytearray(b'xy'), bytearray(b'\x00\xfe')]:
    show('bytearray', ba)

print(pickle.encode_long(0), pickle.encode_long(255), pickle.encode_long(-256),
      pickle.encode_long(32767), pickle.encode_long(-32769), pickle.encode_long(127))
for data in [b'', b'\xff', b'\x00\x80', b'\xff\x7f', b'\x01\x02\x03']:
    print(data, pickle.decode_long(data))

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.compatible_formats, pickle.bytes_types)
print(pickle.dumps(12345), pickle.dumps('abc'), pickle.dumps(12345, -1))
print(pickle.MARK, pickle.STOP, pickle.PROTO, pickle.FRAME, pickle.TRUE, pickle.FALSE,
      pickle.STACK_GLOBAL, pickle.BYTEARRAY8, pickle.READONLY_BUFFER)
print(pickle.__all__)
