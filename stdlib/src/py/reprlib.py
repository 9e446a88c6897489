"""Size-limited reprs (CPython's reprlib module, written for pyrs)."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from _thread import get_ident

# The function attributes a recursion-guarded __repr__ takes over from the one it wraps
# (functools.wraps is not used: this module is imported very early).
_CARRIED_OVER = (('__module__', None), ('__doc__', None), ('__name__', None),
                 ('__qualname__', None), ('__annotations__', {}), ('__type_params__', ()))


def recursive_repr(fillvalue='...'):
    """Guard a __repr__ method against infinite recursion: while it is running for an
    object (in the current thread), a nested call for that object gives `fillvalue`."""

    def guard(method):
        busy = set()

        def guarded(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        for attr, default in _CARRIED_OVER:
            if default is None:
                setattr(guarded, attr, getattr(method, attr))
            else:
                setattr(guarded, attr, getattr(method, attr, default))
        return guarded

    return guard


def _head(items, count):
    """At most `count` leading items of an iterable, as a list."""
    taken = []
    if count > 0:
        for item in items:
            taken.append(item)
            if len(taken) == count:
                break
    return taken


def _ordered(collection):
    """The items of a set (or a dict's keys) in sorted order when they compare, else as
    they come."""
    try:
        return sorted(collection)
    except Exception:
        return list(collection)


def _cut_points(limit):
    """How many characters to keep at the front and at the back of a text cut down to
    `limit` characters (three of which go to the fill value)."""
    room = limit - 3
    front = room // 2
    if front < 0:
        front = 0
    back = room - front
    if back < 0:
        back = 0
    return front, back


def _elide(text, limit, filler):
    """`text` itself when short enough, else its two ends around `filler`."""
    if len(text) <= limit:
        return text
    front, back = _cut_points(limit)
    return text[:front] + filler + text[len(text) - back:]


class Repr:
    """Produces reprs with limits on container sizes, nesting depth and text lengths.

    Each `repr_<typename>` method handles one type (a space in the type's name becomes an
    underscore); anything else goes through `repr_instance`.
    """

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        # (Assigned in signature order, which is the order vars() shows.)
        self.maxlevel, self.maxtuple, self.maxlist = maxlevel, maxtuple, maxlist
        self.maxarray, self.maxdict, self.maxset = maxarray, maxdict, maxset
        self.maxfrozenset, self.maxdeque = maxfrozenset, maxdeque
        self.maxstring, self.maxlong, self.maxother = maxstring, maxlong, maxother
        self.fillvalue, self.indent = fillvalue, indent

    def repr(self, x):
        """The limited repr of x."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The limited repr of x with `level` levels of nesting still allowed."""
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    # --- laying out the items of a container ---

    def _indent_unit(self):
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            return ' ' * unit
        try:
            '\n' + unit   # anything else must be text
        except TypeError as problem:
            raise TypeError(f'Repr.indent must be a str, int or None, '
                            f'not {type(unit)}') from problem
        return unit

    def _lay_out(self, parts, level):
        """Join item reprs: on one line, or one per line when `indent` is set."""
        if self.indent is None:
            return ', '.join(parts)
        if not parts:
            return ''
        unit = self._indent_unit()
        depth = self.maxlevel - level
        lead = '\n' + unit * (depth + 1)
        return ''.join([lead + part + ',' for part in parts]) + '\n' + unit * depth

    def _sequence(self, x, level, opening, closing, limit, single=''):
        size = len(x)
        if size and level <= 0:
            return opening + self.fillvalue + closing
        parts = [self.repr1(item, level - 1) for item in _head(x, limit)]
        if size > limit:
            parts.append(self.fillvalue)
        if size == 1 and single and self.indent is None:
            closing = single + closing
        return opening + self._lay_out(parts, level) + closing

    # --- the built-in containers ---

    def repr_tuple(self, x, level):
        return self._sequence(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._sequence(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._sequence(_ordered(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._sequence(_ordered(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        parts = ['%s: %s' % (self.repr1(key, below), self.repr1(x[key], below))
                 for key in _head(_ordered(x), self.maxdict)]
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{%s}' % self._lay_out(parts, level)

    # --- scalars and everything else ---

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        # Shorten the string before taking its repr, so that no escape gets split.
        front, back = _cut_points(limit)
        shown = builtins.repr(x[:front] + x[len(x) - back:])
        return shown[:front] + self.fillvalue + shown[len(shown) - back:]

    def repr_int(self, x, level):
        return _elide(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
