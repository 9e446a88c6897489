# Differential test: MIMEMultipart / MIMEMessage construction details.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email import policy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print('EXC', type(e).__name__, e)


for kw in [dict(boundary='abc'), dict(boundary='a b;c', foo='bar'), dict(_subtype='alternative', boundary='Q', charset='x"y'),
           dict(_subparts=[MIMEText('one'), MIMEText('two')], boundary='SEP'), dict(_subparts=(), boundary='Z', policy=policy.SMTP)]:
    t(lambda: MIMEMultipart(**kw).as_string())
    t(lambda: MIMEMultipart(**kw).items())
t(lambda: MIMEMessage(MIMEText('in')).as_string())
t(lambda: MIMEMessage('x'))
t(lambda: MIMEMessage(MIMEText('in'), 'news').get_payload(0).get_payload())
