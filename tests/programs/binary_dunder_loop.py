# Binary operators defined in Python: results, NotImplemented falling back to the reflected
# method, subclass priority, errors with their tracebacks, and deep recursion through them.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        return V(other + self.x + 1000)
    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k)
    def __sub__(self, other):
        raise ValueError('no sub for ' + type(other).__name__)
    def __repr__(self):
        return f'V({self.x})'
class W(V):
    def __radd__(self, other):
        return 'W.__radd__ first'
print(V(1) + V(2), V(1) + 5, V(1) + 2.5, V(1) * 3, 5 + V(1), V(2) + True)
print(V(1) + W(2), W(1) + V(2))
for bad in (lambda: V(1) * V(2), lambda: V(1) + 'x', lambda: V(1) * None):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Chain:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        if self.n == 0:
            return k
        return Chain(self.n - 1) + (k + 1)
print(Chain(500) + 0)
class Odd:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return 'Odd.__radd__'
try:
    Odd() + Odd()
except TypeError as e:
    print(type(e).__name__, e)
print(Odd() + 1 if False else 1 + Odd())
class Acc:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, k):
        if self.n == 0:
            return k
        a = Acc(self.n - 1)
        a += k + 1
        return a
    def __mul__(self, k):
        return NotImplemented
    def __rmul__(self, k):
        return ('rmul', k)
class Deep:
    def __init__(self, n):
        self.n = n
    def __sub__(self, other):
        if self.n == 0:
            return other * Acc(0)
        return Deep(self.n - 1) - other
    def __or__(self, other):
        return NotImplemented
def deep_mod(n):
    class M:
        def __mod__(self, k):
            return k if n == 0 else deep_mod(n - 1) % (k + 1)
    return M()
print(Acc(300) + 0 if False else 0, end=' ')
a = Acc(300)
a += 0
print(a, Deep(300) - 7, deep_mod(300) % 0)
def deep_fail(n):
    if n:
        return deep_fail(n - 1)
    for bad in (lambda: Deep(0) | 1, lambda: Acc(0) * 'x'):
        try:
            print(bad())
        except TypeError as e:
            print(type(e).__name__, e)
    x = Deep(0)
    try:
        x |= 2
    except TypeError as e:
        print(type(e).__name__, e)
deep_fail(120)
def f():
    return V(1) - 2
f()
