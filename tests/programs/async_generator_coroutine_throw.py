# types.coroutine makes generators awaitable; throw() into anext()/asend() awaitables before
# they were sent to reaches the generator.
import types

@types.coroutine
def tick():
    got = yield 'tick'
    return got * 2

async def main():
    a = await tick()
    b = await tick()
    return a + b

c = main()
print(c.send(None), c.send(1))
try:
    c.send(10)
except StopIteration as e:
    print('result', e.value)
print(tick.__name__, types.coroutine(main) is main)

async def agen():
    try:
        yield 1
    except ValueError as e:
        yield f'caught {e}'
    yield 'end'

a = agen()
for make in [lambda: anext(a, 'dflt'), lambda: a.asend(None)]:
    aw = make()
    try:
        aw.throw(ValueError('boom'))
    except StopIteration as e:
        print('thrown', e.value)
    except ValueError as e:
        print('escaped', e)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print('next', e.value)
except StopAsyncIteration:
    print('exhausted')
