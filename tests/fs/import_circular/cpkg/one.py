print('cpkg.one: start')
from . import two
ONE = 1


def total():
    return ONE + two.TWO
