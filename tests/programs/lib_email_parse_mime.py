# Differential test: EmailPolicy folding of random unstructured and address headers.
import email, sys
from email import message_from_string, message_from_bytes
from email.message import Message
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.iterators import _structure
import io
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
srcs = [
"From: a@b.c\nTo: d@e.f\nSubject: hi\n\nbody\n",
"From nobody Mon Jan 1\nFrom: a\n  cont\n\tcont2\nX: y\n\nline1\r\nline2\rline3\nFrom bad\n",
" lead\nA: b\nbad line\nmore\n",
"Content-Type: multipart/mixed; boundary=\"XX\"\n\npreamble\n\n--XX\nContent-Type: text/plain\n\npart1\n--XX\n\npart2 default\n\n--XX\nContent-Type: message/rfc822\n\nSubject: inner\n\ninner body\n--XX\nContent-Type: multipart/alternative; boundary=YY\n\n--YY\n\nalt1\n--YY\n\nalt2\n--YY--\nnested epi\n\n--XX--\nepilogue\nmore\n",
"Content-Type: multipart/mixed\n\nno boundary\n",
"Content-Type: multipart/mixed; boundary=Q\nContent-Transfer-Encoding: base64\n\n--Q\n\nx\n",
"Content-Type: multipart/mixed; boundary=Q\n\nno start boundary at all\n",
"Content-Type: multipart/digest; boundary=D\n\n--D\n\nSubject: d1\n\nd1 body\n--D\nContent-Type: text/plain\n\nplain\n--D--",
"Content-Type: message/delivery-status\n\nReporting-MTA: x\nArrival-Date: y\n\nFinal-Recipient: z\nAction: failed\n\n",
"Content-Type: text/plain; charset=\"utf-8\"; format=flowed\nContent-Transfer-Encoding: base64\n\nY2Fmw6kgY3LDqG1l\n",
"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 =\nsoft\n",
"Content-Transfer-Encoding: x-uuencode\n\nbegin 644 f.txt\n%:&5L;&\\`\n`\nend\n",
"Content-Transfer-Encoding: base64\n\nYWJj\nZA\n",
"Content-Transfer-Encoding: base64\n\nYW!!Jj\n",
"Subject: =?utf-8?q?caf=C3=A9?= and more\nX-Long: " + "word " * 30 + "\n\nb\n",
":nohdr\nA: 1\n\nx",
"Content-Type: multipart/mixed; boundary=B\n\n--B\n--B\nContent-Type: text/plain\n\nx\n--B--\n",
"Content-Type: multipart/mixed; boundary=B\n\n--B\n\nx\n--B",
"A: 1\r\nB: 2\r\n\r\nbody\r\nline\r\n",
]
for s in srcs:
    m = message_from_string(s)
    print('=====')
    _structure(m, include_default=True)
    for part in m.walk():
        print(part.items(), part.get_unixfrom(), repr(part.preamble), repr(part.epilogue), [type(d).__name__ + ':' + str(d) for d in part.defects])
        t(lambda: part.get_payload() if not part.is_multipart() else len(part.get_payload()))
        t(lambda: part.get_payload(decode=True))
        print(part.get_content_type(), part.get_params(), part.get_content_charset(), part.get_filename(), part.get_boundary(), part.get_charsets())
    t(lambda: m.as_string())
    t(lambda: m.as_bytes())
    t(lambda: str(m))
    t(lambda: m.as_string(maxheaderlen=40))
    if m.get_unixfrom() is None: m.set_unixfrom('From x@y Thu Jan  1 00:00:00 1970')
    t(lambda: m.as_string(unixfrom=True))
    f = io.StringIO(); DecodedGenerator(f).flatten(m); print(repr(f.getvalue()))
    bm = message_from_bytes(s.encode())
    t(lambda: bm.as_bytes() == s.encode())
    t(lambda: bm.as_string() == m.as_string())
# bytes with 8bit
b = b"Content-Type: text/plain; charset=latin-1\nSubject: caf\xe9\n\ncaf\xe9 body\n"
m = message_from_bytes(b)
t(lambda: type(m['Subject']).__name__); t(lambda: str(m['Subject'])); t(lambda: m.get_payload()); t(lambda: m.get_payload(decode=True)); t(lambda: m.as_bytes()); t(lambda: m.as_string())
# construction
msg = MIMEMultipart(boundary='===XYZ===')
msg['Subject'] = 'Test caf\xe9 message with a long subject line that needs folding somewhere around here'
msg['From'] = 'Me <me@example.com>'
msg.preamble = 'This is a MIME message.'
msg.attach(MIMEText('hello world\nFrom here\n'))
msg.attach(MIMEText('caf\xe9 cr\xe8me\n', 'html'))
msg.attach(MIMEText('caf\xe9', _charset='iso-8859-1'))
msg.attach(MIMEApplication(b'\x00\x01binary' * 20, Name='f.bin'))
a = MIMEApplication(b'data', 'pdf'); a.add_header('Content-Disposition', 'attachment', filename='r\xe9sum\xe9.pdf'); msg.attach(a)
msg.attach(MIMEImage(b'GIF89a' + b'\x00' * 10))
msg.attach(MIMEAudio(b'.snd' + b'\x00' * 10))
inner = Message(); inner['Subject'] = 'inner'; inner.set_payload('inner text\n')
msg.attach(MIMEMessage(inner))
print(msg.as_string())
print(msg.as_bytes())
f = io.StringIO(); Generator(f, mangle_from_=True, maxheaderlen=30).flatten(msg, linesep='\r\n'); print(repr(f.getvalue()))
t(lambda: MIMEImage(b'xxx'))
t(lambda: MIMEAudio(b'xxx'))
t(lambda: MIMEText('x').attach(MIMEText('y')))
t(lambda: MIMEMessage('x'))
t(lambda: MIMEApplication(b'x', None))
