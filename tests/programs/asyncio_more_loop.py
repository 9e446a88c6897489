# The event loop API, futures, reprs, iscoroutine*, timeouts and cancellation details.
import asyncio

# loop callbacks outside asyncio.run
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
calls = []
loop.call_soon(calls.append, "soon 1")
h = loop.call_soon(calls.append, "cancelled")
loop.call_soon(calls.append, "soon 2")
h.cancel()
print("handle cancelled:", h.cancelled())
loop.call_later(0.02, calls.append, "later 0.02")
loop.call_later(0.01, calls.append, "later 0.01")
loop.call_at(loop.time() + 0.015, calls.append, "at +0.015")
t = loop.call_later(0.005, calls.append, "cancelled timer")
t.cancel()
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(calls)

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print(loop.run_until_complete(add(2, 3)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from a callback")
print(loop.run_until_complete(fut))

def in_callback():
    calls.append(("running?", loop.is_running(), asyncio.get_running_loop() is loop))
    loop.stop()
calls.clear()
loop.call_soon(in_callback)
loop.run_forever()
print(calls)

# stop() from a callback still runs the callbacks already queued
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
loop.call_soon(order.append, 3)
loop.call_soon(loop.stop)
loop.run_forever()
print("stop order:", order)

loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
late = add(1, 1)
try:
    loop.run_until_complete(late)
except RuntimeError as e:
    print("RuntimeError:", e)
late.close()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# set_event_loop / get_event_loop
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
loop2.close()
asyncio.set_event_loop(None)

# iscoroutine / iscoroutinefunction
def plain():
    return 1
coro = add(1, 2)
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(plain()), asyncio.iscoroutine(None))
coro.close()
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(plain))

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), asyncio.get_event_loop() is loop)

    # Future states and reprs
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result([1, 2, 3])
    print(repr(f), f.result(), f.exception())
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    print(repr(g), repr(g.exception()))
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    c = loop.create_future()
    print(c.cancel("why"), repr(c), c.cancel())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    long = loop.create_future()
    long.set_result("x" * 100)
    print(repr(long))

    # done callbacks: called in order, once, with the future; remove returns the count
    d = loop.create_future()
    seen = []
    def cb1(fut):
        seen.append(("cb1", fut.result()))
    def cb2(fut):
        seen.append(("cb2", fut.result()))
    d.add_done_callback(cb1)
    d.add_done_callback(cb2)
    d.add_done_callback(cb1)
    print("removed:", d.remove_done_callback(cb1), d.remove_done_callback(cb1))
    d.set_result("v")
    await asyncio.sleep(0)
    print(seen)

    # task reprs and names
    async def nap():
        await asyncio.sleep(0)
        return "rested"
    t = asyncio.create_task(nap(), name="napper")
    print(t.get_name(), t.done(), repr(t).startswith("<Task pending name='napper' coro=<main.<locals>.nap() running at"))
    await t
    print(repr(t))
    print(t.get_coro().__qualname__)
    me = asyncio.current_task()
    print(me.get_name(), len(asyncio.all_tasks()), me in asyncio.all_tasks())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # ensure_future
    co = nap()
    task = asyncio.ensure_future(co)
    print(type(task).__name__, await task)
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future("nope")
    except TypeError as e:
        print("TypeError:", e)

    # asyncio.run inside a running loop
    inner = nap()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("RuntimeError:", e)
    inner.close()

    # run_until_complete inside a running loop
    other = asyncio.new_event_loop()
    try:
        loop.run_until_complete(f)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()

    # cancelling: counters, messages, uncancel
    async def stubborn():
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("  stubborn caught", e.args, asyncio.current_task().cancelling())
        return "survived"
    s = asyncio.create_task(stubborn())
    for msg in ("one", "two", "three"):
        await asyncio.sleep(0)
        s.cancel(msg)
    print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.uncancel())

    # asyncio.timeout details
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when(), cm.expired())
        cm.reschedule(loop.time() + 5)
        print("rescheduled:", cm.when() is not None)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", cm.expired(), repr(cm), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at in the past fires", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.02)
        print("rescheduled to None: no timeout")
    except TimeoutError:
        print("unexpected timeout")
    print(repr(asyncio.timeout(1)))
    try:
        asyncio.timeout(1).reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # sleep with result and negative delay
    print(await asyncio.sleep(0.001, result="r1"), await asyncio.sleep(-1, "r2"))

    # call_soon from inside the loop, with arguments
    got = []
    loop.call_soon(got.append, "x")
    loop.call_later(0, got.append, "y")
    await asyncio.sleep(0.001)
    print(got)

    # exceptions in callbacks go to the exception handler
    def handler(lp, context):
        print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def broken():
        raise ZeroDivisionError("in callback")
    loop.call_soon(broken)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    return "main done"

print(asyncio.run(main(), debug=False))

# Runner keeps one loop across several runs
with asyncio.Runner() as runner:
    print(runner.run(add(1, 1)), runner.run(add(2, 2)))
    lp = runner.get_loop()
print(lp.is_closed())
