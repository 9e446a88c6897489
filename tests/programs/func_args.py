# function arguments: defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f(*[1, 2, 3], **{'c': 4, 'z': 5}))
def pos(a, b, /, c, *, d):
    return a + b + c + d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, 2), g(x=1, y=2), g(1, *[2, 3], *(4,), k=1, **{'j': 2}))
def defaults(x, items=[]):
    items.append(x)
    return items
print(defaults(1), defaults(2), defaults(3, []), defaults(4))
counter = 10
def captured(v=counter):
    return v
counter = 20
print(captured(), captured(5))
def kwonly(*, a, b=1):
    return a, b
print(kwonly(a=5), kwonly(b=2, a=3))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def no_args():
    return 'none'
print(no_args())
def show(*names, sep='-'):
    return sep.join(names)
print(show('a', 'b', 'c'), show('x', 'y', sep='+'), show())
def kw_pos_only(a, /, **kw):
    return a, kw
print(kw_pos_only(1, a=2))
print(f.__name__, pos.__name__, (lambda: 0).__name__)
tests = [
    lambda: no_args(1),
    lambda: pos(1, 2),
    lambda: pos(1, b=2, c=3, d=4),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: mixed(1, 2, 3),
    lambda: f(),
    lambda: f(1, c=1, a=2),
    lambda: defaults(),
    lambda: defaults(1, 2, 3),
    lambda: no_args(x=1),
    lambda: captured(1, 2),
    lambda: g(**{1: 2}),
    lambda: show(sep='a', bad=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def one(a):
    return a
try:
    one()
except TypeError as e:
    print(e)
try:
    one(1, 2)
except TypeError as e:
    print(e)
try:
    one(b=1)
except TypeError as e:
    print(e)
try:
    one(1, a=1)
except TypeError as e:
    print(e)
