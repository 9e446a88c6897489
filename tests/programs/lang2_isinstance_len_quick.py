# isinstance and len as called in loops: instances, subclasses, replaced __class__,
# metaclasses with __instancecheck__, built-in values against built-in and user classes,
# and len of every built-in container, shadowed builtins included.
import abc


class A:
    pass


class B(A):
    pass


class Fake:
    @property
    def __class__(self):
        return A


class Meta(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', cls.__name__, type(obj).__name__)
        return obj == 42


class M(metaclass=Meta):
    pass


class Ab(abc.ABC):
    pass


Ab.register(int)


class IntSub(int):
    pass


a, b, f = A(), B(), Fake()
cases = [(a, A), (b, A), (a, B), (f, A), (f, Fake), (f, B), (42, M), (41, M), (a, M),
         (1, int), (True, int), (1, bool), (1.5, float), (1.5, int), ('s', str), (b'x', bytes),
         ([], list), ((), tuple), ({}, dict), (set(), set), (None, type(None)), (2**80, int),
         (1, A), ('s', A), (IntSub(3), int), (3, IntSub), (3, Ab), ('x', Ab), (a, object),
         (A, type), (int, type), (a, (B, A)), (1, (str, float))]
for obj, cls in cases:
    for _ in range(2):
        r = isinstance(obj, cls)
    print(type(obj).__name__, getattr(cls, '__name__', cls), r)
for bad in [1, 'int', [int]]:
    try:
        isinstance(1, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    isinstance(1)
except TypeError as e:
    print('TypeError', e)


class L:
    def __len__(self):
        return 7


for v in ['', 'abc', 'héllo wörld', '\U0001f600x', [1, 2], (1,), {1: 2}, {3}, b'ab',
          bytearray(b'abc'), range(10), frozenset({1, 2}), L(), {}.keys()]:
    total = 0
    for _ in range(3):
        total += len(v)
    print(type(v).__name__, total)
for bad in [5, None, L]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    len()
except TypeError as e:
    print('TypeError', e)


def shadowed():
    len = lambda x: 'mine'
    isinstance = lambda a, b: 'also mine'
    return len([1]), isinstance(1, int)


print(shadowed())
