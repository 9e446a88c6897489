from .beta import NOPE
