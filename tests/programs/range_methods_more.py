# range objects: attributes, index/count, slicing, comparison, errors.
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[0], r[-1], r[2:4], r[::-1], r[::2], r[10:], list(r[::-2]))
print(r.index(8), r.count(8), r.count(9), r.count(8.0), 8 in r, 9 in r, 8.0 in r, '8' in r)
for f in [lambda: r.index(9), lambda: r.index('x'), lambda: r[100], lambda: r['a'], lambda: range(1, 2, 0),
          lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(0, 10**30)[10**29] and len(range(0, 10**30))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(range(0, 10**30)[10**29], range(0, 10**30).index(5), 10**29 in range(0, 10**30, 7), len(range(0, 10**20, 10**10)))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == [0], range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), {range(3): 'x'}[range(0, 3)])
print(range(10, 0, -2), list(range(10, 0, -2)), len(range(10, 0, -3)), range(10, 0, -3)[-1], list(range(0, -5, -1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), range(-3, 3)[1:-1], range(5)[::-1].start)
print(repr(range(0)), repr(range(1, 5)), repr(range(1, 5, 1)), repr(range(5, 1, -1)), str(range(3)))
print(bool(range(0)), bool(range(1)), min(range(3, 9)), max(range(3, 9, 2)), sum(range(101)), sorted(range(3), reverse=True))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(Idx())[Idx() - 1] if False else range(Idx())[-1], list(range(1, Idx())), range(10)[Idx()])
try:
    range(3) < range(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    range(3)[0] = 1
except Exception as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), list(it), list(it), type(iter(range(1))).__name__)
print(range(3).__len__(), range(3).__contains__(2), range(3).__getitem__(slice(1, None)), range(3).__reversed__().__next__())
try:
    len(range(10**20))
except Exception as e:
    print(type(e).__name__, e)
