# itertools.tee of a tee is that tee; native struct "f" packs inf; strftime %r; math.perm(-n)
import itertools, struct, time, math
a, b = itertools.tee(range(3)); c, = itertools.tee(a, 1)
print(c is a, list(c), list(a), list(b))
x, y = itertools.tee(iter([1, 2, 3]), 2); z = itertools.tee(x, 3)
print(z[0] is x, [list(i) for i in z], list(y))
for f in ['f', '@f', '=f', '<f', '>f', '!f']:
    try: print(f, struct.pack(f, 1e300), struct.pack(f, -1e300))
    except OverflowError as e: print(f, e)
for h in (0, 1, 11, 12, 13, 23):
    print(time.strftime("%r|%I %p", (2024, 1, 2, h, 5, 9, 1, 2, 0)))
for args in [(-3,), (-3, None), (-3, 2), (3, -1), (5,), (5, 2)]:
    try: print(args, math.perm(*args))
    except ValueError as e: print(args, e)
