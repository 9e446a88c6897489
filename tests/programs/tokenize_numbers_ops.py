import io
import tokenize

SOURCES = [
    '0 1 123 1_000 0x1F 0XaB 0o17 0O7 0b101 0B1_0 1.5 .5 5. 1e10 1E-5 1.5e+3 1j 1.5J 0.0 00 1_0.0_1e1_0 0_0\n',
    'a+=1;b-=2;c*=3;d/=4;e//=5;f%=6;g**=7;h>>=8;i<<=9;j&=1;k|=2;l^=3;m@=4\n',
    'a->b:=c!=d==e<=f>=g<h>i<<j>>k**l//m...n.o~p^q|r&s@t\n',
    'x = [1, {2: (3,)}]\na[1:2, ::3]\n',
    '1if x else 2\n', '1e\n', 'x = 10l\n', '09\n', 'x = 1.e5 + 1.j\n',
    'def f(a, /, b, *, c): pass\n', 'lambda: (yield)\n',
    '0b2\n', '1_\n', '0x\n', 'x = 0xg\n', '1__0\n', 'x = 1e+j\n',
    's = r"a\\"b" + b\'x\' + rb"y" + Br"z" + u"w" + BR\'\'\'t\'\'\'\n',
    "'''\nmulti\nline''' ; x\n", 'x = "\\\ny"\n', '"a" "b"\n',
    'x = """a\n', 'x = "abc\n', 'x = (1,\n', 'if a:\n    b\n  c\n',
    '\\\n', 'x\\\n', 'a = 1\n\\\nb\n', 'x = 1\\\n\n',
]

for src in SOURCES:
    print('=====', repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(t)
    except (tokenize.TokenError, SyntaxError) as e:
        print('error', type(e).__name__, e.args)
