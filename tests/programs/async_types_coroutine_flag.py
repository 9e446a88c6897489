# types.coroutine on a generator function marks its code CO_ITERABLE_COROUTINE and returns
# the function itself: its generators can be awaited and may `yield from` coroutines.
import inspect
import types


@types.coroutine
def sleep0():
    yield 'tick'


def plain():
    yield 'plain'


print(sleep0.__name__, type(sleep0).__name__)
print(bool(sleep0.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
print(bool(plain.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE))
same = types.coroutine(plain)
print(same is plain, bool(plain.__code__.co_flags & 0x100))
g = sleep0()
print(type(g).__name__, inspect.isawaitable(g), inspect.isgenerator(g), inspect.iscoroutine(g))
g.close()


async def worker(n):
    total = 0
    for i in range(n):
        got = await sleep0()
        total += i
    return total


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


print(run(worker(4)))


async def inner():
    await sleep0()
    return 'inner done'


@types.coroutine
def bridge():
    # A marked generator may delegate to a coroutine.
    result = yield from inner()
    return 'bridge got ' + result


async def outer():
    return await bridge()


print(run(outer()))


def unmarked():
    yield from inner()


try:
    list(unmarked())
except TypeError as e:
    print('TypeError', e)

try:
    async def bad():
        await plain_gen()

    def plain_gen():
        yield 1
    run(bad())
except TypeError as e:
    print('TypeError', e)

# Code objects: only that flag may change with replace().
code = plain.__code__
print(code.replace(co_flags=code.co_flags & ~0x100).co_flags == (code.co_flags & ~0x100))


class Awaitable:
    def __await__(self):
        return (yield 'from class')


@types.coroutine
def via_class():
    v = yield from Awaitable().__await__()
    return v


async def use_class():
    return await via_class()


c = use_class()
print(c.send(None))
try:
    c.send('sent')
except StopIteration as e:
    print('result', e.value)

# A non-generator function returning a generator is wrapped.
def returns_gen():
    return plain()

wrapped = types.coroutine(returns_gen)
print(wrapped is returns_gen, wrapped.__name__)


async def use_wrapped():
    return await wrapped()


print(run(use_wrapped()))
