"""Every operator of the language as a function (CPython's operator module, written for pyrs)."""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
    'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
    'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf',
    'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub',
    'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
    'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
    'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

_builtin_abs = abs


# --- comparisons ----------------------------------------------------------------------------

def lt(a, b, /):
    """Return a < b."""
    return a < b


def le(a, b, /):
    """Return a <= b."""
    return a <= b


def eq(a, b, /):
    """Return a == b."""
    return a == b


def ne(a, b, /):
    """Return a != b."""
    return a != b


def ge(a, b, /):
    """Return a >= b."""
    return a >= b


def gt(a, b, /):
    """Return a > b."""
    return a > b


# --- logical and identity -------------------------------------------------------------------

def not_(a, /):
    """Return not a."""
    return not a


def truth(a, /):
    """The truth value of a, as a bool."""
    return bool(a)


def is_(a, b, /):
    """Return a is b."""
    return a is b


def is_not(a, b, /):
    """Return a is not b."""
    return a is not b


# --- arithmetic and bitwise -----------------------------------------------------------------

def abs(a, /):
    """Return abs(a)."""
    return _builtin_abs(a)


def add(a, b, /):
    """Return a + b."""
    return a + b


def and_(a, b, /):
    """Return a & b."""
    return a & b


def floordiv(a, b, /):
    """Return a // b."""
    return a // b


def index(a, /):
    """a as an exact int, through its __index__ method."""
    if isinstance(a, int):
        return a if type(a) is int else int.__index__(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted "
                        f"as an integer") from None
    result = method(a)
    if type(result) is int:
        return result
    if isinstance(result, int):
        import warnings
        warnings.warn(f"__index__ returned non-int (type {type(result).__name__}).  "
                      f"The ability to return an instance of a strict subclass of int "
                      f"is deprecated, and may be removed in a future version of Python.",
                      DeprecationWarning, stacklevel=2)
        return int.__index__(result)
    raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")


def inv(a, /):
    """Return ~a."""
    return ~a


def invert(a, /):
    """Return ~a."""
    return ~a


def lshift(a, b, /):
    """Return a << b."""
    return a << b


def mod(a, b, /):
    """Return a % b."""
    return a % b


def mul(a, b, /):
    """Return a * b."""
    return a * b


def matmul(a, b, /):
    """Return a @ b."""
    return a @ b


def neg(a, /):
    """Return -a."""
    return -a


def or_(a, b, /):
    """Return a | b."""
    return a | b


def pos(a, /):
    """Return +a."""
    return +a


def pow(a, b, /):
    """Return a ** b."""
    return a ** b


def rshift(a, b, /):
    """Return a >> b."""
    return a >> b


def sub(a, b, /):
    """Return a - b."""
    return a - b


def truediv(a, b, /):
    """Return a / b."""
    return a / b


def xor(a, b, /):
    """Return a ^ b."""
    return a ^ b


# --- sequences ------------------------------------------------------------------------------

# Built-in types that concatenate with `+` as sequences (CPython's sq_concat slot).
_CONCAT_TYPES = (str, bytes, bytearray, list, tuple)


def _is_sequence(obj):
    # CPython's PySequence_Check: has __getitem__ and is not a dict.
    return not isinstance(obj, dict) and hasattr(type(obj), '__getitem__')


def _cannot_concat(a):
    return TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    """Return a + b, where both operands must be sequences."""
    if isinstance(a, _CONCAT_TYPES):
        return a + b
    if not (_is_sequence(a) and _is_sequence(b)):
        raise _cannot_concat(a)
    try:
        return a + b
    except TypeError as e:
        if str(e).startswith('unsupported operand type(s) for +:'):
            raise _cannot_concat(a) from None
        raise


def contains(a, b, /):
    """Return b in a: the container comes first."""
    return b in a


def countOf(a, b, /):
    """Count the items of the iterable a that are b or compare equal to it."""
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def delitem(a, b, /):
    """Delete a[b]."""
    del a[b]


def getitem(a, b, /):
    """Return a[b]."""
    return a[b]


def indexOf(a, b, /):
    """Position of the first item of the iterable a that is b or equals it."""
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    """Store c as a[b]."""
    a[b] = c


def length_hint(obj, default=0, /):
    """How many items obj probably holds: len(obj) when that works, otherwise the answer of
    its __length_hint__ method, otherwise default."""
    if isinstance(default, int) is False:
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted "
                        f"as an integer")
    kind = type(obj)
    if hasattr(kind, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    # A __length_hint__ set to None counts as missing.
    estimator = getattr(kind, '__length_hint__', None)
    if estimator is None:
        return default
    try:
        guess = estimator(obj)
    except TypeError:
        # Like a missing __len__: no estimate available.
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(guess).__name__}")
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return int.__index__(guess)  # a plain int, also for True or another int subclass


# --- calls ----------------------------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    """Call obj with the remaining arguments and return what it returns."""
    return obj(*args, **kwargs)


# --- in-place operators ---------------------------------------------------------------------

def iadd(a, b, /):
    """Apply a += b and return the result."""
    a += b
    return a


def iand(a, b, /):
    """Apply a &= b and return the result."""
    a &= b
    return a


def iconcat(a, b, /):
    """Apply a += b with both operands sequences, and return the result."""
    if isinstance(a, _CONCAT_TYPES):
        a += b
        return a
    if not (_is_sequence(a) and _is_sequence(b)):
        raise _cannot_concat(a)
    try:
        a += b
    except TypeError as e:
        if str(e).startswith('unsupported operand type(s) for +=:'):
            raise _cannot_concat(a) from None
        raise
    return a


