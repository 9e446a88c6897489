# Differential checks of the re paths made faster: Pattern/Match methods,
# sub/subn templates and callables, split, findall, finditer, the parser's
# runs of plain characters and the compiler's words.
import re
import warnings
from re import _compiler, _parser


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


# --- search / match / fullmatch and Match objects
p = re.compile(r'(((\w+):\/\/)([^\/:]*)(:(\d+))?)?([^#?]*)(\?([^#]*))?(#(.*))?')
m = p.search('uggc://jjj.snprobbx.pbz:80/ybtva.cuc?k=1#top')
print(m)
print(m.groups())
print(m.groups('-'))
print(m.group(0), m.group(3), m.group(6, 9, 11), m[4], m[0])
print(m.span(), m.span(4), m.start(6), m.end(11), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
for g in (True, -1, 12, 1.0, 'x', None):
    show('group %r' % (g,), lambda: m.group(g))
    show('getitem %r' % (g,), lambda: m[g])
    show('span %r' % (g,), lambda: m.span(g))

n = re.compile(r'(?P<a>x)(?P<b>y)?(?P<c>z)')
m = n.match('xz')
print(m.groupdict(), m.groupdict(0), m.group('a', 'b', 'c'), m.lastgroup, m.lastindex)
print(m.expand(r'[\g<a>|\g<b>|\2|\g<0>|\n]'))
show('expand bad', lambda: m.expand(r'\g<d>'))
show('expand bad2', lambda: m.expand(r'\5'))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(a)|b', 'b').lastindex)
print(re.match(r'(?P<n>a)|b', 'a').lastgroup, re.match(r'(?P<n>a)|b', 'b').lastgroup)

for pat, s, args in [('ab', 'xxabyy', ()), ('ab', 'xxabyy', (2,)), ('ab', 'xxabyy', (3,)),
                     ('ab', 'xxabyy', (-5, 4)), ('ab', 'xxabyy', (2, 3)),
                     ('ab', 'xxabyy', (4, 2)), ('^ab', 'xxabyy', (2,)),
                     ('ab$', 'xxabyy', (0, 4)), ('', 'abc', (10,)), ('', 'abc', (1, 2))]:
    r = re.compile(pat)
    print(pat, args, r.search(s, *args), r.match(s, *args), r.fullmatch(s, *args))
show('pos float', lambda: re.compile('a').search('a', 0.0))
show('pos bool', lambda: re.compile('a').search('ba', True))
show('bytes on str', lambda: re.compile(b'a').search('a'))
show('str on bytes', lambda: re.compile('a').search(b'a'))
show('int subject', lambda: re.compile('a').search(5))


class S(str):
    pass


ms = re.search('b+', S('abbc'))
print(type(ms.group()).__name__, type(ms.string).__name__, ms.group())
mb = re.search(b'b+', bytearray(b'abbc'))
print(mb.group(), type(mb.group()).__name__, mb.span())
mv = re.search(b'(b+)(c)?', memoryview(b'abbx'))
print(mv.groups(), mv.group(0))
whole = 'whole string'
print(re.match('.*', whole).group() is whole, re.search('w', whole).string is whole)

# --- sub / subn
for pat, repl, s, count in [
        (r'(\w+) (\w+)', r'\2 \1', 'hello world, good day', 0),
        (r'(\w+) (\w+)', r'\g<2>-\g<1>-\g<0>', 'hello world, good day', 1),
        (r'(a)|(b)', r'[\1\2]', 'abcab', 0),
        (r'x*', '-', 'abxd', 0),
        (r'x*', r'<\g<0>>', 'axxb', 0),
        (r'', '-', '', 0),
        (r'^\s*|\s*$', '', '  padded  ', 0),
        (r'\d', r'\\\n\t', 'a1b2', 0),
        (r'(?P<d>\d)', r'<\g<d>>', 'a1b22', 2),
        (r'z', 'q', 'abc', 0),
        (r'b', r'\0', 'abc', 0),
        (r'b', r'\08', 'abc', 0),
        (r'(b)', r'\1\101', 'abc', 0),
]:
    print(repr(pat), repr(repl), re.sub(pat, repl, s, count=count), re.subn(pat, repl, s, count))
for repl in [r'\9', r'\g<x>', r'\g<-1>', r'\q', '\\', r'\g<1', r'\g']:
    show('bad repl %r' % repl, lambda: re.sub('(a)', repl, 'a'))
print(re.sub(b'(a)', rb'<\1>', b'xaxa'), re.sub(b'a', b'', bytearray(b'xaxa')))
print(re.sub(b'(a)', rb'<\1>', bytearray(b'xay')), re.subn(b'a', memoryview(b'-'), b'aa'))
print(re.sub('a', lambda m: m.group().upper() + str(m.start()), 'banana'))
print(re.sub('a', lambda m: None, 'banana'), re.subn('(n)', lambda m: m[1] * 2, 'banana', 1))
show('sub callable int', lambda: re.sub('a', lambda m: 5, 'xax'))
show('sub callable bytes', lambda: re.sub('a', lambda m: b'x', 'xax'))
show('sub negative count', lambda: re.sub('a', 'b', 'aaa', count=-1))
show('sub bad count', lambda: re.sub('a', 'b', 'aaa', count='1'))
print(re.sub('a', 'b', S('xax')), type(re.sub('q', 'b', S('xax'))).__name__)
t = 'no match here'
print(re.sub('Q', 'x', t) is t, re.sub(b'Q', b'x', bytearray(b'ab')))
# the same template, again and with different patterns
for i in range(3):
    print(re.sub(r'(\d)(\d)?', r'[\2\1]', 'a12b3c%d' % i))
    print(re.compile(r'(\d)(\d)?').sub(r'[\2\1]', 'x9'))
class T(str):
    pass
print(re.sub('(a)', T(r'<\1>'), 'bab'), re.sub('(a)', r'<\1>', 'bab'))

# --- split / findall / finditer / scanner
for pat, s, maxsplit in [(',', 'a,b,,c', 0), ('(,)', 'a,b,,c', 2), ('(,)|(;)', 'a,b;c', 0),
                         ('x*', 'abc', 0), ('', 'ab', 0), (r'\s+', '  a b  ', 0),
                         ('q', 'abc', 0), (',', 'a,b', -1), ('(a)(x)?', 'bab', 0)]:
    print(repr(pat), re.split(pat, s, maxsplit))
print(re.split(b'(,)', b'a,b'), re.split(b',', bytearray(b'a,b,')), re.split(b'x', b''))
for pat, s in [(r'\w+', 'ab cd ef'), (r'(\w)(\w)?', 'abc de f'), (r'(\w)\w', 'ab cd'),
               (r'x*', 'axxb'), (r'(a)|(b)', 'ab'), ('', ''), (r'\d', 'no digits')]:
    print(repr(pat), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
print(re.findall(b'(a)(b)?', b'aab'), re.findall(r'\w', 'abcdef', 2), re.compile(r'\w').findall('abcdef', 1, 4))
it = re.compile(r'\d').finditer('a1b22', 2)
print([(m.group(), m.span(), m.pos, m.endpos) for m in it])
sc = re.compile(r'a|b').scanner('abxab')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.search(), sc.pattern)
sc = re.compile(r'a*').scanner('baa')
print([sc.search() for _ in range(5)])
lex = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'\w+', lambda s, t: t.upper())])
print(lex.scan('12 abc 7 x!'))

