# math.gcd/lcm on big and small integers (random cases checked by divisibility), against CPython.
import math, random
r = random.Random(5)
ok = True
for i in range(3000):
    bits = r.choice([5, 30, 62, 63, 64, 65, 100, 200, 1000, 3000])
    g = r.getrandbits(r.choice([1, 10, 64, 200]))
    a = r.getrandbits(bits) * g * r.choice([1, -1])
    b = r.getrandbits(r.choice([bits, 3, 64, 65, 500])) * g
    h = math.gcd(a, b)
    if a or b:
        if h <= 0 or a % h or b % h or math.gcd(a // h, b // h) != 1:
            ok = False; print('bad', a, b, h); break
print('ok', ok)
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**200, 2**100 * 3), math.gcd(7, 2**70 * 7), math.lcm(4, 6, 10), math.lcm(2**70, 3), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(sum(math.gcd(r.getrandbits(300), r.getrandbits(300)) for _ in range(200)))
