# Async generator edge cases: StopAsyncIteration, GeneratorExit in aclose.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

async def one():
    yield 1

async def exhaust():
    g = one()
    out = [await g.__anext__()]
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            out.append(repr(e))
    return out

print(run(exhaust()))

# raising StopAsyncIteration inside an async generator becomes RuntimeError
async def leaks():
    yield 1
    raise StopAsyncIteration

async def drive_leaks():
    g = leaks()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        return f"RuntimeError: {e}"

print(run(drive_leaks()))

# an async generator that yields in finally when closed
async def stubborn():
    try:
        yield 1
    finally:
        yield "refuses"

async def drive_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return f"RuntimeError: {e}"

print(run(drive_stubborn()))

# catching GeneratorExit and returning quietly is fine
async def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("quiet caught GeneratorExit")

async def drive_quiet():
    g = quiet()
    await g.__anext__()
    await g.aclose()
    return "closed quietly"

print(run(drive_quiet()))
