from ... import beta
from ...sub2.delta import D
from ...sub2 import delta
from ..sibling import S
from ... import TOP
print('rel.sub.deep.leaf got', beta.__name__, D, delta.__name__, S, TOP, __package__)
