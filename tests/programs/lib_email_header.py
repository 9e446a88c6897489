# Differential test: EmailPolicy folding of random unstructured and address headers.
from email.header import Header, decode_header, make_header
from email.charset import Charset
import email.charset
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
words = ["Subject line that is quite long", "and;has,various", "separators", "x"*90, "caf\xe9 cr\xe8me br\xfbl\xe9e", "\u4e2d\u6587\u5b57", "tail"]
import itertools, random
r = random.Random(5)
for n in range(200):
    parts = [r.choice(words) for _ in range(r.randint(1,6))]
    cs = r.choice([None, 'utf-8', 'iso-8859-1', 'us-ascii'])
    name = r.choice([None, 'Subject', 'X-Very-Long-Header-Name-Here'])
    ml = r.choice([None, 40, 78, 20, 0])
    def mk():
        h = Header(header_name=name, maxlinelen=ml)
        for p in parts:
            c = r.choice([None, 'utf-8', 'iso-8859-1', 'koi8-r']) if cs is None else cs
            try: h.append(p, c)
            except Exception as e: pass
        return h
    h = mk()
    show(lambda: str(h)); show(lambda: h.encode()); show(lambda: h.encode(splitchars=' ', linesep='\r\n'))
    sep = r.choice([' ', ', ', '; ', '\n ', '\t'])
    v = sep.join(parts)
    show(lambda: Header(v, cs, ml, name).encode())
    show(lambda: decode_header(Header(v, cs, ml, name).encode()))
    show(lambda: decode_header(h))
for s in ["=?utf-8?q?hello?= =?utf-8?q?_world?=", "plain", "a =?iso-8859-1?q?caf=E9?= b", "=?utf-8?b?Y2Fmw6k?=", "=?utf-8?b?Y2Fmw6k=?=\n =?iso-8859-1?q?x?= y", "=?utf-8?q? ?= =?utf-8?q?a?=", "=?UTF-8?B?!!!?=", "foo =?bad", "=?x?q?a?==?x?q?b?="]:
    show(lambda: decode_header(s))
    show(lambda: str(make_header(decode_header(s))))
show(lambda: Header(b'caf\xe9', 'iso-8859-1').encode())
show(lambda: Header('caf\xe9').encode())
show(lambda: Header('caf\xe9', 'us-ascii').encode())
show(lambda: Header('x\nFoo: bar').encode())
show(lambda: Header('a', 'utf-8') == 'a')
c = Charset('utf-8'); print(c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, repr(c), c.get_body_encoding())
for n in ["latin_1", "ASCII", "koi8-r", "euc-jp", b"utf-8"]:
    c = Charset(n); print(c, c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, c.get_output_charset(), c == n, c.header_encode('abc d\u0436') if n == 'koi8-r' else (c.header_encode('abc d\xe9') if n not in ('ASCII','euc-jp') else ''), repr(c.body_encode(('x d\u0436\n' if n == 'koi8-r' else 'x d\xe9\n') * 3)) if n not in ('ASCII', 'euc-jp') else '')
show(lambda: Charset('caf\xe9'))
show(lambda: email.charset.add_charset('x', email.charset.SHORTEST, email.charset.SHORTEST))
