# The function type's attributes (__kwdefaults__, __defaults__, __name__...) are data descriptors:
# names put in a function's __dict__ do not hide them (networkx copies __dict__ between wrappers).
def f(a=1, *, b=2):
    "doc"
def g():
    pass
f.__dict__.update({"__kwdefaults__": "X", "__defaults__": "Y", "__name__": "Z", "__doc__": "D",
                   "__module__": "M", "__qualname__": "Q", "custom": 1, "__code__": "C", "__globals__": 0})
print(f.__kwdefaults__, f.__defaults__, f.__name__, f.__doc__, f.__module__, f.__qualname__, f.custom)
print(f.__code__.co_name, type(f.__globals__).__name__, sorted(f.__dict__)[:3])
g.__dict__["__annotations__"] = "A"
print(g.__annotations__, g.__dict__["__annotations__"])

class argmap:
    def __call__(self, f):
        def func(*args, __wrapper=None, **kwargs):
            return __wrapper
        func.__name__ = f.__name__
        func.__defaults__ = f.__defaults__
        func.__kwdefaults__.update(f.__kwdefaults__ or {})
        func.__dict__.update(f.__dict__)
        func.__wrapped__ = f
        func.__kwdefaults__["_argmap__wrapper"] = func
        func.__self__ = func
        return func
class D:
    def __init__(self, fn):
        self.__name__ = fn.__name__
        self.__defaults__ = fn.__defaults__
        self.__kwdefaults__ = {"backend": None}
def base(a, b=1):
    pass
inner = argmap()(D(base))
outer = argmap()(inner)
print(outer() is outer, inner() is inner, list(outer.__kwdefaults__), list(inner.__kwdefaults__))
print(outer.__kwdefaults__ is inner.__kwdefaults__)
