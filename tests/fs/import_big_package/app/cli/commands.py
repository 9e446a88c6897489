from app.registry import record
record(__name__)
from .main import run
from ..util import *
COMMANDS = {'login': lambda: run('/login'), 'bill': lambda: run('/bill')}
UTILS = sorted(n for n in ('strings', 'numbers', 'paths'))
