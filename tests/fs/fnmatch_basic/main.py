# fnmatch.fnmatch / fnmatchcase / filter: wildcards, sets, bytes, errors.
import fnmatch
import os

print(fnmatch.__all__)

pairs = [
    ('abc', 'abc'), ('abc', 'a*'), ('abc', '*c'), ('abc', '*b*'), ('abc', '*d*'),
    ('', '*'), ('', ''), ('', '?'), ('a', ''), ('abc', '???'), ('ab', '???'),
    ('abc', 'a?c'), ('a/c', 'a?c'), ('a/c', 'a*'), ('.hidden', '*'), ('x.py', '*.py'),
    ('x.pyc', '*.py'), ('a\nb', 'a?b'), ('a\nb', 'a*'), ('aaa', 'a*a*a'), ('aa', 'a*a*a'),
    ('abcabc', '*abc'), ('abcab', '*ab*ab'), ('mississippi', '*iss*ipp*'),
    ('b', '[abc]'), ('d', '[abc]'), ('d', '[!abc]'), ('b', '[!abc]'), ('m', '[a-z]'),
    ('M', '[a-z]'), ('-', '[a-]'), ('-', '[-a]'), ('b', '[-a]'), (']', '[]]'),
    (']', '[!]]'), ('x', '[!]]'), ('[', '['), ('[a', '[a'), ('a', '[a'), ('[ab]', '[ab]'),
    ('!', '[!]'), ('x', '[!]'), ('[!]', '[!]'), ('b', '[z-a]'), ('q', '[!z-a]'),
    ('\\', '[\\]'), ('\\', '\\'), ('a\\b', 'a\\b'), ('*', '[*]'), ('?', '[?]'),
    ('a', '[*]'), ('^', '[^]'), ('a', '[^a]'), ('&', '[&&]'), ('|', '[a|b]'),
    ('~', '[~~]'), ('c', '[a-c-e]'), ('d', '[a-c-e]'), ('-', '[a-c-e]'), ('e', '[a-c-e]'),
    ('.', '[--0]'), ('/', '[!--0]'), ('b', '[z-a-b]'), ('-', '[z-a-b]'), ('a', '[z-a-b]'),
    ('x', '[z-a!]'), ('b', '[z-a!b]'), ('c', '[z-a!b]'), ('é', '[à-ü]'), ('é', '?'),
    ('ab', '[a][b]'), ('a]', '[a]]'), ('a-z', 'a[-]z'), ('CaSe', 'case'), ('CaSe', 'C*e'),
    ('x.tar.gz', '*.*.*'), ('x', '*?*'), ('', '*?'), ('abc', '**c'), ('a{b}', 'a{b}'),
    ('a.b', 'a.b'), ('axb', 'a.b'), ('a+', 'a+'), ('(x)', '(?)'), ('$^', '$^'),
]
for name, pat in pairs:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

print('--- bytes')
for name, pat in [(b'abc', b'a*'), (b'abc', b'*d'), (b'\xff\xfe', b'\xff?'),
                  (b'\xe9', b'[\xe0-\xfc]'), (b'x.py', b'*.[pP][yY]'), (b'', b'*')]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))

print('--- filter')
names = ['a.py', 'b.txt', '.c.py', 'd.PY', 'sub/e.py', 'f.pyc', 'a.py']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '[a-c]*'))
print(fnmatch.filter(names, '*'))
print(fnmatch.filter([], '*'))
print(fnmatch.filter((n for n in names), '?.*'))
print(fnmatch.filter([b'x1', b'y2', b'x3'], b'x?'))

print('--- PathLike')
class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
print(fnmatch.fnmatch(Pth('abc'), 'a*'), fnmatch.fnmatch('abc', Pth('*c')))
print(fnmatch.filter(['q', 'r'], Pth('q')))

print('--- errors')
def show(func, *args):
    try:
        print(func.__name__, func(*args))
    except Exception as e:
        print(func.__name__, type(e).__name__, e)
for args in [(1, 'a'), ('a', 1), ('a', b'a'), (b'a', 'a'), (None, '*'), ('a', None),
             ('a', ['a']), (Pth('a'), 'a')]:
    show(fnmatch.fnmatch, *args)
    show(fnmatch.fnmatchcase, *args)
show(fnmatch.filter, ['a', 1], '*')
show(fnmatch.filter, [b'a'], '*')
show(fnmatch.filter, ['a'], b'*')
show(fnmatch.filter, ['a'], 3)
show(fnmatch.filter, 3, '*')
