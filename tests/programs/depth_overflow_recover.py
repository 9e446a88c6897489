# Deep recursion beyond the limit ends in RecursionError (through built-ins too), and the program recovers.
import sys
print(sys.getrecursionlimit())
def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1
def through_sum(n):
    return 0 if n == 0 else sum(through_sum(k) for k in [n - 1]) + 1
def through_map(n):
    return 0 if n == 0 else list(map(through_map, [n - 1]))[0] + 1
def through_sorted(n):
    return 0 if n == 0 else sorted([n - 1], key=through_sorted)[0] + 1
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'R' if self.n == 0 else 'R' + repr(R(self.n - 1))
class E:
    def __eq__(self, other):
        return self == other
    __hash__ = None
for name, fn in [('plain', lambda: plain(100000)), ('sum', lambda: through_sum(100000)), ('map', lambda: through_map(100000)),
                 ('sorted', lambda: through_sorted(100000)), ('repr', lambda: repr(R(100000))), ('eq', lambda: E() == E())]:
    try:
        fn()
        print(name, 'no error')
    except RecursionError as e:
        print(name, type(e).__name__)
nested = []
for _ in range(100000):
    nested = [nested]
for name, fn in [('repr nested list', lambda: repr(nested)), ('eq nested list', lambda: nested == nested[0])]:
    try:
        fn()
        print(name, 'no error')
    except RecursionError as e:
        print(name, type(e).__name__)
print('recovered', plain(500), through_sum(300), len(repr(R(300))))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', type(e).__name__, isinstance(e, RuntimeError))
def depth_reached(n=0):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n
d = depth_reached()
print('depth reached in the 900s:', 900 < d < 1000)
print('still fine after', plain(800))
