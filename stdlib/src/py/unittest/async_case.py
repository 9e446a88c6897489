"""unittest.async_case: IsolatedAsyncioTestCase, a TestCase whose test methods, set-up,
tear-down and clean-ups may be coroutine functions (pyrs)."""

import asyncio
import contextvars
import inspect
import warnings

from .case import TestCase

_is_async = inspect.iscoroutinefunction

# No __unittest marker here: like CPython, frames of this module stay visible in
# reported tracebacks.


class IsolatedAsyncioTestCase(TestCase):
    """Each test instance gets its own event loop (in debug mode), created when the test
    runs and closed afterwards; sync and async parts share one contextvars context."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName=methodName)
        self._loop_runner = None
        self._shared_context = contextvars.copy_context()

    async def asyncSetUp(self): """Awaited after setUp()."""

    async def asyncTearDown(self): """Awaited before tearDown()."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup(); func may be a coroutine function."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager; its exit is an async clean-up."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context "
                            "manager protocol" % (kind.__module__, kind.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # -- calling into the loop ---------------------------------------------------

    def _dispatch(self, strict, func, args=(), kwargs=None):
        """Call func inside the shared context: coroutine functions are run to
        completion on this test's loop; strict demands a coroutine function."""
        kwargs = kwargs or {}
        if _is_async(func):
            if self._loop_runner is None:
                raise AssertionError('asyncio runner is not initialized')
            return self._loop_runner.run(func(*args, **kwargs),
                                         context=self._shared_context)
        if strict:
            raise AssertionError(f'{func!r} is not an async function')
        return self._shared_context.run(func, *args, **kwargs)

    # -- the pyrs TestCase hooks ---------------------------------------------------

    def _invoke_setup(self):
        self._shared_context.run(self.setUp)     # never awaited, even if async
        self._dispatch(True, self.asyncSetUp)

    def _invoke_test(self, method):
        if self._dispatch(False, method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from '
                          f'a test case ({method})', DeprecationWarning, stacklevel=3)

    def _invoke_teardown(self):
        self._dispatch(True, self.asyncTearDown)
        self._shared_context.run(self.tearDown)

    def _invoke_cleanup(self, function, /, *args, **kwargs):
        self._dispatch(False, function, args, kwargs)

    # -- running -------------------------------------------------------------------

    def _open_loop(self):
        # One runner per instance, for its whole life (a second run is refused).
        if self._loop_runner is not None:
            raise AssertionError('asyncio runner is already initialized')
        self._loop_runner = asyncio.Runner(debug=True)

    def run(self, result=None):
        self._open_loop()
        try:
            return super().run(result=result)
        finally:
            self._loop_runner.close()

    def debug(self):
        # On failure the loop is left open for inspection; __del__ closes it.
        self._open_loop()
        super().debug()
        self._loop_runner.close()

    def __del__(self):
        runner = getattr(self, '_loop_runner', None)
        if runner is not None:
            runner.close()
