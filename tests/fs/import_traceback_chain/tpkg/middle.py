import sys
from .bottom import value
