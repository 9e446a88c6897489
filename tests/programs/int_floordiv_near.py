# Floor division and modulo of many-digit ints whose quotient is small (the linear path),
# at the boundaries where an estimate from the leading bits is off by one.
import random

rng = random.Random(12345)
checks = 0
sums = 0
for bits in (129, 130, 191, 192, 193, 256, 1000, 4000):
    for qbits in (0, 1, 2, 30, 59, 60, 61, 64):
        for _ in range(20):
            y = rng.getrandbits(bits) | (1 << (bits - 1))
            q = rng.getrandbits(qbits) if qbits else 0
            for r in (0, 1, y - 1, rng.randrange(y)):
                x = q * y + r
                assert x // y == q and x % y == r, (bits, qbits)
                for a, b in ((x, y), (-x, y), (x, -y), (-x, -y), (x + 1, y), (x - 1, y)):
                    qq, rr = a // b, a % b
                    assert qq * b + rr == a and (rr == 0 or (rr < 0) == (b < 0)) and abs(rr) < abs(b)
                    sums = (sums + qq * 7 + rr) % 1000000007
                    checks += 1
# Near powers of two: all ones, one bit.
for n in (128, 129, 200, 640):
    y = (1 << n) - 1
    for x in (y * y, (1 << (n + 59)) - 1, 1 << (n + 59), (1 << (n + 60)) + y, y * ((1 << 60) - 1) + y - 1):
        print(n, x // y, (x % y) % 1000003, divmod(x, y)[0] == x // y)
print(checks, sums)
