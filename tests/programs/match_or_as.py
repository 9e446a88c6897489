# Or-patterns and as-patterns, alone and combined.

def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 400 | 404 | 418 as code if code != 418:
            return f"client error {code}"
        case 418:
            return "teapot"
        case int() as code if 500 <= code < 600:
            return f"server error {code}"
        case str() | bytes():
            return "text status"
    return "unknown"

for s in [200, 201, 204, 301, 302, 400, 404, 418, 503, 600, "ok", b"ok", None]:
    print(s, "->", http(s))

# alternatives with captures must bind the same names
def pairs(v):
    match v:
        case (x, 0) | (0, x):
            return f"one zero, other {x}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
    return "none"

print(pairs((5, 0)), pairs((0, 6)), pairs([1, 2]), pairs((3, 4, 5)), pairs((0, 0)))

# the first alternative that matches wins
def which(v):
    match v:
        case ([1, *_] as whole) | ([*_, 1] as whole):
            return whole
    return None

print(which([1, 2, 3]), which([3, 2, 1]), which([2, 3]))

# as-patterns at several levels
match [1, [2, 3], {"k": "v"}]:
    case [int() as a, [b, c] as inner, {"k": str() as val} as mapping] as everything:
        print(a, b, c, inner, val, mapping)
        print(len(everything))

# nested or inside a sequence
def nested(v):
    match v:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case [("pick" | "take"), item]:
            return f"taking {item}"
    return "huh"

print(nested(["go", "north"]), nested(["go", "up"]), nested(["take", "lamp"]), nested(["pick", "key"]), nested([]))

# or-pattern of literals of mixed types
def mixed(v):
    match v:
        case None | False | 0 | "":
            return "falsy-ish"
    return "truthy-ish"

print(mixed(None), mixed(False), mixed(0), mixed(0.0), mixed(""), mixed([]), mixed(1))

# `as` binds looser than `|`: the whole or-pattern is captured
match 7:
    case 6 | 7 as n:
        print("or then as:", n)

# as binds the subject of that sub-pattern
match (1, 2):
    case (_ as first, _ as second):
        print("as on wildcard", first, second)
