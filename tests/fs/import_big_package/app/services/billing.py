from app.registry import record
record(__name__)
from ..models.order import Order
from . import auth


def bill(name, prices):
    return Order(auth.login(name), prices).amount
