# Nested patterns: evaluating a small expression tree made of tuples and classes.

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

def evaluate(node):
    match node:
        case Num(v):
            return v
        case BinOp("+", Num(0), right) | BinOp("+", right, Num(0)):
            return evaluate(right)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"bad operator {op!r}")
    raise TypeError(f"not a node: {node!r}")

tree = BinOp("+", BinOp("*", Num(3), Num(4)), BinOp("-", Num(10), Num(2)))
print(evaluate(tree))
print(evaluate(BinOp("+", Num(0), Num(7))))
print(evaluate(BinOp("*", BinOp("+", Num(1), Num(1)), Num(0))))
for bad in [BinOp("/", Num(1), Num(2)), "x"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# the same tree as nested tuples, lists and dicts
def simplify(expr):
    match expr:
        case ("neg", ("neg", inner)):
            return simplify(inner)
        case ("add", [*terms]) if not terms:
            return 0
        case ("add", [single]):
            return simplify(single)
        case ("add", [*terms]):
            return ("add", [simplify(t) for t in terms])
        case {"op": "const", "value": int() | float() as v}:
            return v
        case (str() as op, arg):
            return (op, simplify(arg))
        case _:
            return expr

print(simplify(("neg", ("neg", 5))))
print(simplify(("add", [])))
print(simplify(("add", [("neg", ("neg", "x"))])))
print(simplify(("add", [1, {"op": "const", "value": 2.5}, ("neg", 3)])))
print(simplify({"op": "const", "value": "nope"}))

# deep nesting with every kind combined
data = {"users": [{"name": "ann", "roles": ("admin", "dev")},
                  {"name": "bob", "roles": ()},
                  {"name": "cy", "roles": ("dev",), "extra": True}]}

for user in data["users"]:
    match user:
        case {"name": str(name), "roles": ("admin", *others)}:
            print(name, "is admin, also", others)
        case {"name": name, "roles": ()}:
            print(name, "has no roles")
        case {"name": name, "roles": (role,), **extra}:
            print(name, "has one role", role, "extra keys", list(extra))
