# Chains of `yield from` and `await`: values, sends, returns, exceptions, frames and the
# state of the generators between while the innermost runs.
import sys
import traceback


def leaf(n, tag):
    got = []
    for i in range(n):
        x = yield f"{tag}{i}"
        if x is not None:
            got.append(x)
    return (tag, got)


def level(depth, n):
    if depth == 0:
        r = yield from leaf(n, "x")
    else:
        r = yield from level(depth - 1, n)
    return (depth, r)


g = level(6, 3)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)

# Sent values pass down; a return in the middle continues there.
def mid():
    r = yield from leaf(2, "m")
    print("mid got", r)
    yield "after"
    r2 = yield from leaf(1, "n")
    return r2


def top():
    r = yield from mid()
    print("top got", r)
    yield "end"


print(list(top()))
t = top()
print(next(t), t.send(1), t.send(2), t.send(3), t.send(4))

# Frames seen from the innermost: the generators between are in their place.
def frames_inner():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    yield names[:6]
    yield [fs.name for fs in traceback.extract_stack()][-5:]


def frames_a():
    yield from frames_inner()


def frames_b():
    yield from frames_a()


def consume():
    for x in frames_b():
        print(x)


consume()

# The generators between are running while the innermost runs.
def spy():
    yield (outer_g.gi_running, middle_g.gi_running)
    try:
        next(middle_g)
    except ValueError as e:
        yield f"ValueError: {e}"
    yield (outer_g.gi_running, middle_g.gi_running)


def middle():
    yield from spy()


def outer():
    yield "start"
    yield from middle_g


middle_g = middle()
outer_g = outer()
for v in outer_g:
    print(v, outer_g.gi_running, middle_g.gi_running)

# Exceptions from the innermost reach the generators between.
def failing():
    yield 1
    yield 2
    raise KeyError("deep")


def catcher():
    try:
        yield from failing()
    except KeyError as e:
        print("caught in catcher", repr(e))
        yield "recovered"
    yield "catcher done"


def passer():
    yield from catcher()
    yield "passer done"


print(list(passer()))


def uncaught():
    yield from passer_failing()


def passer_failing():
    yield from failing()


try:
    for v in uncaught():
        print("got", v)
except KeyError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line for line in tb if "line" in line))

# StopIteration raised inside the innermost becomes RuntimeError there.
def bad_stop():
    yield 1
    raise StopIteration("oops")


def wraps_bad():
    yield from bad_stop()


try:
    for v in (lambda: (yield from wraps_bad()))():
        print("v", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# throw() and close() into a chain that has been resumed several times.
def closer_leaf():
    try:
        while True:
            yield "leaf"
    finally:
        print("leaf closed")


def closer_mid():
    try:
        yield from closer_leaf()
    finally:
        print("mid closed")


c = closer_mid()
print(next(c), next(c), next(c))
c.close()
c = closer_mid()
next(c)
next(c)
try:
    c.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown out:", e)


def thrown_leaf():
    while True:
        try:
            yield "t"
        except TypeError:
            print("leaf handled TypeError")


def thrown_mid():
    yield from thrown_leaf()


m = thrown_mid()
print(next(m), next(m), m.throw(TypeError), next(m))

# sys.exc_info() in the innermost while a generator between handles an exception.
def exc_leaf():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def exc_mid():
    try:
        raise IndexError
    except IndexError:
        yield from exc_leaf()


print(list(exc_mid()))


def exc_outer():
    yield from exc_mid()


print(list(exc_outer()))
try:
    raise OSError
except OSError:
    print(list(exc_outer()))

# Recursion limit: a deep chain under a low limit stops where CPython's does.
kept = []


def deep(n):
    if n == 0:
        yield sys._getframe().f_back is not None
        yield "bottom"
    else:
        # Kept, so that no generator is finalized while the recursion limit is low.
        sub = deep(n - 1)
        kept.append(sub)
        yield from sub


old = sys.getrecursionlimit()
for n in (20, 60):
    d = deep(n)
    print(n, next(d))
    sys.setrecursionlimit(50)
    try:
        print(n, next(d))
    except RecursionError as e:
        print(n, "RecursionError", e)
    finally:
        sys.setrecursionlimit(old)

# Coroutines: an await chain driven by send.
class Ready:
    def __await__(self):
        x = yield "suspend"
        return x * 2


async def c_leaf():
    a = await Ready()
    b = await Ready()
    return a + b


async def c_mid():
    return await c_leaf() + 1


async def c_top():
    r = await c_mid()
    return r


co = c_top()
print(co.send(None), co.send(10))
try:
    co.send(20)
except StopIteration as e:
    print("coroutine returned", e.value)

# gi_frame and gi_yieldfrom of the generators between after a yield.
def gf_leaf():
    yield 1
    yield 2


def gf_mid():
    yield from gf_leaf()


gm = gf_mid()
next(gm)
next(gm)
print(gm.gi_frame.f_lineno, gm.gi_yieldfrom.__name__, gm.gi_running)

# Exhausted or fresh sub-generators in the chain.
def exhausted_case():
    inner = leaf(2, "e")
    def wrapper():
        yield from inner
    w = wrapper()
    print(next(w))
    print(next(inner))
    print(list(w), list(inner))


exhausted_case()

# A `yield from` over a non-generator iterator in the middle of the chain.
class It:
    def __init__(self):
        self.g = leaf(2, "i")

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.g)


