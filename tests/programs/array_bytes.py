# array: conversions to and from bytes, lists, str and files
import io
from array import array


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 100])
    data = a.tobytes()
    b = array(tc)
    b.frombytes(data)
    print(tc, data, b, b == a, bytes(a) == data)

a = array('i', [1, -1])
a.frombytes(b'\x05\x00\x00\x00')
a.frombytes(bytearray(b'\x06\x00\x00\x00'))
a.frombytes(memoryview(b'\x07\x00\x00\x00'))
a.frombytes(array('B', [8, 0, 0, 0]))
show(lambda: a.frombytes(array('i', [8])))
a.frombytes(b'')
print(a)
show(lambda: a.frombytes('abcd'))
show(lambda: a.frombytes(b'abc'))
show(lambda: a.frombytes(5))
show(lambda: a.frombytes([1, 2, 3, 4]))
print(a)
print(array('d', [1.5, -0.25]).tobytes())
print(array('f', [0.1]).tobytes(), array('f', array('f', [0.1]).tobytes()))
print(array('u', 'hé€').tobytes())
print(array('u', b'h\x00\x00\x00\xe9\x00\x00\x00'))
print(bytes(array('H', [1, 2])), bytes(array('u', 'z')), bytes(array('d')))

# lists
a = array('b', [1])
a.fromlist([2, 3])
print(a, a.tolist(), type(a.tolist()).__name__)
show(lambda: a.fromlist((4, 5)))
show(lambda: a.fromlist([4, 500]))
show(lambda: a.fromlist([4, 'x']))
print(a)
t = a.tolist()
t.append(99)
print(a, t)
print(array('u', 'abc').tolist(), array('d', [1, 2]).tolist())

# unicode
u = array('u')
u.fromunicode('abc')
u.fromunicode('')
print(u, u.tounicode(), type(u.tounicode()).__name__)
show(lambda: u.fromunicode(b'x'))
show(lambda: u.fromunicode(5))
show(lambda: array('i').fromunicode('x'))
show(lambda: array('i').fromunicode(5))
show(lambda: array('i').tounicode())
show(lambda: array('b', [1]).tounicode())

# files
f = io.BytesIO()
array('h', [1, 2, 3]).tofile(f)
array('h').tofile(f)
array('h', [-1]).tofile(f)
print(f.getvalue())
f.seek(0)
b = array('h')
b.fromfile(f, 2)
print(b)
b.fromfile(f, 0)
print(b)
show(lambda: b.fromfile(f, 5))
print(b)
show(lambda: b.fromfile(f, 1))
show(lambda: b.fromfile(f, -1))
show(lambda: b.fromfile(f, 'x'))
show(lambda: b.fromfile(io.BytesIO(b'\x01\x00\x02'), 2))
print(b)
show(lambda: b.fromfile(io.StringIO('abcd'), 1))
show(lambda: array('i', [1]).tofile(io.StringIO()))


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


w = Writer()
array('d', [1.0, 2.0]).tofile(w)
print([bytes(c) for c in w.chunks])
w = Writer()
array('d').tofile(w)
print(w.chunks)

big = array('i', range(20000))
w = Writer()
big.tofile(w)
print(len(w.chunks), [len(c) for c in w.chunks])
back = array('i')
back.frombytes(b''.join(bytes(c) for c in w.chunks))
print(back == big, back[-1])

# pickling support
print(array('i', [1, 2]).__reduce_ex__(2))
r = array('h', [1, 2]).__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2])
r = array('u', 'ab').__reduce_ex__(3)
print(r[1][1:])
rebuilt = r[0](*r[1])
print(rebuilt)
for code, data in [(0, b'\x01\xff'), (1, b'\x01\xff'), (3, b'\x01\x02'),
                   (5, b'\xff\xfe'), (7, b'\x00\x00\x01\x00'),
                   (9, b'\xff\xff\xff\xfe'), (11, b'\x00' * 7 + b'\x05'),
                   (13, b'\xff' * 8), (15, b'?\x80\x00\x00'),
                   (17, b'?\xf0' + b'\x00' * 6)]:
    print(code, r[0](array, 'd' if code >= 14 else 'b', code, data))
show(lambda: r[0](array, 'x', 1, b''))
show(lambda: r[0](array, 'i', 99, b''))
show(lambda: r[0](array, 'i', 8, 'ab'))
show(lambda: r[0](array, 'i', 8, b'\x01\x00\x00'))
show(lambda: r[0](array, 'i', 14, b'\x00\x00\x80\x3f'))
