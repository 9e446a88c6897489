# `from __future__ import annotations`: string annotations, InitVar/KW_ONLY/ClassVar found
# by name, __match_args__ with the match statement
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY

try:
    from typing import ClassVar
except ImportError:  # pyrs has no typing module yet: an object named ClassVar stands in
    class ClassVar:
        def __class_getitem__(cls, item):
            return cls


@dataclass
class S:
    a: int
    b: list[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    mod_scale: dataclasses.InitVar[int] = 2
    _: KW_ONLY
    k: 'quoted' = None

    def __post_init__(self, scale, mod_scale):
        S.count += 1
        self.a = self.a * scale * mod_scale


s = S(2, ['x'], 3.0, k=1)
print(s, S.count, S.__doc__)
print([(f.name, f.type) for f in fields(S)])
print({n: f._field_type for n, f in S.__dataclass_fields__.items()})
print(S.__init__.__annotations__)
print(S.__match_args__, S.count)


@dataclass(frozen=True)
class Shape:
    kind: str
    size: int = 1
    tag: str = field(default='t', init=False)


def describe(obj):
    match obj:
        case Shape('circle', r):
            return f'circle r={r}'
        case Shape(kind, size=3):
            return f'{kind} of size 3'
        case Shape(tag='t'):
            return 'shape with tag t'
        case S(a, b):
            return f'S {a} {b}'
    return 'unknown'


for obj in (Shape('circle', 5), Shape('square', 3), Shape('line'), s, 3):
    print(describe(obj))
print(Shape.__match_args__)


@dataclass
class CV:
    x: int
    y: ClassVar = 5
    z: 'ClassVar[str]' = 'z'
print(CV(1), [f.name for f in fields(CV)], CV.y, CV.z, CV.__doc__)
try:
    @dataclass
    class BadCV:
        y: ClassVar[int] = field(default_factory=int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadCV2:
        y: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mut:
    cache: ClassVar[list] = []
print(Mut(), Mut.cache)
