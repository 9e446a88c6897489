# async generators and coroutines driven manually: asend/athrow/aclose, states, errors
import types, inspect

def run(coro):
    # drive a coroutine without event loop
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        y = yield 2
        print("agen got", y)
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")

a = agen()
show("asend None", lambda: run(a.asend(None)))
show("asend X", lambda: run(a.asend("X")))
show("athrow", lambda: run(a.athrow(ValueError("bad"))))
show("anext", lambda: run(a.__anext__()))
show("anext after", lambda: run(a.__anext__()))
show("aclose after", lambda: run(a.aclose()))

a = agen()
show("first", lambda: run(a.__anext__()))
show("aclose", lambda: run(a.aclose()))
show("ag_running", lambda: (a.ag_running, a.ag_frame))

async def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a = ignore_exit()
run(a.__anext__())
show("aclose ignore", lambda: run(a.aclose()))

async def agen_ret_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
a = agen_ret_in_finally()
show("athrow unstarted", lambda: run(a.athrow(KeyError("k"))))
show("anext after athrow", lambda: run(a.__anext__()))

# asend on running awaitable reuse
a = agen()
aw = a.asend(None)
show("aw1", lambda: run(aw))
show("aw reuse", lambda: run(aw))

# non-None asend first
a = agen()
show("asend nonNone first", lambda: run(a.asend(5)))

# async for with async gen
async def counter(n):
    for i in range(n):
        yield i
async def main():
    out = []
    async for i in counter(4):
        out.append(i)
    out2 = [i async for i in counter(3)]
    out3 = {i: i*i async for i in counter(3) if i}
    return out, out2, out3
print(run(main()))

# StopAsyncIteration inside asyncgen
async def bad_sai():
    yield 1
    raise StopAsyncIteration
async def use_bad():
    return [i async for i in bad_sai()]
show("bad SAI", lambda: run(use_bad()))

async def bad_si():
    yield 1
    raise StopIteration
async def use_bad2():
    return [i async for i in bad_si()]
show("bad SI", lambda: run(use_bad2()))

# coroutine states
async def simple():
    return 5
c = simple()
print(inspect.getcoroutinestate(c))
print(run(c))
print(inspect.getcoroutinestate(c))
show("reawait", lambda: run(c))
c2 = simple()
c2.close()
show("closed coro", lambda: run(c2))
c3 = simple()
show("throw coro", lambda: c3.throw(ValueError("cv")))
print(inspect.getcoroutinestate(c3))

# await non-awaitable
async def awaits(x):
    return await x
show("await int", lambda: run(awaits(5)))
class BadAwait:
    def __await__(self):
        return 5
show("await bad", lambda: run(awaits(BadAwait())))
class GoodAwait:
    def __await__(self):
        yield
        return "good"
show("await good", lambda: run(awaits(GoodAwait())))
class GenAwait:
    def __await__(self):
        return iter([None, None])
show("await iter", lambda: run(awaits(GenAwait())))

@types.coroutine
def legacy():
    yield "legacy-yield"
    return "legacy-ret"
async def use_legacy():
    return await legacy()
c = use_legacy()
print(c.send(None))
show("legacy", lambda: c.send(None))

# async with protocol
class ACM:
    def __init__(self, suppress): self.suppress = suppress
    async def __aenter__(self):
        print("aenter"); return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        return self.suppress
async def use_acm(s, raise_):
    async with ACM(s) as m:
        if raise_: raise KeyError("inside")
        return "body"
    return "after"
for s in (False, True):
    for r in (False, True):
        show(f"acm {s} {r}", lambda: run(use_acm(s, r)))
class NotACM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def use_not():
    async with NotACM():
        pass
show("not acm", lambda: run(use_not()))
async def use_sync_with_acm():
    with ACM(False):
        pass
show("sync with acm", lambda: run(use_sync_with_acm()))
class BadAenter:
    def __aenter__(self): return 5
    def __aexit__(self, *a): return 5
async def use_bad_aenter():
    async with BadAenter():
        pass
show("bad aenter", lambda: run(use_bad_aenter()))

# async for over non-async-iterable
async def afor_bad():
    async for x in [1, 2]:
        pass
show("afor list", lambda: run(afor_bad()))
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def afor_bad2():
    async for x in BadAnext():
        pass
show("afor bad anext", lambda: run(afor_bad2()))
class BadAiter:
    def __aiter__(self): return 5
async def afor_bad3():
    async for x in BadAiter():
        pass
show("afor bad aiter", lambda: run(afor_bad3()))

# aiter/anext builtins
async def use_builtins():
    it = aiter(counter(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "SAI"
    return a, b, c, d
show("builtins", lambda: run(use_builtins()))
show("anext bad", lambda: anext(5))
show("aiter bad", lambda: aiter(5))

# asyncgen attrs
a = counter(1)
print(a.__name__, a.__qualname__, type(a).__name__, a.ag_running, a.ag_await)
print(inspect.isasyncgen(a), inspect.isasyncgenfunction(counter), inspect.iscoroutinefunction(simple))
