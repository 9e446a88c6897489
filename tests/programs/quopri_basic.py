import io
import quopri


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(quopri.__all__, quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX, quopri.EMPTYSTRING)
samples = [
    b'', b'hello world', b'h\xe9llo = w\torld \nline2\t\n', b'trailing space \n', b'tab\t',
    b'x' * 80, b'y' * 75 + b'=', b'z' * 76 + b'\n', b'a' * 200 + b'\n' + b'b' * 74 + b'\xff\n',
    b'under_score and space', b'.\n', b'From here\n', b'\r\n', b'a\rb\r\nc\n', b'\x00\x01\x7f\x80\xff',
    bytes(range(256)), b'==', b'=\n', b'end with newline  \n\n', b'  \t  ',
]
for s in samples:
    for qt in (False, True):
        for hd in (False, True):
            enc = quopri.encodestring(s, qt, hd)
            back = quopri.decodestring(enc, hd)
            print(repr(s[:30]), qt, hd, enc, back == s)
    out = io.BytesIO()
    quopri.encode(io.BytesIO(s), out, False)
    print('file', out.getvalue() == quopri.encodestring(s))

for enc in [b'a=41', b'a=4', b'a=4G', b'a=\nb', b'a=\r\nb', b'a= \nb', b'a=  \r\nb', b'_x_', b'=3d=3D',
            b'soft=', b'line   \nnext', b'tab\t\t\r\n', b'=ZZ', b'==41', b'a b_c', b'\xe9=e9']:
    print(enc, quopri.decodestring(enc), quopri.decodestring(enc, header=True))
    out = io.BytesIO()
    quopri.decode(io.BytesIO(enc), out, True)
    print('file', out.getvalue())

print(quopri.encodestring(b'a b', quotetabs=True), quopri.encodestring(b'a b', header=True))
print(quopri.decodestring('a=41'), quopri.decodestring(bytearray(b'a=42')))
print(quopri.encodestring(memoryview(b'x=y')), quopri.encodestring(bytearray(b'_ ')))
check('enc-str', lambda: quopri.encodestring('abc'))
check('enc-file-str', lambda: quopri.encode(io.StringIO('x'), io.BytesIO(), False))
check('enc-missing', lambda: quopri.encode(io.BytesIO(b'x'), io.BytesIO()))
check('dec-text-out', lambda: quopri.decode(io.BytesIO(b'x'), io.StringIO()))
for c in [b'=', b' ', b'\t', b'_', b'~', b'a', b'\x7f', b'\x00', b'\xff', b'!']:
    print(c, quopri.needsquoting(c, 0, 0), quopri.needsquoting(c, 1, 0), quopri.needsquoting(c, 0, 1),
          quopri.quote(c))
for c in [b'a', b'G', b'F', b'9', b'f', b'z']:
    print(c, quopri.ishex(c))
print(quopri.unhex(b'fF'), quopri.unhex(b'1'), quopri.unhex(b''), quopri.unhex(b'0A0b'))
check('unhex-bad', lambda: quopri.unhex(b'zz'))
