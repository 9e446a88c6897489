# Classes extending enumerate, zip, map, filter and reversed: their own methods and state on
# top of the built-in iteration.
class Numbered(enumerate):
    def __init__(self, iterable, start=0):
        self.seen = 0

    def __next__(self):
        i, v = super().__next__()
        self.seen += 1
        return f"{i}:{v}"


n = Numbered("abc", 1)
print(next(n), list(n), n.seen, isinstance(n, enumerate), type(n).__name__)


class Strict(zip):
    def __new__(cls, *its):
        return super().__new__(cls, *its, strict=True)


try:
    print(list(Strict([1, 2], [3])))
except ValueError as e:
    print("ValueError", e)
print(list(Strict("ab", "cd")))


class Squares(map):
    calls = 0

    def __new__(cls, items):
        return super().__new__(cls, cls.square, items)

    @staticmethod
    def square(x):
        Squares.calls += 1
        return x * x


s = Squares(range(5))
print(list(s), Squares.calls, list(s))


class Evens(filter):
    def __new__(cls, items):
        return super().__new__(cls, lambda x: x % 2 == 0, items)

    def __iter__(self):
        print("iter called")
        return self


print([x for x in Evens(range(7))])


class Backwards(reversed):
    def __next__(self):
        return super().__next__().upper()


print(list(Backwards("abc")), sum(1 for _ in Backwards("xy")))
try:
    next(Backwards(""))
except StopIteration:
    print("StopIteration")
print(issubclass(Numbered, enumerate), Numbered.__mro__[1].__name__, enumerate.__new__ is not object.__new__)
for bad in (type(iter([])), type(iter(range(3)))):
    try:
        class Nope(bad):
            pass
    except TypeError as e:
        print("TypeError", e)
