# surrogateescape and surrogatepass round trips, and handlers mixed with codecs.
raw = bytes(range(0x7c, 0x84)) + b'\xc3\xa9\xed\xa0\x80'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s))
print(s.encode('utf-8', 'surrogateescape') == raw)
print(ascii(raw.decode('ascii', 'surrogateescape')), raw.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape') == raw)
print(ascii(raw.decode('latin-1', 'surrogateescape')), ascii(raw.decode('latin-1')))
print(ascii(b'\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass')))
print('\ud83d\ude00'.encode('utf-8', 'surrogatepass'), '\ud83d\ude00'.encode('utf-16-le', 'surrogatepass'))
print(ascii('\ud83d\ude00'.encode('utf-16-le', 'surrogatepass').decode('utf-16-le')))
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']:
    b = '\udc80'.encode(enc, 'surrogatepass')
    print(enc, b.hex(), ascii(b.decode(enc, 'surrogatepass')))
for enc in ['ascii', 'latin-1', 'cp1252']:
    try:
        '\ud800'.encode(enc, 'surrogatepass')
    except UnicodeEncodeError as e:
        print(enc, e)
for errors in ['strict', 'surrogatepass']:
    try:
        print(errors, '\udcff'.encode('utf-8', errors))
    except UnicodeEncodeError as e:
        print(errors, e.reason, e.start, e.end)
print('a\udc80b\udcffc'.encode('utf-8', 'surrogateescape'), 'a\udc80b'.encode('latin-1', 'surrogateescape'))
try:
    'a\udc10b'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
try:
    '\ud800\udc80'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e.start, e.end, e)
print('\udc80x'.encode('ascii', 'backslashreplace'), '\udc80'.encode('utf-8', 'replace'), '\udc80'.encode('utf-8', 'xmlcharrefreplace'))
print('\udc80'.encode('utf-8', 'namereplace'), '\u1234'.encode('ascii', 'namereplace'), '\x81'.encode('ascii', 'namereplace'))
print(b'\xff\xfe'.decode('utf-8', 'replace') == '\ufffd\ufffd', ascii(b'\xf0\x9f\x98'.decode('utf-8', 'replace')), ascii(b'\xf0\x9f\x98'.decode('utf-8', 'surrogateescape')))
print(ascii(b'\xf0\x9f\x98A'.decode('utf-8', 'backslashreplace')), ascii(b'A\xe0\x80\x80'.decode('utf-8', 'replace')))
