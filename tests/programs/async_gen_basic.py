# Async generators: async for, asend and __anext__, driven by hand.

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

agen = numbers(3)
print(type(agen).__name__, agen.__name__, agen.__qualname__)

async def collect(ag):
    return [x async for x in ag]

print(run(collect(numbers(4))))

# asend: the value of the yield expression
async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo finished with", received)

async def drive_echo():
    g = echo()
    print("first:", await g.asend(None))
    print("after a:", await g.asend("a"))
    print("after b:", await g.asend("b"))
    await g.aclose()
    return "echo driven"

print(run(drive_echo()))

# __anext__ is asend(None)
async def drive_anext():
    g = numbers(2)
    first = await g.__anext__()
    second = await g.asend(None)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return (first, second, "exhausted")

print(run(drive_anext()))
