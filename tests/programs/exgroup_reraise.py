# What escapes a try/except*: unhandled parts, raise inside handlers, bare raise.

def attempt(fn):
    try:
        fn()
        print("nothing escaped")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        return e

def unhandled_part():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled ValueError")

attempt(unhandled_part)

def all_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass

attempt(all_handled)

def bare_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("re-raising ValueError part")
        raise

e = attempt(bare_raise)

def new_exception():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")

e = attempt(new_exception)
print("  parts:", [type(x).__name__ for x in e.exceptions])
inner = e.exceptions[0]
print("  context of new exception:", repr(inner.__context__))

def new_exception_only():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only raised")

e = attempt(new_exception_only)
print("  context:", repr(e.__context__))

def raise_from_none():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("k") from None

e = attempt(raise_from_none)
print("  suppress context:", e.__suppress_context__, repr(e.__context__))

def two_handlers_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise IndexError("a")
    except* TypeError:
        raise LookupError("b")

e = attempt(two_handlers_raise)
print("  parts:", e.exceptions)

def reraise_caught_object():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg

attempt(reraise_caught_object)

def outer_catches_rest():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), OSError(2)])
        except* ValueError:
            print("inner handled ValueError")
    except* OSError as e:
        print("outer handled", repr(e))

outer_catches_rest()

def finally_runs():
    try:
        raise ExceptionGroup("g", [TypeError(1)])
    except* ValueError:
        print("not here")
    finally:
        print("finally before propagation")

attempt(finally_runs)
