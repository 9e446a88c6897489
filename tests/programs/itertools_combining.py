# itertools: accumulate, batched, chain, compress, *while, filterfalse, starmap, pairwise,
# zip_longest and the combinatoric iterators, with their argument errors.
import itertools
import operator


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.accumulate([], initial=10)))
print(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)), list(itertools.accumulate([])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate('abc')))
print(list(itertools.accumulate([1, 2], None)), list(itertools.accumulate(iterable=[1, 2], func=operator.sub)))
t(lambda: list(itertools.accumulate(['a', 1])))
t(lambda: itertools.accumulate())
t(lambda: itertools.accumulate(1))
t(lambda: itertools.accumulate([1], bogus=1))
print(list(itertools.batched('abcdefg', 3)), list(itertools.batched('ab', 5)), list(itertools.batched('', 2)))
t(lambda: itertools.batched('abc', 0))
t(lambda: itertools.batched('abc'))
t(lambda: itertools.batched(1, 2))
t(lambda: itertools.batched('a', 'x'))
print(list(itertools.chain('ab', [1], ())), list(itertools.chain()), list(itertools.chain.from_iterable(['ab', 'cd'])))
t(lambda: list(itertools.chain(1)))
t(lambda: itertools.chain(a=1))
t(lambda: itertools.chain.from_iterable())
print(type(itertools.chain.from_iterable([])).__name__)
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(itertools.compress('abc', [1])))
t(lambda: itertools.compress([1]))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
t(lambda: itertools.dropwhile(len))
t(lambda: itertools.takewhile(len, [1], 2))
t(lambda: list(itertools.dropwhile(len, [])))
print(list(itertools.filterfalse(None, [0, 1, '', 'a'])), list(itertools.filterfalse(lambda x: x % 2, range(6))))
t(lambda: itertools.filterfalse(None))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.starmap(operator.add, ['ab', [1, 2]])))
t(lambda: list(itertools.starmap(pow, [(2, 3), 4])))
t(lambda: itertools.starmap(len))
print(list(itertools.pairwise('abcd')), list(itertools.pairwise('a')), list(itertools.pairwise([])))
t(lambda: itertools.pairwise(1))
t(lambda: itertools.pairwise())
print(list(itertools.zip_longest('ab', 'c', fillvalue='-')), list(itertools.zip_longest('abc', [1])))
print(list(itertools.zip_longest()), list(itertools.zip_longest(fillvalue=1)), list(itertools.zip_longest('', '')))
t(lambda: itertools.zip_longest(1))
t(lambda: itertools.zip_longest('a', x=1))

# combinatorics
print(list(itertools.product('ab', range(2))), list(itertools.product('ab', repeat=2)))
print(list(itertools.product()), list(itertools.product('ab', [])), list(itertools.product('ab', repeat=0)))
print(len(list(itertools.product(range(3), range(4), repeat=2))))
t(lambda: itertools.product('ab', repeat=-1))
t(lambda: itertools.product('ab', bogus=1))
print(list(itertools.permutations('abc', 2)))
print(list(itertools.permutations(range(3))), list(itertools.permutations('abc', 5)), list(itertools.permutations([], 0)))
print(len(list(itertools.permutations(range(5)))), len(set(itertools.permutations(range(5), 3))))
t(lambda: itertools.permutations('abc', -1))
t(lambda: itertools.permutations('abc', 'x'))
t(lambda: itertools.permutations())
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations('abc', 0)), list(itertools.combinations('ab', 3)))
print(list(itertools.combinations(range(4), 3)), list(itertools.combinations(iterable='ab', r=1)))
t(lambda: itertools.combinations('abc', -1))
t(lambda: itertools.combinations('abc'))
t(lambda: itertools.combinations('abc', None))
t(lambda: itertools.combinations('abc', 1, 2))
print(list(itertools.combinations_with_replacement('abc', 2)), list(itertools.combinations_with_replacement('', 0)))
print(list(itertools.combinations_with_replacement('', 1)), list(itertools.combinations_with_replacement('ab', 3)))
t(lambda: itertools.combinations_with_replacement('abc', -1))
t(lambda: itertools.combinations_with_replacement('abc'))
for name in ['accumulate', 'batched', 'chain', 'compress', 'dropwhile', 'filterfalse', 'islice',
             'pairwise', 'permutations', 'product', 'starmap', 'takewhile', 'zip_longest',
             'combinations', 'combinations_with_replacement', 'groupby', 'cycle', 'repeat', 'count']:
    print(name, type(getattr(itertools, name)).__name__, getattr(itertools, name).__module__)
