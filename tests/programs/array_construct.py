# array: construction for every typecode, item range checks, repr
import array
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes)
print(array.ArrayType is A, A.__name__, A.__module__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), a.buffer_info()[1])

# integer limits of each typecode, and one past them
limits = {
    'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
    'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1),
    'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
    'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
}
for tc, (lo, hi) in limits.items():
    print(tc, A(tc, [lo, hi, 0]))
    show(lambda: A(tc, [hi + 1]))
    show(lambda: A(tc, [lo - 1]))
    show(lambda: A(tc, [10**30]))
    show(lambda: A(tc, [-10**30]))
    show(lambda: A(tc, [1.5]))
    show(lambda: A(tc, ['a']))
    show(lambda: A(tc, [None]))

# conversions done on items
class Idx:
    def __index__(self):
        return 5


class Flt:
    def __float__(self):
        return 2.5


show(lambda: A('i', [Idx(), True, False]))
show(lambda: A('d', [Flt(), Idx(), 3, True]))
show(lambda: A('i', [Flt()]))
show(lambda: A('d', ['1.0']))
show(lambda: A('d', [1 + 2j]))
show(lambda: A('f', [10**400]))
show(lambda: A('d', [10**400]))
show(lambda: A('f', [0.1, 1e300, -1e300, 0.5]))
show(lambda: A('d', [0.1, float('inf'), -0.0, float('nan')]))
show(lambda: A('f', [float('nan')]))

# unicode arrays
show(lambda: A('u', 'hello'))
show(lambda: A('u', ['a', 'b']))
show(lambda: A('u', [1]))
show(lambda: A('u', ['ab']))
show(lambda: A('u', ''))
show(lambda: A('u', "a'b\"c\n\u20ac"))
show(lambda: A('u', 'don\'t'))

# initializers
show(lambda: A('i', range(5)))
show(lambda: A('i', (x * x for x in range(4))))
show(lambda: A('i', (1, 2)))
show(lambda: A('h', b'\x01\x00\xff\xff'))
show(lambda: A('h', bytearray(b'\x02\x00')))
show(lambda: A('h', b'\x01'))
show(lambda: A('B', b''))
show(lambda: A('i', A('b', [1, -2])))
show(lambda: A('d', A('i', [1, 2])))
show(lambda: A('i', A('d', [1.0])))
show(lambda: A('u', A('u', 'xy')))
show(lambda: A('i', A('u', 'xy')))
show(lambda: A('u', A('i', [65])))
show(lambda: A('i', 'abc'))
show(lambda: A('b', ''))
show(lambda: A('i', 5))
show(lambda: A('i', None))
show(lambda: A('i', {3: 'x', 4: 'y'}))

# bad typecodes and arguments
show(lambda: A('x'))
show(lambda: A('w'))
show(lambda: A('ii'))
show(lambda: A(''))
show(lambda: A(1))
show(lambda: A(b'i'))
show(lambda: A())
show(lambda: A('i', [1], 2))
show(lambda: A('i', initializer=[1]))
show(lambda: A(typecode='i'))

# str() is repr()
print(str(A('i', [1, 2])), str(A('u', 'ok')), str(A('f')))
print([A('B', [1]), A('q', [-5])])
