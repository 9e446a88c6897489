# A hand-written round-robin event loop: a ready queue, sleep() and join.

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.log = []
        self.seq = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, seq, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.now} {name} finished -> {stop.value!r}")
                continue
            kind, ticks = request
            self.seq += 1
            self.sleeping.append((self.now + ticks, self.seq, name, coro))
            self.log.append(f"t={self.now} {name} sleeps {ticks}")

async def countdown(label, n, step):
    while n > 0:
        await Sleep(step)
        n -= 1
    return f"{label} done"

async def fetch(key, delay):
    await Sleep(delay)
    return key.upper()

async def combined():
    a = await fetch("a", 2)
    b = await fetch("b", 1)
    return a + b

loop = Loop()
loop.spawn("c1", countdown("c1", 3, 2))
loop.spawn("c2", countdown("c2", 2, 3))
loop.spawn("comb", combined())
loop.run()
for line in loop.log:
    print(line)
print(sorted(loop.results.items()))
print("final time:", loop.now)

# sleep(0) just yields the turn
order = []
async def yielder(name, times):
    for i in range(times):
        order.append(f"{name}{i}")
        await Sleep(0)

loop = Loop()
loop.spawn("x", yielder("x", 3))
loop.spawn("y", yielder("y", 2))
loop.run()
print(order)
