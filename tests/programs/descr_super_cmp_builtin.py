# comparison overrides in built-in subclasses that delegate to super()
class Tagged(str):
    def __eq__(self, other):
        print('  Tagged.__eq__')
        return super().__eq__(other)
    def __hash__(self):
        return super().__hash__()
    def __lt__(self, other):
        r = super().__lt__(other)
        print('  Tagged.__lt__ ->', r)
        return r
t = Tagged('b')
print(t == 'b', t == 5, t < 'c')
try:
    t < 5
except TypeError as e:
    print(type(e).__name__, e)
print('b' == t, 5 == t, 'a' < t)
print(t in {'b': 1}, t in ['x', 'b'])

class Num(int):
    def __eq__(self, other):
        r = super().__eq__(other)
        print('  Num.__eq__ ->', r)
        return r
    __hash__ = int.__hash__
print(Num(3) == 3, Num(3) == 'x', Num(3) == 3.0)
print(3.0 == Num(3), Num(3) != 3)

class Approx(float):
    def __eq__(self, other):
        r = super().__eq__(other)
        if r is NotImplemented:
            return r
        return r or abs(self - other) < 1e-9
    def __hash__(self):
        return 0
print(Approx(0.1 + 0.2) == 0.3, 0.3 == Approx(0.1 + 0.2), Approx(1.0) == 'x')
print(Approx(1.0) != 1.0 + 1e-12, [0.3] == [Approx(0.1 + 0.2)])

class Rev(list):
    def __lt__(self, other):
        return super().__gt__(other)
    def __gt__(self, other):
        return super().__lt__(other)
print(sorted([Rev([1]), Rev([3]), Rev([2])]), Rev([1]) < [2], [2] > Rev([1]), [2] < Rev([1]))
try:
    Rev([1]) < 5
except TypeError as e:
    print(type(e).__name__, e)

class KeyTuple(tuple):
    def __eq__(self, other):
        return super().__eq__(tuple(other)) if isinstance(other, list) else super().__eq__(other)
    __hash__ = tuple.__hash__
print(KeyTuple((1, 2)) == [1, 2], [1, 2] == KeyTuple((1, 2)), KeyTuple((1,)) == (1,))
