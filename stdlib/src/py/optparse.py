"""optparse (CPython's optparse module, written for pyrs)."""

import os
import sys
import textwrap

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError',
           'OptionError', 'OptionConflictError', 'OptionValueError',
           'BadOptionError', 'check_choice']

try:
    from gettext import gettext, ngettext
except ImportError:
    def gettext(message):
        """Identity translation used when gettext is unavailable."""
        return message

    def ngettext(singular, plural, n):
        """Pick the singular or plural message by count."""
        return singular if n == 1 else plural

_ = gettext


def _repr(self):
    return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)


# ---------------------------------------------------------------- exceptions

class OptParseError(Exception):
    """Root of all optparse exceptions."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was built or registered incorrectly."""

    def __init__(self, msg, option):
        self.msg, self.option_id = msg, str(option)

    def __str__(self):
        if self.option_id:
            return f"option {self.option_id}: {self.msg}"
        return self.msg


class OptionConflictError(OptionError):
    """Two options claim the same option string."""


class OptionValueError(OptParseError):
    """A command-line value could not be converted or is not allowed."""


class BadOptionError(OptParseError):
    """The command line names an option nobody defined."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        template = _("no such option: %s")
        return template % (self.opt_str,)


class AmbiguousOptionError(BadOptionError):
    """A long-option prefix fits more than one option."""

    def __init__(self, opt_str, possibilities):
        self.opt_str, self.possibilities = opt_str, possibilities

    def __str__(self):
        text = _("ambiguous option: %(option)s (%(possibilities)s?)")
        return text % {"option": self.opt_str,
                       "possibilities": ", ".join(self.possibilities)}


SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


# ------------------------------------------------------------ help formatters

_ALLOWED_JOINERS = {"short": ("", " "), "long": ("=", " ")}


def _columns_from_environment():
    """Terminal width taken from $COLUMNS, 80 when unset or not a number."""
    try:
        return int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return 80


class HelpFormatter:
    """Base class turning a parser's options into help text.

    Subclasses decide how usage lines and headings look; this class lays
    out option strings in one column and their help text in another.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            width = _columns_from_environment() - 2
        ceiling = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.parser = None
        self.indent_increment, self.width = indent_increment, width
        self.help_position = self.max_help_position = ceiling
        self.current_indent = self.level = 0
        self.help_width = None
        self.short_first, self.default_tag = short_first, "%default"
        self.option_strings = {}
        self._joiners = {"short": " ", "long": "="}

    def set_parser(self, parser):
        """Remember which parser %default values come from."""
        self.parser = parser

    def _choose_joiner(self, kind, delim):
        if delim not in _ALLOWED_JOINERS[kind]:
            raise ValueError(f"invalid metavar delimiter for {kind} options: {delim!r}")
        self._joiners[kind] = delim

    def set_short_opt_delimiter(self, delim):
        self._choose_joiner("short", delim)

    def set_long_opt_delimiter(self, delim):
        self._choose_joiner("long", delim)

    def _step(self, direction):
        self.level += direction
        self.current_indent += direction * self.indent_increment

    def indent(self):
        self._step(1)

    def dedent(self):
        self._step(-1)
        if self.current_indent < 0:
            raise AssertionError("Indent decreased below 0.")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """Wrap a paragraph to the space left at the current indent."""
        margin = " " * self.current_indent
        usable = max(11, self.width - self.current_indent)
        return textwrap.fill(text, usable, initial_indent=margin,
                             subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        text, tag, owner = option.help, self.default_tag, self.parser
        if not tag or owner is None:
            return text
        shown = owner.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return text.replace(tag, str(shown))

    def format_option(self, option):
        label = self.option_strings[option]
        margin = " " * self.current_indent
        room = self.help_position - self.current_indent - 2
        if len(label) > room:
            out = [margin + label + "\n"]
            first_pad = self.help_position
        else:
            out = [margin + label.ljust(room) + "  "]
            first_pad = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(" " * first_pad + wrapped[0] + "\n")
            tail_pad = " " * self.help_position
            out.extend(tail_pad + piece + "\n" for piece in wrapped[1:])
        elif not out[0].endswith("\n"):
            out.append("\n")
        return "".join(out)

    def store_option_strings(self, parser):
        step = self.indent_increment
        tiers = [(self.current_indent + step, parser.option_list)]
        for grp in parser.option_groups:
            tiers.append((self.current_indent + 2 * step, grp.option_list))
        longest = 0
        for lead, options in tiers:
            for opt in options:
                label = self.format_option_strings(opt)
                self.option_strings[opt] = label
                longest = max(longest, lead + len(label))
        self.help_position = min(self.max_help_position, longest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts = list(option._short_opts)
        longs = list(option._long_opts)
        if option.takes_value():
            meta = option.metavar or option.dest.upper()
            shorts = [s + self._joiners["short"] + meta for s in shorts]
            longs = [s + self._joiners["long"] + meta for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Formatter with 'Heading:' lines and nested indentation (the default)."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        super().__init__(indent_increment, max_help_position, width,
                         short_first)

    def format_usage(self, usage):
        template = _("Usage: %s\n")
        return template % (usage,)

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Formatter that underlines headings, reStructuredText style."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        super().__init__(indent_increment, max_help_position, width,
                         short_first)

    def format_usage(self, usage):
        title = self.format_heading(_("Usage"))
        return title + "  " + str(usage) + "\n"

    def format_heading(self, heading):
        underline = "=-"[self.level] * len(heading)
        return heading + "\n" + underline + "\n"


# ---------------------------------------------------------- value checking

def _to_int(text):
    """int() with C-like radix prefixes: 0x hex, 0b binary, leading 0 octal."""
    head = text[:2].lower()
    if head == "0x":
        return int(text, 16)
    if head == "0b":
        return int(text[2:] or "0", 2)
    return int(text, 8 if text.startswith("0") else 10)


_NUMERIC_KINDS = {
    "int": (_to_int, "integer"),
    "long": (_to_int, "integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option, opt, value):
    convert, label = _NUMERIC_KINDS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r")
                               % (opt, _(label), value))


def check_choice(option, opt, value):
    if value not in option.choices:
        listed = ", ".join(repr(c) for c in option.choices)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, listed))
    return value


