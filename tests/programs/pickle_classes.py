# pickle: instances of user classes, reduce protocols, state and globals by name.
import pickle
import copyreg


class Plain:
    pass


class WithAttrs:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class Mixed(WithAttrs):
    __slots__ = ('s',)


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        return 'm'


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, state):
        self.v = state['v'] + 1


class Args:
    def __new__(cls, *args):
        self = object.__new__(cls)
        self.args = args
        return self

    def __getnewargs__(self):
        return self.args


class KwArgs:
    def __new__(cls, a, *, key=None):
        self = object.__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'key': self.key}


class Reducer:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reducer, (self.n,), None, None, None)


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx, (), {'proto': proto})


class WithItems:
    def __init__(self):
        self.items = []

    def __reduce__(self):
        return (WithItems, (), None, iter([1, 2]), iter([('k', 'v')]))

    def append(self, x):
        self.items.append(('a', x))

    def extend(self, xs):
        self.items.append(('e', list(xs)))

    def __setitem__(self, k, v):
        self.items.append(('s', k, v))


def set_state(obj, state):
    obj.from_setter = state


class Setter:
    def __reduce__(self):
        return (Setter, (), 'st', None, None, set_state)


def top_function():
    return 42


def dump_all(label, obj, protocols=range(6)):
    for p in protocols:
        try:
            data = pickle.dumps(obj, protocol=p)
        except Exception as e:
            print(label, p, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(label, p, data)
        yield p, back


for p, b in dump_all('plain', Plain()):
    print('  ', type(b).__name__, b.__dict__)
for p, b in dump_all('attrs', WithAttrs(1, [2])):
    print('  ', b.__dict__)
for p, b in dump_all('slots', Slotted()):
    print('  ', b.x, hasattr(b, 'y'))
m = Mixed(1, 2)
m.s = 'slot'
for p, b in dump_all('mixed', m, (2, 4)):
    print('  ', b.__dict__, b.s)
for cls in (Outer, Outer.Inner, Outer.Inner.Deepest, Outer.method, top_function):
    for p, b in dump_all(cls.__qualname__, cls):
        print('  ', b is cls)
for obj in (MyList([1, 2]), MyDict(a=1), MyInt(7), MyStr('s'), MyTuple((1, 2))):
    for p, b in dump_all(type(obj).__name__, obj):
        print('  ', type(b).__name__, b)
for p, b in dump_all('state', State(5)):
    print('  ', b.v)
for p, b in dump_all('args', Args(1, 'two')):
    print('  ', b.args)
for p, b in dump_all('kwargs', KwArgs(3, key='k'), (4, 5)):
    print('  ', b.a, b.key)
for p, b in dump_all('reducer', Reducer(9)):
    print('  ', b.n)
for p, b in dump_all('reduce_ex', ReduceEx()):
    print('  ', b.__dict__)
for p, b in dump_all('items', WithItems()):
    print('  ', b.items)
for p, b in dump_all('setter', Setter()):
    print('  ', b.from_setter)
shared = WithAttrs(0, 0)
for p, b in dump_all('shared inst', [shared, shared]):
    print('  ', b[0] is b[1])
cyc = WithAttrs(None, None)
cyc.a = cyc
for p, b in dump_all('cyclic inst', cyc):
    print('  ', b.a is b)
for p, b in dump_all('object', object()):
    print('  ', type(b).__name__)
for p, b in dump_all('exception', ValueError('bad', 3)):
    print('  ', repr(b))
e = KeyError('k')
e.note = 'extra'
for p, b in dump_all('exc dict', e, (2, 4)):
    print('  ', repr(b), b.note)

copyreg.add_extension(__name__, 'Plain', 200)
copyreg.add_extension(__name__, 'WithAttrs', 40000)
copyreg.add_extension(__name__, 'Outer', 70000)
for obj in (Plain, WithAttrs, Outer, [Plain, Plain]):
    for p, b in dump_all('ext', obj):
        print('  ', b)
copyreg.remove_extension(__name__, 'Plain', 200)
copyreg.remove_extension(__name__, 'WithAttrs', 40000)
copyreg.remove_extension(__name__, 'Outer', 70000)
