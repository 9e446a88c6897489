# Runtime errors of class patterns: non-class callees, check order, raising attributes.

class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

notaclass = 5
def m_not_class():
    match 5:
        case notaclass():
            return "?"
    return "no match"

def m_not_class_instance():
    match 5:
        case str.upper():
            return "?"
    return "no match"

def m_not_class_unreached():
    match 5:
        case int():
            return "int matched before the bad pattern"
        case notaclass():
            return "?"

def m_type_mismatch_first():
    match "s":
        case Two(x, y, z):
            return "?"
    return "not an instance, so no arity check"

attempt("int as class", m_not_class)
attempt("function as class", m_not_class_instance)
attempt("bad class not reached", m_not_class_unreached)
attempt("isinstance fails first", m_type_mismatch_first)

# matching on an object whose attribute raises something other than AttributeError
class Angry:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise KeyError("v property")

def m_angry():
    match Angry():
        case Angry(1):
            return "one"
    return "no match"

attempt("property raising KeyError", m_angry)

# a property raising AttributeError simply means "no match"
class Shy:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise AttributeError("hidden")

match Shy():
    case Shy(1):
        print("matched")
    case Shy():
        print("Shy() without sub-patterns matched")

# isinstance() semantics, including a metaclass __instancecheck__
class AnythingMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

class AnyInt(metaclass=AnythingMeta):
    pass

for subject in [1, True, "1", 1.0, int, None]:
    match subject:
        case bool():
            kind = "bool"
        case AnyInt():
            kind = "AnyInt via __instancecheck__"
        case type():
            kind = "a class"
        case object():
            kind = "some object"
    print(repr(subject), "->", kind)
