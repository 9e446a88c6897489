# The aiter() and anext() built-ins, with and without anext's default.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

async def letters():
    for ch in "abc":
        yield ch

class Manual:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i

async def main():
    g = letters()
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

    m = Manual()
    it = aiter(m)
    print(it is m, await anext(it), await anext(it), await anext(it, "end"))

    # anext returns an awaitable, not the value
    aw = anext(letters())
    print(type(aw).__name__ in ("coroutine", "async_generator_asend", "anext_awaitable"))
    print(await aw)

    # with a default, anext wraps the iterator's awaitable
    aw2 = anext(Manual(), "d")
    print(type(aw2).__name__)
    print(await aw2)
    return "main done"

print(run(main()))

# errors raised synchronously by aiter() and anext()
for label, fn in [("aiter(int)", lambda: aiter(5)),
                  ("aiter(list)", lambda: aiter([1])),
                  ("anext(int)", lambda: anext(5)),
                  ("anext(list iterator)", lambda: anext(iter([1]))),
                  ("anext(no args)", lambda: anext()),
                  ("anext(too many)", lambda: anext(letters(), 1, 2))]:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

class BadAiter:
    def __aiter__(self):
        return "not an async iterator"

try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)

# anext on an object with __anext__ that returns a non-awaitable, with a default
class NotAwait:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def bad_default():
    return await anext(NotAwait(), "dflt")

try:
    run(bad_default())
except TypeError as e:
    print(type(e).__name__, e)
