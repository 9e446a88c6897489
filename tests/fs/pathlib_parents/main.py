from pathlib import PurePosixPath, PosixPath, Path, PureWindowsPath

for text in ['a/b/c/d', '/a/b/c', '/', '.', 'x', '//n/m', '../up/x']:
    p = PurePosixPath(text)
    ps = p.parents
    print(repr(p), 'len', len(ps), 'parent', repr(p.parent))
    print('  list', [str(x) for x in ps])
    print('  reversed', [str(x) for x in reversed(ps)])
    print('  slices', ps[:], ps[1:], ps[::-1], ps[-2:], ps[5:9])
    for i in [0, 1, -1, -2, 3, -5]:
        try:
            print('  [%d]' % i, repr(ps[i]))
        except IndexError as e:
            print('  [%d]' % i, type(e).__name__, e)

p = PosixPath('/usr/local/lib/x.so')
print(repr(p.parents), repr(PurePosixPath('a').parents), repr(PureWindowsPath('c:/a').parents))
print(PosixPath('/usr') in p.parents, PurePosixPath('/usr') in p.parents, PosixPath('/etc') in p.parents)
print(p.parents.index(PosixPath('/usr')), p.parents.count(PosixPath('/')), p.parents.count('x'))
try:
    p.parents.index(PosixPath('/nope'))
except ValueError as e:
    print('index missing', type(e).__name__, repr(str(e)))
for bad in ['x', 1.5, None]:
    try:
        p.parents[bad]
    except TypeError as e:
        print('bad index', type(e).__name__)
print(p.parents[True], p.parents[False])
print([type(x).__name__ for x in p.parents][:2], type(p.parents[:2]).__name__)
print(p.parent.parent.parent.parent, p.parent.parent.parent.parent.parent)
q = PurePosixPath('rel')
print(q.parent, q.parent.parent, q.parent is q.parent.parent, PurePosixPath('/').parent == PurePosixPath('/'))
it = iter(PurePosixPath('a/b/c').parents)
print(next(it), next(it), list(it))
print(sorted(PurePosixPath('z/y/x').parents), max(PurePosixPath('/q/r/s').parents))
print(PureWindowsPath('c:/a/b').parents[0], PureWindowsPath('c:/a/b').parents[-1], list(PureWindowsPath('//srv/sh/a').parents))
print(Path('x/y').parents[0] == Path('x'), Path('x/y/z').parent.name)
