# __name__, __qualname__, __module__, __doc__ of classes, and assigning them
class Outer:
    """Outer docstring."""
    class Inner:
        class Deep:
            pass
    def method(self):
        class InMethod:
            pass
        return InMethod

print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__)
print(Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.method.__qualname__, Outer.method.__name__, Outer.method.__module__)

class NoDoc:
    x = 1
print(NoDoc.__doc__, NoDoc().__doc__)
class DocFromExpr:
    'single quoted doc'
print(DocFromExpr.__doc__)
class NotDoc:
    x = 1
    """not a docstring"""
print(NotDoc.__doc__)

Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = 'Q.Name'
print(Outer.__qualname__, Outer.Inner.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Outer.__name__
except TypeError as e:
    print(type(e).__name__, e)
Outer.__module__ = 'mymod'
print(Outer.__module__)
Outer.__doc__ = 'new doc'
print(Outer.__doc__)

class Custom:
    __qualname__ = 'Custom.Qual'
    __module__ = 'other'
print(Custom.__qualname__, Custom.__module__, Custom.__name__)
try:
    class BadQual:
        __qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
print(int.__qualname__, int.__module__, type.__module__, object.__doc__.splitlines()[0] != "")
print(int.__doc__.splitlines()[0].startswith("int("))
print(type('T', (), {}).__qualname__, type('T', (), {'__qualname__': 'X.T'}).__qualname__)
print(type('T', (), {}).__module__)
try:
    int.__name__ = 'integer'
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append = None
except TypeError as e:
    print(type(e).__name__, e)
print(__name__)
