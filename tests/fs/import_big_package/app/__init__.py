from . import registry
registry.record(__name__)
from .core import Engine
VERSION = (1, 2, 3)
