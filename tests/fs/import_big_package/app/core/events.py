from app.registry import record
record(__name__)
from . import engine
ENGINE_PARTIAL = not hasattr(engine, 'events') and hasattr(engine, 'Engine')
LOG = []


def emit(what):
    LOG.append(what + ' (engine partially initialised: %s)' % (not hasattr(engine, 'events')))
