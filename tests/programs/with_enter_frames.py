# `with` on managers whose __enter__ is Python code: results, nesting, recursion, exceptions
# raised in __enter__ (tracebacks, handlers around the with), frames seen from __enter__.
import sys
import traceback


class M:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print("enter", self.name, sys._getframe(1).f_code.co_name)
        if self.fail:
            raise ValueError("no entry " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "swallow"


def use():
    with M("a") as a, M("b") as b:
        print("body", a, b)
    with M("swallow"):
        raise KeyError("hidden")
    try:
        with M("outer"):
            with M("bad", fail=True) as x:
                print("not reached", x)
    except ValueError as e:
        print("caught", e)
    return "done"


print(use())


def depth(n):
    if n == 0:
        return 0
    with M(str(n)) as v:
        return depth(n - 1) + len(v)


print(depth(3))

try:
    with M("top", fail=True):
        pass
except ValueError:
    traceback.print_exc(file=sys.stdout)


class Slotted:
    __enter__ = lambda self: "lambda-enter"
    __exit__ = lambda self, *a: None


with Slotted() as s:
    print(s)


class Gen:
    def __enter__(self):
        yield 1

    def __exit__(self, *a):
        pass


with Gen() as g:
    print(type(g).__name__)
