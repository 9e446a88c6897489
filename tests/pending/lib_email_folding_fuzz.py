# Differential test: EmailPolicy folding of random unstructured and address headers.
import random
from email.message import EmailMessage
from email import policy
import email
r = random.Random(7)
words = ['hello', 'Café', 'crème', 'a' * 30, 'x', '日本', 'world', '"q"', '(c)', 'long' * 12, '=?utf-8?q?J=C3=B6rg?=', 'end.']
names = ['Ann', 'Jörg Müller', '"Doe, John"', 'Bob Smith', '']
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
for i in range(150):
    subj = ' '.join(r.choice(words) for _ in range(r.randint(1, 12)))
    pol = r.choice([policy.default, policy.SMTP, policy.default.clone(max_line_length=40), policy.SMTPUTF8])
    m = EmailMessage(policy=pol); m['Subject'] = subj
    t(lambda: m.as_string())
    addrs = []
    for _ in range(r.randint(1, 6)):
        n = r.choice(names); u = 'user%d@host%d.example.org' % (r.randint(0, 99), r.randint(0, 9))
        addrs.append(('%s <%s>' % (n, u)) if n else u)
    m2 = EmailMessage(policy=pol); m2['To'] = ', '.join(addrs)
    t(lambda: (m2.as_string(), str(m2['To']), [repr(a) for a in m2['To'].addresses]))
    raw = 'Subject: ' + subj + '\nTo: ' + ', '.join(addrs) + '\n\nbody\n'
    p = email.message_from_string(raw, policy=pol)
    t(lambda: (p.as_string(), str(p['subject']), str(p['to'])))
