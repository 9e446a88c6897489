# The Python layer of re on its quick paths and beside them: search/match/
# fullmatch with default and explicit bounds, sub() with plain replacement
# texts, the pattern cache of the module-level functions (which pattern
# objects come back after purge() and after many other patterns).
import re
import warnings


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)
        return None
    if isinstance(r, re.Match):
        print(label, 'Match', r.span(), repr(r.group()), r.pos, r.endpos,
              r.lastindex, r.groups(), type(r.string).__name__)
    else:
        print(label, repr(r))
    return r


class MyStr(str):
    pass


class MyInt(int):
    pass


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'Idx(%d)' % self.v


# --- search / match / fullmatch ------------------------------------------------
p = re.compile(r'(\w)(\d)?')
b = re.compile(rb'(\w)(\d)?')
for name in ('search', 'match', 'fullmatch'):
    f = getattr(p, name)
    g = getattr(b, name)
    for s in ('a1', ' a1', 'a', '', '!!', 'x9y8'):
        show('%s %r' % (name, s), lambda: f(s))
        show('%s %r MyStr' % (name, s), lambda: f(MyStr(s)))
        bs = s.encode()
        show('%s %r bytes' % (name, bs), lambda: g(bs))
        show('%s %r bytearray' % (name, bs), lambda: g(bytearray(bs)))
        show('%s %r memoryview' % (name, bs), lambda: g(memoryview(bs)))
    for args in ((0,), (1,), (-5,), (99,), (False,), (True,), (MyInt(1),),
                 (Idx(1),), (0, 1), (0, 0), (2, 1), (0, -1), (1, 99),
                 (0, 9223372036854775807), (0, MyInt(2)), (0, Idx(1)),
                 (1.0,), (0, '3'), (None,)):
        show('%s %r args' % (name, args), lambda: f(' a1 b2', *args))
    show('%s kw' % name, lambda: f(' a1', pos=1, endpos=3))
    show('%s kw endpos' % name, lambda: f('a1 b2', endpos=1))
    show('%s bytes on str' % name, lambda: f(b'a1'))
    show('%s str on bytes' % name, lambda: g('a1'))
    show('%s int' % name, lambda: f(5))
    show('%s None' % name, lambda: f(None))

m = p.search('zz a1')
print(m.string is not None, m.re is p, m.regs, m[0], m[1], m[2])
s = 'identity check'
m = re.compile('.*').fullmatch(s)
print(m.group() == s, m.string is s)

# --- sub ---------------------------------------------------------------------------
w = re.compile(r'\s+')
e = re.compile(r'x*')
g2 = re.compile(r'(a)(b)?')
cases = ['', 'a', ' ', 'a b', '  a  b  ', 'abab', 'xax', 'xxaxxbx', 'no_space']
for pat in (w, e, g2):
    for s in cases:
        for repl in ('', '-', '<>', '\\g<0>', MyStr('+'), '\\n', 'a\\\\b'):
            show('sub %r %r %r' % (pat.pattern, s, repl),
                 lambda: pat.sub(repl, s))
        show('sub count1 %r %r' % (pat.pattern, s), lambda: pat.sub('#', s, 1))
        show('sub countF %r %r' % (pat.pattern, s),
             lambda: pat.sub('#', s, False))
        show('sub countneg %r %r' % (pat.pattern, s),
             lambda: pat.sub('#', s, -1))
        show('sub MyStr %r %r' % (pat.pattern, s),
             lambda: pat.sub('#', MyStr(s)))
        show('subn %r %r' % (pat.pattern, s), lambda: pat.subn('#', s))
        show('sub fn %r %r' % (pat.pattern, s),
             lambda: pat.sub(lambda m: '[%s]' % m.group(), s))
for s in ('abc', 'a b', ''):
    r = w.sub('-', s)
    print('same object', repr(s), r is s, r == s)
show('sub bytes', lambda: re.sub(rb'\s+', b'_', b'a b  c'))
show('sub bytes tpl', lambda: re.sub(rb'(\w)', rb'<\1>', b'a b'))
show('sub bytearray', lambda: re.sub(rb'\s+', b'_', bytearray(b'a b  c')))
show('sub bytearray repl', lambda: re.sub(rb'\s', bytearray(b'_'), b'a b'))
show('sub memoryview', lambda: re.sub(rb'\s', b'_', memoryview(b'a b')))
show('sub bytes fn', lambda: re.sub(rb'\w', lambda m: m.group().upper(),
                                    b'ab c'))
