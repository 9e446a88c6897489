# asyncio.wait_for with timeouts that fire and that do not; asyncio.timeout.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(10)
        return "slow finished"
    except asyncio.CancelledError:
        log.append("slow was cancelled")
        raise

async def quick():
    await asyncio.sleep(0)
    return "quick result"

async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)))
    print(log)

    # TimeoutError is asyncio.TimeoutError in 3.11+
    print(asyncio.TimeoutError is TimeoutError)

    # no timeout fires when the coroutine is fast
    print(await asyncio.wait_for(quick(), timeout=5))
    print(await asyncio.wait_for(quick(), timeout=None))

    # a timeout of 0 on an unfinished coroutine times out immediately
    log2 = []
    try:
        await asyncio.wait_for(slow(log2), timeout=0)
    except TimeoutError:
        print("zero timeout fired")
    print(log2)

    # wait_for on a task cancels the task on timeout
    task = asyncio.create_task(slow([]))
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print("task timed out; cancelled:", task.cancelled(), "done:", task.done())

    # exceptions from the awaited coroutine pass through wait_for
    async def broken():
        await asyncio.sleep(0)
        raise ValueError("inner failure")
    try:
        await asyncio.wait_for(broken(), 1)
    except ValueError as e:
        print(type(e).__name__, e)

    # asyncio.timeout context manager
    log3 = []
    try:
        async with asyncio.timeout(0.01):
            await slow(log3)
    except TimeoutError:
        print("asyncio.timeout fired", log3)

    async with asyncio.timeout(5):
        print("inside generous timeout:", await quick())

    # catching the timeout inside and continuing
    results = []
    for delay in [0, 10]:
        try:
            results.append(await asyncio.wait_for(asyncio.sleep(delay, result=f"slept {delay}"), 0.02))
        except TimeoutError:
            results.append(f"timeout for {delay}")
    print(results)

asyncio.run(main())
