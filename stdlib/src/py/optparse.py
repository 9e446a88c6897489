"""Declarative parsing of command-line options (the optparse API, written for pyrs).

An OptionParser holds Option objects (directly or inside OptionGroups); parse_args()
walks the argument list, stores converted values on a Values object and returns it with
the leftover positional arguments.  Help text is laid out by a HelpFormatter.
"""

import os
import sys
import textwrap
from gettext import gettext, ngettext

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']

# Sentinels.  NO_DEFAULT marks "no default given"; SUPPRESS_HELP and SUPPRESS_USAGE are
# recognised by identity.
NO_DEFAULT = ('NO', 'DEFAULT')
SUPPRESS_HELP = 'SUPPRESSHELP'
SUPPRESS_USAGE = 'SUPPRESSUSAGE'


# ---------------------------------------------------------------- exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A mistake in how an Option was declared."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = None if option is None else str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return 'option %s: %s' % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Two options claim the same flag."""


class OptionValueError(OptParseError):
    """A value on the command line could not be converted."""


class BadOptionError(OptParseError):
    """The command line names a flag nobody declared."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return gettext('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A long-flag prefix fits several declared flags."""

    def __init__(self, opt_str, possibilities):
        self.opt_str, self.possibilities = opt_str, possibilities

    def __str__(self):
        return gettext('ambiguous option: %s (%s?)') % (self.opt_str,
                                                       ', '.join(self.possibilities))


# ---------------------------------------------------------------- value conversion

def _int_literal(text):
    # '0x'/'0X' hands the whole text to int() in base 16; '0b'/'0B' reads the rest as
    # binary (nothing after it means zero); a leading '0' means octal; else decimal.
    marker = text[:2].lower()
    if marker == '0x':
        return int(text, 16)
    if marker == '0b':
        return int(text[2:] or '0', 2)
    return int(text, 8) if text[:1] == '0' else int(text)


def _checked_int(option, opt, value):
    try:
        return _int_literal(value)
    except ValueError:
        raise OptionValueError(gettext('option %s: invalid integer value: %r') % (opt, value))


def _checked_float(option, opt, value):
    try:
        return float(value)
    except ValueError:
        raise OptionValueError(
            gettext('option %s: invalid floating-point value: %r') % (opt, value))


def _checked_complex(option, opt, value):
    try:
        return complex(value)
    except ValueError:
        raise OptionValueError(gettext('option %s: invalid complex value: %r') % (opt, value))


def check_builtin(option, opt, value):
    """Convert `value` for an option of type int, long, float or complex."""
    kind = option.type
    if kind in ('int', 'long'):
        return _checked_int(option, opt, value)
    if kind == 'float':
        return _checked_float(option, opt, value)
    if kind == 'complex':
        return _checked_complex(option, opt, value)
    raise KeyError(kind)


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ', '.join(repr(choice) for choice in option.choices)
        raise OptionValueError(gettext('option %s: invalid choice: %r (choose from %s)')
                               % (opt, value, allowed))
    return value


def _classify_flag(text):
    """Return 'short' or 'long' for a well-formed flag, else raise OptionError text."""
    if len(text) < 2:
        return ('invalid option string %r: must be at least two characters long' % text)
    if len(text) == 2:
        if text[0] == '-' and text[1] != '-':
            return 'short'
        return ('invalid short option string %r: must be of the form -x, (x any non-dash char)'
                % text)
    if text.startswith('--') and text[2] != '-':
        return 'long'
    return 'invalid long option string %r: must start with --, followed by non-dash' % text


# ---------------------------------------------------------------- Option

