# Incremental codec base classes, lookup helpers, iterencode/iterdecode and single-byte codecs.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(codecs.IncrementalEncoder().getstate(), codecs.IncrementalEncoder('ignore').errors)
print(codecs.IncrementalDecoder().getstate(), codecs.IncrementalDecoder().errors)
print(codecs.BufferedIncrementalDecoder().getstate())
show(lambda: codecs.IncrementalEncoder().encode('x'))
show(lambda: codecs.IncrementalDecoder().decode(b'x'))
show(lambda: codecs.BufferedIncrementalDecoder().decode(b'x'))
show(lambda: codecs.Codec().encode('x'))
show(lambda: codecs.getincrementalencoder('no-such-codec'))
show(lambda: codecs.getincrementaldecoder('no-such-codec'))
show(lambda: codecs.getreader('nope'))
show(lambda: codecs.getwriter('nope'))

for name in ['utf-8', 'UTF8', 'latin-1', 'utf16', 'cp437', 'ascii', 'utf_32_be']:
    info = codecs.lookup(name)
    print(name, info.incrementalencoder, info.incrementaldecoder, info.streamreader, info.streamwriter)
    print(codecs.getincrementalencoder(name) is info.incrementalencoder,
          codecs.getincrementaldecoder(name) is info.incrementaldecoder,
          codecs.getreader(name) is info.streamreader, codecs.getwriter(name) is info.streamwriter)
    print(issubclass(info.incrementalencoder, codecs.IncrementalEncoder),
          issubclass(info.incrementaldecoder, codecs.IncrementalDecoder),
          issubclass(info.streamreader, codecs.StreamReader),
          issubclass(info.streamwriter, codecs.StreamWriter))


# A user-defined buffered decoder: pairs of hex digits.
class HexDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) - len(input) % 2
        return bytes.fromhex(input[:n].decode()).decode('latin-1'), n


d = HexDecoder()
print(repr(d.decode(b'414')), d.getstate(), repr(d.decode(b'2')), d.getstate())
d.setstate((b'4', 0))
print(repr(d.decode(b'3')))
d.decode(b'7')
d.reset()
print(d.getstate())

# Single-byte codecs are stateless
for name in ['latin-1', 'ascii', 'cp1252', 'cp437', 'iso8859-15']:
    e = codecs.getincrementalencoder(name)()
    d = codecs.getincrementaldecoder(name)('replace')
    print(name, e.encode('abc'), e.encode('', True), e.getstate(), repr(d.decode(b'\x80\xe9')), d.getstate())
show(lambda: codecs.getincrementalencoder('ascii')().encode('é'))
show(lambda: codecs.getincrementaldecoder('ascii')().decode(b'a\xff'))
print(codecs.getincrementalencoder('ascii')('xmlcharrefreplace').encode('é€'))
print(codecs.getincrementalencoder('latin-1')('backslashreplace').encode('é€'))

# iterencode / iterdecode
print(list(codecs.iterencode(['a', '', 'b€'], 'utf-8')))
print(list(codecs.iterencode(['a', '', 'b'], 'utf-16')))
print(list(codecs.iterencode([], 'utf-16')))
print(list(codecs.iterencode([], 'utf-8')))
print(list(codecs.iterencode(['x'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac!', b''], 'utf-8')))
print(list(codecs.iterdecode([b'\xff\xfe', b'a', b'\x00b\x00'], 'utf-16')))
print(list(codecs.iterdecode([b'\xff', b'\xfe'], 'latin-1')))
show(lambda: list(codecs.iterdecode([b'ok', b'\xe2'], 'utf-8')))
print(list(codecs.iterdecode([b'ok', b'\xe2'], 'utf-8', 'replace')))
show(lambda: list(codecs.iterencode(['a'], 'bogus')))
gen = codecs.iterdecode(iter([b'a', b'b']), 'ascii')
print(next(gen), next(gen))
show(lambda: next(gen))
