# Three-argument pow with machine-sized ints (the 128-bit path) against big ints.
import random

r = random.Random(5)
vals = [0, 1, -1, 2, -2, 3, 7, 10, 97, -97, 2**31 - 1, 2**61 - 1, -(2**61 - 1), 2**62,
        2**63 - 1, -2**63, 12345678901234567]
total = 0
errors = {}
for _ in range(4000):
    b = r.choice(vals + [r.randrange(-2**63, 2**63)])
    e = r.choice([0, 1, 2, 3, -1, -2, 5, 1000, 2**40, -7, r.randrange(-2**63, 2**63)])
    m = r.choice([v for v in vals if v] + [r.randrange(1, 2**63), -r.randrange(1, 2**63)])
    try:
        x = pow(b, e, m)
        total = (total * 31 + x) % (2**89 - 1)
        assert (0 <= x < m) if m > 0 else (m < x <= 0), (b, e, m, x)
    except ValueError as ex:
        errors[str(ex)] = errors.get(str(ex), 0) + 1
print(total, sorted(errors.items()))
for args in ((3, -1, 1), (0, -1, 5), (2, -1, 4), (5, 0, 1), (5, 0, -1), (-3, 3, -7),
             (3, 2, 0), (2**63 - 1, 2**63 - 1, 2**63 - 1), (-2**63, 3, -2**63),
             (3, -1, 2**61 - 1), (10, -3, 2**61 - 1), (True, 5, 3), (7, True, -3)):
    try:
        print(args, pow(*args))
    except Exception as ex:
        print(args, type(ex).__name__, ex)
