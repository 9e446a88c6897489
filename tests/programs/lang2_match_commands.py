# A small command interpreter using every kind of match pattern.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

    def __repr__(self):
        return f"Circle({self.center}, {self.r})"


CONST = 10


class Consts:
    LIMIT = 3
    NAME = "cfg"


def classify(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case Consts.LIMIT:
            return "limit"
        case Color.RED:
            return "red"
        case Color():
            return f"other color {obj.name}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "":
            return "empty string"
        case str() as s if s.startswith("#"):
            return f"comment {s[1:]!r}"
        case str(s):
            return f"string {s}"
        case bytes(b"ab") | bytearray(b"ab"):
            return "ab bytes"
        case []:
            return "empty seq"
        case [x]:
            return f"singleton {x!r}"
        case [int(a), int(b)] if a == b:
            return "pair of equal ints"
        case [first, *_, last] if isinstance(obj, tuple):
            return f"tuple first={first} last={last}"
        case [first, *middle, last]:
            return f"list first={first} middle={middle} last={last}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle dict r={r} rest={rest}"
        case {"type": t}:
            return f"typed dict {t}"
        case {}:
            return "other mapping"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {obj}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > CONST:
            return f"big circle at {cx},{cy}"
        case Circle(center=(cx, cy)):
            return f"circle with tuple center {cx},{cy}"
        case Circle():
            return "circle"
        case _:
            return f"unknown {type(obj).__name__}"


samples = [None, True, False, 0, 0.0, -1, 1 + 2j, 3, Color.RED, Color.GREEN, 500, 7, 2.5,
           "", "#note", "hello", b"ab", bytearray(b"ab"), [], (), [9], "x"[0:0] + "y",
           [4, 4], (1, 2, 3), [1, 2, 3, 4], {"type": "circle", "r": 2, "c": 1},
           {"type": "sq"}, {"a": 1}, Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0),
           Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20),
           Circle((4, 5), 1), Circle(Point(0, 0), 1), {1, 2}, range(2), "ab"]
for s in samples:
    print(f"{s!r:>40} -> {classify(s)}")


def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"can't go {direction}"
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case ["drop", *items, "carefully"]:
            return f"gently dropped {items}"
        case ["say", *words]:
            return " ".join(words).capitalize()
        case [("quit" | "exit")]:
            return "bye"
        case [cmd, *args]:
            return f"unknown command {cmd!r} with {len(args)} args"
        case []:
            return "nothing"


for cmd in ["go north", "go up", "pick up sword shield", "pick up", "drop a b carefully",
            "say hello world", "exit", "dance wildly now", ""]:
    print(f"{cmd!r}: {run(cmd)}")


def nested(event):
    match event:
        case {"kind": "click", "pos": [x, y], "button": ("left" | "right") as btn}:
            return f"{btn} click at {x},{y}"
        case {"kind": "key", "key": str(k), "mods": [*mods]} if "ctrl" in mods:
            return f"ctrl+{k}"
        case {"kind": "key", "key": k}:
            return f"key {k}"
        case {"kind": "batch", "events": [*events]}:
            return [nested(e) for e in events]
        case {"kind": kind, **others} if not others:
            return f"bare {kind}"
        case _:
            return "?"


print(nested({"kind": "click", "pos": (3, 4), "button": "left"}))
print(nested({"kind": "click", "pos": [3, 4, 5], "button": "left"}))
print(nested({"kind": "key", "key": "c", "mods": ["ctrl", "shift"]}))
print(nested({"kind": "key", "key": "c", "mods": ["shift"]}))
print(nested({"kind": "batch", "events": [{"kind": "idle"}, {"kind": "key", "key": 5}, {"kind": "idle", "x": 1}]}))

# match subject evaluated once; binding leaks into scope
calls = []
def subject():
    calls.append(1)
    return (1, (2, 3))

match subject():
    case (a, (b, c)) if a > 5:
        pass
    case (a, (b, c)):
        print("bound", a, b, c, len(calls))

match 42:
    case x:
        print("irrefutable captured", x)

# errors in matching
class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1

try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)

class BadMA:
    __match_args__ = ["a"]
    a = 2

try:
    match BadMA():
        case BadMA(2):
            print("list match args ok")
except TypeError as e:
    print("TypeError", e)
