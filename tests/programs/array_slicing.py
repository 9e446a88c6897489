# array: indexing, slicing, slice assignment and deletion
from array import array


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 2


a = array('i', range(10))
print(a[0], a[9], a[-1], a[-10], a[True], a[Idx()])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a[None])
print(a[2:5], a[:3], a[7:], a[-3:], a[:], a[5:2], a[100:])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[::-4], a[-100:100:5])
print(type(a[1:2]).__name__, a[1:2].typecode, a[0:0])
print(a[slice(1, 4)], a[slice(None, None, 3)])

a[0] = 100
a[-1] = -100
a[Idx()] = 22
a[True] = 11
print(a)
show(lambda: a.__setitem__(10, 1))
show(lambda: a.__setitem__(-11, 1))
show(lambda: a.__setitem__(0, 'x'))
show(lambda: a.__setitem__(0, 2**40))
show(lambda: a.__setitem__(10, 'x'))
show(lambda: a.__setitem__('x', 1))
show(lambda: a.__setitem__(1.5, 1))
print(a)

# slice assignment takes arrays of the same typecode only
b = array('i', range(6))
b[1:3] = array('i', [7, 8, 9])
print(b)
b[0:0] = array('i', [-1])
print(b)
b[5:] = array('i')
print(b)
b[4:1] = array('i', [42])
print(b)
b[100:] = array('i', [5])
print(b)
show(lambda: b.__setitem__(slice(0, 2), [1, 2]))
show(lambda: b.__setitem__(slice(0, 2), (1, 2)))
show(lambda: b.__setitem__(slice(0, 2), array('h', [1, 2])))
show(lambda: b.__setitem__(slice(0, 2), 5))
b[::2] = array('i', [0] * len(b[::2]))
print(b)
show(lambda: b.__setitem__(slice(None, None, 2), array('i', [1])))
show(lambda: b.__setitem__(slice(None, None, -1), array('i', [1, 2])))
b[::-1] = array('i', range(len(b)))
print(b)
b[1::3] = array('i', [-5] * len(b[1::3]))
print(b)
b[::1] = array('i', [3, 2, 1])
print(b)
c = array('i', range(5))
c[1:3] = c
print(c)
c = array('i', range(5))
c[::-1] = c
print(c)
c = array('d', [1.0, 2.0, 3.0])
c[::2] = array('d', [9.5, 8.5])
print(c)
u = array('u', 'hello')
u[0] = 'j'
u[1:3] = array('u', 'EE')
print(u)
show(lambda: u.__setitem__(0, 'ab'))
show(lambda: u.__setitem__(slice(0, 1), 'x'))

# deletion
d = array('b', range(12))
del d[0]
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::3]
print(d)
del d[::-1]
print(d)
d = array('b', range(10))
del d[8:2:-2]
print(d)
del d[100:]
del d[5:2]
print(d)
show(lambda: d.__delitem__(100))
show(lambda: d.__delitem__(-100))
show(lambda: d.__delitem__('x'))
del d[Idx()]
print(d)

# iteration sees the current contents
e = array('i', [1, 2, 3])
out = []
for x in e:
    out.append(x)
    if x == 1:
        e.append(4)
print(out, list(reversed(e)), sorted(array('d', [3.0, 1.0, 2.0])))
it = iter(array('u', 'ab'))
print(next(it), next(it))
show(lambda: next(it))
print(list(enumerate(array('f', [0.5, 1.5]))), sum(array('Q', [1, 2, 3])))
print(max(array('h', [3, -7, 5])), min(array('h', [3, -7, 5])))
