# bisect, io.StringIO, itertools and functools: the pure-Python modules pyrs ships.
import bisect
import functools
import io
import itertools

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 3, lo=1, hi=3), bisect.bisect_right([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))
pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (7, 'd')]
print(bisect.bisect_left(pairs, 3, key=lambda p: p[0]), bisect.bisect_right(pairs, 3, key=lambda p: p[0]))
bisect.insort(pairs, (3, 'z'), key=lambda p: p[0])
bisect.insort_left(pairs, (7, 'y'), key=lambda p: p[0])
print(pairs)
try:
    bisect.bisect_left(a, 1, lo=-1)
except ValueError as e:
    print('ValueError:', e)

s = io.StringIO()
print('hello', 42, file=s)
s.write('second line\n')
print(repr(s.getvalue()), s.tell())
r = io.StringIO('one\ntwo\nthree')
print(r.readline(), r.read(2), r.readlines(), r.read())
r.seek(0)
print(list(r), io.StringIO('x').read(5))
with io.StringIO() as w:
    w.write('abc')
    print(w.getvalue())
print(w.closed)

print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice('abcdefg', 1, 6, 2)))
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat('x', 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda x, y: x * y, initial=10)))
print(list(itertools.chain('ab', [1, 2])), list(itertools.chain.from_iterable(['xy', 'z'])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.pairwise('abcd')), [(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.product('ab', repeat=2)), list(itertools.product([1, 2], 'x')))
print(list(itertools.permutations([1, 2, 3], 2)), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations_with_replacement('ab', 2)))
t1, t2 = itertools.tee([1, 2, 3])
print(list(t1), list(t2))

print(functools.reduce(lambda x, y: x * y, [1, 2, 3, 4]), functools.reduce(lambda x, y: x + y, [], 7))
try:
    functools.reduce(lambda x, y: x, [])
except TypeError as e:
    print('TypeError', e)
p = functools.partial(int, base=2)
print(p('1010'), functools.partial(pow, 2)(5))


def deco(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args) * 2
    return inner


@deco
def double_me(x):
    """Doc."""
    return x + 1


print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


@functools.cache
def square(x):
    return x * x


print(square(12), square(12))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)

# islice stops without reading past its stop: the rest stays in the iterator.
it = iter(range(10))
print(list(itertools.islice(it, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 4, 2)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 0, 5, 3)), next(it), list(itertools.chain('ab', [1], ())))

# lru_cache evicts the least recently used entry: a hit refreshes it.
@functools.lru_cache(maxsize=2)
def square(x):
    print('compute', x)
    return x * x

print([square(n) for n in (1, 2, 1, 3, 1, 2)], square.cache_info()[:2])
