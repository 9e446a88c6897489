"""re (CPython's re module, written for pyrs).

Patterns are parsed and compiled to SRE code in Python (re._parser,
re._compiler); the built-in module _sre runs the code.
"""

import _sre
from . import _compiler, _parser

_sre_run = _sre.run
_sre_findall = _sre.findall
_sre_sub = _sre.sub
from ._constants import error, MAXGROUPS

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
_ZERO = 0


# --- flags -----------------------------------------------------------------

_FLAG_NAMES = (
    # (name, short name, value), in definition order
    ("ASCII", "A", _parser.SRE_FLAG_ASCII),
    ("IGNORECASE", "I", _parser.SRE_FLAG_IGNORECASE),
    ("LOCALE", "L", _parser.SRE_FLAG_LOCALE),
    ("UNICODE", "U", _parser.SRE_FLAG_UNICODE),
    ("MULTILINE", "M", _parser.SRE_FLAG_MULTILINE),
    ("DOTALL", "S", _parser.SRE_FLAG_DOTALL),
    ("VERBOSE", "X", _parser.SRE_FLAG_VERBOSE),
    ("TEMPLATE", "T", _parser.SRE_FLAG_TEMPLATE),
    ("DEBUG", None, _parser.SRE_FLAG_DEBUG),
)
_ALL_FLAGS = 0
for _name, _short, _value in _FLAG_NAMES:
    _ALL_FLAGS |= _value


class _IntRegexFlag(int):
    """An enumeration."""

    # Stand-in for `enum.IntFlag` with `enum.global_enum` (boundary KEEP):
    # members are ints that show as re.NAME|re.OTHER.

    __slots__ = ()
    _members = {}

    def __new__(cls, value=0):
        member = cls._members.get(value)
        if member is not None:
            return member
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [name for name, short, bit in _FLAG_NAMES if value & bit]
        if not names:
            return None
        rest = value & ~_ALL_FLAGS
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = ["re." + name for name, short, bit in _FLAG_NAMES
                 if value & bit]
        rest = value & ~_ALL_FLAGS
        if not names:
            return "re.RegexFlag(%d)" % value
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return _IntRegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return _IntRegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return _IntRegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return _IntRegexFlag(_ALL_FLAGS & ~int(self))

    def __iter__(self):
        value = int(self)
        for name, short, bit in _FLAG_NAMES:
            if value & bit:
                yield _IntRegexFlag(bit)

    def __len__(self):
        return sum(1 for name, short, bit in _FLAG_NAMES if int(self) & bit)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return RegexFlag, (int(self),)


def _int_flags():
    """RegexFlag without the enum module: an int subclass that behaves as
    enum.IntFlag with enum.global_enum (boundary KEEP)."""
    cls = _IntRegexFlag
    cls.__name__ = cls.__qualname__ = 'RegexFlag'
    cls.__module__ = 're'
    cls.__doc__ = "An enumeration."
    cls._members[0] = noflag = int.__new__(cls, 0)
    cls.NOFLAG = noflag
    for name, short, value in _FLAG_NAMES:
        flag = int.__new__(cls, value)
        cls._members[value] = flag
        setattr(cls, name, flag)
        if short:
            setattr(cls, short, flag)
    return cls


def _enum_flags():
    """RegexFlag as CPython defines it, on the enum module."""
    import enum

    class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
        NOFLAG = 0
        ASCII = A = _parser.SRE_FLAG_ASCII
        IGNORECASE = I = _parser.SRE_FLAG_IGNORECASE
        LOCALE = L = _parser.SRE_FLAG_LOCALE
        UNICODE = U = _parser.SRE_FLAG_UNICODE
        MULTILINE = M = _parser.SRE_FLAG_MULTILINE
        DOTALL = S = _parser.SRE_FLAG_DOTALL
        VERBOSE = X = _parser.SRE_FLAG_VERBOSE
        TEMPLATE = T = _parser.SRE_FLAG_TEMPLATE
        DEBUG = _parser.SRE_FLAG_DEBUG
        __str__ = object.__str__
        _numeric_repr_ = hex

    RegexFlag.__module__ = 're'
    RegexFlag.__qualname__ = 'RegexFlag'
    RegexFlag.__doc__ = "An enumeration."
    enum.global_enum(RegexFlag)
    # Only an enum module that gets CPython's reprs right replaces the ints.
    if (repr(RegexFlag.I | RegexFlag.M) != 're.IGNORECASE|re.MULTILINE' or
            repr(RegexFlag.A | 1024) != 're.ASCII|0x400' or
            str(RegexFlag.NOFLAG) != 're.NOFLAG'):
        raise ImportError("enum flags are not usable yet")
    return RegexFlag