show('sub bytes nomatch', lambda: re.sub(rb'z', b'_', b'ab c'))
show('sub str on bytes', lambda: re.sub(r'a', 'b', b'abc'))
show('sub bytes repl on str', lambda: re.sub(r'a', b'b', 'abc'))
show('sub bad repl', lambda: re.sub(r'a', 5, 'abc'))
show('sub bad count', lambda: re.sub(r'a', 'b', 'abc', '1'))
show('sub bad string', lambda: re.sub(r'a', 'b', 5))
show('sub bad template', lambda: re.sub(r'a', r'\9', 'abc'))
show('sub bad template nomatch', lambda: re.sub(r'a', r'\9', 'xyz'))
show('sub fn raises', lambda: re.sub(r'a', lambda m: {}['k'], 'abc'))
show('subn big', lambda: re.subn(r'\d', 'D', 'a1b22c333'))
show('sub empty both', lambda: re.sub('', '-', ''))
show('sub empty pattern', lambda: re.sub('', '-', 'abc'))
show('sub lookahead', lambda: re.sub('(?=b)', '^', 'abcb'))
show('sub unicode', lambda: re.sub('é+', 'E', 'aééb\u20ac\u20acé'))

# --- the cache of the module functions ----------------------------------------------
re.purge()
a = re.compile('cache-a')
print('same after hit', re.compile('cache-a') is a)
print('flag int vs RegexFlag',
      re.compile('cache-b', re.I) is re.compile('cache-b', 2))
print('bytes vs str', re.compile(b'cache-a') is a)
print('flags True vs 1', re.compile('cache-c', True) is re.compile('cache-c', 1))
re.purge()
print('after purge', re.compile('cache-a') is a)

# A pattern used again after some others, then many more.
re.purge()
first = re.compile('first')
for i in range(100):
    re.compile('other%d' % i)
print('after 100', re.compile('first') is first)
for i in range(420):
    re.compile('more%d' % i)
again = re.compile('first')
print('after 520', again is first)

re.purge()
first = re.compile('first')
for i in range(300):
    re.compile('other%d' % i)
print('after 300', re.compile('first') is first)
for i in range(300):
    re.compile('more%d' % i)
print('after 600', re.compile('first') is first)

re.purge()
keep = [re.compile('k%d' % i) for i in range(600)]
print('kept', sum(re.compile('k%d' % i) is keep[i] for i in range(600)))
print('kept again', sum(re.compile('k%d' % i) is keep[i] for i in range(600)))

re.purge()
x = re.compile('sx')
for i in range(260):
    re.compile('fifo%d' % i)
re.compile('sx')
for i in range(500):
    re.compile('lru%d' % i)
print('refreshed', re.compile('sx') is x)

# Compiled patterns, flags and bad arguments.
show('pattern with flags', lambda: re.search(a, 'x', re.I))
show('pattern no flags', lambda: re.search(a, 'cache-a'))
show('pattern flag 0', lambda: re.compile(a, 0) is a)
show('unhashable', lambda: re.compile(bytearray(b'x')))
show('list', lambda: re.compile(['x']))
show('int', lambda: re.compile(5))
show('bad flags', lambda: re.compile('x', 'i'))
show('locale str', lambda: re.compile('x', re.L))
show('MyStr pattern', lambda: re.compile(MyStr('cache-a')) is a)
show('MyStr pattern twice',
     lambda: re.compile(MyStr('cache-m')) is re.compile(MyStr('cache-m')))
show('search fn', lambda: re.search('a(b)', 'xab'))
show('match fn', lambda: re.match('a(b)', 'abx'))
show('fullmatch fn', lambda: re.fullmatch('a(b)', 'ab'))
show('findall fn', lambda: re.findall(r'\d', 'a1b2'))
show('split fn', lambda: re.split(r'\d', 'a1b2'))
show('subn fn', lambda: re.subn(r'\d', '#', 'a1b2', 1))
show('sub fn flags', lambda: re.sub('A', '#', 'a1A2', flags=re.I))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.purge()
    re.compile('tw', re.T)
    re.compile('tw', re.T)
    re.purge()
    re.compile('tw', re.T)
print('template warnings', len(caught),
      [str(c.message)[:30] for c in caught])
print('done')
