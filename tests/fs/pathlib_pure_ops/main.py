from pathlib import PurePosixPath as P, PureWindowsPath as W


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['n.txt', '..', '', '.', 'x/y', 'ok']:
    attempt('with_name %r' % name, lambda: P('d/f.py').with_name(name))
attempt('with_name root', lambda: P('/').with_name('x'))
attempt('with_name empty', lambda: P('').with_name('x'))
for stem in ['s', '', 'a.b']:
    attempt('with_stem %r' % stem, lambda: P('d/f.tar.gz').with_stem(stem))
attempt('with_stem nosuffix', lambda: P('d/f').with_stem('g'))
for suffix in ['.c', '', '.tar.gz', 'c', '.', './', '/.c', '.c.']:
    attempt('with_suffix %r' % suffix, lambda: P('d/f.py').with_suffix(suffix))
attempt('with_suffix dotfile', lambda: P('.bashrc').with_suffix('.bak'))
attempt('with_suffix root', lambda: P('/').with_suffix('.x'))

cases = [('/a/b/c', '/a'), ('/a/b', '/a/b'), ('/a/b', '/'), ('a/b', 'a'), ('a/b', ''),
         ('/a/b', '/c'), ('a/b', '/a'), ('/a', 'a'), ('a/b', 'c/d'), ('/a/b', '/a/b/c'),
         ('/a/b', '/a/../c'), ('a', '..')]
for x, y in cases:
    attempt('relative_to %s %s' % (x, y), lambda: P(x).relative_to(y))
    attempt('  walk_up', lambda: P(x).relative_to(y, walk_up=True))
    print('  is_relative_to', P(x).is_relative_to(y), P(x).is_relative_to(P(y)))
attempt('relative_to Path', lambda: P('/a/b').relative_to(P('/a')))

for path, pattern in [('a/b.py', '*.py'), ('a/b.py', 'b.py'), ('a/b.py', 'a/*.py'),
                      ('a/b.py', '/a/*.py'), ('/a/b.py', '/a/*.py'), ('/a/b.py', '/*.py'),
                      ('a/b/c.py', 'a/*.py'), ('a/b/c.py', 'a/**/*.py'), ('a/b/c.py', '**/*.py'),
                      ('a/b', '*'), ('a', '*/*'), ('/', '/'), ('/a', '/'), ('.', '*'),
                      ('.', '**'), ('b.PY', '*.py'), ('a/B', 'A/b'), ('x', '[a-z]'),
                      ('x', '[!a-z]'), ('x', '?'), ('xy', '?'), ('a/b', 'a?b'), ('a/b', 'a[!x]b'),
                      ('a[1]', 'a[[]1]'), ('-', '[a-]'), ('b', '[z-a]'), ('b', '[!z-a]')]:
    for cs in [None, True, False]:
        attempt('match %s %s %s' % (path, pattern, cs),
                lambda: P(path).match(pattern, case_sensitive=cs))
attempt('match empty', lambda: P('a').match(''))
attempt('match dot', lambda: P('a').match('.'))
attempt('match win', lambda: W('C:/Dir/File.TXT').match('*.txt'))

paths = [P('b'), P('a/c'), P('a'), P('/z'), P('.'), P('a/b/c'), P('A'), P('a.b'), P('//x')]
print([str(p) for p in sorted(paths)])
print(P('a') < P('b'), P('a/b') > P('a'), P('a') <= P('a'), P('b') >= P('c'))
for op in ['<', '<=', '>', '>=']:
    attempt('compare ' + op, lambda: {'<': lambda: P('a') < 'b', '<=': lambda: P('a') <= 1,
                                      '>': lambda: P('a') > W('a'), '>=': lambda: 1 >= P('a')}[op]())
print(P('a') == 'a', P('a') != 'a', P('a') == None)
