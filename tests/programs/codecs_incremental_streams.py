# StreamReader/StreamWriter/StreamReaderWriter/StreamRecoder/EncodedFile over BytesIO.
import codecs
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def reader(name, data, errors='strict'):
    return codecs.getreader(name)(io.BytesIO(data), errors)


text = 'ab\ncd\r\nef\rgh\u2028ij\r\n\r\nlast'
for name in ['utf-8', 'utf-16', 'utf-32-be', 'latin-1', 'utf-8-sig']:
    data = text.replace("\u2028", "\x0c" if name == "latin-1" else "\u2028").encode(name)
    print(name, reader(name, data).readlines())
    print(name, reader(name, data).readlines(keepends=False))
    r = reader(name, data)
    print(name, [r.readline() for _ in range(9)])
    print(name, list(reader(name, data)))
    r = reader(name, data)
    print(name, repr(r.read(3)), repr(r.read(chars=4)), repr(r.readline()), repr(r.read()), repr(r.read()))

big = ('x' * 50 + '€\n') * 4 + 'tail'
r = reader('utf-8', big.encode())
print([len(line) for line in r])
r = reader('utf-8', big.encode())
print(repr(r.readline(10)), repr(r.readline(size=5, keepends=False)))
r = reader('utf-8', '€€€€'.encode())
print(repr(r.read(2)), repr(r.read(chars=1)), repr(r.read(1)), repr(r.read()))
r = reader('utf-8', b'a\r')
print(repr(r.readline()), repr(r.readline()))
r = reader('utf-8', b'a\rb')
print(repr(r.readline(keepends=False)), repr(r.readline()))

# Incomplete and bad data
print(repr(reader('utf-8', b'a\xe2').read()))
show(lambda: reader('utf-8', b'\xffabc').read())
print(repr(reader('utf-8', b'\xffabc', 'replace').read()))
show(lambda: reader('utf-16', b'A\x00B\x00').read())
r = reader('utf-8', b'line one\nline two\xff\n')
show(r.readline)
show(r.readline)
r = reader('utf-16', b'\xfe\xff\x00A\x00\n\x00B')
print(r.readline(), r.readline(), repr(r.readline()))
r.seek(0)
print(repr(r.read()))
r.reset()

# Writers
for name in ['utf-8', 'utf-16', 'utf-32', 'utf-8-sig', 'cp1252', 'utf-16-be']:
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    w.write('a€')
    w.writelines(['b', 'c'])
    w.reset()
    w.write('d')
    print(name, buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('ascii')(buf, 'replace')
w.write('é!')
print(buf.getvalue(), w.errors, w.getvalue(), w.closed)
show(lambda: codecs.getwriter('ascii')(io.BytesIO()).write('é'))
with codecs.getwriter('utf-8')(io.BytesIO()) as w:
    w.write('x')
print(w.closed)
show(lambda: codecs.StreamWriter(io.BytesIO()).write('x'))
show(lambda: codecs.StreamReader(io.BytesIO(b'x')).read())

# StreamReaderWriter
info = codecs.lookup('utf-16')
buf = io.BytesIO()
rw = codecs.StreamReaderWriter(buf, info.streamreader, info.streamwriter)
print(rw.encoding)
rw.write('hé\n')
rw.writelines(['two\n', 'three'])
print(buf.getvalue())
rw.seek(0)
print(repr(rw.readline()), rw.readlines())
rw.seek(0)
print(repr(rw.read()), rw.tell())
rw.seek(0)
print(list(rw))
with rw:
    pass
print(buf.closed)

# StreamRecoder / EncodedFile
buf = io.BytesIO('über\nzwei\n'.encode('latin-1'))
ef = codecs.EncodedFile(buf, 'utf-8', 'latin-1')
print(ef.data_encoding, ef.file_encoding)
print(ef.readline(), ef.read())
ef.seek(0)
print(ef.readlines())
ef.write('€ ok'.encode('utf-8').replace(b'\xe2\x82\xac', b'\xc3\xa9'))
print(buf.getvalue())
ef = codecs.EncodedFile(io.BytesIO(b'abc'), 'ascii')
print(ef.data_encoding, ef.file_encoding, ef.read())
buf = io.BytesIO(b'\xff\xfeh\x00i\x00')
rec = codecs.StreamRecoder(buf, codecs.lookup('utf-8').encode, codecs.lookup('utf-8').decode,
                           codecs.getreader('utf-16'), codecs.getwriter('utf-16'))
print(rec.data_encoding, rec.file_encoding, rec.read())
show(lambda: codecs.EncodedFile(io.BytesIO(), 'nope'))
