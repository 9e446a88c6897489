# inspect.signature of built-in functions and types: the text signatures CPython's
# built-ins carry (print's escaped end, open's two-line one), a type's own
# __text_signature__, and ValueError where CPython has none.
import collections
import inspect

callables = [print, open, list, tuple, float, complex, enumerate, reversed, property, len,
             sorted, int, str, dict, range, slice, memoryview, super, map, zip, filter, iter,
             next, min, max, dict.get, str.join, list.append, object, bool, set, frozenset,
             bytes, bytearray, type, divmod, isinstance, getattr,
             collections.Counter.most_common]
for f in callables:
    name = getattr(f, '__qualname__', repr(f))
    try:
        print(name, inspect.signature(f))
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)

for t in [range, slice, memoryview, super, list, int, map, zip, filter, enumerate, reversed,
          property, staticmethod, classmethod, bytes, set, frozenset, dict, tuple, str, float,
          complex, bool, object]:
    print(t.__name__, t.__new__ is object.__new__, repr(t.__text_signature__))


class MyList(list):
    pass


class WithInit(list):
    def __init__(self, a, b=2):
        super().__init__()


class Plain:
    pass


for c in [MyList, WithInit, Plain]:
    print(c.__name__, inspect.signature(c), repr(c.__text_signature__))

sig = inspect.signature(print)
print(list(sig.parameters), repr(sig.parameters['end'].default))
print(inspect.signature(open).parameters['closefd'].default)
r = range.__new__(range, 2, 8, 3)
print(r, list(r), slice.__new__(slice, 1, 5), memoryview.__new__(memoryview, b'ab').tobytes())
try:
    range.__new__(int, 3)
except TypeError as e:
    print('TypeError', e)
