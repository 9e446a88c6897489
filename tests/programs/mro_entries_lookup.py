# `__mro_entries__` is looked up on the base object itself, as any attribute: a function or
# an instance given one in its own namespace counts (typing_extensions' NamedTuple).
class Real:
    pass


def factory():
    pass


factory.__mro_entries__ = lambda bases: (Real,)


class A(factory):
    pass


print(A.__mro__, A.__orig_bases__ == (factory,))


class Holder:
    pass


h = Holder()
h.__mro_entries__ = lambda bases: (Real, dict)


class B(h):
    pass


print([c.__name__ for c in B.__mro__])


class Dynamic:
    def __getattr__(self, name):
        if name == "__mro_entries__":
            return lambda bases: (list,)
        raise AttributeError(name)


class C(Dynamic()):
    pass


print([c.__name__ for c in C.__mro__])


class Bad:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    class D(Bad()):
        pass
except KeyError as e:
    print("KeyError:", e)

factory.__mro_entries__ = lambda bases: [Real]
try:
    class E(factory):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("F", (factory,), {})
except TypeError as e:
    print("TypeError:", e)
g = Holder()
try:
    class G(g):
        pass
except TypeError as e:
    print("TypeError:", e)
