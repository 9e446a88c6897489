# generators: send/throw/close, yield from delegation, return values, GeneratorExit, states
import inspect, sys

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, repr(e.args))

def g1():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    return ("done", x, y)

g = g1()
show("state0", lambda: inspect.getgeneratorstate(g))
show("send-nonNone-first", lambda: g.send(5))
show("next", lambda: next(g))
show("state1", lambda: inspect.getgeneratorstate(g))
show("send a", lambda: g.send("a"))
show("throw", lambda: g.throw(ValueError("boom")))
show("send b", lambda: g.send("b"))
show("state2", lambda: inspect.getgeneratorstate(g))
show("next after", lambda: next(g))
show("send after", lambda: g.send(1))
show("throw after", lambda: g.throw(KeyError("k")))
show("close after", lambda: g.close())

# StopIteration value
def g2():
    yield 1
    return 42
it = g2(); next(it)
try:
    next(it)
except StopIteration as e:
    print("SI value", e.value, e.args)

def g2b():
    yield 1
    return None
it = g2b(); next(it)
try: next(it)
except StopIteration as e: print("SI none", e.value, e.args)

def g2c():
    yield 1
    return (1, 2)
it = g2c(); next(it)
try: next(it)
except StopIteration as e: print("SI tuple", e.value, e.args)

def g2d():
    yield 1
    return StopIteration(5)
it = g2d(); next(it)
try: next(it)
except StopIteration as e: print("SI SI", repr(e.value), e.args)

# yield from delegation
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-recover"
    finally:
        print("inner finally")
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer r", r)
    yield "o-end"
    return "outer-ret"

o = outer()
show("o next", lambda: next(o))
show("o send", lambda: o.send("S1"))
show("o throw", lambda: o.throw(KeyError("kk")))
show("o next2", lambda: next(o))
show("o next3", lambda: next(o))

o = outer()
next(o)
show("o close", lambda: o.close())
show("o state", lambda: inspect.getgeneratorstate(o))

# close with generator that yields in finally
def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad(); next(b)
show("close bad", lambda: b.close())

def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 99
r = ret_on_close(); next(r)
show("close ret", lambda: r.close())

def raise_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("vv")
r = raise_on_close(); next(r)
show("close raise", lambda: r.close())

# throw with type, type+value, traceback
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("catcher", type(e).__name__, e.args)
c = catcher(); next(c)
c.throw(ValueError)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    c.throw(ValueError, "x")
    c.throw(ValueError, ValueError("y"))
    c.throw(ValueError, ("a", "b"))
    show("throw bad type", lambda: c.throw(1))
    show("throw bad inst", lambda: c.throw(ValueError, KeyError("z")))
    show("throw inst+val", lambda: c.throw(ValueError("q"), "z"))

# throw into unstarted generator
def simple():
    print("started")
    yield 1
s = simple()
show("throw unstarted", lambda: s.throw(RuntimeError("rr")))
show("next after thrown", lambda: next(s))

# generator running
def selfref():
    yield me.send(None)
me = selfref()
show("running", lambda: next(me))

# StopIteration raised inside generator -> RuntimeError
def si():
    yield 1
    raise StopIteration("x")
s = si(); next(s)
show("SI inside", lambda: next(s))
try:
    next(si.__call__())
    s = si(); next(s); next(s)
except RuntimeError as e:
    print("cause", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

# yield from with non-generator iterable, send to it
def yf_list():
    r = yield from [1, 2]
    return r
y = yf_list()
show("yfl next", lambda: next(y))
show("yfl send", lambda: y.send(3))

def yf_iter():
    yield from iter([1, 2])
y = yf_iter(); next(y)
show("yfi send none", lambda: y.send(None))
show("yfi throw", lambda: y.throw(IndexError("ii")))

# yield from a generator that was already exhausted
def done():
    return 7
    yield
def yf_done():
    g = done()
    r1 = yield from g
    r2 = yield from g
    return (r1, r2)
show("yf done", lambda: next(yf_done()))

# gi_ attributes
def attrs():
    yield 1
a = attrs()
print(a.gi_running, a.gi_suspended, a.gi_yieldfrom, a.gi_frame is not None, a.__name__, a.__qualname__)
next(a)
print(a.gi_running, a.gi_suspended, a.gi_frame.f_lineno - attrs.__code__.co_firstlineno)
a.close()
print(a.gi_frame, a.gi_suspended)

def yfattr():
    yield from attrs()
y = yfattr(); next(y)
print(type(y.gi_yieldfrom).__name__, y.gi_yieldfrom.__name__)

# genexp close/throw
ge = (i for i in range(3))
print(next(ge))
show("ge throw", lambda: ge.throw(ValueError("gv")))
show("ge next", lambda: next(ge))

# generator return in finally overriding
def fin():
    try:
        yield 1
        return "a"
    finally:
        return "b"
f = fin(); next(f)
show("fin ret", lambda: next(f))
f = fin(); next(f)
show("fin close", lambda: f.close())
f = fin(); next(f)
show("fin throw", lambda: f.throw(ValueError))
