"""The `atexit` module (written for pyrs): functions run once when the interpreter exits,
last registered first, before the main module is torn down."""

import sys

# Registrations in order; `unregister` leaves a None where one was, as CPython's count shows.
_callbacks = []


def register(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) at exit; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func."""
    for i, c in enumerate(_callbacks):
        if c is not None and c[0] == func:
            _callbacks[i] = None


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered functions, last first; an exception is reported and the rest run."""
    for entry in _callbacks[::-1]:
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            print(f'Exception ignored in atexit callback: {func!r}', file=sys.stderr)
            # The report starts at the callback, not at this loop.
            exc.__traceback__ = exc.__traceback__.tb_next
            sys.excepthook(type(exc), exc, exc.__traceback__)
    _callbacks.clear()
