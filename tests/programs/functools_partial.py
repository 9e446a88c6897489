# functools.partial and partialmethod: flattening, repr, state, errors, descriptors.
import functools as ft


def t(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


def f(*a, **k):
    return a, k


def clean(s):
    return s.replace(hex(id(f)), 'F')


t(lambda: ft.partial())
t(lambda: ft.partial(1))
t(lambda: ft.partial(func=f))
p = ft.partial(f, 1, a=2)
print(p(3, b=4), p(a=5))
print(clean(repr(p)))
q = ft.partial(p, 3, b=4)
print(q.func is f, q.args, q.keywords)
print(clean(repr(q)))


class P(ft.partial):
    pass


r = P(p, 5)
print(r.func is f, r.args, type(r).__name__, clean(repr(r)))
s = ft.partial(r, 6)
print(s.func is f, s.args)
p.attr = 1
u = ft.partial(p, 7)
print(u.func is p, u.args, p.attr)
t(lambda: setattr(p, 'func', f))
t(lambda: setattr(p, 'args', ()))
t(lambda: delattr(p, 'keywords'))
print(p.__reduce__()[0] is ft.partial, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
print(ft.partial(f).__reduce__()[2][1:])
for state in [1, (1, 2), (1, (), None, None), (f, [], None, None), (f, (), [], None)]:
    t(lambda: p.__setstate__(state))
p.__setstate__((f, (9,), None, None))
print(p.args, p.keywords, p.__dict__)
p.__setstate__((f, (), {'a': 1}, {'z': 3}))
print(p.args, p.keywords, p.__dict__)
print(ft.partial[int])
print(ft.partial(f, func=1)(), ft.partial(f, self=1)())
print(repr(ft.partial(len)), repr(ft.partial(len, 'abc')), ft.partial(len, 'abc')())
x = ft.partial(f)
x.__setstate__((x, (), {}, None))
print(repr(x))


class A:
    g = ft.partial(f, 1)


print(A().g(2))
print(ft.partial(f, 1, 2)(3, x=1))
print(ft.partial.__module__, ft.partial.__name__)
print(ft.partial(f) == ft.partial(f))
import pickle
pp = pickle.loads(pickle.dumps(ft.partial(max, 1, key=abs)))
print(repr(pp), pp(-5))

# partialmethod
t(lambda: ft.partialmethod())
t(lambda: ft.partialmethod(1))
pm = ft.partialmethod(f, 1, a=2)
print(clean(repr(pm)))
print(clean(repr(ft.partialmethod(f))))
pm2 = ft.partialmethod(pm, 3, b=4)
print(pm2.func is f, pm2.args, pm2.keywords)


class B:
    m = ft.partialmethod(f, 1)
    c = ft.partialmethod(classmethod(f), 2)
    s = ft.partialmethod(staticmethod(f), 3)
    p = ft.partialmethod(ft.partial(f, 0), 4)
    k = ft.partialmethod(f, key='v')

    def __repr__(self):
        return 'B()'


b = B()
print(b.m(5), B.c(6)[0][1:], b.s(7), b.p(8)[0][:1], b.p(8)[0][2:])
print(b.k(), b.k(key='w'))
print(type(b.m).__name__, type(B.m).__name__, B.m.__name__, b.m.__self__ is b)
print(B.m._partialmethod is B.__dict__['m'])
print(B.m(b, 2))
print(ft.partialmethod[int])
print(B.__dict__['m'].__isabstractmethod__)
import abc


class Ab(abc.ABC):
    @abc.abstractmethod
    def g(self):
        pass
    h = ft.partialmethod(g, 1)


print(Ab.__dict__['h'].__isabstractmethod__, Ab.h.__isabstractmethod__, sorted(Ab.__abstractmethods__))
