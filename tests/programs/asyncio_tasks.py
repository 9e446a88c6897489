# asyncio.create_task: scheduling order, results, exceptions, names.
import asyncio

events = []

async def step(name, n):
    for i in range(n):
        events.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} finished"

async def main():
    t1 = asyncio.create_task(step("a", 3))
    t2 = asyncio.create_task(step("b", 2))
    print("created, not started:", events)
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2)
    print(events)
    print(t1.done(), t1.result(), t1.cancelled())

    # awaiting a finished task again gives the same result
    print(await t1)

    # a task that raises: the exception is stored and re-raised on await
    async def bad():
        await asyncio.sleep(0)
        raise RuntimeError("task failed")

    t3 = asyncio.create_task(bad())
    try:
        await t3
    except RuntimeError as e:
        print("await raised:", type(e).__name__, e)
    print(t3.done(), type(t3.exception()).__name__, t3.exception())
    try:
        t3.result()
    except RuntimeError as e:
        print("result() raised:", e)

    # result() before the task is done
    t4 = asyncio.create_task(step("c", 1))
    try:
        t4.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    await t4

    # task names
    t5 = asyncio.create_task(step("d", 0), name="worker-5")
    print(t5.get_name())
    t5.set_name("renamed")
    print(t5.get_name())
    await t5

    # current_task inside a task
    async def who():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(who(), name="me"))

    # create_task refuses a non-coroutine
    try:
        asyncio.create_task("step")
    except TypeError as e:
        print(type(e).__name__, e)

    # done callbacks run after completion, in the loop
    seen = []
    t6 = asyncio.create_task(step("e", 1))
    t6.add_done_callback(lambda t: seen.append(t.result()))
    await t6
    await asyncio.sleep(0)
    print("callback saw:", seen)

asyncio.run(main())
