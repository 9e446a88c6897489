# list methods with their edge cases and exact error messages.
a = [3, 1, 2, 1]
print(a.index(1), a.index(1, 2), a.index(2, -2), a.count(1), a.count(9), a.count([]))
for f in [lambda: a.index(9), lambda: a.index(3, 1), lambda: a.index(1, 0, 1), lambda: [].index('x'),
          lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: a.index(), lambda: a.pop('0'),
          lambda: a.sort(key=1), lambda: [1, 'a'].sort(), lambda: a.sort(reversed=True), lambda: a.insert(0),
          lambda: a[5], lambda: a['x'], lambda: a.__setitem__(9, 0), lambda: [] + (), lambda: a * 1.0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = [5, 6, 7]
b.insert(-1, 'm'); b.insert(99, 'end'); b.insert(-99, 'start'); print(b)
print(b.pop(-2), b.pop(1), b)
b.extend(range(2)); b.extend('ab'); b.extend({'k': 1}); b += (9,); print(b)
b.remove('a'); b.reverse(); print(b)
c = b.copy(); c.clear(); print(len(b), c)
d = [4, 2, 9, 1]; d.sort(reverse=True); print(d); d.sort(key=lambda x: -x % 5); print(d)
words = ['bb', 'a', 'ccc', 'dd', 'e']; words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted([3, 1, 2], reverse=True), [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1] != [1.0])
x = [1, 2, 3, 4, 5]
x[1:3] = ['a', 'b', 'c']; print(x)
x[::2] = [0, 0, 0]; print(x)
x[5:] = []; print(x)
del x[::2]; print(x)
x[:0] = 'xy'; print(x)
try:
    x[::2] = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    x[0:1] = 5
except Exception as e:
    print(type(e).__name__, e)
y = [1, 2]; y *= 3; print(y); y *= 0; print(y)
z = [0]; z[:] = z + z; print(z)
lst = [1, 2, 3]
lst.sort(key=lambda v: lst.append(0) if False else v)
print(lst)
try:
    seen = [3, 1, 2]
    seen.sort(key=lambda v: seen.append(v) or v)
except Exception as e:
    print(type(e).__name__, e)
print(list.__len__([1]), list.__contains__([1], 1), list.__getitem__([1, 2], -1), list.__reversed__ is not None)
r = [1, 2, 3]
print(list(reversed(r)), r.__mul__(2), r.__rmul__(2), r.__add__([4]), r.__iadd__([4]) is r, r)
print(list.__eq__([1], (1,)), list.__lt__([1], [2]), [1, [2, [3]]] == [1, [2, [3]]], list('ab') + list(range(2)))
