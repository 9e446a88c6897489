# errors raised while building a dataclass and when calling its __init__
from dataclasses import dataclass, field, InitVar, fields


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls)
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


def build(annotations, namespace=None, **params):
    ns = dict(namespace or {})
    ns['__annotations__'] = annotations
    return lambda: dataclass(**params)(type('T', (), ns))


attempt('order', build({'a': int, 'b': int}, {'a': 1}))
attempt('order-factory', build({'a': int, 'b': int}, {'a': field(default_factory=int)}))
attempt('order-noinit', build({'a': int, 'b': int, 'c': int},
                              {'a': 1, 'b': field(init=False)}))
attempt('order-kw', build({'a': int, 'b': int}, {'a': field(default=1, kw_only=False),
                                                 'b': field(kw_only=True)}))
for default in ([], {}, set(), bytearray()):
    attempt('mutable', build({'x': list}, {'x': default}))


class Unhashable:
    __hash__ = None


class HashableList(list):
    def __hash__(self):
        return 0


attempt('custom-unhashable', build({'x': object}, {'x': Unhashable()}))
attempt('hashable-list', build({'x': list}, {'x': HashableList()}))
attempt('both', lambda: field(default=1, default_factory=list))
attempt('no-annotation', build({}, {'x': field(default=1)}))
attempt('initvar-factory', build({'x': InitVar[list]}, {'x': field(default_factory=list)}))
attempt('weakref', build({'x': int}, weakref_slot=True))
attempt('order-eq', build({'x': int}, order=True, eq=False))
attempt('field-pos', lambda: field(1))
attempt('dataclass-pos', lambda: dataclass(int, True))
attempt('dataclass-kw', lambda: dataclass(bogus=True))


@dataclass
class C:
    a: int
    b: str = 'b'
    _: int = field(kw_only=True, default=0)
    k: int = field(kw_only=True, default=0)


for args, kwargs in [((), {}), ((1, 'x', 3), {}), ((1,), {'a': 2}), ((1,), {'zz': 0}),
                     ((), {'b': 'q'}), ((1,), {'k': 2, '_': 3})]:
    try:
        print(C(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    fields(C(1))[0].name = 'changed'
    print('Field attributes can be set', fields(C)[0].name)
    fields(C)[0].name = 'a'
    fields(C)[0].nope = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Post:
    a: int
    def __post_init__(self, extra):
        pass


try:
    Post(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Post.__init__.__defaults__, C.__init__.__kwdefaults__)
