# except* with one and many handlers: which handler sees which part.

def run(excs, label):
    print("--", label)
    try:
        raise ExceptionGroup("grp", excs)
    except* ValueError as e:
        print("ValueError handler:", repr(e))
    except* TypeError as e:
        print("TypeError handler:", repr(e))
    except* (KeyError, IndexError) as e:
        print("Lookup handler:", repr(e))
    except* Exception as e:
        print("catch-all handler:", repr(e))
    print("after try")

run([ValueError(1)], "single ValueError")
run([ValueError(1), TypeError(2)], "value and type")
run([KeyError(1), IndexError(2), ValueError(3)], "lookup and value")
run([OSError(1), ValueError(2), ArithmeticError(3)], "catch-all gets the rest")
run([ValueError(1), ExceptionGroup("nested", [ValueError(2), TypeError(3)])], "nested")

# each handler runs at most once, with the whole matching subgroup
def multi():
    try:
        raise ExceptionGroup("m", [ValueError(i) for i in range(4)])
    except* ValueError as e:
        print("handler ran once with", len(e.exceptions), "exceptions:", e.exceptions)

multi()

# else and finally with except*
def with_else(fail):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
        print("body ok")
    except* ValueError:
        print("handled")
    else:
        print("else ran")
    finally:
        print("finally ran")

with_else(False)
with_else(True)

# the bound name is cleared after the handler, like plain except
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)

# sys.exception() inside the handler is the matched subgroup
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("sys.exception():", repr(sys.exception()))
except* TypeError:
    print("sys.exception():", repr(sys.exception()))

# except* with a tuple, and without `as`
try:
    raise ExceptionGroup("g", [ZeroDivisionError(), OverflowError()])
except* (ZeroDivisionError, OverflowError):
    print("tuple handler, no name")

# handler order matters: the first handler takes everything it matches
try:
    raise ExceptionGroup("g", [ZeroDivisionError("z"), ValueError("v")])
except* Exception as e:
    print("first:", repr(e))
except* ZeroDivisionError as e:
    print("never reached")
