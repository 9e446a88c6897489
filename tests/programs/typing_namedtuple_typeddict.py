# typing.NamedTuple and typing.TypedDict: class syntax, functional syntax, errors.
from typing import (NamedTuple, TypedDict, Generic, TypeVar, List, Optional, Required,
                    NotRequired, Annotated, ClassVar, is_typeddict, get_type_hints)

T = TypeVar('T')


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = 'p'

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self):
        return Point(self.y, self.x, self.label)

    @classmethod
    def origin(cls):
        return cls(0, 0, 'o')


p = Point(3, -4)
print(p, p.norm1(), p.flipped, Point.origin(), p.x, p[1], len(p), tuple(p))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(Point.__name__, Point.__module__, [c.__name__ for c in Point.__mro__], isinstance(p, tuple))
print(p._replace(label='q'), p._asdict(), Point._make([1, 2, 'm']), p == (3, -4, 'p'))
print(Point(y=1, x=2), hash(Point(1)) == hash((1, 0, 'p')), Point.__new__.__annotations__)
show('Point()', lambda: Point())
show('Point(1, 2, 3, 4)', lambda: Point(1, 2, 3, 4))
show('p.x = 5', lambda: setattr(p, 'x', 5))


class Named(Point):
    def describe(self):
        return f'{self.label}@{self.x},{self.y}'


print(Named(1, 2).describe(), Named(1, 2), [c.__name__ for c in Named.__mro__])

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 7)
print(e, Employee.__annotations__, Employee._fields, Employee.__module__, Employee.__orig_bases__[0] is NamedTuple)
Kw = NamedTuple('Kw', a=int, b=str)
print(Kw(1, 'x'), Kw.__annotations__, NamedTuple('Empty')())
show('fields and keywords', lambda: NamedTuple('X', [('a', int)], b=str))
show('bad annotation', lambda: NamedTuple('X', [('a', 3)]))

for label, body in [('default order', 'x: int = 0\n    y: int'),
                    ('two defaults', 'x: int = 0\n    y: int = 1\n    z: int'),
                    ('underscore', '_x: int'),
                    ('overwrite', 'x: int\n    def _asdict(self): pass'),
                    ('other base', 'x: int')]:
    bases = '(NamedTuple, dict)' if label == 'other base' else '(NamedTuple)'
    try:
        exec(f'class Bad{bases}:\n    {body}\n', globals())
    except Exception as ex:
        print(label, type(ex).__name__, ex)


class GPair(NamedTuple, Generic[T]):
    first: T
    second: T


print(GPair(1, 2), GPair[int], GPair.__parameters__, GPair[int](3, 4), [c.__name__ for c in GPair.__mro__])


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    year: NotRequired[int]


class Rated(Movie, total=False):
    rating: float
    source: Required[str]
    note: Annotated[NotRequired[str], 'free text']


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, Movie(), Movie({'title': 'x'}, year=1), m == {'title': 'Blade Runner', 'year': 1982})
print(Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(PartialMovie.__annotations__, PartialMovie.__total__, sorted(PartialMovie.__required_keys__),
      sorted(PartialMovie.__optional_keys__))
print(Rated.__annotations__)
print(Rated.__total__, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print([c.__name__ for c in Movie.__mro__], Rated.__bases__, Movie.__module__, type(Movie).__name__)
print(is_typeddict(Movie), is_typeddict(Rated), is_typeddict(dict), is_typeddict(TypedDict), is_typeddict(m))
print(get_type_hints(Rated), get_type_hints(Rated, include_extras=True)['note'])
show('isinstance(m, Movie)', lambda: isinstance(m, Movie))
show('issubclass(dict, Movie)', lambda: issubclass(dict, Movie))

Functional = TypedDict('Functional', {'a': int, 'b': List[str], 'c': 'Movie'})
Loose = TypedDict('Loose', {'a': int}, total=False)
print(Functional(a=1, b=[]), Functional.__annotations__, Functional.__module__)
print(sorted(Functional.__required_keys__), Loose.__total__, sorted(Loose.__optional_keys__))
print(Functional.__orig_bases__[0] is TypedDict, TypedDict('Nothing')())
show('dict and keywords', lambda: TypedDict('X', {'a': int}, b=str))

try:
    class Mixed(TypedDict, dict):
        a: int
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class WithClassVar(TypedDict):
        a: ClassVar[int]
except TypeError as ex:
    print(type(ex).__name__, ex)


class GenericTD(TypedDict, Generic[T]):
    value: T
    values: List[T]


print(GenericTD[int], GenericTD.__parameters__, GenericTD(value=1, values=[]), GenericTD.__bases__)
print(Optional[Movie], Movie | None, Point | None)
