# A small scheduler with futures: tasks wait for results set by other tasks.

class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.value = None
        self.waiters = []

    def set_result(self, value):
        self.done = True
        self.value = value
        for task in self.waiters:
            scheduler.ready.append(task)
        self.waiters.clear()

    def __await__(self):
        if not self.done:
            yield self
        return self.value

class Task:
    def __init__(self, name, coro):
        self.name = name
        self.coro = coro
        self.future = Future(name)

class Scheduler:
    def __init__(self):
        self.ready = []
        self.trace = []

    def spawn(self, name, coro):
        task = Task(name, coro)
        self.ready.append(task)
        return task.future

    def run(self):
        while self.ready:
            task = self.ready.pop(0)
            try:
                awaited = task.coro.send(None)
            except StopIteration as stop:
                self.trace.append(f"{task.name} -> {stop.value!r}")
                task.future.set_result(stop.value)
            except Exception as e:
                self.trace.append(f"{task.name} raised {type(e).__name__}: {e}")
                task.future.set_result(None)
            else:
                self.trace.append(f"{task.name} waits on {awaited.name}")
                awaited.waiters.append(task)

scheduler = Scheduler()
mailbox = Future("mailbox")

async def producer():
    mailbox.set_result("letter")
    return "produced"

async def consumer():
    item = await mailbox
    return f"consumed {item}"

async def parent():
    f1 = scheduler.spawn("child1", child(1))
    f2 = scheduler.spawn("child2", child(2))
    r1 = await f1
    r2 = await f2
    return r1 + r2

async def child(n):
    return n * 10

async def broken():
    await mailbox
    raise ValueError("broken task")

scheduler.spawn("consumer", consumer())
scheduler.spawn("parent", parent())
scheduler.spawn("broken", broken())
scheduler.spawn("producer", producer())
scheduler.run()
for line in scheduler.trace:
    print(line)

# awaiting an already-completed future does not suspend
done = Future("done")
done.set_result(99)

async def quick():
    return await done + 1

try:
    quick().send(None)
except StopIteration as stop:
    print("quick:", stop.value)