def over_iter():
    yield from It()


def above_iter():
    yield from over_iter()


print(list(above_iter()))

# Returning values up a chain that a `for` loop drains.
def ret_chain(n):
    if n == 0:
        yield "z"
        return 0
    r = yield from ret_chain(n - 1)
    yield r
    return r + 1


print(list(ret_chain(5)))

# Frames seen from a function the innermost calls, after the chain was resumed.
def stack_names():
    return [fs.name for fs in traceback.extract_stack()][-6:]


def called_leaf():
    yield 0
    yield stack_names()
    yield sys._getframe(0).f_back.f_back.f_code.co_name


def called_mid():
    yield from called_leaf()


def called_top():
    yield from called_mid()


print(list(called_top()))

# An exception from the bottom of a long resumed chain, handled some levels up.
def chain_raise(n, handle_at):
    if n == 0:
        yield "b0"
        yield "b1"
        raise LookupError("bottom")
    if n == handle_at:
        try:
            yield from chain_raise(n - 1, handle_at)
        except LookupError:
            print("\n".join(l for l in traceback.format_exc().splitlines() if "line" in l))
            yield f"handled at {n}"
        finally:
            print("finally at", n)
        return "ok"
    try:
        r = yield from chain_raise(n - 1, handle_at)
    finally:
        print("finally at", n)
    yield f"{n} got {r}"
    return r


print(list(chain_raise(6, 3)))

# A consumer resuming two chains in turn, and generators of a chain resumed directly
# between its consumer's resumes.
def counter(tag, n):
    for i in range(n):
        yield f"{tag}{i}"


def wrap(inner):
    r = yield from inner
    return r


def wrap2(inner):
    yield from wrap(inner)
    yield "wrap2 end"


a = wrap2(counter("a", 4))
b = wrap2(counter("b", 4))
print([next(a) + next(b) for _ in range(4)])
print(next(a), next(b))

inner = counter("c", 6)
middle = wrap(inner)
outer = wrap2(middle)
seen = []
for v in outer:
    seen.append(v)
    if v == "c1":
        seen.append("direct " + next(middle))
    if v == "c3":
        seen.append("inner " + next(inner))
print(seen)

thrown = wrap2(thrown_mid())
print(next(thrown), next(thrown))
print(thrown.throw(TypeError), next(thrown))

# Leaving a loop over a resumed chain finalizes it at once.
import weakref


def noisy(tag):
    try:
        while True:
            yield tag
    finally:
        print("finalized", tag)


def holder(tag):
    yield from noisy(tag)


def loop_and_break():
    h = holder("h")
    ref = weakref.ref(h)
    for i, v in enumerate(h):
        if i == 3:
            break
    del h
    print("after break, alive:", ref() is not None)


loop_and_break()
print("done")
