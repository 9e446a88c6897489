import io


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def kinds(obj):
    pairs = [('IOBase', io.IOBase), ('RawIOBase', io.RawIOBase),
             ('BufferedIOBase', io.BufferedIOBase), ('TextIOBase', io.TextIOBase)]
    return [label for label, cls in pairs if isinstance(obj, cls)]


class OnlyReadinto(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = OnlyReadinto(b'ab\ncd\nef')
print(r.read(2), r.readline(), list(r), kinds(r))
print(OnlyReadinto(b'x\ny').readlines(), OnlyReadinto(b'whole').readall())
show('write', lambda: OnlyReadinto(b'').write(b'x'))
show('seek', lambda: OnlyReadinto(b'').seek(0))
show('fileno', lambda: OnlyReadinto(b'').fileno())


class OnlyRead(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        n = len(self.data) if n is None or n < 0 else n
        out, self.data = self.data[:n], self.data[n:]
        return out


br = OnlyRead(b'line 1\nline 2\nend')
print(br.readline(), list(br), kinds(br))
ba = bytearray(4)
print(OnlyRead(b'xyz').readinto(ba), ba)
show('read1', lambda: OnlyRead(b'abc').read1(2))
show('write', lambda: OnlyRead(b'').write(b'x'))
show('detach', lambda: OnlyRead(b'').detach())


class Text(io.TextIOBase):
    def __init__(self, text):
        self.text = text

    def read(self, n=-1):
        out, self.text = self.text, ''
        return out

    def readline(self, limit=-1):
        line, sep, rest = self.text.partition('\n')
        self.text = rest
        return line + sep


t = Text('a\nb\n')
print(list(t), kinds(t), t.encoding, t.newlines, t.errors)
show('write', lambda: Text('').write('x'))
show('detach', lambda: Text('').detach())


class Base(io.IOBase):
    pass


b = Base()
print(kinds(b), b.readable(), b.writable(), b.seekable(), b.closed)
show('read', lambda: b.read())
show('readline', b.readline)
show('seek', lambda: b.seek(0))
show('fileno', b.fileno)
with b:
    print('in with', b.closed)
print(b.closed)
show('iter closed', lambda: iter(b))

print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.BytesIO().fileno()
except OSError as e:
    print('caught as OSError', type(e).__name__, e.args)
print(io.FileIO.__mro__, io.BytesIO.__mro__)
print(io.TextIOWrapper.__mro__)
print(io.BufferedRandom.__bases__, io.StringIO.__bases__)
