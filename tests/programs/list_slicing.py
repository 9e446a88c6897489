# list slicing, slice assignment, del, operators, comparisons.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[3:3])
b = a[:]
b[2:5] = ['x', 'y']
print(b, len(b))
b[1:1] = [100, 200, 300]
print(b)
b[:] = [1, 2, 3]
print(b)
b[len(b):] = [4, 5]
print(b)
b[::2] = ['a', 'b', 'c']
print(b)
b[-2:] = []
print(b)
try:
    b[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:4]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
print([1, 2] * 3, [0] * 0, 2 * ['a'], [1] + [2, 3], [] + [])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [3]] < [[1, 2], [4]], [] < [0], ['a', 'b'] <= ['a', 'b'])
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][0], len(nested))
nested[1][1][0] = 'three'
print(nested)
print(list(range(0, 20, 3)), list(range(5, 0, -1)), list(range(-3, 3)))
r = [5, 4, 3, 2, 1]
r[1:4] = r[1:4][::-1]
print(r)
q = [1, 2, 3, 4, 5, 6]
print(q[1:-1], q[-100:100], q[::-2], q[5:0:-1], q[-2::-1], q[:-10])
print(3 in q, 10 in q, [2] in [[2], 3], 'a' not in q)
s = [0] * 5
for i in range(5):
    s[i] = i * i
print(s, s[-5], sum(s), max(s), min(s))
try:
    s[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < ['a']
except TypeError as e:
    print(type(e).__name__, e)
