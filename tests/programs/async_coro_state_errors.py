# Coroutine state errors: finished, just started, ignored GeneratorExit, already running.

class Suspend:
    def __await__(self):
        yield "s"

def finish(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def noop():
    return "noop"

# sending to a finished coroutine
c = noop()
finish(c)
for method in ["send", "throw"]:
    try:
        if method == "send":
            c.send(None)
        else:
            c.throw(ValueError("late"))
    except Exception as e:
        print(method, "on finished ->", type(e).__name__, e)

# non-None first send
c = noop()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# a coroutine that swallows GeneratorExit and keeps awaiting
async def stubborn():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            pass

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("still suspended:", c.cr_suspended)
try:
    c.throw(SystemError("stop it"))
except SystemError as e:
    print("ended with", type(e).__name__, e, c.cr_suspended)

# a coroutine awaiting itself is already running
async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
except ValueError as e:
    print(type(e).__name__, e)

# a coroutine that is awaited while another coroutine already awaits it
async def waiter(target):
    return await target

shared_target = Suspend()
async def holder():
    await shared_target

inner = holder()
w1 = waiter(inner)
w1.send(None)
w2 = waiter(inner)
try:
    w2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
w1.close()
