# bytes subclass
class B(bytes):
    pass

b = B(b'hello')
print(b, repr(b), type(b).__name__, len(b), b[0], isinstance(b, bytes))
for r in (b + b'!', b * 2, b[1:3], b.upper(), b.replace(b'l', b'L'), b.strip(b'h'), b[:]):
    print(r, type(r).__name__)
print(b.decode(), type(b.decode()).__name__)
print(b == b'hello', b'ell' in b, b.hex(), B.fromhex('6869'), type(B.fromhex('6869')).__name__)
print(B([65, 66]), B(3), B('xy', 'ascii'), B())
print(bytes(b), type(bytes(b)).__name__, list(b))
print({b'hello': 1}[b], hash(b) == hash(b'hello'))

class Hex(bytes):
    def __str__(self):
        return self.hex(':')
    def __repr__(self):
        return f'Hex({bytes(self)!r})'

h = Hex(b'\x01\xab')
print(h, repr(h), f'{h}', f'{h!r}', [h])
print(h.split(b'\xab'), [type(p).__name__ for p in h.split(b'\xab')])

class Packet(bytes):
    def __new__(cls, kind, payload):
        obj = super().__new__(cls, bytes([kind]) + payload)
        obj.kind = kind
        return obj
    @property
    def payload(self):
        return bytes(self[1:])

p = Packet(7, b'data')
print(p, p.kind, p.payload, len(p), p.startswith(b'\x07'))
print(b''.join([p, b]), type(b''.join([p, b])).__name__)
print(bytearray(p), type(bytearray(p)).__name__)
try:
    B('no encoding')
except TypeError as e:
    print(type(e).__name__, e)
