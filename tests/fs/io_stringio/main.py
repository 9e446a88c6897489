import io


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO()
print(repr(s.getvalue()), s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.write('hello'), s.write(' w\xf6rld \u20ac'), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), repr(s.read()), s.tell(), repr(s.read()))
s = io.StringIO('one\ntwo\nthree\nfour')
print(repr(s.readline(2)), repr(s.readline(-1)), repr(s.readline(None)), s.tell())
print(s.readlines(1), s.readlines())
s.seek(0)
print(list(s), repr(s.read()))
s.seek(0)
print(s.readlines(5), repr(next(s)))
print(s.seek(0, 2), s.seek(0, 1), s.seek(3), repr(s.read(2)))
print(s.line_buffering, s.newlines, s.encoding, s.errors)
show('buffer', lambda: s.buffer)
show('detach', s.detach)
show('fileno', s.fileno)

# the initial value does not move the position; writing overwrites
s = io.StringIO('initial')
print(s.tell(), s.write('IN'), repr(s.getvalue()), s.tell())
s = io.StringIO(initial_value='kw')
print(repr(s.getvalue()))
print(repr(io.StringIO(None).getvalue()))
show('StringIO(bytes)', lambda: io.StringIO(b'x'))
show('StringIO(int)', lambda: io.StringIO(5))
show('write(bytes)', lambda: io.StringIO().write(b'x'))
show('write(None)', lambda: io.StringIO().write(None))
show('newline int', lambda: io.StringIO('', 5))
show('newline bad', lambda: io.StringIO('', 'xy'))

# seek beyond end then write: padding with NUL characters
s = io.StringIO('abc')
print(s.seek(6), repr(s.read()), s.tell(), repr(s.getvalue()))
print(s.write('Z'), repr(s.getvalue()), s.tell())
print(s.seek(1), s.write('123456789'), repr(s.getvalue()))

# truncate
s = io.StringIO('0123456789')
s.seek(7)
print(s.truncate(4), s.tell(), repr(s.getvalue()))
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.write('X'), repr(s.getvalue()))
show('truncate(-1)', lambda: s.truncate(-1))
print(s.truncate(100), repr(s.getvalue()))

# seek errors
show('seek(-1)', lambda: s.seek(-1))
show('seek(1,1)', lambda: s.seek(1, 1))
show('seek(-1,2)', lambda: s.seek(-1, 2))
show('seek(0,3)', lambda: s.seek(0, 3))
show('seek(1.5)', lambda: s.seek(1.5))
show('read(str)', lambda: s.read('x'))
show('read(-3)', lambda: (s.seek(0), s.read(-3)))

# newline argument
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('a\nb\r\nc\rd')
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), repr(s.newlines), s.tell())
s = io.StringIO('x\r\ny', newline=None)
print(repr(s.read(2)), s.tell(), repr(s.read()))

# non-BMP and positions are in characters
s = io.StringIO('\U0001f600ab\xe9')
print(s.read(1) == '\U0001f600', s.tell(), s.seek(3), repr(s.read()))

# closed
s = io.StringIO('data')
s.close()
s.close()
print(s.closed)
for name in ['getvalue', 'read', 'write', 'seek', 'tell', 'truncate', 'readline', 'readable',
             'writable', 'seekable', 'flush', 'isatty', 'readlines', '__next__']:
    args = {'write': ('x',), 'seek': (0,)}.get(name, ())
    show('closed ' + name, lambda: getattr(s, name)(*args))
show('closed newlines', lambda: s.newlines)
show('closed line_buffering', lambda: s.line_buffering)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed, isinstance(c, io.TextIOBase))
show('getstate', lambda: io.StringIO('st').__getstate__())
print(repr(str(io.StringIO('abc').read())))
