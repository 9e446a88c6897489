from app.registry import record
record(__name__)
from .user import User
from .item import Item
from ..util import numbers


class Order:
    def __init__(self, user, prices):
        self.user = user
        self.amount = numbers.total(prices)
