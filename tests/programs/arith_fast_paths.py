# The interpreter's shortcuts for int and float arithmetic and comparisons give CPython's
# results at the edges: signs, overflow into big ints, exactness limits, NaN.
import math
vals = [7, -7, 3, -3, 1, -1, 0, 2**53, 2**53 + 1, -2**63, 2**63 - 1]
for a in vals:
    row = []
    for b in vals:
        if b != 0:
            row.append((a // b, a % b, a / b))
        row.append((a & b, a | b, a ^ b))
    print(a, hash(tuple(row)) == hash(tuple(row)), row[:3])
print(-2**63 // -1, (-2**63) * -1, 2**63 - 1 + 1, -2**63 - 1)
print(10**17 / 3, (2**53 + 1) / 1, 1 / (2**53 + 1), 2**60 / 2**59)
print(0.5 + 2**53 + 1, 2**53 + 1 + 0.5, 1.5 * 3, 3 * 1.5, 7 / 2.0, 7.0 / 2, 2**70 * 1.0)
print(-0.0, -0, -1, -9223372036854775808, type(-9223372036854775808).__name__, -(-5), - 2.5e-3)
nan = float('nan')
for x, y in [(nan, nan), (nan, 1.0), (1.0, nan), (1.0, 2.0), (2, 1), (1, 1), (-0.0, 0.0)]:
    flags = []
    if x < y: flags.append('<')
    if x <= y: flags.append('<=')
    if x == y: flags.append('==')
    if x != y: flags.append('!=')
    if x > y: flags.append('>')
    if x >= y: flags.append('>=')
    if not x < y: flags.append('not<')
    print(x, y, flags, x < y, x != y)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
print(math.inf - 1, 1 - math.inf, 3 * 0.1, 0.1 * 3, True + 1.5, 1.5 + True)
