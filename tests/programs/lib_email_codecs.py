# Differential test: quoprimime, base64mime, charset, encoders.
from email import quoprimime as q, base64mime as b, encoders, charset as C
from email.message import Message
import random
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
r = random.Random(11)
alphabet = 'ab =\t\n\r\xe9\xff.xyz' + 'q' * 5
for i in range(150):
    s = ''.join(r.choice(alphabet) for _ in range(r.randint(0, 120)))
    width = r.choice([4, 5, 10, 76, 30])
    t(lambda: q.body_encode(s, width))
    t(lambda: q.body_encode(s, width, '\r\n'))
    enc = q.body_encode(s)
    t(lambda: q.decode(enc)); t(lambda: q.decode(enc, '\r\n'))
    data = bytes(r.randrange(256) for _ in range(r.randint(0, 60)))
    t(lambda: (q.header_encode(data), q.header_length(data), q.body_length(data), b.header_encode(data, 'utf-8'), b.header_length(data)))
    t(lambda: b.body_encode(data, r.choice([4, 8, 76]), r.choice(['\n', '\r\n'])))
    t(lambda: b.decode(b.body_encode(data)) == data)
for s in ['', 'a=\n', '=41=42', '=4', '= ', 'abc  \n  \nx', 'x=\r\ny', '=\n']:
    t(lambda: q.decode(s)); t(lambda: q.body_decode(s, '\r\n')); t(lambda: q.decodestring(s))
t(lambda: q.body_encode('x', 3))
t(lambda: (q.quote('\xe9'), q.unquote('=e9'), q.header_check(0x20), q.body_check(0x20), q.header_decode('=?_=3D=C3=A9')))
t(lambda: b.header_encode('caf\xe9', 'utf-8'))
t(lambda: (b.header_encode(b''), b.body_encode(b''), b.decode(''), b.decode('YQ')))
# Charset
for name in ['us-ascii', 'utf-8', 'UTF-8', 'iso-8859-1', 'latin_1', 'latin-9', 'windows-1252', 'koi8-r', 'big5', 'euc-jp', 'iso-2022-jp', 'x-unknown', 'ascii', 'unknown-8bit']:
    c = C.Charset(name)
    t(lambda: (str(c), repr(c), c.input_charset, c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, c.get_output_charset(), c == name, c == name.upper(), c != 'zz'))
    t(lambda: c.get_body_encoding() if isinstance(c.get_body_encoding(), str) else c.get_body_encoding().__name__)
for name, text in [('utf-8', 'caf\xe9 is here ' * 6), ('iso-8859-1', 'caf\xe9 = x ' * 8), ('us-ascii', 'plain text'), ('koi8-r', '\u0436\u0437' * 30), ('windows-1252', 'a\u20acb')]:
    c = C.Charset(name)
    t(lambda: c.header_encode(text))
    t(lambda: c.body_encode(text))
    t(lambda: c.body_encode(text.encode(c.output_charset)))
    def widths():
        yield 30
        while True: yield 40
    t(lambda: c.header_encode_lines(text, widths()))
    def tiny():
        yield 5
        while True: yield 20
    t(lambda: c.header_encode_lines(text, tiny()))
t(lambda: C.Charset('caf\xe9'))
t(lambda: C.Charset(b'UTF-8').input_charset)
C.add_charset('my-cs', C.QP, C.BASE64, 'utf-8'); C.add_alias('mine', 'my-cs'); C.add_codec('my-cs', 'utf-8')
c = C.Charset('MINE'); t(lambda: (c.input_charset, c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, c.header_encode('\xe9'), c.body_encode('\xe9')))
t(lambda: C.add_charset('bad', C.QP, C.SHORTEST))
t(lambda: (C.QP, C.BASE64, C.SHORTEST, C.DEFAULT_CHARSET, C.UNKNOWN8BIT, C.RFC2047_CHROME_LEN))
# encoders
for data in [b'', b'hello', b'hello\n', b'caf\xc3\xa9 \t x\n', bytes(range(256)), b'x' * 100]:
    for enc in [encoders.encode_base64, encoders.encode_quopri, encoders.encode_7or8bit, encoders.encode_noop]:
        m = Message(); m.set_payload(data)
        t(lambda: (enc.__name__, enc(m), m.items(), m.get_payload()))
m = Message(); t(lambda: (encoders.encode_7or8bit(m), m.items()))
m = Message(); m.set_payload('caf\xe9', 'utf-8'); t(lambda: m.items())
m = Message(); m.set_payload('caf\xe9'); t(lambda: (encoders.encode_7or8bit(m), m.items()))
