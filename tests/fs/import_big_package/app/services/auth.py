from app.registry import record
record(__name__)
from app.models import User
from ..core.engine import Engine


def login(name):
    return User(name)
