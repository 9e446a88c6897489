# copy.copy: dispatch of built-in types, __copy__, __reduce_ex__/__reduce__, copyreg,
# state through __getstate__/__setstate__, slots, list/dict subclasses, errors.
import copy
import copyreg


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
for obj in [None, 1, 2.5, 1j, 'str', b'by', (1, [2]), frozenset({1}), range(3), slice(1, 2),
            len, show, int, Ellipsis, NotImplemented, True, property()]:
    print(type(obj).__name__, copy.copy(obj) is obj)
for obj in [[1, [2]], {'a': [1]}, {1, 2}, bytearray(b'xy')]:
    c = copy.copy(obj)
    print(type(obj).__name__, c == obj, c is obj)
lst = [[1], [2]]
c = copy.copy(lst)
print('shares items', c[0] is lst[0])
empty = ()
print('empty tuple', copy.copy(empty) is empty)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]


p = Plain(3)
q = copy.copy(p)
print('plain', type(q).__name__, q.v, q.items is p.items, q is p, vars(q))


class WithCopy:
    def __copy__(self):
        return 'custom copy'


print('__copy__', copy.copy(WithCopy()))


class Slots:
    __slots__ = ('a', 'b', '__c')

    def __init__(self):
        self.a = 1
        self.__c = 3


s = copy.copy(Slots())
print('slots', s.a, hasattr(s, 'b'), s._Slots__c)


class Both(Slots):
    def __init__(self):
        super().__init__()
        self.extra = 'e'


b = copy.copy(Both())
print('slots+dict', b.a, b.extra, b._Slots__c)


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        print('  getstate')
        return {'x': self.x * 10}

    def __setstate__(self, st):
        print('  setstate', st)
        self.__dict__.update(st)


print('state', copy.copy(State()).x)


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


n = copy.copy(NewArgs(7, 'seven'))
print('newargs', n, n.tag, type(n).__name__)


class KwNew:
    def __new__(cls, *, name):
        self = object.__new__(cls)
        self.name = name
        return self

    def __getnewargs_ex__(self):
        return ((), {'name': self.name})


print('newargs_ex', copy.copy(KwNew(name='k')).name)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, 2])
ml.attr = 'a'
c = copy.copy(ml)
print('list sub', type(c).__name__, c, c.attr)
md = MyDict(a=1)
md.attr = 'd'
c = copy.copy(md)
print('dict sub', type(c).__name__, c, c.attr)


class MySet(set):
    pass


c = copy.copy(MySet([3]))
print('set sub', type(c).__name__, sorted(c))


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a + 1,))


print('reduce', copy.copy(Reduced(1)).a)


class StrReduce:
    def __reduce__(self):
        return 'global_name'


o = StrReduce()
print('str reduce', copy.copy(o) is o)


class Registered:
    pass


copyreg.pickle(Registered, lambda r: (str, ('from copyreg',)))
print('copyreg', copy.copy(Registered()))
show('bad reduce', lambda: copy.copy(type('R', (), {'__reduce_ex__': lambda self, p: (1,)})()))
show('none reduce', lambda: copy.copy(type('N', (), {'__reduce_ex__': None, '__reduce__': None})()))
e = ValueError('bad', 2)
e.note = 'n'
c = copy.copy(e)
print('exception', type(c).__name__, c.args, c.note, c is e)
show('generator', lambda: copy.copy(x for x in []))
show('dict keys', lambda: copy.copy({}.keys()))
m = [].append
print('bound method', copy.copy(Plain(1).__init__).__func__ is Plain.__init__)
