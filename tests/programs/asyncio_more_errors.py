# asyncio odds and ends: cancelled children in gather, queue cancellation, eager tasks,
# executors, async generators and context managers, a task exception never retrieved.
import asyncio

async def sleeper(delay, value):
    await asyncio.sleep(delay)
    return value

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter")
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        self.log.append(f"exit {et.__name__ if et else None}")
        return et is KeyError

async def main():
    # a cancelled child shows up as CancelledError with return_exceptions
    t = asyncio.create_task(sleeper(1, "never"))
    u = asyncio.create_task(sleeper(0, "fine"))
    await asyncio.sleep(0)
    t.cancel("stop it")
    res = await asyncio.gather(t, u, return_exceptions=True)
    print([repr(r) for r in res])

    # without return_exceptions a cancelled child cancels the await
    t = asyncio.create_task(sleeper(1, "never"))
    g = asyncio.gather(t, sleeper(0.01, "other"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", g.done(), g.cancelled())
    await asyncio.sleep(0.02)

    # the same awaitable twice in gather is run once
    t = asyncio.create_task(sleeper(0, "once"))
    print(await asyncio.gather(t, t, t))

    # Queue.get / put cancelled while waiting
    q = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled(), q.empty())
    q.put_nowait("a")
    putter = asyncio.create_task(q.put("b"))
    await asyncio.sleep(0)
    putter.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", putter.cancelled(), q.qsize(), q.get_nowait())
    print(str(q), str(asyncio.PriorityQueue()))
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (3, "a"), (1, "y"), (0, "first")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    # wait_for where the inner task cancels itself
    async def self_cancel():
        await asyncio.sleep(0)
        raise asyncio.CancelledError("inner")
    try:
        await asyncio.wait_for(self_cancel(), 1)
    except asyncio.CancelledError as e:
        print("inner CancelledError passes through:", e.args)

    # eager tasks run their first step at once
    loop = asyncio.get_running_loop()
    steps = []
    async def eager(n):
        steps.append(f"{n} started")
        await asyncio.sleep(0)
        steps.append(f"{n} resumed")
        return n
    loop.set_task_factory(asyncio.eager_task_factory)
    e1 = asyncio.create_task(eager(1))
    steps.append("after create")
    print(steps, e1.done())
    print(await e1, steps)
    async def instant():
        return "instant"
    e2 = asyncio.create_task(instant())
    print("eager done at once:", e2.done(), e2.result())
    loop.set_task_factory(None)
    print(loop.get_task_factory())

    # executors run the function (pyrs: in this thread)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(lambda a, b: a * b, 6, 7))

    # async generators and async with under the loop
    print([x async for x in agen(4)])
    total = 0
    async for x in agen(3):
        total += x
    print(total)
    log = []
    async with Resource(log) as r:
        log.append("body")
    try:
        async with Resource(log):
            raise KeyError("swallowed")
    except KeyError:
        log.append("not reached")
    try:
        async with Resource(log):
            raise ValueError("passes")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)

    # asyncio.sleep(0) inside many tasks interleaves them round-robin
    trace = []
    async def ticker(name):
        for i in range(3):
            trace.append(f"{name}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(ticker("p"), ticker("q"), ticker("r"))
    print(" ".join(trace))
    return "ok"

print(asyncio.run(main()))

# a task whose exception nobody retrieves is reported on stderr
async def lost():
    await asyncio.sleep(0)
    raise ValueError("nobody looked at this")

async def leave_it():
    asyncio.create_task(lost())
    await asyncio.sleep(0.01)
    print("leave_it done")

asyncio.run(leave_it())
print("end")
