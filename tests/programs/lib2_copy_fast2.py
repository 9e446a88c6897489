# copy.deepcopy / copy.copy: the plain-instance reduction done without __reduce_ex__, the
# tuple scan that keeps unchanged tuples, the memo checked before each item, and every
# case where these must give way to the general path.
import copy
import copyreg
from dataclasses import dataclass, field


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


def kinds(memo):
    """The keep-alive list of a memo, by type names."""
    return [type(v).__name__ for v in memo.get(id(memo), [])]


# ---------------------------------------------------------------- plain instances
@dataclass
class A:
    string: str
    lst: list
    boolean: bool
    extra: dict = field(default_factory=dict)


dc = A('hello', [1, 2, 3], True, {'k': (1, [2])})
for rep in range(3):
    c = copy.deepcopy(dc)
    print(rep, c, c == dc, c is dc, c.lst is dc.lst, c.extra['k'] is dc.extra['k'],
          c.extra['k'][1] is dc.extra['k'][1], type(c).__name__, sorted(vars(c)))
s = copy.copy(dc)
print('shallow', s == dc, s is dc, s.lst is dc.lst, vars(s) is vars(dc))
memo = {}
c = copy.deepcopy(dc, memo)
print('memo', len(memo), memo[id(dc)] is c, kinds(memo))


class Plain:
    pass


class Child(Plain):
    def __init__(self):
        self.me = self
        self.pair = (self, [self])


p = Plain()
show('empty instance', lambda: type(copy.deepcopy(p)).__name__)
show('empty instance shallow', lambda: type(copy.copy(p)).__name__)
ch = Child()
c = copy.deepcopy(ch)
print('child cycle', c.me is c, c.pair[0] is c, c.pair[1][0] is c, c.pair is not ch.pair)
p.x = [p]
c = copy.deepcopy([p, p])
print('shared', c[0] is c[1], c[0].x[0] is c[0], c[0] is not p)

# a prefilled memo for the class itself: (cls,) is copied through it
pm = {id(Plain): Child}
c = copy.deepcopy(p, pm)
print('prefilled class', type(c).__name__, c.x[0] is c, c.x is not p.x)
pm = {id(p): 'P'}
print('prefilled obj', copy.deepcopy([p, (p,)], pm))


# copyreg.__newobj__ replaced: the reduction names the current one
def loud_newobj(cls, *args):
    print('  newobj', cls.__name__, args)
    return cls.__new__(cls, *args)


saved = copyreg.__newobj__
copyreg.__newobj__ = loud_newobj
try:
    c = copy.deepcopy(dc)
    print('patched newobj', c == dc)
    c = copy.copy(p)
    print('patched newobj shallow', c.x is p.x)
finally:
    copyreg.__newobj__ = saved


# ---------------------------------------------------------------- fall-backs of the fast path
class Trace:
    def __init__(self):
        self.v = [1]


def check(label, obj):
    for fn in (copy.deepcopy, copy.copy):
        try:
            c = fn(obj)
            print(label, fn.__name__, type(c).__name__, sorted(vars(c)) if hasattr(c, '__dict__') else '-',
                  getattr(c, 'v', None), getattr(c, 'v', None) is getattr(obj, 'v', None))
        except Exception as e:
            print(label, fn.__name__, 'EXC', type(e).__name__, e)


class GetState(Trace):
    def __getstate__(self):
        print('  getstate')
        return {'v': ['from getstate']}


class SetState(Trace):
    def __setstate__(self, state):
        print('  setstate', sorted(state))
        self.__dict__.update(state, restored=True)


class NewArgs(Trace):
    def __new__(cls, *args):
        print('  new', cls.__name__, args)
        return super().__new__(cls)

    def __getnewargs__(self):
        print('  getnewargs')
        return (1, 2)


class NewArgsEx(Trace):
    def __new__(cls, *args, **kw):
        print('  new', cls.__name__, args, sorted(kw))
        return super().__new__(cls)

    def __getnewargs_ex__(self):
        return ((3,), {'k': 4})


class OwnNew(Trace):
    def __new__(cls):
        print('  own new')
        return super().__new__(cls)


