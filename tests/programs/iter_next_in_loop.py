# for loops over iterators whose __next__ is Python code: StopIteration (or a subclass) from
# it ends the loop even inside try/except StopIteration, other errors propagate with their
# traceback, map's function raising StopIteration ends the loop, nesting and re-entry work.
import traceback


class Count:
    def __init__(self, n, stop=StopIteration):
        self.i, self.n, self.stop = 0, n, stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise self.stop('done')
        self.i += 1
        return self.i


class MyStop(StopIteration):
    pass


print([x for x in Count(3)], list(Count(2)), sum(Count(4)))
try:
    for x in Count(2, MyStop):
        print('item', x)
    print('loop ended')
except StopIteration:
    print('not reached')


class Bad(Count):
    def __next__(self):
        if self.i == 2:
            raise ValueError('broken at 2')
        return super().__next__()


try:
    for x in Bad(5):
        print('bad item', x)
except ValueError as e:
    print('ValueError', e, len(traceback.extract_tb(e.__traceback__)))


def stopper(v):
    if v == 3:
        raise StopIteration
    return v * 10


print([y for y in map(stopper, range(6))])
for y in map(stopper, range(6)):
    print('mapped', y)

outer = Count(2)
for a in outer:
    for b in Count(2):
        print(a, b)
print(next(outer, 'exhausted'))


class Gen:
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


it = Gen()
for g in it:
    print(type(g).__name__)
    break


def deep(n):
    if n == 0:
        return list(Count(3))
    return deep(n - 1)


print(deep(50))
