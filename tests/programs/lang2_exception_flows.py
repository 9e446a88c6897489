# Exception groups, except*, chaining, notes and context management in a batch job runner.

class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job}: {reason}")
        self.job = job
        self.reason = reason


class RetryableError(JobError):
    pass


class FatalError(JobError):
    pass


def run_job(name):
    if name.startswith("r"):
        raise RetryableError(name, "timeout")
    if name.startswith("f"):
        raise FatalError(name, "corrupt")
    if name.startswith("v"):
        raise ValueError(f"bad value in {name}")
    return name.upper()


def run_batch(names):
    results, errors = [], []
    for n in names:
        try:
            results.append(run_job(n))
        except Exception as e:
            e.add_note(f"while running job {n!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} job(s) failed", errors)
    return results


print(run_batch(["a", "b"]))
try:
    run_batch(["a", "r1", "f1", "v1", "r2"])
except* RetryableError as eg:
    print("retryable:", [str(e) for e in eg.exceptions], eg.message)
    print("notes:", [e.__notes__ for e in eg.exceptions])
except* FatalError as eg:
    print("fatal:", [e.job for e in eg.exceptions])
except* ValueError as eg:
    print("value:", repr(eg.exceptions[0]))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match_v, rest = eg.split(ValueError)
print("split match:", repr(match_v))
print("split rest:", repr(rest))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print("subgroup none:", eg.subgroup(OSError))
print("derive:", repr(eg.derive([ZeroDivisionError()])))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        g = MyGroup(self.message + "+", excs)
        g.tag = getattr(self, "tag", 0) + 1
        return g


mg = MyGroup("mine", [ValueError("a"), TypeError("b")])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, m.tag, type(r).__name__, r.tag)

bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__)
eg2 = BaseExceptionGroup("all exc", [ValueError()])
print(type(eg2).__name__, isinstance(eg2, Exception))

for bad in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

# except* with a naked exception wraps it
try:
    try:
        raise KeyError("naked")
    except* KeyError as g:
        print("naked wrapped:", type(g).__name__, repr(g.exceptions[0]))
        raise
except ExceptionGroup as e:
    print("re-raised naked as", type(e).__name__, repr(e))

# unhandled parts propagate
try:
    try:
        raise ExceptionGroup("mix", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        print("handled the ValueError part")
    except* OSError as g:
        raise RuntimeError("converted") from g
except ExceptionGroup as g:
    print("left over:", repr(g))
    for e in g.exceptions:
        print("  ", type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

try:
    try:
        raise TypeError("x")
    except* TypeError:
        raise
except* TypeError as g:
    print("raise in except* keeps group:", repr(g))


# chaining
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise LookupError("port not configured") from e


def load2(cfg):
    try:
        return int(cfg["port"])
    except ValueError:
        raise RuntimeError("port invalid")


def load3(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise LookupError("quiet") from None


for fn, cfg in [(load, {}), (load2, {"port": "x"}), (load3, {})]:
    try:
        fn(cfg)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e, "| cause:", repr(e.__cause__),
              "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise ValueError("inner") from z
        finally:
            print("finally sees", type(z).__name__)
except ValueError as v:
    print(v.__cause__ is v.__context__, type(v.__cause__).__name__)

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as te:
    print("TypeError", te)
try:
    raise ValueError from 5
except TypeError as te:
    print("TypeError", te)

err = ValueError("with notes")
err.add_note("first")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(42)
except TypeError as te:
    print("TypeError", te)

# context is implicitly set and the exception variable is deleted after except
try:
    raise KeyError("a")
except KeyError as exc:
    saved = exc
try:
    exc
except NameError as ne:
    print("NameError", ne)
print(repr(saved), saved.__traceback__ is not None)


def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            return "from try"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        print(log)


print(cleanup_order())


def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(finally_overrides())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())
import sys
try:
    raise OSError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e, sys.exception() is e)
print(sys.exception())
