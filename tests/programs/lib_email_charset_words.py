# Differential test: Charset.header_encode / header_encode_lines across charsets, Header odds and ends.
# (CJK charsets left out: pyrs ships no CJK codecs.)
from email.charset import Charset
from email.header import Header, decode_header, make_header
import email.charset


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('EXC', type(e).__name__, e)


for cs, s in [('us-ascii', 'x'), ('us-ascii', 'é'), ('utf-8', 'aé'),
              ('utf-8', 'ééééé'), ('iso-8859-1', 'é'), ('unknown-8bit', 'a\udcff'), ('koi8-r', 'ж'), ('x-unknown', 'x'),
              ('utf-8', ''), ('iso-8859-15', 'abc def'), ('latin_1', 'x y')]:
    t(lambda: Charset(cs).header_encode(s))
    t(lambda: Charset(cs).header_encode_lines(s * 10, iter([30] * 12)))
    t(lambda: Charset(cs).header_encode_lines(s * 3, iter([15, 40, 40])))
t(lambda: hasattr(email.charset, 'RFC2047_CHROME_LEN'))
h = Header('a')
h.append('b')
h.append('ü', 'utf-8')
h.append('c', 'utf-8')
h.append(b'\xff', 'unknown-8bit')
t(lambda: decode_header(h))
t(lambda: str(h))
t(lambda: h.encode(maxlinelen=0))
t(lambda: decode_header(Header()))
t(lambda: Header('x' * 200, maxlinelen=0).encode())
t(lambda: Header('x ' * 100, header_name='').encode())
t(lambda: Header('x ' * 100, header_name='Subject').encode())
t(lambda: Header('y ' * 60, maxlinelen=0, header_name='Subject').encode(maxlinelen=40))
t(lambda: Header(b'caf\xe9', 'iso-8859-1').encode())
t(lambda: Header(b'caf\xe9', 'utf-8', errors='replace').encode())
t(lambda: Header(b'caf\xe9', 'utf-8'))
t(lambda: Header('café', 'us-ascii').encode())
t(lambda: Header('café', 'iso-8859-1').encode())
t(lambda: Header('日本', 'iso-8859-1').encode())
t(lambda: str(make_header(decode_header('=?utf-8?q?a?= b =?iso-8859-1?q?=E9?=')))) 
