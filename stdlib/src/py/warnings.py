"""warnings, written for pyrs: warn/warn_explicit with CPython's filters, actions and
registries, showwarning/formatwarning, filterwarnings/simplefilter/resetwarnings and
catch_warnings.

pyrs has no `re` yet: the message and module patterns of a filter are matched as CPython's
regexes would match the common forms (a literal text, `.*` anywhere, `\\.` and the other
escapes, a trailing `$` or `\\Z`), which covers what programs pass.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 0


class _Pattern:
    """A filter's message or module pattern: the subset of regex syntax described above,
    matched at the start of the text (`re.match`)."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case
        self._parts = self._parse(pattern)

    @staticmethod
    def _parse(pattern):
        # A list of literal texts separated by `.*`; None marks "end of text".
        parts, text, i = [""], "", 0
        while i < len(pattern):
            c = pattern[i]
            if c == "\\" and i + 1 < len(pattern):
                nxt = pattern[i + 1]
                if nxt == "Z":
                    parts[-1] = text
                    parts.append(None)
                    return parts
                text += nxt
                i += 2
                continue
            if pattern.startswith(".*", i):
                parts[-1] = text
                parts.append("")
                text = ""
                i += 2
                continue
            if c == "$" and i == len(pattern) - 1:
                parts[-1] = text
                parts.append(None)
                return parts
            text += c
            i += 1
        parts[-1] = text
        return parts

    def match(self, text):
        if self._ignore_case:
            text = text.lower()
        parts = [p.lower() if p and self._ignore_case else p for p in self._parts]
        anchored_end = parts[-1] is None
        if anchored_end:
            parts = parts[:-1]
        if not text.startswith(parts[0]):
            return False
        pos = len(parts[0])
        rest = parts[1:]
        for k, part in enumerate(rest):
            if anchored_end and k == len(rest) - 1:
                return text.endswith(part) and len(text) - len(part) >= pos
            found = text.find(part, pos)
            if found < 0:
                return False
            pos = found + len(part)
        return not anchored_end or pos == len(text)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self._ignore_case == other._ignore_case)

    def __hash__(self):
        return hash((self.pattern, self._ignore_case))

    def __repr__(self):
        return f"re.compile({self.pattern!r}{', re.IGNORECASE' if self._ignore_case else ''})"


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _place_filter(entry, at_end):
    # A filter already present is moved to the front, or left where it is
    # when appending; the list is changed in place.
    present = entry in filters
    if not at_end:
        if present:
            filters.remove(entry)
        filters.insert(0, entry)
    elif not present:
        filters.append(entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front by default)."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module + "\\Z", False) if module else None
    _place_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _place_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters."""
    filters[:] = []
    _filters_mutated()


def _line_of(filename, lineno):
    # linecache's lines when it is loaded (its cache may hold a pseudo-file's, as doctest's
    # examples); else the file's, without importing it.
    linecache = sys.modules.get("linecache")
    if linecache is not None:
        return linecache.getline(filename, lineno)
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if n == lineno:
                    return line
    except (OSError, ValueError):
        pass
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning prints: `file:line: Category: message` and the source line."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _line_of(filename, lineno)
    line = line.strip()
    if line:
        text += f"  {line}\n"
    return text


def _showwarnmsg_impl(msg):
    """Print a WarningMessage to its file, or to sys.stderr."""
    stream = sys.stderr if msg.file is None else msg.file
    if stream is None:
        return
    fields = (msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    text = formatwarning(*fields)
    if formatwarning is _plain_format and msg.source is not None:
        text += (f"{msg.category.__name__}: Enable tracemalloc to get the "
                 f"object allocation traceback\n")
    try:
        stream.write(text)
    except OSError:
        pass


_plain_format = formatwarning


_showwarning_orig = None


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _emit(msg):
    """Show a WarningMessage through showwarning when a program replaced it,
    else print it."""
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class WarningMessage:
    """One warning, as catch_warnings(record=True) collects it."""

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        fields = dict(message=message, category=category, filename=filename, lineno=lineno,
                      file=file, line=line, source=source)
        fields["_category_name"] = None if not category else category.__name__
        self.__dict__.update(fields)

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


# -- locating and judging a warning --------------------------------------------------------

def _bootstrap_file(name):
    return "importlib" in name and "_bootstrap" in name


class _Caller:
    """Where warn() reports a warning: the frame `level` levels above warn()'s caller, or
    the sys module when the stack is not that deep."""

    def __init__(self, start, level, prefixes):
        frame = start
        if start is None:
            level = 1
        elif level > 1 and not _bootstrap_file(start.f_code.co_filename):
            def wanted(f):
                # (CPython 3.12.1 never skips a file whose whole name is one of
                # the prefixes; pyrs's re relies on it doing so.)
                name = f.f_code.co_filename
                return not (_bootstrap_file(name) or name.startswith(prefixes))
        else:
            def wanted(f):
                return True
        for _ in range(level - 1):
            frame = frame.f_back
            while frame is not None and not wanted(frame):
                frame = frame.f_back
            if frame is None:
                break
        if frame is None:
            self.scope, self.filename, self.lineno = sys.__dict__, "sys", 1
        else:
            self.scope = frame.f_globals
            self.filename, self.lineno = frame.f_code.co_filename, frame.f_lineno

    def module(self):
        return self.scope.get("__name__", "<string>")

    def registry(self):
        return self.scope.setdefault("__warningregistry__", {})


def _pattern_ok(pattern, value):
    # The default filters hold plain module names, matched exactly.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return bool(pattern.match(value))


class _Verdict:
    """The first filter that takes a warning (entry is None when none does, and the
    default action applies)."""

    def __init__(self, text, category, module, lineno):
        self.entry = next((entry for entry in filters
                           if self._takes(entry, text, category, module, lineno)), None)
        self.action = defaultaction if self.entry is None else self.entry[0]

    @staticmethod
    def _takes(entry, text, category, module, lineno):
        _, message_pattern, base, module_pattern, line = entry
        return (_pattern_ok(message_pattern, text) and issubclass(category, base)
                and _pattern_ok(module_pattern, module) and line in (0, lineno))


class _Registry:
    """A __warningregistry__-style dict (or none at all): what was already shown, valid
    for one version of the filters."""

    def __init__(self, table):
        if table is not None and not isinstance(table, dict):
            raise TypeError("'registry' must be a dict or None")
        self.table = table
        if table is not None and table.get("version") != _filters_version:
            table.clear()
            table["version"] = _filters_version

    def seen(self, key):
        return self.table is not None and bool(self.table.get(key))

    def first_time(self, key):
        """Record key; whether it was new."""
        if self.seen(key):
            return False
        if self.table is not None:
            self.table[key] = True
        return True


def _module_from_filename(filename):
    name = filename or "<unknown>"
    return name[:-3] if name[-3:].lower() == ".py" else name


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, reported at the code `stacklevel` frames up from the caller."""
    level = _whole(stacklevel)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                        f"{type(skip_file_prefixes).__name__}")
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    elif not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not "
                        f"'{type(category).__name__}'")
    for prefix in skip_file_prefixes:
        if not isinstance(prefix, str):
            raise TypeError(f"Found non-str '{type(prefix).__name__}' in skip_file_prefixes.")
    if skip_file_prefixes:
        level = max(level, 2)
    try:
        start = sys._getframe(1)
    except ValueError:
        # Called from native code with no Python frame visible above it.
        start = None
    site = _Caller(start, level, skip_file_prefixes)
    warn_explicit(message, category, site.filename, site.lineno, site.module(),
                  site.registry(), None, source)


