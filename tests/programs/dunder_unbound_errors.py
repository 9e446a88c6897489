# error messages of special methods called with the wrong self or arguments
cases = [
    lambda: int.__add__('a', 1),
    lambda: list.__getitem__((1,), 0),
    lambda: dict.__or__([], {}),
    lambda: str.__mul__(3, 'a'),
    lambda: float.__truediv__(1, 2.0),
    lambda: tuple.__contains__([1], 1),
    lambda: set.__and__(frozenset(), set()),
    lambda: list.append((), 1),
    lambda: dict.get([], 1),
    lambda: str.upper(b'x'),
    lambda: bytes.__add__('a', b'b'),
    lambda: int.__lt__(1.0, 2),
    lambda: bool.__and__(1, True),
    lambda: object.__eq__(),
    lambda: int.__add__(1),
    lambda: int.__add__(1, 2, 3),
    lambda: (5).__add__(),
    lambda: [].__getitem__(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: list.__len__(),
    lambda: str.__len__(5),
    lambda: int.bit_length('x'),
    lambda: list.sort([], 1),
    lambda: dict.fromkeys(),
    lambda: (1).__round__(1, 2),
    lambda: type.__call__(5),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, 'no error', r)
    except TypeError as e:
        print(i, type(e).__name__, e)
print(int.__add__.__objclass__.__name__, list.append.__objclass__.__name__)
print(type(int.__add__).__name__, type(list.append).__name__, type(dict.fromkeys).__name__)
print(type((5).__add__).__name__, type([].append).__name__, type(len).__name__)
f = (5).__add__
print(f.__name__, f.__qualname__, type(f.__self__).__name__, f.__self__)
g = [].append
print(g.__name__, g.__qualname__, type(g.__self__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, list.append.__name__, list.append.__qualname__)
print(int.__add__.__get__(3, int)(4), list.__dict__['append'].__get__([], list).__name__)
print(callable(int.__add__), callable((5).__add__), type(int.__add__.__doc__).__name__, int.__add__.__text_signature__)
str.join(1, [])
