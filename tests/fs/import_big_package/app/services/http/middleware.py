from app.registry import record
record(__name__)
from . import server
from .server import Server


def wrapped(path):
    return 'mw(%s)' % Server().handle(path)
