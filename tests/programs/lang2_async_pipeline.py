# Async producer/consumer pipeline on a hand-written round-robin scheduler.
import types
from collections import deque


@types.coroutine
def switch():
    yield "switch"


class Queue:
    def __init__(self, maxsize):
        self.items = deque()
        self.maxsize = maxsize
        self.closed = False

    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await switch()
        self.items.append(item)

    async def get(self):
        while not self.items:
            if self.closed:
                raise EOFError("queue closed")
            await switch()
        return self.items.popleft()

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return await self.get()
        except EOFError:
            raise StopAsyncIteration


def run_all(coros):
    tasks = deque((name, c) for name, c in coros)
    results = {}
    steps = 0
    while tasks:
        name, coro = tasks.popleft()
        steps += 1
        try:
            coro.send(None)
        except StopIteration as e:
            results[name] = ("ok", e.value)
            continue
        except Exception as e:
            results[name] = ("error", f"{type(e).__name__}: {e}")
            continue
        tasks.append((name, coro))
    return results, steps


async def producer(q, items, trace):
    for it in items:
        await q.put(it)
        trace.append(f"put {it}")
    q.closed = True
    return len(items)


async def consumer(q, trace):
    seen = []
    async for item in q:
        trace.append(f"got {item}")
        if item == "bad":
            raise ValueError("consumer hit a bad item")
        seen.append(item.upper())
    return seen


trace = []
q = Queue(2)
results, steps = run_all([("prod", producer(q, ["a", "b", "c", "d"], trace)), ("cons", consumer(q, trace))])
print(results, steps)
print(trace)

trace = []
q = Queue(1)
results, _ = run_all([("prod", producer(q, ["x", "bad", "y"], trace)), ("cons", consumer(q, trace))])
print(results)
print(trace)


async def ticker(n):
    for i in range(n):
        await switch()
        yield i


async def squares(source):
    async for v in source:
        yield v * v


async def collect():
    out = [v async for v in squares(ticker(5))]
    evens = [v async for v in squares(ticker(6)) if v % 2 == 0]
    mapping = {v: str(v) async for v in ticker(3)}
    gen_in_async = sum(v for v in out)
    return out, evens, mapping, gen_in_async


print(run_all([("collect", collect())])[0])


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        received.append("closed")
        raise
    finally:
        print("echo finally, received:", received)


async def drive_echo():
    g = echo()
    first = await g.asend(None)
    a = await g.asend("hello")
    b = await g.asend("world")
    try:
        await g.athrow(KeyError("boom"))
    except KeyError as e:
        print("athrow propagated", e)
    try:
        await g.asend("after")
    except StopAsyncIteration:
        print("generator finished")
    return first, a, b


print(run_all([("echo", drive_echo())])[0])


async def closing():
    g = echo()
    await g.asend(None)
    await g.asend(1)
    await g.aclose()
    await g.aclose()
    return "closed twice fine"


print(run_all([("close", closing())])[0])


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    g = stubborn()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        return f"RuntimeError {e}"


print(run_all([("stubborn", close_stubborn())])[0])


async def raises_stop():
    yield 1
    raise StopAsyncIteration("inner")


async def consume_raises_stop():
    try:
        return [v async for v in raises_stop()]
    except RuntimeError as e:
        return f"RuntimeError {e}"


print(run_all([("stop", consume_raises_stop())])[0])


async def awaiting_twice():
    async def inner():
        return 5
    c = inner()
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(run_all([("twice", awaiting_twice())])[0])


async def throws_into():
    await switch()
    return "not reached"


c = throws_into()
c.send(None)
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError", e, c.cr_frame)
c2 = throws_into()
c2.close()
print(c2.cr_frame, c2.cr_await)

print(type(ticker).__name__, type(ticker(1)).__name__, ticker(1).__qualname__, type(collect).__name__)
import inspect
print(inspect.iscoroutinefunction(collect), inspect.isasyncgenfunction(ticker), inspect.isasyncgen(ticker(1)), inspect.iscoroutine(c2))
cc = collect()
print(inspect.getcoroutinestate(cc))
cc.close()
print(inspect.getcoroutinestate(cc))