_USE_ENUM = True    # False: always the int-based RegexFlag

RegexFlag = None
if _USE_ENUM:
    try:
        RegexFlag = _enum_flags()
    except Exception:
        RegexFlag = None
if RegexFlag is None:
    RegexFlag = _int_flags()

NOFLAG = RegexFlag.NOFLAG
for _name, _short, _value in _FLAG_NAMES:
    globals()[_name] = getattr(RegexFlag, _name)
    if _short:
        globals()[_short] = getattr(RegexFlag, _short)
del _name, _short, _value


# --- the module's functions --------------------------------------------------
# Each one looks the pattern up in the cache (compiling it on a miss) and
# hands the work to the Pattern method of the same name.

def match(pattern, string, flags=0):
    """Match pattern at the very start of string; a Match, else None."""
    return _pattern_for(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match pattern against the whole of string; a Match, else None."""
    return _pattern_for(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in string where pattern matches, as a Match; None
    when there is none."""
    return _pattern_for(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl (a template or
    a function of the Match), at most count of them when count > 0."""
    return _pattern_for(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), but give back (new string, number of replacements)."""
    return _pattern_for(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of pattern (with the text of
    any groups in between), as a list."""
    return _pattern_for(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match in string, as a list of strings (or of
    group tuples when the pattern has several groups)."""
    return _pattern_for(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for the non-overlapping matches."""
    return _pattern_for(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for a regular expression and flags."""
    return _pattern_for(pattern, flags)


def purge():
    """Forget every cached pattern and replacement template."""
    _patterns.clear()
    _recent.clear()


def template(pattern, flags=0):
    """Deprecated: compile pattern with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    # One warning is enough: the TEMPLATE flag's own one is not repeated.
    return _pattern_for(pattern, flags | T, _warn_template=False)


# Code point -> its escaped form, for every character that has a meaning
# somewhere in a pattern (in verbose mode too).
_ESCAPED = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _ESCAPED[ord(_c)] = '\\' + _c
del _c


def escape(pattern):
    """pattern with a backslash put before every special character."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    # Bytes-like: work on the latin-1 text, which maps bytes 1:1.
    text = str(pattern, 'latin-1').translate(_ESCAPED)
    return text.encode('latin-1')


# --- the cache ---------------------------------------------------------------

# (type of pattern, pattern, flags) -> Pattern, least recently used first.
# The type is part of the key so that equal keys of other types (1 and
# True, say) cannot share an entry.
_patterns = {}
_PATTERNS_KEPT = 512

# As in CPython, a second, smaller table is looked in first: the patterns
# handed out last, oldest first, which a hit leaves in place (a hit here
# neither reorders it nor touches the table above).
_recent = {}
_RECENT_KEPT = 256


_TEMPLATE_BIT = _parser.SRE_FLAG_TEMPLATE
_DEBUG_BIT = _parser.SRE_FLAG_DEBUG


def _pattern_for(pattern, flags, _warn_template=True):
    """The Pattern for pattern and flags, from the cache when possible."""
    kind = type(pattern)
    if kind is Pattern:         # (which has no subclasses)
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    # (a RegexFlag finds the entry of its int value: they are equal)
    found = _recent.get((kind, pattern, flags))
    if found is not None:
        return found
    if type(flags) is not int and isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (kind, pattern, flags)
    found = _patterns.pop(key, None)
    if found is None:
        if not isinstance(pattern, (str, bytes)):
            if isinstance(pattern, Pattern):
                # (an object that passes for a Pattern through __class__)
                if flags:
                    raise ValueError(
                        "cannot process flags argument with a compiled "
                        "pattern")
                return pattern
            raise TypeError("first argument must be string or compiled pattern")
        # (flags that are plain ints are tested against plain ints, which
        # is quicker than against the RegexFlag members)
        if _warn_template and (flags & _TEMPLATE_BIT if type(flags) is int
                               else flags & T):
            import warnings
            warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                          "as it is an undocumented flag "
                          "without an obvious purpose. "
                          "Don't use it.",
                          DeprecationWarning)
        found = _new_pattern(pattern, flags)
        if (flags & _DEBUG_BIT if type(flags) is int else flags & DEBUG):
            # Never cached, so that the parse tree is shown every time.
            return found
        while len(_patterns) >= _PATTERNS_KEPT:
            del _patterns[next(iter(_patterns))]
    _patterns[key] = found      # (re)inserted as the most recent
    while len(_recent) >= _RECENT_KEPT:
        del _recent[next(iter(_recent))]
    _recent[key] = found
    return found


def _compile(pattern, flags):
    """Rebuild a pickled Pattern (pickles name this function)."""
    return _pattern_for(pattern, flags)


def _make_pattern(source, flags, code, state, isbytes, names):
    """A Pattern object around SRE code and its parser state."""
    obj = object.__new__(Pattern)
    put = object.__setattr__
    put(obj, 'pattern', source)
    put(obj, 'flags', flags | state.flags)
    put(obj, 'groups', state.groups - 1)
    put(obj, '_groupdict', dict(state.groupdict))
    put(obj, '_indexgroup', names)
    # The engine takes the named opcodes (int subclasses) by their values, and
    # they compare and hash as those values.
    put(obj, '_code', tuple(code))
    put(obj, '_prog', _sre.compile_code(code))
    put(obj, '_isbytes', isbytes)
    put(obj, '_kind', bytes if isbytes else str)
    return obj


def _new_pattern(pattern, flags):
    code, parsed = _compiler.compile(pattern, flags)
    state = parsed.state
    names = [None] * state.groups
    for name, number in state.groupdict.items():
        names[number] = name
    return _make_pattern(pattern, flags, code, state,
                         not isinstance(pattern, str), tuple(names))


# Replacement templates, parsed: each Pattern keeps its own, in a dict
# (type of repl, repl) -> list made on first use (no hashing of the
# pattern on every sub() call); purge() forgets those of the patterns it
# forgets.
_TEMPLATES_KEPT = 64    # per pattern


def _parsed_template(pattern, repl):
    """repl parsed against pattern: [text, group, text, ..., group, text]
    with an odd length, the texts possibly empty."""
    try:
        cache = pattern._repl_cache
    except AttributeError:
        cache = {}
        object.__setattr__(pattern, '_repl_cache', cache)
    key = (type(repl), repl)
    try:
        return cache[key]
    except (KeyError, TypeError):
        pass
    parts = _parser.parse_template(repl, pattern)
    try:
        if len(cache) >= _TEMPLATES_KEPT:
            del cache[next(iter(cache))]
        cache[key] = parts
    except TypeError:
        pass                    # an unhashable repl is just not kept
    return parts


def _expand(parts, data, result, plain, empty):
    """The replacement text that parsed template parts give for the
    engine's result (start, end, lastindex, marks, ...) in data; plain
    when the groups' texts are plain slices of data (not of a bytearray)."""
    out = [parts[0]]
    marks = result[3]
    size = len(marks)
    for k in range(1, len(parts), 2):
        group = parts[k]
        if group == 0:
            start = result[0]
            end = result[1]
        else:
            i = 2 * group - 2
            if i + 1 < size:
                start = marks[i]
                end = marks[i + 1]
                if end < 0:
                    start = -1
            else:
                start = -1
        if start >= 0:
            out.append(data[start:end] if plain
                       else _slice(data, start, end))
        out.append(parts[k + 1])
    return empty.join(out)


def _fill_template(parts, m):
    """The replacement text that parsed template parts give for match m."""
    s = m._s
    data = s[_DATA]
    if isinstance(data, str):
        return _expand(parts, data, s, type(data) is str, '')
    return _expand(parts, data, s, False, b'')


# --- strings -----------------------------------------------------------------

def _prepare(pattern, string):
    """What the engine reads for `string`: a str, bytes or bytearray, after
    CPython's checks against the pattern's type."""
    if type(string) is str:
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if type(string) is not str:
            string = str.__str__(string)
        return string
    if isinstance(string, (bytes, bytearray)):
        data = string
    else:
        try:
            data = memoryview(string)
        except TypeError:
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__) from None
        data = data.tobytes()
    if not pattern._isbytes:
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if type(data) is not bytes and type(data) is not bytearray:
        data = bytes(data)
    return data


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return index(value)


def _bounds(data, pos, endpos):
    """pos and endpos clamped to the string, as CPython's engine does."""
    length = len(data)
    if type(pos) is not int:
        pos = _index(pos)
    if type(endpos) is not int:
        endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


# --- Pattern -----------------------------------------------------------------

class Pattern:
    """A compiled regular expression (what re.compile() gives)."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupdict', '_indexgroup',
                 '_code', '_prog', '_isbytes', '_kind', '_repl_cache',
                 '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    def __setattr__(self, name, value):
        _no_setting(self, name, value, 're.Pattern',
                    ('pattern', 'flags', 'groups'), ('groupindex',))

    def __delattr__(self, name):
        _no_setting(self, name, None, 're.Pattern',
                    ('pattern', 'flags', 'groups'), ('groupindex',), True)

    @property
    def groupindex(self):
        """Read-only mapping of each named group to its number."""
        import types
        return types.MappingProxyType(dict(self._groupdict))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if (not self._isbytes and
                flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)
                == SRE_FLAG_UNICODE):
            flags &= ~SRE_FLAG_UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and
                self._isbytes == other._isbytes and
                self._code == other._code and
                self.pattern == other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self.pattern, self.flags, self._isbytes, self._code))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # match(), fullmatch() and search() each run the engine themselves (one
    # call less on the way), with the Match built in place.  The usual call
    # (an exact str, or bytes for a bytes pattern, and pos and endpos left
    # as they are) goes straight to the engine: `is` finds the default
    # values, and any other argument takes the general way, which gives
    # the same result for it.

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A Match when the pattern matches at pos, else None."""
        if pos is _ZERO and endpos is _MAXSIZE and type(string) is self._kind:
            endpos = len(string)
            result = _sre_run(self._prog, string, 0, endpos, 0, False)
            if result is None:
                return None
            m = _new_object(Match)
            _set_state(m, '_s', result + (self, string, string, 0, endpos))
            return m
        if type(string) is str and not self._isbytes:
            data = string
        else:
            data = _prepare(self, string)
        if type(pos) is int and type(endpos) is int:
            length = len(data)
            if pos < 0:
                pos = 0
            elif pos > length:
                pos = length
            if endpos > length:
                endpos = length
            elif endpos < 0:
                endpos = 0
        else:
            pos, endpos = _bounds(data, pos, endpos)
        if pos > endpos:
            return None
        result = _sre_run(self._prog, data, pos, endpos, 0, False)
        if result is None:
            return None
        m = _new_object(Match)
        _set_state(m, '_s', result + (self, string, data, pos, endpos))
        return m

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A Match when the pattern covers all of string[pos:endpos]."""
        if pos is _ZERO and endpos is _MAXSIZE and type(string) is self._kind:
            endpos = len(string)
            result = _sre_run(self._prog, string, 0, endpos, 1, False)
            if result is None:
                return None
            m = _new_object(Match)
            _set_state(m, '_s', result + (self, string, string, 0, endpos))
            return m
        if type(string) is str and not self._isbytes:
            data = string
        else:
            data = _prepare(self, string)
        if type(pos) is int and type(endpos) is int:
            length = len(data)
            if pos < 0:
                pos = 0
            elif pos > length:
                pos = length
            if endpos > length:
                endpos = length
            elif endpos < 0:
                endpos = 0
        else:
            pos, endpos = _bounds(data, pos, endpos)
        if pos > endpos:
            return None
        result = _sre_run(self._prog, data, pos, endpos, 1, False)
        if result is None:
            return None
        m = _new_object(Match)
        _set_state(m, '_s', result + (self, string, data, pos, endpos))
        return m

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The leftmost Match in string[pos:endpos], or None."""
        if pos is _ZERO and endpos is _MAXSIZE and type(string) is self._kind:
            endpos = len(string)
            result = _sre_run(self._prog, string, 0, endpos, 2, False)
            if result is None:
                return None
            m = _new_object(Match)
            _set_state(m, '_s', result + (self, string, string, 0, endpos))
            return m
        if type(string) is str and not self._isbytes:
            data = string
        else:
            data = _prepare(self, string)
        if type(pos) is int and type(endpos) is int:
            length = len(data)
            if pos < 0:
                pos = 0
            elif pos > length:
                pos = length
            if endpos > length:
                endpos = length
            elif endpos < 0:
                endpos = 0
        else:
            pos, endpos = _bounds(data, pos, endpos)
        if pos > endpos:
            return None
        result = _sre_run(self._prog, data, pos, endpos, 2, False)
        if result is None:
            return None
        m = _new_object(Match)
        _set_state(m, '_s', result + (self, string, data, pos, endpos))
        return m

    # The methods that look for successive matches run the engine in a loop
    # of their own, as the scanner would (an empty match is never followed
    # by another at the same place), and cut the pieces straight from the
    # string when it is a str.

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of the non-overlapping matches (their texts, or their
        groups)."""
        data = _prepare(self, string)
        pos, endpos = _bounds(data, pos, endpos)
        groups = self.groups
        if not groups and (type(data) is str or type(data) is bytes):
            # The texts of the matches, from the engine's own loop.
            return _sre_findall(self._prog, data, pos, endpos)
        out = []
        append = out.append
        prog = self._prog
        run = _sre_run
        is_str = type(data) is str
        must_advance = False
        while pos <= endpos:
            result = run(prog, data, pos, endpos, 2, must_advance)
            if result is None:
                break
            start = result[0]
            end = result[1]
            if groups == 0:
                if is_str:
                    append(data[start:end])
                else:
                    append(_slice(data, start, end))
            else:
                marks = result[3]
                size = len(marks)
                items = []
                for i in range(0, 2 * groups, 2):
                    if i + 1 < size and marks[i] >= 0 and marks[i + 1] >= 0:
                        if is_str:
                            items.append(data[marks[i]:marks[i + 1]])
                        else:
                            items.append(_slice(data, marks[i],
                                                marks[i + 1]))
                    else:
                        items.append(data[0:0] if is_str
                                     else _slice(data, 0, 0))
                if groups == 1:
                    append(items[0])
                else:
                    append(tuple(items))
            must_advance = end == start
            pos = end
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Iterate over the non-overlapping matches as Match objects."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        data = _prepare(self, string)
        pos, endpos = _bounds(data, pos, endpos)
        scanner = object.__new__(SRE_Scanner)
        scanner._pattern = self
        scanner._string = string
        scanner._data = data
        scanner._pos = pos
        scanner._endpos = endpos
        scanner._next = pos
        scanner._must_advance = False
        # Like CPython's scanner, hold the buffer: a bytearray cannot be
        # resized while a finditer() over it is alive.
        scanner._view = None if isinstance(string, str) else memoryview(string)
        scanner._context = (self, string, data, pos, endpos)
        return scanner

    def split(self, string, maxsplit=0):
        """string cut at each match, group texts kept between the pieces."""
        data = _prepare(self, string)
        maxsplit = _index(maxsplit)
        out = []
        if maxsplit < 0:
            out.append(_whole(string, data))
            return out
        append = out.append
        last = 0
        groups = self.groups
        prog = self._prog
        run = _sre_run
        is_str = type(data) is str
        length = len(data)
        pos = 0
        must_advance = False
        found = 0
        while not maxsplit or found < maxsplit:
            if pos > length:
                break
            result = run(prog, data, pos, length, 2, must_advance)
            if result is None:
                break
            found += 1
            start = result[0]
            end = result[1]
            append(data[last:start] if is_str else _slice(data, last, start))
            if groups:
                marks = result[3]
                size = len(marks)
                for i in range(0, 2 * groups, 2):
                    if i + 1 < size and marks[i] >= 0 and marks[i + 1] >= 0:
                        append(data[marks[i]:marks[i + 1]] if is_str
                               else _slice(data, marks[i], marks[i + 1]))
                    else:
                        append(None)
            last = end
            must_advance = end == start
            pos = end
        if last == 0 and not out:
            append(_whole(string, data))
        else:
            append(data[last:length] if is_str
                   else _slice(data, last, length))
        return out

    def _subx(self, repl, string, count, with_count):
        template = None
        if callable(repl):
            function = repl
            literal = None
        else:
            function = None
            if isinstance(repl, str):
                literal = repl if '\\' not in repl else None
            elif isinstance(repl, (bytes, bytearray)):
                literal = repl if b'\\' not in repl else None
            else:
                try:
                    view = memoryview(repl)
                except TypeError:
                    literal = None
                else:
                    literal = repl if b'\\' not in view.tobytes() else None
            if literal is None:
                template = _parsed_template(self, repl)
                if len(template) == 1:
                    literal = template[0]
                    template = None
        data = _prepare(self, string)
        count = _index(count)
        if (literal is not None and count >= 0 and type(literal) is type(data)
                and (type(data) is str or type(data) is bytes)):
            # A plain text for every match, in the engine's own loop.
            text, n = _sre_sub(self._prog, data, literal, count)
            if n == 0:
                text = _whole(string, data)
            return (text, n) if with_count else text
        # The pieces are joined: those of exact bytes are cut as those of a
        # str are (only a bytearray's need copying into bytes).
        plain = type(data) is str or type(data) is bytes
        empty = data[0:0] if plain else _slice(data, 0, 0)
        pieces = []
        append = pieces.append
        n = 0
        i = 0
        length = len(data)
        if count >= 0:
            prog = self._prog
            run = _sre_run
            context = (self, string, data, 0, length)
            pos = 0
            must_advance = False
            while not count or n < count:
                if pos > length:
                    break
                result = run(prog, data, pos, length, 2, must_advance)
                if result is None:
                    break
                start = result[0]
                end = result[1]
                if i < start:
                    append(data[i:start] if plain
                           else _slice(data, i, start))
                if literal is not None:
                    append(literal)
                elif function is not None:
                    if type(data) is bytearray:
                        # (the function may have resized it)
                        context = (self, string, data, 0, len(data))
                    m = _new_object(Match)
                    _set_state(m, '_s', result + context)
                    item = function(m)
                    if item is not None:
                        append(item)
                else:
                    append(_expand(template, data, result, plain, empty))
                i = end
                n += 1
                must_advance = end == start
                pos = end
        if n == 0:
            text = _whole(string, data)
        else:
            length = len(data)
            if i < length:
                append(data[i:length] if plain else _slice(data, i, length))
            text = empty.join(pieces) if pieces else empty
        if with_count:
            return text, n
        return text

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or callable)."""
        if (type(string) is str and type(repl) is str and count is _ZERO
                and not self._isbytes and '\\' not in repl):
            # The usual call: every match of an exact str replaced by a
            # plain text, in the engine's own loop.
            return _sre_sub(self._prog, string, repl, 0)[0]
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        """Like sub(), returning (new string, replacement count)."""
        return self._subx(repl, string, count, True)


Pattern.__module__ = 're'


def _reduce_pattern(obj):
    # Pickled as a call re._compile(source, flags), as in CPython.
    return (_compile, (obj.pattern, obj.flags))


def _register_pickling():
    import copyreg
    copyreg.pickle(Pattern, _reduce_pattern)


_register_pickling()

from ._constants import (SRE_FLAG_LOCALE, SRE_FLAG_UNICODE, SRE_FLAG_ASCII)

_REPR_FLAGS = (
    ("re.TEMPLATE", _parser.SRE_FLAG_TEMPLATE),
    ("re.IGNORECASE", _parser.SRE_FLAG_IGNORECASE),
    ("re.LOCALE", _parser.SRE_FLAG_LOCALE),
    ("re.MULTILINE", _parser.SRE_FLAG_MULTILINE),
    ("re.DOTALL", _parser.SRE_FLAG_DOTALL),
    ("re.UNICODE", _parser.SRE_FLAG_UNICODE),
    ("re.VERBOSE", _parser.SRE_FLAG_VERBOSE),
    ("re.DEBUG", _parser.SRE_FLAG_DEBUG),
    ("re.ASCII", _parser.SRE_FLAG_ASCII),
)


def _no_setting(obj, name, value, typename, members, getsets, delete=False):
    """Attributes of patterns and matches are read-only, with CPython's
    messages for each kind."""
    if name in members:
        raise AttributeError("readonly attribute")
    if name in getsets:
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, typename))
    if name.startswith('__') and name.endswith('__'):
        if delete:
            return object.__delattr__(obj, name)
        return object.__setattr__(obj, name, value)
    if hasattr(type(obj), name):
        raise AttributeError("'%s' object attribute '%s' is read-only"
                             % (typename, name))
    raise AttributeError("'%s' object has no attribute '%s'"
                         % (typename, name))


