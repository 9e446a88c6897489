# list subclass: inherited behaviour and result types
class L(list):
    pass

a = L([3, 1, 2])
print(a, repr(a), type(a).__name__, len(a))
a.append(5)
a.extend([0, 4])
a.sort()
print(a, type(a).__name__)
print([x * 2 for x in a], a[1:3], type(a[1:3]).__name__, a[::-1], type(a[::-1]).__name__)
print(a + [9], type(a + [9]).__name__, [9] + a, type([9] + a).__name__)
print(a * 2, type(a * 2).__name__)
a += [7]
print(a, type(a).__name__)
a *= 1
print(type(a).__name__)
print(a == [0, 1, 2, 3, 4, 5, 7], [0, 1, 2, 3, 4, 5, 7] == a, a != L(a))
print(L() == [], L([1]) < [2], sorted(L([2, 1])), type(sorted(L([2, 1]))).__name__)
print(a.copy(), type(a.copy()).__name__, list(a), type(list(a)).__name__)
a.insert(0, -1)
a.remove(3)
print(a.pop(), a.pop(0), a, a.index(4), a.count(1))
del a[0]
a[0] = 'z'
print(a)
a[1:3] = ['p', 'q', 'r']
print(a, len(a), bool(L()), bool(a))
a.reverse()
print(a)
a.clear()
print(a, type(a).__name__)
a.name = 'named'
print(a.name, a.__dict__)
b = L('abc')
print(b, L(range(3)), L(x for x in 'xy'))
print(isinstance(b, list), issubclass(L, list), L.__mro__[1].__name__)
x, *rest = L([1, 2, 3])
print(x, rest, type(rest).__name__)
print(reversed(L([1, 2])).__class__.__name__, list(reversed(L([1, 2]))))
try:
    L(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(L())
except TypeError as e:
    print(type(e).__name__, e)
