# asyncio cancellation semantics: uncancel/cancelling counts, nested timeouts, TaskGroup external cancel, gather cancel propagation, callbacks order
import asyncio

async def t_cancelling():
    async def sleeper():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("  cancelling inside", t.cancelling())
            raise
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel(); t.cancel()
    print("  cancelling before", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("  after", t.cancelling(), t.uncancel(), t.cancelling())

async def t_nested_timeouts():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("  inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        print("  outer timed out")
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print("  rescheduled", cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("  not reached?")
    except TimeoutError:
        print("  already expired")

async def t_gather_cancel():
    async def child(i):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("  child cancelled", i)
            raise
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("  gather cancelled", g.cancelled())
    async def failing():
        await asyncio.sleep(0)
        raise KeyError("fail")
    g2 = asyncio.gather(child(3), failing())
    try:
        await g2
    except KeyError:
        print("  gather got KeyError; sibling still running")
    await asyncio.sleep(0.01)

async def t_taskgroup_external_cancel():
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            tg.create_task(asyncio.sleep(1))
            await asyncio.sleep(1)
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("  taskgroup body cancelled", t.cancelled())

async def t_taskgroup_after_exit():
    async with asyncio.TaskGroup() as tg:
        pass
    try:
        c = asyncio.sleep(0)
        tg.create_task(c)
    except RuntimeError as e:
        c.close()
        print("  create after exit:", e)

async def t_callbacks():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0.01, order.append, "later")
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(("done", f.result())))
    fut.add_done_callback(lambda f: order.append("second cb"))
    fut.set_result(5)
    await asyncio.sleep(0.02)
    print(" ", order)
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print("  InvalidStateError", e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("  pending result:", e)
    f2.set_exception(ValueError("fe"))
    print("  exception()", repr(f2.exception()))
    try:
        f2.set_exception(StopIteration())
    except Exception as e:
        print(" ", type(e).__name__, e)
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("x"))
    except TypeError as e:
        print("  set StopIteration:", e)

async def t_wait_for_cancel_inner():
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("  slow cancelled by wait_for")
            raise
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError as e:
        print("  TimeoutError context:", type(e.__context__).__name__)
    try:
        r = await asyncio.wait_for(asyncio.sleep(0, "instant"), 0)
        print("  wait_for 0 timeout:", r)
    except TimeoutError as e:
        print("  wait_for 0 timeout raised", type(e.__cause__).__name__)

async def t_shield_cancel_outer():
    async def inner():
        await asyncio.sleep(0.01)
        return "inner-done"
    t = asyncio.create_task(inner())
    async def waiter():
        return await asyncio.shield(t)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("  waiter cancelled; inner:", await t)

async def t_task_exception_never_retrieved():
    async def boom():
        raise ValueError("nobody retrieves")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("  done", t.done(), type(t.exception()).__name__)

async def t_current_and_all():
    async def named():
        await asyncio.sleep(0.01)
    ts = [asyncio.create_task(named(), name=f"n{i}") for i in range(3)]
    print("  names", sorted(t.get_name() for t in asyncio.all_tasks() if t.get_name().startswith("n")))
    await asyncio.gather(*ts)
    t = asyncio.current_task()
    t.set_name("renamed")
    print("  current", t.get_name())

async def main():
    for f in [t_cancelling, t_nested_timeouts, t_gather_cancel, t_taskgroup_external_cancel, t_taskgroup_after_exit,
              t_callbacks, t_wait_for_cancel_inner, t_shield_cancel_outer, t_task_exception_never_retrieved, t_current_and_all]:
        print("==", f.__name__)
        await f()
asyncio.run(main())
