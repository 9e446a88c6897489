# ascii, latin-1, cp1252 and several iso-8859 codecs with error handlers.
text = 'caf\xe9 \u20ac \u0160 \u0104 \u0416 \u05d0 \U0001F600'
for enc in ['ascii', 'latin-1', 'cp1252', 'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'iso-8859-8', 'iso-8859-15', 'iso8859-9']:
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print(enc, errors, repr(text.encode(enc, errors)))
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'strict', e.start, e.end, '|', e)
allbytes = bytes(range(128, 256))
for enc in ['latin-1', 'cp1252', 'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'iso-8859-15', 'ascii']:
    try:
        print(enc, ascii(allbytes.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, '|', e)
    print(enc, 'replace', ascii(allbytes[:40].decode(enc, 'replace')))
    print(enc, 'backslash', ascii(allbytes[:8].decode(enc, 'backslashreplace')))
    print(enc, 'escape', ascii(allbytes[:8].decode(enc, 'surrogateescape')))
print(repr('\udc80\udcff'.encode('latin-1', 'surrogateescape')), repr('\udc80abc'.encode('ascii', 'surrogateescape')))
try:
    '\udc7f'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
print(repr('\u20ac'.encode('cp1252')), repr('\u0160\u0161'.encode('iso-8859-2')), repr('\u20ac'.encode('iso-8859-15')))
print(ascii(b'\xa4'.decode('iso-8859-15')), ascii(b'\xa4'.decode('latin-1')), ascii(b'\x80'.decode('cp1252')))
print(repr('\xff'.encode('latin1')), repr('abc'.encode('us-ascii')), repr('\xe9'.encode('l1')), repr('\xe9'.encode('windows-1252')))
