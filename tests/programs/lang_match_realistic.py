from dataclasses import dataclass, field
from enum import Enum, auto
from typing import NamedTuple

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: Point
    end: Point
    color: Color = Color.RED

class Vec(NamedTuple):
    dx: float
    dy: float

class Custom:
    __match_args__ = ("kind", "payload")
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

def classify(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str() as s:
            return f"string {s!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Line(Point(x1, y1), Point(x2, y2), color=Color.BLUE):
            return f"blue line {x1},{y1}->{x2},{y2}"
        case Line(start=Point(x=sx), color=c):
            return f"line from x={sx} color {c.name}"
        case Vec(dx, dy=0):
            return f"horizontal vec {dx}"
        case Vec(_, _) as v:
            return f"vec {v}"
        case Custom("err", {"code": code, **rest}):
            return f"error {code} rest={rest}"
        case Custom(kind, payload=[first, *others]):
            return f"custom {kind} first={first} others={others}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 rest={rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [*_, last] if isinstance(last, str):
            return f"ends with str {last}"
        case {"type": "user", "name": str(name), **kw} if not kw:
            return f"bare user {name}"
        case {"type": "user", "name": name, "tags": [*tags]}:
            return f"user {name} tags={tags}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case Color.RED | Color.GREEN:
            return "warm-ish color"
        case Color():
            return "other color"
        case bytes(b) if len(b) > 2:
            return f"long bytes {b!r}"
        case set() | frozenset():
            return "a set"
        case _:
            return f"unknown {type(obj).__name__}"

samples = [
    None, True, False, 0, 0.0, -5, 7, 2.5, "", "123", "abc", Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2),
    Line(Point(1, 2), Point(3, 4), Color.BLUE), Line(Point(9, 2), Point(3, 4)), Vec(1.0, 0), Vec(1, 2),
    Custom("err", {"code": 500, "msg": "x"}), Custom("ok", [1, 2, 3]), Custom("ok", "nolist"),
    [], [9], [1, 2, 3, 4], (1, 2, 3), [5, 6, "end"], (7, 8), {"type": "user", "name": "ann"},
    {"type": "user", "name": "bo", "tags": ("a", "b")}, {"type": "user", "name": 3, "extra": 1},
    {"type": "x"}, {"k": 1}, Color.RED, Color.BLUE, b"abcd", b"a", {1}, frozenset(), "a b".split(),
    range(3), iter([]), 1+2j, bytearray(b"xyz"),
]
for s in samples:
    show(repr(s)[:30] if " at 0x" not in repr(s) else type(s).__name__, lambda: classify(s))

# match on strings not sequences, dict subclass, value patterns with dotted names
class Cmd:
    QUIT = "quit"
    HELP = "help"
def command(line):
    match line.split():
        case [Cmd.QUIT]:
            return "bye"
        case [Cmd.HELP, topic]:
            return f"help on {topic}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["drop", *objs] if objs:
            return f"dropping {', '.join(objs)}"
        case ["say", *words]:
            return " ".join(words) or "(silence)"
        case _:
            return "?"
for line in ["quit", "help me", "go north", "go up", "drop a b", "drop", "say", "say hi there", ""]:
    show(line, lambda: command(line))

def match_errors():
    class NoArgs:
        pass
    match NoArgs():
        case NoArgs(1):
            return "matched"
show("no match_args", match_errors)
def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "x"
show("too many positional", too_many)
def not_a_class():
    x = 5
    match 3:
        case x.real():
            pass
show("not a class", not_a_class)
def dup_kw():
    match Point(1, 2):
        case Point(1, x=1):
            return 1
    return "nomatch"
show("dup kw", dup_kw)
def guard_side_effect():
    log = []
    for v in [1, 2, 3]:
        match v:
            case n if log.append(n) or n > 2:
                log.append("hit")
    return log
show("guard effects", guard_side_effect)
def capture_leaks():
    match [1, [2, 3]]:
        case [a, [b, c]] if a > 5:
            pass
        case _:
            pass
    return (a, b, c)
show("capture leaks", capture_leaks)
from collections import OrderedDict, defaultdict
def mapping_sub():
    dd = defaultdict(int, {"a": 1})
    match dd:
        case {"b": _}:
            return "has b"
        case {"a": v}:
            return f"a={v} keys={sorted(dd)}"
show("defaultdict match", mapping_sub)
def match_str_subclass():
    class S(str): pass
    match S("hi"):
        case str(x):
            return type(x).__name__
show("str sub", match_str_subclass)
def match_bool_int():
    out = []
    for v in [1, True, 1.0, False, 0]:
        match v:
            case True: out.append("T")
            case 1: out.append("one")
            case False: out.append("F")
            case _: out.append("other")
    return out
show("bool vs int", match_bool_int)
