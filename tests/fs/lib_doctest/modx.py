"""Module modx.

>>> square(3)
9
"""
import functools

def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper

def square(x):
    """Return x squared.

    >>> square(4)
    16
    >>> square(-2)
    4
    """
    return x * x

@deco
def decorated(x):
    """Decorated.

    >>> decorated(2)
    3
    """
    return x

def nodoc(x):
    return x

def emptydoc():
    """No examples here."""

class Outer:
    """Outer class.

    >>> Outer.Inner().val
    42
    """
    class Inner:
        """Inner.

        >>> 1 + 1
        2
        """
        val = 42
        def meth(self):
            """
            >>> Outer.Inner().meth()
            'meth'
            """
            return 'meth'

    def method(self):
        '''Method.

        >>> Outer().method()
        'method'
        '''
        return 'method'

    @staticmethod
    def smeth():
        """
        >>> Outer.smeth()
        's'
        """
        return 's'

    @classmethod
    def cmeth(cls):
        """
        >>> Outer.cmeth()
        'c'
        """
        return 'c'

    @property
    def prop(self):
        """
        >>> Outer().prop
        'p'
        """
        return 'p'

    def _private(self):
        """
        >>> 'private'
        'private'
        """

from os.path import join  # should not be found (other module)

lam = lambda: None
lam.__doc__ = """
>>> 'lambda'
'lambda'
"""

class Sub(Outer):
    pass

def tracer():
    """
    >>> import sys
    >>> print('line1'); print('line2')
    line1
    line2
    >>> for i in range(3):
    ...     print(i)
    ...
    0
    1
    2
    """

__test__ = {
    'str': """
    >>> 'in test string'
    'in test string'
    """,
    'func': nodoc,
    'cls': Outer.Inner,
}
