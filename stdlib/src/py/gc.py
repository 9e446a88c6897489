"""The `gc` module (written for pyrs). pyrs frees objects by reference counting; reference
cycles are not collected yet, so `collect()` finds nothing and reports 0. The interface is
CPython's so programs that tune or query the collector run unchanged.
"""

_enabled = True
_threshold = (700, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL = 1, 2, 4, 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
_debug = 0
_frozen = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return 0


def get_threshold():
    return _threshold


def set_threshold(*thresholds):
    global _threshold
    if not thresholds:
        raise TypeError('set_threshold() takes at least 1 argument (0 given)')
    if len(thresholds) > 3:
        raise TypeError(f'set_threshold() takes at most 3 arguments ({len(thresholds)} given)')
    t = list(_threshold)
    t[:len(thresholds)] = thresholds
    _threshold = tuple(t)


def get_count():
    return (0, 0, 0)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


_ATOMIC = (int, float, complex, str, bytes, bytearray, bool, type(None), range)


def is_tracked(obj):
    """Whether CPython's collector would track `obj`: containers, except tuples and dicts
    holding only untracked values."""
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is tuple:
        return any(is_tracked(x) for x in obj)
    if type(obj) is dict:
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj):
    return False


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    out = []
    for o in objs:
        if isinstance(o, (list, tuple, set, frozenset)):
            out.extend(o)
        elif isinstance(o, dict):
            for k, v in o.items():
                out.append(k)
                out.append(v)
    return out


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return _frozen
