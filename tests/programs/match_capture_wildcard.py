# Capture patterns bind names; the wildcard `_` binds nothing.

def first(v):
    match v:
        case x:
            return x

print(first(5), first("s"), first(None), first([1, 2]))

match 42:
    case value:
        print("bound at module level:", value)
print("still bound after match:", value)

def wildcard():
    _ = "outer underscore"
    match 99:
        case _:
            pass
    return _

print("wildcard leaves _ alone:", wildcard())

def in_sequence(v):
    match v:
        case [a, _, c]:
            return (a, c)
        case [_, _]:
            return "two items"
        case _:
            return "fallback"

print(in_sequence([1, 2, 3]), in_sequence((4, 5, 6)), in_sequence([7, 8]), in_sequence(9))

def captures_locals(v):
    match v:
        case (p, q):
            pass
    return sorted(locals())

print(captures_locals((1, 2)))
print(captures_locals(3))

def rebinding():
    n = "before"
    match "after":
        case n:
            pass
    return n

print(rebinding())

def capture_in_or(v):
    match v:
        case [x, 0] | [0, x]:
            return x
    return None

print(capture_in_or([5, 0]), capture_in_or([0, 6]), capture_in_or([1, 1]))

# capture into an enclosing scope via nonlocal / global
result = None
def set_global(v):
    global result
    match v:
        case [result, *_]:
            pass

set_global([11, 12])
print("global result:", result)

def outer():
    got = None
    def inner(v):
        nonlocal got
        match v:
            case {"k": got}:
                pass
    inner({"k": "via nonlocal"})
    return got

print(outer())
