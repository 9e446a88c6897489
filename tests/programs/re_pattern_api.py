# The Pattern object: attributes, methods with pos/endpos, repr, equality, the cache, copying.
import re

p = re.compile(r'(?P<a>\d)(\w)?', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex['b'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(p.match('1x'), p.match('x1'), p.match('x1', 1), p.search('xx9', 0, 2))
print(p.fullmatch('1x'), p.fullmatch('1xy'), p.fullmatch('1xy', 0, 2))
print(p.findall('1a2 3'), p.split('a1bc2'), p.sub('#', '1a2'), p.subn('#', '1a2', 1))
print([m.span() for m in p.finditer('1a 2b', 1)])
print(p.search('abc', endpos=-1), p.search('a1', pos=5), p.match('', 0))
print(repr(p), str(p))
print(repr(re.compile('a' * 300))[:40], len(repr(re.compile('a' * 300))))
print(repr(re.compile("it's")), repr(re.compile('\n\t')))
q = re.compile(r'(?P<a>\d)(\w)?', re.I)
print(p == q, p != q, hash(p) == hash(q), p is q)
print(re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(re.compile('a') == 'a', re.compile('a', re.M) == re.compile('(?m)a'))
print(p.__copy__() is p, p.__deepcopy__({}) is p)
re.purge()
x1 = re.compile('cache me')
x2 = re.compile('cache me')
print(x1 is x2, re.compile('cache me', re.I) is x1)
re.purge()
print(re.compile('cache me') is x1, re.compile('cache me') == x1)
for name in ['pattern', 'flags', 'groups', 'groupindex', 'other']:
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, e)
print(re.compile('').groups, re.compile('()()').groups, re.compile('(?:)').groupindex)
print(re.compile(r'\w').match('a').re.groups, p.scanner('1').pattern is p)
print(re.compile(r'a|b').sub('-', 'cab', count=1), re.compile('a').split('bab', maxsplit=1))
print(re.compile('(a)').sub(repl='x', string='bab'))
d = {re.compile('k'): 1}
print(d[re.compile('k')])
print(sorted(k for k in re.__all__))
print(re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'[a-z]+', lambda s, t: t.upper())]).scan('12 ab 3 !x'))
