"""configparser (CPython's configparser module, written for pyrs).

Reads and writes INI-style configuration: ``[section]`` headers followed by
``key = value`` lines, with optional value interpolation.
"""

import io
import os
import re
import sys
import warnings
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _Absent:
    """Marker type for 'argument not supplied'."""
    __slots__ = ()

    def __repr__(self):
        return '<unset>'


_NOTHING = _Absent()
_ONE_PATH = (str, bytes, os.PathLike)


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Root of every configparser exception."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__

    def _populate(self, text, args, **attrs):
        """Set the message, the public attributes and ``args`` at once."""
        Error.__init__(self, text)
        for attr, val in attrs.items():
            setattr(self, attr, val)
        self.args = args


def _where(source, lineno):
    """Prefix naming the input a duplicate was found in."""
    if lineno is None:
        return 'While reading from %r: ' % (source,)
    return 'While reading from %r [line %2d]: ' % (source, lineno)


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        self._populate('No section: %r' % (section,), (section,),
                       section=section)


class DuplicateSectionError(Error):
    """A section was defined twice (or added when already present)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            what = 'Section %r already exists' % (section,)
        else:
            what = _where(source, lineno) + 'section %r already exists' % (section,)
        self._populate(what, (section, source, lineno),
                       section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appeared twice within one section of a single input."""

    def __init__(self, section, option, source=None, lineno=None):
        what = 'ption %r in section %r already exists' % (option, section)
        if source is None:
            what = 'O' + what
        else:
            what = _where(source, lineno) + 'o' + what
        self._populate(what, (section, option, source, lineno), section=section,
                       option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The option is absent from the section (and from the defaults)."""

    def __init__(self, option, section):
        self._populate('No option %r in section: %r' % (option, section),
                       (option, section), option=option, section=section)


class InterpolationError(Error):
    """Generic failure while expanding a value."""

    def __init__(self, option, section, msg):
        self._populate(msg, (option, section, msg),
                       option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A reference inside a value names an unknown option."""

    def __init__(self, option, section, rawval, reference):
        text = ('Bad value substitution: option %r in section %r contains '
                'an interpolation key %r which is not a valid option name. '
                'Raw value: %r' % (option, section, reference, rawval))
        self._populate(text, (option, section, rawval, reference),
                       option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds malformed interpolation syntax."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH (likely a cycle)."""

    def __init__(self, option, section, rawval):
        text = ('Recursion limit exceeded in value substitution: option %r '
                'in section %r contains an interpolation key which cannot '
                'be substituted in %d steps. Raw value: %r'
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        self._populate(text, (option, section, rawval),
                       option=option, section=section)


_LOOKUP_MISSES = (NoSectionError, NoOptionError)
_ADD_REFUSALS = (DuplicateSectionError, ValueError)


class ParsingError(Error):
    """Collects the unparsable lines of one input."""

    def __init__(self, source):
        self._populate('Source contains parsing errors: %r' % (source,),
                       (source,), source=source, errors=[])

    def append(self, lineno, line):
        self.errors += [(lineno, line)]
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Content was found before any section header."""

    def __init__(self, filename, lineno, line):
        text = ('File contains no section headers.\nfile: %r, line: %d\n%r'
                % (filename, lineno, line))
        self._populate(text, (filename, lineno, line),
                       source=filename, lineno=lineno, line=line)


# ------------------------------------------------------------- interpolation

class Interpolation:
    """Value hooks that change nothing; base of the other interpolations."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkerInterpolation(Interpolation):
    """Shared engine for the '%(name)s' and '${name}' expanders.

    Subclasses fill in the marker character, the opening/closing brackets,
    whether a trailing character must follow the closing bracket, and how
    a reference is resolved.
    """

    _mark = ''
    _open = ''
    _close = ''
    _tail = ''

    def _find_ref_end(self, text, at):
        """Index just past a well-formed reference starting at *at*, or -1."""
        shut = text.find(self._close, at + 2)
        if shut <= at + 2:
            return -1
        after = shut + 1
        if self._tail:
            if text[after:after + len(self._tail)] != self._tail:
                return -1
            after += len(self._tail)
        return after

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, section, value, defaults, 0, pieces)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        # Drop escapes and well-formed references; any marker left is bad.
        mark = self._mark
        scrubbed = value.replace(mark + mark, '')
        kept = []
        pos = 0
        while True:
            at = scrubbed.find(mark + self._open, pos)
            if at < 0:
                kept.append(scrubbed[pos:])
                break
            end = self._find_ref_end(scrubbed, at)
            if end < 0:
                kept.append(scrubbed[pos:at + 1])
                pos = at + 1
                continue
            kept.append(scrubbed[pos:at])
            pos = end
        leftover = ''.join(kept)
        bad = leftover.find(mark)
        if bad != -1:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, bad))
        return value

    def _expand(self, parser, option, section, text, mapping, depth, pieces):
        def original():
            return parser.get(section, option, raw=True, fallback=text)

        if depth == MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original())
        if not text:
            return
        mark = self._mark
        pos = 0
        size = len(text)
        while pos < size:
            at = text.find(mark, pos)
            if at < 0:
                pieces.append(text[pos:])
                return
            if at > pos:
                pieces.append(text[pos:at])
            follower = text[at + 1:at + 2]
            if follower == mark:
                pieces.append(mark)
                pos = at + 2
                continue
            if follower != self._open:
                raise InterpolationSyntaxError(
                    option, section,
                    '%r must be followed by %r or %r, found: %r'
                    % (mark, mark, self._open, text[at:]))
            end = self._find_ref_end(text, at)
            if end < 0:
                raise InterpolationSyntaxError(
                    option, section,
                    'bad interpolation variable reference %r' % (text[at:],))
            name = text[at + 2:text.index(self._close, at + 2)]
            pos = end
            target_sec, target_opt, found = self._resolve(
                parser, option, section, name, mapping, text[pos:], original)
            if mark in found:
                self._expand(parser, target_opt, target_sec, found,
                             self._submapping(parser, target_sec, mapping),
                             depth + 1, pieces)
            else:
                pieces.append(found)


