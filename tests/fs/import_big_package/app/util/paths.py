from app.registry import record
record(__name__)
import os.path
from .strings import shout


def loud_join(*parts):
    return shout(os.path.join(*parts))
