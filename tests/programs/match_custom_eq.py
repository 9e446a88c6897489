# Value and literal patterns on objects with custom __eq__: who is asked, and how often.

calls = []

class Loose:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        calls.append(("Loose.__eq__", self.tag, repr(other)))
        return other == 42 or other == "answer"

class Const:
    ANSWER = 42
    WORD = "answer"
    OBJ = Loose("const")

def run(subject):
    calls.clear()
    match subject:
        case 1:
            result = "one"
        case "answer":
            result = "word"
        case Const.OBJ:
            result = "matched Const.OBJ"
        case _:
            result = "none"
    return result, list(calls)

print(run(Loose("subj")))
print(run(42))
print(run(7))
print(run("answer"))

# __eq__ returning a non-bool: the result's truth is used
class Truthy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v

class V:
    T = Truthy([1])
    F = Truthy([])

def truth(s):
    match s:
        case V.F:
            return "matched F"
        case V.T:
            return "matched T"
    return "none"

print(truth(0), truth("x"))

# __eq__ that raises propagates out of the match
class Boom:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")

class Holder:
    B = Boom()

try:
    match 3:
        case Holder.B:
            print("unreachable")
except RuntimeError as e:
    print(type(e).__name__, e)

# None/True/False use identity, so __eq__ is never consulted for them
class EqAll:
    def __eq__(self, other):
        calls.append("EqAll.__eq__")
        return True

calls.clear()
match EqAll():
    case None:
        print("matched None")
    case True:
        print("matched True")
    case 0:
        print("matched 0 via __eq__")
print(calls)

# custom classes in class patterns: __eq__ is irrelevant, isinstance is used
class Pt:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return True

match Pt(3):
    case Pt(4):
        print("wrong")
    case Pt(3):
        print("class pattern compared the attribute")
