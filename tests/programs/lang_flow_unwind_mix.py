# unwinding through with/finally/loops: break/continue/return crossing with-blocks, __exit__ suppression, order of exits
log = []
class CM:
    def __init__(self, name, suppress=False, ret=None):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name); return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

def run(label, f):
    log.clear()
    try:
        r = f()
        print(label, "->", repr(r), log)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e, log)

def a():
    for i in range(3):
        with CM(f"c{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return i
run("a", a)

def b():
    with CM("outer"):
        for i in range(3):
            with CM("inner"), CM("inner2"):
                if i == 1:
                    return i
run("b", b)

def c():
    for i in range(3):
        with CM("s", suppress=True):
            raise ValueError(i)
        log.append(f"after {i}")
    return "done"
run("c", c)

def d():
    while True:
        try:
            with CM("d"):
                try:
                    return "try-return"
                finally:
                    log.append("inner finally")
        finally:
            log.append("outer finally")
run("d", d)

def e():
    for i in range(3):
        try:
            with CM("e", suppress=True):
                try:
                    raise KeyError
                finally:
                    if i == 1:
                        break
        finally:
            log.append(f"fin {i}")
    return i
run("e", e)

def f():
    with CM("f"):
        with CM("g", suppress=True):
            return "ret"
run("f", f)

def g():
    try:
        with CM("g1"):
            raise ValueError("body")
    except ValueError as ex:
        log.append("caught " + str(ex))
        with CM("g2"):
            raise
run("g", g)

class ExitRet:
    def __enter__(self): return self
    def __exit__(self, *a):
        return 1  # truthy non-bool
def h():
    with ExitRet():
        raise ValueError
    return "suppressed by truthy"
run("h", h)

class ExitBadBool:
    def __enter__(self): return self
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise RuntimeError("bool failed")
        return B()
def i():
    with ExitBadBool():
        raise ValueError("orig")
run("i", i)

class NoExit:
    def __enter__(self): return self
def j():
    with NoExit():
        pass
run("j", j)
class NoEnter:
    def __exit__(self, *a): pass
def k():
    with NoEnter():
        pass
run("k", k)
def k2():
    with CM("first"), NoEnter():
        pass
run("k2", k2)

class EnterRaises:
    def __enter__(self): raise KeyError("enter")
    def __exit__(self, *a): log.append("exit should not run")
def l():
    with CM("outer"), EnterRaises():
        pass
run("l", l)

# nested loops with else clauses and break/continue in finally
def m():
    out = []
    for i in range(3):
        for j in range(3):
            if j == i:
                break
        else:
            out.append(("no break", i))
        while False:
            pass
        else:
            out.append(("while else", i))
    return out
run("m", m)

def n():
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2:
                continue
        finally:
            log.append(i)
    else:
        log.append("else")
    return i
run("n", n)

# return value overwritten by finally in generator-based context
def o():
    try:
        try:
            raise ValueError("x")
        except ValueError:
            return "from except"
        finally:
            log.append("finally1")
    finally:
        log.append("finally2")
run("o", o)

def p():
    try:
        raise ValueError("lost")
    except ValueError:
        raise KeyError("replacing")
    finally:
        return "finally wins"
run("p", p)

# exceptions in __exit__ while returning
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit raises")
def q():
    with ExitRaises():
        return "never"
run("q", q)
def r():
    for x in range(3):
        with ExitRaises():
            break
run("r", r)

# with target unpacking and attribute targets
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
def s():
    class T: pass
    t = T()
    with Pair() as (a, b), Pair() as t.attr:
        return a, b, t.attr
run("s", s)

# parenthesised with items
def t():
    with (
        CM("p1") as x,
        CM("p2") as y,
    ):
        return x.name, y.name
run("t", t)

# loop over generator with return in finally inside loop
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")
def u():
    for v in gen():
        try:
            return v
        finally:
            log.append("loop finally")
run("u", u)

# async with + break/continue/return
import asyncio
class ACM:
    def __init__(self, n): self.n = n
    async def __aenter__(self): log.append("aenter " + self.n); return self
    async def __aexit__(self, *a): log.append("aexit " + self.n); return False
async def v():
    for i in range(3):
        async with ACM(str(i)):
            if i == 0: continue
            if i == 1: break
    async with ACM("r"):
        return "async ret"
run("v", lambda: asyncio.run(v()))
