# async with: __aenter__/__aexit__, suppression, nesting, early return.

class Suspend:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            return stop.value, ticks

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print(f"enter {self.name}")
        await Suspend()
        return f"<{self.name}>"
    async def __aexit__(self, exc_type, exc, tb):
        print(f"exit {self.name}:", exc_type.__name__ if exc_type else None, exc)
        await Suspend()
        return self.suppress

async def basic():
    async with Resource("r1") as handle:
        print("inside with", handle)
    return "basic ok"

print(run(basic()))

async def suppressed():
    async with Resource("r2", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed error"

print(run(suppressed()))

async def not_suppressed():
    try:
        async with Resource("r3"):
            raise KeyError("escapes")
    except KeyError as e:
        return f"caught {e!r}"

print(run(not_suppressed()))

async def nested():
    async with Resource("outer") as a, Resource("inner") as b:
        print("both:", a, b)
    return "nested ok"

print(run(nested()))

async def parenthesised():
    async with (Resource("p1") as x,
                Resource("p2", suppress=True) as y):
        raise RuntimeError("only inner exits see it first")
    return (x, y)

print(run(parenthesised()))

# return inside async with still runs __aexit__
async def early_return():
    async with Resource("ret"):
        return "returned early"

print(run(early_return()))

# __aexit__ returning a truthy non-bool
class Truthy(Resource):
    async def __aexit__(self, *args):
        return "yes"

async def truthy():
    async with Truthy("t"):
        raise OSError("gone")
    return "suppressed by a truthy string"

print(run(truthy()))
