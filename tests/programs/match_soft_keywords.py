# `match`, `case`, `_` and `type` are soft keywords: still usable as ordinary names.

match = 3
case = "case value"
print(match, case)

match = [1, 2]
match match:
    case [case, *_]:
        print("matched list, case =", case)

def match(x):
    return f"match() called with {x}"

print(match(5))
print(match("arg"))

class case:
    match = "class attribute named match"
    def case(self):
        return "method named case"

print(case.match, case().case())

_ = "underscore name"
print(_)

# a subject that is a tuple without parentheses
x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject without parens")

# match as a dictionary / attribute / subscripted name
match = {"case": 1}
print(match["case"])
match["case"] = 2
print(match)

# match followed by binary operators is an expression, not a statement
match = 10
print(match * 2, match - 1, match + 1)
match -1
print(match)

# type as a name
type = "not the builtin"
print(type)
del type
print(type(1).__name__)

# keyword-looking names as attribute names
class Obj:
    pass

o = Obj()
o.match = "attr match"
o.case = "attr case"
print(o.match, o.case)

# a function parameter named match, used as subject
def f(match, case=0):
    match match:
        case 1:
            return "one"
        case _:
            return f"other (case={case})"

print(f(1), f(2, case=7))

# match used in a lambda and a comprehension
match_all = lambda match: [case for case in match if case]
print(match_all([0, 1, "", "s"]))
