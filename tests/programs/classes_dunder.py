# operator and container dunder methods: arithmetic, __eq__/__hash__, __len__, __getitem__, __contains__, __bool__, __call__.
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return 'Vec(' + ', '.join(map(str, self.c)) + ')'
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __call__(self, k):
        return self.c[k] * 100
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, -v, abs(v), len(v), v[0], v[-1], v[1:])
v[0] = 10
print(v, 10 in v, 99 in v, list(v), [x for x in v], sum(v), max(v), sorted(v, reverse=True))
print(bool(Vec(0, 0)), bool(Vec(0, 1)), 'yes' if Vec() else 'no', v(1))
print(v == Vec(10, 2, 3), v != w, {v: 'a', Vec(10, 2, 3): 'b'}, len({Vec(1), Vec(1)}))
a, b, c = v
print(a, b, c, *v)
