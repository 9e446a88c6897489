"""Module doc.

>>> 1 + 1
2
>>> x = 5
>>> x * 2
11
"""

def f(n):
    """Double.

    >>> f(2)
    4
    >>> f(1/0)
    1
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> raise ValueError("boom")
    Traceback (most recent call last):
      ...
    ValueError: boom
    >>> raise ValueError("boom2")
    Traceback (most recent call last):
    ValueError: boom
    >>> f(3)
    """
    return n * 2

class C:
    """Class.

    >>> C().m()
    'm'
    """
    def m(self):
        """>>> 1
        1
        """
        return 'm'
    @property
    def p(self):
        """
        >>> 2
        2
        """
    @staticmethod
    def s():
        """
        >>> print(list(range(20)))  # doctest: +ELLIPSIS
        [0, 1, ..., 19]
        """
    @classmethod
    def c(cls):
        """
        >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
        a b
        >>> print('xyz')  # doctest: +SKIP
        no
        """

def g():
    pass

__test__ = {'extra': """
>>> 3
3
>>> 4
5
"""}

if __name__ == '__main__':
    import doctest, sys
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
