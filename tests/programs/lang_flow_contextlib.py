# contextlib: contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout, chdir, async variants
import contextlib, io, sys, asyncio

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e, "| ctx:", type(e.__context__).__name__)

@contextlib.contextmanager
def cm(name, swallow=False, reraise_other=False):
    print("enter", name)
    try:
        yield name
    except Exception as e:
        print("cm saw", type(e).__name__, e)
        if reraise_other:
            raise RuntimeError("other") from e
        if not swallow:
            raise
    finally:
        print("exit", name)

def u1():
    with cm("a") as v:
        return v
def u2():
    with cm("b", swallow=True):
        raise ValueError("x")
    return "swallowed"
def u3():
    with cm("c"):
        raise ValueError("y")
def u4():
    with cm("d", reraise_other=True):
        raise ValueError("z")
for u in [u1, u2, u3, u4]:
    show(u.__name__, u)

@contextlib.contextmanager
def noyield():
    if False: yield
show("noyield", lambda: noyield().__enter__())
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
def u5():
    with twoyield():
        pass
show("twoyield", u5)
def u5b():
    with twoyield():
        raise KeyError("q")
show("twoyield exc", u5b)

@contextlib.contextmanager
def stopiter_cm():
    yield
def u6():
    with stopiter_cm():
        raise StopIteration("si")
show("stopiter through cm", u6)

# contextmanager as decorator
@cm("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
show("deco1", lambda: decorated(2))
show("deco2", lambda: decorated(3))

# ExitStack ordering and exception handling
def u7():
    with contextlib.ExitStack() as st:
        st.callback(print, "cb1")
        st.enter_context(cm("s1"))
        st.callback(lambda: print("cb2"))
        st.push(lambda et, ev, tb: print("push exit", et and et.__name__) or False)
        raise KeyError("es")
show("exitstack", u7)

def u8():
    with contextlib.ExitStack() as st:
        def suppressor(*a):
            print("suppressing", a[0].__name__); return True
        st.push(suppressor)
        def raiser(*a):
            raise ValueError("from cb")
        st.push(raiser)
        raise KeyError("orig")
    return "suppressed"
show("exitstack suppress", u8)

def u9():
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1/0)
        st.callback(lambda: [][0])
    return "x"
show("exitstack chain", u9)
try:
    u9()
except ZeroDivisionError as e:
    print("ctx chain", type(e.__context__).__name__)

def u10():
    st = contextlib.ExitStack()
    st.callback(print, "moved")
    new = st.pop_all()
    print("closing old"); st.close()
    print("closing new"); new.close()
u10()
show("enter_context bad", lambda: contextlib.ExitStack().enter_context(5))

# suppress
with contextlib.suppress(KeyError, IndexError):
    {}[1]
print("after suppress")
show("suppress other", lambda: contextlib.suppress(KeyError).__exit__(ValueError, ValueError(), None))
def u11():
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
show("suppress eg", u11)
def u12():
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    return "all suppressed"
show("suppress eg all", u12)
with contextlib.suppress():
    pass

# closing
class Res:
    def close(self): print("Res closed")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)

# nullcontext
with contextlib.nullcontext(5) as n:
    print("null", n)
with contextlib.nullcontext() as n:
    print("null", n)

# redirect
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    print("more", end="")
print("got", repr(buf.getvalue()))
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    print("err", file=sys.stderr)
print("err got", repr(buf.getvalue()))
# nested reentrant redirect
rbuf = io.StringIO()
r = contextlib.redirect_stdout(rbuf)
with r:
    with r:
        print("x")
print("redirect reentrant", repr(rbuf.getvalue()))

# ContextDecorator
class mycd(contextlib.ContextDecorator):
    def __enter__(self): print("cd enter"); return self
    def __exit__(self, *exc): print("cd exit", exc[0]); return False
@mycd()
def fcd(): print("fcd"); return 1
print(fcd())

# AbstractContextManager
class Acm(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with Acm() as a:
    print(type(a).__name__)
print(isinstance(open.__class__, type), issubclass(io.StringIO, contextlib.AbstractContextManager))

# async variants
@contextlib.asynccontextmanager
async def acm(name):
    print("aenter", name)
    try:
        yield name
    finally:
        print("aexit", name)

class AClose:
    async def aclose(self): print("aclosed")

async def amain():
    async with acm("x") as v:
        print("inside", v)
    try:
        async with acm("y"):
            raise ValueError("async body")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(acm("z"))
        st.push_async_callback(lambda: asyncio.sleep(0, print("async cb")))
        st.callback(print, "sync cb")
        print("stack body", v)
    async with contextlib.aclosing(AClose()):
        pass
    async with contextlib.nullcontext(7) as n:
        print("async null", n)
    @acm("decor")
    async def decorated():
        print("async decorated body")
        return 3
    print(await decorated())
    try:
        async with contextlib.AsyncExitStack() as st:
            st.enter_context(acm("wrong"))
    except TypeError as e:
        print("TypeError", e)
asyncio.run(amain())

# chdir
import os
d0 = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == d0)
