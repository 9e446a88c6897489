# Exceptions crossing await: chaining, finally order, sys.exception() in coroutines.
import sys

class Suspend:
    def __await__(self):
        yield

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value

log = []

async def level3():
    try:
        await Suspend()
        raise KeyError("deep")
    finally:
        log.append("finally 3")

async def level2():
    try:
        await level3()
    except KeyError as e:
        log.append(f"level2 caught {e!r}")
        raise ValueError("converted") from e
    finally:
        log.append("finally 2")

async def level1():
    try:
        await level2()
    except ValueError as e:
        log.append(f"level1 caught {e!r}, cause {e.__cause__!r}")
        return "recovered"
    finally:
        log.append("finally 1")

print(run(level1()))
for line in log:
    print(line)

# implicit chaining (__context__) across an await in an except block
async def cleanup():
    await Suspend()
    raise OSError("cleanup failed")

async def implicit():
    try:
        raise IndexError("original")
    except IndexError:
        await cleanup()

try:
    run(implicit())
except OSError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)

# sys.exception() is saved and restored across suspensions
async def handler(name):
    try:
        raise LookupError(name)
    except LookupError:
        await Suspend()
        return repr(sys.exception())

a = handler("a")
b = handler("b")
a.send(None)
b.send(None)
print("outside coroutines:", sys.exception())
for coro in (a, b):
    try:
        coro.send(None)
    except StopIteration as stop:
        print(stop.value)

# an exception escaping a coroutine while awaited from a try/else
async def maybe(fail):
    await Suspend()
    if fail:
        raise ArithmeticError("math")
    return 1

async def with_else(fail):
    try:
        value = await maybe(fail)
    except ArithmeticError as e:
        return f"except: {e}"
    else:
        return f"else: {value}"

print(run(with_else(False)), "|", run(with_else(True)))

# finally: an exception from the main program, uncaught on purpose
async def final_failure():
    await Suspend()
    raise RuntimeError("coroutine failed at the end")

run(final_failure())
