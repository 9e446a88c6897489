from app.registry import record
record(__name__)
from .base import Model
from .user import User
from .item import Item
