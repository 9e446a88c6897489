from app.registry import record
record(__name__)
from .base import Model
from . import user


class Item(Model):
    kind = 'item'
    owner_class = user.User
