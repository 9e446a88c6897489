# f(**m) and {**m} with dict subclasses (dict iteration kept: merged as a dict, whatever keys
# and __getitem__; __iter__ overridden: through keys()), mappings with keys(), and the errors.
def f(**kw):
    return kw
class D(dict):
    def keys(self):
        print('keys called')
        return ['a']
    def __getitem__(self, k):
        print('getitem', k)
        return 42
class E(dict):
    def __iter__(self):
        print('iter called')
        return iter(['z'])
    def keys(self):
        print('E.keys')
        return ['z']
    def __getitem__(self, k):
        return 'E' + k
print(f(**D(a=1, b=2)))
print(f(**E(a=1)))
print({**D(a=1, b=2)}, {**E(q=1)})
d = {}
d.update(D(a=1))
print(d)
d2 = {}
d2.update(E(a=1))
print(d2, dict(D(x=1)), dict(E(x=1)))
class M:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return k * 2
print(f(**M()), {**M()}, dict(M()))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**M(), k=1)
except TypeError as e:
    print(e)
