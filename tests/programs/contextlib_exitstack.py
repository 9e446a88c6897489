# contextlib.ExitStack / AsyncExitStack: order, suppression, exception chaining, pop_all.
import asyncio
import sys
from contextlib import ExitStack, AsyncExitStack, contextmanager, nullcontext


def chain(e):
    parts = []
    while e is not None and len(parts) < 8:
        parts.append(f'{type(e).__name__}({", ".join(map(repr, e.args))})')
        e = e.__context__
    return ' <- '.join(parts)


class CM:
    def __init__(self, name, log, suppress=False, fail=None):
        self.name, self.log, self.suppress, self.fail = name, log, suppress, fail

    def __enter__(self):
        self.log.append(f'enter {self.name}')
        return self.name

    def __exit__(self, typ, val, tb):
        self.log.append(f'exit {self.name} {typ.__name__ if typ else None}')
        if self.fail:
            raise self.fail
        return self.suppress


log = []
with ExitStack() as stack:
    print(stack.enter_context(CM('a', log)), stack.enter_context(CM('b', log)))
    stack.callback(log.append, 'callback 1')
    stack.push(lambda *exc: log.append(('push', exc[0])))
    r = stack.callback(lambda: log.append('cb kw'))
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(CM('outer', log))
    stack.enter_context(CM('suppressor', log, suppress=True))
    raise ValueError('gone')
print('suppressed', log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(CM('x', log, fail=KeyError('late')))
        stack.enter_context(CM('s', log, suppress=True))
        stack.enter_context(CM('y', log, fail=TypeError('early')))
except Exception as e:
    print('suppress then fail', chain(e), log)

# raised inside an except block: the chain still ends at the handled exception
try:
    try:
        raise OSError('outer handled')
    except OSError:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            stack.callback(lambda: [][1])
except Exception as e:
    print('in handler', chain(e))

log = []
with ExitStack() as stack:
    stack.enter_context(CM('moved', log))
    new = stack.pop_all()
    print('after pop_all', type(new).__name__, log)
print('pop_all not run', log)
new.close()
print('close', log)


def pushed(exc_type, exc, tb):
    print('pushed exit got', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    print(stack.push(pushed) is pushed)
    raise IndexError
print('pushed suppressed')


class ExitOnly:
    def __exit__(self, *a):
        print('ExitOnly.__exit__', a[0])


with ExitStack() as stack:
    stack.push(ExitOnly())
for bad in [1, object(), AsyncExitStack()]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(type(e).__name__, e)
with ExitStack() as stack:
    cb = stack.callback(print, 'printed', 'on', 'exit', sep='-')
    print(cb is print)
with ExitStack() as stack:
    print('nullcontext', stack.enter_context(nullcontext(42)))


@contextmanager
def gen(name):
    print('  gen enter', name)
    yield name
    print('  gen exit', name)


with ExitStack() as stack:
    names = [stack.enter_context(gen(n)) for n in 'pqr']
    print(names)


async def main():
    log = []

    class ACM:
        def __init__(self, name, suppress=False):
            self.name, self.suppress = name, suppress

        async def __aenter__(self):
            log.append(f'aenter {self.name}')
            return self.name

        async def __aexit__(self, typ, val, tb):
            log.append(f'aexit {self.name} {typ.__name__ if typ else None}')
            return self.suppress

    async def acb(x):
        log.append(f'acb {x}')

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM('a1')))
        stack.enter_context(CM('sync', log))
        stack.push_async_callback(acb, 1)
        stack.push_async_exit(ACM('pushed', suppress=True))
        stack.callback(log.append, 'sync cb')
        raise ValueError('async body')
    print(log)
    try:
        await AsyncExitStack().enter_async_context(ExitStack())
    except TypeError as e:
        print(type(e).__name__, e)
    log.clear()
    try:
        async with AsyncExitStack() as stack:
            async def boom(*exc):
                raise KeyError('async fail')
            stack.push_async_exit(boom)
            stack.enter_context(CM('s2', log, fail=TypeError('sync fail')))
            raise ValueError('v')
    except Exception as e:
        print('async chain', chain(e), log)
    stack = AsyncExitStack()
    await stack.enter_async_context(ACM('closing'))
    moved = stack.pop_all()
    await stack.aclose()
    print('before aclose', log[-1])
    await moved.aclose()
    print('after aclose', log[-1])
    async with nullcontext('anull') as v:
        print(v)


asyncio.run(main())
print(sys.exc_info())
