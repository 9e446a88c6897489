# next() on an iterator whose Python __next__ raises StopIteration: the same exception, its
# value and args; with a default; other errors; generators and built-in iterators.
class It:
    def __init__(self, exc):
        self.exc = exc

    def __iter__(self):
        return self

    def __next__(self):
        raise self.exc


for exc in (StopIteration(42), StopIteration(), StopIteration(1, 2), ValueError("bad")):
    try:
        print("value", next(It(exc)))
    except StopIteration as e:
        print("StopIteration", e is exc, repr(e.value), e.args)
    except ValueError as e:
        print("ValueError", e is exc, e)
    try:
        print("default", next(It(exc), "dflt"))
    except ValueError as e:
        print("ValueError with default", e is exc)


class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n


c = Count()
print(next(c), next(c), next(c, "end"))
try:
    next(c)
except StopIteration as e:
    print("again", e.value)


def g():
    yield 1
    return "ret"


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("generator", e.value)
print(next(iter([]), "empty"), next(iter([5])))
try:
    next(iter(()))
except StopIteration as e:
    print("builtin", e.value, e.args)
