# special methods of tuple, set and frozenset reached as attributes
def t_(f):
    try:
        return f()
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

t = (1, 2, 3)
print(tuple.__contains__(t, 2), t.__contains__(9), t.__getitem__(0), t.__getitem__(slice(None, None, -1)), t.__len__())
print(t.__add__((4,)), t_(lambda: t.__add__([4])), t.__mul__(2), t.__rmul__(0), t.__eq__((1, 2, 3)), t.__lt__((1, 3)))
print(t.__hash__() == hash(t), t.__repr__(), (1,).__repr__(), ().__repr__(), t.__getnewargs__())
print(type(t.__iter__()).__name__, list(t.__iter__()), tuple.__new__(tuple, 'ab'), tuple.index(t, 3), tuple.count(t, 1))
print(t.__eq__([1, 2, 3]), t.__ge__('x'), tuple.__getitem__.__qualname__, type(t.__len__).__name__)
try:
    t.__getitem__(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    tuple.__add__(t, [1])
except TypeError as e:
    print(type(e).__name__, e)

s = {1, 2, 3}
print(set.__and__(s, {2, 3, 4}), s.__or__({9}), s.__sub__({1}), s.__xor__({3, 4}), s.__rsub__({1, 7}))
print(s.__and__([2]), s.__contains__(2), s.__len__(), s.__le__({1, 2, 3, 4}), s.__lt__(s), s.__ge__(set()))
print(s.__eq__(frozenset(s)), s.__ne__({1}), s.__gt__({1}), s.__eq__([1, 2, 3]), s.__le__([1]))
r = s.__iand__({1, 2})
print(r is s, s, s.__ior__({5}) is s, s, s.__isub__({1}), s.__ixor__({2, 6}), s)
print(set.__hash__ is None, type(s.__iter__()).__name__, sorted(s.__iter__()))
try:
    s.__ior__([1])
    print('ior list ok')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__contains__([])
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
print(f.__or__({3}), type(f.__or__({3})).__name__, f.__rand__({2}), f.__hash__() == hash(frozenset([2, 1])))
print(frozenset.__and__(f, {1}), f.__contains__(1), f.__len__())
print(hasattr(f, '__ior__'), hasattr(s, '__ior__'), set.__contains__.__qualname__, frozenset.__or__.__qualname__)
print(s.__contains__(frozenset()), {frozenset([1])}.__contains__({1}))
s2 = set()
s2.__init__([4, 5])
print(s2)
set.__init__(s2, [6])
print(s2)
