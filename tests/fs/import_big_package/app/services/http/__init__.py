from app.registry import record
record(__name__)
from .server import Server
