# Differential test for the second round of asyncio fast paths: awaiting finished futures,
# eager task start, gather of finished children, TaskGroup children that end at once,
# sleep(0), call_soon handles and task wake-ups.
import asyncio
import contextvars
import re
import types

var = contextvars.ContextVar('var', default='unset')
log = []


def clean(text):
    # addresses and file positions differ between implementations
    text = re.sub(r' at 0x[0-9a-f]+', '', text)
    text = re.sub(r' at [^ >]*:\d+', '', text)
    text = re.sub(r'running at [^ >]*', 'running', text)
    return text


def show(label, value):
    print(label, clean(repr(value)))


def err(e):
    return f'{type(e).__name__}: {e}'


class MyFuture(asyncio.Future):
    def result(self):
        log.append('MyFuture.result')
        return super().result()


class MyTask(asyncio.Task):
    pass


async def returns(value):
    return value


async def fails(text):
    raise ValueError(text)


async def pauses(n, value):
    for _ in range(n):
        await asyncio.sleep(0)
    return value


async def awaiting_finished():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result([1, 2])
    print('done await', await fut, await fut)
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as stop:
        print('manual iteration', stop.value)
    bad = loop.create_future()
    bad.set_exception(KeyError('k'))
    for _ in range(2):
        try:
            await bad
        except KeyError as e:
            print('done failed await', err(e))
    gone = loop.create_future()
    gone.cancel(msg='bye')
    try:
        await gone
    except asyncio.CancelledError as e:
        print('done cancelled await', err(e))
    mine = MyFuture(loop=loop)
    mine.set_result('mine')
    log.clear()
    print('subclass await', await mine, log)
    none_result = loop.create_future()
    none_result.set_result(None)
    print('None result', await none_result)

    @types.coroutine
    def old_style(f):
        value = yield from f
        return value
    print('yield from done', await old_style(fut))
    pending = loop.create_future()
    loop.call_soon(pending.set_result, 'later')
    print('pending await', await pending)
    pending = loop.create_future()
    loop.call_soon(pending.set_exception, OSError('late'))
    try:
        await pending
    except OSError as e:
        print('pending failed await', err(e))
    pending = MyFuture(loop=loop)
    loop.call_soon(pending.set_result, 'sub later')
    log.clear()
    print('pending subclass await', await pending, log)
    pending = loop.create_future()
    it = pending.__await__()
    print('iter hands out', next(it) is pending)
    try:
        next(it)
    except RuntimeError as e:
        print('second next', err(e))
    pending.set_result(5)
    try:
        it.send(None)
    except StopIteration as stop:
        print('after result', stop.value)


async def sleeping():
    print('sleep(0) result', await asyncio.sleep(0, 'r0'), await asyncio.sleep(-1, 'neg'))
    print('sleep(0) default', await asyncio.sleep(0))
    order = []

    async def worker(name):
        for i in range(3):
            order.append(f'{name}{i}')
            await asyncio.sleep(0)
    await asyncio.gather(worker('a'), worker('b'), worker('c'))
    print('round robin', order)
    task = asyncio.ensure_future(pauses(5, 'x'))
    await asyncio.sleep(0)
    task.cancel('stop it')
    try:
        await task
    except asyncio.CancelledError as e:
        print('cancelled in sleep(0)', err(e), task.cancelled())


