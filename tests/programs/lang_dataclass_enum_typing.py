import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
from typing import Optional, Union, List, Dict, ClassVar, Generic, TypeVar, Literal, Any, get_type_hints, get_origin, get_args, Protocol, runtime_checkable, NamedTuple, TypedDict, Callable
import copy, json, pickle

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Status(StrEnum):
    OPEN = auto()
    CLOSED = auto()
    IN_PROGRESS = "in-progress"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

@dataclass(order=True)
class Task:
    priority: Priority
    title: str = field(compare=False)
    status: Status = field(default=Status.OPEN, compare=False)
    tags: list[str] = field(default_factory=list, compare=False, repr=False)
    _: KW_ONLY
    owner: Optional[str] = field(default=None, compare=False)
    counter: ClassVar[int] = 0
    def __post_init__(self):
        Task.counter += 1
        self.title = self.title.strip()

@dataclass(frozen=True, slots=True)
class Coord:
    lat: float
    lon: float
    def __str__(self):
        return f"({self.lat:.2f}, {self.lon:.2f})"

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale

@dataclass(eq=False)
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool = False

@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
    x: int = 5

T = TypeVar("T")
@dataclass
class Box(Generic[T]):
    item: T
    def get(self) -> T:
        return self.item

tasks = [Task(Priority.HIGH, " write ", tags=["a"]), Task(Priority.LOW, "read", Status.CLOSED, owner="me"), Task(Priority.MEDIUM, "x", Status.IN_PROGRESS)]
show("tasks", lambda: tasks)
show("sorted", lambda: [t.title for t in sorted(tasks)])
show("max", lambda: max(tasks).title)
show("counter", lambda: Task.counter)
show("asdict", lambda: asdict(tasks[0]))
show("astuple", lambda: astuple(tasks[1]))
show("json", lambda: json.dumps(asdict(tasks[2])))
show("replace", lambda: replace(tasks[0], title="new", priority=Priority.LOW))
show("fields", lambda: [(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type)), f.kw_only) for f in fields(Task)])
show("eq", lambda: (Task(Priority.LOW, "a") == Task(Priority.LOW, "b"), Task(Priority.LOW, "a") < Task(Priority.HIGH, "a")))
show("kwonly err", lambda: Task(Priority.LOW, "a", Status.OPEN, [], "me"))
c = Coord(1.23456, 2.5)
show("coord", lambda: (c, str(c), hash(c) == hash(Coord(1.23456, 2.5)), {c: 1}[Coord(1.23456, 2.5)]))
show("frozen set", lambda: setattr(c, "lat", 0))
show("slots", lambda: (Coord.__slots__, hasattr(c, "__dict__")))
show("coord copy", lambda: (copy.copy(c), copy.deepcopy(c), pickle.loads(pickle.dumps(c))))
show("initvar", lambda: (WithInit(3, 4), WithInit(2)))
show("initvar fields", lambda: [f.name for f in fields(WithInit)])
show("node eq", lambda: (Node(1) == Node(1), Node(1, [Node(2)])))
show("config", lambda: (Config(port=1), Config(1) if False else None))
show("config pos", lambda: Config("h"))
show("derived", lambda: (Derived(), Derived(1, 2), [f.name for f in fields(Derived)]))
show("box", lambda: (Box(3).get(), Box[int](4), Box.__parameters__))
show("is dc", lambda: (dataclasses.is_dataclass(Task), dataclasses.is_dataclass(tasks[0]), dataclasses.is_dataclass(Task.__init__)))
def mutable_default():
    @dataclass
    class Bad:
        x: list = []
show("mutable default", mutable_default)
def order_default():
    @dataclass
    class Bad:
        x: int = 1
        y: int
show("non-default after default", order_default)
show("make_dataclass", lambda: dataclasses.make_dataclass("P", [("a", int), ("b", str, field(default="z"))])(1))
show("dc repr recursive", lambda: (lambda n: (n.children.append(n), repr(n))[1])(Node(0)))

