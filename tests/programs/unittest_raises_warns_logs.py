import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print('passed', type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ':', e)


def boom(kind=ValueError, text='bad value'):
    raise kind(text)


def quiet():
    return 1


check(t.assertRaises, ValueError, boom)
check(t.assertRaises, KeyError, quiet)
check(t.assertRaises, (KeyError, ValueError), boom)
check(t.assertRaises, TypeError, boom)
check(t.assertRaises, 'nope', boom)
check(t.assertRaises, ValueError, boom, text='kw passed')
check(t.assertRaisesRegex, ValueError, 'bad', boom)
check(t.assertRaisesRegex, ValueError, r'^good', boom)
check(t.assertRaisesRegex, ValueError, 'x', quiet)

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertRaises(KeyError, msg='with msg'):
        pass
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    with t.assertRaisesRegex(OSError, 'disk'):
        raise OSError('network down')
except AssertionError as e:
    print('AssertionError:', e)


def warn_it(category=UserWarning, text='careful'):
    warnings.warn(text, category)


check(t.assertWarns, UserWarning, warn_it)
check(t.assertWarns, DeprecationWarning, warn_it)
check(t.assertWarns, DeprecationWarning, quiet)
check(t.assertWarnsRegex, UserWarning, 'care', warn_it)
check(t.assertWarnsRegex, UserWarning, 'xyz', warn_it)
check(t.assertWarns, ValueError, warn_it)
with t.assertWarns(RuntimeWarning) as cm:
    warnings.warn('rt', RuntimeWarning)
print(type(cm.warning).__name__, cm.warning, len(cm.warnings))
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print('AssertionError:', e)

with t.assertLogs('app', level='INFO') as cm:
    logging.getLogger('app').info('first %d', 1)
    logging.getLogger('app.sub').warning('second')
    logging.getLogger('app').debug('hidden')
print(cm.output)
print([r.getMessage() for r in cm.records])
with t.assertLogs() as cm:
    logging.getLogger('root_child').error('to root')
print(cm.output)
try:
    with t.assertLogs('other', level=logging.ERROR):
        logging.getLogger('other').warning('too low')
except AssertionError as e:
    print('AssertionError:', e)
with t.assertNoLogs('quiet'):
    pass
try:
    with t.assertNoLogs('loud', level='DEBUG'):
        logging.getLogger('loud').debug('oops')
except AssertionError as e:
    print('AssertionError:', e)
print(logging.getLogger('app').handlers, logging.getLogger('app').propagate)
