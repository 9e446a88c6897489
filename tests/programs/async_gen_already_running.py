# An async generator suspended in an await refuses a second asend/athrow/aclose.
class Pause:
    def __await__(self):
        yield 'paused'

async def gen():
    await Pause()
    yield 1
    yield 2

def step(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('done', e.value)
    except (RuntimeError, StopAsyncIteration) as e:
        return (type(e).__name__, str(e))

a = gen()
first = a.__anext__()
print(step(first))
print(step(a.__anext__()))
print(step(a.asend(None)))
print(step(a.athrow(ValueError)))
print(step(a.aclose()))
print(step(first))
print(step(a.__anext__()))
print(step(a.aclose()))
print(step(a.__anext__()))
