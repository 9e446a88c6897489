# A small tour of what pyrs runs today.
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("WASI").greet())
print("fib(20) =", fib(20))
print("squares:", [n * n for n in range(10)])
print("2**100 =", 2**100)
print("sorted:", sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1]))
print("args:", sys.argv[1:])
