# copy.deepcopy: memo, cycles, shared references, __deepcopy__, tuples, reductions, errors.
import copy


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


data = {'a': [1, 2, {'b': (3, [4])}], 'c': 'text'}
d = copy.deepcopy(data)
print('equal', d == data, d is data, d['a'] is data['a'], d['a'][2]['b'][1] is data['a'][2]['b'][1])
print('str kept', d['c'] is data['c'])
t = (1, 'x', (2, 3))
print('atomic tuple', copy.deepcopy(t) is t)
t2 = (1, [2])
c = copy.deepcopy(t2)
print('tuple with list', c == t2, c is t2, c[1] is t2[1])

shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print('shared', c[0] is c[1], c[0] is shared)

cyc = [1]
cyc.append(cyc)
c = copy.deepcopy(cyc)
print('cycle', c[1] is c, c is cyc, repr(c))
dc = {}
dc['self'] = dc
c = copy.deepcopy(dc)
print('dict cycle', c['self'] is c)

# a tuple reached again through a cycle inside it
inner = []
tup = (inner,)
inner.append(tup)
c = copy.deepcopy(tup)
print('tuple cycle', c[0][0] is c, c is tup)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print('memo', memo[id(x)] is y[0], id(memo) in memo, memo[id(memo)][0] is x)
pre = {id(x): 'replacement'}
print('prefilled memo', copy.deepcopy([x], pre))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node('root')
kid = Node('kid')
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print('tree', r2.name, r2.children[0].name, r2.children[0].parent is r2, r2.children[0] is kid)


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print('  __deepcopy__ memo is dict:', type(memo).__name__)
        return Custom(self.v + 100)


print('custom', copy.deepcopy([Custom(1)])[0].v)


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = [1]
c = copy.deepcopy(s)
print('slots', c.a, c.a is s.a, hasattr(c, 'b'))


class StateObj:
    def __init__(self):
        self.data = [1, 2]

    def __getstate__(self):
        return (self.data, 'extra')

    def __setstate__(self, state):
        print('  setstate', state)
        self.data = state[0]


c = copy.deepcopy(StateObj())
print('state', c.data)


class L(list):
    pass


lst = L([[1], [2]])
lst.tag = ['t']
c = copy.deepcopy(lst)
print('list sub', type(c).__name__, c, c[0] is lst[0], c.tag, c.tag is lst.tag)
fs = frozenset([1, 2])
c = copy.deepcopy(fs)
print('frozenset', c == fs, type(c).__name__)
sl = slice(1, [2])
c = copy.deepcopy(sl)
print('slice', c, c.stop is sl.stop)
ba = bytearray(b'ab')
print('bytearray', copy.deepcopy(ba), copy.deepcopy(ba) is ba)
print('set', sorted(copy.deepcopy({1, 2, 3})))


class Meth:
    def __init__(self):
        self.v = [1]

    def get(self):
        return self.v


m = Meth()
bm = copy.deepcopy(m.get)
print('method', bm() == m.v, bm() is m.v, bm.__func__ is Meth.get)
print('class', copy.deepcopy(Meth) is Meth, copy.deepcopy(len) is len)
f = lambda: 1
print('function', copy.deepcopy(f) is f)
err = KeyError('k')
err.extra = [1]
c = copy.deepcopy(err)
print('exception', repr(c), c.extra, c.extra is err.extra)
show('module', lambda: copy.deepcopy([copy]))
show('unreducible', lambda: copy.deepcopy(type('X', (), {'__reduce_ex__': None, '__reduce__': None})()))


class ReduceEx:
    def __reduce_ex__(self, proto):
        print('  proto', proto)
        return (list, ([proto],))


print('reduce_ex', copy.deepcopy(ReduceEx()))


class Items(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self.seen = []


c = copy.deepcopy(Items({'k': [1]}))
print('dict sub', c, type(c).__name__, c.seen)
