# set and frozenset subclasses: operators return the base type
class S(set):
    pass

class F(frozenset):
    pass

a = S([1, 2, 3])
b = S([3, 4])
print(a, repr(a), type(a).__name__, len(a), 2 in a)
for r in (a | b, a & b, a - b, a ^ b, a.union(b), a.intersection([1]), a.difference(b),
          a.symmetric_difference(b), a.copy()):
    print(sorted(r), type(r).__name__)
a |= {9}
print(sorted(a), type(a).__name__)
a &= {1, 9}
print(sorted(a), type(a).__name__)
a.add(5)
a.discard(1)
print(sorted(a), a == {5, 9}, {5, 9} == a, a <= {5, 9, 10}, a.issubset([5, 9]))

f = F([1, 2])
g = F([2, 3])
print(f, repr(f), type(f).__name__)
for r in (f | g, f & g, f - g, f ^ g, f.union([7]), f.copy(), f | {0}):
    print(sorted(r), type(r).__name__)
print({1, 2} | f, type({1, 2} | f).__name__)
print(f | a, type(f | a).__name__)
h = f
h |= g
print(sorted(h), type(h).__name__, sorted(f))
print({f: 'x'}[frozenset([1, 2])], hash(f) == hash(frozenset([1, 2])))
print(F(), type(F()).__name__, S(), F('') == frozenset())

class Tagged(frozenset):
    def __new__(cls, items, tag):
        obj = super().__new__(cls, items)
        obj.tag = tag
        return obj
t = Tagged([3, 1], 'tg')
print(sorted(t), t.tag, type(t | {4}).__name__)

class Ordered(set):
    def __repr__(self):
        return f'{type(self).__name__}({sorted(self)})'
o = Ordered([3, 1, 2])
print(o, [o], str(o), o - {1})
try:
    S(5)
except TypeError as e:
    print(type(e).__name__, e)
