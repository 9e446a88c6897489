# deep recursion with a raised recursion limit.
import sys
sys.setrecursionlimit(100_000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50_000))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(30_000))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(5_000)
d = 0
cur = nested
while cur:
    cur = cur[0]
    d += 1
print(d)
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 10_000 == 0 else acc)
print(count_down(40_000, []))
def mutual_a(n):
    return 'a' if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return 'b' if n == 0 else mutual_a(n - 1)
print(mutual_a(20_001), mutual_b(20_001))
