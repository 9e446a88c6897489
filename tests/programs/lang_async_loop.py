import asyncio

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

# hand-written event loop
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n

async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += await Sleep(i)
        print(f"{name} step {i}")
    return f"{name}:{total}"

def run_all(*coros):
    queue = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    t = 0
    while queue:
        queue.sort(key=lambda x: (x[0], x[1]))
        when, i, c = queue.pop(0)
        try:
            cmd = c.send(None)
            queue.append((when + cmd[1] + 1, i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[i] for i in sorted(results)]

print(run_all(worker("a", 3), worker("b", 2)))

async def failing():
    await Sleep(0)
    raise ValueError("inner fail")
c = failing()
show("send1", lambda: c.send(None))
show("send2", lambda: c.send(None))
c2 = worker("x", 1)
show("coro throw", lambda: (c2.send(None), c2.throw(KeyError("kk"))))
c3 = worker("y", 1)
c3.close()
show("closed coro", lambda: c3.send(None))
async def simple(): return 1
co = simple()
show("coro repr type", lambda: (type(co).__name__, co.cr_running, co.__name__, co.__qualname__))
try:
    co.send(None)
except StopIteration as e:
    print("stop value", e.value)
show("reuse", lambda: co.send(None))

class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return True

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x * 2

async def boom(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    print([x async for x in AIter(3)])
    async for v in agen(3):
        print("agen", v)
    print([x async for x in agen(4) if x > 10])
    async with ACM("one") as n:
        print("inside", n)
        raise KeyError("swallowed")
    print("after acm")
    r = await asyncio.gather(slow(1, 0.01), slow(2, 0), slow(3, 0.005))
    print("gather", r)
    r = await asyncio.gather(slow(1, 0), boom("g"), return_exceptions=True)
    print("gather exc", [type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    try:
        await asyncio.gather(slow(1, 0), boom("raised"))
    except RuntimeError as e:
        print("gather raised", e)
    t1 = asyncio.create_task(slow(5, 0.01), name="t-five")
    t2 = asyncio.create_task(slow(6, 0))
    print("task name", t1.get_name(), t1.done())
    print("awaited", await t1, await t2, t1.done(), t1.result())
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue", out, q.empty(), q.qsize())
    try:
        await asyncio.wait_for(slow(1, 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print("wait_for ok", await asyncio.wait_for(slow(4, 0), timeout=1))
    t = asyncio.create_task(slow(1, 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, i * 0.01)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print("wait", len(done), len(pending), sorted(d.result() for d in done))
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([slow(3, 0.02), slow(1, 0), slow(2, 0.01)]):
        results.append(await coro)
    print("as_completed", results)
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.001)
        ev.set()
    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print("lock order", order)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print("sem", await asyncio.gather(*(limited(i) for i in range(4))))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "fut value")
    print("future", await fut)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(slow(10, 0))
        b = tg.create_task(slow(20, 0.001))
    print("taskgroup", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("tg1"))
            tg.create_task(slow(1, 1))
    except* RuntimeError as eg:
        print("tg error", [str(e) for e in eg.exceptions])
    return "main done"

print(asyncio.run(main()))
show("run non-coro", lambda: asyncio.run(1))
show("iscoro", lambda: (asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(show)))
