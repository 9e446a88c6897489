# for loops over enumerate, range, list and tuple iterators, with and without unpacking:
# the same items, counts and exhaustion as CPython.
data = ['a', 'b', 'c']
for i, x in enumerate(data):
    print(i, x, end='; ')
print()
for i, x in enumerate(range(3, 9, 2), start=10):
    print(i, x, end='; ')
print()
for pair in enumerate((7, 8)):
    print(pair, end='; ')
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b, end='; ')
print()
for i, ch in enumerate('héllo'):
    print(i, ch, end='')
print()
for i, g in enumerate(x * x for x in range(4)):
    print(i, g, end=' ')
print()
e = enumerate([10, 20, 30])
for i, v in e:
    if i == 1:
        break
print(next(e), list(e))
big = enumerate(['p', 'q'], start=2**63 - 2)
for i, v in big:
    print(i, v, type(i).__name__)
try:
    for i, v in enumerate([1, (2, 3)]):
        print(i, v)
except TypeError as err:
    print(type(err).__name__, err)
grow = [1, 2]
for i, v in enumerate(grow):
    if i < 3:
        grow.append(v * 10)
print(grow)
items = [1, 2, 3]
it = iter(items)
for v in it:
    print(v, end=' ')
items.append(4)
print(list(it))
t = 0
for i in range(5, 0, -2):
    t += i
print(t, list(range(0)), [x for x in ()])
