# Differential test: raw_data_manager set_content/get_content details (header order, line splitting, cte).
from email.message import EmailMessage, Message
from email import policy
import email


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('EXC', type(e).__name__, e)


def show(m):
    return m.as_string()


for pol in [policy.default, policy.SMTP, policy.default.clone(max_line_length=40), policy.default.clone(cte_type='7bit')]:
    for text in ['hello\n', 'a\x0cb\x0bc\x1cd\x85e\u2028f', 'é' * 100, 'x' * 100 + '\n', 'line1\r\nline2\rline3\n', '日本語' * 30, '']:
        for cte in [None, 'base64', 'quoted-printable', '8bit', '7bit']:
            m = EmailMessage(policy=pol)
            def go():
                m.set_content(text, cte=cte, headers=['X-A: 1', 'X-B: two'], filename='f.txt', disposition='inline', cid='<c@x>', params={'format': 'flowed'})
                return cte, show(m), m.get_content()
            t(go)
m = EmailMessage()
m['Content-Disposition'] = 'attachment; filename="old.txt"'
t(lambda: (m.set_content('x', filename='new.txt'), show(m))[1])
m = EmailMessage()
t(lambda: (m.set_content(b'\x00\x01' * 60, 'application', 'octet-stream', filename='a.bin', headers=['X-Z: z']), show(m))[1])
t(lambda: (m.set_content(b'ab  c\t \n' * 5, 'application', 'x', cte='quoted-printable'), show(m))[1])
inner = EmailMessage()
inner['Subject'] = 'in'
inner.set_content('body')
for sub in ['rfc822', 'external-body', 'partial', 'foo']:
    m = EmailMessage()
    t(lambda: (m.set_content(inner, sub, headers=['X-Q: q']), show(m))[1])
for ct in ['message/rfc822', 'message/foo', 'message/partial', 'message/external-body', 'multipart/mixed', 'model/x', 'text/x', 'image/png']:
    raw = 'Content-Type: %s\n\nSubject: s\n\nbody\n' % ct
    p = email.message_from_string(raw, policy=policy.default)
    t(lambda: (lambda c: c if isinstance(c, (str, bytes)) else c.as_string())(p.get_content()))
