import builtins
import sys


def name(m):
    return getattr(m, '__name__', m)


print(name(__import__('dpkg.sub.leaf')))
print(name(__import__('dpkg.sub.leaf', fromlist=['LEAF'])))
print(name(__import__('dpkg.sub', fromlist=['leaf'])))
print(name(__import__('dpkg', fromlist=['fromlisted'])), 'dpkg.fromlisted' in sys.modules)
print(name(__import__('dpkg', fromlist=['nothing_here'])))
print(name(__import__('dpkg', fromlist=['*'])), 'dpkg.starred' in sys.modules, 'dpkg.other' in sys.modules)
print(name(__import__('dpkg', None, None, ('other',), 0)))
print(name(__import__('os.path')), name(__import__('os.path', fromlist=['join'])))
print(name(__import__('dpkg.sub', fromlist=[])), name(__import__('dpkg.sub', fromlist=None)))
print(name(__import__(name='dpkg', globals=None, locals=None, fromlist=(), level=0)))

g = {'__name__': 'dpkg.mod', '__package__': 'dpkg'}
print(name(__import__('sub', g, None, ['leaf'], 1)))
print(name(__import__('sub.leaf', g, None, [], 1)))
print(name(__import__('sub.leaf', g, None, ['LEAF'], 1)))
print(name(__import__('', g, None, ['sub'], 1)))
print(name(__import__('', {'__name__': 'dpkg.sub.leaf', '__package__': 'dpkg.sub'}, None, ['NAME'], 2)))
print(name(__import__('', {'__name__': 'dpkg', '__path__': []}, None, ['sub'], 1)))
print(name(__import__('leaf', {'__name__': 'dpkg.sub.x'}, None, ['LEAF'], 1)))
print(name(__import__('leaf', {'__spec__': None, '__package__': None, '__name__': 'dpkg.sub.y'}, None, ['x'], 1)))

attempts = [
    ('sub', {'__name__': 'x', '__package__': 5}, None, ['a'], 1),
    ('sub', {}, None, ['a'], 1),
    ('sub', {'__name__': '__main__', '__package__': ''}, None, [], 1),
    ('x', {'__name__': 'dpkg', '__package__': 'dpkg'}, None, [], 3),
    ('dpkg', None, None, [1], 0),
    ('dpkg', None, None, ['*', 2], 0),
    ('dpkg.sub', None, None, [], -1),
]
for args in attempts:
    try:
        print(name(__import__(*args)))
    except (ImportError, TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)

# import statements go through builtins.__import__
calls = []
original = builtins.__import__


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, tuple(fromlist or ()), level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = hook
try:
    import dpkg.sub.leaf
    from dpkg import NAME
    from dpkg.sub import leaf as aliased
    import sys as system
finally:
    builtins.__import__ = original
print(calls)
print(NAME, aliased.LEAF, system is sys)
