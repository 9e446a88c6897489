# Assigning a class's __name__ and __qualname__: reprs, error messages and the checks on the
# assigned value follow the new names, as in CPython.
class Outer:
    class Inner:
        pass

Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__, Outer)
Outer.__qualname__ = 'Q.Name'
print(Outer, Outer.Inner.__qualname__, repr(Outer()).split(' object')[0])
for bad in (lambda: setattr(Outer, '__name__', 5), lambda: setattr(Outer, '__qualname__', None),
            lambda: delattr(Outer, '__name__'), lambda: setattr(int, '__name__', 'x'),
            lambda: Outer(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Outer.__name__ = 'a\0b'
except ValueError as e:
    print(type(e).__name__, e)
def factory(n):
    class Made:
        def __repr__(self):
            return f'<{type(self).__name__}>'
    Made.__name__ = Made.__qualname__ = f'Made{n}'
    return Made
M = factory(3)
print(M, M(), M.__name__, type(M()).__name__)
try:
    M().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(M())
except TypeError as e:
    print(type(e).__name__, e)
print(type('Dyn', (), {}).__name__, type('Dyn', (), {'__qualname__': 'A.Dyn'}).__qualname__)
