# Mapping patterns: keys, extra keys, missing keys, **rest and its order.

def describe(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"other type {t}"
        case {}:
            return "some mapping"
    return "not a mapping"

print(describe({"type": "point", "x": 1, "y": 2}))
print(describe({"y": 2, "x": 1, "type": "point", "extra": 0}))
print(describe({"type": "point", "x": 1}))
print(describe({"type": "circle", "r": 3}))
print(describe({"color": "red", "type": "circle", "r": 3, "z": 9}))
print(describe({"type": "square"}))
print(describe({}))
print(describe({"kind": 1}))
print(describe([("type", "point")]))
print(describe("type"))

# **rest keeps the subject's order, minus the matched keys
match {"d": 4, "a": 1, "c": 3, "b": 2}:
    case {"c": _, **rest}:
        print("rest order:", list(rest), rest)

# rest is a new dict
subject = {"k": 1, "m": 2}
match subject:
    case {"k": 1, **rest}:
        rest["new"] = 3
        print(rest, subject, rest is subject)

# non-string keys: numbers, None, True, value patterns
class K:
    NAME = "name"

def keys(v):
    match v:
        case {1: a, None: b}:
            return ("int and None", a, b)
        case {K.NAME: n}:
            return ("value key", n)
        case {True: t}:
            return ("True key", t)
        case {-1: neg, 2.5: f}:
            return ("negative/float", neg, f)
    return "none"

print(keys({1: "x", None: "y"}))
print(keys({"name": "bob"}))
print(keys({1: "one"}))   # True == 1 so {True: t} matches key 1
print(keys({-1: "m", 2.5: "f"}))
print(keys({2: 2}))

# values can be nested patterns
match {"user": {"name": "ann", "tags": ["a", "b"]}}:
    case {"user": {"name": str() as name, "tags": [*tags]}}:
        print("nested:", name, tags)

# dict subclasses match; the lookup uses get(), so __missing__ is not used
class D(dict):
    def __missing__(self, key):
        return "default"

match D(a=1):
    case {"a": 1, "b": b}:
        print("found b", b)
    case {"a": a}:
        print("only a:", a)

# empty mapping pattern with **rest copies everything
match {"x": 1, "y": 2}:
    case {**everything}:
        print("everything:", everything)
