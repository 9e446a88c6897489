# inspect.signature of functools.partialmethod attributes, read from the class and
# from an instance.
import functools
import inspect
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', str(text))


def show(label, fn):
    try:
        print(label, clean(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, clean(e))


def plain(self, x, y=0, /, z=1, *rest, k, **kw):
    pass


class A:
    def f(self, a, b=2, *, c=3):
        pass

    def g(self, a, /, b, *args, k=1, **kw):
        pass

    p = functools.partialmethod(f, 1)
    p_kw = functools.partialmethod(f, b=5)
    p_kwonly = functools.partialmethod(f, c=9)
    p_all = functools.partialmethod(f, 1, 2, c=4)
    p_nested = functools.partialmethod(functools.partialmethod(f, 1), c=7)
    q = functools.partialmethod(g, 10)
    q2 = functools.partialmethod(g, 10, 20, 30)
    q_kw = functools.partialmethod(g, b=3)
    star = functools.partialmethod(lambda *args: args, 1, 2)
    star_kw = functools.partialmethod(lambda *args, **kw: args, x=1)
    outer = functools.partialmethod(plain, 1)
    outer_kw = functools.partialmethod(plain, k=2)
    cm = functools.partialmethod(classmethod(f), 1)
    sm = functools.partialmethod(staticmethod(f), 1)
    bad = functools.partialmethod(f, 1, 2, 3)
    bad_kw = functools.partialmethod(f, nope=1)
    annotated = functools.partialmethod(lambda self, n: int, 3)

    def h(self, a: int, b: str = 'x') -> bool:
        pass
    hp = functools.partialmethod(h, 4)


names = ['p', 'p_kw', 'p_kwonly', 'p_all', 'p_nested', 'q', 'q2', 'q_kw', 'star',
         'star_kw', 'outer', 'outer_kw', 'cm', 'sm', 'bad', 'bad_kw', 'annotated', 'hp']
a = A()
for name in names:
    show(name + ' class', lambda: inspect.signature(getattr(A, name)))
    show(name + ' instance', lambda: inspect.signature(getattr(a, name)))
    show(name + ' params', lambda: [(p.name, str(p.kind)) for p in
                                    inspect.signature(getattr(A, name)).parameters.values()])

show('hp annotations', lambda: inspect.signature(A.hp).return_annotation)
show('descriptor itself', lambda: inspect.signature(A.__dict__['p']))
show('call p', lambda: (A.p(a, 5), a.p(6)))
show('call star', lambda: a.star(3))
show('bind p', lambda: inspect.signature(A.p).bind(a, 7).arguments)
show('follow_wrapped False', lambda: inspect.signature(A.p, follow_wrapped=False))
show('getfullargspec', lambda: inspect.getfullargspec(A.p))