class BasicInterpolation(_MarkerInterpolation):
    """Expands '%(name)s' using options of the same section and the defaults.

    '%%' stands for a literal percent sign.
    """

    _mark = '%'
    _open = '('
    _close = ')'
    _tail = 's'

    def _resolve(self, parser, option, section, name, mapping, remainder, original):
        key = parser.optionxform(name)
        try:
            # errors deeper down still name the option first asked for
            return section, option, mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(
                option, section, original(), key) from None

    def _submapping(self, parser, section, mapping):
        return mapping


class ExtendedInterpolation(_MarkerInterpolation):
    """Expands '${name}' and '${section:name}' (zc.buildout style).

    '$$' stands for a literal dollar sign.
    """

    _mark = '$'
    _open = '{'
    _close = '}'

    def _resolve(self, parser, option, section, name, mapping, remainder, original):
        parts = name.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                option, section, "More than one ':' found: %r" % (remainder,))
        try:
            if len(parts) == 1:
                key = parser.optionxform(name)
                return section, key, mapping[key]
            where = parts[0]
            key = parser.optionxform(parts[1])
            return where, key, parser.get(where, key, raw=True)
        except (KeyError,) + _LOOKUP_MISSES:
            raise InterpolationMissingOptionError(
                option, section, original(), name) from None

    def _submapping(self, parser, section, mapping):
        return dict(parser.items(section, raw=True))


class LegacyInterpolation(Interpolation):
    """Deprecated expander built on the '%' string operator."""

    _ref = re.compile(r'%\(([^)]*)\)s')

    def __init__(self):
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        start = value
        rounds = MAX_INTERPOLATION_DEPTH
        while rounds and value and '%(' in value:
            rounds -= 1
            value = self._ref.sub(
                lambda m: '%%(%s)s' % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, start, exc.args[0]) from None
        if value and '%(' in value:
            raise InterpolationDepthError(option, section, start)
        return value


