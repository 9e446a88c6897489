# asyncio + async generators: finalization at loop shutdown, break out of async for, athrow from tasks, cancellation inside agen
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0)
    except GeneratorExit:
        print(f"  {name} GeneratorExit")
        raise
    finally:
        print(f"  {name} finally")

async def break_early():
    async for v in ticker("a", 5):
        print("got", v)
        if v == "a1":
            break
    print("after break")

async def explicit_aclose():
    g = ticker("b", 5)
    print(await g.__anext__())
    await g.aclose()
    print("closed; anext ->", await anext(g, "exhausted"))

async def cancel_inside():
    async def consume():
        async for v in ticker("c", 100):
            await asyncio.sleep(0.01)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.015)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consume cancelled")

async def athrow_test():
    async def agen():
        while True:
            try:
                yield 1
            except ValueError as e:
                print("  agen handled", e)
                yield "after-handle"
    g = agen()
    await g.asend(None)
    print(await g.athrow(ValueError("v1")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    print(await anext(g, "done"))

async def agen_await_inside():
    async def agen():
        for i in range(3):
            await asyncio.sleep(0.001)
            yield i * 10
    return [v async for v in agen()]

async def gather_agens():
    async def collect(name, n):
        return [v async for v in ticker(name, n)]
    return await asyncio.gather(collect("x", 2), collect("y", 3))

async def abandoned():
    g = ticker("z", 5)
    print(await g.__anext__())
    # left unfinished: asyncio.run's shutdown_asyncgens will aclose it
    return g

async def aclose_while_running():
    async def agen():
        await asyncio.sleep(0.01)
        yield 1
    g = agen()
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose running:", e)
    print(await t)

async def async_ctx_gen_exc():
    async def agen():
        try:
            yield 1
        finally:
            await asyncio.sleep(0)
            print("  async cleanup done")
    async for v in agen():
        pass
    g = agen()
    await anext(g)
    await g.aclose()

async def main():
    for f in [break_early, explicit_aclose, cancel_inside, athrow_test, agen_await_inside, gather_agens, aclose_while_running, async_ctx_gen_exc]:
        print("==", f.__name__)
        r = await f()
        if r is not None:
            print("result", r)
    global keep
    keep = await abandoned()
    print("main end")

asyncio.run(main())
print("after run")
