# asyncio.wait, as_completed and shield.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    # FIRST_COMPLETED
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.1), ("b", 0.001), ("c", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all completed:", names(done), names(pending), [t.result() for t in tasks])

    # FIRST_EXCEPTION
    tasks = [asyncio.create_task(job("ok", 0), name="ok"),
             asyncio.create_task(job("bad", 0.01, True), name="bad"),
             asyncio.create_task(job("slow", 0.2), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()

    # timeout: wait returns what is done, nothing is cancelled
    slow = asyncio.create_task(job("slow", 0.2), name="slow")
    quick = asyncio.create_task(job("quick", 0), name="quick")
    done, pending = await asyncio.wait([slow, quick], timeout=0.02)
    print("timeout:", names(done), names(pending), slow.cancelled())
    slow.cancel()

    # the argument checks
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    t = asyncio.create_task(job("t", 0))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print(type(e).__name__, e)
    await t

    # as_completed yields results in completion order
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.04), ("y", 0.001), ("z", 0.02)]]
    order = []
    for next_done in asyncio.as_completed(tasks):
        order.append(await next_done)
    print("as_completed:", order)

    # as_completed with a timeout
    tasks = [asyncio.create_task(job("fast", 0)), asyncio.create_task(job("never", 5))]
    got = []
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.02):
            got.append(await next_done)
    except TimeoutError:
        print("as_completed timed out after", got)
    tasks[1].cancel()

    # shield: cancelling the outer future leaves the inner task running
    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print("outer.cancel():", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    # a shielded coroutine survives the cancellation of the task awaiting it
    log = []
    async def precious():
        await asyncio.sleep(0.1)
        log.append("precious finished")
        return 42
    async def caller():
        return await asyncio.shield(precious())
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.005)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled", log)
    await asyncio.sleep(0.15)
    print(log)

    # shield of a finished future returns it unchanged
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(asyncio.shield(f) is f)

    # wait_for on a shielded task: the timeout cancels only the shield
    inner = asyncio.create_task(job("kept", 0.1))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("timed out, inner still running:", not inner.done())
    print(await inner)

asyncio.run(main())
