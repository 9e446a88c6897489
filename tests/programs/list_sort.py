# sorting: stability, keys, reverse, sorted() vs list.sort().
data = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: -t[1]))
print(sorted(data))
print(sorted(data, reverse=True))
by_name_len = sorted(data, key=lambda t: len(t[0]))
print(by_name_len)
print(sorted(sorted(data, key=lambda t: t[0]), key=lambda t: t[1]))
nums = [15, -3, 7, 0, -8, 22, 7, -3, 1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda v: (v % 3, v)))
print(sorted('the quick brown fox jumps over the lazy dog'.split()))
print(sorted('the quick brown fox jumps over the lazy dog'.split(), key=len))
print(sorted([3.5, 1, 2.25, -1e10, 0]), sorted([True, 0, 2, False]))
print(sorted([[2, 1], [1, 9], [2], [1, 2, 3], []]))
print(sorted(range(10), key=lambda v: v % 2), sorted((5, 3, 1)), sorted({3: 'c', 1: 'a'}))
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:])
shuffled = [(i * 37) % 101 for i in range(101)]
print(shuffled[:10])
shuffled.sort()
print(shuffled == list(range(101)))
recs = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}, {'n': 'w', 'v': 1}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
print([r['n'] for r in sorted(recs, key=lambda r: r['v'], reverse=True)])
print(sorted(['b', 'A', 'a', 'B', 'c'], key=str.upper))
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(list(reversed(sorted(nums))))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda v: None)
except TypeError as e:
    print(type(e).__name__, e)
