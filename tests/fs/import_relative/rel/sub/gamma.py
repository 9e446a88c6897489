from .. import beta
from ..beta import B
from ..sub2 import delta
from . import sibling
from .sibling import S
from .deep import leaf
print('rel.sub.gamma got', beta.__name__, B, delta.__name__, sibling.__name__, S, leaf.__name__)
