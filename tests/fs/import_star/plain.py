import os
from os import path as ospath
public = 'public'
_private = 'private'
__dunder = 'dunder'
CONST = 3


def func():
    return 'func'


class Klass:
    pass
