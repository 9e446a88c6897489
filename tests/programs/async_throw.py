# throw() into suspended coroutines: handled, unhandled, before start, nested awaits.

class Suspend:
    def __await__(self):
        return (yield "suspended")

async def worker(log):
    log.append("started")
    try:
        await Suspend()
        log.append("resumed")
        await Suspend()
        log.append("resumed again")
        return "done"
    except ValueError as e:
        log.append(f"caught {e}")
        return "recovered"
    finally:
        log.append("finally")

# throw an exception that the coroutine handles
log = []
c = worker(log)
c.send(None)
try:
    c.throw(ValueError("injected"))
except StopIteration as stop:
    print("result after throw:", stop.value)
print(log)

# throw an exception the coroutine does not handle
log = []
c = worker(log)
c.send(None)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print(log)

# throw() on a coroutine that never started raises it immediately
c = worker([])
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("thrown before start:", e)

# throw into a coroutine that awaits another coroutine: delivered at the innermost await
async def inner(log):
    try:
        await Suspend()
    except IndexError:
        log.append("inner handled IndexError")
        return "inner result"

async def outer(log):
    value = await inner(log)
    log.append(f"outer got {value}")
    await Suspend()
    return "outer done"

log = []
c = outer(log)
c.send(None)
print("suspended again:", c.throw(IndexError()))
print(log)
c.close()

# throw with a type instead of an instance
c = worker([])
c.send(None)
try:
    c.throw(TypeError)
except TypeError as e:
    print("type thrown:", repr(e))
