# functools.lru_cache / cache / cached_property / cmp_to_key / wraps.
import functools as ft
import copy


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: ft.lru_cache('x'))
t(lambda: ft.lru_cache(1.5))
t(lambda: ft.lru_cache(maxsize='x'))
t(lambda: ft.lru_cache(len, typed=1))
t(lambda: ft.lru_cache()(1))
t(lambda: ft.cache(1))
t(lambda: ft.cache())


@ft.lru_cache(maxsize=-5)
def g(x):
    return x


print(g(1), g(1), g.cache_info(), g.cache_parameters())


@ft.lru_cache(typed=True)
def h(x, y=0):
    return type(x).__name__


print(h(1), h(1.0), h(True), h(1, y=2), h(1, y=2.0), h(1), h.cache_info())


@ft.lru_cache
def k(x, **kw):
    return x


k(1); k(1.0); k(True); k(x=1); k(1, a=1, b=2); k(1, b=2, a=1); k(1, a=1, b=2)
print(k.cache_info())
t(lambda: k([1]))
print(type(k).__name__, type(k).__module__, k.__wrapped__.__name__, k.__name__, k.__qualname__)
print(ft.lru_cache(maxsize=2)(len).cache_parameters())


@ft.lru_cache(maxsize=2)
def sq(x):
    print('call', x)
    return x * x


sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, sq.__reduce__())


class B:
    @ft.lru_cache
    def m(self, x):
        return (type(self).__name__, x)

    @ft.cache
    def n(self):
        return 5


b = B()
print(b.m(1), b.m(1), B.m.cache_info(), b.n(), B.n.cache_parameters())
print(B.__dict__['m'].__get__(None, B) is B.__dict__['m'])


@ft.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@ft.lru_cache(maxsize=0)
def z(x):
    return x


print(z([1]), z([1]), z.cache_info())


# cached_property
class C:
    @ft.cached_property
    def x(self):
        "doc x"
        print('compute')
        return 42


c = C()
print(c.x, c.x, c.__dict__, C.x.__doc__, C.x.attrname, type(C.x).__name__)
del c.x
print(c.x)
c.x = 7
print(c.x)
cp = ft.cached_property(lambda s: 1)
t(lambda: type('D', (), {'a': cp, 'b': cp}))
cp2 = ft.cached_property(lambda s: 1)
t(lambda: cp2.__get__(c, C))


class S:
    __slots__ = ('y',)

    @ft.cached_property
    def z(self):
        return 1


t(lambda: S().z)
print(ft.cached_property[int])
print(sorted(vars(ft.cached_property(len))))
t(lambda: ft.cached_property())


class M(type):
    @ft.cached_property
    def q(cls):
        return 3


class MM(metaclass=M):
    pass


t(lambda: MM.q)

# cmp_to_key
K = ft.cmp_to_key(lambda a, b: a - b)
print(type(K), type(K).__name__)
kk = K(3)
print(kk.obj, kk < K(4), kk == K(3), kk != K(3), kk >= K(5), kk <= K(3), kk > K(1))
t(lambda: hash(kk))
t(lambda: kk < 3)
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: ft.cmp_to_key())
t(lambda: K.obj)
print(ft.cmp_to_key(mycmp=len)(5).obj, K(obj=4).obj)
kk.obj = 9
print(kk.obj)
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=ft.cmp_to_key(lambda a, b: len(a) - len(b)), reverse=True))

# wraps / update_wrapper
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)


def inner(a: int) -> str:
    "inner doc"


inner.extra = 1
inner.__wrapped__ = 'stale'


@ft.wraps(inner)
def outer(*a):
    pass


print(outer.__name__, outer.__doc__, outer.__annotations__, outer.extra, outer.__wrapped__ is inner)
o2 = ft.update_wrapper(lambda: 0, 1)
print(o2.__name__, o2.__wrapped__)
o3 = ft.update_wrapper(lambda: 0, inner, assigned=('__doc__',), updated=())
print(o3.__name__, o3.__doc__, hasattr(o3, 'extra'))
print(ft.reduce(lambda a, b: a + b, [1, 2, 3]), ft.reduce(lambda a, b: a + b, [], 5))
t(lambda: ft.reduce(lambda a, b: a + b, []))