def _slice(data, start, end):
    if start == 0 and end == len(data) and type(data) is not bytearray:
        return data     # CPython gives the exact str or bytes itself
    piece = data[start:end]
    if type(piece) is bytearray:
        return bytes(piece)
    return piece


def _whole(string, data):
    """The whole string as CPython's engine returns it: the same object
    for an exact str or bytes."""
    if type(string) is str or type(string) is bytes:
        return string
    return _slice(data, 0, len(data))


class SRE_Scanner:
    """Successive matches of a pattern in a string."""

    __slots__ = ('_pattern', '_string', '_data', '_pos', '_endpos', '_next',
                 '_must_advance', '_view', '_context')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    @property
    def pattern(self):
        return self._pattern

    def match(self):
        pos = self._next
        if pos is None:
            return None
        if pos > self._endpos:
            self._next = None
            return None
        result = _sre_run(self._pattern._prog, self._data, pos,
                          self._endpos, 0, self._must_advance)
        if result is None:
            self._next = None
            return None
        self._must_advance = result[1] == result[0]
        self._next = result[1]
        m = _new_object(Match)
        _set_state(m, '_s', result + self._context)
        return m

    def search(self):
        pos = self._next
        if pos is None:
            return None
        if pos > self._endpos:
            self._next = None
            return None
        result = _sre_run(self._pattern._prog, self._data, pos,
                          self._endpos, 2, self._must_advance)
        if result is None:
            self._next = None
            return None
        self._must_advance = result[1] == result[0]
        self._next = result[1]
        m = _new_object(Match)
        _set_state(m, '_s', result + self._context)
        return m


