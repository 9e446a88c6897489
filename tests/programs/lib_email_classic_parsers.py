# Differential test: the classic parseaddr()/getaddresses() and the date parser on
# named odd inputs and many generated ones.
import random, time
from email import utils as U
def t(f):
    try: print(repr(f()))
    except Exception as e: print("EXC", type(e).__name__, e)
A = ['a b c', 'a b c <x@y>', 'a (c) b <x@y>', '(c1) a (c2) <x@y> (c3)', 'x@y (c1) (c2)', 'a b@c', 'a . b', 'a.b', 'a . b c', '"a b" c', '"a b" c@d',
 'a@b c', 'a@b c@d', 'a@b <c@d>', 'a <b> c', 'a <b@c> d@e', '<a@b> <c@d>', 'a@b.c .d', 'a @ b', 'a @ b . c', 'a@b@c', 'a@@b', '@', '@a', 'a@', '.', '.a', 'a.', 'a..b@c',
 'x (a(b)c) <y>', 'x (a\\)b) <y>', '"a\\"b"@c', '"a\\\\b"@c', '"a\\xb"@c', 'a"b"c@d', '"a"."b"@c', '"a" . "b"@c', 'a\tb <c>', 'a\r\nb <c>', 'a\rb', 'a\nb', '[1.2] a', 'a@[1.2]', 'a@[1 .2]', 'a@[1\\]2]', 'a@b [c]', 'a : b', 'g: a, b; c', 'g: a; ; c', 'g:', 'g: a, (x) b <c@d>;', ':;', ';', ',', 'a;b', 'a,b', 'a > b', '> a', '<', '<>', '<a', '<@a:b@c>', '<@a,@b:c@d>', '<@a@b:c>', '<:a@b>', '<a:b@c>', '< a @ b >', '<a b@c>', '<"a b"@c>', '<a.b.c>', '<a . b>', '< (x) a@b (y) >', 'n <a@b (c)>', 'a@b.(x)c', 'a@b (x) .c', 'a (x) @ b', 'a(x)@b', '"a"(x)b@c', 'a@b]', 'a]b', 'a[b', 'a@b[c', '"unterminated', '(unterm', '[unterm', 'x <"a>b"@c>']
B = ['a (x) b@c', 'a  b@c', 'a\tb@c', '(c0) a (x) @ b', 'a (x) . b @ c', 'a@b\r\n c', 'a@b\r\n.c', 'a@\r\nb', 'a@b"c"', '<a@b"xy">', '<a@b@c>', '<a@b,c>', '<a b>', '<a>b', 'x <a@b> (c)', 'x <a@b> y', 'a, ', ', a', 'a,,b', 'a ,b', 'a@b (c) , d', 'g: (x) a@b (y);', 'g: a <b@c>, d;', 'g: h: a;;', 'a@b(c)d', 'a@b.c(d)e', '"x" <a>', '"x" "y" <a>', '"" <a>', '""', '"" a', '"a"b', 'a"b', 'a(b', 'x <a@b', 'x <a@b (c', 'x <@a', 'x <@', '<@a b:c@d>', '<@a:@b:c@d>', '<::a@b>', '<@a.b.c:d@e>', '<@[1]:d@e>', '@[1]', 'a@[1', 'a@[1]x', 'a@[1](c)', 'a@x[1]y.z', 'a@(c)b', 'a.@b', 'a..@b', '.@b', 'a.(c).b@d', 'a . "b" @c', '"a" "b"@c', 'a.\tb@c', 'a \t b@c', 'a\\b@c', 'a\\', '"a\\', '(a\\', 'a@b\\c', 'a <b\\>c>', ')a', 'a)', '(a)', '(a) (b)', '(a) b', '(a) b c', 'b (a)', 'a:', 'a:b', ':a', 'a;', 'a]', ']', '[', '[]', '[a]@b', 'x [a] <b>', 'x . y <b>', 'x.y <b>', '. <b>', 'x@ <b>', 'x <b> <c>', 'a <b>, c <d>', 'a <b> , c', 'a <b>;c', 'a <> b']
C = ['<a ', '<a (c)', '<"a" ', '<a b', '<a . ', '<a .', 'x <a@b ', 'a@b ', '<a\t', '<a\r\n', '<a@b\r\n c>', '<a@b (x)', '<a.b (x) c>']
for s in A + B + C:
    t(lambda: (s, U.getaddresses([s]), U.parseaddr(s), U.getaddresses([s, s])))
for x in [None, b'a@b', ['x', 'y'], (), '']:
    t(lambda: U.getaddresses(x))
t(lambda: U.parseaddr(b'a@b'))
r = random.Random(2024)
for alpha in ['ab @<>,;:"()\\.[] c\t', 'ab@<>,;:"()\\.[] \t\n', 'ab cd.@<>"(),']:
    for i in range(300):
        s = ''.join(r.choice(alpha) for _ in range(r.randint(0, 22)))
        t(lambda: (s, U.getaddresses([s]), U.parseaddr(s)))
vocab = ['Mon,', 'Tue', 'sun', 'Wednesday,', 'Friday', '1', '31', '02', '0', '00', '-3', '+4', 'Jan', 'feb', 'December',
         'SEPT', 'sept', 'Foo', '2000', '99', '69', '68', '5', '1:2', '10:20:30', '1:2:3:4', ':5', '1:', '1.2.3', '1.2',
         '+0100', '-0500', '+01:00', 'EST', 'GMT', 'ut', 'Z', 'xyz', ',', '3-Mar-2001', '1-2-3', '-Jan-', '12:00+0200',
         '1:2-0100', '+1:2', '-1:2', '-0000', '7,', '2000,', 'Jan,', '10:20,', 'a,b', ',5', 'x,Jan', '1_0', '(CET)', '-', '+']
for i in range(700):
    if i % 3:
        sep = r.choice([' ', ' ', '  ', '\t', ', '])
        d = sep.join(r.choice(vocab) for _ in range(r.randint(1, 7)))
    else:
        d = ' '.join([r.choice(['', 'Mon,', 'Tue']), r.choice(['1', '31', 'Jan', 'feb,', '7,']), r.choice(['Jan', 'Nov', '3', 'Feb,']),
                      r.choice(['2000', '99', '1:2:3', 'EST', '2000,']), r.choice(['1:2:3', '10:20', '1.2.3', '2000', 'GMT', '+0100', '1:2+0100']),
                      r.choice(['', '+0100', '-0000', 'EST', '2001', 'x'])])
    t(lambda: (d, U._parsedate_tz(d)))
fmts = ['%a, %d %b %Y %H:%M:%S', '%A, %d-%b-%y %H:%M:%S', '%a %b %d %H:%M:%S %Y', '%d %b %Y %H:%M', '%a,%d %b %Y %H:%M:%S',
        '%d %B %y %H.%M.%S', '%b %d, %Y %H:%M:%S', '%Y %b %d %H:%M:%S', '%d %b %Y %H:%M:%S']
zones = ['', ' +0000', ' -0000', ' GMT', ' EDT', ' +0530', ' -1200', ' (UTC)', ' +0100 (CET)', ' Z', ' pst', ' +01', ' UT']
for i in range(300):
    d = time.strftime(r.choice(fmts), time.gmtime(r.randint(-2 * 10**9, 4 * 10**9))) + r.choice(zones)
    if r.random() < 0.2: d = d.replace(' ', r.choice(['  ', '\t', ' , ']), 1)
    if r.random() < 0.1: d = d.replace(' +', '+').replace(' -', '-')
    t(lambda: (d, U._parsedate_tz(d), U.parsedate_tz(d)))
