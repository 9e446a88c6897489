# async for errors: failing __anext__, objects lacking the async iteration protocol.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

async def collect(it):
    out = []
    async for x in it:
        out.append(x)
    return out

# exceptions from __anext__ other than StopAsyncIteration propagate
class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("broken iterator")

try:
    run(collect(Failing()))
except ValueError as e:
    print(type(e).__name__, e)

# errors for objects lacking the protocol
class NoAnext:
    def __aiter__(self):
        return self

class AiterNotIterator:
    def __aiter__(self):
        return 42

for obj in [[1, 2], NoAnext(), AiterNotIterator()]:
    try:
        run(collect(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# __anext__ returning something that is not awaitable
class PlainNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

try:
    run(collect(PlainNext()))
except TypeError as e:
    print(type(e).__name__, e)

# a synchronous iterator used with async for
class SyncIter:
    def __iter__(self):
        return iter([1, 2])

try:
    run(collect(SyncIter()))
except TypeError as e:
    print(type(e).__name__, e)

# StopAsyncIteration raised with a value still just ends the loop
class EndsWithValue:
    def __init__(self):
        self.sent = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.sent:
            raise StopAsyncIteration("ignored value")
        self.sent = True
        return "only item"

print(run(collect(EndsWithValue())))

# an exception in the loop body stops iteration and propagates
async def body_raises():
    async for x in EndsWithValue():
        raise KeyError(x)

try:
    run(body_raises())
except KeyError as e:
    print(type(e).__name__, e)
