# os.path.relpath, commonpath, commonprefix (str and bytes, with errors).
import os

P = os.path


def show(func, *args):
    try:
        print(func.__name__, args, '->', repr(func(*args)))
    except Exception as e:
        print(func.__name__, args, '!!', type(e).__name__, e)


print('--- relpath, absolute arguments')
for path, start in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/', '/'),
                    ('/x/y', '/a/b'), ('/a/b/', '/a//b'), ('/a/./b', '/a/c/..'),
                    ('/', '/a/b'), ('/a/b', '/')]:
    show(P.relpath, path, start)
print('--- relpath, relative to the current directory')
for args in [('a',), ('a/b',), ('a', 'a'), ('a/b/c', 'a'), ('a', 'a/b/c'), ('x/y', 'z'),
             ('.',), ('a/../b', 'c/./d'), ('a', '.'), ('sub/', 'sub/inner/')]:
    show(P.relpath, *args)
show(P.relpath, b'/a/b/c', b'/a/x')
show(P.relpath, b'q')
show(P.relpath, b'a', b'a')
print('--- relpath errors')
show(P.relpath, '')
show(P.relpath, b'')
show(P.relpath, None)
show(P.relpath, 'a', b'b')
show(P.relpath, b'a', 'b')
show(P.relpath, 5)
show(P.relpath, 'a', 5)

print('--- commonpath')
for paths in [['/a/b/c', '/a/b/d'], ['/a/b', '/a/bc'], ['a/b', 'a/b/c'], ['a'],
              ['/'], ['/a', '/'], ['a/./b', 'a/b/.'], ['//a/b', '/a/b'],
              ['a/b', 'c'], ['', ''], ['a/../b', 'a/c'], ['/usr/lib/', '/usr/lib/x'],
              ('x/y', 'x/y/z', 'x/yy'), 'abc']:
    show(P.commonpath, paths)
show(P.commonpath, [b'/a/b/c', b'/a/b/d'])
show(P.commonpath, [b'x', b'y'])
print('iterator ->', repr(P.commonpath(iter(['/p/q', '/p/r']))))
print('--- commonpath errors')
show(P.commonpath, [])
show(P.commonpath, ())
show(P.commonpath, ['/a', 'b'])
show(P.commonpath, ['a', '/b', '/c'])
show(P.commonpath, ['a', b'b'])
show(P.commonpath, [b'/a', '/b'])
show(P.commonpath, [1])
show(P.commonpath, ['a', None])

print('--- commonprefix')
for m in [[], ['abc', 'abd'], ['/usr/lib', '/usr/local'], ['a'], ['', 'x'],
          ['same', 'same'], ('interspecies', 'interstellar', 'interstate'),
          [['a', 'b', 'c'], ['a', 'b', 'd']], [(1, 2), (1, 3)], [b'/ab', b'/ac']]:
    show(P.commonprefix, m)
show(P.commonprefix, [1])
show(P.commonprefix, ['a', b'a'])
