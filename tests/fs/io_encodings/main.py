def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


TEXT = 'caf\xe9 \u20ac \U0001f600 <&> end'

for enc in ['utf-8', 'latin-1', 'ascii', 'UTF8', 'utf_8', 'Latin1', 'iso-8859-1', 'us-ascii']:
    for errs in [None, 'strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        def write():
            with open('e.txt', 'w', encoding=enc, errors=errs) as f:
                print(' ', f.encoding, f.errors, end=' ')
                return f.write(TEXT)
        show('%s/%s:' % (enc, errs), write)
        print('   ', raw('e.txt'))

# reading invalid data
BAD = b'ok \xe9\xff\xc3 \xe2\x82 z\n\x80end'
with open('bad.bin', 'wb') as f:
    f.write(BAD)
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errs in [None, 'strict', 'replace', 'ignore']:
        def read():
            with open('bad.bin', encoding=enc, errors=errs) as f:
                return f.read()
        show('read %s/%s' % (enc, errs), lambda: ascii(read()))
with open('bad.bin', encoding='utf-8') as f:
    show('readline bad', f.readline)
with open('bad.bin', encoding='utf-8', errors='strict') as f:
    show('read(2)', lambda: f.read(2))
    show('read(3) more', lambda: f.read(3))

# unknown encoding / error handler
show('unknown encoding', lambda: open('e.txt', encoding='no-such-codec'))
show('unknown encoding w', lambda: open('e.txt', 'w', encoding='bogus'))

# default encoding and attributes
with open('e.txt', 'w') as f:
    print('default', f.encoding, f.errors)
with open('e.txt', 'w', encoding='UTF-8') as f:
    print('spelled', f.encoding, f.errors)
with open('e.txt', 'w', encoding='latin1', errors='ignore') as f:
    print('latin1', f.encoding, f.errors)
    show('set encoding', lambda: setattr(f, 'encoding', 'x'))

# BOM bytes read as utf-8
with open('bom.txt', 'wb') as f:
    f.write(b'\xef\xbb\xbfbom text\n')
with open('bom.txt', encoding='utf-8') as f:
    print(ascii(f.read()))

print(raw('e.txt'))

# str.encode / bytes.decode agree with files
for errs in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errs, TEXT.encode('ascii', errs))
print(ascii(BAD.decode('utf-8', 'replace')))
