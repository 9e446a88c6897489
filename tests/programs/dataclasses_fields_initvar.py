# field() options, default_factory, InitVar, __post_init__, metadata, Field repr
from dataclasses import dataclass, field, fields, InitVar, MISSING, Field

counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    ident: int = field(default_factory=next_id)
    secret: str = field(default='s', repr=False)
    cached: int = field(init=False, default=0)
    made: list = field(init=False, default_factory=list)
    weight: float = field(default=1.0, compare=False, metadata={'unit': 'kg'})


a, b = Item('a'), Item('b', 10)
print(a, b, a.secret, a.cached, a.made)
print(Item('x', 1, 'p') == Item('x', 1, 'p', 99.0), Item.__doc__)
print(Item.cached, hasattr(Item, 'made'), hasattr(Item, 'ident'), Item.secret)
try:
    Item('a', 1, 's', 2.0, 3)
except TypeError as e:
    print(type(e).__name__, e)
for f in fields(Item):
    print(f.name, f.type.__name__, f.default is MISSING, f.default_factory is MISSING,
          f.init, f.repr, f.hash, f.compare, dict(f.metadata.items()), f.kw_only)
w = fields(Item)[-1]
print(type(w.metadata).__name__, w.metadata['unit'], type(fields(Item)[0].metadata).__name__)
try:
    w.metadata['unit'] = 'g'
except TypeError as e:
    print(type(e).__name__, e)
print(repr(fields(Item)[2]).replace(repr(MISSING), 'MISSING'))
print(repr(field()).replace(repr(MISSING), 'MISSING'))
print(Field, Field[int], isinstance(w, Field))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    log: InitVar[list] = None
    result: float = field(init=False)

    def __post_init__(self, factor, log):
        self.result = self.value * factor
        if log is not None:
            log.append(self.result)


log = []
s = Scaled(3.0, 4.0, log)
print(s, log, Scaled(1.5), [f.name for f in fields(Scaled)])
print(Scaled.__init__.__annotations__['factor'], Scaled.__dataclass_fields__['factor']._field_type)
print(Scaled.factor, Scaled.__match_args__, Scaled.__doc__)
print(InitVar[int], InitVar[list[int]], InitVar('x').type, type(InitVar[int]).__name__)


@dataclass
class Post:
    a: int
    def __post_init__(self):
        print('post_init', self.a)
        self.a *= 2
print(Post(21))


class Base:
    def __post_init__(self):
        print('inherited post_init', type(self).__name__)


@dataclass
class Child(Base):
    z: int = 0
print(Child())


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        return 'from-desc' if obj is None else obj.__dict__.get('_d', 'unset')
    def __set__(self, obj, value):
        obj.__dict__['_d'] = value
    def __repr__(self):
        return 'Desc()'


@dataclass
class WithDesc:
    d: str = field(default=Desc())
print(WithDesc(), WithDesc('set'), WithDesc.d)
print(WithDesc.__dataclass_fields__['d'].default, WithDesc.__doc__)
