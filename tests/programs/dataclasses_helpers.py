# asdict, astuple, replace, make_dataclass, fields, is_dataclass
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         make_dataclass, is_dataclass, InitVar)


class Pt(tuple):
    # a namedtuple without the collections module: asdict/astuple see `_fields`
    _fields = ('x', 'y')
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return f'Pt(x={self[0]!r}, y={self[1]!r})'


class DefDict(dict):
    # like defaultdict: built as DefDict(default_factory)
    default_factory = None
    def __init__(self, default_factory, *args):
        super().__init__(*args)
        self.default_factory = default_factory
    def __repr__(self):
        return f'DefDict({self.default_factory.__name__}, {dict.__repr__(self)})'


class ODict(dict):
    def __repr__(self):
        return f'ODict({dict.__repr__(self)})'


@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple = (1, 2)


inner = Inner(1, [Inner(2)])
o = Outer('o', inner, [Inner(3), (Inner(4),)], {'k': Inner(5), Inner(6).a: [7]}, Pt(Inner(8), 9))
d = asdict(o)
print(d)
print(type(d['pair']).__name__, d['inner']['b'] is not inner.b, d['items'][1])
print(astuple(o))
print(asdict(o, dict_factory=ODict)['inner'])
print(astuple(inner, tuple_factory=list))
dd = DefDict(list, {'z': [Inner(0)]})
print(asdict(Outer('d', inner, [], dd))['mapping'], astuple(Outer('d', inner, [], dd))[3])
for bad in (Inner, 3):
    for fn in (asdict, astuple):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)

r = replace(inner, a=10)
print(r, r.b is inner.b, replace(o, name='new').name)


@dataclass
class R:
    x: int
    scale: InitVar[int]
    y: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.y = self.x * scale


rr = R(2, 3)
print(rr, replace(rr, scale=5), replace(rr, x=1, scale=1))
for kwargs in ({'y': 3, 'scale': 1}, {'x': 1}, {'x': 1, 'scale': 1, 'nope': 2}):
    try:
        print(replace(rr, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    replace(3, x=1)
except TypeError as e:
    print(type(e).__name__, e)

C = make_dataclass('C', ['p', ('q', int), ('r', list, field(default_factory=list))],
                   namespace={'double': lambda self: self.q * 2}, order=True)
c = C('P', 4)
print(c, c.double(), C.__module__, C.__qualname__, C.__doc__, C(1, 1) < C(1, 2))
print([(f.name, f.type) for f in fields(C)], fields(c) == fields(C), is_dataclass(C))
D = make_dataclass('D', [('z', float, 0.5)], bases=(C,), frozen=False, module='mymod')
print(D(1, 2), D.__module__, D.__doc__, issubclass(D, C))
E = make_dataclass('E', [], slots=True, frozen=True)
print(E(), E.__slots__)
for spec in (['a', 'a'], ['class'], ['1x'], [3], [('a', int, None, 1)], ['a', ('b', int, 1), 'c']):
    try:
        make_dataclass('Bad', spec)
        print('no error', spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
print(len(fields(R)), fields(Inner)[1].default_factory)
