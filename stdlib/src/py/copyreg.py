"""Registry of pickling hooks shared by pickle and copy (pyrs's copyreg).

It lets code register how objects of a given type are reduced, and keeps
the table of extension codes used by pickle protocol 2 and later.  Plain
Python classes rarely need it: the default reduction handles them.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning the reduce value of an instance of that type
dispatch_table = dict()


def _ensure_callable(candidate, what):
    if callable(candidate):
        return candidate
    raise TypeError(f"{what} must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle and copy reduce instances of ob_type with pickle_function."""
    reducer = _ensure_callable(pickle_function, "reduction functions")
    # A constructor is only checked: it needs no registration of its own.
    None if constructor_ob is None else constructor(constructor_ob)
    dispatch_table.update({ob_type: reducer})


def constructor(object):
    """Check that `object` can serve as a constructor (it must be callable)."""
    _ensure_callable(object, "constructors")


# --- reducers for a few built-in types -------------------------------------

def pickle_complex(c):
    parts = c.real, c.imag
    return complex, parts


def pickle_union(obj):
    # X | Y | Z is rebuilt as functools.reduce(operator.or_, (X, Y, Z)).
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


dispatch_table[complex] = pickle_complex

try:
    _union_type = type(int | str)
except TypeError:
    _union_type = None
if _union_type is not None and _union_type is not type:
    pickle(_union_type, pickle_union)
del _union_type


# --- object rebuilding helpers named inside pickles ----------------------------

def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose nearest built-in ancestor is base,
    from the value `state` of that ancestor (protocols 0 and 1)."""
    native = base is not object
    made = base.__new__(cls, state) if native else object.__new__(cls)
    setup = base.__init__
    if native and setup != object.__init__:
        setup(made, state)
    return made


def __newobj__(cls, *args):
    """Helper for protocol 2's NEWOBJ: cls.__new__(cls, *args)."""
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Helper for NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)."""
    make = cls.__new__
    return make(cls, *args, **kwargs)


# --- default reduction for protocols 0 and 1 --------------------------------------

_HEAPTYPE = 0x200                  # Py_TPFLAGS_HEAPTYPE
_new_type = type(object.__new__)   # the type of built-in functions


def _is_native(klass):
    """Whether klass is implemented by the interpreter rather than in Python."""
    flags = getattr(klass, '__flags__', None)
    if flags is not None:
        if flags & _HEAPTYPE == 0:
            return True
        # A heap type built natively still brings its own built-in __new__.
        maker = klass.__dict__.get('__new__')
        return (isinstance(maker, _new_type)
                and getattr(maker, '__self__', None) is klass)
    return klass is object or getattr(klass, '__module__', None) == 'builtins'


def _native_ancestor(cls):
    for klass in cls.__mro__:
        if _is_native(klass):
            return klass
    return object


def _instance_state(obj):
    """The state to restore with __setstate__ or a dict update, or None."""
    cls = type(obj)
    getter = getattr(cls, '__getstate__', None)
    inherited = getter is None or getter is getattr(object, '__getstate__', None)
    if inherited and getattr(obj, '__slots__', None):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    if getter is None:
        return getattr(obj, '__dict__', None)
    return obj.__getstate__()


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    kind = type(self)
    base = _native_ancestor(kind)
    if base is kind and kind is not object:
        raise TypeError(f"cannot pickle {kind.__name__!r} object")
    base_value = None if base is object else base(self)
    recipe = (_reconstructor, (kind, base, base_value))
    state = _instance_state(self)
    return recipe + (state,) if state else recipe


def _slotnames(cls):
    """The names of all slots of cls and its bases (private names mangled),
    without __dict__ and __weakref__.  The list is cached on the class as
    __slotnames__."""
    known = cls.__dict__.get('__slotnames__')
    if known is not None:
        return known
    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = (declared,)
            owner = klass.__name__.lstrip('_')
            for slot in declared:
                if slot in ('__dict__', '__weakref__'):
                    continue
                if slot.startswith('__') and not slot.endswith('__') and owner:
                    slot = f'_{owner}{slot}'
                found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        # Classes that refuse new attributes simply get no cache.
        pass
    return found


# --- extension codes (pickle protocol 2+) -----------------------------------------------
# The codes are agreed between pickling and unpickling sides: each
# (module, name) pair may own one code in 1..0x7fffffff and the reverse.

# (module, name) -> code; code -> (module, name); code -> object looked up
_extension_registry, _inverted_registry, _extension_cache = {}, {}, {}

_CODE_MAX = 0x7fffffff


def add_extension(module, name, code):
    """Give (module, name) the extension code `code`."""
    number = int(code)
    if not 0 < number <= _CODE_MAX:
        raise ValueError("code out of range")
    pair = module, name
    owner = _inverted_registry.get(number)
    current = _extension_registry.get(pair)
    if (owner, current) == (pair, number):
        return      # registering the same thing twice is harmless
    if current is not None:
        raise ValueError("key %s is already registered with code %s"
                         % (pair, current))
    if owner is not None:
        raise ValueError("code %s is already in use for key %s" % (number, owner))
    _extension_registry[pair], _inverted_registry[number] = number, pair


def remove_extension(module, name, code):
    """Withdraw the code given to (module, name) by add_extension()."""
    pair = module, name
    if (_extension_registry.get(pair), _inverted_registry.get(code)) != (code, pair):
        raise ValueError("key %s is not registered with code %s" % (pair, code))
    _extension_registry.pop(pair)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects looked up for extension codes so far."""
    for code in list(_extension_cache):
        del _extension_cache[code]