# ------------------------------------------------------------------ options

# One row per action: (name, stores into dest, may take a type,
# always has a type, uses const).
_ACTION_TABLE = (
    ("store",        True,  True,  True,  False),
    ("store_const",  True,  False, False, True),
    ("store_true",   True,  False, False, False),
    ("store_false",  True,  False, False, False),
    ("append",       True,  True,  True,  False),
    ("append_const", True,  False, False, True),
    ("count",        True,  False, False, False),
    ("callback",     False, True,  False, False),
    ("help",         False, False, False, False),
    ("version",      False, False, False, False),
)


def _actions_where(column):
    return tuple(row[0] for row in _ACTION_TABLE if column is None or row[column])


class Option:
    """One command-line option: its spellings and what it does when seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = _actions_where(None)
    STORE_ACTIONS = _actions_where(1)
    TYPED_ACTIONS = _actions_where(2)
    ALWAYS_TYPED_ACTIONS = _actions_where(3)
    CONST_ACTIONS = _actions_where(4)

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    TYPE_CHECKER = dict.fromkeys(_NUMERIC_KINDS, check_builtin)
    TYPE_CHECKER["choice"] = check_choice

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._classify_strings([s for s in opts if s])
        self._absorb_keywords(attrs)
        for validator in self.CHECK_METHODS:
            validator(self)

    def _complaint(self, message):
        return OptionError(message, self)

    # -- construction helpers

    def _classify_strings(self, spellings):
        if not spellings:
            raise TypeError("at least one option string must be supplied")
        for text in spellings:
            size = len(text)
            if size < 2:
                raise self._complaint("invalid option string %r: must be at least two characters long" % text)
            if size == 2:
                if text[0] != "-" or text[1] == "-":
                    raise self._complaint("invalid short option string %r: must be of the form -x, (x any non-dash char)" % text)
                self._short_opts.append(text)
            elif text[:2] == "--" and text[2] != "-":
                self._long_opts.append(text)
            else:
                raise self._complaint("invalid long option string %r: must start with --, followed by non-dash" % text)

    def _absorb_keywords(self, given):
        leftover = dict(given)
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == "default" else None
            setattr(self, name, leftover.pop(name, fallback))
        if leftover:
            raise self._complaint("invalid keyword arguments: %s" % ", ".join(sorted(leftover)))

    # -- validators, run in CHECK_METHODS order

    def _validate_action(self):
        act = self.action
        if act is None:
            self.action = "store"
        elif act not in self.ACTIONS:
            raise self._complaint("invalid action: %r" % (act,))

    def _validate_type(self):
        kind, act = self.type, self.action
        if kind is None:
            if act in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        if isinstance(kind, type):
            kind = kind.__name__
        self.type = kind = {"str": "string"}.get(kind, kind)
        if kind not in self.TYPES:
            raise self._complaint("invalid option type: %r" % (kind,))
        if act not in self.TYPED_ACTIONS:
            raise self._complaint("must not supply a type for action %r" % (act,))

    def _validate_choices(self):
        offered = self.choices
        if self.type != "choice":
            if offered is None:
                return
            raise self._complaint("must not supply choices for type %r" % (self.type,))
        if offered is None:
            raise self._complaint("must supply a list of choices for type 'choice'")
        if not isinstance(offered, (list, tuple)):
            kind = type(offered)
            label = kind.__qualname__
            if kind.__module__ != "builtins":
                label = kind.__module__ + "." + label
            raise self._complaint("choices must be a list of strings ('%s' supplied)" % label)

    def _fill_in_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace("-", "_")
            else:
                first = self._short_opts[0]
                self.dest = first[1]

    def _validate_const(self):
        act = self.action
        if self.const is not None and act not in self.CONST_ACTIONS:
            raise self._complaint("'const' must not be supplied for action %r" % (act,))

    def _validate_nargs(self):
        act = self.action
        if act not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise self._complaint("'nargs' must not be supplied for action %r" % (act,))
        elif self.nargs is None:
            self.nargs = 1

    def _validate_callback(self):
        func = self.callback
        extra, named = self.callback_args, self.callback_kwargs
        if self.action != "callback":
            if func is not None:
                raise self._complaint("callback supplied (%r) for non-callback option" % (func,))
            for label, given in (("callback_args", extra), ("callback_kwargs", named)):
                if given is not None:
                    raise self._complaint("%s supplied for non-callback option" % label)
            return
        if not callable(func):
            raise self._complaint("callback not callable: %r" % (func,))
        if extra is not None and not isinstance(extra, tuple):
            raise self._complaint("callback_args, if supplied, must be a tuple: not %r" % (extra,))
        if named is not None and not isinstance(named, dict):
            raise self._complaint("callback_kwargs, if supplied, must be a dict: not %r" % (named,))

    CHECK_METHODS = [_validate_action, _validate_type, _validate_choices,
                     _fill_in_dest, _validate_const, _validate_nargs,
                     _validate_callback]

    # -- public behaviour

    def __str__(self):
        return "/".join([*self._short_opts, *self._long_opts])

    __repr__ = _repr

    def takes_value(self):
        return not (self.type is None)

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        converter = self.TYPE_CHECKER.get(self.type)
        if converter is None:
            return value
        return converter(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted,
                                values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        performer = _PERFORMERS.get(action)
        if performer is None:
            raise ValueError("unknown action %r" % self.action)
        performer(self, dest, opt, value, values, parser)
        return 1


def _do_store(option, dest, opt, value, bag, parser):
    setattr(bag, dest, value)


def _do_store_const(option, dest, opt, value, bag, parser):
    setattr(bag, dest, option.const)


def _do_store_true(option, dest, opt, value, bag, parser):
    setattr(bag, dest, True)


def _do_store_false(option, dest, opt, value, bag, parser):
    setattr(bag, dest, False)


def _do_append(option, dest, opt, value, bag, parser):
    bag.ensure_value(dest, []).append(value)


def _do_append_const(option, dest, opt, value, bag, parser):
    bag.ensure_value(dest, []).append(option.const)


def _do_count(option, dest, opt, value, bag, parser):
    setattr(bag, dest, 1 + bag.ensure_value(dest, 0))


def _do_callback(option, dest, opt, value, bag, parser):
    positional = option.callback_args or ()
    keywords = option.callback_kwargs or {}
    option.callback(option, opt, value, parser, *positional, **keywords)


def _do_help(option, dest, opt, value, bag, parser):
    parser.print_help()
    parser.exit()


def _do_version(option, dest, opt, value, bag, parser):
    parser.print_version()
    parser.exit()


_PERFORMERS = {row[0]: globals()["_do_" + row[0]] for row in _ACTION_TABLE}


make_option = Option


# ------------------------------------------------------------------- values

class Values:
    """Plain attribute bag that receives parsed option values."""

    def __init__(self, defaults=None):
        for key, val in (defaults or {}).items():
            setattr(self, key, val)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, dict):
            return vars(self) == other
        if isinstance(other, Values):
            return vars(self) == vars(other)
        return NotImplemented

    def _update_careful(self, dict):
        """Copy only keys that already exist as attributes."""
        for key in vars(self).keys() & dict.keys():
            val = dict[key]
            if val is not None:
                setattr(self, key, val)

    def _update_loose(self, dict):
        """Copy every key of the mapping onto this object."""
        vars(self).update(dict)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = getattr(self, attr)
        return current


# --------------------------------------------------------------- containers

class OptionContainer:
    """Shared machinery of OptionParser and OptionGroup: a list of options
    plus lookup tables from option strings to Option objects."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._setup_storage()
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _setup_storage(self):
        self.option_list = []
        self._by_short, self._by_long, self.defaults = {}, {}, {}

    def set_conflict_handler(self, handler):
        if handler in _CONFLICT_POLICIES:
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def set_description(self, description):
        """Replace the paragraph shown above the options."""
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        """Break reference cycles so the container can be freed."""
        del self._by_short, self._by_long, self.defaults

    def _table_for(self, name):
        return self._by_long if name.startswith("--") else self._by_short

    def _settle_clashes(self, newcomer):
        clashes = []
        for name in newcomer._short_opts + newcomer._long_opts:
            holder = self._table_for(name).get(name)
            if holder is not None:
                clashes.append((name, holder))
        if not clashes:
            return
        policy = self.conflict_handler
        if policy == "error":
            names = ", ".join(name for name, _old in clashes)
            raise OptionConflictError("conflicting option string(s): %s" % names, newcomer)
        if policy != "resolve":
            return
        for name, holder in clashes:
            del self._table_for(name)[name]
            spellings = holder._long_opts if name[:2] == "--" else holder._short_opts
            spellings.remove(name)
            if not (holder._short_opts or holder._long_opts):
                holder.container.option_list.remove(holder)

    def add_option(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            made = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif isinstance(first, Option):
            made = first
        else:
            raise TypeError("not an Option instance: %r" % first)
        self._settle_clashes(made)
        self.option_list.append(made)
        made.container = self
        for name in made._short_opts:
            self._by_short[name] = made
        for name in made._long_opts:
            self._by_long[name] = made
        target = made.dest
        if target is None:
            return made
        if made.default is NO_DEFAULT:
            self.defaults.setdefault(target, None)
        else:
            self.defaults[target] = made.default
        return made

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        found = self._by_short.get(opt_str)
        return found if found is not None else self._by_long.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._by_short or opt_str in self._by_long

    def remove_option(self, opt_str):
        doomed = self.get_option(opt_str)
        if doomed is None:
            raise ValueError("no such option %r" % opt_str)
        for name in doomed._short_opts + doomed._long_opts:
            del self._table_for(name)[name]
        doomed.container.option_list.remove(doomed)

    def format_option_help(self, formatter):
        return "".join(formatter.format_option(opt) for opt in self.option_list
                       if opt.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


_CONFLICT_POLICIES = ("error", "resolve")


class OptionGroup(OptionContainer):
    """A titled block of options that shares its parser's lookup tables."""

    def __init__(self, parser, title, description=None):
        self.parser, self.title = parser, title
        super().__init__(parser.option_class, parser.conflict_handler,
                         description)

    def _setup_storage(self):
        self.option_list = []
        owner = self.parser
        self._by_short, self._by_long = owner._by_short, owner._by_long
        self.defaults = owner.defaults

    def set_title(self, title):
        """Change the heading printed above this group."""
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        try:
            text += super().format_help(formatter)
        finally:
            formatter.dedent()
        return text


def _expand_abbreviation(prefix, table):
    """Return the key of table that prefix names, exactly or uniquely."""
    if prefix in table:
        return prefix
    hits = sorted(key for key in table if key.startswith(prefix))
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise AmbiguousOptionError(prefix, hits)
    raise BadOptionError(prefix)


_BUILTIN_HELP = {
    "version": "show program's version number and exit",
    "help": "show this help message and exit",
}


class OptionParser(OptionContainer):
    """Parses a command line according to the options added to it."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self._interspersed(True)
        self.set_process_default_values(True)
        chosen = IndentedHelpFormatter() if formatter is None else formatter
        chosen.set_parser(self)
        self.formatter = chosen
        self._register_initial(option_list, add_help_option)
        self.rargs = self.largs = self.values = None

    def _setup_storage(self):
        super()._setup_storage()
        self.option_groups = []

    def _register_initial(self, option_list, add_help):
        for batch in (self.standard_option_list, option_list):
            if batch:
                self.add_options(batch)
        if self.version:
            self.add_option("--version", action="version",
                            help=_(_BUILTIN_HELP["version"]))
        if add_help:
            self.add_option("-h", "--help", action="help",
                            help=_(_BUILTIN_HELP["help"]))

    def destroy(self):
        super().destroy()
        for grp in self.option_groups:
            grp.destroy()
        del self.option_list, self.option_groups, self.formatter

    # -- configuration

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            chosen = None
        elif usage is None:
            chosen = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            chosen = usage[7:]
        else:
            chosen = usage
        self.usage = chosen

    def _interspersed(self, allowed):
        self.allow_interspersed_args = allowed

    def enable_interspersed_args(self):
        self._interspersed(True)

    def disable_interspersed_args(self):
        self._interspersed(False)

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults.update({dest: value})

    def set_defaults(self, **kwargs):
        for dest, value in kwargs.items():
            self.set_default(dest, value)

    def _every_option(self):
        everything = list(self.option_list)
        for grp in self.option_groups:
            everything += grp.option_list
        return everything

    def get_default_values(self):
        start = self.defaults
        if self.process_default_values:
            start = dict(start)
            for opt in self._every_option():
                raw = start.get(opt.dest)
                if isinstance(raw, str):
                    start[opt.dest] = opt.check_value(opt.get_opt_string(), raw)
        return Values(start)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            grp = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % first)
        elif first.parser is self:
            grp = first
        else:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(grp)
        return grp

    def get_option_group(self, opt_str):
        found = self.get_option(opt_str)
        if found is not None and found.container is not self:
            return found.container
        return None

    # -- parsing

    def parse_args(self, args=None, values=None):
        pending = sys.argv[1:] if args is None else args[:]
        bag = self.get_default_values() if values is None else values
        self.rargs = pending
        self.largs = leftovers = []
        self.values = bag
        try:
            self._walk_arguments(leftovers, pending, bag)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(bag, leftovers + pending)

    def check_values(self, values, args):
        return (values, args)

    def _walk_arguments(self, largs, rargs, bag):
        while rargs:
            head = rargs[0]
            if head == "--":
                del rargs[0]
                break
            if head.startswith("--"):
                self._take_long(rargs, bag)
            elif head.startswith("-") and head != "-":
                self._take_short_cluster(rargs, bag)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _grab_values(self, option, opt, rargs):
        """Remove the argument(s) option needs from the front of rargs."""
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext("%(option)s option requires %(number)d argument",
                                "%(option)s option requires %(number)d arguments",
                                count) % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        grabbed = tuple(rargs[:count])
        del rargs[:count]
        return grabbed

    def _take_long(self, rargs, bag):
        word = rargs.pop(0)
        inline = "=" in word
        if inline:
            word, attached = word.split("=", 1)
            rargs.insert(0, attached)
        name = _expand_abbreviation(word, self._by_long)
        option = self._by_long[name]
        if option.takes_value():
            value = self._grab_values(option, name, rargs)
        elif inline:
            self.error(_("%s option does not take a value") % name)
        else:
            value = None
        option.process(name, value, bag, self)

    def _take_short_cluster(self, rargs, bag):
        cluster = rargs.pop(0)
        for pos in range(1, len(cluster)):
            name = "-" + cluster[pos]
            option = self._by_short.get(name)
            if not option:
                raise BadOptionError(name)
            rest = cluster[pos + 1:]
            if option.takes_value():
                if rest:
                    rargs.insert(0, rest)
                value = self._grab_values(option, name, rargs)
            else:
                value = None
            option.process(name, value, bag, self)
            if rest and option.takes_value():
                break

    # -- output

    def get_prog_name(self):
        name = self.prog
        if name is None:
            name = os.path.basename(sys.argv[0])
        return name

    def expand_prog_name(self, s):
        name = self.get_prog_name()
        return s.replace("%prog", name)

    def get_description(self):
        text = self.description
        return self.expand_prog_name(text)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        self.print_usage(file=sys.stderr)
        who = self.get_prog_name()
        self.exit(2, f"{who}: error: {msg}\n")

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            text = self.get_usage()
            print(text, file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            text = self.get_version()
            print(text, file=file)

    def format_option_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        fmt.store_option_strings(self)
        blocks = []
        fmt.indent()
        if self.option_list:
            blocks.append(OptionContainer.format_option_help(self, fmt))
        blocks.extend(grp.format_help(fmt) for grp in self.option_groups)
        fmt.dedent()
        if not blocks:
            return ""
        return fmt.format_heading(_("Options")) + "\n".join(blocks)

    def format_epilog(self, formatter):
        closing = self.epilog
        return formatter.format_epilog(closing)

    def format_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(fmt) + "\n"
        return text + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())
