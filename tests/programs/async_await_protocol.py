# await on objects with __await__: generators yielding to the driver.

class Ticket:
    """Awaitable that yields a request to whoever drives the coroutine."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return f"reply to {self.request}: {reply}"

async def client():
    a = await Ticket("first")
    print("client got", a)
    b = await Ticket("second")
    print("client got", b)
    return "client finished"

c = client()
print("driver saw", c.send(None))
print("driver saw", c.send("R1"))
try:
    c.send("R2")
except StopIteration as stop:
    print("result:", stop.value)

# __await__ may return any iterator; its items are yielded to the driver
class Many:
    def __await__(self):
        return iter(["x", "y", "z"])

async def uses_many():
    result = await Many()
    return result

c = uses_many()
print([c.send(None) for _ in range(3)])
try:
    c.send(None)
except StopIteration as stop:
    print("iterator's return value:", stop.value)

# awaiting the same awaitable object twice calls __await__ twice
class Counting:
    calls = 0
    def __await__(self):
        Counting.calls += 1
        return (yield "tick")

async def twice(obj):
    first = await obj
    second = await obj
    return (first, second)

c = twice(Counting())
c.send(None)
c.send("a")
try:
    c.send("b")
except StopIteration as stop:
    print(stop.value, Counting.calls)

# await passes through nested coroutines to the outermost driver
async def inner():
    return await Ticket("deep")

async def middle():
    return "middle(" + await inner() + ")"

async def outer():
    return "outer(" + await middle() + ")"

c = outer()
print("driver saw", c.send(None))
try:
    c.send("ok")
except StopIteration as stop:
    print(stop.value)

# __await__ defined on the class, not the instance
class Dyn:
    pass
d = Dyn()
d.__await__ = lambda: iter([])

async def awaits_dyn():
    await d

c = awaits_dyn()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)

# an awaitable whose __await__ is a generator function returning immediately
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

async def ready_sum():
    return await Ready(1) + await Ready(2)

try:
    ready_sum().send(None)
except StopIteration as stop:
    print("ready sum:", stop.value)
