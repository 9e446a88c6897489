import contextlib, asyncio, sys
from contextlib import *
def chain(e):
    out = []
    while e is not None:
        out.append(f'{type(e).__name__}({", ".join(map(repr, e.args))})'); e = e.__context__
    return ' <- '.join(out)
print(AbstractContextManager[int], AbstractAsyncContextManager[str])
class Y:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class Z(Y): __exit__ = None
print(issubclass(Y, AbstractContextManager), issubclass(Z, AbstractContextManager), issubclass(int, AbstractContextManager))
@contextmanager
def g(x):
    yield x
cm = g(1); print(list(vars(cm)), cm.__doc__ is not None)
cm.__enter__(); print(list(vars(cm)))
s = ExitStack()
def f(): print('cb')
print(s.callback(f) is f)
print(s.close())
# pop_all during unwinding
s = ExitStack(); keep = []
s.callback(print, 'first registered')
s.callback(lambda: keep.append(s.pop_all()))
s.close(); print('after', len(keep))
keep[0].close()
# chaining
def raiser(exc):
    def cb(*a): raise exc
    return cb
try:
    with ExitStack() as st:
        st.push(raiser(KeyError('k1')))
        st.push(raiser(IndexError('i1')))
        st.push(lambda *a: True)
        st.push(raiser(ValueError('v')))
        raise TypeError('body')
except Exception as e:
    print('chain', chain(e))
try:
    try:
        raise OSError('outer')
    except OSError:
        with ExitStack() as st:
            st.push(raiser(KeyError('a')))
            st.push(raiser(IndexError('b')))
except Exception as e:
    print('chain2', chain(e))
print(ExitStack().__exit__(ValueError, None, None))
st = ExitStack(); st.push(lambda *a: print('got', a) or True); print(st.__exit__(ValueError, None, None))
try:
    with suppress(KeyError):
        raise ExceptionGroup('g', [KeyError(1), ValueError(2)])
except ExceptionGroup as eg:
    print(repr(eg), type(eg.__context__).__name__)
with suppress(KeyError):
    raise ExceptionGroup('g', [KeyError(1)])
with suppress():
    pass
try:
    with suppress():
        raise KeyError(3)
except KeyError as e: print('ke', e)
@contextmanager
def stopper():
    try:
        yield
    except StopIteration as e:
        raise RuntimeError('wrapped') from e
try:
    with stopper():
        raise StopIteration('s')
except BaseException as e:
    print('stopper', chain(e), repr(e.__cause__))
@contextmanager
def other():
    try: yield
    except ValueError: raise KeyError('x')
try:
    with other(): raise ValueError('v')
except BaseException as e:
    print('other', chain(e))
@contextmanager
def swallow():
    try: yield
    except ValueError: pass
with swallow(): raise ValueError
print('swallowed')
@contextmanager
def noyield():
    if 0: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e, e.__context__, e.__suppress_context__)
class CD(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
@CD()
def fn(a, b=2):
    'docfn'
    return a + b
print(fn(1), fn.__name__, fn.__doc__, fn.__wrapped__.__name__)
import io
buf = io.StringIO()
r = redirect_stdout(buf)
with r:
    print('x')
    with r:
        print('y')
print(repr(buf.getvalue()))
print(nullcontext(5).__enter__(), closing.__mro__[1].__name__)
async def main():
    async with AsyncExitStack() as st:
        async def acb(x): print('acb', x)
        print(st.push_async_callback(acb, 1) is acb)
        st.callback(print, 'sync cb')
        st.push_async_exit(lambda *a: asyncio.sleep(0, True))
        try:
            await st.enter_async_context(3)
        except TypeError as e: print(e)
        raise ValueError('swallowed by push_async_exit')
    print('async done')
    async with nullcontext(7) as v: print(v)
    class C:
        async def aclose(self): print('aclosed')
    async with aclosing(C()): pass
    try:
        async with AsyncExitStack() as st:
            async def bad(*a): raise KeyError('abad')
            st.push_async_exit(bad)
            st.push(raiser(IndexError('sbad')))
            raise TypeError('abody')
    except Exception as e:
        print('achain', chain(e))
asyncio.run(main())
import os
d = os.getcwd()
with chdir('/'):
    print(os.getcwd())
print(os.getcwd() == d)