async def eager_tasks():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    seen = []

    async def record(value):
        me = asyncio.current_task()
        seen.append((value, me is not None and me.get_name().startswith('Task-') or me.get_name(),
                     me in asyncio.all_tasks()))
        var.set(value)
        return value
    outer = asyncio.current_task()
    t = loop.create_task(record('e1'))
    print('eager done at once', t.done(), t.result(), asyncio.current_task() is outer)
    print('eager context kept apart', var.get(), t.get_context().get(var))
    print('seen', seen)
    t = asyncio.create_task(record('e2'), name='named')
    print('eager named', t.get_name(), t.result(), seen[-1])
    t = loop.create_task(fails('eager boom'))
    print('eager failed', t.done(), err(t.exception()))
    t = loop.create_task(pauses(2, 'slow'))
    print('eager suspended', t.done(), t in asyncio.all_tasks())
    print('eager suspended result', await t, t.get_coro() is not None)
    t = loop.create_task(returns('cb'))
    t.add_done_callback(lambda f: log.append(('callback', f.result())))
    log.clear()
    await asyncio.sleep(0)
    print('callback on eager', log)

    async def cancels_itself():
        asyncio.current_task().cancel()
        return 'ignored'
    t = loop.create_task(cancels_itself())
    print('cancel in first step', t.done(), t.cancelled())
    await asyncio.sleep(0)
    print('after a turn', t.done(), t.cancelled())

    async def raises_cancel():
        raise asyncio.CancelledError('inner')
    t = loop.create_task(raises_cancel())
    print('cancel raised', t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result', err(e))
    t = MyTask(returns('sub'), loop=loop, eager_start=True)
    print('subclass eager', type(t).__name__, t.done(), t.result())
    t = asyncio.Task(returns('ctx'), loop=loop, eager_start=True, context=contextvars.Context())
    print('own context', t.result(), var.get())

    async def nested():
        inner = loop.create_task(record('inner'))
        return asyncio.current_task().get_name(), inner.result()
    t = loop.create_task(nested(), name='outer-task')
    print('nested eager', t.result())
    loop.set_task_factory(None)


async def gathering():
    loop = asyncio.get_running_loop()
    for eager in (True, False):
        loop.set_task_factory(asyncio.eager_task_factory if eager else None)
        label = 'eager' if eager else 'lazy'
        print(label, 'all returned', await asyncio.gather(*[returns(i) for i in range(6)]))
        print(label, 'mixed', await asyncio.gather(returns(1), pauses(2, 2), returns(3)))
        try:
            await asyncio.gather(returns(1), fails('g1'), fails('g2'), pauses(1, 4))
        except ValueError as e:
            print(label, 'first error', err(e))
        res = await asyncio.gather(returns(1), fails('g3'), pauses(1, 3), return_exceptions=True)
        print(label, 'return_exceptions', [clean(repr(r)) for r in res])
        c = returns('dup')
        print(label, 'duplicates', await asyncio.gather(c, c, returns('x')))
        done = loop.create_future()
        done.set_result('fut')
        bad = loop.create_future()
        bad.set_exception(OSError('fut bad'))
        res = await asyncio.gather(done, returns('co'), done, bad, return_exceptions=True)
        print(label, 'futures first', [clean(repr(r)) for r in res])
        gone = loop.create_future()
        gone.cancel()
        res = await asyncio.gather(returns(0), gone, return_exceptions=True)
        print(label, 'cancelled child', [type(r).__name__ for r in res])
        try:
            await asyncio.gather(gone, returns(0))
        except asyncio.CancelledError as e:
            print(label, 'cancelled child raises', type(e).__name__)
        mine = MyFuture(loop=loop)
        mine.set_result('sub')
        log.clear()
        print(label, 'subclass child', await asyncio.gather(mine, returns(2)), log)
        g = asyncio.gather(returns(1), returns(2))
        print(label, 'gather future', clean(repr(g)) if eager else type(g).__name__)
        print(label, 'result', await g)
    loop.set_task_factory(None)


async def groups():
    loop = asyncio.get_running_loop()
    for eager in (True, False):
        loop.set_task_factory(asyncio.eager_task_factory if eager else None)
        label = 'eager' if eager else 'lazy'
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(returns(i)) for i in range(4)]
            print(label, 'in body', [t.done() for t in ts], clean(repr(tg)))
        print(label, 'results', [t.result() for t in ts], clean(repr(tg)))
        try:
            async with asyncio.TaskGroup() as tg:
                slow = tg.create_task(pauses(3, 'slow'))
                tg.create_task(returns(1))
                tg.create_task(fails('tg1'))
                await asyncio.sleep(0)
        except ExceptionGroup as eg:
            print(label, 'group error', err(eg), [err(e) for e in eg.exceptions],
                  slow.cancelled())
        late = returns(0)
        try:
            tg.create_task(late)
        except RuntimeError as e:
            print(label, 'after exit', clean(str(e)))
        finally:
            late.close()
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(returns('named'), name='child-name')
            print(label, 'child name', t.get_name())
            inner = tg.create_task(pauses(1, 'p'))
        print(label, 'paused child', inner.result())

        async def spawner(group):
            group.create_task(returns('from child'))
            return 'spawned'
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(spawner(tg))
        print(label, 'child spawns', t.result())
    loop.set_task_factory(None)


