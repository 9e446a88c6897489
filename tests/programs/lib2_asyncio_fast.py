# Differential test for the fast paths of asyncio's tasks, futures, gather and the loop:
# task steps, wake-ups, gather bookkeeping, eager tasks, task names, callbacks order.
import asyncio
import contextvars
import re

log = []
var = contextvars.ContextVar('var', default='unset')


def clean(text):
    # addresses and file positions differ between implementations
    text = re.sub(r' at 0x[0-9a-f]+', '', text)
    text = re.sub(r' at [^ >]*:\d+', '', text)
    text = re.sub(r'running at [^ >]*', 'running', text)
    return text


def show(label, value):
    print(label, clean(repr(value)))


class MyFuture(asyncio.Future):
    """A subclass with its own result(): the generic paths must be taken."""

    def result(self):
        log.append('MyFuture.result')
        return super().result()

    def exception(self):
        log.append('MyFuture.exception')
        return super().exception()


async def value_after(n, value, fail=False):
    for _ in range(n):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f'failed {value}')
    return value


async def basics():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print('pending repr', clean(repr(fut)))
    fut.set_result(41)
    print('await finished', await fut, await fut)
    print('done repr', clean(repr(fut)))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    fut.extra = 'attr'
    print('extra attribute', fut.extra)

    bad = loop.create_future()
    bad.set_exception(KeyError('k'))
    try:
        await bad
    except KeyError as e:
        print('await failed future', type(e).__name__, e)

    # names: default names count up; set_name converts with str()
    t1 = asyncio.create_task(value_after(0, 1))
    t2 = asyncio.create_task(value_after(0, 2), name=('a', 1))
    n1 = int(t1.get_name().split('-')[1])
    t3 = asyncio.create_task(value_after(0, 3))
    print('names', t2.get_name(), int(t3.get_name().split('-')[1]) - n1)
    t3.set_name(99)
    print('renamed', repr(t3.get_name()))
    print('task repr', clean(repr(t2)))
    print(await t1, await t2, await t3)
    print('finished repr', clean(repr(t3)))
    print('coro after finish', t3.get_coro() is not None)


async def ordering():
    order = []

    async def worker(name, n):
        for i in range(n):
            order.append(f'{name}{i}')
            await asyncio.sleep(0)
        return name

    tasks = [asyncio.create_task(worker(c, 3)) for c in 'abc']
    print(await asyncio.gather(*tasks))
    print('round robin', order)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    for i in range(4):
        fut.add_done_callback(lambda f, i=i: seen.append(i))
    fut.remove_done_callback(print)
    fut.set_result(None)
    fut.add_done_callback(lambda f: seen.append('late'))
    loop.call_soon(seen.append, 'soon')
    await asyncio.sleep(0)
    print('callbacks order', seen)

    h = loop.call_soon(seen.append, 'cancelled handle')
    h.cancel()
    await asyncio.sleep(0)
    print('after cancelled handle', seen[-1], clean(repr(h)))


