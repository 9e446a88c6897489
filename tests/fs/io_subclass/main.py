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


class Upper(io.StringIO):
    def __init__(self, value=''):
        super().__init__(value)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s.upper())


u = Upper('start ')
u.seek(0, 2)
print(u.write('abc'), u.writes, repr(u.getvalue()), kinds(u))
print('print to subclass', file=u)
print(u.writes, repr(u.getvalue()))
u.seek(0)
print(list(u))


class Counting(io.BytesIO):
    def read(self, n=-1):
        data = super().read(n)
        self.last = len(data)
        return data

    def close(self):
        print('Counting.close, value', self.getvalue())
        super().close()


with Counting(b'bytes here') as c:
    print(c.read(5), c.last, kinds(c))
print(c.closed)


class Logged(io.TextIOWrapper):
    def write(self, s):
        print('  Logged.write', repr(s))
        return super().write(s)


lg = Logged(io.BytesIO(), encoding='utf-8')
lg.write('hi\n')
print('to logged', file=lg)
lg.flush()
print(lg.buffer.getvalue(), kinds(lg))


class MyFile(io.FileIO):
    def __init__(self, name, mode='r'):
        super().__init__(name, mode)
        self.opened_as = name


f = MyFile('sub.bin', 'w')
print(f.write(b'file data'), f.opened_as, f.mode, kinds(f))
f.close()
with MyFile('sub.bin') as f:
    print(f.read(), f.closed)
print(f.closed)


class Tagged(io.BufferedReader):
    def read(self, n=-1):
        return b'<' + super().read(n) + b'>'


with open('sub.bin', 'rb') as raw_file:
    pass
t = Tagged(io.FileIO('sub.bin'))
print(t.read(4), t.readline(), kinds(t), isinstance(t, io.BufferedReader))
t.close()


class NoInit(io.StringIO):
    def __init__(self):
        pass


class NoInitText(io.TextIOWrapper):
    def __init__(self):
        pass


show('uninitialized StringIO', lambda: NoInit().read())
show('uninitialized TextIOWrapper', lambda: NoInitText().read())
show('uninitialized repr', lambda: repr(NoInitText())[:14])


class WithAttrs(io.BytesIO):
    label = 'class attr'


w = WithAttrs(b'abc')
w.extra = [1]
print(w.label, w.extra, w.read(), type(w).__name__, type(w).__mro__[1].__name__)
