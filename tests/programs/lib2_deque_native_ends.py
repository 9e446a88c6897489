# deque's ends: unbounded and bounded appends, pops that move items between the two
# halves, empty pops, iterators noticing changes, subclasses, argument errors.
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d))
print([d.pop() for _ in range(3)], [d.popleft() for _ in range(3)], d)
while d:
    print(d.pop(), end=' ')
print(len(d), bool(d))
show(d.pop); show(d.popleft)
d.extend(range(6))
print([d.popleft() for _ in range(6)])
d.extendleft(range(6))
print([d.pop() for _ in range(6)])
show(d.pop)

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(list(b), end=' ')
print()
for i in range(6):
    b.appendleft(i)
    print(list(b), end=' ')
print(b.pop(), b.popleft(), b, len(b))
z = deque(maxlen=0)
z.append(1); z.appendleft(2)
print(z, len(z))

it = iter(deque([1, 2, 3]))
q = deque([1, 2, 3])
it = iter(q)
print(next(it))
q.append(4)
show(lambda: next(it))
it = iter(q)
next(it)
q.popleft()
show(lambda: next(it))
r = reversed(q)
next(r)
q.appendleft(0)
show(lambda: next(r))


class Logged(deque):
    def append(self, x):
        print('append', x)
        super().append(x * 10)

    def popleft(self):
        v = super().popleft()
        print('popleft', v)
        return v


g = Logged([1])
g.append(2)
g.appendleft(0)
print(g, g.popleft(), g.pop(), len(g))


class Slotted(deque):
    __slots__ = ('tag',)


s = Slotted([1, 2], maxlen=5)
s.tag = 't'
s.append(3); s.appendleft(0)
print(s, len(s), s.tag, s.pop(), s.popleft(), s.maxlen)

show(lambda: d.append())
show(lambda: d.append(1, 2))
show(lambda: d.pop(1))
show(lambda: d.popleft(2))
show(lambda: deque.append(1, 2))
show(lambda: deque.pop())
show(lambda: deque.appendleft(d))
show(lambda: deque.__len__(d, 1))
show(lambda: deque.__len__(5))
show(lambda: d.append(x=1))
show(lambda: deque.append([], 1))
print(deque.append, deque.__len__, deque.popleft, deque.pop, deque.appendleft)
print(len(deque(range(100))), deque(range(3)) == deque([0, 1, 2]))
big = deque()
for i in range(10000):
    big.append(i)
total = 0
while big:
    total += big.popleft()
    if big:
        total -= big.pop()
print(total)
