# match inside functions and loops: break, continue, return, no case matching.

def tokens(text):
    out = []
    for word in text.split():
        match word:
            case "stop":
                out.append("<stop>")
                break
            case "skip":
                continue
            case "+" | "-" | "*" | "/":
                out.append(("op", word))
            case _ if word.isdigit():
                out.append(("num", int(word)))
            case _:
                out.append(("name", word))
    else:
        out.append("<end>")
    return out

print(tokens("a + 1 skip * b"))
print(tokens("x stop y z"))
print(tokens(""))

# no case matches: execution continues after the match statement
def nothing(v):
    status = "initial"
    match v:
        case 1:
            status = "one"
        case [_, _]:
            status = "pair"
    return status

print(nothing(1), nothing([1, 2]), nothing("zz"), nothing([1, 2, 3]))

# return directly from inside a case, in a while loop
def find_first_negative(items):
    i = 0
    while i < len(items):
        match items[i]:
            case int(n) if n < 0:
                return i, n
            case _:
                i += 1
    return None

print(find_first_negative([3, 4, -2, -5]), find_first_negative([1, 2]))

# match inside a comprehension helper and a generator
def gen(values):
    for v in values:
        match v:
            case (k, v2):
                yield f"{k}={v2}"
            case str(s):
                yield s.upper()

print(list(gen([("a", 1), "b", 3, ("c", 2)])))

# nested match statements
def nested(a, b):
    match a:
        case "x":
            match b:
                case 1:
                    return "x1"
                case _:
                    return "x?"
        case "y":
            return "y"
    return "none"

print(nested("x", 1), nested("x", 2), nested("y", 1), nested("z", 1))

# match in try/finally and with exceptions in a case body
def risky(v):
    try:
        match v:
            case 0:
                raise ValueError("zero")
            case n:
                return 10 // n
    finally:
        print("finally for", v)

print(risky(5))
try:
    risky(0)
except ValueError as e:
    print(type(e).__name__, e)

# subject expression evaluated exactly once
count = 0
def subject():
    global count
    count += 1
    return [count, "x"]

match subject():
    case [2, _]:
        print("not this")
    case [1, "y"]:
        print("nor this")
    case [n, _]:
        print("subject evaluated once:", n, count)
