# math.fsum: correctly rounded across partials, infinities and NaNs summed apart, its two errors.
import math
inf, nan = float('inf'), float('nan')
print(math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, 1]), math.fsum([]), math.fsum([0.1] * 10))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip', math.fsum([1, 1e100, 1, -1e100]), math.fsum([1e-16, 1, 1e-16]))
for bad in ([inf, -inf], [1e308, 1e308]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
x = 1
vals = []
for i in range(500):
    x = (x * 1103515245 + 12345) % 2**31
    vals.append((x / 2**31 - 0.5) * 10 ** (x % 40 - 20))
print(math.fsum(vals), math.fsum(vals[:7]), math.fsum([0.5, 2**-54, 2**-108]))
