# Details of the built-in protocols: bound methods' __doc__, types.MethodType, divmod's
# reflected form, iter() with a sentinel, membership without __iter__, ** errors naming the
# callee, {**x} of a non-mapping, __iter__ = None, __int__ results, object reprs and
# __getstate__, dir() of functions, exceptions, generators and ranges.
import types

class C:
    def m(self):
        "Do the thing."
    def n(self):
        pass
print(C().m.__doc__, C().n.__doc__)

class O:
    x = 5
bound = types.MethodType(lambda self: self.x, O())
print(bound(), type(bound).__name__)
for bad in ((5, O()), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

class M:
    def __rdivmod__(self, other):
        return 'rdivmod', other
class N:
    pass
print(divmod(7, M()), divmod(2.5, M()))
for a, b in ((7, N()), (N(), 7)):
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    iter(5, 1)
except TypeError as e:
    print(e)
it = iter([3, 2, 1, 0].pop, 1)
print(list(it))

class NoIter:
    pass
try:
    1 in NoIter()
except TypeError as e:
    print(e)

def g(**k):
    return k
class A:
    def meth(self, **k):
        pass
for f in (g, A().meth, A, dict):
    try:
        f(**{'a': 1}, **{'a': 2})
    except TypeError as e:
        print(e)
    try:
        f(**{'a': 1}, **None)
    except TypeError as e:
        print(e)
for x in (None, [1], 3):
    try:
        {**x}
    except TypeError as e:
        print(e)

class NoneIter:
    __iter__ = None
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return i
try:
    list(NoneIter())
except TypeError as e:
    print(e)
class I:
    def __int__(self):
        return 1.5
class J:
    def __index__(self):
        return 'x'
for v in (I(), J()):
    try:
        print(int(v))
    except TypeError as e:
        print(e)

print(repr(object())[:16], repr(object.__new__(object)).startswith('<object object at'))
class P:
    pass
p = P()
print(p.__getstate__())
p.x = 1
print(p.__getstate__(), p.__getstate__() is p.__dict__)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
print(s.__getstate__())

def f():
    pass
def gen():
    yield 1
checks = [
    (f, ['__code__', '__defaults__', '__name__', '__globals__', '__getstate__']),
    (ValueError(), ['args', '__traceback__', '__cause__']),
    (OSError(2, 'x'), ['errno', 'strerror', 'characters_written']),
    (SyntaxError('m'), ['lineno', 'msg', 'text']),
    (StopIteration(1), ['value']),
    (gen(), ['gi_frame', 'gi_running', '__name__']),
    (range(3), ['start', 'stop', 'step']),
    (len, ['__name__', '__self__']),
]
for obj, names in checks:
    d = dir(obj)
    print(type(obj).__name__, [n in d for n in names], d == sorted(d))
