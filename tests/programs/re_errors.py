# re.error messages, positions, line and column numbers, as CPython 3.12 reports them.
import re

patterns = [
    '(', 'a)', '(?P<a>x', '[a', '[', '[]', '[^]', '[b-a]', r'[\d-z]', r'[a-\w]', '*', 'a**', '+a',
    '?', '^*', r'\b+', 'a{2,1}', 'x{3}{2}', '(?', '(?<x)', '(?<', '(?Pq)', '(?P', '(?P<>a)',
    '(?P<1>a)', '(?P<a b>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', '(?P=)', '(?P=a', '(?P<a>(?P=a))',
    '(?z)', '(?x', '(?i-', '(?i-:a)', '(?-z:a)', '(?a-u:x)', '(?au:x)', '(?#abc', 'a(?i)',
    '\\', 'a\\', r'\q', r'\x', r'\x1', r'\xg1', r'\u12', r'\U1234', r'\U00110000', r'\8',
    r'(a)\2', r'(a\1)', r'\400', r'[\400]', r'[\8]', r'[\A]', r'[\z]', r'\N', r'\N{', r'\N{}',
    r'(?(1)a|b)', r'(?(1)a|b|c)(x)', r'(?(a)x)', r'(?(0)x)', r'(?(1x)a)', r'(?(', r'(?()',
    r'(?<=a+)b', r'(?<=x*)', r'(?<!(?P<n>a)(?P=n))', r'(?<=(a)|b)\1', '(?>', '(?i:a',
    'abc\ndef(', 'ab\n  (?P<n>x)\n(?P<n>y)', '\n\n*', 'a{4294967296}', 'a{1,4294967296}',
    '(?P<a>x)(?(a)y|z', '(a)(?P<\u00e9>b)', r'(?P<\u0661>b)', '(?P<a\u0301>x)', '(?u)(?a)x',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
e = re.error('custom')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
e = re.error('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
e = re.error('msg', b'ab\ncd', 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
for call in [lambda: re.compile(5), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.search('a', 5), lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'),
             lambda: re.compile('a').search('a', 'x'), lambda: re.split('a', None),
             lambda: re.compile(['a'])]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(re.compile('a')) is re.compile('a'), re.compile('x*').pattern)
