# Async generators: athrow and aclose, and awaiting between yields.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

class Suspend:
    def __await__(self):
        yield

async def numbers(n):
    for i in range(n):
        await Suspend()
        yield i

async def collect(ag):
    return [x async for x in ag]

# athrow: handled inside the generator, which yields again
async def resilient():
    while True:
        try:
            yield "working"
        except ValueError as e:
            yield f"recovered from {e}"

async def drive_athrow():
    g = resilient()
    out = [await g.asend(None)]
    out.append(await g.athrow(ValueError("glitch")))
    out.append(await g.asend(None))
    try:
        await g.athrow(KeyError("fatal"))
    except KeyError as e:
        out.append(f"propagated {e!r}")
    try:
        await g.asend(None)
    except StopAsyncIteration:
        out.append("closed after exception")
    return out

print(run(drive_athrow()))

# aclose runs finally blocks; a second aclose is a no-op
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

async def drive_aclose():
    g = with_cleanup()
    print("got", await g.asend(None))
    await g.aclose()
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        return "aclose ok"

print(run(drive_aclose()))

# await inside the async generator between yields
async def pipeline():
    async for x in numbers(3):
        await Suspend()
        yield x * 10

print(run(collect(pipeline())))
