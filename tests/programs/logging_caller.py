# logging: the caller's file, function and line for calls with keyword
# arguments, stacklevel and stack_info.
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
log = logging.getLogger('caller')
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)

log.info('no keywords')
log.info('with extra', extra={'k': 1})
log.warning('stacklevel 1', stacklevel=1)


def helper(msg):
    log.info(msg, stacklevel=2)


def user():
    helper('reported at the caller of helper')
    log.debug('debug in user', extra={'x': 'y'})
    try:
        {}['key']
    except KeyError:
        log.exception('exception in user')


user()
helper('helper from module level')

adapter = logging.LoggerAdapter(log, {'who': 'adapter'})


def via_adapter():
    adapter.info('through an adapter')
    adapter.warning('adapter with stacklevel', stacklevel=1)


via_adapter()
log.info('deep stacklevel', stacklevel=50)

handler.setFormatter(logging.Formatter('%(message)s'))


def outer():
    inner()


def inner():
    log.info('with stack', stack_info=True)


outer()
logging.basicConfig(stream=sys.stdout, format='%(funcName)s:%(lineno)d:%(message)s', force=True)


def module_functions():
    logging.warning('module function')
    logging.error('module function with kwargs', extra={'a': 1})


module_functions()
