from . import beta
from .beta import B
from .sub import gamma
from . import TOP
print('rel.alpha got', beta.__name__, B, gamma.__name__, TOP)
