"""asyncio.run() and asyncio.Runner (written for pyrs).

A Runner owns one event loop for several top-level run() calls and tears it down on
close(): leftover tasks are cancelled, asynchronous generators and the default executor
shut down, then the loop is closed. pyrs on WASI has no signals, so Ctrl-C handling
(CPython's SIGINT hook) does not exist here.
"""

import contextvars

from . import base_events
from . import events
from . import tasks

__all__ = ('Runner', 'run')

class Runner:
    """Context manager owning an event loop, for running coroutines from plain code.

        with asyncio.Runner() as runner:
            runner.run(first())
            runner.run(second())

    `debug` sets the loop's debug mode when not None; `loop_factory` makes the loop
    (by default a new loop that also becomes the current event loop)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._settings = (debug, loop_factory)
        self._evloop = None       # made on first use
        self._ctx = None
        self._finished = False    # close() ran: the runner cannot be used again
        self._installed = False   # our loop was made the current event loop

    def __enter__(self):
        self._prepare()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Wind the loop down (cancel leftover tasks, close asynchronous generators and
        the default executor) and close it. A runner that never made its loop has
        nothing to do; a closed runner cannot be used again."""
        evloop = self._evloop
        if evloop is None:
            return
        self._evloop = None
        self._finished = True
        try:
            _wind_down(evloop)
        finally:
            if self._installed:
                events.set_event_loop(None)
            evloop.close()

    def get_loop(self):
        """The runner's event loop (created on first use)."""
        return self._prepare()

    def run(self, coro, *, context=None):
        """Run `coro` as a task of the loop until it finishes; return its result.

        The task runs in `context`, by default one context kept by the runner across
        its run() calls."""
        if not tasks.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _inside_loop():
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        evloop = self._prepare()
        task = evloop.create_task(coro, context=self._ctx if context is None else context)
        return evloop.run_until_complete(task)

    def _prepare(self):
        # The loop, made on first use.
        if self._evloop is not None:
            return self._evloop
        if self._finished:
            raise RuntimeError('Runner is closed')
        debug, make_loop = self._settings
        evloop = events.new_event_loop() if make_loop is None else make_loop()
        if make_loop is None:
            events.set_event_loop(evloop)
            self._installed = True
        if debug is not None:
            evloop.set_debug(debug)
        self._ctx = contextvars.copy_context()
        self._evloop = evloop
        return evloop


def _wind_down(evloop):
    # What close() runs before closing the loop: cancel the tasks still alive, then let
    # the asynchronous generators and the default executor shut down.
    base_events._cancel_all_tasks(evloop)
    evloop.run_until_complete(evloop.shutdown_asyncgens())
    evloop.run_until_complete(evloop.shutdown_default_executor())


def _inside_loop():
    return events._get_running_loop() is not None


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine `main` in a new event loop, close the loop and return the
    coroutine's result. Not allowed while an event loop is running."""
    if _inside_loop():
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as owner:
        return owner.run(main)
