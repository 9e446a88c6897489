# findall() without groups and sub()/subn() with a plain replacement, over exact str and
# bytes (the engine's own loop) and over the other string kinds: empty matches next to
# others, count, pos/endpos, the string itself when nothing (or all of it) matched, and
# text that is ASCII, Latin-1 and wider.
import re

texts = ['', 'a', 'abcabc', 'a-b_c d', 'x' * 30 + 'yz',
         'caf\xe9 cr\xe8me \xe9t\xe9', 'na\u00efve \u03b1\u03b2 \u4e2d\u6587 \U0001f600!ab',
         'line1\nline2\n\nline4\n']
patterns = ['', 'a', 'b*', '[^a]', '\\w+', '\\b', '$', '(?m)^', 'x*yz?', '\xe9|\u03b2',
            '.', '\\s*', 'ab|c', '(?:a|b)+', '\\B']

for p in patterns:
    rx = re.compile(p)
    for t in texts:
        r = (rx.findall(t), rx.findall(t, 1), rx.findall(t, 2, 5), rx.findall(t, 7, 2),
             rx.sub('-', t), rx.sub('<>', t, 2), rx.subn('', t), rx.subn('\xe9\u4e2d', t, 1),
             rx.sub('', t, count=0))
        print(repr(p), repr(t), r)

# The string itself comes back when nothing matched or a match is all of it.
s = 'hello world'
print(re.sub('zzz', 'q', s) is s, re.subn('zzz', 'q', s)[0] is s,
      re.findall('.*', s)[0] is s, re.findall('h.*d', s)[0] is s)
b = b'bytes here'
print(re.sub(b'zzz', b'q', b) is b, re.findall(b'.+', b)[0] is b)

# bytes, with pos/endpos and count.
for p in [b'a', b'[0-9]+', b'', b'\\d*', b'ab|b']:
    rx = re.compile(p)
    for t in [b'', b'a1b22c333', b'abab', bytes(range(200, 256)) + b'a1']:
        print(p, t, rx.findall(t), rx.findall(t, 2), rx.sub(b'#', t), rx.subn(b'', t, 3))

# Other kinds of strings keep to their own paths.
class S(str):
    pass

print(re.findall('a', S('banana')), type(re.sub('a', 'o', S('banana'))),
      re.sub('a', 'o', S('banana')), re.subn('x', 'o', S('banana')))
print(re.findall(b'a', bytearray(b'banana')), re.sub(b'a', b'o', bytearray(b'banana')),
      re.findall(b'n.', memoryview(b'banana')), re.sub(b'n', b'N', memoryview(b'banana')))
print(re.sub('a', 'o', 'banana', count=-1), re.subn('a', 'o', 'banana', -5))
print(re.sub('(a)', 'o', 'banana'), re.sub('a', r'\\', 'banana'), re.sub('a', lambda m: 'A', 'banana'))
print(re.findall('(a)(n)?', 'banana'), re.findall('(a)', 'banana'))

# Errors as CPython gives them.
for call in [lambda: re.sub('a', b'x', 'abc'), lambda: re.sub(b'a', 'x', b'abc'),
             lambda: re.findall('a', b'abc'), lambda: re.findall(b'a', 'abc'),
             lambda: re.sub('a', 'x', 'abc', 'z'), lambda: re.findall('a', 5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# A long text with many matches.
big = ('ab,cd;' * 5000) + '\xe9'
print(len(re.findall('[a-z]+', big)), len(re.sub(',|;', '', big)), re.subn('[,;]', ' ', big)[1])
