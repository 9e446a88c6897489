# \N{NAME} escapes in patterns (they need unicodedata.lookup).
import re

for p in [r'\N{GREEK SMALL LETTER ALPHA}', r'(?i)\N{LATIN CAPITAL LETTER A}', r'[\N{DIGIT ZERO}-\N{DIGIT NINE}]+',
          r'\N{EM DASH}+', r'\N{em dash}', r'\N', r'\N{', r'\N{}', r'\N{EM DASH', r'\N{NO SUCH NAME}',
          r'[\N{NO SUCH}]', r'\N{LATIN SMALL LETTER A}{2}']:
    try:
        print(repr(p), re.findall(p, 'a\u03b1A 019 \u2014\u2014 aa'))
    except re.error as e:
        print(repr(p), 'error:', e)
for p in [rb'\N{EM DASH}', rb'[\N]']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, 'error:', e)
