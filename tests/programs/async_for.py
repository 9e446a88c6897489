# async for over objects with __aiter__/__anext__.

class Suspend:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def collect(it):
    out = []
    async for x in it:
        out.append(x)
    return out

print(run(collect(Countdown(4))))
print(run(collect(Countdown(0))))

# break, continue and else
async def loop_control():
    out = []
    async for x in Countdown(6):
        if x == 5:
            continue
        if x == 2:
            break
        out.append(x)
    else:
        out.append("else not reached")
    async for x in Countdown(2):
        out.append(x)
    else:
        out.append("else reached")
    return out

print(run(loop_control()))

# __aiter__ returning a separate iterator object
class Range:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return RangeIter(self.n)

class RangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __anext__(self):
        return self.step()
    async def step(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

print(run(collect(Range(3))))

# target unpacking and nested async for
class Pairs:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def unpack():
    out = []
    async for k, v in Pairs([("a", 1), ("b", 2)]):
        async for n in Range(v):
            out.append(f"{k}{n}")
    return out

print(run(unpack()))
