# itertools: count/cycle/repeat reprs and errors, islice argument forms, tee copies, groupby groups.
import itertools
import copy


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


take = lambda it, n: list(itertools.islice(it, n))
print(repr(itertools.count()), repr(itertools.count(1.5, 0.5)), repr(itertools.count(2, 1)))
print(repr(itertools.count(2, 1.0)), repr(itertools.count(step=-1)), repr(itertools.count(1.0)))
c = itertools.count(1.5, 0.5)
print(next(c), repr(c), take(c, 3), repr(c))
print(take(itertools.count(0.1, 0.1), 3), repr(itertools.count(10 ** 20)), repr(itertools.count(1, 10 ** 20)))
print(repr(itertools.count(1 + 2j)), repr(itertools.count(0, 0)), take(itertools.count(5, -2), 4))
import fractions
print(repr(itertools.count(fractions.Fraction(1, 2))), take(itertools.count(fractions.Fraction(1, 2)), 2))
t(lambda: itertools.count('a'))
t(lambda: itertools.count(1, 'a'))
t(lambda: itertools.count(1, 2, 3))
t(lambda: itertools.count(bogus=1))
print(type(itertools.count()).__name__, iter(c) is c)
print(repr(itertools.repeat(1)), repr(itertools.repeat('a', 3)), repr(itertools.repeat(1, -2)))
r = itertools.repeat(1, 2)
next(r)
print(repr(r), r.__length_hint__(), list(r), repr(r))
t(lambda: itertools.repeat())
t(lambda: itertools.repeat(1, 'a'))
t(lambda: itertools.repeat(1, 2 ** 70))
t(lambda: itertools.repeat(1).__length_hint__())
print(list(itertools.repeat('ab', times=2)), list(itertools.repeat(object='x', times=1)))
print(take(itertools.cycle('abc'), 7), list(itertools.cycle('')))
t(lambda: itertools.cycle())
t(lambda: itertools.cycle(1))
t(lambda: itertools.cycle('a', 'b'))

# islice
print(list(itertools.islice('abcdefg', 3)), list(itertools.islice('abcdefg', 2, 5)))
print(list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice('abcdefg', None)))
print(list(itertools.islice(range(10), None, None, None)), list(itertools.islice(range(10), 2, None, 3)))
print(list(itertools.islice(range(10), True)), list(itertools.islice(range(10), 5, 2)))
for args in [(-1,), (1, -1), (1, 2, 0), ('a',), (-1, 2), ('a', 2), (1, 2, 'a'), (1, 2, -1), (1.5,), (2 ** 70,)]:
    t(lambda: itertools.islice([], *args))
t(lambda: itertools.islice([], 1, 2, 3, 4))
t(lambda: itertools.islice([]))
t(lambda: itertools.islice(1, 2))
t(lambda: itertools.islice([], stop=1))
it = iter(range(10))
print(list(itertools.islice(it, 0, 5, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 4, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 0)), next(it))

# tee
a, b = itertools.tee(range(5))
print(type(a).__name__, next(a), list(copy.copy(a)), list(a), list(b))
a, b, c = itertools.tee(iter('xyz'), 3)
print(next(a), next(b), next(a), list(c), list(a), list(b))
d = itertools.tee([1, 2])[0]
print(list(itertools.tee(d, 3)[2]), list(d))
e = itertools.tee([1, 2, 3])[0]
next(e)
f = e.__copy__()
print(list(e), list(f))
print(itertools.tee([], 0))
t(lambda: itertools.tee([], -1))
t(lambda: itertools.tee(1))
t(lambda: itertools.tee([], 1.5))
t(lambda: itertools.tee([], n=2))
t(lambda: itertools.tee())

# groupby
print([(k, list(g)) for k, g in itertools.groupby('aabbbcaa')])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = itertools.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), type(g1).__name__)
g = itertools.groupby('aabbbc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), k2, list(g2), [k for k, _ in g])
print([k for k, _ in itertools.groupby([])], list(itertools.groupby(iterable='')))
t(lambda: list(itertools.groupby('a', key=1)))
t(lambda: itertools.groupby())
t(lambda: itertools.groupby(1))
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1.0, True, 2])])