# --- the parser: runs of plain characters, escapes, verbose mode, errors
for pat, flags in [('abc', 0), (r'a\.b\-c\/d\ e', 0), (r'\bword\B\A\Z', 0), (r'\a\f\n\r\t\v\\', 0),
                   ('a b # c\n d', re.X), (r'a\ b\#c', re.X), ('(?x) a b | c d', 0),
                   ('x(?x: a b )y z', 0), ('}]-,', 0), ('\u00e9\u00ff\u0100z', 0),
                   (b'ab\xffc', 0), ('a|b|c', 0), ('ab|ac|ad', 0), ('qq|q|zz', 0), ('(?:ab)(?:cd)', 0),
                   ('a{2}b{,3}c{1,}d{', 0), ('x{a}', 0), ('\t#a', 0)]:
    tree = _parser.parse(pat, flags)
    print(repr(pat), tree.getwidth(), tree)
    code = _compiler._code(tree, flags)
    print('  ', [('BIG' if w >= 4294967294 else int(w)) for w in code])
    r = re.compile(pat, flags)
    print('  ', r, r.groups, r.groupindex)
for pat in ['abc\\', 'a(b', 'a)b', 'a**', '[a', r'\q', r'\1', '(?P<1>a)', 'a{2,1}', 'x\\\\\\',
            '(?z)', 'ab(?x) c', r'a\x', 'ab\n  (', b'\\u0041', r'(?<=a+)b', 'a|*', '(?x)a #c\n\\']:
    show('error %r' % (pat,), lambda: re.compile(pat))
try:
    re.compile('abc\n\ndef(')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno)

# --- flags as RegexFlag, ints and odd values; the cache
print(re.compile('a', re.I | re.M).flags, re.compile('a', 2).flags, re.compile(b'a', re.L).flags)
show('flags float', lambda: re.compile('a', 1.5))
show('flags with pattern', lambda: re.compile(re.compile('a'), re.I))
print(re.compile('x', 0) is re.compile('x'), re.compile('x', re.I) is re.compile('x', 2))
re.purge()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[[a]', 0)
    re.compile('a', re.T)
    re.compile('a', 1)
    print([str(x.message) for x in w])
print(re.compile('a+b', re.I).pattern, re.compile('a', re.A | re.I))
