from graphlib import TopologicalSorter, CycleError

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e, e.args if isinstance(e, CycleError) else '')

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(5)
ts.add(3, 4)
show('add-before', lambda: ts.get_ready())
show('active-before', lambda: ts.is_active())
show('done-before', lambda: ts.done(1))
ts.prepare()
show('prepare2', ts.prepare)
show('add-after', lambda: ts.add(9))
order = []
while ts:
    ready = ts.get_ready()
    print('ready', ready)
    show('ready-again', ts.get_ready)
    for n in ready:
        order.append(n)
    ts.done(*ready)
print(order, ts.is_active(), bool(ts))
show('done-twice', lambda: ts.done(0))
show('done-unknown', lambda: ts.done('zz'))

ts = TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': []})
ts.prepare()
show('not-out', lambda: ts.done('a'))
print(ts.get_ready())
show('not-out2', lambda: ts.done('b'))
ts.done('c')
print(ts.get_ready())

# cycles
show('self', lambda: list(TopologicalSorter({'a': ['a']}).static_order()))
show('two', lambda: list(TopologicalSorter({'a': ['b'], 'b': ['a']}).static_order()))
show('three', lambda: list(TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order()))
show('deep', lambda: list(TopologicalSorter({'x': ['y'], 'y': ['z', 'w'], 'w': ['q'], 'q': ['y'], 'z': []}).static_order()))

ts = TopologicalSorter({'a': ['b'], 'b': ['a'], 'c': [], 'd': ['c']})
try:
    ts.prepare()
except CycleError as e:
    print('cycle', e.args[0], e.args[1], isinstance(e, ValueError))
print(ts.get_ready())
ts.done('c')
print(ts.get_ready())
ts.done('d')
print(ts.get_ready(), ts.is_active())

# duplicate predecessors
ts = TopologicalSorter()
ts.add('x', 'y', 'y')
ts.add('x', 'y')
print(list(ts.static_order()))

print(TopologicalSorter[int])
show('unhashable', lambda: TopologicalSorter().add([1]))
print(list(TopologicalSorter({i: [i - 1] for i in range(1, 8)}).static_order()))
print(list(TopologicalSorter({'b': [], 'a': [], 'c': ['a', 'b'], 'd': ['b']}).static_order()))
