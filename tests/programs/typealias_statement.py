# The `type X = ...` statement: lazy values and the attributes of the alias object.

type Number = int | float
print(repr(Number), Number.__name__, Number.__module__)
print(Number.__value__)
print(Number.__type_params__, Number.__parameters__)
print(type(Number).__name__)

# the value is evaluated lazily, on first access of __value__
type Later = Missing
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Missing = "now defined"
print(Later.__value__)

# evaluated once and cached
evaluations = []
def compute():
    evaluations.append("ran")
    return str

type Cached = compute()
print(evaluations)
print(Cached.__value__, Cached.__value__, evaluations)

# generic type aliases
type Pair[T] = tuple[T, T]
print(repr(Pair), Pair.__type_params__, Pair.__value__)
alias = Pair[int]
print(alias, alias.__origin__ is Pair, alias.__args__)

type Mapping2[K, V] = dict[K, list[V]]
print(Mapping2.__type_params__, Mapping2.__value__)
print(Mapping2[str, int])

# a non-generic alias is not subscriptable, and an alias is not callable
try:
    Number[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Number()
except TypeError as e:
    print(type(e).__name__, e)

# aliases in unions
print(Number | None)
print(int | Number)

# aliases defined in a function body or class body
def make():
    type Local = list[int]
    return Local

L = make()
print(L.__name__, L.__value__, L.__module__)

class Holder:
    type Inner = bytes
    type UsesOuter = Inner

print(Holder.Inner.__name__, Holder.Inner.__value__)
try:
    print(Holder.UsesOuter.__value__)
except NameError as e:
    print(type(e).__name__, e)

# the alias value can refer to the alias itself (recursive types)
type Tree = list[Tree] | int
print(Tree.__value__)

# the attributes are read-only
try:
    Number.__value__ = str
except AttributeError as e:
    print(type(e).__name__, e)
