# collections.deque: construction, both ends, maxlen, indexing, rotation, searching,
# operators, comparisons, repr (with maxlen and recursion), mutation during iteration and
# CPython's error messages.
from collections import deque


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', repr(result))


# Construction and repr.
print(deque(), deque('abc'), deque(range(5), 3), deque([1, 2], maxlen=None))
print(deque(iterable=[1, 2], maxlen=4), deque(maxlen=0), repr(deque([[]])))
attempt('maxlen -1', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('maxlen float', lambda: deque([], 2.0))
attempt('three args', lambda: deque([1], 2, 3))
attempt('bad keyword', lambda: deque(x=3))
attempt('not iterable', lambda: deque(1))
attempt('None iterable', lambda: deque(None))
print(deque([1, 2], True), deque('xyz', maxlen=False))

# Both ends.
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
d.extend('ab')
d.extendleft('xy')
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(deque([1, 2]))
d.clear()
print(d, len(d))

# A queue and a stack through many operations, alternating ends.
q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
print(len(q), total, q[0], q[-1])
s = deque(range(10))
out = []
while s:
    out.append(s.pop() if len(s) % 2 else s.popleft())
print(out)

# maxlen: the other end gives way.
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft('L')
print(m)
m.extend(range(10, 20))
print(m)
m.extendleft('abcdef')
print(m)
attempt('insert into full', lambda: m.insert(1, 'z'))
attempt('set maxlen', lambda: setattr(m, 'maxlen', 5))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(100))
print(z, len(z))
print(deque(iter(range(100000)), maxlen=2))

# Indexing.
d = deque('abcdefg')
print(d[0], d[-1], d[3], d[-7], d[True])
attempt('index 7', lambda: d[7])
attempt('index -8', lambda: d[-8])
attempt('index str', lambda: d['a'])
attempt('slice', lambda: d[1:3])
d[0] = 'A'
d[-1] = 'G'
del d[1]
del d[-2]
print(d)
attempt('setitem 10', lambda: d.__setitem__(10, 1))
attempt('delitem -10', lambda: d.__delitem__(-10))

# Rotation.
r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate()
print(r)
r.rotate(23)
print(r)
r.rotate(0)
print(r)
for _ in range(25):
    r.rotate(1)
print(r)
for _ in range(25):
    r.rotate(-1)
print(r)
attempt('rotate str', lambda: r.rotate('a'))
attempt('rotate float', lambda: r.rotate(1.0))
e = deque()
e.rotate(5)
print(e)

# insert, remove, reverse, count, index.
d = deque(range(5))
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
d.insert(0, 'zero')
print(d)
d.remove('x')
print(d)
attempt('remove missing', lambda: d.remove('nope'))
d.reverse()
print(d)
c = deque([1, 2, 1, 3, 1, 'a'])
print(c.count(1), c.count('a'), c.count(9))
print(c.index(1), c.index(1, 1), c.index(1, -2), c.index(3, 0, 4), c.index(1, -100, 100))
attempt('index missing', lambda: c.index(9))
attempt('index range', lambda: c.index(3, 0, 3))
attempt('index str bound', lambda: c.index(1, 'a'))
print(1 in c, 'a' in c, 9 in c)
nan = float('nan')
print(nan in deque([nan]), deque([nan]).count(nan))


class Boom:
    def __eq__(self, other):
        raise ValueError('boom')


attempt('count raising eq', lambda: deque([Boom()]).count(1))

# Operators.
a = deque([1, 2, 3])
print(a + deque([4]), a * 2, 2 * a, a * 0, a * -1)
attempt('add list', lambda: a + [4])
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
b = deque([1, 2], maxlen=3)
print(b + deque([3, 4]), b * 3, 5 * deque('ab', 3))
b += [7, 8]
print(b)
b *= 2
print(b)
g = deque([1, 2])
g += g
print(g)
g *= 1
print(g)
g *= 0
print(g)

# Comparisons.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([1, 2], maxlen=5))
print(deque([1, 2]) != deque([2, 1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]))
print(deque([2]) > deque([1, 9]), deque('ab') >= deque('abc'))
try:
    deque([1]) < [1]
except TypeError:
    print('deque < list: TypeError')
print(deque.__hash__, hash in [hash], '__hash__' in vars(deque))

# Copies.
o = deque([1, [2]], 5)
p = o.copy()
p.append(3)
print(o, p, p[1] is o[1])

print(o.__copy__(), o.__reduce__()[:3], deque('ab').__reduce__()[:3])
print(list(o.__reduce__()[3]))

# Recursive repr.
rec = deque()
rec.append(rec)
rec.append(1)
print(rec)

# Iteration and mutation.
it = iter(deque('abc'))
print(next(it), list(it))
print(list(reversed(deque(range(6)))))


def mutate(name, op):
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    op(d)
    try:
        print(name, list(it))
    except RuntimeError as exc:
        print(name, 'RuntimeError', exc)


mutate('append', lambda d: d.append(5))
mutate('appendleft', lambda d: d.appendleft(0))
mutate('pop', lambda d: d.pop())
mutate('popleft', lambda d: d.popleft())
mutate('setitem', lambda d: d.__setitem__(2, 'x'))
mutate('delitem', lambda d: d.__delitem__(2))
mutate('rotate0', lambda d: d.rotate(0))
mutate('clear', lambda d: d.clear())
mutate('extend empty', lambda d: d.extend([]))
mutate('count', lambda d: d.count(2))
mutate('insert', lambda d: d.insert(1, 9))
mutate('remove', lambda d: d.remove(3))
d = deque([1, 2])
it = iter(d)
d.append(3)
try:
    next(it)
except RuntimeError as exc:
    print('before first next:', exc)
d = deque([1, 2])
it = iter(d)
next(it)
next(it)
d.appendleft(0)
try:
    next(it)
except RuntimeError as exc:
    print('after last item:', exc)
d = deque([1, 2])
it = reversed(d)
next(it)
next(it)
d.appendleft(0)
print('reversed, after last item:', next(it, 'exhausted'))
d = deque([1, 2, 3])
it = reversed(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as exc:
    print('reversed:', exc)

# Subclasses.


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3], 4)
s.tag = 'x'
print(s, s.peek(), type(s.copy()).__name__, s.copy(), s + deque([9]))
print(type(s * 2).__name__, Stack(), s.__reduce__()[:3])
print(isinstance(s, deque), deque.__module__, deque[int])
