# Recursion that passes through generators or built-ins, well inside CPython's default
# limit of 1000, must simply work (no RecursionError at a few hundred levels).
def gen_yield_from(n):
    if n == 0:
        yield 'leaf'
    else:
        yield from gen_yield_from(n - 1)

def gen_for(n):
    if n == 0:
        yield 'leaf'
    else:
        for x in gen_for(n - 1):
            yield x

def tree(depth):
    return (depth, [tree(depth - 1)] if depth else [])

def walk(node):
    value, children = node
    yield value
    for child in children:
        yield from walk(child)

def via_map(n):
    return 0 if n == 0 else list(map(via_map, [n - 1]))[0] + 1

def via_sorted(n):
    return 0 if n == 0 else sorted([n - 1], key=via_sorted)[0] + 1

class Chain:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'end' if self.n == 0 else 'c' + repr(Chain(self.n - 1))

print(list(gen_yield_from(800)))
print(list(gen_for(800)))
print(sum(walk(tree(700))))
print(via_map(400))
print(via_sorted(300))
print(len(repr(Chain(250))))
nested = []
for _ in range(800):
    nested = [nested]
print(len(repr(nested)), len(str(nested)))
other = []
for _ in range(800):
    other = [other]
print(nested == other)
d = {}
for _ in range(600):
    d = {'k': d}
print(len(repr(d)))
t = ()
for _ in range(800):
    t = (t,)
print(hash(t) == hash(t), t == t)
