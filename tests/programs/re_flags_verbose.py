# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags.
import re

text = 'First line\nsecond Line\nTHIRD line'
print(re.findall(r'^\w+', text))
print(re.findall(r'^\w+', text, re.M))
print(re.findall(r'line$', text, re.M | re.I))
print(re.findall(r'(?im)^s\w+', text))
print(re.search(r'line.second', text, re.I))
print(re.search(r'line.second', text, re.I | re.S))
print(re.search(r'(?s)line.second', text))
print(re.findall(r'(?i:l)ine', 'Line line LINE'))
print(re.findall(r'(?i)l(?-i:ine)', 'Line LINE liNE line'))
print(re.findall(r'\w+', 'café naïve', re.A))
print(re.findall(r'\w+', 'café naïve'))
print(re.findall(r'(?a:\w+)', 'café'), re.findall(r'(?u:\w+)', 'café'))
print(re.findall(r'\d', '1٢3'), re.findall(r'\d', '1٢3', re.ASCII))
print(re.findall(r'\s', 'a\u2003b c'), re.findall(r'(?a)\s', 'a\u2003b c'))
print(re.search(r'\bcafé\b', 'un café noir'), re.search(r'(?a)\bcaf\b', 'café'))
verbose = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac>\d+) )?   # optional fraction
    \s* \# \ mark       # escaped hash and space
""", re.VERBOSE)
m = verbose.match('12.50  # mark')
print(m.groupdict(), m.span())
print(re.match(r'(?x) a b c # comment', 'abc'))
print(re.match(r'(?x)[ ]a', ' a'), re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'(?x: a b )c d', 'abc d'))
print(re.match(r'(?x)a| b', 'b'))
print(re.compile('a', re.I | re.M).flags, re.compile('(?s)a').flags)
print(re.compile(b'a', re.I).flags, re.compile('a', re.A).flags)
print(repr(re.compile('a+', re.IGNORECASE)))
print(repr(re.compile('a', re.I | re.M | re.S | re.X | re.A)))
print(repr(re.compile(b'a', re.L | re.I)), repr(re.compile('(?u)x')), repr(re.compile('x', re.U)))
print(repr(re.compile('a', 1 << 12)), repr(re.compile('(?x)a')))
print(re.I, re.M | re.S, re.NOFLAG, re.A | 1024, repr(re.DEBUG))
print(re.I | re.M, re.IGNORECASE == 2, int(re.VERBOSE), re.I & re.M, re.I ^ re.I)
print(isinstance(re.I, int), re.I + 1, type(re.I | re.M).__name__, re.RegexFlag.__name__)
print(re.I.value, re.I.name, re.NOFLAG.value, re.S.name, re.DOTALL is re.S)
print(f'{re.I}', '%s' % re.M, '%d' % re.M, format(re.S, '04d'))
for bad in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U),
            lambda: re.compile('a', re.A | re.U), lambda: re.compile(b'a', re.A | re.L),
            lambda: re.compile('(?L)a'), lambda: re.compile(b'(?u)a'),
            lambda: re.compile('(?au)a'), lambda: re.compile('(?i-a:x)'),
            lambda: re.compile('a(?i)b'), lambda: re.compile('(?i-i:a)'),
            lambda: re.compile('(?z)a'), lambda: re.compile('(?i'), lambda: re.compile('(?-)'),
            lambda: re.compile('(?-1:a)'), lambda: re.compile('(?i:a'), lambda: re.compile('(?ix-')]:
    try:
        bad()
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
