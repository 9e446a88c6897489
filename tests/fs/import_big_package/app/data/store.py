from app.registry import record
record(__name__)
from .cache import Cache


class Store:
    def __init__(self):
        self.cache = Cache()
