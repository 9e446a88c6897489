# Async generator misuse: athrow before start, reused asend awaitables, bad sends, syntax.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

async def one():
    yield 1

# athrow into a generator that has not started
async def fresh():
    yield "never"

async def drive_fresh():
    g = fresh()
    try:
        await g.athrow(ValueError("at start"))
    except ValueError as e:
        out = f"raised at start: {e}"
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return out + "; then exhausted"

print(run(drive_fresh()))

# the awaitable returned by asend can only be awaited once
async def reuse():
    g = one()
    aw = g.asend(None)
    first = await aw
    try:
        await aw
    except RuntimeError as e:
        return (first, f"RuntimeError: {e}")
    finally:
        await g.aclose()

print(run(reuse()))

# asend with a non-None value on a just-started generator
async def drive_bad_send():
    g = one()
    try:
        await g.asend("x")
    except TypeError as e:
        return f"TypeError: {e}"

print(run(drive_bad_send()))

# returning a value from an async generator is a SyntaxError
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    compile("async def f():\n    yield from g()\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)

print(one().ag_running, one.__code__.co_flags & 0x200 != 0)