class Option:
    """One command-line flag (with its aliases) and what to do when it is seen."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
                     'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {'int': _checked_int, 'long': _checked_int, 'float': _checked_float,
                    'complex': _checked_complex, 'choice': check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        if not opts:
            raise TypeError('at least one option string must be supplied')
        for flag in opts:
            verdict = _classify_flag(flag)
            if verdict not in ('short', 'long'):
                raise OptionError(verdict, self)
            (self._short_opts if verdict == 'short' else self._long_opts).append(flag)
        unknown = sorted(set(attrs) - set(self.ATTRS))
        if unknown:
            raise OptionError('invalid keyword arguments: %s' % ', '.join(unknown), self)
        for name in self.ATTRS:
            setattr(self, name, attrs.get(name, NO_DEFAULT if name == 'default' else None))
        for validate in self.CHECK_METHODS:
            validate(self)

    # The validators below run in order from CHECK_METHODS; subclasses may extend it.

    def _vet_action(self):
        act = self.action
        if act is None:
            self.action = 'store'
        elif act not in self.ACTIONS:
            raise OptionError('invalid action: %r' % act, self)

    def _vet_type_and_choices(self):
        kind, act, choices = self.type, self.action, self.choices
        if kind is None:
            if act in self.ALWAYS_TYPED_ACTIONS:
                kind = 'string' if choices is None else 'choice'
        else:
            if isinstance(kind, type):
                kind = kind.__name__
            kind = {'str': 'string'}.get(kind, kind)
            if kind not in self.TYPES:
                raise OptionError('invalid option type: %r' % kind, self)
            if act not in self.TYPED_ACTIONS:
                raise OptionError('must not supply a type for action %r' % act, self)
        self.type = kind
        if kind != 'choice':
            if choices is not None:
                raise OptionError('must not supply choices for type %r' % kind, self)
        elif choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(choices, (list, tuple)):
            raise OptionError("choices must be a list of strings ('%s' supplied)"
                              % type(choices).__name__, self)

    def _vet_dest(self):
        needs_dest = self.type is not None or self.action in self.STORE_ACTIONS
        if self.dest is None and needs_dest:
            if self._long_opts:
                self.dest = self._long_opts[0][2:].replace('-', '_')
            else:
                self.dest = self._short_opts[0][1:]

    def _vet_extras(self):
        act = self.action
        if act not in self.CONST_ACTIONS and self.const is not None:
            raise OptionError("'const' must not be supplied for action %r" % act, self)
        if act not in self.TYPED_ACTIONS:
            if self.nargs is not None:
                raise OptionError("'nargs' must not be supplied for action %r" % act, self)
        elif self.nargs is None:
            self.nargs = 1
        if act != 'callback':
            if self.callback is not None:
                raise OptionError('callback supplied (%r) for non-callback option'
                                  % (self.callback,), self)
            for name in ('callback_args', 'callback_kwargs'):
                if getattr(self, name) is not None:
                    raise OptionError('%s supplied for non-callback option' % name, self)
            return
        target = self.callback
        if not callable(target):
            raise OptionError('callback not callable: %r' % (target,), self)
        for name, kind, word in (('callback_args', tuple, 'tuple'),
                                 ('callback_kwargs', dict, 'dict')):
            given = getattr(self, name)
            if given is not None and not isinstance(given, kind):
                raise OptionError('%s, if supplied, must be a %s: not %r' % (name, word, given),
                                  self)

    CHECK_METHODS = [_vet_action, _vet_type_and_choices, _vet_dest, _vet_extras]

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)

    def takes_value(self):
        return not (self.type is None)

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        single = self.nargs == 1
        done = tuple(self.check_value(opt, item) for item in ((value,) if single else value))
        return done[0] if single else done

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ('store', 'store_const', 'store_true', 'store_false'):
            stored = {'store': value, 'store_const': self.const,
                      'store_true': True, 'store_false': False}[action]
            setattr(values, dest, stored)
        elif action in ('append', 'append_const'):
            item = value if action == 'append' else self.const
            values.ensure_value(dest, []).append(item)
        elif action == 'count':
            tally = values.ensure_value(dest, 0)
            setattr(values, dest, tally + 1)
        elif action == 'callback':
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()), **(self.callback_kwargs or {}))
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option


# ---------------------------------------------------------------- Values

class Values:
    """Attribute bag that receives parsed option values."""

    def __init__(self, defaults=None):
        if defaults:
            vars(self).update(defaults)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)

    def __eq__(self, other):
        if not isinstance(other, (dict, Values)):
            return NotImplemented
        return vars(self) == (other if isinstance(other, dict) else vars(other))

    def _update_careful(self, dict):
        """Copy the non-None entries naming attributes this object already has."""
        known = set(dir(self))
        vars(self).update((key, item) for key, item in dict.items()
                          if item is not None and key in known)

    def _update_loose(self, dict):
        """Copy every entry."""
        vars(self).update(dict)

    def _merge_in(self, mapping, mode):
        if mode == 'careful':
            self._update_careful(mapping)
        elif mode == 'loose':
            self._update_loose(mapping)
        else:
            raise ValueError('invalid update mode: %r' % (mode,))

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._merge_in(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as handle:
            exec(compile(handle.read(), filename, 'exec'), namespace)
        self._merge_in(namespace, mode)

    def ensure_value(self, attr, value):
        present = getattr(self, attr, None)
        if present is not None:
            return present
        setattr(self, attr, value)
        return value


# ---------------------------------------------------------------- containers

class _Registry:
    """Flag tables and defaults shared by a parser and all of its groups."""

    def __init__(self):
        self.short = {}
        self.long = {}
        self.defaults = {}

    def table_for(self, flag):
        return self.long if flag.startswith('--') else self.short

    def find(self, flag):
        return self.short.get(flag) or self.long.get(flag)


class OptionContainer:
    """What parsers and groups have in common: a list of options and their flags."""

    def __init__(self, option_class, conflict_handler, description):
        self._registry = self._fresh_registry()
        self.defaults = self._registry.defaults
        self.option_list = []
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.description = description

    def _fresh_registry(self):
        return _Registry()

    def set_conflict_handler(self, handler):
        if handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value %r' % handler)
        vars(self)['conflict_handler'] = handler

    def set_description(self, description):
        vars(self)['description'] = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._registry, self.defaults, self.option_list

    def _make_room_for(self, option):
        """Apply the conflict policy to flags of `option` that are already taken."""
        registry = self._registry
        taken = [(flag, registry.table_for(flag)[flag])
                 for flag in option._short_opts + option._long_opts
                 if flag in registry.table_for(flag)]
        if not taken:
            return
        if self.conflict_handler == 'error':
            raise OptionConflictError('conflicting option string(s): %s'
                                      % ', '.join(flag for flag, _ in taken), option)
        for flag, older in taken:
            del registry.table_for(flag)[flag]
            (older._long_opts if flag.startswith('--') else older._short_opts).remove(flag)
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        first = args[0] if args else None
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError('not an Option instance: %r' % (first,))
        self._make_room_for(option)
        self.option_list += [option]
        option.container = self
        registry = self._registry
        for flag in option._short_opts + option._long_opts:
            registry.table_for(flag)[flag] = option
        dest = option.dest
        if dest is None:
            return option
        if option.default is NO_DEFAULT:
            registry.defaults.setdefault(dest, None)
        else:
            registry.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._registry.find(opt_str)

    def has_option(self, opt_str):
        return self._registry.find(opt_str) is not None

    def remove_option(self, opt_str):
        option = self._registry.find(opt_str)
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for flag in option._short_opts + option._long_opts:
            self._registry.table_for(flag).pop(flag, None)
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        return ''.join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        pieces = []
        if self.description:
            pieces.append(self.format_description(formatter))
        if self.option_list:
            pieces.append(self.format_option_help(formatter))
        return '\n'.join(pieces)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options (only affects help output)."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _fresh_registry(self):
        return self.parser._registry

    def set_title(self, title):
        self.title = title

    def destroy(self):
        super().destroy()
        del self.parser

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = super().format_help(formatter)
        formatter.dedent()
        return heading + body


def _expand_long(prefix, table):
    """The long flag `prefix` stands for: itself, or its single completion."""
    if prefix in table:
        return prefix
    completions = sorted(flag for flag in table if flag.startswith(prefix))
    if len(completions) == 1:
        return completions[0]
    if completions:
        raise AmbiguousOptionError(prefix, completions)
    raise BadOptionError(prefix)


class OptionParser(OptionContainer):
    """Parses an argument list according to the options added to it."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.option_groups = []
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        chosen = IndentedHelpFormatter() if formatter is None else formatter
        chosen.set_parser(self)
        self.formatter = chosen
        self.add_options(list(self.standard_option_list) + list(option_list or ()))
        if self.version:
            self.add_option('--version', action='version',
                            help=gettext("show program's version number and exit"))
        if add_help_option:
            self.add_option('-h', '--help', action='help',
                            help=gettext('show this help message and exit'))
        self.values = self.largs = self.rargs = None

    def destroy(self):
        super().destroy()
        for each in self.option_groups:
            each.destroy()
        del self.option_groups, self.formatter

    # -- configuration

    def set_usage(self, usage):
        text = usage
        if text is None:
            text = gettext('%prog [options]')
        elif text is SUPPRESS_USAGE:
            text = None
        elif text[:7].lower() == 'usage: ':
            text = text[7:]
        self.usage = text

    def _interleave(self, allowed):
        self.allow_interspersed_args = allowed

    def enable_interspersed_args(self):
        self._interleave(True)

    def disable_interspersed_args(self):
        self._interleave(False)

    def set_process_default_values(self, process):
        vars(self)['process_default_values'] = process

    def set_default(self, dest, value):
        self.defaults.update({dest: value})

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def get_default_values(self):
        filled = dict(self.defaults)
        convert = self.process_default_values
        pool = self.option_list + [o for g in self.option_groups for o in g.option_list]
        for option in pool if convert else ():
            raw = filled.get(option.dest)
            if isinstance(raw, str):
                filled[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(filled)

    def add_option_group(self, *args, **kwargs):
        first = args[0] if args else None
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif not isinstance(first, OptionGroup):
            raise TypeError('not an OptionGroup instance: %r' % (first,))
        elif first.parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            group = first
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        owner = getattr(self._registry.find(opt_str), 'container', None)
        return None if owner is self else owner

    # -- parsing

    def parse_args(self, args=None, values=None):
        self.rargs = list(sys.argv[1:] if args is None else args)
        self.largs = []
        self.values = self.get_default_values() if values is None else values
        try:
            self._consume()
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(self.values, self.largs + self.rargs)

    def check_values(self, values, args):
        return values, args

    def _consume(self):
        # Callbacks may edit self.rargs / self.largs, so both are re-read each turn.
        while self.rargs:
            head = self.rargs[0]
            if head == '--':
                del self.rargs[0]
                break
            if head.startswith('--'):
                self._eat_long()
            elif head.startswith('-') and head != '-':
                self._eat_cluster()
            elif self.allow_interspersed_args:
                self.largs.append(self.rargs.pop(0))
            else:
                break

    def _pull_values(self, option, flag):
        count = option.nargs
        if len(self.rargs) < count:
            self.error(ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments', count)
                       % {'option': flag, 'number': count})
        if count == 1:
            return self.rargs.pop(0)
        taken = tuple(self.rargs[:count])
        del self.rargs[:count]
        return taken

    def _eat_long(self):
        name, equals, attached = self.rargs.pop(0).partition('=')
        if equals:
            self.rargs.insert(0, attached)
        flag = _expand_long(name, self._registry.long)
        option = self._registry.long[flag]
        if option.takes_value():
            value = self._pull_values(option, flag)
        elif equals:
            self.error(gettext('%s option does not take a value') % flag)
        else:
            value = None
        option.process(flag, value, self.values, self)

    def _eat_cluster(self):
        letters = self.rargs.pop(0)[1:]
        for index, letter in enumerate(letters):
            flag = '-' + letter
            option = self._registry.short.get(flag)
            if option is None:
                raise BadOptionError(flag)
            if not option.takes_value():
                option.process(flag, None, self.values, self)
                continue
            remainder = letters[index + 1:]
            if remainder:
                self.rargs.insert(0, remainder)
            option.process(flag, self._pull_values(option, flag), self.values, self)
            return

    # -- messages and help

    def get_prog_name(self):
        if self.prog is None:
            return os.path.split(sys.argv[0])[1]
        return self.prog

    def expand_prog_name(self, s):
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        text = self.description
        return self.expand_prog_name(text)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        self.print_usage(file=sys.stderr)
        self.exit(2, gettext('%s: error: %s\n') % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ''
        expanded = self.expand_prog_name(self.usage)
        return self.formatter.format_usage(expanded)

    def print_usage(self, file=None):
        if self.usage:
            (sys.stdout if file is None else file).write(self.get_usage() + '\n')

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        if self.version:
            (sys.stdout if file is None else file).write(self.get_version() + '\n')

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(parser=self)
        heading = formatter.format_heading(gettext('Options'))
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(super().format_option_help(formatter))
        sections.extend(group.format_help(formatter) for group in self.option_groups)
        formatter.dedent()
        # With nothing at all to list, not even the heading is shown.
        return heading + '\n'.join(sections) if sections else ''

    def format_epilog(self, formatter):
        epilog = self.epilog
        return formatter.format_epilog(epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = ''
        if self.usage:
            text += self.get_usage() + '\n'
        if self.description:
            text += self.format_description(formatter) + '\n'
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())


# ---------------------------------------------------------------- help formatting

def _screen_columns():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Lays out usage, headings, descriptions and the option table."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = self.help_width = None
        self.indent_increment, self.short_first = indent_increment, short_first
        self.width = _screen_columns() - 2 if width is None else width
        limit = min(max_help_position, max(self.width - 20, indent_increment * 2))
        self.help_position = self.max_help_position = limit
        self.current_indent = self.level = 0
        self.default_tag = '%default'
        self.option_strings = {}
        self._separators = {'short': ' ', 'long': '='}

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._separators['short'] = delim

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._separators['long'] = delim

    def _step(self, by):
        self.current_indent += by * self.indent_increment
        assert self.current_indent >= 0, 'Indent decreased below 0.'
        self.level += by

    def indent(self):
        self._step(1)

    def dedent(self):
        self._step(-1)

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _paragraph(self, text):
        margin = ' ' * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._paragraph(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._paragraph(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        tag = self.default_tag
        if not tag or self.parser is None:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(shown))

    def format_option(self, option):
        flags = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        pad = ' ' * self.current_indent
        if len(flags) > column:
            out = pad + flags + '\n'
            lead = self.help_position
        else:
            out = pad + flags.ljust(column) + '  '
            lead = 0
        lines = textwrap.wrap(self.expand_default(option), self.help_width) if option.help else []
        if not lines:
            return out if out.endswith('\n') else out + '\n'
        out += ' ' * lead + lines[0] + '\n'
        return out + ''.join(' ' * self.help_position + line + '\n' for line in lines[1:])

    def store_option_strings(self, parser):
        widest = 0
        nested = [(1, parser.option_list)] + [(2, g.option_list) for g in parser.option_groups]
        for depth, options in nested:
            margin = self.current_indent + depth * self.indent_increment
            for option in options:
                text = self.format_option_strings(option)
                self.option_strings[option] = text
                widest = max(widest, len(text) + margin)
        self.help_position = min(widest + 2, self.max_help_position)
        room = self.width - self.help_position
        self.help_width = room if room > 11 else 11

    def format_option_strings(self, option):
        shorts = list(option._short_opts)
        longs = list(option._long_opts)
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [flag + self._separators['short'] + shown for flag in shorts]
            longs = [flag + self._separators['long'] + shown for flag in longs]
        return ', '.join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """Headings end in a colon; sections are indented."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return gettext('Usage: %s\n') % usage

    def format_heading(self, heading):
        return ' ' * self.current_indent + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):
    """Headings are underlined with '=' or '-' by nesting level."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(gettext('Usage')), usage)

    def format_heading(self, heading):
        return heading + '\n' + '=-'[self.level] * len(heading) + '\n'
