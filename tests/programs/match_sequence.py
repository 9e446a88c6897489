# Sequence patterns: lists, tuples, ranges, star captures; str/bytes never match.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last]:
            return f"many: {first!r} {middle!r} {last!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5),
          range(0), range(1), range(5), "ab", b"ab", bytearray(b"ab"), "", b"",
          {1: 2}, {1, 2}, iter([1, 2]), 7]:
    print(type(v).__name__, shape(v))

def star_positions(v):
    match v:
        case [*head, 0]:
            return ("ends with zero", head)
        case [1, *rest]:
            return ("starts with one", rest)
        case [*_, 9, 9]:
            return ("ends with nines",)
    return ("other",)

print(star_positions([0]))
print(star_positions([5, 6, 0]))
print(star_positions((1, 2, 3)))
print(star_positions([1]))
print(star_positions([4, 9, 9]))
print(star_positions([9]))

# the star capture is always a list
match (1, 2, 3):
    case (a, *b):
        print("star from tuple:", type(b).__name__, b)
match range(3, 7):
    case [a, *b]:
        print("star from range:", a, b)

# parenthesised and bracketed forms are equivalent
def forms(v):
    match v:
        case (1, 2):
            return "paren"
        case 3, 4:
            return "bare tuple"
        case [5, (6, 7)]:
            return "nested"
    return "none"

print(forms([1, 2]), forms((3, 4)), forms([5, [6, 7]]), forms((5, (6, 7))), forms([5, 6, 7]))

# single element: (x) is just x, (x,) is a sequence
def paren(v):
    match v:
        case (1,):
            return "one-tuple pattern"
        case (2):
            return "plain 2"
    return "no"

print(paren([1]), paren(1), paren(2), paren([2]))

# a str subclass is still not matched by sequence patterns
class S(str):
    pass

match S("xy"):
    case [a, b]:
        print("matched str subclass")
    case _:
        print("str subclass not a sequence")

# a list subclass is a sequence
class L(list):
    pass

match L([1, 2]):
    case [a, b]:
        print("list subclass:", a, b)
