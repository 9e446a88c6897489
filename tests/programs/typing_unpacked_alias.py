# PEP 646: *tuple[...] unpacks a types.GenericAlias (star in subscripts, *args annotations).
from typing import TypeVarTuple, Generic, Unpack
x = tuple[int, *tuple[str, ...]]
print(x, x.__args__)
u = [*tuple[int]]
print(u, type(u[0]), u[0].__unpacked__ if hasattr(u[0], '__unpacked__') else None)
Ts = TypeVarTuple('Ts')
class A(Generic[*Ts]): pass
print(A[int, str], A.__parameters__)
def f(*args: *Ts): pass
print(f.__annotations__)
print(tuple[int, ...] == tuple[int, ...], repr(*tuple[int, ...]) if False else '')
print(next(iter(tuple[int, ...])))
def g(*args: *tuple[int, ...]): pass
print(g.__annotations__)
a = [*tuple[int, str]][0]
print(a, a.__args__, a.__origin__, a.__unpacked__, tuple[int].__unpacked__, a.__typing_unpacked_tuple_args__)
print(a == [*tuple[int, str]][0], a == tuple[int, str], hash(a) == hash(tuple[int, str]))
print(list[int, *tuple[str]])
try:
    def h(*a: *[1, 2]): pass
except ValueError as e:
    print('ValueError', e)
def h2(*a: *[7]): pass
print(h2.__annotations__)
try:
    def h3(*a: *[]): pass
except ValueError as e:
    print('ValueError', e)
