# derive(): how split/subgroup build new groups, in plain and subclassed groups.

eg = ExceptionGroup("base message", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d))
print(d.__cause__, d.__context__, d.__traceback__, getattr(d, "__notes__", "no notes"))

# derive on a BaseExceptionGroup gives back the right class for its content
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg.derive([ValueError()])).__name__, type(beg.derive([SystemExit()])).__name__)

# a subclass without derive: split returns plain ExceptionGroups
class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))

# a subclass with derive keeps its type and extra state
class WithCode(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        print("  derive called with", [type(e).__name__ for e in excs])
        return WithCode(self.message, excs, self.code)

w = WithCode("coded", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])], 42)
print("splitting:")
m, r = w.split(ValueError)
print(type(m).__name__, m.code, repr(m))
print(type(r).__name__, r.code, repr(r))
print("subgroup:")
sg = w.subgroup(TypeError)
print(type(sg).__name__, repr(sg))

# derive returning something that is not a group
class Broken(ExceptionGroup):
    def derive(self, excs):
        return "not a group"

try:
    Broken("broken", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)

# notes, cause and context are copied onto derived parts, not by derive itself
try:
    try:
        raise OSError("context")
    except OSError:
        raise ExceptionGroup("ctx", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    g.add_note("note A")
    m, r = g.split(TypeError)
    print(repr(m.__context__), m.__notes__, m.__notes__ is g.__notes__)
    print(repr(g.derive([ValueError()]).__context__))
