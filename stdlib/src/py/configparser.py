"""Read and write INI-style configuration files.

A file holds ``[section]`` headers followed by ``name = value`` (or
``name: value``) entries.  Values may continue over several lines when the
following lines are indented deeper than the entry's name.  A special
default section supplies fallback values for every other section.
"""

from collections.abc import MutableMapping
from collections import ChainMap
import io
import os
import re
import warnings

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

# Marks "argument not supplied" where None is a meaningful value.
_ABSENT = object()
# Internal fallback handed to get() so a miss is told apart from any value.
_UNSET = object()


def _framed(err, context):
    """Give `err` the implicit context CPython's tracebacks show (probed)."""
    err.__context__ = context
    return err


def _find(layers, key):
    """Value of `key` in the first mapping of `layers` holding it, else
    _ABSENT."""
    for layer in layers:
        if key in layer:
            return layer[key]
    return _ABSENT


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Root of every exception raised by this module."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__

    def _populate(self, text, args, **fields):
        # message first, then the named fields (in order), then args
        self.message = text
        for attr, val in fields.items():
            setattr(self, attr, val)
        self.args = args


def _origin_prefix(source, lineno):
    # "While reading from 'x' [line  3]" -- or None when the source is unknown.
    if source is None:
        return None
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % (lineno,)
    return text


def _already(source, lineno, what):
    where = _origin_prefix(source, lineno)
    if where is None:
        return what[0].upper() + what[1:] + " already exists"
    return "%s: %s already exists" % (where, what)


class NoSectionError(Error):
    """The requested section does not exist."""

    def __init__(self, section):
        self._populate('No section: %r' % (section,), (section,),
                       section=section)


