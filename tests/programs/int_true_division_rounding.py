# big int true division: correctly rounded, signed zeros, overflow, subnormals
print(195963823873348277606794886107510647 / 321989510910367910872068359679166710859863333510153752303104)
print(0 / -(2**70), -0 / 2**70, (-(2**70)) / 2**200, 2**70 / -(2**3))
print(2**1023 * 3 // 2 / 1, (2**1024 - 2**970) / 1)
try:
    print(2**1024 / 1)
except OverflowError as e:
    print('OverflowError', e)
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 1 / 2**1080, (2**60 + 1) / 2**1134)
print(10**400 / 10**399, 10**30 / 7, -(10**30) / 7, 2**100 / 3, (2**53 + 1) / 1, (2**54 + 3) / 2)
x = 1
seq = []
for i in range(2000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**128
    a = x >> (x % 97)
    b = (x * 31 + 7) % 2**(50 + x % 70) + 1
    seq.append(a / b)
print(sum(seq), seq[:3], seq[-3:])
s = 0
for q in seq:
    s = (s * 31 + hash(q)) % 1000000007
print(s)