async def gathering():
    loop = asyncio.get_running_loop()
    print('empty gather', await asyncio.gather())
    t = asyncio.create_task(value_after(1, 'shared'))
    print('repeats', await asyncio.gather(t, t, value_after(0, 'x'), t))
    done = loop.create_future()
    done.set_result('ready')
    print('done child', await asyncio.gather(done, value_after(2, 'late')))
    print('return_exceptions', clean(repr(await asyncio.gather(
        value_after(1, 'ok'), value_after(2, 'bad', fail=True), value_after(0, 0),
        return_exceptions=True))))
    try:
        await asyncio.gather(value_after(3, 'slow'), value_after(1, 'bad', fail=True))
    except ValueError as e:
        print('first error', type(e).__name__, e)
    await asyncio.sleep(0.001)

    # a cancelled child
    victim = asyncio.create_task(value_after(5, 'never'))
    g = asyncio.gather(victim, value_after(1, 'fine'), return_exceptions=True)
    await asyncio.sleep(0)
    victim.cancel('stop it')
    res = await g
    print('cancelled child listed', [type(r).__name__ for r in res], res[0].args, res[1])
    victim = asyncio.create_task(value_after(5, 'never'))
    g = asyncio.gather(victim, value_after(1, 'fine'))
    await asyncio.sleep(0)
    victim.cancel('stop again')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather saw cancel', e.args)

    # cancelling the gather itself
    g = asyncio.gather(value_after(5, 'a'), value_after(5, 'b'), return_exceptions=True)
    await asyncio.sleep(0)
    print('gather cancel', g.cancel('whole'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled gather raised', type(e).__name__, e.args)

    # foreign futures (a subclass with its own result/exception)
    log.clear()
    mine = MyFuture()
    loop.call_soon(mine.set_result, 'mine')
    print('subclass child', await asyncio.gather(mine, value_after(1, 'other')))
    print('subclass methods used', sorted(set(log)))
    log.clear()
    mine = MyFuture()
    loop.call_later(0.001, mine.set_result, 'direct')
    print('await subclass', await mine, log)
    mine = MyFuture()
    loop.call_soon(mine.set_exception, OSError(5, 'io'))
    try:
        await mine
    except OSError as e:
        print('subclass failure', type(e).__name__, e)

    # the context of a done callback of a gathered child
    var.set('gathering')
    ctx_seen = []

    async def peek():
        ctx_seen.append(var.get())
        var.set('changed in child')
        return var.get()
    print(await asyncio.gather(peek(), peek()), ctx_seen, var.get())


async def cancellation():
    loop = asyncio.get_running_loop()
    waiter = loop.create_future()

    async def parked():
        try:
            await waiter
        except asyncio.CancelledError as e:
            print('parked task got', type(e).__name__, e.args)
            raise

    t = asyncio.create_task(parked())
    await asyncio.sleep(0)
    print('waiting repr', clean(repr(t)))
    print('cancel', t.cancel('why'), t.cancelling(), waiter.cancelled())
    print('cancelling repr', clean(repr(t)))
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiter got', e.args)
    print('state', t.cancelled(), t.done(), clean(repr(t)))

    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'

    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print('swallowed', await t, t.cancelling(), t.uncancel(), t.uncancel())

    async def cancel_self_then_return():
        asyncio.current_task().cancel('late')
        return 'value'

    t = asyncio.create_task(cancel_self_then_return())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancel during last step', e.args, t.cancelled())

    t = asyncio.create_task(value_after(0, 0))
    t.cancel('before start')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled before start', e.args)


async def misuse():
    loop = asyncio.get_running_loop()

    class BadYield:
        def __await__(self):
            yield 'nonsense'

    async def bad():
        await BadYield()

    try:
        await asyncio.create_task(bad())
    except RuntimeError as e:
        print(type(e).__name__, clean(str(e)))

    async def self_await():
        await asyncio.current_task()

    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print(type(e).__name__, clean(str(e)))

    class NoBlocking:
        def __init__(self, fut):
            self.fut = fut

        def __await__(self):
            yield self.fut

    f = loop.create_future()

    async def no_block():
        await NoBlocking(f)

    try:
        await asyncio.create_task(no_block())
    except RuntimeError as e:
        print(type(e).__name__, clean(str(e)))

    other = asyncio.new_event_loop()
    foreign = other.create_future()

    async def wrong_loop():
        await foreign

    try:
        await asyncio.create_task(wrong_loop())
    except RuntimeError as e:
        print(type(e).__name__, clean(str(e)))
    other.close()



async def eager():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    order = []

    async def quick(name):
        order.append(('ran', name, asyncio.current_task().get_name()))
        return name

    async def slow(name):
        order.append(('start', name))
        await asyncio.sleep(0)
        order.append(('end', name))
        return name

    t = asyncio.create_task(quick('q'), name='eager-q')
    order.append(('created', t.done()))
    print('eager done at once', t.done(), t.result(), t.get_name())
    s = asyncio.create_task(slow('s'))
    order.append(('created', s.done()))
    print(await asyncio.gather(quick('g1'), slow('g2'), quick('g3')))
    print(await s, order)
    print('eager all_tasks', len(asyncio.all_tasks()))

    async def fails():
        raise LookupError('eager failure')

    t = asyncio.create_task(fails())
    print('eager failed', t.done(), type(t.exception()).__name__)
    print(await asyncio.gather(fails(), quick('x'), return_exceptions=True))
    loop.set_task_factory(None)


async def groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(value_after(1, 'a'))
        b = tg.create_task(value_after(2, 'b'), name='bee')
    print('group results', a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(value_after(1, 'x', fail=True))
            c = tg.create_task(value_after(5, 'y'))
    except* ValueError as eg:
        print('group failed', [str(e) for e in eg.exceptions], c.cancelled())


def handler_report():
    loop = asyncio.new_event_loop()
    reports = []
    loop.set_exception_handler(lambda lp, ctx: reports.append(
        (ctx['message'], type(ctx.get('exception')).__name__)))

    def drop():
        f = loop.create_future()
        f.set_exception(ZeroDivisionError('lost'))

    drop()
    loop.run_until_complete(asyncio.sleep(0))
    print('unretrieved', reports)
    loop.close()


def interrupted_loop():
    loop = asyncio.new_event_loop()
    ran = []

    def boom():
        raise KeyboardInterrupt

    loop.call_soon(ran.append, 1)
    loop.call_soon(boom)
    loop.call_soon(ran.append, 2)
    loop.call_soon(ran.append, 3)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        print('interrupted after', ran)
    loop.call_soon(loop.stop)
    loop.run_forever()
    print('rest ran', ran)
    loop.close()


async def main():
    await basics()
    await ordering()
    await gathering()
    await cancellation()
    await misuse()
    await eager()
    await groups()


asyncio.run(main())
handler_report()
interrupted_loop()
print('context outside', var.get())
