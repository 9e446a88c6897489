from app.registry import record
record(__name__)
from app.util.numbers import double
SETTINGS = {'factor': double(2), 'name': 'big'}
