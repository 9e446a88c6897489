# Object-model details the standard library relies on: exception context through native
# calls, caller frames of keyword calls and metaclass __call__, format() of int subclasses,
# mappingproxy as a mapping, class reprs after __module__ changes, metaclass protocols.
import sys
import types


# __context__ set where the exception was raised survives its trip back through __exit__.
def inner():
    try:
        raise TypeError('t')
    except TypeError:
        raise KeyError('k')


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        inner()


try:
    with CM():
        raise ValueError('body')
except Exception as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))


class Adder:
    def __add__(self, other):
        try:
            raise TypeError('in add')
        except TypeError:
            raise KeyError('from add')


try:
    try:
        1 / 0
    except ZeroDivisionError:
        Adder() + 1
except KeyError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# A raise statement sets the context even when the exception object already had one.
old = KeyError('old')
old.__context__ = ValueError('stale')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise old
except KeyError as e:
    print(type(e.__context__).__name__)


# Frames of calls with keywords, star-args and a metaclass __call__ see their caller.
class C:
    def m(self, **kw):
        return sys._getframe(1).f_code.co_name


def caller_kw():
    return C().m(a=1)


def caller_star():
    kw = {}
    return C().m(**kw)


print(caller_kw(), caller_star())


class Meta(type):
    def __call__(cls, *args, **kw):
        return sys._getframe(1).f_code.co_name


class Made(metaclass=Meta):
    pass


def maker():
    return Made(1), Made(x=2)


print(maker())


# format() of an int subclass with an empty spec is str(self).
class Named(int):
    def __str__(self):
        return 'named!'


print(f'{Named(3)}', format(Named(3)), format(Named(3), '04d'), f'{Named(5):x}')

# mappingproxy: a mapping for dict(), update and **; str() is the mapping's; reversible.
mp = types.MappingProxyType({'a': 1, 'b': 2})
d = {}
d.update(mp)
print(dict(mp), {**mp}, d, str(mp), list(reversed(mp)))


class K:
    x = 1


print(sorted(k for k in dict(K.__dict__) if not k.startswith('__')))

# A class's repr and the traceback name follow a reassigned __module__.
class Moved:
    pass


Moved.__module__ = 'elsewhere'
print(Moved, repr(Moved))
Moved.__module__ = 5
print(Moved)


# `in` and reversed() use the metaclass; type.__repr__ is not the metaclass's.
class Box(type):
    def __contains__(cls, x):
        return x == 5

    def __reversed__(cls):
        return iter([2, 1])

    def __repr__(cls):
        return 'Box!' + type.__repr__(cls)


class B(metaclass=Box):
    pass


print(5 in B, 6 in B, list(reversed(B)), repr(B), type.__repr__(B))
try:
    3 in int
except TypeError as e:
    print(e)


# `|` between classes with a metaclass gives a union.
class Plain(metaclass=Box):
    pass


print(Plain | None, int | Plain)

# '%' with a tuple subclass formats its items.
class T(tuple):
    pass


print('%r-%r' % T((1, 2)), '%s' % T((7,)))
