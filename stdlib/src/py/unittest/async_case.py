"""unittest.async_case (CPython's unittest.async_case module, written for pyrs)."""

import asyncio

from .case import TestCase, _enter

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, set-up, tear-down and cleanups may be coroutines.

    Each test runs in an event loop of its own, created before asyncSetUp and closed
    after the cleanups."""

    loop_factory = None

    def __init__(self, methodName='runTest'):
        self._loop_runner = None
        TestCase.__init__(self, methodName)

    async def asyncSetUp(self):
        "Coroutine hook called after setUp."

    async def asyncTearDown(self):
        "Coroutine hook called before tearDown."

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # Cleanups go through _await, so a coroutine function is simply awaited.
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an asynchronous context manager; exit it as a cleanup."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _await(self, func, /, *args, **kwargs):
        outcome = func(*args, **kwargs)
        if hasattr(outcome, '__await__'):
            return self._loop_runner.run(self._as_coroutine(outcome))
        return outcome

    @staticmethod
    async def _as_coroutine(awaitable):
        return await awaitable

    def _invoke_setup(self):
        self._loop_runner.get_loop()
        self.setUp()
        self._await(self.asyncSetUp)

    def _invoke_test(self, method):
        returned = self._await(method)
        if returned is None:
            return
        import warnings
        text = 'It is deprecated to return a value that is not None from a test case (%s)'
        warnings.warn(text % (method,), DeprecationWarning, stacklevel=4)

    def _invoke_teardown(self):
        self._await(self.asyncTearDown)
        self.tearDown()

    def _invoke_cleanup(self, function, *args, **kwargs):
        self._await(function, *args, **kwargs)

    def _with_loop(self, action, *args):
        # A fresh asyncio.Runner for each run, closed whatever happens.
        self._loop_runner = asyncio.Runner(debug=True, loop_factory=self.loop_factory)
        try:
            return action(*args)
        finally:
            runner, self._loop_runner = self._loop_runner, None
            runner.close()

    def run(self, result=None):
        return self._with_loop(TestCase.run, self, result)

    def debug(self):
        self._with_loop(TestCase.debug, self)

    def __del__(self):
        if getattr(self, '_loop_runner', None) is not None:
            self._loop_runner.close()
