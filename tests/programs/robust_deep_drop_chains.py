# Freeing very long chains of objects (each holding the next one) must not recurse once per
# link: lists, dicts and instances already free iteratively; these kinds must too.
N = 100_000

def chain(label, wrap):
    obj = iter([1, 2, 3])
    for _ in range(N):
        obj = wrap(obj)
    obj = None
    print(label, 'freed')

chain('map', lambda it: map(abs, it))
chain('filter', lambda it: filter(None, it))
chain('zip', lambda it: zip(it))
chain('enumerate', lambda it: enumerate(it))
chain('generator expression', lambda it: (x for x in it))
chain('list iterator', lambda it: iter([it]))
chain('reversed', lambda it: reversed([it]))
chain('dict values view', lambda it: {1: it}.values())
chain('dict items view', lambda it: {1: it}.items())
chain('frozenset', lambda it: frozenset([it]))

err = None
for i in range(N):
    try:
        raise ValueError(i) from err
    except ValueError as e:
        err = e
print('cause chain', type(err.__cause__).__name__, err.args)
err = None
print('cause chain freed')

# Each raise walks the context chain looking for cycles (in CPython too), so this chain is
# shorter: 20000 links still overflow any recursive freeing.
err = None
for i in range(20_000):
    try:
        try:
            raise err if err else KeyError(0)
        except BaseException:
            raise ValueError(i)
    except ValueError as e:
        err = e
print('context chain', type(err.__context__).__name__, err.args)
err = None
print('context chain freed')
