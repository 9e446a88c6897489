# Decorators with arguments, memoization, and the full range of call-signature errors.

def memoize(maxsize=None):
    def decorate(fn):
        cache = {}
        order = []

        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                wrapper.hits += 1
                return cache[key]
            wrapper.misses += 1
            result = fn(*args, **kwargs)
            cache[key] = result
            order.append(key)
            if maxsize is not None and len(order) > maxsize:
                del cache[order.pop(0)]
            return result

        wrapper.hits = wrapper.misses = 0
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        wrapper.cache_size = lambda: len(cache)
        return wrapper

    if callable(maxsize):
        fn, maxsize = maxsize, None
        return decorate(fn)
    return decorate


@memoize
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(maxsize=2)
def square(x, *, verbose=False):
    if verbose:
        print("computing", x)
    return x * x


print(fib(80), fib.hits, fib.misses, fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
print(square(3, verbose=True), square(3, verbose=True), square(4), square(5), square(3, verbose=True), square.cache_size())


def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return inner
    return deco


def tag(name):
    def deco(fn):
        def inner(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return inner
    return deco


@repeat(2)
@tag("b")
@tag("i")
def greet(who="world"):
    return f"hi {who}"


print(greet(), greet(who="you"))


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)


class Service:
    @CountCalls
    def ping(self, n=1):
        return "pong" * n

    @staticmethod
    @CountCalls
    def util():
        return "util"


svc = Service()
print(svc.ping(), svc.ping(2), Service.ping.count, Service.util(), Service.__dict__["util"].__func__.count)


def class_decorator(cls):
    cls.decorated = True
    orig = cls.__init__

    def __init__(self, *a, **k):
        orig(self, *a, **k)
        self.created = True

    cls.__init__ = __init__
    return cls


@class_decorator
class Thing:
    def __init__(self, v):
        self.v = v


th = Thing(3)
print(th.v, th.created, Thing.decorated, Thing.__init__.__qualname__)

registry = {}
def register(fn=None, *, name=None):
    def do(f):
        registry[name or f.__name__] = f
        return f
    return do(fn) if fn else do


@register
def alpha(): pass


@register(name="custom")
def beta(): pass


print(sorted(registry))
print((lambda: 0).__name__, alpha.__qualname__, Service.ping.fn.__qualname__, greet.__qualname__)


def f(a, b=2, /, c=3, *, d, e=5, **rest):
    return (a, b, c, d, e, rest)


print(f(1, d=4), f(1, 2, 3, d=4, z=0), f(1, c=9, d=0, b=7))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:6])
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(a=1, d=2),
    lambda: f(1, c=1, c2=2),
    lambda: f(1, 2, 3, c=3, d=1),
]


def g(x, y, *, z):
    pass


def h(*, only):
    pass


def k(a, b, c=1):
    pass


def pos_only(a, b, /):
    pass


tests += [
    lambda: g(1),
    lambda: g(1, 2),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, z=3, w=4),
    lambda: g(1, x=1, z=1),
    lambda: h(1),
    lambda: h(),
    lambda: k(),
    lambda: k(1, 2, 3, 4),
    lambda: k(1, 2, 3, 4, 5),
    lambda: pos_only(1, b=2),
    lambda: pos_only(a=1, b=2),
    lambda: k(**{"a": 1, "b": 2, 1: 3}),
    lambda: k(*5),
    lambda: k(**[1]),
    lambda: k(1, **{"a": 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, /: 0)(),
    lambda: print(sep=5),
    lambda: len(),
    lambda: len(1, 2),
    lambda: isinstance(1),
    lambda: int(x=5),
    lambda: sorted([], reverse=True, cmp=None),
    lambda: dict(1, 2),
    lambda: Thing(),
    lambda: Service().ping(1, 2, 3),
    lambda: svc.ping.nope,
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: max(),
    lambda: max(1),
    lambda: sum(1, 2, 3),
    lambda: (lambda: None)()(),
    lambda: len("ab")(),
]
for t in tests:
    try:
        t()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def kwargs_order(**kw):
    return list(kw)


print(kwargs_order(b=1, a=2, **{"z": 3}, c=4), kwargs_order(**{"x": 1}, **{"y": 2}))
try:
    kwargs_order(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    kwargs_order(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError", e)


def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
fn_copy = defaults_shared
fn_copy.__defaults__ = ([],)
print(defaults_shared(4))
print(f(*[1, 2], *[3], d=4, **{"e": 6}), [*range(2), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}})