SRE_Scanner.__module__ = '_sre'


# --- Match -------------------------------------------------------------------

# A match keeps one tuple: the engine's result (start, end, lastindex,
# marks; lastindex -1 for None, marks as the engine gave them) followed by
# (pattern, string, data, pos, endpos) -- made by adding two tuples, the
# second one shared by all the matches of a finditer() or sub().
_START, _END, _LASTINDEX, _MARKS, _RE, _STRING, _DATA, _POS, _ENDPOS = range(9)


class Match:
    """One successful match: its span, groups and the string searched.
    Always true."""

    __slots__ = ('_s',)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def __setattr__(self, name, value):
        _no_setting(self, name, value, 're.Match',
                    ('re', 'string', 'pos', 'endpos'),
                    ('lastindex', 'lastgroup', 'regs'))

    def __delattr__(self, name):
        _no_setting(self, name, None, 're.Match',
                    ('re', 'string', 'pos', 'endpos'),
                    ('lastindex', 'lastgroup', 'regs'), True)

    def __reduce__(self):
        raise TypeError("cannot pickle 're.Match' object")

    @property
    def re(self):
        return self._s[_RE]

    @property
    def string(self):
        return self._s[_STRING]

    @property
    def pos(self):
        return self._s[_POS]

    @property
    def endpos(self):
        return self._s[_ENDPOS]

    @property
    def lastindex(self):
        """Number of the capturing group that closed last, or None."""
        lastindex = self._s[_LASTINDEX]
        return lastindex if lastindex >= 0 else None

    def _empty(self):
        return '' if isinstance(self._s[_DATA], str) else b''

    def _index(self, group):
        """The number of a group given by number or name."""
        if type(group) is int:
            index = group
        elif isinstance(group, int) or (not isinstance(group, str) and
                                        hasattr(type(group), '__index__')):
            try:
                index = _index(group)
            except OverflowError:
                index = -1
        else:
            index = self._s[_RE]._groupdict.get(group)
            if not isinstance(index, int):
                index = -1
        if index < 0 or index > self._s[_RE].groups:
            raise IndexError("no such group")
        return index

    def _span(self, index):
        s = self._s
        if index == 0:
            return (s[_START], s[_END])
        marks = s[_MARKS]
        i = 2 * index - 2
        if i + 1 < len(marks):
            a = marks[i]
            b = marks[i + 1]
            if a >= 0 and b >= 0:
                return (a, b)
        return (-1, -1)

    def _get(self, index, default):
        """The text of group number index (known to exist), or default."""
        s = self._s
        if index == 0:
            start = s[_START]
            end = s[_END]
        else:
            marks = s[_MARKS]
            i = 2 * index - 2
            if i + 1 >= len(marks):
                return default
            start = marks[i]
            end = marks[i + 1]
            if start < 0 or end < 0:
                return default
        data = s[_DATA]
        if type(data) is str:
            return data[start:end]
        return _slice(data, start, end)

    def group(self, *args):
        """The text of one group (by number or name), or a tuple for
        several; no argument or 0 means the whole match."""
        if not args:
            s = self._s
            data = s[_DATA]
            if type(data) is str:
                return data[s[_START]:s[_END]]
            return _slice(data, s[_START], s[_END])
        if len(args) == 1:
            group = args[0]
            if (type(group) is int and group >= 0
                    and group <= self._s[_RE].groups):
                return self._get(group, None)
            return self._get(self._index(group), None)
        return tuple([self._get(self._index(g), None) for g in args])

    def __getitem__(self, group):
        """m[g] is m.group(g)."""
        if type(group) is int and group >= 0 and group <= self._s[_RE].groups:
            return self._get(group, None)
        return self._get(self._index(group), None)

    def groups(self, default=None):
        """Texts of groups 1 and up; default for those that took no part."""
        s = self._s
        marks = s[_MARKS]
        data = s[_DATA]
        is_str = type(data) is str
        size = len(marks)
        out = []
        for i in range(0, 2 * s[_RE].groups, 2):
            if i + 1 < size:
                start = marks[i]
                end = marks[i + 1]
                if start >= 0 and end >= 0:
                    out.append(data[start:end] if is_str
                               else _slice(data, start, end))
                    continue
            out.append(default)
        return tuple(out)

    def groupdict(self, default=None):
        """Named groups' texts by name; default for those that took no
        part."""
        return {name: self._get(index, default)
                for name, index in self._s[_RE]._groupdict.items()}

    def start(self, group=0):
        """Where group begins in the string (-1 if it did not match)."""
        if group == 0 and type(group) is int:
            return self._s[_START]
        return self._span(self._index(group))[0]

    def end(self, group=0):
        """Where group ends in the string (-1 if it did not match)."""
        if group == 0 and type(group) is int:
            return self._s[_END]
        return self._span(self._index(group))[1]

    def span(self, group=0):
        """(start, end) of group."""
        if group == 0 and type(group) is int:
            s = self._s
            return (s[_START], s[_END])
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple([self._span(i) for i in range(self._s[_RE].groups + 1)])

    @property
    def lastgroup(self):
        """Name of the group lastindex refers to, or None."""
        lastindex = self._s[_LASTINDEX]
        if lastindex < 0:
            return None
        names = self._s[_RE]._indexgroup
        if lastindex < len(names):
            return names[lastindex]
        return None

    def expand(self, template):
        """template with its group references and escapes filled in from
        this match, as sub() would do."""
        return _fill_template(_parsed_template(self._s[_RE], template), self)

    def __repr__(self):
        s = self._s
        text = repr(_slice(s[_DATA], s[_START], s[_END]))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            s[_START], s[_END], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = 're'
_new_object = object.__new__
_set_state = object.__setattr__


# --- Scanner (an undocumented lexicon-driven tokenizer) ---------------------

class Scanner:
    """Tokenizer driven by a lexicon: a list of (regular expression, action) pairs.

    scan(text) repeatedly takes the first phrase of the lexicon that matches at the
    current position.  An action that is callable is called as action(scanner,
    matched_text) with scanner.match set to the match; None discards the token; any
    other value is used as the token itself.  Returns (tokens, unscanned rest).
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        if not lexicon:
            raise RuntimeError('invalid SRE code')
        # Trying the phrases one after another in lexicon order picks the same phrase
        # an alternation of all of them would.
        self.scanner = tuple((compile(phrase, flags), action) for phrase, action in lexicon)

    def _next_token(self, text, pos):
        for rule, action in self.scanner:
            found = rule.match(text, pos)
            if found is not None:
                return found, action
        return None, None

    def scan(self, string):
        tokens = []
        pos = 0
        while True:
            found, action = self._next_token(string, pos)
            if found is None or found.end() == pos:
                break
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                tokens.append(action)
            pos = found.end()
        return tokens, string[pos:]
