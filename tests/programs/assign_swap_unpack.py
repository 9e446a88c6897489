# Tuple assignment: `a, b = b, a` evaluates every value before storing, stores left to right;
# unpacking into a function's locals stores each item in order.
def log(tag, v):
    print('eval', tag)
    return v

def swaps():
    a, b, c = 1, 2, 3
    a, b = b, a
    print(a, b)
    a, b, c = c, a, b
    print(a, b, c)
    a, a = log('x', 1), log('y', 2)
    print(a)
    x = [0, 0, 0]
    i = 0
    i, x[i] = 1, 5
    print(i, x)
    [p, q] = log('p', 'P'), log('q', 'Q')
    print(p, q)
    return a

def unpacks(t):
    a, b, c = t
    print(a, b, c)
    for k, v in [(1, 'one'), (2, 'two')]:
        print(k, v)
    a, b = b, a
    x, y, z, w = 'abcd'
    print(a, b, x, y, z, w)
    try:
        a, b = t
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        a, b, c, d = t
    except ValueError as e:
        print(type(e).__name__, e)
    m, n = [[1, 2], [3, 4]]
    (m1, m2), (n1, n2) = m, n
    print(m1, m2, n1, n2)
    return a

swaps()
unpacks((10, 20, 30))
unpacks([7, 8, 9])
a, b = 5, 6
a, b = b, a
print(a, b)
class O:
    pass
o = O()
o.x, o.y = 1, 2
o.x, o.y = o.y, o.x
print(o.x, o.y)
def deleted():
    a = 1
    del a
    a, b = 1, 2
    return a + b
print(deleted())
