# Differential test: EmailPolicy folding of random unstructured and address headers.
from email.message import EmailMessage, MIMEPart
from email import policy
from email.headerregistry import Address, Group
import email, datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
def show(name, val, pol=policy.default):
    m = EmailMessage(policy=pol); m[name] = val
    h = m[name]
    t(lambda: (m.as_string(), str(h), type(h).__name__, h.defects and [type(d).__name__ for d in h.defects]))
    for attr in ['addresses', 'groups', 'datetime', 'params', 'content_type', 'maintype', 'subtype', 'content_disposition', 'cte', 'version', 'major', 'minor']:
        if hasattr(h, attr): t(lambda: (attr, dict(getattr(h, attr)) if attr == 'params' else getattr(h, attr)))
for name, val in [('Subject', 'Hello Café world'), ('Subject', 'Café crème brûlée'), ('Subject', 'Hello Café crème world and more'), ('Subject', 'word ' * 30), ('Subject', 'Café ' * 20), ('Subject', 'a' * 100), ('Subject', 'x ' + 'a' * 100 + ' y'), ('Subject', 'Hello "quoted" (paren) world'), ('Subject', 'S' * 70), ('Subject', '=?utf-8?q?hello?= there'), ('Subject', 'Hello =?utf-8?q?Caf=C3=A9?= world'), ('Subject', 'mixed 日本語 text'), ('X-Thing', '  leading and trailing  '), ('Subject', 'tab\there'),
  ('To', 'Jörg Müller <j@example.com>, plain@x.org'), ('To', '"Doe, John" <jdoe@x.org>, a@b.c, Group: m@n, o@p;'), ('To', ', '.join('user%d@example.com' % i for i in range(8))), ('To', 'a@b,c@d'), ('To', ' a@b ,  c@d '), ('To', [Address('Jörg', 'j', 'x.org'), Address(addr_spec='a@b')]), ('To', Group('grp', [Address('A B', 'a', 'b')])), ('From', Address('Doe, John', 'jd', 'x.org')), ('Sender', 'one@x'), ('Cc', 'Empty: ;'), ('To', 'A Person <a.person@example.com> (comment)'),
  ('Date', 'Mon, 20 Nov 1995 19:12:08 -0500'), ('Date', datetime.datetime(2020,1,2,3,4,5,tzinfo=datetime.timezone.utc)), ('Date', 'bogus'), ('MIME-Version', '1.0'), ('MIME-Version', '2.1 (x)'), ('Content-Transfer-Encoding', 'Base64'), ('Message-ID', '<abc@def>'), ('Content-Type', 'text/plain'), ('Content-Type', 'multipart/mixed; boundary="' + 'b' * 70 + '"'), ('Content-Type', 'text/plain;charset=utf-8'), ('Content-Type', 'TEXT/Plain ; charset=x (comment) ;  a="b c"'), ('Content-Type', "text/plain; title*=utf-8''caf%C3%A9; x*0=a; x*1=b"), ('Content-Disposition', 'inline'), ('Content-Disposition', 'attachment;filename=a.txt'), ('Content-Disposition', 'attachment; filename="résumé.pdf"'), ('X-Other', 'text/plain;charset=utf-8'), ('Content-Type', 'text/plain; name="' + 'n' * 60 + '"'), ('Content-Type', 'garbage')]:
    show(name, val)
show('Subject', 'Café', policy.SMTPUTF8)
show('Content-Type', 'text/plain; charset="utf-8"', policy.default.clone(max_line_length=20))
m = EmailMessage(); m['Subject'] = 'x'
t(lambda: (m['Subject'], m['subject'].name, m['subject'].defects))
t(lambda: m.__setitem__('Subject', 'y'))
t(lambda: m.__setitem__('X', 'a\nb'))
a = Address('Jörg M', 'j.m', 'x.org'); t(lambda: (repr(a), str(a), a.addr_spec, a.display_name, a.username, a.domain))
t(lambda: str(Address(addr_spec='"a b"@c.d'))); t(lambda: repr(Address(addr_spec='x@y')))
t(lambda: Address('a', 'b', 'c', addr_spec='x@y'))
t(lambda: Address('a\n'))
t(lambda: str(Address()))
t(lambda: str(Address('n')))
g = Group('G', [a]); t(lambda: (repr(g), str(g), str(Group()), str(Group(None, [a])), str(Group('a.b', []))))
t(lambda: Address('a', 'b', 'c') == Address('a', 'b', 'c'))
for p in [policy.default, policy.SMTP, policy.SMTPUTF8, policy.HTTP, policy.strict, policy.compat32, policy.default.clone(max_line_length=40)]:
    t(lambda: (repr(p), p.linesep, p.max_line_length, p.raise_on_defect, p.cte_type, p.mangle_from_, getattr(p, 'utf8', None), getattr(p, 'refold_source', None)))
t(lambda: policy.default.clone(foo=1))
t(lambda: setattr(policy.default, 'utf8', True))
t(lambda: repr(policy.compat32 + policy.SMTP))
t(lambda: (policy.default.header_max_count('to'), policy.default.header_max_count('x')))
