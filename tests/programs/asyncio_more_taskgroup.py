# asyncio.TaskGroup: results, failures raised as an ExceptionGroup, sibling cancellation.
import asyncio

log = []

async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail is not None:
        log.append(f"{name} fails")
        raise fail
    log.append(f"{name} done")
    return name.upper()

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        t1 = tg.create_task(worker("a", 0.01))
        t2 = tg.create_task(worker("b", 0), name="bee")
        print(repr(tg), t2.get_name())
    print("all done:", t1.result(), t2.result(), log)
    print(repr(tg))
    late = worker("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "TG"))
    late.close()

    # one failure cancels the siblings; the error comes out in an ExceptionGroup
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("slow1", 1))
            tg.create_task(worker("bad", 0.01, ValueError("boom")))
            tg.create_task(worker("slow2", 1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print([type(e).__name__ + ":" + str(e) for e in eg.exceptions])
    print(sorted(log))

    # several failures at once are all collected
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 0, KeyError("k")))
            tg.create_task(worker("y", 0, TypeError("t")))
    except* KeyError as group:
        print("except* KeyError:", [repr(e) for e in group.exceptions])
    except* TypeError as group:
        print("except* TypeError:", [repr(e) for e in group.exceptions])

    # an error in the body of the async with also cancels the children
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg, [str(e) for e in eg.exceptions])
    print(log)

    # a task that handles its own error does not disturb the group
    async def careful():
        try:
            await worker("inner", 0, ZeroDivisionError("div"))
        except ZeroDivisionError as e:
            return f"handled {e}"
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(careful())
    print(c.result())

    # cancelling the task that owns the group cancels the children too
    log.clear()
    async def owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("kid1", 1))
            tg.create_task(worker("kid2", 1))
    o = asyncio.create_task(owner())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("owner cancelled", sorted(log), o.cancelled())

    # nested groups: the inner group's ExceptionGroup is an error of the outer one
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(worker("deep", 0, OSError("deep error")))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print("outer:", eg)
        print("inner:", eg.exceptions[0], eg.exceptions[0].exceptions)

asyncio.run(main())
