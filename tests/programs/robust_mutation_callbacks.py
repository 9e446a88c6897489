# Python callbacks (__eq__, __repr__, key functions) that mutate the container being
# worked on: results must match CPython and nothing may crash.
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

class ClearOnEq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False

a = []
a.extend([ClearOnEq(a), ClearOnEq(a), ClearOnEq(a)])
attempt('list == after clear', lambda: a == [1, 2, 3])
b = []
b.extend([ClearOnEq(b), ClearOnEq(b)])
attempt('in after clear', lambda: 5 in b)
c = []
c.extend([ClearOnEq(c), ClearOnEq(c)])
attempt('count after clear', lambda: c.count(5))
d = []
d.extend([ClearOnEq(d), ClearOnEq(d)])
attempt('index after clear', lambda: d.index(5))
e = []
e.extend([ClearOnEq(e), ClearOnEq(e)])
attempt('remove after clear', lambda: e.remove(5))

class ClearOnRepr:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        return 'R'

r = []
r.extend([ClearOnRepr(r), ClearOnRepr(r), ClearOnRepr(r)])
attempt('list repr', lambda: repr(r))
m = {}
m.update({1: ClearOnRepr(m), 2: ClearOnRepr(m)})
attempt('dict repr', lambda: repr(m))

keys = [3, 1, 2]
def grow(x):
    keys.append(x)
    return x
attempt('sort key appends', lambda: keys.sort(key=grow))
print('after sort', keys)

items = [3, 1, 2]
attempt('sorted copy while appending', lambda: sorted(items, key=lambda x: items.append(0) or x))
print(len(items))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victims.clear()
        return self.v < other.v
victims = [Cmp(3), Cmp(1), Cmp(2)]
attempt('sort clears in __lt__', lambda: victims.sort())
print('victims', len(victims))

dd = {1: 1, 2: 2}
def pop_and_add():
    for k in dd:
        dd.pop(k)
        dd[k + 10] = 1
attempt('dict pop+add while iterating', pop_and_add)
