# PEP 695 generic functions: type parameters, bounds, constraints.

def identity[T](x: T) -> T:
    return x

print(identity(5), identity("s"))
print(identity.__type_params__)
T = identity.__type_params__[0]
print(repr(T), T.__name__, type(T).__name__)
print(T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(identity.__annotations__["x"] is T, identity.__annotations__["return"] is T)

# each function gets its own parameter objects
def other[T](): pass
print(other.__type_params__[0] is T, other.__type_params__[0].__name__)

# the parameter name is not visible outside the function
try:
    print(T_outer)
except NameError as e:
    print(type(e).__name__, e)

# bounds and constraints
def bounded[N: int](n: N) -> N:
    return n

def constrained[S: (str, bytes)](s: S) -> S:
    return s

N = bounded.__type_params__[0]
S = constrained.__type_params__[0]
print(repr(N), N.__bound__, N.__constraints__)
print(repr(S), S.__bound__, S.__constraints__)

# bounds are evaluated lazily
def lazy[B: NotYetDefined](): pass
try:
    lazy.__type_params__[0].__bound__
except NameError as e:
    print(type(e).__name__, e)
NotYetDefined = float
print(lazy.__type_params__[0].__bound__)

# several parameters, usable inside the body
def pairs[K, V](keys: list[K], values: list[V]) -> dict[K, V]:
    return dict(zip(keys, values))

print(pairs(["a", "b"], [1, 2]))
print([p.__name__ for p in pairs.__type_params__])
print(pairs.__annotations__["keys"], pairs.__annotations__["return"])

# methods and lambdas inside can see the type parameter
def outer[T]():
    def inner() -> T:
        return None
    return inner.__annotations__["return"]

print(outer())

# generic async-free methods in a plain class
class Box:
    def put[T](self, item: T) -> list[T]:
        return [item]

print(Box().put(3), Box.put.__type_params__)

# functions without type params have an empty tuple
def plain(): pass
print(plain.__type_params__)
