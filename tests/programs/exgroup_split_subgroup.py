# split() and subgroup() by type, by tuple of types and by predicate.

def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, repr(g))

eg = ExceptionGroup("all", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
    ZeroDivisionError(5),
])

match, rest = eg.split(ValueError)
show("split ValueError match:", match)
show("split ValueError rest:", rest)

match, rest = eg.split((TypeError, KeyError))
show("split tuple match:", match)
show("split tuple rest:", rest)

match, rest = eg.split(ArithmeticError)
show("split by base class match:", match)
show("split by base class rest:", rest)

match, rest = eg.split(Exception)
show("split everything match:", match)
print("match is eg:", match is eg)
show("split everything rest:", rest)

match, rest = eg.split(OSError)
show("split nothing match:", match)
print("rest is eg:", rest is eg, "| rest == eg parts:", rest.exceptions == eg.exceptions)

# predicates see leaf exceptions (and groups themselves)
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, ValueError) and e.args[0] > 1

match, rest = eg.split(pred)
show("predicate match:", match)
show("predicate rest:", rest)
print("predicate calls:", seen)

# subgroup keeps only the matching part
show("subgroup KeyError:", eg.subgroup(KeyError))
show("subgroup LookupError:", eg.subgroup(LookupError))
show("subgroup none:", eg.subgroup(MemoryError))
print("subgroup all is eg:", eg.subgroup(Exception) is eg)
show("subgroup pred:", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

# splitting on the group type itself matches the whole group
match, rest = eg.split(ExceptionGroup)
print(match is eg, rest)

# a BaseExceptionGroup whose base exceptions are split off becomes an ExceptionGroup
beg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(1)])
m, r = beg.split(ValueError)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))

# bad arguments
for bad in [1, "ValueError", (ValueError, 2), None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# the split parts keep message, __cause__, __context__, __traceback__ and notes
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as g:
    g.add_note("noted")
    m, r = g.split(ValueError)
    print(m.message, repr(m.__cause__), m.__notes__, m.__traceback__ is g.__traceback__)
    print(r.message, repr(r.__cause__), r.__notes__, r.__suppress_context__)
