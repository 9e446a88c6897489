# The __context__ of an exception leaving __exit__ while the with body's exception is
# handled: set when it was raised (not replaced by the body's exception), as ExitStack
# relies on to chain the exceptions of its callbacks.
from contextlib import ExitStack


def chain(e):
    parts = []
    while e is not None and len(parts) < 8:
        parts.append(f'{type(e).__name__}({", ".join(map(repr, e.args))})')
        e = e.__context__
    return ' <- '.join(parts)


class Converts:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        try:
            raise TypeError('t')
        except TypeError:
            raise KeyError('k')


try:
    with Converts():
        raise ValueError('body')
except Exception as e:
    print('nested raise', chain(e))


class Reraises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        k = KeyError('k')
        t = TypeError('t')
        try:
            raise k
        except BaseException:
            k.__context__ = t
            raise


try:
    with Reraises():
        raise ValueError('body')
except Exception as e:
    print('bare reraise', chain(e))


class CM:
    def __init__(self, name, log, fail=None):
        self.name, self.log, self.fail = name, log, fail

    def __enter__(self):
        return self.name

    def __exit__(self, typ, val, tb):
        self.log.append(f'exit {self.name} {typ.__name__ if typ else None}')
        if self.fail:
            raise self.fail


log = []
try:
    with ExitStack() as stack:
        stack.enter_context(CM('1', log, fail=KeyError('from 1')))
        stack.enter_context(CM('2', log, fail=TypeError('from 2')))
        stack.enter_context(CM('3', log))
        raise ValueError('body')
except Exception as e:
    print('exitstack chain', chain(e), log)
