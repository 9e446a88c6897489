# The private parts of typing that typing_extensions (and other libraries) build on:
# _Final and `_root=True`, _SpecialForm made from a function, _tp_cache, the NamedTuple
# name sets, the overload stub; and `|` with aliases subclassing types.GenericAlias.
import collections.abc
import typing
from typing import Any


class _ExtForm(typing._SpecialForm, _root=True):
    def __repr__(self):
        return "ext." + self._name


@_ExtForm
def Marker(self, params):
    """A marker form."""
    return ("marked", params)


print(repr(Marker), Marker.__name__, Marker.__doc__)
print(Marker[int], Marker[int, str])
try:
    Marker()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Marker)
except TypeError as e:
    print("TypeError:", e)

for base in (typing._Final, typing._SpecialForm, typing._GenericAlias, typing.ForwardRef):
    try:
        class Sub(base):
            pass
        print("subclassed", base.__name__)
    except TypeError as e:
        print(base.__name__, "TypeError:", e)


class Root(typing._Final, _root=True):
    __slots__ = ()


print(Root.__mro__[1] is typing._Final, isinstance(typing.List[int], typing._Final))
print(isinstance(typing.Union, typing._SpecialForm), isinstance(typing.List, typing._Final))

calls = []


@typing._tp_cache
def make(x):
    calls.append(x)
    return [x]


print(make(1) is make(1), make(2) is make(2), calls)
print(make([1]) is make([1]), calls)


@typing._tp_cache(typed=True)
def made(x):
    calls.append(x)
    return (x,)


print(made(1) is made(1), made(1.0) is made(1), calls[-2:])

print(sorted(typing._prohibited))
print(sorted(typing._special))


@typing.overload
def f(x: int) -> int: ...


@typing.overload
def f(x: str) -> str: ...


def f(x):
    return x


print(typing._overload_dummy.__name__, len(typing.get_overloads(f)))
print([o.__name__ for o in typing.get_overloads(f)])

C = collections.abc.Callable[[Any], int]
print(C | None, None | C, C | int)
print((C | None).__args__)
print(typing.Callable[[Any], int] | None)
print(list[int] | None, int | list[str])
