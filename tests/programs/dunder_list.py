# special methods of list reached as attributes
def t(f):
    try:
        return f()
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

a = [3, 1, 2]
print(list.__getitem__(a, 0), a.__getitem__(-1), a.__getitem__(slice(0, 2)), [1, 2].__len__())
a.__setitem__(0, 30)
a.__delitem__(1)
print(a, a.__contains__(30), a.__contains__(99), list.__len__(a))
print(a.__add__([7]), a.__mul__(2), a.__rmul__(2))
print(a.__eq__([30, 2]), a.__ne__([]), a.__lt__([31]))
print(a.__eq__('x'), a.__lt__('x'), t(lambda: a.__add__('x')), t(lambda: a.__mul__('x')))
b = [1]
r = b.__iadd__([2, 3])
print(r is b, b, list.__iadd__(b, (4,)) is b, b, b.__iadd__('ab'), b)
c = [1, 2]
print(c.__imul__(2) is c, c, list.__imul__(c, 0), c)
it = [5, 6].__iter__()
print(type(it).__name__, it.__next__(), next(it), list(reversed([1, 2, 3]).__iter__()))
print(type([].__reversed__()).__name__, list([1, 2, 3].__reversed__()))
d = [4, 5]
d.__init__([9, 8, 7])
print(d)
list.__init__(d)
print(d)
print([1, 2].__repr__(), [1].__str__(), [[1]].__repr__(), [].__class__.__name__)
print([1, 2].__sizeof__() > 0, list.__hash__ is None, [].__hash__)
print(list.__getitem__.__name__, list.__getitem__.__qualname__, type(list.__getitem__).__name__)
print(type([].__getitem__).__name__, [].append.__name__, [].append.__qualname__, type([].append).__name__)
print(type(list.append).__name__, list.append.__qualname__, list.append.__objclass__.__name__)
e = []
list.append(e, 1)
list.extend(e, [2, 3])
list.insert(e, 0, 0)
print(e, list.pop(e), list.index(e, 2), list.count(e, 1), list.copy(e))
try:
    [1].__getitem__(5)
except IndexError as err:
    print(type(err).__name__, err)
try:
    [1].__getitem__('x')
except TypeError as err:
    print(type(err).__name__, err)
try:
    [1].__setitem__(3, 0)
except IndexError as err:
    print(type(err).__name__, err)
try:
    [1].__delitem__(3)
except IndexError as err:
    print(type(err).__name__, err)
try:
    list.__iadd__([1], 5)
except TypeError as err:
    print(type(err).__name__, err)
print(list.__class_getitem__(int), list.__new__(list) == [])
