# super() calls into built-in special methods from user subclasses
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if type(other) is not Point:
            r = super().__eq__(other)
            print('  super().__eq__ ->', r)
            return r
        return self.x == other.x
    def __hash__(self):
        return super().__hash__() if self.x is None else hash(self.x)
    def __repr__(self):
        return f'Point({self.x})'
    def __str__(self):
        return 'str:' + super().__str__()
    def __format__(self, spec):
        return super().__format__('') + '!' if not spec else spec

p = Point(1)
print(p == Point(1), p == 1, p != Point(2), 1 == p)
print(str(p), f'{p}', f'{p:spec}', hash(p) == hash(1))
print(super(Point, p).__repr__().startswith('<__main__.Point object'), super(Point, p).__ne__(p))

class CI(str):
    def __eq__(self, other):
        if isinstance(other, str):
            return super().lower() == other.lower()
        return super().__eq__(other)
    def __hash__(self):
        return hash(self.lower())
    def __contains__(self, sub):
        return super().__contains__(sub.lower()) or super().__contains__(sub)
    def __getitem__(self, i):
        return CI(super().__getitem__(i))
    def __add__(self, other):
        return CI(super().__add__(other))
print(CI('ABC') == 'abc', CI('ABC') == 5, CI('aBc') in ['ABC'], 'b' in CI('ABC'), 'B' in CI('abc'))
print(type(CI('abc')[0]).__name__, type(CI('ab') + 'c').__name__, CI('ab') + 'c')

class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))
    def __mul__(self, k):
        return Vec(super().__mul__(1)) if k == 1 else Vec(a * k for a in self)
    def __len__(self):
        return super().__len__() * 100
    def __iter__(self):
        return super().__iter__()
    def __repr__(self):
        return 'Vec' + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(list(other))
v = Vec([1, 2])
print(v + Vec([10, 20]), v * 3, v * 1, len(v), list(v), v == (1, 2), v != [1, 2])

class Acc(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, self.get(k, 0) + v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 1
    def __or__(self, other):
        r = Acc(super().__or__(other))
        return r
    def __contains__(self, k):
        return super().__contains__(k)
a = Acc()
a['x'] = 1
a['x'] = 5
print(a, a['x'], type(a | {'y': 1}).__name__, 'x' in a, 'y' in a)

class Num(int):
    def __add__(self, other):
        r = super().__add__(other)
        return r if r is NotImplemented else Num(r)
    def __repr__(self):
        return f'Num({super().__repr__()})'
print(Num(1) + 2, Num(1) + Num(2), Num(1) + 1.5, 3 + Num(1), type(3 + Num(1)).__name__)
print(Num(5).__add__('x'), repr(Num(3)), str(Num(3)))
