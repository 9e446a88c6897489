# Task cancellation basics: cancel(), CancelledError, cleanup, cancelled().
import asyncio

async def sleeper(log, name):
    try:
        log.append(f"{name} sleeping")
        await asyncio.sleep(10)
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} got CancelledError")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "t1"))
    await asyncio.sleep(0)
    print("cancel returned:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(log)
    print(t.cancelled(), t.done())
    print("cancel again:", t.cancel())

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

    # cancelling before the task ever ran
    log = []
    t2 = asyncio.create_task(sleeper(log, "t2"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print("never started:", log, t2.cancelled())

    # cancel with a message
    t3 = asyncio.create_task(sleeper([], "t3"))
    await asyncio.sleep(0)
    t3.cancel("shutting down")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # a task that catches CancelledError and returns normally is not cancelled
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored the cancel"
    t4 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, t4.cancelled())

    # cancelling a finished task does nothing
    async def quick():
        return 5
    t5 = asyncio.create_task(quick())
    await t5
    print("cancel finished:", t5.cancel(), t5.result())

    # result() and exception() of a cancelled task raise CancelledError
    for method in ("result", "exception"):
        try:
            getattr(t, method)()
        except asyncio.CancelledError:
            print(method, "raised CancelledError")

    # gather cancels its children when it is cancelled
    log = []
    g = asyncio.gather(sleeper(log, "g1"), sleeper(log, "g2"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(sorted(log))

asyncio.run(main())
