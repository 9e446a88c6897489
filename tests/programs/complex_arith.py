# complex literals, repr, arithmetic and attributes.
print(1j, 2+3j, 1+2j, -1j, 0j, -0j, 1j * 1j, 1j ** 2, (1+2j) * (3-4j))
print(repr(1+2j), str(1-2j), repr(-(1+2j)), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)))
print(repr(complex(1, 0)), repr(complex(-1, 0)), repr(complex(0, 0)), repr(1e20j), repr(1.5e-7j))
print(repr(complex(float('inf'), float('nan'))), repr(complex(float('-inf'), 1)), repr(3 + 0j), repr(0 + 3j))
z = 3 + 4j
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), abs(z), abs(-5j), abs(0j))
print(z + 1, 1 + z, z - 1, 1 - z, z * 2, 2 * z, z / 2, 2 / z, z + 1.5, True + z)
print(z == 3 + 4j, z != z, (5 + 0j) == 5, (5 + 0j) == 5.0, 5 == 5 + 0j, (5 + 1j) == 5, 1j == 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0), hash(z) == hash(3 + 4j))
print(z ** 2, z ** 0, z ** 1, (1j) ** 3, 2 ** 1j == 2 ** 1j, (0j) ** 0, (1 + 1j) ** -1)
print(-z, +z, z.__neg__(), z.__pos__(), z.__abs__(), bool(0j), bool(1j), bool(-0j))
print(complex.__add__(z, 1), complex.__radd__(z, 1), complex.__add__(z, 'x'), complex.__mul__(z, 1j))
print(z.real.__class__.__name__, (1j).imag, (5).imag, (2.5).imag, complex(2), complex(2.5), complex())
print(complex(1, 2), complex(1j, 1j), complex(real=3, imag=4), complex(imag=2), complex(1 + 2j, 1))
for expr in ['1j / 0', '1j / 0j', '1 / 0j', '0j ** -1', '(1+1j) // 1', '(1+1j) % 1', 'divmod(1j, 1)',
             '1j < 2j', '1j > 1', '1j <= 1.0', 'int(1j)', 'float(1j)', 'round(1j)', '1j + "a"',
             'abs(complex(1e308, 1e308))', '(1e200j) ** 2']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(sum([1j, 2, 3.5]), sum([1+1j] * 3), [1j, 2j].index(2j), 2j in [1, 2j], {1j: 'a'}[1j])
print(complex.__eq__(1j, 1j), complex.__eq__(1j, 'a'), complex.__lt__ if False else 'nolt')
class C:
    def __complex__(self):
        return 2 + 5j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
print(1j.__getnewargs__(), (1+2j).conjugate().conjugate(), type(1j ** 2).__name__)
print([x * 1j for x in range(3)], 1j * 1j == -1, (2 + 3j) * 0)
