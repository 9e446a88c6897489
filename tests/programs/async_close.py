# close() on coroutines: GeneratorExit inside, finally blocks, never-started and finished ones.

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

# close() raises GeneratorExit inside; finally blocks run
log = []
c = worker(log)
c.send(None)
c.send(None)
c.close()
print("after close:", log)
c.close()
print("closing twice is fine")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# close() on a coroutine that never started does nothing
log = []
c = worker(log)
c.close()
print("never started:", log)

# the coroutine may catch GeneratorExit and return normally
async def polite():
    try:
        await Suspend()
    except GeneratorExit:
        print("got GeneratorExit, cleaning up")
        raise

c = polite()
c.send(None)
c.close()

# close() returns None
c = polite()
c.send(None)
print("close returned:", c.close())
