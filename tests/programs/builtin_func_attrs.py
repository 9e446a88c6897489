# Function attributes: defaults, kwdefaults, globals, closure, qualname, annotations, module, dict, name.
def f(a, b=2, *args, c, d=4, **kw) -> int:
    return a
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__module__, f.__annotations__)
def g(x, y):
    pass
print(g.__defaults__, g.__kwdefaults__, g.__annotations__, g.__dict__, g.__globals__ is globals())
g.__defaults__ = (9,)
print(g(1) is None, g.__defaults__)
def h(p=1):
    return p
h.__defaults__ = (42,)
print(h())
h.__defaults__ = None
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
def k(*, opt='o'):
    return opt
k.__kwdefaults__ = {'opt': 'changed'}
print(k())
def outer():
    v = 'cell value'
    w = [1]
    def inner():
        return v, w
    return inner
inner = outer()
print(len(inner.__closure__), [type(c).__name__ for c in inner.__closure__], [c.cell_contents for c in inner.__closure__])
print(inner.__qualname__, inner.__name__, outer.__closure__, inner.__code__.co_freevars)
inner.__closure__[1].cell_contents.append(2)
print(inner())
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = counter()
b(); b()
print(b.__closure__[0].cell_contents)
b.__closure__[0].cell_contents = 100
print(b())
class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__, Outer.Inner.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, (lambda: 0).__code__.co_name)
f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
print(f.__name__, f.__qualname__)
for bad in [5, None]:
    try:
        f.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
f.custom = 'attr'
print(f.__dict__, f.custom)
def annotated(x: int, y: 'str' = 'a', *z: float, **w: bool) -> None:
    pass
print(annotated.__annotations__)
annotated.__annotations__ = {'new': int}
print(annotated.__annotations__)
try:
    del f.__globals__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(type(f).__name__, f.__class__.__name__, f.__doc__, callable(f.__get__))
try:
    f.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
