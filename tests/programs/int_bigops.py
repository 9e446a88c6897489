# Big integer operations: conversions, strings, mixed-sign division.
big = 3 ** 150
print(big)
print(len(str(big)), str(big)[:10], str(big)[-10:])
print(hex(big), oct(2 ** 70), bin(2 ** 40 + 5))
print(hex(-255), oct(-8), bin(-5), hex(0), bin(0))
neg = -(7 ** 60)
print(neg, neg // 13, neg % 13, divmod(neg, -13))
print(big // neg, big % neg)
print(big * neg, big + neg, big - neg)
print(int(str(big)) == big, int(hex(big), 16) == big)
print(big > neg, big >= big, neg <= neg, big != neg)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % (2 ** 64), x >> 64, x & (2 ** 32 - 1))
print(-x >> 3, -x << 3, ~x)
fib = [0, 1]
for i in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200])
print(fib[200] // fib[100], fib[200] % fib[100])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib[200], fib[100]), gcd(2 ** 100, 6 ** 50))
print(pow(12345678901234567890, 65537, 2 ** 127 - 1))
print(10 ** 50 / 10 ** 48, (10 ** 20) / 3)
print(float(2 ** 80), float(-(2 ** 53) - 1))
print(2 ** 1000 // 2 ** 999, (2 ** 1000) % 1000)
print(abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
print(int('-' + '9' * 40) + 1)
print(divmod(10 ** 40, 10 ** 20 + 7))
print(round(123456789012345678901234567890, -10))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(bool(2 ** 100), bool(0), bool(-(2 ** 100)))
print(int('1' * 30, 2), int('Z' * 12, 36), int('-' + 'f' * 20, 16))
