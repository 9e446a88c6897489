# Runtime errors from __match_args__: missing, not a tuple, bad entries, too many sub-patterns.

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class BadEntry:
    __match_args__ = ("a", 2)
    a = 1

class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def m_noargs():
    match NoArgs():
        case NoArgs(x):
            return x
    return "no match"

def m_list():
    match ListArgs():
        case ListArgs(x):
            return x
    return "no match"

def m_bad_entry():
    match BadEntry():
        case BadEntry(x, y):
            return (x, y)
    return "no match"

def m_too_many():
    match Two():
        case Two(x, y, z):
            return (x, y, z)
    return "no match"

def m_duplicate():
    match Two():
        case Two(x, a=y):
            return (x, y)
    return "no match"

def m_ok():
    match Two():
        case Two(x, y):
            return (x, y)

attempt("no __match_args__", m_noargs)
attempt("__match_args__ is a list", m_list)
attempt("__match_args__ has non-str", m_bad_entry)
attempt("too many positional", m_too_many)
attempt("positional and keyword same attr", m_duplicate)
attempt("correct", m_ok)

# finally an uncaught one, so the last traceback line is compared
match Two():
    case Two(1, 2, 3):
        print("unreachable")
