# array: methods that search and change the array
from array import array


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = array('i', [1, 2, 3, 2, 1])
show(lambda: a.index(2))
show(lambda: a.index(2, 2))
show(lambda: a.index(2, -2))
show(lambda: a.index(2, 0, 1))
show(lambda: a.index(1, 1, 100))
show(lambda: a.index(1, -100, 100))
show(lambda: a.index(9))
show(lambda: a.index('x'))
show(lambda: a.index(2, 'x'))
show(lambda: a.index(2.0))
show(lambda: a.count(2))
show(lambda: a.count(7))
show(lambda: a.count('x'))
show(lambda: a.count(1.0))
show(lambda: 3 in a)
show(lambda: 3.0 in a)
show(lambda: 'x' in a)
show(lambda: 9 in a)

a.append(7)
a.append(True)
print(a)
show(lambda: a.append('x'))
show(lambda: a.append(2**31))
show(lambda: a.append(1.0))
a.insert(0, -1)
a.insert(100, 100)
a.insert(-100, -100)
a.insert(-1, 55)
print(a)
show(lambda: a.insert('0', 1))
show(lambda: a.insert(0, 'x'))
show(lambda: a.insert(0, 2**40))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(True))
print(a)
show(lambda: a.pop(100))
show(lambda: a.pop(-100))
show(lambda: a.pop('x'))
show(lambda: a.pop(1.0))
show(lambda: array('d').pop())
a.remove(2)
print(a)
show(lambda: a.remove(42))
show(lambda: a.remove('x'))
a.reverse()
print(a)

b = array('h', [1, 2])
b.extend([3, 4])
b.extend(range(5, 7))
b.extend(array('h', [7]))
b.extend((x for x in [8]))
print(b)
show(lambda: b.extend(array('i', [9])))
show(lambda: b.extend(5))
show(lambda: b.extend('ab'))
show(lambda: b.extend([9, 'x', 10]))
print(b)
b.extend(b)
print(b)

# byteswap for every size
for tc, init in [('b', [1, -2]), ('B', [1, 2]), ('h', [1, 256]),
                 ('H', [1, 2]), ('i', [1, -1]), ('I', [1, 2]), ('l', [1]),
                 ('L', [2]), ('q', [1, 2]), ('Q', [3]), ('f', [1.0]),
                 ('d', [1.0, -2.5])]:
    x = array(tc, init)
    x.byteswap()
    y = array(tc, x)
    y.byteswap()
    print(tc, x.tobytes(), y == array(tc, init), x.byteswap())

# float arrays: nan is never equal to itself
nan = float('nan')
f = array('d', [nan, 1.0, nan])
show(lambda: nan in f)
show(lambda: f.count(nan))
show(lambda: f.index(nan))
show(lambda: f.remove(nan))
show(lambda: f.index(1))
show(lambda: f.count(1))
show(lambda: f == f)

# unicode arrays
u = array('u', 'spam')
u.append('!')
u.insert(0, '>')
u.extend('xy')
print(u, u.index('a'), u.count('x'), u.pop(), 'm' in u)
show(lambda: u.append('ab'))
show(lambda: u.append(1))
show(lambda: u.extend(['z', 5]))
print(u)
u.reverse()
print(u)

# the number of items and buffer_info agree
for tc in 'bBuhHiIlLqQfd':
    arr = array(tc, 'abc' if tc == 'u' else [1, 2, 3])
    print(tc, len(arr), arr.buffer_info()[1], arr.itemsize * len(arr))
