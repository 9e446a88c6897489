# float subclass
class Money(float):
    def __repr__(self):
        return f'Money({float(self):.2f})'
    def __str__(self):
        return f'${float(self):.2f}'

m = Money(3.5)
print(m, repr(m), type(m).__name__, isinstance(m, float))
for r in (m + 1, m * 2, m - 0.5, m / 2, m // 1, m % 2, -m, abs(m), m ** 2):
    print(repr(r), type(r).__name__)
print(round(m), type(round(m)).__name__, round(m, 1), type(round(m, 1)).__name__)
print(int(m), float(m), type(float(m)).__name__)
print(m == 3.5, m < 4, hash(m) == hash(3.5))
print(m.is_integer(), Money(2.0).is_integer(), m.as_integer_ratio())
print(f'{m}', f'{m!r}', f'{m:.3f}', format(m, '>8.1f'))
print([m], {'k': m})
print(bool(Money(0.0)), bool(m))
print(sum([Money(1.25), Money(2.5)]), type(sum([Money(1.25), Money(2.5)])).__name__)
print(Money('1.5'), Money(2), Money())

class Positive(float):
    def __new__(cls, v):
        v = float(v)
        if v <= 0:
            raise ValueError('must be positive')
        return super().__new__(cls, v)

print(Positive(2), Positive('0.25'))
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)

class F(float):
    pass
f = F(1.5)
f.label = 'x'
print(f.label, f.__dict__, f.real, type(f.real).__name__)
print(f.hex(), F.fromhex('0x1.8p1'), type(F.fromhex('0x1.8p1')).__name__)
print(max(F(1.0), F(2.0)), type(max(F(1.0), F(2.0))).__name__)
print(divmod(F(7.5), 2), F(7.5).conjugate(), type(F(7.5).conjugate()).__name__)
try:
    F('abc')
except ValueError as e:
    print(type(e).__name__, e)