class DuplicateSectionError(Error):
    """A section was created twice (API call, or strict reading)."""

    def __init__(self, section, source=None, lineno=None):
        self._populate(_already(source, lineno, "section %r" % (section,)),
                       (section, source, lineno),
                       section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """A strict parser met the same option twice in one source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "option %r in section %r" % (option, section)
        self._populate(_already(source, lineno, what),
                       (section, option, source, lineno), section=section,
                       option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The requested option is absent from the section."""

    def __init__(self, option, section):
        self._populate("No option %r in section: %r" % (option, section),
                       (option, section), option=option, section=section)


class InterpolationError(Error):
    """Common base of the value-substitution failures."""

    def __init__(self, option, section, msg):
        self._populate(msg, (option, section, msg),
                       option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A substitution names an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        self._populate(
            "Bad value substitution: option %r in section %r contains an "
            "interpolation key %r which is not a valid option name. "
            "Raw value: %r" % (option, section, reference, rawval),
            (option, section, rawval, reference),
            option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's substitution markup is malformed."""


class InterpolationDepthError(InterpolationError):
    """Substitutions nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        self._populate(
            "Recursion limit exceeded in value substitution: option %r in "
            "section %r contains an interpolation key which cannot be "
            "substituted in %d steps. Raw value: %r"
            % (option, section, MAX_INTERPOLATION_DEPTH, rawval),
            (option, section, rawval), option=option, section=section)


class ParsingError(Error):
    """The input contained lines that could not be understood."""

    def __init__(self, source):
        self._populate('Source contains parsing errors: %r' % (source,),
                       (source,), source=source, errors=[])

    def append(self, lineno, line):
        """Record one offending line and extend the message with it."""
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)
        self.errors.append((lineno, line))


class MissingSectionHeaderError(ParsingError):
    """An entry appeared before the first section header."""

    def __init__(self, filename, lineno, line):
        self._populate(
            'File contains no section headers.\nfile: %r, line: %d\n%r'
            % (filename, lineno, line), (filename, lineno, line),
            source=filename, lineno=lineno, line=line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """Pass-through hooks: values are stored and returned untouched."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _check_markup(value, sigil, reference):
    """Reject `value` if a lone `sigil` survives escapes and references."""
    rest = reference.sub('', value.replace(sigil + sigil, ''))
    spot = rest.find(sigil)
    if spot != -1:
        raise ValueError("invalid interpolation syntax in %r at position %d"
                         % (value, spot))
    return value


def _as_stored(parser, section, option, text):
    # Errors quote the value as the parser holds it, when it holds one.
    return parser.get(section, option, raw=True, fallback=text)


_PERCENT_REF = re.compile(r"%\([^)]+\)s")
_DOLLAR_REF = re.compile(r"\$\{[^}]+\}")


class BasicInterpolation(Interpolation):
    """``%(name)s`` references to options of the same section or defaults;
    ``%%`` stands for a literal percent sign."""

    def before_set(self, parser, section, option, value):
        return _check_markup(value, '%', _PERCENT_REF)

    def before_get(self, parser, section, option, value, defaults):
        if not value:
            return ''
        pieces = []

        def complain(text):
            raise InterpolationSyntaxError(option, section, text)

        def expand(text, level):
            if level > MAX_INTERPOLATION_DEPTH:
                raise InterpolationDepthError(
                    option, section, _as_stored(parser, section, option, text))
            cursor = 0
            while True:
                mark = text.find('%', cursor)
                if mark < 0:
                    pieces.append(text[cursor:])
                    return
                pieces.append(text[cursor:mark])
                follower = text[mark + 1:mark + 2]
                if follower == '%':
                    pieces.append('%')
                    cursor = mark + 2
                    continue
                if follower != '(':
                    complain("'%%' must be followed by '%%' or '(', found: %r"
                             % (text[mark:],))
                shut = text.find(')', mark + 2)
                if shut <= mark + 2 or text[shut + 1:shut + 2] != 's':
                    complain("bad interpolation variable reference %r"
                             % (text[mark:],))
                name = parser.optionxform(text[mark + 2:shut])
                try:
                    found = defaults[name]
                except KeyError:
                    raise InterpolationMissingOptionError(
                        option, section,
                        _as_stored(parser, section, option, text),
                        name) from None
                if '%' in found:
                    expand(found, level + 1)
                else:
                    pieces.append(found)
                cursor = shut + 2

        expand(value, 1)
        return ''.join(pieces)


class ExtendedInterpolation(Interpolation):
    """``${name}`` or ``${section:name}`` references (zc.buildout style);
    ``$$`` stands for a literal dollar sign."""

    def before_set(self, parser, section, option, value):
        return _check_markup(value, '$', _DOLLAR_REF)

    def before_get(self, parser, section, option, value, defaults):
        if not value:
            return ''
        pieces = []

        def resolve(sect, opt, text, path, lookup):
            try:
                if len(path) == 1:
                    name = parser.optionxform(path[0])
                    return sect, name, lookup[name]
                name = parser.optionxform(path[1])
                return path[0], name, parser.get(path[0], name, raw=True)
            except (KeyError, NoSectionError, NoOptionError):
                raise InterpolationMissingOptionError(
                    opt, sect, _as_stored(parser, sect, opt, text),
                    ':'.join(path)) from None

        def expand(sect, opt, text, lookup, level):
            if level > MAX_INTERPOLATION_DEPTH:
                raise InterpolationDepthError(
                    opt, sect, _as_stored(parser, sect, opt, text))
            cursor = 0
            while True:
                mark = text.find('$', cursor)
                if mark < 0:
                    pieces.append(text[cursor:])
                    return
                pieces.append(text[cursor:mark])
                follower = text[mark + 1:mark + 2]
                if follower == '$':
                    pieces.append('$')
                    cursor = mark + 2
                    continue
                if follower != '{':
                    raise InterpolationSyntaxError(
                        opt, sect, "'$' must be followed by '$' or '{', "
                        "found: %r" % (text[mark:],))
                shut = text.find('}', mark + 2)
                if shut <= mark + 2:
                    raise InterpolationSyntaxError(
                        opt, sect, "bad interpolation variable reference %r"
                        % (text[mark:],))
                cursor = shut + 1
                path = text[mark + 2:shut].split(':')
                if len(path) > 2:
                    raise InterpolationSyntaxError(
                        opt, sect, "More than one ':' found: %r"
                        % (text[cursor:],))
                where, name, found = resolve(sect, opt, text, path, lookup)
                if '$' in found:
                    expand(where, name, found,
                           dict(parser.items(where, raw=True)), level + 1)
                else:
                    pieces.append(found)

        expand(section, option, value, defaults, 1)
        return ''.join(pieces)


_LEGACY_NOTE = (
    "LegacyInterpolation has been deprecated since Python 3.2 "
    "and will be removed from the configparser module in Python 3.13. "
    "Use BasicInterpolation or ExtendedInterpolation instead.")


class LegacyInterpolation(Interpolation):
    """Old-style substitution through the ``%`` operator (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(_LEGACY_NOTE, DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        if not value:
            return value
        text = value
        rounds = 0
        while '%(' in text:
            if rounds == MAX_INTERPOLATION_DEPTH:
                raise InterpolationDepthError(option, section, value)
            rounds += 1
            text = re.sub(r"%\(([^)]*)\)s",
                          lambda m: '%%(%s)s' % parser.optionxform(m.group(1)),
                          text)
            try:
                text = text % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, value, missing.args[0]) from None
        return text


# ------------------------------------------------------------ line input

# Kinds of physical line seen by the reader.
_BLANK, _REMARK, _CONTENT = 'blank', 'remark', 'content'


def _inline_cut(line, prefixes):
    """Column where an inline comment starts, or None.

    Each prefix's occurrences are numbered 1, 2, ...; only occurrences at
    column 0 or right after whitespace count.  The counting occurrence with
    the smallest number wins, the leftmost one on a tie.
    """
    best = None
    for prefix in prefixes:
        ordinal = 0
        col = line.find(prefix)
        while col != -1:
            ordinal += 1
            if best is not None and ordinal > best[0]:
                break
            if col == 0 or line[col - 1].isspace():
                if best is None or (ordinal, col) < best:
                    best = (ordinal, col)
                break
            col = line.find(prefix, col + 1)
    return None if best is None else best[1]


class _Ingest:
    """One pass of reading a single source into a parser."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.claimed = set()         # sections/options met in this source
        self.bucket = None           # mapping receiving options
        self.bucket_name = None
        self.open_key = None         # last option; may still continue
        self.margin = 0              # indent of last non-continuation line;
                                     # None blocks continuations entirely
        self.problems = None         # ParsingError, created lazily

    # -- classification
    def sort_line(self, line):
        p = self.parser
        bare = line.strip()
        if not bare:
            return _BLANK, 0, ''
        if bare.startswith(p._full_marks):
            return _REMARK, 0, ''
        if p._inline_marks:
            cut = _inline_cut(line, p._inline_marks)
            if cut is not None:
                bare = line[:cut].strip()
                if not bare:
                    return _REMARK, 0, ''
        return _CONTENT, len(line) - len(line.lstrip()), bare

    # -- transitions
    def feed(self, lineno, line):
        kind, depth, text = self.sort_line(line)
        if kind is _CONTENT:
            if (self.open_key and self.margin is not None
                    and depth > self.margin):
                self.bucket[self.open_key].append(text)
            else:
                self.margin = depth
                self.statement(lineno, line, text)
        elif not self.parser._blank_in_values:
            self.margin = None
        elif kind is _BLANK and self.open_key:
            held = self.bucket[self.open_key]
            if held is not None:
                held.append('')

    def statement(self, lineno, line, text):
        p = self.parser
        head = p.SECTCRE.match(text)
        if head is not None:
            self.enter(head.group('header'), lineno)
            return
        if self.bucket is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        entry = p._entry_re.match(text)
        if entry is None:
            self.flag(lineno, line)
            return
        written = entry.group('option')
        if not written:
            self.flag(lineno, line)
        key = p.optionxform(written.rstrip())
        if p._strict:
            token = (self.bucket_name, key)
            if token in self.claimed:
                raise DuplicateOptionError(self.bucket_name, key,
                                           self.source, lineno)
            self.claimed.add(token)
        value = entry.group('value')
        self.bucket[key] = None if value is None else [value.strip()]
        self.open_key = key

    def enter(self, name, lineno):
        p = self.parser
        if name in p._store:
            if p._strict and name in self.claimed:
                raise DuplicateSectionError(name, self.source, lineno)
            self.bucket = p._store[name]
        elif name == p.default_section:
            self.bucket = p._dflt
        else:
            self.bucket = p._dict_factory()
            p._store[name] = self.bucket
            p._views[name] = SectionProxy(p, name)
        self.claimed.add(name)
        self.bucket_name = name
        self.open_key = None

    def flag(self, lineno, line):
        if self.problems is None:
            self.problems = ParsingError(self.source)
        self.problems.append(lineno, repr(line))

    def finish(self):
        """Give every stored value (not only this source's) its final form:
        line lists become text, then before_read sees each value."""
        p = self.parser
        names = [p.default_section, *p._store]
        for rank, name in enumerate(names):
            area = p._store[name] if rank else p._dflt
            for key in list(area):
                area[key] = p._interp.before_read(p, name, key,
                                                  _as_text(area[key]))


def _as_text(value):
    # A value still held as its physical lines becomes one string.
    if isinstance(value, list):
        return '\n'.join(value).rstrip()
    return value


# ------------------------------------------------------------ the parser

def _need_str(obj, what):
    if not isinstance(obj, str):
        raise TypeError("%s must be strings" % what)


class RawConfigParser(MutableMapping):
    """Configuration parser that stores values verbatim (no interpolation)."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = re.compile(r"(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$")
    OPTCRE_NV = re.compile(
        r"(?P<option>.*?)\s*(?:(?P<vi>=|:)\s*(?P<value>.*))?$")
    BOOLEAN_STATES = dict.fromkeys(('1', 'yes', 'true', 'on'), True)
    BOOLEAN_STATES.update(dict.fromkeys(('0', 'no', 'false', 'off'), False))

    # interpolation used when the caller passes nothing
    _stock_interpolation = Interpolation
    # whether names and values must be str (ConfigParser: yes)
    _typed = False

    def __init__(self, defaults=None, dict_type=dict,
                 allow_no_value=False, *,
                 delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_ABSENT, converters=_ABSENT):
        self._dict_factory = dict_type
        self._store = dict_type()
        self._dflt = dict_type()
        self._views = {}
        self._allow_nv = allow_no_value
        self._blank_in_values = empty_lines_in_values
        self._full_marks = tuple(comment_prefixes or ())
        self._inline_marks = tuple(inline_comment_prefixes or ())
        self._separators = tuple(delimiters)
        self.default_section, self._strict = default_section, strict
        self._entry_re = self._entry_pattern()
        if interpolation is _ABSENT:
            interpolation = self._stock_interpolation()
        elif interpolation is None:
            interpolation = Interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError(
                "interpolation= must be None or an instance of Interpolation;"
                " got an object of type %s" % type(interpolation))
        self._interp = interpolation
        self._views[default_section] = SectionProxy(self, default_section)
        self._conv_map = ConverterMapping(self)
        if converters is not _ABSENT:
            self._conv_map.update(converters)
        if defaults:
            self._load_defaults(defaults)

    def _entry_pattern(self):
        if self._separators == ('=', ':'):
            return self.OPTCRE_NV if self._allow_nv else self.OPTCRE
        alternatives = '|'.join(re.escape(s) for s in self._separators)
        if self._allow_nv:
            return re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*"
                              r"(?P<value>.*))?$" % alternatives)
        return re.compile(r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$"
                          % alternatives)

    def _load_defaults(self, defaults):
        if not self._typed:
            for name, val in defaults.items():
                self._dflt[self.optionxform(name)] = val
            return
        # Typed parsers: stringify, then checks as for read_dict()+set(),
        # but without the interpolation syntax check.  Probed quirk: the
        # name goes through optionxform twice.
        taken = set()
        for name, val in defaults.items():
            key = self.optionxform(str(name))
            if val is not None:
                val = str(val)
            if self._strict:
                if key in taken:
                    raise DuplicateOptionError(self.default_section, key,
                                               '<dict>')
                taken.add(key)
            _need_str(key, "option keys")
            self._vet_value(val)
            self._dflt[self.optionxform(key)] = val

    # -- structure queries
    def defaults(self):
        return self._dflt

    def sections(self):
        return list(self._store.keys())

    def add_section(self, section):
        if self._typed:
            _need_str(section, "section names")
        if self.default_section == section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._store:
            raise DuplicateSectionError(section)
        self._store[section] = self._dict_factory()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._store

    def options(self, section):
        try:
            own = self._store[section]
        except KeyError:
            raise NoSectionError(section) from None
        names = list(own)
        names.extend(k for k in self._dflt if k not in own)
        return names

    def _names_default(self, section):
        return not section or self.default_section == section

    def _holder(self, section):
        # mapping that stores `section`'s own options ('' and None: defaults)
        if self._names_default(section):
            return self._dflt
        try:
            return self._store[section]
        except KeyError:
            raise NoSectionError(section) from None

    def has_option(self, section, option):
        if self._names_default(section):
            return self.optionxform(option) in self._dflt
        own = self._store.get(section)
        if own is None:
            return False
        key = self.optionxform(option)
        return key in own or key in self._dflt

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading
    def read(self, filenames, encoding=None):
        if isinstance(filenames, (os.PathLike, str, bytes)):
            filenames = (filenames,)
        chosen = io.text_encoding(encoding)
        loaded = []
        for name in filenames:
            try:
                with open(name, encoding=chosen) as handle:
                    self._consume(handle, name)
            except OSError:
                continue
            loaded.append(os.fspath(name) if isinstance(name, os.PathLike)
                          else name)
        return loaded

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._consume(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        met_sections, met_options = set(), set()
        for raw_section, entries in dictionary.items():
            section = str(raw_section)
            if section in met_sections and self._strict:
                self.add_section(section)   # a repeat: this raises
            elif (section not in self._store
                  and self.default_section != section):
                self.add_section(section)
            met_sections.add(section)
            for raw_key, value in entries.items():
                key = self.optionxform(str(raw_key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in met_options:
                    raise DuplicateOptionError(section, key, source)
                met_options.add((section, key))
                self.set(section, key, value)

    def _consume(self, lines, source):
        reader = _Ingest(self, source)
        for number, line in enumerate(lines, 1):
            reader.feed(number, line)
        reader.finish()
        if reader.problems is not None:
            raise reader.problems

    # -- value access
    def _vars_layer(self, vars, stringify):
        # caller-supplied overrides, keyed like stored options
        layer = {}
        for name, val in (vars or {}).items():
            if stringify and val is not None:
                val = str(val)
            layer[self.optionxform(name)] = val
        return layer

    def get(self, section, option, *, raw=False, vars=None, fallback=_ABSENT):
        if section in self._store:
            own = self._store[section]
        elif self.default_section == section:
            own = {}
        elif fallback is _ABSENT:
            raise _framed(NoSectionError(section), KeyError(section)) from None
        else:
            return fallback
        # most specific first: call vars, the section, the defaults
        layers = (self._vars_layer(vars, True), own, self._dflt)
        key = self.optionxform(option)
        value = _find(layers, key)
        if value is _ABSENT:
            if fallback is _ABSENT:
                raise _framed(NoOptionError(key, section), KeyError(key))
            return fallback
        if value is None or raw:
            return value
        # the map's type shows in LegacyInterpolation errors: keep ChainMap
        return self._interp.before_get(self, section, key, value,
                                       ChainMap(*layers))

    def _fetch_as(self, conv, section, option, opts):
        # get() then conv(); a caller's fallback bypasses the conversion
        wanted = opts.pop('fallback', _ABSENT)
        if wanted is _ABSENT:
            return conv(self.get(section, option, **opts))
        text = self.get(section, option, fallback=_UNSET, **opts)
        return wanted if text is _UNSET else conv(text)

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_ABSENT, **kwargs):
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._fetch_as(int, section, option, kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_ABSENT, **kwargs):
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._fetch_as(float, section, option, kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_ABSENT, **kwargs):
        kwargs.update(raw=raw, vars=vars, fallback=fallback)
        return self._fetch_as(self._truth, section, option, kwargs)

    def _truth(self, text):
        verdict = self.BOOLEAN_STATES.get(text.lower())
        if verdict is None:
            raise ValueError('Not a boolean: %s' % text)
        return verdict

    def items(self, section=_ABSENT, raw=False, vars=None):
        if section is _ABSENT:
            return super().items()
        if section in self._store:
            own = self._store[section]
        elif self.default_section == section:
            own = {}
        else:
            raise _framed(NoSectionError(section), KeyError(section))
        # names: defaults first, then options only the section has;
        # vars change values but never add names (and stay unconverted)
        names = list(self._dflt)
        names.extend(name for name in own if name not in self._dflt)
        # value table handed to before_get: a copy of the defaults mapping
        # (its type shows in LegacyInterpolation errors), overlaid
        table = self._dflt.copy()
        for layer in (own, self._vars_layer(vars, False)):
            table.update(layer)
        if raw:
            return [(name, table[name]) for name in names]
        hook = self._interp.before_get
        return [(name, hook(self, section, name, table[name], table))
                for name in names]

    # -- modification
    def _vet_value(self, value):
        if not isinstance(value, str) and (value or not self._allow_nv):
            raise TypeError("option values must be strings")

    def set(self, section, option, value=None):
        if self._typed:
            _need_str(option, "option keys")
            self._vet_value(value)
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._holder(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        area = self._holder(section)
        key = self.optionxform(option)
        if key not in area:
            return False
        del area[key]
        return True

    def remove_section(self, section):
        if section not in self._store:
            return False
        del self._store[section]
        del self._views[section]
        return True

    def popitem(self):
        for name in self._store:
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- output
    def write(self, fp, space_around_delimiters=True):
        first = self._separators[0]
        sep = (' %s ' % first) if space_around_delimiters else first
        blocks = [(self.default_section, self._dflt)] if self._dflt else []
        blocks.extend(self._store.items())
        for title, area in blocks:
            fp.write('[%s]\n' % title)
            for key, value in area.items():
                value = self._interp.before_write(self, title, key, value)
                if value is None and self._allow_nv:
                    fp.write('%s\n' % key)
                else:
                    fp.write('%s%s%s\n' % (key, sep,
                                           str(value).replace('\n', '\n\t')))
            fp.write('\n')

    # -- mapping protocol (sections as keys)
    def __getitem__(self, key):
        if key != self.default_section and key not in self._store:
            raise KeyError(key)
        return self._views[key]

    def __setitem__(self, key, value):
        if key in self._views and self._views[key] is value:
            return
        if self.default_section == key:
            self._dflt.clear()
        elif key in self._store:
            self._store[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if self.default_section == key:
            raise ValueError("Cannot remove the default section.")
        if key not in self._store:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._store

    def __len__(self):
        return 1 + len(self._store)

    def __iter__(self):
        yield self.default_section
        yield from self._store

    @property
    def converters(self):
        return self._conv_map


class ConfigParser(RawConfigParser):
    """Configuration parser with ``%(name)s`` interpolation by default."""

    _stock_interpolation = BasicInterpolation
    _typed = True


# ------------------------------------------------------- section proxies

class SectionProxy(MutableMapping):
    """Live mapping view of one section of a parser."""

    def __init__(self, parser, name):
        self._host = parser
        self._title = name

    @property
    def parser(self):
        return self._host

    @property
    def name(self):
        return self._title

    def __repr__(self):
        return '<Section: %s>' % self._title

    def __getitem__(self, key):
        if not self._host.has_option(self._title, key):
            raise KeyError(key)
        return self._host.get(self._title, key)

    def __setitem__(self, key, value):
        _need_str(key, "option keys")
        self._host._vet_value(value)
        self._host.set(self._title, key, value)

    def __delitem__(self, key):
        host = self._host
        if not (host.has_option(self._title, key)
                and host.remove_option(self._title, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._host.has_option(self._title, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def _names(self):
        if self._title == self._host.default_section:
            return list(self._host.defaults())
        return self._host.options(self._title)

    def get(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._host.get(self._title, option, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def __getattr__(self, attr):
        # get<name> helpers follow the parser's converters dynamically.
        host = self.__dict__.get('_host')
        if (host is None or not attr.startswith('get')
                or attr[3:] not in host.converters):
            raise AttributeError("%r object has no attribute %r"
                                 % (type(self).__name__, attr))
        title = self._title

        def fetch(option, fallback=None, *, raw=False, vars=None, **kwargs):
            return getattr(host, attr)(title, option, raw=raw, vars=vars,
                                       fallback=fallback, **kwargs)
        fetch.__name__ = attr
        return fetch


class ConverterMapping(MutableMapping):
    """Name -> conversion function registry behind the get<name>() helpers.

    Getters defined directly on the parser class appear with value None.
    """

    def __init__(self, parser):
        self._owner = parser
        self._funcs = {}
        for attr in dir(parser):
            if len(attr) > 3 and attr.startswith('get') and callable(
                    getattr(parser, attr, None)):
                self._funcs[attr[3:]] = None

    def __getitem__(self, key):
        return self._funcs[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            # CPython's traceback shows a failed str concatenation first
            raise _framed(
                ValueError('Incompatible key: {} (type: {})'.format(
                    key, type(key))),
                TypeError('can only concatenate str (not "%s") to str'
                          % type(key).__name__))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._funcs[key] = value
        owner = self._owner

        def getter(section, option, **kwargs):
            return owner._fetch_as(value, section, option, kwargs)
        getter.converter = value    # read by callers (see tests)
        getter.__name__ = 'get' + key
        setattr(owner, getter.__name__, getter)

    def __delitem__(self, key):
        if not isinstance(key, str) or key not in self._funcs:
            raise KeyError(key)
        del self._funcs[key]
        self._owner.__dict__.pop('get' + key, None)

    def __iter__(self):
        return iter(self._funcs)

    def __len__(self):
        return len(self._funcs)
