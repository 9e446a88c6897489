from app.registry import record
record(__name__)
from .routes import ROUTES
from ...core import events


class Server:
    def handle(self, path):
        return ROUTES[path]()
