# Differential test: incremental FeedParser, parsers on files, generators.
import io, os
import email
from email.feedparser import FeedParser, BytesFeedParser
from email.parser import Parser, HeaderParser, BytesParser, BytesHeaderParser
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.message import Message
from email import errors
from email._policybase import compat32
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
def dump(m, depth=0):
    print('  ' * depth + m.get_content_type(), m.items(), repr(m.preamble), repr(m.epilogue), [type(d).__name__ for d in m.defects], repr(m.get_unixfrom()))
    if m.is_multipart():
        for p in m.get_payload(): dump(p, depth + 1)
    else:
        print('  ' * depth + '  payload', repr(m.get_payload()))
text = ("From someone@x Mon Jan  1 00:00:00 2001\r\nSubject: test\r\nContent-Type: multipart/mixed;\r\n boundary=\"==b==\"\r\n\r\npre\r\n--==b==\r\nContent-Type: text/plain\r\n\r\nFrom here\r\nline2\r\n--==b==\r\nContent-Type: multipart/related; boundary=inner\r\n\r\n--inner\r\n\r\ndeep\r\n--inner--\r\n\r\n--==b==--\r\nepi\r\n")
for size in [1, 2, 3, 7, 64, 10000]:
    fp = FeedParser()
    for i in range(0, len(text), size):
        fp.feed(text[i:i + size])
    m = fp.close()
    print('size', size); dump(m)
    t(lambda: m.as_string() == text.replace('\r\n', '\n'))
bfp = BytesFeedParser()
for i in range(0, len(text), 5):
    bfp.feed(text[i:i + 5].encode())
m = bfp.close(); dump(m); t(lambda: m.as_bytes())
# headers only
for P in [HeaderParser(), Parser()]:
    m = P.parsestr(text); dump(m)
    m = P.parsestr(text, headersonly=True); dump(m)
m = BytesHeaderParser().parsebytes(text.encode()); dump(m)
m = BytesParser().parse(io.BytesIO(text.encode())); dump(m)
m = Parser().parse(io.StringIO(text)); dump(m)
m = email.message_from_file(io.StringIO(text)); dump(m)
m = email.message_from_binary_file(io.BytesIO(text.encode())); dump(m)
# real files
fname = 'test_feed_gen.tmp1'
with open(fname, 'w', newline='') as f: f.write(text)
with open(fname) as f: dump(email.message_from_file(f))
with open(fname, 'rb') as f: dump(email.message_from_binary_file(f))
os.remove(fname)
# custom factories
class MyMsg(Message):
    pass
class Old:
    def __init__(self): self.x = 1
m = email.message_from_string('A: b\n\nx', MyMsg); t(lambda: type(m).__name__)
m = email.message_from_string('A: b\n\nx', _class=MyMsg, policy=compat32); t(lambda: type(m).__name__)
# defects
strict = compat32.clone(raise_on_defect=True)
for src in [' cont\nA: b\n\nx', 'Content-Type: multipart/mixed\n\nx', 'A: b\nnot a header\n\nbody', 'Content-Type: multipart/mixed; boundary=Z\n\n--Z\n\nx\n']:
    t(lambda: email.message_from_string(src, policy=strict))
    t(lambda: [type(d).__name__ for d in email.message_from_string(src).defects])
# generators
m = email.message_from_string(text)
for kw in [{}, {'mangle_from_': False}, {'mangle_from_': True, 'maxheaderlen': 20}, {'policy': compat32.clone(linesep='\r\n')}]:
    s = io.StringIO(); g = Generator(s, **kw); g.flatten(m); t(lambda: s.getvalue())
    s = io.StringIO(); g = Generator(s, **kw); g.flatten(m, unixfrom=True, linesep='\r\n'); t(lambda: s.getvalue())
    b = io.BytesIO(); g = BytesGenerator(b, **kw); g.flatten(m); t(lambda: b.getvalue())
    c = g.clone(io.BytesIO()); t(lambda: type(c).__name__)
s = io.StringIO(); DecodedGenerator(s).flatten(m); t(lambda: s.getvalue())
s = io.StringIO(); DecodedGenerator(s, fmt='%(maintype)s|%(subtype)s|%(description)s|%(encoding)s').flatten(email.message_from_string('Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: image/png\nContent-Description: pic\n\nxx\n--B--\n')); t(lambda: s.getvalue())
# 8bit bytes round trips
raw = b'Subject: caf\xc3\xa9\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\ncaf\xc3\xa9\nFrom x\n'
m = email.message_from_bytes(raw)
t(lambda: m.as_bytes()); t(lambda: m.as_string()); t(lambda: m.get_payload()); t(lambda: m.get_payload(decode=True))
b = io.BytesIO(); BytesGenerator(b, mangle_from_=True).flatten(m); t(lambda: b.getvalue())
b = io.BytesIO(); BytesGenerator(b, policy=compat32.clone(cte_type='7bit')).flatten(m); t(lambda: b.getvalue())
raw2 = b'Content-Type: text/plain\n\n\xff\xfe data\n'
m = email.message_from_bytes(raw2); t(lambda: m.as_string()); t(lambda: m.as_bytes()); t(lambda: m.get_payload())
# boundary generation
m = email.message_from_string('Content-Type: multipart/mixed\n\n')
m.set_payload([Message()]); m.get_payload(0).set_payload('x')
out = m.as_string(); t(lambda: (out.count('==============='), m.get_boundary() is not None))
import re
t(lambda: bool(re.fullmatch(r'={15}\d{19}==', Generator._make_boundary())))
t(lambda: Generator._make_boundary('abc').startswith('='))
# message/rfc822 and delivery-status generation
m = email.message_from_string('Content-Type: message/rfc822\n\nSubject: in\n\nbody\n'); t(lambda: m.as_string()); t(lambda: m.as_bytes())
m = email.message_from_string('Content-Type: message/delivery-status\n\nA: 1\n\nB: 2\nC: 3\n'); dump(m); t(lambda: m.as_string()); t(lambda: m.as_bytes())
m = email.message_from_string('Content-Type: multipart/signed; boundary=S\n\n--S\nX-Long: ' + 'w ' * 50 + '\n\nx\n--S--\n'); t(lambda: m.as_string())
