# re.error for bytes patterns: characters past ASCII in a message show as \xhh,
# and positions, lines and columns count bytes.
import re


def show(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), repr(e.msg), e.pos, e.lineno, e.colno)
        print('   ', ascii(str(e)))


for p in [b'(?\xe9', b'(?P\xe9', b'(?<\xe9', b'(?\x80)', b'(?\x7f)', b'(?\x01)',
          b'[\xe9-a]', b'[\\\xe9-\\\xe8]', b'[\xff-\x80]', b'[z-\\\xe9]x(',
          b'(?P<\xe9>x)', b'(?P=\xe9)', b'(?(\xe9)a)', b'(?i\xe9)', b'(?-\xe9:x)',
          b'\\\xe9', b'[a-\\\xe9]', b'\xe9\n(?\xe9', b'a\n\n[\xf0-\xe0]',
          b'\\x\xe9', b'(?x)\xe9 # \xe9\n(?\xe0']:
    show(p)

# the same characters in str patterns stay as they are
for p in ['(?\xe9', '[\xe9-a]', '(?P<\xe9>x)(?P=\xe9)(?\xe0', 'x\n[\u4e00-a]']:
    show(p)

# replacement templates
for pattern, template in [(b'(a)', b'\\g<\xe9>'), (b'(a)', b'\\\xe9'), (b'(a)', b'\\2\xe9'),
                          ('(a)', '\\g<\xe9>'), ('(a)', '\\g<\xe9x>\\1')]:
    try:
        print(repr(re.sub(pattern, template, pattern[1:2])))
    except (re.error, IndexError) as e:
        print(type(e).__name__, ascii(str(e)))
