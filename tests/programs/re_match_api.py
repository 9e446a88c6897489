# The Match object: group, [], groups, groupdict, start/end/span, lastindex, repr, errors.
import re

m = re.search(r'(?P<word>\w+) (?P<num>\d+)?(x)?', '>> hello 42 ')
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(3))
print(m.group(1, 'num', 0), m.group('word', 3))
print(m[0], m[1], m['word'], m[3])
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start(1), m.end('num'), m.span(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.string, m.re.pattern)
print(m.re is re.compile(r'(?P<word>\w+) (?P<num>\d+)?(x)?'))
print(m.expand(r'[\g<word>|\2|\3]'))
print(bool(m), m.__copy__() is m, m.__deepcopy__({}) is m)
print(m.group(True), m[False], m.start(True))
for key in [4, -1, 'nope', 1.0, None, 2 ** 70]:
    for f in (m.group, m.start, m.span, m.__getitem__):
        try:
            f(key)
        except IndexError as e:
            print(f.__name__, repr(key), type(e).__name__, e)
try:
    m.group([])
except Exception as e:
    print(type(e).__name__, e)
m2 = re.match(r'(a)(b)?|(c)', 'c')
print(m2.lastindex, m2.lastgroup, m2.groups(), m2.span(1), m2.regs)
m3 = re.match(r'(?P<outer>a(?P<inner>b))', 'ab')
print(m3.lastindex, m3.lastgroup, m3.groupdict())
m4 = re.match(r'(a)|b', 'b')
print(m4.lastindex, m4.lastgroup, repr(m4))
print(repr(re.match(r'.*', 'x' * 80)))
print(repr(re.match(r'.*', 'it\'s "q"\n')), repr(re.match(b'.+', b'\x00\xffab')))
m5 = re.compile(r'b+').search('abbbc', 1, 4)
print(m5, m5.pos, m5.endpos)
m6 = re.compile(r'a').match('a', -10, 100)
print(m6.pos, m6.endpos)
print(re.compile(r'c').search('abcd', 3), re.compile(r'^b').search('ab', 1))
print(re.compile(r'$').search('ab', 0, 1).span(), re.compile(r'a').fullmatch('ab', 0, 1))
for name in ['string', 're', 'pos', 'lastindex', 'foo']:
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print(name, e)
try:
    re.Match()
except TypeError as e:
    print(e)
try:
    re.Pattern()
except TypeError as e:
    print(e)
print(re.Match.__name__, re.Match.__module__, re.Pattern.__module__, type(m) is re.Match)
print(type(re.compile('x')) is re.Pattern, isinstance(m, re.Match))
print(re.Match[str], re.Pattern[bytes])
class S(str):
    pass
ms = re.match(r'a(b)', S('abc'))
print(type(ms.string).__name__, type(ms.group()).__name__, type(ms.group(1)).__name__)
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk').group(11, 10, 1))
