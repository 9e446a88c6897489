# Data wrangling with star-unpacking, walrus, chained comparisons, and comprehension scoping.

records = [
    ("alice", 31, "nyc", "eng", "lead"),
    ("bob", 25, "sf"),
    ("carol", 42, "la", "ops"),
    ("dave",),
]
for name, *rest in records:
    match rest:
        case []:
            print(f"{name}: no details")
        case [age, *more]:
            city, *roles = more or ["?"]
            print(f"{name}: age={age} city={city} roles={roles}")

first, *middle, last = range(10)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
x, = [42]
print(x)
[p, q], r = "pq", "r"
print(p, q, r)
head, *body = [1]
print(head, body)
for bad in [lambda: exec("a, b = [1]"), lambda: exec("a, b = [1, 2, 3]"), lambda: exec("a, *b, c = [1]"), lambda: exec("a, b = 5")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

merged = {**{"a": 1}, **dict(b=2), "c": 3}
combined = [*range(3), *"xy", *(4, 5), *{6: None}]
print(merged, combined, {*"aab", *[1]} == {"a", "b", 1}, (*range(2),))
print(*[1, 2, 3], sep="-")
print(max(*[3, 9, 2]), "{} {} {}".format(*"abc"))

data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 5:
    print(f"list has {n} items")
print([y for v in data if (y := v * 2) > 20], y)
total = 0
partial = [total := total + v for v in data]
print(partial, total)
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
print(data)

import re
lines = ["key=value", "junk", "name = pyrs", "x=1=2"]
for ln in lines:
    if (m := re.match(r"\s*(\w+)\s*=\s*(.*)", ln)) is not None:
        print("parsed", m.group(1), repr(m.group(2)))
    else:
        print("skipped", ln)


def scope_test():
    results = [(w := i) for i in range(3)]
    return results, w


print(scope_test())
print([(lambda: (z := 5))() for _ in range(1)])

for vals in [(1, 2, 3), (1, 3, 2), (3, 2, 1), (1, 1, 2)]:
    a, b, c = vals
    print(vals, a < b < c, a < b > c, a <= b <= c, a != b != c, a < b == c - 1, 0 < a < b < c < 10)


class Noisy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  compare {self.v} < {other.v}")
        return self.v < other.v


n1, n2, n3 = Noisy(1), Noisy(0), Noisy(2)
print("chain result", n1 < n2 < n3)
print("chain result", n2 < n1 < n3)


def value(v, log):
    log.append(v)
    return v


log = []
print(value(1, log) < value(2, log) < value(0, log) < value(5, log), log)
print(1 < 2 in [2], (1 < 2) in [True], "a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 2, 0))
print(n1 is not None is not False, None is None is None, 3 in [3] in [[3]])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix if row[i] % 2])
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j) for i in range(2) for j in range(2) if i != j} == {(0, 1), (1, 0)})
print([[c * r for c in range(1, 4)] for r in range(1, 3)])
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)][0])
print(dict(zip("abc", range(3))), list(enumerate("xy", start=10)), list(zip("ab", [1, 2, 3])))
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)

i = "outer"
squares = [i * i for i in range(4)]
print(i, squares)
gen = (j for j in range(3))
print(list(gen), "j" in dir())
nested = [[i + j for j in range(2)] for i in range(2)]
print(nested)
funcs = {k: (lambda k=k: k * 2) for k in "ab"}
print({k: f() for k, f in funcs.items()})
it = iter(range(6))
print(list(zip(it, it)))
pairs = [(1, "one"), (2, "two")]
for num, (first_char, *others) in pairs:
    print(num, first_char, others)
d = {"a": 1, "b": 2}
for k, v in d.items():
    pass
print(k, v)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
a, b = b, a = 1, 2
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0, 0, 0]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del lst[::3]
print(lst)
lst[len(lst):] = [99]
print(lst)
