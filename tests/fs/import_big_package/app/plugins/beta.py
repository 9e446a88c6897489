from app.registry import record
record(__name__)
from . import alpha
NAME = 'beta plugin after ' + alpha.NAME
