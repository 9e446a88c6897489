# asyncio.run and asyncio.gather: results in argument order, exceptions.
import asyncio

order = []

async def work(name, delay, result):
    order.append(f"start {name}")
    await asyncio.sleep(delay)
    order.append(f"end {name}")
    return result

async def main():
    results = await asyncio.gather(work("slow", 0.02, 1), work("fast", 0, 2), work("mid", 0.01, 3))
    print("gather results keep argument order:", results)
    print(order)

    # gather of nothing
    print("empty gather:", await asyncio.gather())

    # gather accepts plain coroutines, tasks and futures mixed
    task = asyncio.create_task(work("task", 0, "T"))
    print(await asyncio.gather(task, work("coro", 0, "C")))

    # return_exceptions=True puts exceptions in the result list
    async def fail(msg):
        await asyncio.sleep(0)
        raise ValueError(msg)

    mixed = await asyncio.gather(work("ok", 0, "fine"), fail("bad"), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in mixed])

    # without return_exceptions the first exception propagates
    try:
        await asyncio.gather(fail("first"), work("other", 0.005, "x"))
    except ValueError as e:
        print("propagated:", type(e).__name__, e)
    await asyncio.sleep(0.01)

    # the same coroutine function gathered many times
    squares = await asyncio.gather(*(square(i) for i in range(6)))
    print(squares)
    return "main result"

async def square(n):
    await asyncio.sleep(0)
    return n * n

print(asyncio.run(main()))

# asyncio.run returns the coroutine's value and propagates its exception
async def boom():
    raise KeyError("from asyncio.run")

try:
    asyncio.run(boom())
except KeyError as e:
    print(type(e).__name__, e)

# asyncio.run refuses non-coroutines
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)

# a second asyncio.run works with a fresh loop
print(asyncio.run(square(7)))
