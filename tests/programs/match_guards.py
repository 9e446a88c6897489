# Guards: evaluation order, side effects, names bound before the guard runs.

log = []

def check(label, result):
    log.append(label)
    return result

def classify(v):
    log.clear()
    match v:
        case [x, y] if check("guard1", x == y):
            out = "equal pair"
        case [x, y] if check("guard2", x > y):
            out = "descending pair"
        case [x, *_] if check("guard3", x is None):
            out = "starts with None"
        case _ if check("guard4", True):
            out = "fallback"
    return out, list(log)

print(classify([1, 1]))
print(classify([3, 2]))
print(classify([1, 2]))
print(classify([None, 5, 6]))
print(classify("xy"))

# guards are only evaluated when the pattern matched
calls = 0
def counted():
    global calls
    calls += 1
    return False

match 5:
    case "a" if counted():
        pass
    case 6 if counted():
        pass
    case 5 if counted():
        pass
    case 5:
        print("fourth case taken, guard calls:", calls)

# names bound by a pattern whose guard failed stay bound
def leftover():
    match (10, 20):
        case (a, b) if a > b:
            return "never"
        case _:
            return (a, b)

print("bound despite failed guard:", leftover())

# a guard can use names bound in the same pattern and outer names
limit = 3
def bounded(items):
    match items:
        case [*xs] if len(xs) > limit:
            return f"too many ({len(xs)})"
        case [*xs] if all(isinstance(x, int) for x in xs):
            return f"ints summing to {sum(xs)}"
        case [*xs]:
            return "mixed"
    return "not a list"

print(bounded([1, 2, 3, 4]), bounded([1, 2]), bounded([1, "a"]), bounded(5))

# a guard that raises propagates the exception
def raising(v):
    match v:
        case x if 1 / x > 0:
            return "positive"
        case _:
            return "non-positive"

print(raising(2), raising(-2))
try:
    raising(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# walrus inside a guard
match [1, 2, 3]:
    case [*xs] if (total := sum(xs)) > 5:
        print("total via walrus", total)
