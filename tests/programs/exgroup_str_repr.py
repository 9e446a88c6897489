# str() and repr() of exception groups, and their messages/notes.

g1 = ExceptionGroup("one failure", [ValueError("bad")])
g2 = ExceptionGroup("two failures", [ValueError("bad"), KeyError("k")])
g3 = ExceptionGroup("", [ZeroDivisionError()])
nested = ExceptionGroup("outer", [g1, TypeError("t"), g2])
base = BaseExceptionGroup("stopping", [KeyboardInterrupt(), SystemExit(0)])

for g in [g1, g2, g3, nested, base]:
    print(str(g))
    print(repr(g))

print(len(nested.exceptions), [type(e).__name__ for e in nested.exceptions])

# the list/tuple given to the constructor shows in repr
print(repr(ExceptionGroup("as tuple", (ValueError(1), ValueError(2)))))
print(repr(ExceptionGroup("as list", [ValueError(1), ValueError(2)])))

# format with str.format and f-strings
print(f"{g2}", "{!r}".format(g1))

# notes on a group
g = ExceptionGroup("with notes", [ValueError("x")])
g.add_note("first note")
g.add_note("second note")
print(g.__notes__, str(g))

# a subclass's repr uses its own name
class Failures(ExceptionGroup):
    pass

f = Failures("custom", [RuntimeError("r")])
print(str(f), repr(f))

# a subclass may override __str__
class Pretty(ExceptionGroup):
    def __str__(self):
        return f"{self.message}: " + ", ".join(str(e) for e in self.exceptions)

print(str(Pretty("pretty", [ValueError("a"), ValueError("b")])))

# messages of sub-exceptions
for e in nested.exceptions:
    print(type(e).__name__, "|", e)

# exceptions in a group keep their own args
inner = nested.exceptions[2].exceptions[1]
print(repr(inner), inner.args)
