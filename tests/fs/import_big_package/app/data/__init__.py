from app.registry import record
record(__name__)
from .store import Store
from .cache import Cache
