# A mini TaskGroup on a hand-written loop: concurrent tasks, cancellation, and ExceptionGroup results.
import types


class Cancelled(BaseException):
    pass


@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)


class Task:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.done = False
        self.result = None
        self.error = None
        self.wake = 0
        self.cancel_requested = False

    def cancel(self):
        if not self.done:
            self.cancel_requested = True


class Loop:
    def __init__(self):
        self.now = 0
        self.tasks = []
        self.log = []

    def create(self, coro, name):
        t = Task(coro, name)
        t.wake = self.now
        self.tasks.append(t)
        return t

    def step(self, task):
        try:
            if task.cancel_requested:
                task.cancel_requested = False
                req = task.coro.throw(Cancelled(f"{task.name} cancelled"))
            else:
                req = task.coro.send(None)
        except StopIteration as e:
            task.done, task.result = True, e.value
            self.log.append(f"{self.now}: {task.name} finished -> {e.value!r}")
        except Cancelled as e:
            task.done, task.error = True, e
            self.log.append(f"{self.now}: {task.name} cancelled")
        except Exception as e:
            task.done, task.error = True, e
            self.log.append(f"{self.now}: {task.name} failed {type(e).__name__}: {e}")
        else:
            kind, ticks = req
            task.wake = self.now + ticks

    def run(self, main):
        root = self.create(main, "main")
        while not root.done:
            pending = [t for t in self.tasks if not t.done]
            ready = [t for t in pending if t.wake <= self.now or t.cancel_requested]
            if not ready:
                self.now = min(t.wake for t in pending)
                continue
            for t in sorted(ready, key=lambda t: (t.wake, t.name)):
                self.step(t)
        if root.error:
            raise root.error
        return root.result


LOOP = Loop()


class TaskGroup:
    def __init__(self, name):
        self.name = name
        self.children = []

    def spawn(self, coro, name):
        t = LOOP.create(coro, f"{self.name}/{name}")
        self.children.append(t)
        return t

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, exc, tb):
        body_error = exc
        while True:
            failed = [t for t in self.children if t.done and isinstance(t.error, Exception)]
            if failed or body_error is not None:
                for t in self.children:
                    t.cancel()
            if all(t.done for t in self.children):
                break
            await sleep(1)
        errors = [t.error for t in self.children if isinstance(t.error, Exception)]
        if body_error is not None and isinstance(body_error, Exception):
            errors.insert(0, body_error)
        if errors:
            raise ExceptionGroup(f"group {self.name} failed", errors)
        return False


async def worker(name, ticks, fail=None):
    for i in range(ticks):
        await sleep(1)
    if fail:
        raise fail
    return f"{name} did {ticks}"


async def stubborn(name):
    try:
        await sleep(100)
    except Cancelled:
        await sleep(1)
        LOOP.log.append(f"{LOOP.now}: {name} cleaned up after cancel")
        raise


async def main():
    async with TaskGroup("ok") as tg:
        a = tg.spawn(worker("a", 2), "a")
        b = tg.spawn(worker("b", 3), "b")
    print("ok group results:", a.result, "|", b.result, "at", LOOP.now)

    try:
        async with TaskGroup("bad") as tg:
            tg.spawn(worker("c", 1, ValueError("c broke")), "c")
            tg.spawn(worker("d", 2, KeyError("d broke")), "d")
            tg.spawn(stubborn("e"), "e")
            tg.spawn(worker("f", 50), "f")
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [str(e) for e in eg.exceptions])

    try:
        async with TaskGroup("body") as tg:
            tg.spawn(worker("g", 5), "g")
            await sleep(1)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body group:", eg.message, [type(e).__name__ for e in eg.exceptions])
    return "main done"


print(LOOP.run(main()))
for line in LOOP.log:
    print(line)
print("final time", LOOP.now, "tasks", len(LOOP.tasks), "unfinished", [t.name for t in LOOP.tasks if not t.done])