show("priority", lambda: (Priority.HIGH, Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority(2), Priority["LOW"], int(Priority.MEDIUM), f"{Priority.HIGH}", str(Priority.HIGH), format(Priority.HIGH, "03d")))
show("status", lambda: (Status.OPEN, str(Status.OPEN), f"{Status.IN_PROGRESS}", Status.OPEN == "open", Status("closed"), Status.OPEN.upper(), list(Status)))
show("perm", lambda: (Perm.R | Perm.W, Perm.RW, Perm.R in Perm.RW, ~Perm.R, Perm(0), list(Perm), list(Perm.RW), Perm.RW.name, (Perm.R | Perm.X).name, bool(Perm(0)), len(Perm.RW)))
show("perm str", lambda: (str(Perm.R | Perm.X), repr(Perm.R | Perm.X), f"{Perm.W}"))
show("intflag", lambda: (lambda F: (F.A | F.B, F.A | 8, repr(F(12)), str(F.A | F.B), F.A + 1))(IntFlag("F", ["A", "B", "C"])))
show("planet", lambda: (Planet.EARTH.gravity, Planet.EARTH.value, Planet.MERCURY.mass, Planet((3.303e+23, 2.4397e6))))
show("shape", lambda: (Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), Shape.__members__.keys().__len__(), Shape("circle"), Shape.SQUARE.name))
show("shape missing", lambda: Shape(9))
show("enum bad key", lambda: Priority["NONE"])
show("enum bad val", lambda: Priority(9))
show("enum json", lambda: json.dumps({"p": Priority.HIGH, "s": Status.OPEN}))
show("enum sort", lambda: sorted([Priority.HIGH, Priority.LOW, 2]))
show("enum hash", lambda: ({Priority.LOW: 1}[1], {Status.OPEN: "o"}["open"]))
show("enum copy", lambda: (copy.copy(Shape.SQUARE) is Shape.SQUARE, pickle.loads(pickle.dumps(Priority.LOW)) is Priority.LOW, copy.deepcopy(Perm.RW)))
show("enum attrs", lambda: (Shape.SQUARE.__class__.__name__, type(Shape).__name__, isinstance(Priority.LOW, int), Shape.SQUARE in Shape, 2 in Shape if True else None))
def unique_fail():
    @unique
    class U(Enum):
        A = 1
        B = 1
show("unique", unique_fail)
def extend_fail():
    class E2(Priority):
        EXTRA = 9
show("extend", extend_fail)
show("functional", lambda: (list(Enum("Animal", "ANT BEE CAT")), Enum("Animal", "ANT BEE").BEE.value))
def reassign():
    Priority.LOW = 5
show("reassign", reassign)
class Weekday(Enum):
    MON = 1
    TUE = 2
    def is_start(self):
        return self is Weekday.MON
    @classmethod
    def first(cls):
        return min(cls, key=lambda d: d.value)
    def __str__(self):
        return self.name.title()
show("weekday", lambda: (Weekday.first(), str(Weekday.TUE), f"{Weekday.MON}", Weekday.MON.is_start(), f"{Weekday.MON!r}"))
show("enum dir", lambda: [n for n in dir(Weekday.MON) if not n.startswith("__")])

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
show("namedtuple", lambda: (Pt(1), Pt(1, 2).norm(), Pt._fields, Pt._field_defaults, Pt(3, 4)._asdict(), Pt(1)._replace(y=9), Pt._make([5, 6])))
class Movie(TypedDict, total=False):
    title: str
    year: int
show("typeddict", lambda: (Movie(title="x"), Movie.__required_keys__, sorted(Movie.__optional_keys__), type(Movie(title="x")).__name__))

def func(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
show("annotations", lambda: {k: str(v) for k, v in func.__annotations__.items()})
show("hints", lambda: {k: str(v) for k, v in get_type_hints(func).items()})
show("origin args", lambda: (get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Literal["a", "b"]), get_origin(list[int]), get_args(Callable[[int], str])))
show("union repr", lambda: (repr(Union[int, str]), repr(Optional[str]), repr(int | None), repr(List[Dict[str, int]]), repr(list[int]), repr(Literal[1])))
show("union eq", lambda: (Union[int, str] == Union[str, int], int | str == Union[int, str], Union[int, int], isinstance(3, int | str)))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
show("protocol", lambda: (isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable)))
show("typevar", lambda: (repr(T), T.__name__, repr(TypeVar("N", int, float)), repr(TypeVar("B", bound=int))))
def generic_fn(x: T) -> list[T]:
    return [x]
show("generic list", lambda: repr(list[T][int]) if False else repr(dict[str, list[int]]))
