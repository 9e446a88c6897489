"""Pickle support registry for pyrs (the `copyreg` module, written for pyrs).

This module owns `dispatch_table` (reduction functions registered with `pickle()`),
`constructor()`, the extension-code registry (`add_extension`, `remove_extension`,
`clear_extension_cache` and the dicts `_extension_registry`, `_inverted_registry`,
`_extension_cache`), and the helpers that `object.__reduce_ex__`, `copy` and `pickle` call
back into: `__newobj__`, `__newobj_ex__`, `_reconstructor`, `_reduce_ex` and `_slotnames`.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Declare `pickle_function` as the reduction function for objects of type `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked for being callable; it is not recorded anywhere.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Declare `object` to be a valid constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


try:
    complex
except NameError:
    pass  # pyrs may not have complex numbers yet.
else:
    pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    # int | str rebuilds as functools.reduce(operator.or_, (int, str)).
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    _union_type = type(int | str)
except TypeError:
    _union_type = None  # pyrs may not have `X | Y` between classes yet.
if _union_type is not None:
    pickle(_union_type, pickle_union)
del _union_type


# --- helpers for object.__reduce_ex__ with protocols 0 and 1 -----------------------------

def _reconstructor(cls, base, state):
    """Rebuild an instance of `cls` whose nearest built-in base is `base`, initialised from
    `state` (None when `base` is object)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_heap_type(klass):
    """Whether `klass` was created by a class statement (or type()), as opposed to being a
    built-in type. Uses `__flags__` where the interpreter provides it."""
    flags = getattr(klass, '__flags__', None)
    if flags is not None:
        return bool(flags & _HEAPTYPE)
    # No __flags__ (pyrs): a built-in type has a __new__ bound to itself, or is object.
    if klass is object:
        return False
    return klass.__module__ != 'builtins'


def _reduce_ex(self, proto):
    """`__reduce_ex__` for protocols below 2: rebuild through `_reconstructor` from the
    nearest base that is a built-in type and is not object, plus the instance dict."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, '__self__', None) is base:
            break
    else:
        base = object  # not really reachable
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (type(self).__getstate__ is getattr(object, '__getstate__', None)
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# --- helpers for protocol 2 and above ------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4 instead of __newobj__ when keyword arguments are needed."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return the names of the instance slots of `cls` (the `__slots__` of every class on its
    MRO, private names mangled, `__dict__` and `__weakref__` left out).

    The list is cached in `cls.__slotnames__` when the class allows it; the cache is read
    from the class's own dict only, so subclasses compute their own.
    """
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached

    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = '_' + owner + name
                names.append(name)

    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # e.g. a built-in type: just don't cache
    return names


# --- the extension registry ---------------------------------------------------------------
# Pickles can refer to a registered (module, name) pair by a small integer code instead of
# spelling out both strings. Codes 1-127 are reserved for Python itself, 128-191 for Zope,
# 192-239 for third parties, 240-255 for private use; larger codes are free.

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return  # already registered exactly like this
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code. For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
