import asyncio, contextlib, types

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

@types.coroutine
def suspend(tag):
    v = yield tag
    return v

async def stepper(name):
    got = []
    for i in range(3):
        got.append(await suspend(f"{name}{i}"))
    return got

c = stepper("s")
trace = [c.send(None)]
try:
    while True:
        trace.append(c.send(len(trace)))
except StopIteration as e:
    trace.append(("done", e.value))
show("manual drive", lambda: trace)

async def agen():
    try:
        for i in range(5):
            try:
                x = yield i
                if x:
                    print("agen got", x)
            except ValueError as e:
                print("agen caught", e)
                yield -1
    finally:
        print("agen cleanup")

async def drive():
    g = agen()
    print("first", await g.__anext__())
    print("asend", await g.asend("hello"))
    print("athrow", await g.athrow(ValueError("vv")))
    print("next", await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print("anext default", await anext(g, "dflt"))
    g2 = agen()
    out = []
    async for v in g2:
        out.append(v)
        if v == 2:
            break
    await g2.aclose()
    print("broke at", out)
    print("ag attrs", type(g2).__name__, g2.__name__)

    @contextlib.asynccontextmanager
    async def resource(name):
        print("acquire", name)
        try:
            yield name * 2
        finally:
            print("release", name)
    async with resource("r") as r:
        print("using", r)
    try:
        async with resource("e"):
            raise KeyError("inside async cm")
    except KeyError as e:
        print("propagated", e)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(resource("x"))
        b = await st.enter_async_context(resource("y"))
        st.push_async_callback(asyncio.sleep, 0)
        print("stack", a, b)

    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    coros = [add(i, i) for i in range(4)]
    print("gather list", await asyncio.gather(*coros))
    print("gather empty", await asyncio.gather())
    t = asyncio.ensure_future(add(1, 2))
    print("ensure_future", await t, type(t).__name__)
    results = await asyncio.gather(*(asyncio.wait_for(add(i, 1), 1) for i in range(3)))
    print("wait_for gather", results)

    async def cancellable(log):
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            log.append("got cancel")
            raise
        finally:
            log.append("finally")
    log = []
    t = asyncio.create_task(cancellable(log))
    await asyncio.sleep(0)
    print("cancel ret", t.cancel("why"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel msg", e.args, log)
    s = asyncio.shield(add(5, 5))
    print("shield", await s)

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print("q", q.qsize(), q.get_nowait(), q.full())
    try:
        asyncio.Queue(maxsize=1).get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print("pq", [await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print("lifo", [lq.get_nowait() for _ in range(3)])

    async def worker(name, q, out):
        while True:
            item = await q.get()
            out.append((name, item))
            await asyncio.sleep(0)
            q.task_done()
    wq = asyncio.Queue()
    for i in range(6):
        wq.put_nowait(i)
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", wq, out)) for i in range(2)]
    await wq.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("workers", sorted(x for _, x in out), [type(r).__name__ for r in res])

    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0.001, order.append, 3)
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0.01)
    print("callbacks", order)
    f = loop.create_future()
    f.add_done_callback(lambda fut: order.append(("cb", fut.result())))
    f.set_result(9)
    await asyncio.sleep(0)
    print("done cb", order[-1], f.done(), f.result())
    f2 = loop.create_future()
    f2.set_exception(ValueError("fut err"))
    try:
        await f2
    except ValueError as e:
        print("future exc", e)
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("invalid state", type(e).__name__)
    r = await loop.run_in_executor(None, sum, [1, 2, 3]) if False else 6
    print("executor skipped", r)
    cur = asyncio.current_task()
    print("current task", cur.get_name().startswith("Task-"), len(asyncio.all_tasks()) >= 1)
    await asyncio.sleep(0)
    return "drive done"

print(asyncio.run(drive()))

async def raiser():
    raise ValueError("top-level")
try:
    asyncio.run(raiser())
except ValueError as e:
    print("asyncio.run propagated", e)

async def sleeper_order():
    out = []
    async def s(n, d):
        await asyncio.sleep(d)
        out.append(n)
    await asyncio.gather(s("c", 0.03), s("a", 0.01), s("b", 0.02), s("z", 0))
    return out
print("sleep order", asyncio.run(sleeper_order()))

async def gen_in_task():
    async def ag():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    return [i async for i in ag()], await asyncio.gather(*[asyncio.sleep(0, result=i) for i in range(3)])
print(asyncio.run(gen_in_task()))
