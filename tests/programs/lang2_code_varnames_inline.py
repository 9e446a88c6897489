# Inline comprehensions: co_varnames and co_nlocals count each name once.
def f1():
    x = 1
    return [x for x in range(3)]
def f3(a, b):
    c = [a for a in b]
    d = {a: c for a in b for c in a}
    return c, d
for f in (f1, f3):
    print(f.__name__, f.__code__.co_varnames, f.__code__.co_nlocals)
def f4(p):
    y = p
    return [y * 2 for y in range(p)], y
c = f4.__code__.replace(co_varnames=('P', 'Y'))
print(c.co_varnames, c.co_nlocals)
f4.__code__ = c
print(f4(3))
try:
    f4.__code__.replace(co_varnames=('a', 'b', 'c'))
except ValueError as e:
    print('ValueError', e)
