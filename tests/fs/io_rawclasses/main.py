import io


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('-- BufferedReader over a Python raw class')
class Raw(io.RawIOBase):
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), self.step, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


raw = Raw(b'abcdefghij\nklm\nnop', 4)
br = io.BufferedReader(raw, buffer_size=8)
print(br.read(2), br.read1(10), br.peek(1)[:1], br.readline(), br.read(), raw.calls)
print(raw.read(3), Raw(b'xyz', 2).read(), Raw(b'xyz', 2).readall())
t = io.TextIOWrapper(io.BufferedReader(Raw(b'one\ntwo\n', 3)), encoding='ascii')
print(t.readlines())
show('seek on raw', lambda: br.seek(0))
show('bad buffer size', lambda: io.BufferedReader(Raw(b'', 1), 0))
show('write on reader', lambda: br.write(b'x'))

print('-- BufferedWriter over a Python raw class')
class Sink(io.RawIOBase):
    def __init__(self, limit):
        self.chunks = []
        self.limit = limit

    def writable(self):
        return True

    def write(self, b):
        n = min(len(b), self.limit)
        self.chunks.append(bytes(b[:n]))
        return n


sink = Sink(3)
bw = io.BufferedWriter(sink, buffer_size=4)
print(bw.write(b'ab'), sink.chunks)
print(bw.write(b'cdefgh'), sink.chunks)
bw.flush()
print(sink.chunks)
bw.close()
print(sink.closed, bw.closed)
show('not writable', lambda: io.BufferedWriter(Raw(b'', 1)))
show('not readable', lambda: io.BufferedReader(Sink(1)))

print('-- BufferedRWPair')
pair = io.BufferedRWPair(Raw(b'in data', 3), Sink(10))
print(pair.read(4), pair.write(b'out'), pair.readable(), pair.writable())
pair.flush()

print('-- IncrementalNewlineDecoder')
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('x\r\ny\rz\n')), d.newlines, d.getstate())
d.reset()
print(d.newlines, repr(d.decode('q\r')), d.getstate())
d.setstate((b'', 0))
print(repr(d.decode('w', final=True)))