# ------------------------------------------------------------------ parsers

def _strip_inline(line, marks):
    """Position where an inline comment begins in *line*, or None.

    A marker counts only at the start of the line or right after
    whitespace.  All markers are scanned in lock-step, occurrence by
    occurrence; the first round that yields a valid marker decides.
    """
    cursor = {m: -1 for m in marks}
    while cursor:
        valid = []
        for mark in list(cursor):
            spot = line.find(mark, cursor[mark] + 1)
            if spot == -1:
                del cursor[mark]
                continue
            cursor[mark] = spot
            if spot == 0 or line[spot - 1].isspace():
                valid.append(spot)
        if valid:
            return min(valid)
    return None


def _indent_of(line):
    """Column of the first non-blank character (0 if the line is blank)."""
    found = RawConfigParser.NONSPACECRE.search(line)
    return found.start() if found else 0


def _build_option_re(delimiters, bare_allowed):
    seps = '|'.join(re.escape(d) for d in delimiters)
    if bare_allowed:
        tail = r'(?:\s*(?P<vi>' + seps + r')\s*(?P<value>.*))?$'
    else:
        tail = r'\s*(?P<vi>' + seps + r')\s*(?P<value>.*)$'
    return re.compile(r'(?P<option>.*?)' + tail)


class RawConfigParser(MutableMapping):
    """Configuration parser without value interpolation."""

    SECTCRE = re.compile(r'\[(?P<header>.+)\]')
    OPTCRE = _build_option_re(('=', ':'), False)
    OPTCRE_NV = _build_option_re(('=', ':'), True)
    NONSPACECRE = re.compile(r'\S')
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))
    _fallback_interpolation = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_NOTHING, converters=_NOTHING):
        self._dict = dict_type
        self._store = dict_type()
        self._defaults = dict_type()
        self._conv_table = ConverterMapping(self)
        self._views = dict_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._seps = tuple(delimiters)
        if self._seps != ('=', ':'):
            self._line_re = _build_option_re(self._seps, allow_no_value)
        else:
            self._line_re = (self.OPTCRE, self.OPTCRE_NV)[bool(allow_no_value)]
        self._whole_line_marks = tuple(comment_prefixes) if comment_prefixes else ()
        self._trailing_marks = (tuple(inline_comment_prefixes)
                                if inline_comment_prefixes else ())
        self._strict = strict
        self._bare_ok = allow_no_value
        self._blank_joins = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _NOTHING:
            interpolation = self._fallback_interpolation
        elif interpolation is None:
            interpolation = Interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError(
                'interpolation= must be None or an instance of Interpolation;'
                ' got an object of type {}'.format(type(interpolation)))
        self._interp = interpolation
        if converters is not _NOTHING:
            self._conv_table.update(converters)
        if defaults:
            self._load_defaults(defaults)

    # -- simple queries

    def defaults(self):
        return self._defaults

    def sections(self):
        """Names of all sections except the default one, in order."""
        return list(self._store.keys())

    def add_section(self, section):
        """Create an empty section; ValueError for the default name."""
        if self._is_default(section):
            raise ValueError('Invalid section name: %r' % section)
        if section in self._store:
            raise DuplicateSectionError(section)
        self._store[section] = self._dict()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        """True if *section* exists (the default section never does)."""
        return section in self._store

    def options(self, section):
        """Option names of *section* followed by inherited default names."""
        if section not in self._store:
            raise NoSectionError(section) from None
        names = list(self._store[section])
        names.extend(k for k in self._defaults if k not in self._store[section])
        return names

    # -- reading

    def read(self, filenames, encoding=None):
        """Read each readable file in *filenames*; return the ones read."""
        if isinstance(filenames, _ONE_PATH):
            filenames = (filenames,)
        chosen = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=chosen) as handle:
                    self._consume(handle, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Parse lines from the iterable *f* (a file or any line source)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._consume(f, source)

    def read_string(self, string, source='<string>'):
        """Parse configuration held in a string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Load sections from a mapping of section name -> {option: value}."""
        seen = set()
        for raw_name, entries in dictionary.items():
            name = str(raw_name)
            try:
                self.add_section(name)
            except _ADD_REFUSALS:
                if self._strict and name in seen:
                    raise
            seen.add(name)
            for raw_key, raw_value in entries.items():
                key = self.optionxform(str(raw_key))
                value = None if raw_value is None else str(raw_value)
                if self._strict and (name, key) in seen:
                    raise DuplicateOptionError(name, key, source)
                seen.add((name, key))
                self.set(name, key, value)

    # -- lookups

    def _chain(self, section, vars):
        """Mapping used to resolve options of *section* (vars win)."""
        own = self._store.get(section)
        if own is None:
            if not self._is_default(section):
                raise NoSectionError(section)
            own = {}
        extra = {}
        for name, given in (vars or {}).items():
            extra[self.optionxform(name)] = given if given is None else str(given)
        return ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_NOTHING):
        """Value of *option* in *section*, interpolated unless *raw*."""
        try:
            scope = self._chain(section, vars)
        except NoSectionError:
            if fallback is _NOTHING:
                raise
            return fallback
        key = self.optionxform(option)
        if key in scope:
            found = scope[key]
            if raw or found is None:
                return found
            return self._interp.before_get(self, section, key, found, scope)
        if fallback is _NOTHING:
            raise NoOptionError(key, section)
        return fallback

    def _typed_get(self, section, option, conv, *, raw=False, vars=None,
                   fallback=_NOTHING, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except _LOOKUP_MISSES:
            if fallback is _NOTHING:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_NOTHING, **kwargs):
        """get() converted with int()."""
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._typed_get(section, option, int, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_NOTHING, **kwargs):
        """get() converted with float()."""
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._typed_get(section, option, float, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_NOTHING, **kwargs):
        """get() mapped through BOOLEAN_STATES (case-insensitively)."""
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._typed_get(section, option, self._to_bool, **kwargs)

    def _to_bool(self, value):
        verdict = self.BOOLEAN_STATES.get(value.lower(), _NOTHING)
        if verdict is _NOTHING:
            raise ValueError('Not a boolean: %s' % value)
        return verdict

    def items(self, section=_NOTHING, raw=False, vars=None):
        """Without *section*: (name, SectionProxy) pairs of every section.

        With *section*: list of (option, value) pairs, defaults included.
        """
        if section is _NOTHING:
            return super().items()
        merged = self._dict()
        merged.update(self._defaults)
        if section in self._store:
            merged.update(self._store[section])
        elif not self._is_default(section):
            raise NoSectionError(section)
        names = list(merged)
        for name, given in (vars or {}).items():
            merged[self.optionxform(name)] = given
        if raw:
            return [(name, merged[name]) for name in names]
        hook = self._interp.before_get
        return [(name, hook(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Remove and return the first (name, proxy) pair; never DEFAULT."""
        for name in self.sections():
            view = self[name]
            del self[name]
            return name, view
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether *option* is visible in *section* (defaults count).

        An empty or None *section*, or the default section's name, checks
        the defaults alone.
        """
        key = self.optionxform(option)
        if not section or self._is_default(section):
            return key in self._defaults
        own = self._store.get(section)
        return own is not None and (key in own or key in self._defaults)

    def _is_default(self, name):
        return name == self.default_section

    def _target(self, section):
        """Dict that set()/remove_option() act on for *section*."""
        if not section or self._is_default(section):
            return self._defaults
        try:
            return self._store[section]
        except KeyError:
            raise NoSectionError(section) from None

    def set(self, section, option, value=None):
        """Store *value* under *option* in *section*."""
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._target(section)[self.optionxform(option)] = value

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Serialise the configuration to the text file *fp*."""
        joiner = self._seps[0]
        joiner = ' %s ' % (joiner,) if space_around_delimiters else joiner
        if self._defaults:
            self._emit(fp, self.default_section, self._defaults.items(), joiner)
        for name, body in self._store.items():
            self._emit(fp, name, body.items(), joiner)

    def _emit(self, fp, name, pairs, joiner):
        chunks = ['[%s]\n' % name]
        for key, value in pairs:
            value = self._interp.before_write(self, name, key, value)
            if value is None and self._bare_ok:
                chunks.append('%s\n' % key)
            else:
                text = str(value).replace('\n', '\n\t')
                chunks.append('%s%s%s\n' % (key, joiner, text))
        chunks.append('\n')
        for chunk in chunks:
            fp.write(chunk)

    def remove_option(self, section, option):
        """Delete *option*; return whether it was there."""
        where = self._target(section)
        key = self.optionxform(option)
        if key not in where:
            return False
        del where[key]
        return True

    def remove_section(self, section):
        """Delete *section*; return whether it was there."""
        if section not in self._store:
            return False
        del self._store[section]
        del self._views[section]
        return True

    # -- mapping protocol

    def __getitem__(self, key):
        if key in self:
            return self._views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self._views[key] is value:
            return      # assigning a proxy to itself
        if self._is_default(key):
            self._defaults.clear()
        elif key in self._store:
            self._store[key].clear()
        self.read_dict({key: value}, '<dict>')

    def __delitem__(self, key):
        if self._is_default(key):
            raise ValueError('Cannot remove the default section.')
        if key not in self._store:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return self._is_default(key) or key in self._store

    def __len__(self):
        return 1 + len(self._store)

    def __iter__(self):
        yield self.default_section
        yield from list(self._store)

    # -- the line parser

    def _consume(self, lines, source):
        """Parse an iterable of lines into the parser.

        Values are gathered as lists of lines in *pending* and joined once
        the whole input has been seen; bad lines are collected into a single
        ParsingError raised at the end.
        """
        pending = []            # (target dict, section name, key, lines)
        seen = set()
        problems = None
        here = None             # dict of the section being filled
        here_name = None
        lines_of = None         # line list of the option being filled
        key = None
        key_indent = sys.maxsize
        try:
            for number, line in enumerate(lines, start=1):
                cut = _strip_inline(line, self._trailing_marks)
                bare = line.strip()
                if any(bare.startswith(p) for p in self._whole_line_marks):
                    cut = 0
                content = line[:cut].strip() if cut is not None else bare
                if not content:
                    if not self._blank_joins:
                        key_indent = sys.maxsize
                    elif cut is None and key and here is not None \
                            and here.get(key) is not None:
                        lines_of.append('')
                    continue
                indent = _indent_of(line)
                if here is not None and key and indent > key_indent:
                    here[key].append(content)   # a bare option has None here
                    continue
                key_indent = indent
                header = self.SECTCRE.match(content)
                if header:
                    here_name = header.group('header')
                    if here_name in self._store:
                        if self._strict and here_name in seen:
                            raise DuplicateSectionError(here_name, source, number)
                        here = self._store[here_name]
                    elif here_name == self.default_section:
                        here = self._defaults
                    else:
                        here = self._dict()
                        self._store[here_name] = here
                        self._views[here_name] = SectionProxy(self, here_name)
                    seen.add(here_name)
                    key = None
                    lines_of = None
                    continue
                if here is None:
                    raise MissingSectionHeaderError(source, number, line)
                parts = self._line_re.match(content)
                if not parts:
                    problems = self._note_problem(problems, source, number, line)
                    continue
                name, _, value = parts.group('option', 'vi', 'value')
                if not name:
                    problems = self._note_problem(problems, source, number, line)
                key = self.optionxform(name.rstrip())
                if self._strict and (here_name, key) in seen:
                    raise DuplicateOptionError(here_name, key, source, number)
                seen.add((here_name, key))
                if value is None:
                    here[key] = None
                    lines_of = None
                else:
                    lines_of = [value.strip()]
                    here[key] = lines_of
                    pending.append((here, here_name, key, lines_of))
        finally:
            self._settle(pending)
        if problems:
            raise problems

    def _settle(self, pending):
        """Turn gathered line lists into final (before_read'd) strings."""
        for target, name, key, chunk in pending:
            if target.get(key) is chunk:
                joined = '\n'.join(chunk).rstrip()
                target[key] = self._interp.before_read(self, name, key, joined)

    @staticmethod
    def _note_problem(problems, source, number, line):
        if problems is None:
            problems = ParsingError(source)
        problems.append(number, repr(line))
        return problems

    def _load_defaults(self, defaults):
        xform = self.optionxform
        self._defaults.update((xform(k), v) for k, v in defaults.items())

    def _check_types(self, *, section='', option='', value=''):
        """Reject non-string names/values (None allowed with allow_no_value)."""
        for thing, what in ((section, 'section names'),
                            (option, 'option keys')):
            if not isinstance(thing, str):
                raise TypeError(what + ' must be strings')
        if (value or not self._bare_ok) and not isinstance(value, str):
            raise TypeError('option values must be strings')

    @property
    def converters(self):
        return self._conv_table


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation and type-checked setters."""

    _fallback_interpolation = BasicInterpolation()

    def set(self, section, option, value=None):
        """Like RawConfigParser.set, but option names and values must be str."""
        self._check_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """Like RawConfigParser.add_section, but the name must be a str."""
        self._check_types(section=section)
        RawConfigParser.add_section(self, section)

    def _load_defaults(self, defaults):
        active = self._interp
        self._interp = Interpolation()
        try:
            self.read_dict({self.default_section: defaults}, '<dict>')
        finally:
            self._interp = active


# ------------------------------------------------------------ section views

class SectionProxy(MutableMapping):
    """Live dict-like view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv_name in parser.converters:
            attr = 'get' + conv_name
            self._attach(attr, getattr(parser, attr))

    def _attach(self, attr, method):
        def typed(option, fallback=None, *, raw=False, vars=None, **kwargs):
            return self.get(option, fallback, raw=raw, vars=vars,
                            _through=method, **kwargs)
        setattr(self, attr, typed)

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        owner, name = self._parser, self._name
        if owner.has_option(name, key):
            return owner.get(name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._check_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner, name = self._parser, self._name
        # inherited defaults are visible but cannot be removed from here
        if owner.has_option(name, key) and owner.remove_option(name, key):
            return
        raise KeyError(key)

    def __contains__(self, key):
        owner = self._parser
        return owner.has_option(self._name, key)

    def _keys(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _through=None, **kwargs):
        """Parser's get() for this section; *fallback* defaults to None."""
        fetch = _through or self._parser.get
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return fetch(self._name, option, **kwargs)


class ConverterMapping(MutableMapping):
    """Name -> converter table; each entry adds a get<name>() to the parser
    and to its section proxies.  Built-in getters map to None.
    """

    GETTERCRE = re.compile(r'^get(?P<name>.+)$')

    def __init__(self, parser):
        self._parser = parser
        self._table = {}
        for attr in dir(parser):
            hit = self.GETTERCRE.match(attr)
            if hit and callable(getattr(parser, attr)):
                self._table[hit.group('name')] = None

    def __getitem__(self, key):
        return self._table[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: %s (type: %s)'
                             % (key, type(key))) from None
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._table[key] = value
        parser = self._parser

        def typed(section, option, *, raw=False, vars=None,
                  fallback=_NOTHING, **kwargs):
            return parser._typed_get(section, option, value, raw=raw,
                                     vars=vars, fallback=fallback, **kwargs)
        typed.converter = value
        setattr(parser, attr, typed)
        for view in parser.values():
            view._attach(attr, typed)

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._table[key]
        attr = 'get' + key
        for holder in (self._parser, *self._parser.values()):
            try:
                delattr(holder, attr)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)
