"""unittest.async_case: IsolatedAsyncioTestCase, a TestCase whose test methods, set-up,
tear-down and clean-ups may be coroutine functions (pyrs)."""

import asyncio
import contextvars
import inspect
import sys
import warnings

from .case import TestCase

_is_async = inspect.iscoroutinefunction

# No __unittest marker here: like CPython, frames of this module stay visible in
# reported tracebacks.


class _LoopOwner:
    """The one asyncio.Runner (debug mode) a test instance may ever use.

    opened() makes it -- only once per owner -- and returns the owner as a context
    manager whose exit closes the runner.  With keep_on_failure, a block left by an
    exception keeps it open; it is then closed when the owner is collected."""

    def __init__(self):
        self._runner = None
        self._keep_on_failure = False

    def opened(self, keep_on_failure):
        if self._runner is not None:
            raise AssertionError('asyncio runner is already initialized')
        self._runner = asyncio.Runner(debug=True)
        self._keep_on_failure = keep_on_failure
        return self

    def __enter__(self):
        return self

    def __exit__(self, kind, value, trace):
        if kind is None or not self._keep_on_failure:
            self.shut()
        return False

    @property
    def runner(self):
        """The runner; an AssertionError before opened() was ever called."""
        if self._runner is None:
            raise AssertionError('asyncio runner is not initialized')
        return self._runner

    def shut(self):
        if self._runner is not None:
            self._runner.close()

    __del__ = shut


def _warning_level(entry_points):
    # stacklevel for warnings.warn() called by our caller so that the warning names
    # the code that called one of the entry_points (functions of this module).
    frame, level = sys._getframe(2), 2
    while frame is not None:
        if frame.f_code in entry_points:
            return level + 1
        frame, level = frame.f_back, level + 1
    return 2


class IsolatedAsyncioTestCase(TestCase):
    """Each test instance gets its own event loop (in debug mode), made just before
    setUp() and closed when the run ends; sync and async parts share one contextvars
    context."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName=methodName)
        self._loop_owner = _LoopOwner()
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
        completion on this test's loop; strict demands a coroutine function.  Nothing
        is called at all while the instance has no runner."""
        runner = self._loop_owner.runner
        kwargs = kwargs or {}
        if _is_async(func):
            return runner.run(func(*args, **kwargs), context=self._shared_context)
        if strict:
            raise AssertionError(f'{func!r} is not an async function')
        return self._shared_context.run(func, *args, **kwargs)

    # -- the pyrs TestCase hooks ---------------------------------------------------

    def _invoke_setup(self):
        self._loop_owner.runner.get_loop()       # made now: setUp may ask for it
        self._shared_context.run(self.setUp)     # never awaited, even if async
        self._dispatch(True, self.asyncSetUp)

    def _invoke_test(self, method):
        if self._dispatch(False, method) is not None:
            level = _warning_level(_ENTRY_POINTS)
            warnings.warn(f'It is deprecated to return a value that is not None from '
                          f'a test case ({method})', DeprecationWarning, stacklevel=level)

    def _invoke_teardown(self):
        self._dispatch(True, self.asyncTearDown)
        self._shared_context.run(self.tearDown)

    def _invoke_cleanup(self, function, /, *args, **kwargs):
        self._dispatch(False, function, args, kwargs)

    # -- running: each instance may be run (or debugged) once ----------------------

    def run(self, result=None):
        with self._loop_owner.opened(keep_on_failure=False):
            return super().run(result=result)

    def debug(self):
        # A failure leaves the loop open for inspection.
        with self._loop_owner.opened(keep_on_failure=True):
            super().debug()


_ENTRY_POINTS = frozenset((IsolatedAsyncioTestCase.run.__code__,
                           IsolatedAsyncioTestCase.debug.__code__))
