# Differential test: EmailPolicy folding of random unstructured and address headers.
import email
from email import policy
from email.message import EmailMessage, MIMEPart, Message
from email.contentmanager import raw_data_manager, ContentManager
from email.headerregistry import Address
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
m = EmailMessage()
m['Subject'] = 'Test message'
m['From'] = Address('Sender Name', 'sender', 'example.com')
m['To'] = 'a@example.com, B <b@example.com>'
m['Date'] = 'Fri, 09 Nov 2001 01:08:47 -0000'
m['Message-ID'] = '<fixed@example.com>'
m.set_content('Hello,\nthis is the body.\n')
t(lambda: m.as_string()); t(lambda: str(m)); t(lambda: bytes(m)); t(lambda: m.get_content()); t(lambda: m.items())
m.add_alternative('<p>Hello</p>\n', subtype='html')
m.add_attachment(b'\x00\x01\x02' * 40, maintype='application', subtype='octet-stream', filename='data.bin')
m.add_attachment('attached text caf\xe9\n', filename='notes.txt')
m.add_attachment(b'GIF89a...', 'image', 'gif', filename='pic.gif', cid='<pic@x>')
for p in m.walk():
    if p.is_multipart(): p.set_boundary('BOUNDARY-' + p.get_content_subtype())
t(lambda: m.as_string())
t(lambda: [p.get_content_type() for p in m.walk()])
t(lambda: m.get_body().get_content_type()); t(lambda: m.get_body(('plain',)).get_content()); t(lambda: m.get_body(('html',)).get_content())
t(lambda: [(a.get_content_type(), a.get_filename(), a.is_attachment()) for a in m.iter_attachments()])
t(lambda: [a.get_content() for a in m.iter_attachments()])
t(lambda: [p.get_content_type() for p in m.iter_parts()])
t(lambda: m.set_content('x'))
t(lambda: m.make_alternative())
r = EmailMessage(); r.set_content('root'); r.add_related(b'img', 'image', 'png', cid='<c1>'); r.set_boundary('R')
t(lambda: r.as_string()); t(lambda: r.get_body().get_content_type()); t(lambda: [p.get_content_type() for p in r.iter_attachments()])
p = MIMEPart(); p.set_content('part', subtype='html', charset='latin-1', cte='quoted-printable', disposition='inline', params={'format': 'flowed'}, headers=['X-Custom: yes'])
t(lambda: p.as_string()); t(lambda: p.is_attachment()); t(lambda: 'MIME-Version' in p)
for text, kw in [('short\n', {}), ('caf\xe9\n', {}), ('caf\xe9\n', {'cte': '8bit'}), ('x' * 100 + '\n', {}), ('caf\xe9 ' * 30 + '\n', {}), ('\u4e2d\u6587' * 50, {}), ('a\nb\n' * 20, {'cte': 'base64'}), ('no newline', {'charset': 'us-ascii'}), ('z', {'cte': 'bogus'})]:
    q = EmailMessage(); t(lambda: (q.set_content(text, **kw), q.as_string(), q.get_content()))
q = EmailMessage(); q.set_content(b'\xff\xfe binary', 'application', 'x-thing', cte='quoted-printable'); t(lambda: (q.as_string(), q.get_content()))
q = EmailMessage(); q.set_content(b'abc', 'application', 'x', cte='7bit', filename='f.txt'); t(lambda: q.as_string())
inner = EmailMessage(); inner['Subject'] = 'inner'; inner.set_content('inner body\n')
q = EmailMessage(); q.set_content(inner); t(lambda: (q.as_string(), q.get_content()['subject']))
t(lambda: EmailMessage().set_content(inner, subtype='partial'))
t(lambda: EmailMessage().set_content(inner, cte='base64'))
t(lambda: EmailMessage().set_content(3.5))
q = EmailMessage(); q['Content-Type'] = 'application/x-weird'; t(lambda: q.get_content())
q = EmailMessage(); q['Content-Type'] = 'foo/bar'; t(lambda: q.get_content())
# parse with default policy
src = b'From: J\xc3\xb6rg <j@x.org>\nTo: "Doe, John" <jd@x.org>, other@y\nSubject: =?utf-8?q?caf=C3=A9?= time\nDate: Mon, 20 Nov 1995 19:12:08 -0500\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9\n--B\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="r.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERg==\n--B--\n'
m = email.message_from_bytes(src, policy=policy.default)
t(lambda: type(m).__name__)
t(lambda: (m['subject'], m['to'].addresses, m['from'].addresses, m['date'].datetime, m['mime-version'].version, m['content-type'].params, m['content-type'].content_type))
t(lambda: m.get_body().get_content()); t(lambda: [(a.get_filename(), a.get_content()) for a in m.iter_attachments()])
t(lambda: m.as_bytes()); t(lambda: m.as_string())
t(lambda: m.as_bytes(policy=policy.SMTP))
m.clear_content(); t(lambda: (m.items() and [k for k, v in m.items()], m.get_payload()))
m.clear(); t(lambda: (m.items(), m.get_payload()))
cm = ContentManager()
cm.add_get_handler('text/plain', lambda msg, *a, **k: ('got', a, k))
cm.add_set_handler(int, lambda msg, obj, **k: msg.set_payload(str(obj)))
cm.add_set_handler('builtins.float', lambda msg, obj, **k: msg.set_payload('F' + str(obj)))
q = EmailMessage(); q.set_content(42, content_manager=cm); t(lambda: (q.get_payload(), q.get_content(1, content_manager=cm, x=2)))
q = EmailMessage(); q.set_content(1.5, content_manager=cm); t(lambda: q.get_payload())
t(lambda: cm.set_content(EmailMessage(), 'str'))
t(lambda: cm.get_content(EmailMessage(policy=policy.default.clone()).__class__() if False else Message()))
m2 = MIMEPart(); t(lambda: (m2.policy is policy.default, m2.as_string(), type(m2.get_body()).__name__, list(m2.iter_attachments()), list(m2.iter_parts())))
m3 = EmailMessage(); m3['Subject'] = 'caf\xe9'; t(lambda: str(m3)); t(lambda: m3.as_string()); t(lambda: m3.as_string(maxheaderlen=10)); t(lambda: m3.as_bytes())
