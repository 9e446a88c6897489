# int subclass: arithmetic results are plain int, repr, bool, index, dict key
class MyInt(int):
    pass

a = MyInt(7)
print(a, repr(a), type(a).__name__)
print(isinstance(a, int), type(a) is int)
for r in (a + 1, a - 2, a * 3, a // 2, a % 4, -a, +a, abs(a), a ** 2, a << 1, a & 3, ~a):
    print(r, type(r).__name__)
print(a / 2, type(a / 2).__name__)
print(divmod(a, 3), [type(x).__name__ for x in divmod(a, 3)])
print(a + MyInt(1), type(a + MyInt(1)).__name__)
print(int(a), type(int(a)).__name__)
print(bool(MyInt(0)), bool(MyInt(5)))
lst = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
print(lst[MyInt(2)], lst[MyInt(-1)], lst[MyInt(1):MyInt(3)])
d = {7: 'seven'}
print(d[a], a in d, a == 7, hash(a) == hash(7))
d[a] = 'SEVEN'
print(len(d), d, type(list(d)[0]).__name__)
print(str(a), format(a, '05d'), f'{a:x}', '%d' % a)
print(a.bit_length(), a.real, type(a.real).__name__, a.numerator)
print(range(a)[-1], list(range(MyInt(3))))
print(hex(a), bin(a), oct(a))
print(round(a), type(round(a)).__name__)
print(sorted([MyInt(3), 1, MyInt(2)]))
print(MyInt('ff', 16), MyInt(3.9), MyInt(), MyInt(True), type(MyInt(True)).__name__)
print(max(MyInt(1), MyInt(9)), type(max(MyInt(1), MyInt(9))).__name__)
print(a == MyInt(7), a != 7, a < 8, a >= MyInt(7))
print('x' * MyInt(3), [0] * MyInt(2))
try:
    MyInt('abc')
except ValueError as e:
    print(type(e).__name__, e)
