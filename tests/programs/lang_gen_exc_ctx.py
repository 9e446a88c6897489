import contextlib, sys, traceback

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("gen finally")
    return "done"

g = gen()
show("next", lambda: next(g))
show("send", lambda: g.send(5))
show("throw", lambda: g.throw(ValueError("boom")))
show("next after", lambda: next(g))
show("after exhaust", lambda: next(g))

def delegator():
    r = yield from gen()
    print("delegator got", r)
    yield "tail"

d = delegator()
show("d1", lambda: next(d))
show("d2", lambda: d.send(10))
show("d3", lambda: d.send(20))
show("d4", lambda: next(d))

g2 = gen()
next(g2)
show("close", lambda: g2.close())
show("close again", lambda: g2.close())
show("gi_frame", lambda: g2.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
show("stubborn close", lambda: s.close())

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
r = ret_in_close(); next(r)
show("ret close", lambda: r.close())

def stop_in_gen():
    yield 1
    raise StopIteration("x")
show("stopiter", lambda: list(stop_in_gen()))

def inner_throw():
    try:
        yield "a"
    except KeyError:
        yield "inner caught"
def outer_throw():
    yield from inner_throw()
    yield "outer"
o = outer_throw(); next(o)
show("yf throw", lambda: (o.throw(KeyError), next(o)))
o2 = outer_throw(); next(o2)
show("yf throw uncaught", lambda: o2.throw(IndexError("ix")))
show("throw type+val", lambda: gen().throw(TypeError))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is None:
            n += 1
        else:
            n += cmd
c = counter()
print([next(c), next(c), c.send(10), c.send("reset"), next(c)])

gexp = (x * x for x in range(5) if x % 2)
show("genexp", lambda: (list(gexp), list(gexp)))
show("gen running", lambda: gen().gi_running)
def selfref():
    yield me.gi_running
    next(me)
me = selfref()
show("gen self next", lambda: list(me))

# exceptions chaining
def chain():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("bad value") from e
    except ValueError as e:
        return (type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
show("cause", chain)
def implicit():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("during")
    except RuntimeError as e:
        return (e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
show("context", implicit)
def fromnone():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("hidden") from None
    except RuntimeError as e:
        return (e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
show("from none", fromnone)
def tb_format():
    try:
        try:
            int("x")
        except ValueError as e:
            raise KeyError("k") from e
    except KeyError as e:
        return traceback.format_exception_only(type(e), e)
show("format only", tb_format)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError) as s:
    {}["x"]
print("after suppressed")
show("not suppressed", lambda: exec("with Suppress(KeyError):\n    1/0", globals()))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("cm caught", e)
    finally:
        print(f"</{name}>")

with tag("a") as A, tag("b") as B:
    print("body", A, B)
with tag("c"):
    raise ValueError("inside")
print("continued")
show("cm other exc", lambda: exec("with tag('d'):\n    raise KeyError('kk')", globals()))

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")

# exception groups
def eg():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    eg()
except* ValueError as g:
    print("vals", [str(x) for x in g.exceptions], g.message)
except* (TypeError, KeyError) as g:
    print("others", sorted(type(x).__name__ for x in g.exceptions))

def nested_eg():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as g:
        print("nested vals", repr(g))
try:
    nested_eg()
except ExceptionGroup as e:
    print("remaining", repr(e))

eg1 = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
match_, rest = eg1.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg1.subgroup(lambda e: isinstance(e, TypeError))))
show("eg str", lambda: (str(eg1), eg1.args[0], len(eg1.exceptions)))
show("eg bad", lambda: ExceptionGroup("x", []))
show("eg bad2", lambda: ExceptionGroup("x", [1]))
show("beg", lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
show("beg2", lambda: type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    raise TypeError("plain")
except* TypeError as g:
    print("wrapped plain", repr(g))
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
show("notes", lambda: e.__notes__)
show("notes fmt", lambda: traceback.format_exception_only(e))

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
show("finally ret", finally_return)
def finally_override():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        finally:
            if i == 1:
                break
    return i
show("finally break", finally_override)
def exc_var_cleared():
    try:
        1/0
    except ZeroDivisionError as err:
        pass
    return "err" in locals()
show("exc var cleared", exc_var_cleared)
show("sys.exc_info outside", lambda: sys.exc_info())
def exc_info_inside():
    try:
        raise KeyError("q")
    except KeyError:
        t, v, tb = sys.exc_info()
        return (t.__name__, repr(v), sys.exception() is v)
show("exc_info inside", exc_info_inside)
def reraise():
    try:
        raise OSError(2, "No such thing", "f.txt")
    except OSError as e:
        return (e.errno, e.strerror, e.filename, str(e), type(e).__name__)
show("oserror", reraise)
show("filenotfound", lambda: type(OSError(2, "x")).__name__)
show("exc args", lambda: (repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("a"))))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
show("myerr", lambda: (str(MyErr(4, "bad")), repr(MyErr(4, "bad"))))
import copy, pickle
show("myerr copy", lambda: str(copy.copy(MyErr(4, "bad"))))
