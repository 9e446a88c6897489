from app.registry import record
record(__name__)
from app.services.http import Server
from ..plugins import beta
from app.services.http.middleware import wrapped


def run(path):
    return wrapped(path)
