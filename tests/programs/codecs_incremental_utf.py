# Incremental UTF-8/16/32 codecs: split sequences, BOM handling, final errors, state.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def feed(name, chunks, final=True, errors='strict'):
    d = codecs.getincrementaldecoder(name)(errors)
    out = []
    try:
        for c in chunks:
            out.append(d.decode(c))
            out.append(('state', d.getstate()))
        out.append(d.decode(b'', final))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    print(name, out)


text = 'a€\U0001f600ü'
for name in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
    data = text.encode(name)
    # one byte at a time
    feed(name, [data[i:i + 1] for i in range(len(data))])
    # three bytes at a time
    feed(name, [data[i:i + 3] for i in range(0, len(data), 3)])
    # missing the last byte
    feed(name, [data[:-1]])
    e = codecs.getincrementalencoder(name)()
    print(name, e.getstate(), [e.encode(ch) for ch in text], e.getstate(), e.encode('', True))
    e.reset()
    print(name, e.encode('x'))

# Byte order taken from the BOM
feed('utf-16', [b'\xfe\xff\x00', b'A\x00', b'B'])
feed('utf-16', [b'\xff', b'\xfeA\x00'])
feed('utf-32', [b'\x00\x00\xfe\xff\x00\x00\x00A'])
feed('utf-16', [b'A\x00'])
feed('utf-32', [b'A\x00\x00\x00'])
feed('utf-16', [b'A'])
feed('utf-32', [b'\xff\xfe\x00'])
feed('utf-8-sig', [b'\xef', b'\xbb', b'\xbfhi'])
feed('utf-8-sig', [b'\xef\xbb'])
feed('utf-8-sig', [b'hi\xef\xbb\xbf'])

# Errors inside and at the end of the input
feed('utf-8', [b'ab\xff', b'cd'])
feed('utf-8', [b'ab\xff', b'cd\xe2\x82'], errors='replace')
feed('utf-8', [b'\xe2\x82', b'x'])
feed('utf-8', [b'\xf0\x90\x80'])
feed('utf-8', [b'\xf0\x80'])
feed('utf-8', [b'\xed\xa0'])
feed('utf-16-le', [b'\x00\xd8', b'\x00\xdc'])
feed('utf-16-le', [b'\x00\xd8'])
feed('utf-16-le', [b'\x00\xd8A\x00'])
feed('utf-16-le', [b'\x00\xd8\x00'], errors='ignore')
feed('utf-32-le', [b'\x00\xd8\x00'])
feed('utf-16', [b'\xff\xfea'])
feed('utf-32', [b'\xff\xfe\x00\x00a'])

# getstate / setstate
d = codecs.getincrementaldecoder('utf-8')()
d.decode(b'\xe2')
print(d.getstate())
d.setstate((b'\xe2\x82', 5))
print(d.getstate(), repr(d.decode(b'\xac')))
d = codecs.getincrementaldecoder('utf-16')()
print(d.getstate())
d.setstate((b'\x00', 1))
print(repr(d.decode(b'A')), d.getstate())
d.reset()
print(d.getstate())
d = codecs.getincrementaldecoder('utf-8-sig')()
d.setstate((b'', 0))
print(repr(d.decode(b'\xef\xbb\xbfA')), d.getstate())
e = codecs.getincrementalencoder('utf-16')()
e.setstate(0)
print(e.encode('a'), e.getstate())
e.setstate(2)
print(e.encode('a'), e.getstate())
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.getstate(), e.encode(''), e.getstate(), e.encode('é'))
show(lambda: codecs.getincrementalencoder('utf-16-le')().encode('a\ud800'))
show(lambda: codecs.getincrementalencoder('utf-8')('surrogatepass').encode('a\ud800'))
show(lambda: codecs.getincrementaldecoder('utf-8')('surrogatepass').decode(b'\xed\xa0\x80'))
