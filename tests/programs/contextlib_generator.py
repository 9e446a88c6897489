# contextlib.contextmanager / asynccontextmanager: exit rules, chaining, decorators.
import asyncio
from contextlib import contextmanager, asynccontextmanager


def chain(e):
    parts = []
    seen = 0
    while e is not None and seen < 6:
        parts.append(f'{type(e).__name__}({", ".join(map(repr, e.args))})'
                     + ('[suppress]' if e.__suppress_context__ else ''))
        e = e.__cause__ or e.__context__
        seen += 1
    return ' <- '.join(parts)


def run(label, body):
    try:
        result = body()
        print(label, 'ok', result)
    except BaseException as e:
        print(label, 'raised', chain(e))


@contextmanager
def simple(log):
    log.append('enter')
    try:
        yield 'value'
    except ValueError as e:
        log.append(f'caught {e}')
    finally:
        log.append('finally')


log = []
with simple(log) as v:
    log.append(v)
print(log)
log = []
with simple(log):
    raise ValueError('swallowed')
print(log)
log = []
run('not caught', lambda: exec('with simple(log):\n    raise KeyError("k")', globals()))
print(log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e


@contextmanager
def reraise_same():
    try:
        yield
    except ValueError:
        raise


@contextmanager
def plain():
    yield


def with_body(cm, exc):
    def body():
        with cm:
            if exc is not None:
                raise exc
        return 'done'
    return body


run('no yield', with_body(no_yield(), None))
run('two yields', with_body(two_yields(), None))
run('yield after throw', with_body(yields_after_throw(), ValueError('v')))
run('reraise other', with_body(reraise_other(), ValueError('v')))
run('reraise same', with_body(reraise_same(), ValueError('v')))
run('stopiteration body', with_body(plain(), StopIteration('stop')))
run('runtimeerror body', with_body(plain(), RuntimeError('rt')))
run('generatorexit body', with_body(plain(), GeneratorExit()))
run('keyboard body', with_body(plain(), KeyboardInterrupt('kb')))

cm = plain()
print(cm.__exit__(None, None, None) if cm.__enter__() is None else '?')
cm = plain()
cm.__enter__()
print('exit with type only', cm.__exit__(ValueError, None, None))
cm = plain()
run('enter twice', lambda: (cm.__enter__(), cm.__enter__()))
print(type(cm).__name__, type(cm).__module__)


@contextmanager
def counted(log, name):
    """doc of counted"""
    log.append(f'in {name}')
    yield
    log.append(f'out {name}')


log = []


@counted(log, 'deco')
def work(x):
    log.append(f'work {x}')
    return x * 2


print(work(1), work(2), log, work.__name__)
print(counted.__name__, counted.__doc__, counted(log, 'd').__doc__)


@asynccontextmanager
async def acm(log, fail=False):
    log.append('aenter')
    try:
        yield 'av'
    except KeyError as e:
        log.append(f'acaught {e!r}')
    finally:
        log.append('afinally')


@asynccontextmanager
async def a_no_yield():
    if False:
        yield


@asynccontextmanager
async def a_two():
    yield 1
    yield 2


@asynccontextmanager
async def a_plain():
    yield


async def main():
    log = []
    async with acm(log) as v:
        log.append(v)
    async with acm(log):
        raise KeyError('k')
    print(log)
    for label, cm, exc in [('a no yield', a_no_yield(), None), ('a two', a_two(), None),
                           ('a two throw', a_two(), ValueError('x')),
                           ('a stopiteration', a_plain(), StopIteration('s')),
                           ('a stopasync', a_plain(), StopAsyncIteration('sa')),
                           ('a value', a_plain(), ValueError('va'))]:
        try:
            async with cm:
                if exc is not None:
                    raise exc
            print(label, 'ok')
        except BaseException as e:
            print(label, 'raised', chain(e))
    dlog = []

    @acm(dlog)
    async def deco(n):
        dlog.append(n)
        return n + 1

    print(await deco(5), await deco(6), dlog)


asyncio.run(main())
