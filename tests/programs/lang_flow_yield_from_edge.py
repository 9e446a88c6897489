# yield from delegation to custom iterators: send/throw/close forwarding, missing methods, GeneratorExit propagation
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, repr(e), "ctx:", type(e.__context__).__name__)

class Sub:
    def __init__(self, n, has_send=True, has_throw=True, has_close=True):
        self.n = n; self.i = 0
        if not has_send: self.send = None
        self.has_throw = has_throw; self.has_close = has_close
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        print("  Sub.__next__", self.i)
        if self.i > self.n: raise StopIteration("sub-done")
        return self.i
    def send(self, v):
        print("  Sub.send", v)
        return self.__next__()
    def __getattr__(self, name):
        if name == "throw" and self.has_throw:
            def throw(*a):
                print("  Sub.throw", [type(x).__name__ for x in a])
                if isinstance(a[0], KeyError) or a[0] is KeyError:
                    return "throw-handled"
                raise a[0]
            return throw
        if name == "close" and self.has_close:
            def close():
                print("  Sub.close")
            return close
        raise AttributeError(name)

def deleg(sub):
    r = yield from sub
    print("  deleg got", r)
    return r

g = deleg(Sub(3))
show("next", lambda: next(g))
show("send", lambda: g.send("hi"))
show("throw KeyError", lambda: g.throw(KeyError("k")))
show("throw ValueError", lambda: g.throw(ValueError("v")))
show("after", lambda: next(g))

g = deleg(Sub(3, has_throw=False))
next(g)
show("throw no method", lambda: g.throw(ValueError("v2")))
g = deleg(Sub(3, has_throw=False, has_close=True))
next(g)
show("throw no method close called?", lambda: g.throw(KeyError("kk")))

g = deleg(Sub(3))
next(g)
show("close", lambda: g.close())
g = deleg(Sub(3, has_close=False))
next(g)
show("close no method", lambda: g.close())

class CloseRaises(Sub):
    def __getattr__(self, name):
        if name == "close":
            def close(): raise RuntimeError("close failed")
            return close
        raise AttributeError(name)
g = deleg(CloseRaises(3))
next(g)
show("close raises", lambda: g.close())
g = deleg(CloseRaises(3))
next(g)
show("throw GeneratorExit", lambda: g.throw(GeneratorExit))

# send None vs non-None chooses __next__ vs send
g = deleg(Sub(5))
next(g)
show("send None", lambda: g.send(None))
show("send 1", lambda: g.send(1))

# send to sub without send
class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    yield from NoSend()
g = d2(); next(g)
show("send to nosend", lambda: g.send(5))

# subgenerator returning via StopIteration subclass value
def sub_ret():
    yield 1
    return [1, 2]
def outer():
    x = yield from sub_ret()
    yield x
print(list(outer()))

# yield from with throw of GeneratorExit to inner generator
def inner_ge():
    try:
        yield 1
    except GeneratorExit:
        print("  inner got GeneratorExit")
        raise
def outer_ge():
    try:
        yield from inner_ge()
    except GeneratorExit:
        print("  outer got GeneratorExit")
        raise
g = outer_ge(); next(g)
show("close chain", lambda: g.close())
g = outer_ge(); next(g)
show("throw GE chain", lambda: g.throw(GeneratorExit("explicit")))

# inner returns value in response to throw
def inner_ret():
    try:
        yield 1
    except ValueError:
        return "ret-on-throw"
def outer_ret():
    r = yield from inner_ret()
    yield ("outer saw", r)
g = outer_ret(); next(g)
show("throw->return", lambda: g.throw(ValueError))

# yield from generator currently running
def selfdeleg():
    yield from gen_ref
gen_ref = selfdeleg()
show("self delegation", lambda: next(gen_ref))

# yield from non-iterable
def yf_bad():
    yield from 5
show("yield from int", lambda: next(yf_bad()))
def yf_coro():
    async def c(): pass
    co = c()
    try:
        yield from co
    finally:
        co.close()
show("yield from coroutine", lambda: next(yf_coro()))

# gi_yieldfrom traces
def leaf():
    yield "leaf"
def mid():
    yield from leaf()
def top():
    yield from mid()
t = top(); next(t)
print(t.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)

# generator frame locals
def loc():
    a = 1
    yield
    b = 2
    yield
l = loc(); next(l)
print(sorted(l.gi_frame.f_locals))
next(l)
print(sorted(l.gi_frame.f_locals.items()))

# throw with traceback arg
import sys
def catcher():
    try:
        yield
    except Exception as e:
        n = 0; tb = e.__traceback__
        while tb: n += 1; tb = tb.tb_next
        yield n
try:
    raise ValueError("tb")
except ValueError as e:
    saved = e
c = catcher(); next(c)
import warnings
warnings.simplefilter("ignore")
print("tb frames", c.throw(type(saved), saved, saved.__traceback__))
c = catcher(); next(c)
show("throw bad tb", lambda: c.throw(ValueError, ValueError(), 5))
