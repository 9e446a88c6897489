# Codec parts of open() that wait on the codecs of issue 5: decoding error handlers
# (backslashreplace, surrogateescape), handler-name checks, UnicodeError attributes, and the
# utf-8-sig, utf-16, utf-32 and cp1252 codecs.
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


BAD = b'ok \xe9\xff\xc3 \xe2\x82 z\n\x80end'
with open('bad.bin', 'wb') as f:
    f.write(BAD)
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errs in ['backslashreplace', 'surrogateescape']:
        def read():
            with open('bad.bin', encoding=enc, errors=errs) as f:
                return f.read()
        show('read %s/%s' % (enc, errs), lambda: ascii(read()))

# xmlcharrefreplace on read is not allowed
with open('bad.bin', encoding='utf-8', errors='xmlcharrefreplace') as f:
    show('xmlchar read', f.read)
show('unknown errors write', lambda: open('e.txt', 'w', encoding='ascii', errors='nope').write('\xe9'))
show('unknown errors read', lambda: open('bad.bin', encoding='ascii', errors='nope').read())

# UnicodeError attributes
try:
    with open('e.txt', 'w', encoding='ascii') as f:
        f.write('abc\xe9def')
except UnicodeEncodeError as e:
    show('encode error', lambda: (e.encoding, e.object, e.start, e.end, e.reason))
try:
    with open('bad.bin', encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    show('decode error', lambda: (e.encoding, e.object[:8], e.start, e.end, e.reason))


# other codecs (BOM handling, multi-byte, charmap)
def roundtrip(enc):
    with open('o.txt', 'w', encoding=enc, errors='replace') as f:
        f.write('ab')
        f.write('c\xe9\u20ac\n')
    data = raw('o.txt')
    with open('o.txt', encoding=enc) as f:
        return data, f.read(), f.encoding
for enc in ['utf-8-sig', 'utf-16', 'utf-16-le', 'utf-32', 'cp1252']:
    show(enc, lambda: roundtrip(enc))
