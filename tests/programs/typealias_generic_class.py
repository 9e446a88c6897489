# PEP 695 generic classes: __type_params__, the implicit Generic base, subscription.

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)
print(Stack.__type_params__)
print(Stack.__parameters__)
print([c.__name__ for c in Stack.__mro__])
print(Stack.__orig_bases__)
print([b.__name__ for b in Stack.__bases__])

# subscripting the class
alias = Stack[int]
print(alias)
print(alias.__origin__ is Stack, alias.__args__)
print(type(alias()).__name__)

# two parameters with a bound
class Pair[K: str, V]:
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

K, V = Pair.__type_params__
print(repr(K), K.__bound__, repr(V), V.__bound__)
print(Pair[str, int])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)

# a generic class that also has ordinary bases
class Base:
    def hello(self):
        return "hello from Base"

class Child[T](Base):
    pass

print([c.__name__ for c in Child.__mro__])
print(Child().hello())
print(Child.__orig_bases__)

# generic subclass of a generic class
class Sub[U](Stack[U]):
    pass

print([c.__name__ for c in Sub.__mro__])
print(Sub.__orig_bases__, Sub.__type_params__)

# methods of a generic class see the class's parameter
class Wrapper[T]:
    def get(self) -> T:
        pass
    def typed[S](self, x: S) -> tuple[T, S]:
        pass

T_ = Wrapper.__type_params__[0]
print(Wrapper.get.__annotations__["return"] is T_)
print(Wrapper.typed.__type_params__, Wrapper.typed.__annotations__["return"])

# non-generic class
class Plain:
    pass
print(Plain.__type_params__, [c.__name__ for c in Plain.__mro__])
