from app.registry import record
record(__name__)
from .base import Model
from ..util.strings import shout


class User(Model):
    kind = 'user'

    def __init__(self, name):
        self.name = shout(name)