def _whole(value):
    # An int from anything with __index__, as C arguments are converted.
    if isinstance(value, int):
        return int(value)
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return convert(value)


def _prime_linecache(filename, module_globals):
    # Lets linecache find the source of a module loaded by a custom loader.
    try:
        import linecache
        linecache.getlines(filename, module_globals)
    except Exception:
        pass


def _seen_per_module(reg, text, category):
    # "module" and "once": one showing per (text, category) in the registry used.
    return not reg.first_time((text, category))


# The actions that show a warning at most once: whether this occurrence is a repeat.
_REPEAT_TESTS = {
    "always": lambda reg, text, category: False,
    "default": lambda reg, text, category: False,
    "module": _seen_per_module,
    "once": lambda reg, text, category: _seen_per_module(
        reg if reg.table is not None else _Registry(onceregistry), text, category),
}


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit file, line, module and registry."""
    lineno = _whole(lineno)
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 'filename' must be str, not "
                        f"{'None' if filename is None else type(filename).__name__}")
    if module is None:
        module = _module_from_filename(filename)
    reg = _Registry(registry)
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if reg.seen(key):
        return
    verdict = _Verdict(text, category, module, lineno)
    if verdict.action == "ignore":
        return
    if module_globals is not None:
        _prime_linecache(filename, module_globals)
    if verdict.action == "error":
        raise message
    repeat = _REPEAT_TESTS.get(verdict.action)
    if repeat is None:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (verdict.action, verdict.entry))
    if verdict.action != "always":
        reg.first_time(key)
    if repeat(reg, text, category):
        return
    _emit(WarningMessage(message, category, filename, lineno, source=source))


# The module attributes catch_warnings swaps while its block runs.
_SWAPPED = ("filters", "showwarning", "_showwarnmsg_impl")


class catch_warnings:
    """Context manager that puts the warnings state back as it found it.

    On entry the filters become a private copy (and, with record=True,
    warnings are collected into the list returned instead of printed);
    given an action, simplefilter(action, category, lineno, append) is
    applied inside the block.  Each instance can be entered only once.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._target = sys.modules["warnings"] if module is None else module
        self._collect = bool(record)
        self._preset = None if action is None else (action, category, lineno, append)
        self._stash = None

    def __repr__(self):
        shown = []
        if self._collect:
            shown.append("record=True")
        if self._target is not sys.modules["warnings"]:
            shown.append(f"module={self._target!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._stash is not None:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        target = self._target
        self._stash = {name: getattr(target, name) for name in _SWAPPED}
        target.filters = list(self._stash["filters"])
        collected = None
        if self._collect:
            collected = []
            target.showwarning = target._showwarning_orig
            target._showwarnmsg_impl = collected.append
        target._filters_mutated()
        if self._preset is not None:
            simplefilter(*self._preset)
        return collected

    def __exit__(self, *exc_info):
        if self._stash is None:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        for name, value in self._stash.items():
            setattr(self._target, name, value)
        self._target._filters_mutated()


# CPython's default filters for a release build (the module of the first one is matched as
# a plain text, as in CPython).
filters[:] = [("default", None, DeprecationWarning, "__main__", 0)] + [
    ("ignore", None, category, None, 0)
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                     ResourceWarning)
]