def ifloordiv(a, b, /):
    """Apply a //= b and return the result."""
    a //= b
    return a


def ilshift(a, b, /):
    """Apply a <<= b and return the result."""
    a <<= b
    return a


def imod(a, b, /):
    """Apply a %= b and return the result."""
    a %= b
    return a


def imul(a, b, /):
    """Apply a *= b and return the result."""
    a *= b
    return a


def imatmul(a, b, /):
    """Apply a @= b and return the result."""
    a @= b
    return a


def ior(a, b, /):
    """Apply a |= b and return the result."""
    a |= b
    return a


def ipow(a, b, /):
    """Apply a **= b and return the result."""
    a **= b
    return a


def irshift(a, b, /):
    """Apply a >>= b and return the result."""
    a >>= b
    return a


def isub(a, b, /):
    """Apply a -= b and return the result."""
    a -= b
    return a


def itruediv(a, b, /):
    """Apply a /= b and return the result."""
    a /= b
    return a


def ixor(a, b, /):
    """Apply a ^= b and return the result."""
    a ^= b
    return a


# --- the callable classes -------------------------------------------------------------------

def _final(label):
    # An __init_subclass__ refusing every subclass, as CPython's C types without
    # Py_TPFLAGS_BASETYPE do.
    def refuse(cls, **kwargs):
        raise TypeError(f"type 'operator.{label}' is not an acceptable base type")
    return classmethod(refuse)


def _one_operand(label, args, kwargs):
    # The object a getter is called with: exactly one positional argument.
    if kwargs:
        raise TypeError(f"{label}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{label} expected 1 argument, got {len(args)}")
    return args[0]


def _follow(obj, steps):
    # getattr along a dotted path already split into its parts.
    for step in steps:
        obj = getattr(obj, step)
    return obj


class attrgetter:
    """Callable fetching one attribute, or a tuple of several, from its argument; a name
    with dots ("a.b.c") walks through nested attributes."""

    __slots__ = ('_names', '_chains')
    __init_subclass__ = _final('attrgetter')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        self._chains = [name.split('.') for name in names]

    def __call__(self, *args, **kwargs):
        target = _one_operand('attrgetter', args, kwargs)
        chains = self._chains
        if len(chains) == 1:
            return _follow(target, chains[0])
        return tuple([_follow(target, chain) for chain in chains])

    def __repr__(self):
        shown = ', '.join([repr(name) for name in self._names])
        return f"operator.attrgetter({shown})"

    def __reduce__(self):
        return type(self), tuple(['.'.join(chain) for chain in self._chains])


class itemgetter:
    """Callable fetching one item, or a tuple of several, from its argument with []."""

    __slots__ = ('_keys',)
    __init_subclass__ = _final('itemgetter')

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not keys:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._keys = keys

    def __call__(self, *args, **kwargs):
        target = _one_operand('itemgetter', args, kwargs)
        keys = self._keys
        if len(keys) == 1:
            return target[keys[0]]
        return tuple([target[key] for key in keys])

    def __repr__(self):
        def body():
            keys = self._keys
            return f'({keys[0]!r})' if len(keys) == 1 else repr(keys)
        return 'operator.itemgetter' + _guarded_repr(self, body)

    def __reduce__(self):
        return type(self), self._keys


class methodcaller:
    """Callable invoking a named method of its argument with the arguments fixed when it
    was made."""

    __slots__ = ('_method', '_pos', '_kw')
    __init_subclass__ = _final('methodcaller')

    def __init__(*args, **kwargs):
        # `self` is taken from *args so that a keyword called "self" reaches the method.
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        me, method = args[:2]
        if not isinstance(method, str):
            raise TypeError('method name must be a string')
        me._method = method
        me._pos = args[2:]
        me._kw = kwargs

    def __call__(self, *args, **kwargs):
        target = _one_operand('methodcaller', args, kwargs)
        bound = getattr(target, self._method)
        return bound(*self._pos, **self._kw)

    def __repr__(self):
        def body():
            pieces = [repr(self._method)]
            pieces += [repr(arg) for arg in self._pos]
            pieces += [f'{key}={val!r}' for key, val in self._kw.items()]
            return '(' + ', '.join(pieces) + ')'
        return 'operator.methodcaller' + _guarded_repr(self, body)

    def __reduce__(self):
        head = (self._method,)
        if self._kw:
            from functools import partial
            return partial(type(self), *head, **self._kw), self._pos
        return type(self), head + self._pos


# ids of the getters whose repr is being built right now: a getter reached again from
# inside its own repr shows as "(...)".
_reprs_in_progress = set()


def _guarded_repr(obj, body):
    key = id(obj)
    if key in _reprs_in_progress:
        return '(...)'
    _reprs_in_progress.add(key)
    try:
        return body()
    finally:
        _reprs_in_progress.discard(key)


# --- the dunder aliases: __add__ for add, __and__ for and_, ... -----------------------------

def _make_dunder_aliases():
    plain = {'truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint',
             'attrgetter', 'itemgetter', 'methodcaller'}
    space = globals()
    for public in __all__:
        if public not in plain:
            space['__' + public.rstrip('_') + '__'] = space[public]


_make_dunder_aliases()
del _make_dunder_aliases
