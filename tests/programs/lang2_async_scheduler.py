# A hand-written event loop driving coroutines, async generators, async with and async for.
import types


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        got = yield ("sleep", self.ticks)
        return got


@types.coroutine
def checkpoint(tag):
    value = yield ("checkpoint", tag)
    return value


class Task:
    _next_id = 0

    def __init__(self, coro, name):
        Task._next_id += 1
        self.id = Task._next_id
        self.coro = coro
        self.name = name
        self.result = None
        self.exception = None
        self.done = False
        self.wake_at = 0

    def __repr__(self):
        state = "done" if self.done else "pending"
        return f"<Task {self.name} {state}>"


class Loop:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.sleeping = []
        self.log = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append((t, None))
        return t

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda t: (t.wake_at, t.id))
                t = self.sleeping.pop(0)
                self.time = t.wake_at
                self.ready.append((t, self.time))
            task, value = self.ready.pop(0)
            try:
                req = task.coro.send(value)
            except StopIteration as e:
                task.done = True
                task.result = e.value
                self.log.append(f"t={self.time} {task.name} -> {e.value!r}")
                continue
            except Exception as e:
                task.done = True
                task.exception = e
                self.log.append(f"t={self.time} {task.name} !! {type(e).__name__}: {e}")
                continue
            kind, arg = req
            if kind == "sleep":
                task.wake_at = self.time + arg
                self.sleeping.append(task)
            elif kind == "checkpoint":
                self.ready.append((task, f"{arg}@{self.time}"))


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Sleep(1)
        Resource.opened.append(self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Sleep(1)
        Resource.opened.remove(self.name)
        if exc_type is KeyError:
            print(f"{self.name}: suppressing {exc!r}")
            return True
        return False


class Ticker:
    def __init__(self, n, step):
        self.n = n
        self.step = step

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(self.step)
        return self.n


async def agen(limit):
    try:
        for i in range(limit):
            got = await checkpoint(f"agen{i}")
            yield i, got
    finally:
        print("agen finalizer ran")


async def worker(name, delay, count):
    out = []
    async for tick in Ticker(count, delay):
        out.append(tick)
    return f"{name}:{out}"


async def user():
    async with Resource("db") as db:
        print("inside", db.name, Resource.opened)
        async with Resource("cache"):
            print("nested", Resource.opened)
            raise KeyError("stale")
    print("after with", Resource.opened)
    items = [x async for x in agen(3)]
    print("items", items)
    doubled = [i * 2 async for i, _ in agen(4) if i % 2]
    return doubled


async def failing():
    await Sleep(2)
    async with Resource("file"):
        raise ValueError("disk full")


async def partial_consumer():
    g = agen(10)
    first = await g.__anext__()
    second = await anext(g)
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed agen raises StopAsyncIteration")
    default = await anext(g, "dflt")
    return first[0], second[0], default


async def gather_like(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results


loop = Loop()
loop.spawn(worker("fast", 1, 3), "fast")
loop.spawn(worker("slow", 3, 2), "slow")
loop.spawn(user(), "user")
loop.spawn(failing(), "failing")
loop.spawn(partial_consumer(), "partial")
loop.spawn(gather_like(worker("g1", 2, 1), Sleep(5)), "gather")
loop.run()
for line in loop.log:
    print(line)
print("final time", loop.time, "open", Resource.opened)


async def simple():
    return 41


co = simple()
print(type(co).__name__, co.cr_running, co.__qualname__)
try:
    co.send(None)
except StopIteration as e:
    print("coroutine result", e.value + 1)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def bad_await():
    await 5


try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError", e)

ag = agen(1)
print(type(ag).__name__, ag.__name__, type(ag.__anext__()).__name__)
try:
    ag.asend(None).send(None)
except StopIteration:
    pass
res = ag.asend("x").send(None) if False else None
c2 = ag.aclose()
try:
    c2.send(None)
except StopIteration:
    print("aclose finished")
except BaseException as e:
    print("aclose other", type(e).__name__)


class NotAsync:
    pass


async def uses_not_async():
    async with NotAsync():
        pass


try:
    uses_not_async().send(None)
except TypeError as e:
    print("TypeError", e)


async def iter_not_async():
    async for x in [1, 2]:
        pass


try:
    iter_not_async().send(None)
except TypeError as e:
    print("TypeError", e)
