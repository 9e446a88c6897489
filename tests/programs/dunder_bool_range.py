# special methods of bool, range, slice and NoneType reached as attributes
print(bool.__and__(True, False), True.__and__(1), True.__or__(False), True.__xor__(True), False.__rxor__(True))
print(type(True.__and__(1)).__name__, True.__and__(1), type(True.__and__(False)).__name__)
print(bool.__or__(True, 2), True.__neg__(), True.__add__(True), True.__repr__())
print(bool.__new__(bool, 'x'), bool.__new__(bool), bool.__str__(True), True.__index__(), False.__bool__())
print(True.__eq__(1), True.__hash__() == hash(1), True.__format__('d'), True.__format__(''), False.__format__('>6'))
r = range(1, 10, 3)
it = range.__iter__(r)
print(type(it).__name__, list(it), r.__len__(), r.__getitem__(1), r.__getitem__(slice(1, None)), r.__contains__(7))
print(r.__reversed__().__class__.__name__, list(r.__reversed__()), r.__eq__(range(1, 11, 3)), r.__hash__() == hash(range(1, 11, 3)))
print(r.__repr__(), r.__bool__(), range(0).__bool__(), range.count(r, 4), r.index(7), r.__lt__(r))
try:
    r.__getitem__(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(5)
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(it.__iter__() is it, it.__next__(), it.__length_hint__(), type(it).__name__)
sl = slice(1, 10, 2)
print(sl.__repr__(), sl.indices(5), sl.__eq__(slice(1, 10, 2)), sl.start, sl.stop, sl.step)
n = None
print(n.__bool__(), n.__repr__(), n.__eq__(None), n.__eq__(0), type(n).__name__, n.__hash__() == hash(None))
print(NotImplemented.__repr__(), Ellipsis.__repr__(), type(NotImplemented).__name__, type(...).__name__)
g = (x for x in range(2))
print(g.__iter__() is g, g.__next__(), type(g).__name__, g.__name__)
def f(a, b=2):
    return a + b
print(f.__call__(1), f.__name__, f.__defaults__, type(f.__call__).__name__, f.__get__(None, int) is f)
print(len.__call__([1]), len.__name__, len.__qualname__, type(len).__name__, len.__self__.__name__)
print((1).__class__.__class__.__name__, type.__call__(int, '7'), int.__call__('8'))
print(type.__name__, type.__mro__ == (type, object))
