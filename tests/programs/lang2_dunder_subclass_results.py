# Special methods returning a strict subclass of the type asked for (__str__, __repr__,
# __format__, __hash__); next() refuses an async generator; int() of bytes obeys the digit
# limit; "generator raised StopIteration" has the StopIteration as context too; sys.exit tuples
class I(int): pass
class S(str): pass
class Ix:
    def __index__(self): return I(1)
class St:
    def __str__(self): return S("x")
    def __repr__(self): return S("r")
    def __format__(self, spec): return S("f" + spec)
    def __hash__(self): return I(7)
s = St()
print(str(s), repr(s), f"{s}", f"{s!r}", "%s %r" % (s, s), format(s, "q"), hash(s), [s])
class H2:
    def __hash__(self): return I(-1)
print(hash(H2()))
async def ag():
    yield 1
for f in [lambda: next(ag()), lambda: next(iter([]).__class__), lambda: int(b"1" * 5000), lambda: int(bytearray(b"7" * 4301)), lambda: int(b"1" * 4300) > 0]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def g():
    raise StopIteration
    yield
try: next(g())
except RuntimeError as e: print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
import sys
try:
    sys.exit((1, 2))
except SystemExit as e:
    print(e.args, e.code)
try:
    sys.exit(())
except SystemExit as e:
    print(e.args, e.code)
e = SystemExit(9)
e.code = "changed"
raise e
