B = 'from portion2'
from . import a
from .a import A
