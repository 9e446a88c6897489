# async with errors: objects without the asynchronous context manager protocol.

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

# errors: objects without the protocol, sync context managers
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def wrong(obj):
    async with obj:
        pass

for obj in [SyncOnly(), 5]:
    try:
        run(wrong(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# __aenter__ that is not async
class NotAwaitable:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

try:
    run(wrong(NotAwaitable()))
except TypeError as e:
    print(type(e).__name__, e)

# only __aenter__, no __aexit__
class EnterOnly:
    async def __aenter__(self):
        return self

try:
    run(wrong(EnterOnly()))
except TypeError as e:
    print(type(e).__name__, e)

# __aexit__ that returns a non-awaitable: __aenter__ already ran
class ExitNotAwaitable:
    async def __aenter__(self):
        print("entered")
    def __aexit__(self, *a):
        return None

try:
    run(wrong(ExitNotAwaitable()))
except TypeError as e:
    print(type(e).__name__, e)

# an exception raised by __aexit__ replaces the body's exception
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError(f"exit failed while handling {et.__name__}")

async def body_fails():
    async with ExitRaises():
        raise ValueError("body")

try:
    run(body_fails())
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

# an exception from __aenter__ skips the body and __aexit__
class EnterRaises:
    async def __aenter__(self):
        raise LookupError("cannot enter")
    async def __aexit__(self, *a):
        print("never printed")

async def enter_fails():
    async with EnterRaises():
        print("never printed either")

try:
    run(enter_fails())
except LookupError as e:
    print(type(e).__name__, e)
