# TypeVarTuple (*Ts) and ParamSpec (**P) type parameters.

def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args

print(variadic(1, "a"))
(Ts,) = variadic.__type_params__
print(repr(Ts), Ts.__name__, type(Ts).__name__)
print(variadic.__annotations__["return"])

def decorator[**P, R](fn):
    return fn

P, R = decorator.__type_params__
print(repr(P), P.__name__, type(P).__name__)
print(repr(R), type(R).__name__)
print(P.args, P.kwargs)
print(type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P)

# mixing all three kinds
def mixed[T, *Shape, **Q](): pass
print(mixed.__type_params__)
print([type(p).__name__ for p in mixed.__type_params__])

# classes with variadic parameters
class Array[*Shape]:
    pass

print(Array.__type_params__)
print(Array[int, str])
print(Array[()])

class Call[**P]:
    pass

print(Call.__type_params__)
print(Call[[int, str]])
print(Call[int, str])

# type aliases with every kind
type Fn[**P, R] = tuple[P, R]
type Shaped[*S] = tuple[*S]
print(Fn.__type_params__, Shaped.__type_params__)
print(Shaped[int, float])

# the runtime classes are the ones the typing module exposes
import typing
print(type(Ts) is typing.TypeVarTuple, type(P) is typing.ParamSpec, type(R) is typing.TypeVar)

# typing.TypeVar made by hand has a variance prefix in its repr; PEP 695 ones do not
manual = typing.TypeVar("manual")
print(repr(manual), repr(R))
print(manual.__infer_variance__, R.__infer_variance__)
