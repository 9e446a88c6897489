# Run-time errors of await: non-awaitables, bad __await__ results, reused coroutines.

class Suspend:
    def __await__(self):
        yield "s"

def finish(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

def attempt(label, coro):
    try:
        print(label, "->", finish(coro))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

async def await_value(v):
    return await v

def plain_gen():
    yield 1

async def noop():
    return "noop"

class BadAwait:
    def __await__(self):
        return 5

class AwaitReturnsCoroutine:
    def __await__(self):
        self.made = self.inner()
        return self.made
    async def inner(self):
        return 1

attempt("await int", await_value(5))
attempt("await None", await_value(None))
attempt("await list", await_value([1]))
attempt("await generator", await_value(plain_gen()))
attempt("await function", await_value(noop))
attempt("__await__ returns int", await_value(BadAwait()))
arc = AwaitReturnsCoroutine()
attempt("__await__ returns coroutine", await_value(arc))
arc.made.close()

# awaiting a coroutine that was already awaited
async def reuse():
    c = noop()
    first = await c
    second = await c
    return first, second

attempt("reuse", reuse())
