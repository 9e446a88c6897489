"""Bisection algorithms (CPython's bisect module, written for pyrs)."""

from operator import index as _index


_WIDEST = 1 << 63     # lo and hi must fit a C Py_ssize_t


def _span(a, lo, hi):
    # lo and hi checked and defaulted as the C functions do it (hi=-1 also means len(a)).
    if type(lo) is not int:
        lo = _index(lo)
    if not -_WIDEST <= lo < _WIDEST:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is not None:
        if type(hi) is not int:
            if not hasattr(type(hi), '__index__'):
                raise TypeError('argument should be integer or None, '
                                f"not '{type(hi).__name__}'")
            hi = _index(hi)
        if not -_WIDEST <= hi < _WIDEST:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    if lo < hi and not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object does not support indexing")
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    # With a key, the position is found by the key of x (which is still what is stored).
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


# The native versions (`_bisect`, as CPython's C accelerator) take lists with int bounds
# and hand every other call to the functions above.
try:
    import _bisect
except ImportError:
    pass
else:
    _bisect._fallbacks(bisect_right, bisect_left, insort_right, insort_left)
    from _bisect import bisect_right, bisect_left, insort_right, insort_left
    del _bisect

bisect = bisect_right
insort = insort_right
