from . import middle