class ReduceEx(Trace):
    def __reduce_ex__(self, proto):
        print('  reduce_ex', proto)
        return (ReduceEx, ())


class Reduce(Trace):
    def __reduce__(self):
        print('  reduce')
        return (Reduce, (), {'v': 'reduced'})


class Attribute(Trace):
    def __getattribute__(self, name):
        # (CPython's object.__reduce_ex__ also asks for __reduce__: not shown)
        if name.startswith('__') and name not in ('__dict__', '__class__', '__reduce__'):
            print('  getattribute', name)
        return object.__getattribute__(self, name)


class Missing(Trace):
    def __getattr__(self, name):
        print('  getattr', name)
        raise AttributeError(name)


class Meta(type):
    def __getattr__(cls, name):
        # (CPython's copyreg also asks for __slots__: not shown)
        if name != '__slots__':
            print('  meta getattr', name)
        raise AttributeError(name)


class WithMeta(Trace, metaclass=Meta):
    pass


class Slotted(Trace):
    __slots__ = ('s',)


class SlotsOnly:
    __slots__ = ('v', 'w')


class ListSub(list):
    pass


class DictSub(dict):
    pass


class IntSub(int):
    pass


class Copier(Trace):
    def __deepcopy__(self, memo):
        print('  deepcopy hook', len(memo))
        return 'hooked'


for label, obj in [('GetState', GetState()), ('SetState', SetState()), ('NewArgs', NewArgs()),
                   ('NewArgsEx', NewArgsEx()), ('OwnNew', OwnNew()), ('ReduceEx', ReduceEx()),
                   ('Reduce', Reduce()), ('Attribute', Attribute()), ('Missing', Missing()),
                   ('WithMeta', WithMeta()), ('Copier', Copier())]:
    check(label, obj)

sl = Slotted()
sl.s = [5]
c = copy.deepcopy(sl)
print('slotted', c.v, c.s, c.s is sl.s, c.v is sl.v)
sl2 = Slotted()
c = copy.deepcopy(sl2)
print('slotted unset', c.v, hasattr(c, 's'))
so = SlotsOnly()
so.v = [1]
c = copy.deepcopy(so)
print('slots only', c.v, c.v is so.v, hasattr(c, 'w'))
ls = ListSub([1, [2]])
ls.tag = 'L'
c = copy.deepcopy(ls)
print('list sub', type(c).__name__, c, c.tag, c[1] is ls[1])
ds = DictSub(a=[1])
ds.tag = 'D'
c = copy.deepcopy(ds)
print('dict sub', type(c).__name__, c, c.tag, c['a'] is ds['a'])
iv = IntSub(7)
iv.tag = 'I'
c = copy.deepcopy(iv)
print('int sub', type(c).__name__, c, c.tag)

# attributes in the instance dict that shadow the reduction
sh = Trace()
sh.__reduce_ex__ = lambda proto: (print('  instance reduce_ex', proto), (Trace, ()))[1]
check('shadow reduce_ex', sh)
sh = Trace()
sh.__getstate__ = lambda: (print('  instance getstate'), {'v': 'inst'})[1]
check('shadow getstate', sh)
sh = Trace()
sh.__deepcopy__ = lambda memo: 'instance hook'
print('shadow deepcopy', copy.deepcopy(sh), copy.deepcopy([sh]))
sh = Trace()
sh.__setstate__ = 'not used: the copy is a fresh instance'
c = copy.deepcopy(sh)
print('instance setstate', sorted(vars(c)))

# class changed after copies were made
class Later(Trace):
    pass


lt = Later()
print('later 1', copy.deepcopy(lt).v)
Later.__getstate__ = lambda self: {'v': 'later getstate'}
print('later 2', copy.deepcopy(lt).v)
del Later.__getstate__
Later.__reduce__ = lambda self: (Later, (), {'v': 'later reduce'})
print('later 3', copy.deepcopy(lt).v)
del Later.__reduce__
Later.__deepcopy__ = lambda self, memo: 'later hook'
print('later 4', copy.deepcopy(lt))
del Later.__deepcopy__
copyreg.pickle(Later, lambda obj: (Later, (), {'v': 'registered'}))
print('later 5', copy.deepcopy(lt).v, copy.copy(lt).v)
del copyreg.dispatch_table[Later]
print('later 6', copy.deepcopy(lt).v)

