# except* on an exception that is not a group: it is wrapped in an ExceptionGroup.

def catch_plain():
    try:
        raise ValueError("plain")
    except* ValueError as e:
        print(type(e).__name__, repr(e), e.message == "")
        print("wrapped exception is the original:", type(e.exceptions[0]).__name__, e.exceptions[0])

catch_plain()

# an unmatched plain exception propagates unwrapped
def unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")

try:
    unmatched()
except KeyError as e:
    print("propagated as plain:", type(e).__name__, repr(e))

# raising in the handler of a plain exception
def raise_in_handler():
    try:
        raise ValueError("v")
    except* ValueError:
        raise TypeError("t")

# (CPython re-raises the handler's exception as it is: only one handler can have run)
try:
    raise_in_handler()
except Exception as e:
    print("escaped from handler:", type(e).__name__, repr(e))
    print("context:", repr(e.__context__))

# bare raise of a wrapped plain exception gives back the original exception
def bare_reraise():
    try:
        raise ValueError("orig")
    except* ValueError:
        raise

try:
    bare_reraise()
except ValueError as e:
    print("bare raise re-raised plain:", repr(e))
except ExceptionGroup as e:
    print("bare raise re-raised group:", repr(e))

# a BaseException (not Exception) is wrapped in a BaseExceptionGroup
try:
    raise KeyboardInterrupt("ki")
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# the traceback of the original is kept
try:
    raise OSError(2, "missing")
except* OSError as e:
    inner = e.exceptions[0]
    print(inner.errno, inner.strerror, inner.__traceback__ is not None)

# a subclass instance is matched by the base type
class MyError(ValueError):
    pass

try:
    raise MyError("mine")
except* ValueError as e:
    print("subclass wrapped:", repr(e))

# StopIteration and GeneratorExit-like base exceptions
try:
    raise SystemExit(3)
except* SystemExit as e:
    print(repr(e), e.exceptions[0].code)
