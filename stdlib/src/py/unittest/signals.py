"""Ctrl-C handling for test runs (part of unittest, written for pyrs).

pyrs has no SIGINT delivery under WASI, so the handler only keeps the bookkeeping."""

import weakref

__unittest = True

_live_results = weakref.WeakKeyDictionary()
_installed = [False]


def registerResult(result):
    """Remember a result so an interrupt could stop it."""
    _live_results[result] = 1


def removeResult(result):
    """Forget a registered result; True if it was registered."""
    return bool(_live_results.pop(result, None))


def installHandler():
    """Install the Ctrl-C handler (a no-op apart from bookkeeping on pyrs)."""
    _installed[0] = True


def removeHandler(method=None):
    """Remove the Ctrl-C handler; used as a decorator, for the duration of the call."""
    if method is not None:
        def wrapper(*call_args, **call_kwargs):
            was = _installed[0]
            _installed[0] = False
            try:
                return method(*call_args, **call_kwargs)
            finally:
                _installed[0] = was
        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper
    _installed[0] = False
