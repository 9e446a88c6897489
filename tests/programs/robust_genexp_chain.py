# Pulling a value through 100000 nested generator expressions recurses in CPython too and
# ends in RecursionError; pyrs must raise it as well instead of crashing.
g = iter([1, 2, 3])
for i in range(100_000):
    g = (x for x in g)
try:
    print(list(g))
except RecursionError:
    print('RecursionError')
print('after', sum(x for x in range(5)))
