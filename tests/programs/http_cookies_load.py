# Parsing Cookie: headers with SimpleCookie/BaseCookie.load, and value quoting.
import random
from http.cookies import SimpleCookie, BaseCookie, CookieError

cases = ['kék=1', 'k=aéb; x=2', 'a=1; k=aéb; x=2', 'a=1 b=2', 'a=1, b=2', 'a b=2',
         'a="x\\"y\\012z"; b="q', 'a=1; path=/; secure; httponly; b=2; max-age=3',
         'path=/; a=1', 'a=1; $path=/x; $Version=1', '$x=1; a=2',
         'a=1; expires=Wed, 13-Jan-2021 22:23:01 GMT; b=2',
         'a=1; expires=Wed, 13 Jan 2021 22:23:01 GMT', 'a=1; foo; b=2', 'a=1; secure=yes',
         'a=1;;b=2', ' a = 1 ; b = 2 ', 'a=;b=', 'a=""', 'a=1; Domain=x; DOMAIN=y',
         'a=1; comment="hi there"', 'a=1;version', 'a==b', '=a', 'a=[1]', 'a=1\tb=2', 'a="abc',
         'a=1; $secure', 'a=1; $foo=1', 'a=1; $path="/x y"', 'a=1; path="/x y"', 'a=1; expires',
         'a=1; max-age="5"', 'a="x\\\\"', 'a=1\n', 'a="x\ny"', 'a="x\\\ny"', 'a=b; b=c; a=d',
         'A=1; a=2', 'k(k=1', 'k@k=1', 'a=1; SameSite=Strict; HttpOnly', 'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";']
for s in cases:
    for cls in (SimpleCookie, BaseCookie):
        c = cls()
        try:
            c.load(s)
        except CookieError as e:
            print('  error:', type(e).__name__, e)
        print(repr(s), repr(c), [(k, {a: v for a, v in m.items() if v != ''}) for k, m in c.items()])
        print('  ', repr(c.output()))

sc = SimpleCookie()
for v in ['', 'plain', 'a b', 'a;b', 'a,b', '"q"', 'back\\slash', 'tab\there', '\x00\x7f\xff', 'caf\u00e9',
          'snow\u2603', '()/<=>?@[]{}', "!#$%&'*+-.:^_`|~", None, 3.5, 12]:
    print(repr(v), sc.value_encode(v))
for v in ['"a\\"', '"\\8"', '"\\400x"', '"\\0123"', '"\\q\\\\"', '""', '"', '"a\\\\"', '"\\12"',
          '"\\777"', '"\\377"', '"a\\\nb"', '"\\\\012"', 'a\\054', '"a\\054b"', "'x'"]:
    print(repr(v), sc.value_decode(v))

# Random headers, parsed by both cookie classes.
rnd = random.Random(7)
alpha = ['a', 'b', 'Z', '=', ';', ' ', '"', '\\', '0', '1', '7', ',', '$', 'path', 'Path', 'secure',
         'HttpOnly', 'max-age', 'expires', 'Wed, 13-Jan-2021 22:23:01 GMT', '\t', '\n', '[', ']', '(',
         '@', 'é', '\x01', '012']
for n in range(400):
    s = ''.join(rnd.choice(alpha) for _ in range(rnd.randrange(1, 12)))
    for cls in (SimpleCookie, BaseCookie):
        c = cls()
        try:
            c.load(s)
            r = repr(c) + '|' + c.output(sep='/')
        except CookieError as e:
            r = 'E ' + str(e) + repr(c)
        print(repr(s), r)
    print('  ', sc.value_encode(s), sc.value_decode('"' + s + '"'))
