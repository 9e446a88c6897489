import io


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO()
print(repr(b.getvalue()), b.tell(), b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.write(b'hello'), b.write(bytearray(b' world')), b.tell(), b.getvalue())
print(b.seek(0), b.read(5), b.read1(3), b.read1(), b.read(), b.tell())
b.seek(0)
print(b.readline(), b.readlines())
b = io.BytesIO(b'one\ntwo\nthree\nfour')
print(b.readline(2), b.readline(-1), b.readline(None), b.tell())
print(b.readlines(1), b.readlines())
b.seek(0)
print(list(b), b.read())
b.seek(0)
print(b.readlines(5), next(b))
ba = bytearray(4)
b.seek(1)
print(b.readinto(ba), ba, b.readinto1(ba), ba)
print(b.seek(0, 2), b.seek(-3, 2), b.read(), b.seek(1, 0), b.seek(2, 1))

# seek beyond the end then write: zero padding
b = io.BytesIO(b'abc')
print(b.seek(6), b.read(), b.tell(), b.getvalue())
print(b.write(b'Z'), b.getvalue(), b.tell())
print(b.seek(2), b.write(b'1234567'), b.getvalue())

# truncate
b = io.BytesIO(b'0123456789')
b.seek(7)
print(b.truncate(4), b.tell(), b.getvalue())
print(b.truncate(), b.getvalue(), b.tell())
print(b.write(b'X'), b.getvalue())
show('truncate(-1)', lambda: b.truncate(-1))
print(b.truncate(None), b.getvalue())
print(b.truncate(100), b.getvalue())

# initial values and the position
b = io.BytesIO(b'init')
print(b.tell(), b.write(b'AB'), b.getvalue())
b = io.BytesIO(initial_bytes=b'kw')
print(b.getvalue())
print(io.BytesIO(bytearray(b'ba')).getvalue())
print(io.BytesIO(None).getvalue())
show('BytesIO(str)', lambda: io.BytesIO('text'))
show('BytesIO(int)', lambda: io.BytesIO(3))
show('write(str)', lambda: io.BytesIO().write('s'))
show('write(int)', lambda: io.BytesIO().write(1))
show('seek(-1)', lambda: io.BytesIO().seek(-1))
show('seek(1.5)', lambda: io.BytesIO().seek(1.5))
show('seek whence 3', lambda: io.BytesIO().seek(0, 3))
show('read(str)', lambda: io.BytesIO().read('a'))
show('read(-5)', lambda: io.BytesIO(b'xy').read(-5))
show('readline(str)', lambda: io.BytesIO().readline('a'))
show('fileno', lambda: io.BytesIO().fileno())
show('detach', lambda: io.BytesIO().detach())

# closed
b = io.BytesIO(b'data')
b.close()
print(b.closed)
b.close()
for name in ['getvalue', 'read', 'write', 'seek', 'tell', 'truncate', 'readline', 'readable',
             'writable', 'seekable', 'flush', 'isatty', 'readlines', '__iter__', '__next__', 'read1']:
    args = {'write': (b'x',), 'seek': (0,)}.get(name, ())
    show('closed ' + name, lambda: (lambda r: 'self' if r is b else r)(getattr(b, name)(*args)))
with io.BytesIO(b'ctx') as c:
    print(c.read())
print(c.closed)

# pickling-like state and misc attributes
b = io.BytesIO(b'st')
b.read(1)
print(type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
show('getstate', lambda: b.__getstate__()[:2])
show('name', lambda: b.name)
show('mode', lambda: b.mode)
b.extra = 5
print(b.extra)
