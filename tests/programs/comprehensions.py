# list/set/dict comprehensions and generator expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() for c in 'hello' if c != 'l'])
print({x % 4 for x in range(20)}, {len(w) for w in 'a bb ccc dd e'.split()})
print({w: len(w) for w in 'apple fig banana'.split()}, {i: [j for j in range(i)] for i in range(4)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
print(sum(x * x for x in range(10)), sum((i for i in range(5)), 100))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)), any(() for _ in []), all(x for x in []))
print(max(len(w) for w in ['a', 'abc', 'ab']), min((x for x in [3, 1, 2]), default=0))
print(max((x for x in []), default='empty'), sorted(x % 5 for x in range(12)))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
print(list(zip(*matrix)), [list(t) for t in zip(*matrix)])
x = 'outer'
res = [x for x in range(3)]
print(res, x)
print([y for y in [x]], [i for i in range(3) for i in range(i)])
print(tuple(i for i in 'abc'), set(i for i in [1, 1, 2]), dict((i, i * i) for i in range(3)))
words = ['Alpha', 'beta', 'Gamma', 'delta']
print([w for w in words if w[0].isupper()], [w.lower() for w in words if 'a' in w[1:]])
print(['even' if n % 2 == 0 else 'odd' for n in range(5)])
print([(lambda v: v + 1)(n) for n in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
nested = [[[k for k in range(j)] for j in range(i)] for i in range(4)]
print(nested)
print(''.join(str(d) for d in range(10)), '-'.join(c for c in 'abc' if c > 'a'))
squares = {n: n * n for n in range(6)}
print({v: k for k, v in squares.items() if v > 4})
print(sum(1 for _ in range(100) if _ % 7 == 0), len([0 for _ in range(5)]))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
count = 0
def tick(v):
    global count
    count += 1
    return v
print(any(tick(v) for v in [0, 0, 1, 0, 0]), count)
print(all(tick(v) for v in [1, 0, 1]), count)
print(list(map(str, range(4))), list(filter(None, [0, 1, '', 'a', None])))
