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
_filters_version = 1


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

    def __repr__(self):
        return f"re.compile({self.pattern!r}{', re.IGNORECASE' if self._ignore_case else ''})"


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(action, message, category, module, lineno, append):
    item = (action, message, category, module, lineno)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front by default)."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module + "\\Z", False) if module else None
    _add_filter(action, msg, category, mod, lineno, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append)


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
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = None


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A replaced module-level showwarning is honoured, as in CPython.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage:
    """One warning as `catch_warnings(record=True)` records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def _frame_at(stacklevel, skip_file_prefixes):
    frame = sys._getframe(1)
    # Skip warn() itself, then go up `stacklevel - 1` more frames.
    frame = frame.f_back
    for _ in range(stacklevel - 1):
        if frame is None:
            break
        frame = frame.f_back
        while (frame is not None and skip_file_prefixes
               and frame.f_code.co_filename.startswith(skip_file_prefixes)):
            frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not "
                        f"'{type(category).__name__}'")
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                        f"{type(skip_file_prefixes).__name__}")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = _frame_at(stacklevel, skip_file_prefixes)
    if frame is None:
        globals_ = sys.__dict__
        # Above the outermost frame: blame the sys module, line 1.
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning at an explicit location."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or (mod == module if isinstance(mod, str) else mod.match(module)))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "module":
        registry[key] = 1
        alt_key = (text, category, 0)
        if registry.get(alt_key):
            return
        registry[alt_key] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Save the warnings filters and showwarning on entry and restore them on exit;
    with record=True, collect the warnings in a list instead of showing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        m = self._module
        self._saved_filters = m.filters
        m.filters = m.filters[:]
        m._filters_mutated()
        self._saved_showwarning = m.showwarning
        self._saved_showwarnmsg = m._showwarnmsg
        if self._filter is not None:
            m.simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        m = self._module
        m.filters = self._saved_filters
        m._filters_mutated()
        m.showwarning = self._saved_showwarning
        m._showwarnmsg = self._saved_showwarnmsg


# CPython's default filters for a release build (the module of the first one is matched as
# a plain text, as in CPython).
filters[:] = [("default", None, DeprecationWarning, "__main__", 0)] + [
    ("ignore", None, category, None, 0)
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                     ResourceWarning)
]
