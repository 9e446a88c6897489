# The SRE code that re._compiler produces: INFO blocks, prefixes, charsets, case folding.
import re
import re._compiler as C
import re._parser as P

BIG = 4294967294  # unbounded repeats (the engine's MAXREPEAT differs across builds)


def code(pattern, flags=0):
    words = C._code(P.parse(pattern, flags), flags)
    print(repr(pattern), flags, [('BIG' if w >= BIG else int(w)) for w in words])


for pat in ['a', 'abc', 'a|b', 'ab|ac', 'a|bc', '[abc]', '[a-z0-9]', '[^a]', 'a*', 'a+?', 'a{2,5}',
            '(a)b', 'a(b)c', '(?:ab)c', '(?P<n>x)(?P=n)', '(a)(?(1)b|c)', 'x*+', '(?>ab|a)', '(ab)++',
            '(?=a)b', '(?<=ab)c', '(?<!a)b', '^a$', '(?m)^a$', r'\bx\B', r'\Ax\Z', '.', '(?s).',
            r'\d\w\s\D\W\S', r'(?a)\d\w', r'[\d\s]', r'[^\W]', 'abcabcabd', 'aaaa', 'ab*c', 'a|b|c|d',
            '[ace]', '[a-cx-z]', '[abcfhkmq]', '[\u0100\u0200]', '[\u0100-\u0200x]', '[\u4e00-\u9fffa-z]',
            '[\U00010000-\U00010010]', '[a\U00010000]', '[^\x00-\uffff]', '(?:a|b)*c', 'a{,3}?',
            '(a)|b', '(?x) a b ', '(?i:a)b', 'a(?i:bc)', '()', 'a|', '(?:)', 'x' * 5 + '|y']:
    code(pat)
for pat in ['a', 'A', '1', 'k', 's', 'i', '\u00b5', '[a-z]', '[ks]', '[^s]', 'abc', 'a1b', '(a)\\1',
            '[\u0400-\u0450]', '\u017f', '[\U00010400-\U00010410]', '\U00010400', 'x[0-9]y', r'\w',
            '[\u00e0-\u00ff]', '\u03c3+', '(?-i:a)b']:
    code(pat, re.I)
    code(pat, re.I | re.A)
for pat in [b'a', b'[a-z]', b'\\w', b'\\b', b'(a)\\1', b'[\x80-\xff]']:
    code(pat, re.L | re.I)
    code(pat, re.L)
    code(pat, re.I)
