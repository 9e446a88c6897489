from app.registry import record
record(__name__)
from .engine import Engine
