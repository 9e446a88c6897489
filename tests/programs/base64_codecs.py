# base64: every codec on known vectors and round trips, with their options.
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar',
           bytes(range(256)), b'\x00\x00\x00\x00', b'    ', b'\xff' * 7,
           b'The quick brown fox jumps over the lazy dog.']

for s in samples[:7]:
    print(s, base64.b64encode(s), base64.b32encode(s), base64.b32hexencode(s),
          base64.b16encode(s), base64.b85encode(s), base64.a85encode(s))

codecs = [
    ('b64', base64.b64encode, base64.b64decode),
    ('std', base64.standard_b64encode, base64.standard_b64decode),
    ('url', base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ('b32', base64.b32encode, base64.b32decode),
    ('b32hex', base64.b32hexencode, base64.b32hexdecode),
    ('b16', base64.b16encode, base64.b16decode),
    ('b85', base64.b85encode, base64.b85decode),
    ('a85', base64.a85encode, base64.a85decode),
    ('lines', base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in codecs:
    results = []
    for s in samples:
        e = enc(s)
        results.append(len(e))
        assert dec(e) == s, (name, s)
        assert dec(bytearray(e)) == s and dec(memoryview(e)) == s
        if name != 'lines':
            assert dec(e.decode('ascii')) == s
    print(name, results)
print(base64.b64encode(bytes(range(256)))[-20:], base64.encodebytes(bytes(range(100))))

# bytes-like inputs
print(base64.b64encode(bytearray(b'abc')), base64.b64encode(memoryview(b'abcd')))
print(base64.b32encode(bytearray(b'xyz')), base64.b16encode(memoryview(b'\x01\xab')))
print(base64.a85encode(bytearray(b'ab')), base64.b85encode(memoryview(b'abcde')))

# altchars, urlsafe
data = bytes([0xfb, 0xff, 0xbf, 0xfe, 0x3e])
print(base64.b64encode(data), base64.b64encode(data, altchars=b'-_'), base64.b64encode(data, b'*!'))
print(base64.urlsafe_b64encode(data), base64.urlsafe_b64decode(b'-_-_-j4='), base64.urlsafe_b64decode('+/+/'))
print(base64.b64decode(b'*!+/', altchars=b'*!'), base64.b64decode('-_8=', altchars='-_'))

# decoding skips junk unless validate=True
print(base64.b64decode(b'Zm9v\nYmFy\n'), base64.b64decode(b'Zm9v!!YmFy'), base64.b64decode(b' Z m 9 v '))
print(base64.b64decode(b'Zm8=trailing'), base64.b64decode(b'Zg==Zg=='), base64.b64decode(b'Zm9v===='))
print(base64.b64decode(b'Zm9vYg==', validate=True), base64.b64decode(b'', validate=True))

# base32 options
print(base64.b32decode(b'mzxw6ytb', casefold=True), base64.b32decode('MZXW6===', casefold=False))
print(base64.b32decode(b'0O======', map01=b'L'), base64.b32decode(b'1E======', map01=b'I'))
print(base64.b32decode(b'1E======', map01='L'), base64.b32hexdecode(b'cpnmu===', casefold=True))

# base16 options
print(base64.b16decode(b'DEADbeef', casefold=True), base64.b16decode('0aFF', True), base64.b16decode(b''))

# Ascii85 options
text = b'\x00\x00\x00\x00spaces    here\x00\x00\x00\x00'
print(base64.a85encode(text))
print(base64.a85encode(text, foldspaces=True))
print(base64.a85encode(text, pad=True))
print(base64.a85encode(text, adobe=True))
print(base64.a85encode(text, wrapcol=10))
print(base64.a85encode(text, wrapcol=10, adobe=True))
print(base64.a85encode(b'x' * 8, wrapcol=7, adobe=True), base64.a85encode(b'', adobe=True))
print(base64.a85encode(b'\x00'), base64.a85encode(b'\x00', pad=True), base64.a85encode(b'\x00' * 5))
for enc in [base64.a85encode(text), base64.a85encode(text, foldspaces=True)]:
    print(base64.a85decode(enc, foldspaces=True) == text)
print(base64.a85decode(base64.a85encode(text, adobe=True, wrapcol=12), adobe=True) == text)
print(base64.a85decode(b'<~9jqo^BlbD-BleB1DJ+*+F(f,q~>', adobe=True))
print(base64.a85decode(b'9jqo^ BlbD-\nBleB1\tDJ+*+F(f,q'), base64.a85decode(b'zz!!'))
print(base64.a85decode(b'9jqo^~>', adobe=True), base64.a85decode(b'yy', foldspaces=True))
print(base64.a85decode(b'9j qo^', ignorechars=b' '), base64.a85decode(b'9jqo', ignorechars=b''))

# Base85
print(base64.b85encode(b'\x00' * 4), base64.b85encode(b'hello', pad=True), base64.b85encode(b'\xff' * 4))
print(base64.b85decode(b'Xk~0{Zv'), base64.b85decode(b'|NsC0'), base64.b85decode('VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%'))

# legacy file interface
src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
encoded = dst.getvalue()
print(encoded.count(b'\n'), encoded[:20], encoded[-12:])
back = io.BytesIO()
base64.decode(io.BytesIO(encoded), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, sorted(base64.__all__))

# larger data round trips
big = bytes((i * 7 + i // 3) % 256 for i in range(5000))
for name, enc, dec in codecs:
    e = enc(big)
    print(name, len(e), sum(e) % 9973, dec(e) == big)