async def handles():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    h = loop.call_soon(log.append, 'soon')
    print('handle type', type(h).__name__, h.cancelled(), h.get_context() is not None)
    print('handle repr', clean(repr(h)))
    h2 = loop.call_soon(log.append, 'never')
    h2.cancel()
    print('cancelled repr', clean(repr(h2)))
    h3 = loop.call_soon(log.append, 'in ctx', context=ctx)
    print('given context', h3.get_context() is ctx)
    log.clear()
    await asyncio.sleep(0)
    print('ran', log)

    def reads():
        log.append(var.get())
    var.set('outer value')
    loop.call_soon(reads)
    token_ctx = contextvars.Context()
    loop.call_soon(reads, context=token_ctx)
    log.clear()
    await asyncio.sleep(0)
    print('contexts', log)
    var.set('unset')
    errors = []
    loop.set_exception_handler(lambda lp, context: errors.append(
        (context['message'].split(' at ')[0], err(context['exception']))))

    def boom(x):
        raise ZeroDivisionError(x)
    loop.call_soon(boom, 'cb failed')
    await asyncio.sleep(0)
    print('handler saw', errors)
    try:
        loop.call_soon(asyncio.sleep)
        print('coroutine function accepted outside debug')
    except TypeError as e:
        print('refused', err(e))
    await asyncio.sleep(0)
    print('handler saw', errors[-1])
    loop.set_exception_handler(None)
    loop.set_debug(True)
    h = loop.call_soon(log.append, 'debug')
    print('debug handle has traceback', h._source_traceback is not None)
    try:
        loop.call_soon(asyncio.sleep)
    except TypeError as e:
        print('debug refused', err(e))
    loop.set_debug(False)
    await asyncio.sleep(0)


class DebugLoop(asyncio.SelectorEventLoop):
    """Says it is in debug mode through get_debug() only."""

    def get_debug(self):
        return True


class CountingLoop(asyncio.SelectorEventLoop):
    calls = 0

    def call_soon(self, callback, *args, context=None):
        CountingLoop.calls += 1
        return super().call_soon(callback, *args, context=context)


def other_loops():
    loop = DebugLoop()
    try:
        h = loop.call_soon(print)
        print('overridden get_debug: traceback kept', h._source_traceback is not None)
        h.cancel()

        async def main():
            t = asyncio.ensure_future(returns('in debug loop'))
            return await t
        print('debug loop run', loop.run_until_complete(main()))
    finally:
        loop.close()
    loop = CountingLoop()
    try:
        async def main():
            await asyncio.sleep(0)
            t = asyncio.create_task(returns(1))
            return await asyncio.gather(t, returns(2))
        print('counting loop', loop.run_until_complete(main()), CountingLoop.calls > 3)
    finally:
        loop.close()


async def wakeups():
    loop = asyncio.get_running_loop()
    order = []

    async def waiter(name, fut):
        try:
            order.append((name, await fut))
        except Exception as e:
            order.append((name, err(e)))
    futs = [loop.create_future() for _ in range(3)]
    tasks = [asyncio.create_task(waiter(f'w{i}', f)) for i, f in enumerate(futs)]
    await asyncio.sleep(0)
    futs[2].set_result('two')
    futs[0].set_exception(KeyError('zero'))
    futs[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('wake order', order, [t.cancelled() for t in tasks])
    t = asyncio.create_task(pauses(1, 'v'))
    print('task repr pending', clean(repr(t)))
    await t
    print('task repr done', clean(repr(t)))


def main():
    asyncio.run(awaiting_finished())
    asyncio.run(sleeping())
    asyncio.run(eager_tasks())
    asyncio.run(gathering())
    asyncio.run(groups())
    asyncio.run(handles())
    other_loops()
    asyncio.run(wakeups())


main()
