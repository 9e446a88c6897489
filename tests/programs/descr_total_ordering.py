# total_ordering-style code built on super().__eq__ and NotImplemented
import functools
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min(a, b))
print(a == 'x', a != 'x')
check(lambda: a < 'x')
check(lambda: a >= 3)
print(Version.__le__.__name__, Version.__gt__.__name__, '__ge__' in Version.__dict__)

class Named:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('  Named.__eq__')
        if isinstance(other, Named):
            return self.name == other.name
        return super().__eq__(other)
    __hash__ = object.__hash__

n = Named('a')
print(n == Named('a'), n == n, n == 'a', n != Named('b'))
print(super(Named, n).__eq__(n), super(Named, n).__eq__(Named('a')))
print(object.__eq__(n, 5), object.__ne__(n, n), object.__ne__(n, 5))


@functools.total_ordering
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(OnlyGt(1) < OnlyGt(2), OnlyGt(2) <= OnlyGt(2), OnlyGt(3) >= OnlyGt(4))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)
