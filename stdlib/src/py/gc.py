"""The `gc` module (written for pyrs) on the VM's cycle collector (`_gc`): reference
counting frees most objects, the collector the groups that only refer to each other.
"""

from _gc import collect as _collect, enable, disable, isenabled, get_count, get_threshold, \
    get_stats, set_threshold as _set_threshold, get_objects as _get_objects, \
    get_referrers as _get_referrers

garbage = []
callbacks = []
DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL = 1, 2, 4, 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
_debug = 0
_frozen = 0


def collect(generation=2):
    for cb in callbacks:
        cb('start', {'generation': generation, 'collected': 0, 'uncollectable': 0})
    n = _collect(generation)
    for cb in callbacks:
        cb('stop', {'generation': generation, 'collected': n, 'uncollectable': 0})
    return n


def set_threshold(*thresholds):
    if not thresholds:
        raise TypeError('set_threshold() takes at least 1 argument (0 given)')
    if len(thresholds) > 3:
        raise TypeError(f'set_threshold() takes at most 3 arguments ({len(thresholds)} given)')
    _set_threshold(*thresholds)


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
    """The objects the collector tracks: of one generation (0, 1 or 2), or all."""
    return _get_objects(generation)


def get_referrers(*objs):
    """The tracked objects that refer directly to any of `objs`."""
    return _get_referrers(*objs)


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


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return _frozen
