# contextlib: suppress (with exception groups), closing, aclosing, redirect_*, nullcontext,
# chdir, the ABCs and ContextDecorator.
import asyncio
import io
import os
import sys
import contextlib
from contextlib import (suppress, closing, aclosing, redirect_stdout, redirect_stderr,
                        nullcontext, chdir, AbstractContextManager,
                        AbstractAsyncContextManager, ContextDecorator)

print(contextlib.__all__)
with suppress(ValueError, KeyError):
    raise KeyError('k')
print('suppressed KeyError')
with suppress():
    pass
try:
    with suppress(ValueError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('passed through', e)
with suppress(Exception):
    raise ExceptionGroup('all', [ValueError(1), KeyError(2)])
print('group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('mixed', [ValueError(1), KeyError(2), ValueError(3)])
except ExceptionGroup as eg:
    print('rest', repr(eg), type(eg.__context__).__name__)
with suppress(ValueError):
    raise ExceptionGroup('only values', [ValueError(1), ExceptionGroup('inner', [ValueError(2)])])
print('nested group suppressed')
s = suppress(OSError)
print(s.__exit__(None, None, None), s.__exit__(FileNotFoundError, FileNotFoundError(), None))


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closed', self.name)

    async def aclose(self):
        print('aclosed', self.name)


with closing(Thing('t1')) as t:
    print('using', t.name)
try:
    with closing(Thing('t2')):
        raise ValueError('inside closing')
except ValueError as e:
    print('after closing', e)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finalised')


async def main():
    async with aclosing(Thing('t3')) as t:
        print('using', t.name)
    async with aclosing(agen()) as g:
        async for v in g:
            print('got', v)
            break
    async with nullcontext(5) as v:
        print('async null', v)


asyncio.run(main())

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('to buffer')
    print(target is buf)
print('captured', repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write('err text\n')
print('captured err', repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print('nested')
print('restored', sys.stdout is sys.__stdout__)

n = nullcontext()
with n as v:
    print('nullcontext', v)
with nullcontext([1]) as v:
    print('nullcontext', v)

before = os.getcwd()
os.mkdir('contextlib_misc_tmpdir')
try:
    with chdir('contextlib_misc_tmpdir'):
        print('inside', os.path.basename(os.getcwd()))
        with chdir('..'):
            print('back', os.getcwd() == before)
        print('inside again', os.path.basename(os.getcwd()))
    print('restored cwd', os.getcwd() == before)
finally:
    os.rmdir('contextlib_misc_tmpdir')


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class AsyncManual:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


class NoneExit(Manual):
    __exit__ = None


print(issubclass(Manual, AbstractContextManager), isinstance(Manual(), AbstractContextManager))
print(issubclass(NoneExit, AbstractContextManager), issubclass(int, AbstractContextManager))
print(issubclass(AsyncManual, AbstractAsyncContextManager), issubclass(Manual, AbstractAsyncContextManager))
print(isinstance(io.StringIO(), AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
print(AbstractContextManager[int], AbstractAsyncContextManager[str])


class Sub(AbstractContextManager):
    def __exit__(self, *a):
        print('Sub exit')


with Sub() as s:
    print('Sub enter returns self', type(s).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(type(e).__name__, e)


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)


class Deco(ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self

    def __exit__(self, *exc):
        print('deco exit', exc[0].__name__ if exc[0] else None)
        return False


@Deco()
def decorated(a, b=2):
    """decorated doc"""
    print('decorated body', a, b)
    return a + b


print(decorated(1), decorated.__name__, decorated.__doc__)


@Deco()
def failing():
    raise KeyError('in deco')


try:
    failing()
except KeyError as e:
    print('deco propagated', e)
