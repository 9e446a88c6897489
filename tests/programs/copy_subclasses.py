# copy: subclasses of built-in types and exceptions, through their reductions.
import copy
import functools
import types

ns = types.SimpleNamespace(a=[1], b=2)
c = copy.copy(ns)
d = copy.deepcopy(ns)
print(c, d, c.a is ns.a, d.a is ns.a)
p = functools.partial(max, 1, key=abs)
print(copy.copy(p)(-5), copy.deepcopy(p)(-7))


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


try:
    print(copy.copy(E(1, 2)))
except Exception as e:
    print(type(e).__name__, e)
err = copy.deepcopy(OSError(2, 'No such file', 'f.txt'))
print(repr(err), err.filename, err.errno, type(err).__name__)
err2 = copy.copy(OSError(1, 'two names', 'a', None, 'b'))
print(repr(err2), err2.filename, err2.filename2)
print(repr(copy.copy(KeyError())), repr(copy.deepcopy(StopIteration(5))), copy.copy(StopIteration(5)).value)


class I(int):
    pass


i = I(5)
i.tag = 't'
print(copy.copy(i), copy.deepcopy(i).tag, type(copy.deepcopy(i)).__name__)


class S(str):
    pass


print(repr(copy.deepcopy(S('abc'))), type(copy.copy(S('x'))).__name__)


class T(tuple):
    pass


t = copy.deepcopy(T((1, [2])))
print(t, type(t).__name__)


class F(frozenset):
    pass


f = copy.deepcopy(F({1, 2}))
print(sorted(f), type(f).__name__, type(copy.copy(F())).__name__)


class B(bytearray):
    pass


b = B(b'xyz')
b.note = 'n'
print(copy.copy(b), copy.deepcopy(b).note, copy.copy(B()))


class Fl(float):
    def __repr__(self):
        return f'Fl({float(self)})'


print(copy.deepcopy([Fl(1.5)]), copy.copy(complex(1, 2)))
print(copy.copy((1.5).__add__)(1), copy.copy(str.join) is str.join, copy.copy(int.__add__) is int.__add__)


class WithSlotsAndGetstate:
    __slots__ = ('x',)

    def __getstate__(self):
        return {'x': self.x + 1}

    def __setstate__(self, state):
        self.x = state['x'] * 10


w = WithSlotsAndGetstate()
w.x = 1
print(copy.copy(w).x, copy.deepcopy(w).x)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __init__(self, result):
        self.result = result

    def __getnewargs_ex__(self):
        return self.result


for obj in [BadNewArgs(), BadNewArgsEx([1]), BadNewArgsEx((1, 2, 3)), BadNewArgsEx(([], {})),
            BadNewArgsEx(((), []))]:
    try:
        copy.copy(obj)
    except Exception as e:
        print(type(e).__name__, e)
