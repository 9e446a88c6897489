# bytearray subclass
class Buf(bytearray):
    def write(self, data):
        self.extend(data)
        return len(data)

b = Buf(b'ab')
print(b, repr(b), type(b).__name__, len(b), isinstance(b, bytearray))
print(b.write(b'cd'), b)
b.append(101)
b += b'f'
print(b, type(b).__name__)
b[0] = 65
print(b, b[0], b[1:3], type(b[1:3]).__name__)
for r in (b + b'!', b * 2, b.upper(), b.replace(b'c', b'C'), b.copy() if hasattr(b, 'copy') else b):
    print(r, type(r).__name__)
print(bytes(b), b.decode(), b == b'Abcdef', b'Abcdef' == b)
del b[0]
print(b, b.pop(), b)
b.reverse()
print(b, b.hex(), b.find(b'c'))
b.clear()
print(b, type(b).__name__, bool(b))
b.tag = 'x'
print(b.tag, b.__dict__)
try:
    hash(b)
except TypeError as e:
    print(type(e).__name__, e)

class Fixed(bytearray):
    def __init__(self, size):
        super().__init__(size)
        self.size = size
    def __repr__(self):
        return f'Fixed<{self.size}>{bytes(self)!r}'
f = Fixed(3)
print(f, [f], f.size)
f[1] = 9
print(f, list(f))
print(Buf(), Buf(2), Buf([1, 2]), Buf('hi', 'utf-8'))
print(Buf.fromhex('4142'), type(Buf.fromhex('4142')).__name__)
try:
    Buf('x')
except TypeError as e:
    print(type(e).__name__, e)
