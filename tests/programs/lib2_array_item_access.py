# array item access: int indexes and values stored as they are, and every other case.
from array import array

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = array('d', [1.5, 2.5, 3.5])
show(lambda: d[0]); show(lambda: d[-1]); show(lambda: d[-3]); show(lambda: d[3]); show(lambda: d[-4])
show(lambda: d[True]); show(lambda: d[2**70]); show(lambda: d['x']); show(lambda: d[1:])
d[0] = 7; d[-1] = 2**53 + 1; d[1] = True
print(d)
for bad in ('x', None, 2**1100, [1]):
    def store(bad=bad):
        d[0] = bad
    show(store)
def oob():
    d[5] = 1.0
show(oob)
def oob_bad():
    d[5] = 'x'
show(oob_bad)

f = array('f', [0.0])
for v in (0.1, 1e39, -1e39, 3.4028235e38, float('nan'), 5, 1e-50):
    f[0] = v
    print(f[0])

for code, lo, hi in (('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                     ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**63, 2**63 - 1),
                     ('L', 0, 2**64 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)):
    a = array(code, [0, 0])
    for v in (lo, hi, lo - 1, hi + 1, 1.0, True):
        def store(v=v):
            a[1] = v
        show(store)
    print(code, a)

u = array('u', 'ab')
u[0] = 'z'
print(u)
for bad in ('xy', '', 1):
    def store(bad=bad):
        u[1] = bad
    show(store)

class Sub(array):
    __slots__ = ('extra',)

s = Sub('i', [1, 2, 3])
s.extra = 9
s[0] = 10
print(s, s[0], s[-1], s.extra)

class Loud(array):
    def __getitem__(self, i):
        return ('loud', super().__getitem__(i))
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v * 2)

l = Loud('d', [1.0, 2.0])
print(l[1])
l[0] = 4.0
print(list(l))

class Idx:
    def __index__(self):
        return 1
print(d[Idx()])
d[Idx()] = 0.25
print(d)

print(array.__getitem__, array.__setitem__)
show(lambda: array.__getitem__(1, 0))
show(lambda: array.__getitem__(d))
show(lambda: array.__setitem__(d, 0))
print(array.__getitem__(d, 1))
for f in (lambda: array.__getitem__(d), lambda: array.__getitem__(d, 1, 2),
          lambda: array.__setitem__(d, 0), lambda: array.__setitem__(d, 0, 1, 2),
          lambda: array.__getitem__(), lambda: array.__setitem__(1, 2, 3),
          lambda: array.__getitem__(d, i=1)):
    show(f)
def big_store():
    d[-2**70] = 1.0
def big_del():
    del d[2**70]
show(big_store); show(big_del)
print(d)
class NotArray:
    pass
show(lambda: array.__getitem__(NotArray(), 0))
show(lambda: array.__setitem__(NotArray(), 0, 1))
