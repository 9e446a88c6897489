# Differential test: EmailPolicy folding of random unstructured and address headers.
from email.utils import *
import email.utils as U
import random
def t(f):
    try: print(repr(f()))
    except Exception as e: print('EXC', type(e).__name__, e)
addrs = ['a@b.c', 'John Doe <jdoe@example.com>', '"Doe, John" <jdoe@x.org>', 'jdoe@x.org (John Doe)', 'Group: a@b, c@d;', 'Undisclosed recipients:;',
 '<@route,@r2:user@host>', 'user@[127.0.0.1]', 'bad@@host', 'a@b@c', '"quoted\\"name" <q@x>', 'no-at-sign', '', '   ', 'Name <>', 'x <y', 'a.b.c@d.e', 'a . b @ c . d',
 '"a b"@c.d', 'Émile <e@x.fr>', 'foo (comment (nested)) <f@x>', 'a@b, c@d, "e, f" <g@h>', '=?utf-8?q?J=C3=B6rg?= <j@x>', 'x@y (c1) (c2)', '<a@b> trailing', 'a@b.c.', '@x', 'one, two', ',,a@b,,', 'Foo Bar <foo@bar.com>, Baz <baz@qux>', 'a\r\n b <c@d>', '"unterminated <a@b>', '(unterminated <a@b>', '[x] <a@b>', 'a:b@c', 'phrase phrase2 <x@y.z>']
for a in addrs:
    t(lambda: parseaddr(a)); t(lambda: getaddresses([a])); t(lambda: getaddresses([a, 'z@z']))
r = random.Random(3)
chars = 'ab @<>,;:"()\\.[] c'
for i in range(400):
    s = ''.join(r.choice(chars) for _ in range(r.randint(0, 14)))
    t(lambda: (s, parseaddr(s), getaddresses([s])))
for p in [('', 'a@b'), ('A B', 'a@b'), ('A.B', 'a@b'), ('A"B', 'a@b'), ('A\\B', 'a@b'), ('Jörg', 'j@x'), ('Jörg', 'j@x')]:
    t(lambda: formataddr(p)); t(lambda: formataddr(p, 'iso-8859-1'))
t(lambda: formataddr(('x', 'ü@x')))
dates = ['Mon, 20 Nov 1995 19:12:08 -0500', 'Mon, 20 Nov 1995 19:12:08 GMT', '20 Nov 1995 19:12:08', 'Mon,20 Nov 1995 19:12:08 +0100', 'Tue, 1 Jan 70 00:00:00 EST', 'Nov 20 1995 19:12', '20-Nov-1995 19:12:08 PST', 'Mon, 20 November 95 19.12.08 +0000',
  'Sat, 01 Jan 2000 12:00:00 -0000', 'Sat, 01 Jan 2000 12:00:00 +0000', '1 Jan 2000 00:00:00 Z', 'garbage', '', 'Mon, 32 Foo 2000 1:2:3', 'Mon, 20 Nov 1995', 'Mon, 20 Nov 1995 19:12:08 -0500 extra', '20 Nov 1995 19:12:08-0500', 'Fri, 09 Nov 2001 01:08:47 -0000', '2001 Nov 09 01:08:47', 'Nov, 09 2001 01:08:47', '9 Nov 2001 1:8 +0530', 'Wed, 3 Apr 2002 14:58:26 +0800 (CST)', '3 Apr 2002 25:61:61 UT', 'Thu, 1 Jan 1970 00:00:00 +0000', '10 Dec 99 10:00:00 XYZ', '10 dec, 99, 10:00:00', '1 Jan 2000 a:b:c']
for d in dates:
    t(lambda: parsedate_tz(d)); t(lambda: parsedate(d)); t(lambda: U._parsedate_tz(d)); t(lambda: parsedate_to_datetime(d))
    t(lambda: mktime_tz(parsedate_tz(d)))
import datetime
for tv in [0, 1, 1e9, 1234567890.5, 2**31, 951782400]:
    t(lambda: formatdate(tv)); t(lambda: formatdate(tv, usegmt=True)); t(lambda: formatdate(tv, localtime=False, usegmt=False))
t(lambda: format_datetime(datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc), usegmt=True))
t(lambda: format_datetime(datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=2))), usegmt=True))
t(lambda: format_datetime(datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))))
import re
t(lambda: bool(re.fullmatch(r'<\d+\.\d+\.\d+@example\.com>', make_msgid(domain='example.com'))))
t(lambda: bool(re.fullmatch(r'<\d+\.\d+\.\d+\.tag@d>', make_msgid('tag', 'd'))))
t(lambda: localtime(datetime.datetime(2020,1,1,tzinfo=datetime.timezone.utc)).utcoffset() is not None)
for s in ["us-ascii'en'hello%20world", "hello", "a'b", "utf-8''caf%C3%A9"]:
    t(lambda: decode_rfc2231(s))
for s, c, l in [('hello world', None, None), ('café', 'utf-8', None), ('café', 'utf-8', 'fr'), ('a b', None, 'en'), ('x;y=z', 'iso-8859-1', '')]:
    t(lambda: encode_rfc2231(s, c, l))
t(lambda: encode_rfc2231('café'))
for params in [[('text/plain', '')], [('text/plain', ''), ('charset', '"utf-8"')], [('a', ''), ('title*', "us-ascii'en'This%20is%20%2A%2A%2Afun%2A%2A%2A")], [('a', ''), ('title*0*', "us-ascii'en'This%20is%20even%20more%20"), ('title*1*', '%2A%2A%2Afun%2A%2A%2A%20'), ('title*2', '"isn\'t it!"')], [('a',''), ('name*1', 'B'), ('name*0', 'A')], [('a', ''), ('x*', 'noquote')], [('a', ''), ('x*0', 'p'), ('x*', 'q')]]:
    t(lambda: decode_params(params))
for v in ['"a\\"b"', '<x>', 'plain', '"', '""', ('utf-8', 'en', '"caf\xc3\xa9"'), ('bogus-cs', '', 'x'), (None, None, 'x')]:
    t(lambda: U.unquote(v) if isinstance(v, str) else None); t(lambda: collapse_rfc2231_value(v)); t(lambda: collapse_rfc2231_value(v, 'strict', 'latin-1'))