# errors from objects that cannot be reduced
import types
show('module', lambda: copy.deepcopy(types.ModuleType('m')))
show('generator', lambda: copy.deepcopy((i for i in ())))
show('object()', lambda: type(copy.deepcopy(object())).__name__)


# ---------------------------------------------------------------- tuples
class Swap:
    """Its deep copy is a new object; its shallow copy is itself."""
    def __init__(self, tag): self.tag = tag
    def __deepcopy__(self, memo):
        print('  swap', self.tag)
        return Swap(self.tag + "'")
    def __repr__(self): return 'Swap(%s)' % self.tag


class Same:
    def __init__(self, tag): self.tag = tag
    def __deepcopy__(self, memo):
        print('  same', self.tag)
        return self
    def __repr__(self): return 'Same(%s)' % self.tag


lst = [0]
for t in [(), (1,), (1, 2, 3), (1, 'a', None, 2.5, True, b'x', int, len),
          (lst,), (1, lst), (lst, 1), (1, 2, lst, 3, 4), (lst, lst, 5),
          (Same('a'), 1, Same('b')), (Same('a'), Swap('b'), 1, Same('c'), Swap('d')),
          (Swap('a'),), (1, 2, Swap('z')), ((1, 2), (3, (4, 5))), ((1, [2]), 3),
          (frozenset({1}),), ({1: 2},)]:
    c = copy.deepcopy(t)
    print(repr(t), '->', repr(c), c is t, [a is b for a, b in zip(c, t)])

# memo hits inside tuples change them; prefilled atoms too
m = {id(lst): 'LST'}
print('memo tuple', copy.deepcopy((1, lst, 2, lst), m))
n = 987654321
m = {id(n): 'N'}
print('memo atom', copy.deepcopy((1, n, (n,), [n], {n: n}), m))
t = (1, 2)
m = {id(t): 'T'}
print('memo tuple itself', copy.deepcopy([t, (t, 3)], m))

# a tuple reached again from its own items
cyc = [1]
tc = (cyc, 2, 3)
cyc.append(tc)
c = copy.deepcopy(tc)
print('tuple cycle', c[0][1] is c, c[1:], c is not tc)
d = {}
td = (1, d, 'x')
d['t'] = td
c = copy.deepcopy(td)
print('tuple cycle dict', c[1]['t'] is c, c[0], c[2])


# a hook that fills the memo mid-way: later items see it
class Filler:
    def __deepcopy__(self, memo):
        memo[id(lst)] = 'FILLED'
        print('  filler', len(memo))
        return 'F'


print('filler tuple', copy.deepcopy((lst, Filler(), lst, 1)))
print('filler list', copy.deepcopy([lst, Filler(), lst, (lst,)]))
print('filler dict', copy.deepcopy({'a': lst, 'f': Filler(), 'b': lst}))


# ---------------------------------------------------------------- lists and dicts
inner = [1, 2]
data = {'a': (inner, inner, inner), 'b': [inner] * 5, 'c': {'d': inner}, inner.__class__.__name__: 1}
m = {}
c = copy.deepcopy(data, m)
print('shared list', c['a'][0] is c['a'][1] is c['b'][4] is c['c']['d'], c['a'][0] is not inner, c == data)
print('keep alive', kinds(m), len(m))
key = (1, 2)
sk = Swap('key')
c = copy.deepcopy({key: [key], (1, sk): 'v', sk: sk})
print('dict keys', list(c), [k is key for k in c], c[key][0] is key, list(c)[1][1] is list(c)[2])
print('order', copy.deepcopy({Swap('k1'): Swap('v1'), 'x': [Swap('v2'), Same('v3')]}))
big = [1] * 50 + ['a'] * 50 + [inner] * 3
c = copy.deepcopy(big)
print('big', c == big, c[100] is c[102], c[100] is not inner, c[0] is big[0])
show('deepcopy None memo', lambda: copy.deepcopy([1, (2,)], None))
