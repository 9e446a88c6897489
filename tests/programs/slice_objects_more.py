# slice objects: attributes, indices(), equality, use with sequences and __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(5).start, slice(None), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None).indices(3), slice(-2, None).indices(5), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(7), slice(5, 0, -1).indices(3), slice(0, 0).indices(0))
for args in [(0,), (-1,), ('a',)]:
    try:
        print(slice(None, None, args[0] if args[0] != -1 else 1).indices(*args) if args[0] != 0 else slice(None, None, 0).indices(5))
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    slice('a', 'b').indices(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][::0]
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3]['a':]
except Exception as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print('hashable')
except Exception as e:
    print(type(e).__name__, e)
print('abcdefgh'[slice(1, None, 3)], list(range(10))[slice(-3, None)], (1, 2, 3)[slice(None, None, -1)], b'xyz'[slice(1)])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::], p[:3], p[1:2:3], p[1:2, 3], p[..., 1:], p[:, None], p['a':'b'])
print(type(p[:]).__name__, p[:].start is None, p[1:].stop)
class Idx:
    def __index__(self):
        return 2
print('abcdef'[Idx():], slice(Idx(), 10).indices(5), [0, 1, 2, 3][:Idx()])
print(repr(slice(1, 'x', [1])), slice(1, 2, 3).__reduce__())
x = list(range(8))
x[slice(2, 5)] = ['a']
print(x)
del x[slice(None, None, 2)]
print(x)
try:
    slice(1, 2).start = 5
except Exception as e:
    print(type(e).__name__, e)
print(slice(2**100).indices(10), slice(-2**100, None).indices(10))
