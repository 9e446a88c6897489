# Differential test: EmailMessage make_*/add_* conversions, get_body choice, charsets.
from email.message import EmailMessage, MIMEPart
from email import policy
import email


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('EXC', type(e).__name__, e)


def shape(m, depth=0):
    out = ['  ' * depth + m.get_content_type() + ' ' + repr(m.get_content_disposition())]
    if m.is_multipart():
        for p in m.iter_parts():
            out.extend(shape(p, depth + 1))
    return out


for start in ['text/plain', 'multipart/related', 'multipart/alternative', 'multipart/mixed', 'multipart/signed', None]:
    for op in ['make_related', 'make_alternative', 'make_mixed', 'add_related', 'add_alternative', 'add_attachment']:
        m = EmailMessage()
        m['To'] = 'a@b'
        if start == 'text/plain':
            m.set_content('hello')
        elif start:
            m['Content-Type'] = start
            m.set_payload([])
        def go():
            if op.startswith('make'):
                getattr(m, op)(boundary='BND')
            else:
                getattr(m, op)('more text', subtype='html')
            return shape(m), m.get_boundary(), list(m.keys())
        t(go)

m = EmailMessage()
m.set_content('<p>html</p>', subtype='html')
m.add_related(b'IMG', 'image', 'png', cid='<c1>')
m.add_alternative('plain body')
t(lambda: m.add_related('x'))
m.add_attachment(b'data', 'application', 'octet-stream', filename='f.bin')
m.add_attachment('note', filename='n.txt')
t(lambda: m.add_alternative('x'))
print('\n'.join(shape(m)))
for prefs in [('related', 'html', 'plain'), ('plain',), ('html',), ('plain', 'html'), ('related',), (), ('xml',)]:
    t(lambda: (lambda b: b and b.get_content_type())(m.get_body(prefs)))
t(lambda: [p.get_content_type() for p in m.iter_attachments()])

raw = '''Content-Type: multipart/mixed; boundary=X

--X
Content-Type: text/plain; charset="UTF-8"
Content-Disposition: attachment

a
--X
Content-Type: multipart/related; boundary=Y; start="<s2>"

--Y
Content-Type: text/html
Content-ID: <s1>

h1
--Y
Content-Type: text/plain
Content-ID: <s2>

p2
--Y--
--X
Content-Type: text/html

h3
--X--
'''
p = email.message_from_string(raw, policy=policy.default)
for prefs in [('related', 'html', 'plain'), ('plain',), ('html',), ('plain', 'html')]:
    t(lambda: (lambda b: b and (b.get_content_type(), b.get_content()))(p.get_body(prefs)))
for ct in ['text/plain; charset="UTF-8"', 'text/plain; charset=Big5', 'text/plain', "text/plain; charset*=us-ascii''UTF%2D8",
           "text/plain; charset*=bogus''abc", "text/plain; charset*=utf-8''%C3%A9", 'text/plain; charset="é"', 'text/plain; charset=""',
           "text/plain; charset*=''ISO-8859-1"]:
    for pol in [policy.compat32, policy.default]:
        q = email.message_from_string('Content-Type: %s\n\nx' % ct, policy=pol)
        t(lambda: (q.get_content_charset(), q.get_content_charset('dflt'), q.get_charsets('z')))
raw2 = '''Content-Type: multipart/mixed; boundary=X

--X
Content-Type: multipart/alternative; boundary=Z
Content-Disposition: attachment

--Z
Content-Type: text/html

zh
--Z--
--X
Content-Type: multipart/related; boundary=Y; start="<nomatch>"

--Y
Content-Type: text/plain

first
--Y
Content-Type: text/html

second
--Y--
--X--
'''
p2 = email.message_from_string(raw2, policy=policy.default)
for prefs in [('related', 'html', 'plain'), ('plain',), ('html',), ('plain', 'html'), ['html', 'html']]:
    t(lambda: (lambda b: b and (b.get_content_type(), b.get_content()))(p2.get_body(prefs)))
t(lambda: [x.get_content_type() for x in p2.get_payload(1).iter_attachments()])
p3 = email.message_from_string('Content-Type: multipart/related; boundary=Y\n\n--Y--\n', policy=policy.default)
t(lambda: (lambda b: b and b.get_content_type())(p3.get_body()))
t(lambda: (lambda b: b and b.get_content_type())(p3.get_body(('plain',))))
t(lambda: EmailMessage().get_body().get_content_type())
t(lambda: (p3.is_multipart(), p3.get_payload(), p3.defects))
t(lambda: p2.get_body(('plain', 'plain', 'html')).get_content())
