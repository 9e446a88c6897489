# Value patterns: dotted names compared with ==.
import math

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3

class Config:
    class Mode:
        FAST = 1
        SLOW = 2

def color(v):
    match v:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Color.BLUE:
            return "is blue"
    return "unknown"

print(color("red"), color("green"), color(3), color(3.0), color("blue"))

def mode(v):
    match v:
        case Config.Mode.FAST:
            return "fast"
        case Config.Mode.SLOW:
            return "slow"
    return "?"

print(mode(1), mode(2), mode(True), mode(0))

def const(v):
    match v:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case math.inf:
            return "inf"
    return "other"

print(const(math.pi), const(math.e), const(float("inf")), const(3.14))

# value patterns are looked up each time the case is tried
def lookup(v):
    match v:
        case Color.RED:
            return "red branch"
    return "not red"

print(lookup("red"))
Color.RED = "crimson"
print(lookup("red"), lookup("crimson"))

# instance attributes work too
class Holder:
    pass

h = Holder()
h.target = 10
def check(v):
    match v:
        case h.target:
            return "hit"
    return "miss"

print(check(10), check(11))
h.target = 11
print(check(10), check(11))

# a missing attribute raises when the case is reached
def missing(v):
    match v:
        case 1:
            return "one"
        case Color.PURPLE:
            return "purple"
    return "none"

print(missing(1))
try:
    missing(2)
except AttributeError as e:
    print(type(e).__name__, e)
