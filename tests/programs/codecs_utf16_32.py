# utf-16 and utf-32 (with BOM, -le, -be): encoding, decoding and errors.
s = 'A\xe9\u20ac\U0001F600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf_16', 'UTF-16LE', 'utf32']:
    b = s.encode(enc)
    print(enc, len(b), b.hex(' ', 2), ascii(b.decode(enc)) == ascii(s))
print(repr(''.encode('utf-16')), repr(''.encode('utf-32')), repr(''.encode('utf-16-le')))
print(ascii(b'\xff\xfeA\x00'.decode('utf-16')), ascii(b'\xfe\xff\x00A'.decode('utf-16')), ascii(b'A\x00'.decode('utf-16')))
print(ascii(b'\xff\xfeA\x00'.decode('utf-16-le')), ascii(b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32')), ascii(b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32')))
print(ascii(b'=\xd8\x00\xde'.decode('utf-16-le')), ascii(b'\xd8=\xde\x00'.decode('utf-16-be')))
for data, enc in [(b'A\x00B', 'utf-16-le'), (b'\x00\xd8A\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'),
                  (b'A\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\x00\x00\xff', 'utf-32-be')]:
    try:
        print(data, enc, ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(data, enc, e.start, e.end, e.reason, '|', e)
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogatepass']:
        try:
            print('  ', errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print('  ', errors, e)
bad = 'x\ud800y'
for enc in ['utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16']:
    try:
        bad.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, '|', e)
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass']:
        print('  ', errors, bad.encode(enc, errors).hex())
print(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass').encode('utf-16-le', 'surrogatepass'))
try:
    b'\x00\xdc'.decode('utf-16-le', 'surrogateescape')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
