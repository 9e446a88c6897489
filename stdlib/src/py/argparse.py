"""Command-line option and argument parsing (CPython's argparse module, written for pyrs).

A parser holds actions; each action knows its option strings (none for a
positional), how many command-line words it takes (nargs), how to convert
them (type) and what to do with them (store, append, count, ...).  Parsing
first labels every word ('O' option, 'A' argument, '-' the first '--'),
then matches those labels against patterns derived from nargs.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Namespace attribute through which sub-parsers hand back leftover words.
_LEFTOVER_ATTR = '_unrecognized_args'

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _plural(count, one, many):
    return one if count == 1 else many


def _name_for_messages(action):
    """How an action is named in error messages, or None."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


def _fresh_list(items):
    """A copy of items that appending to will not change the original."""
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


# -- objects with a keyword-style repr --------------------------------------

class _Reprable(object):
    """Base giving Name(key=value, ...) reprs."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return list(vars(self).items())

    def _get_args(self):
        return []


class Namespace(_Reprable):
    """A plain attribute container; parse_args fills one in."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)


# -- errors -----------------------------------------------------------------

class ArgumentError(Exception):
    """A problem with one argument (or with the command line as a whole)."""

    def __init__(self, argument, message):
        self.argument_name = _name_for_messages(argument)
        self.message = message

    def __str__(self):
        name = self.argument_name
        if name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to report a conversion failure."""


# -- help formatting --------------------------------------------------------

class _Block(object):
    """A section of help output: an optional heading over a list of
    deferred renderers (each a function with its arguments)."""

    def __init__(self, formatter, parent, heading=None):
        self.owner = formatter
        self.parent = parent
        self.heading = heading
        self.pieces = []

    def render(self):
        fmt = self.owner
        nested = self.parent is not None
        if nested:
            fmt._push_indent()
        body = _join_nonempty(func(*args) for func, args in self.pieces)
        if nested:
            fmt._pop_indent()
        if not body:
            return ''
        title = ''
        if not (self.heading is None or self.heading is SUPPRESS):
            title = '%s%s:\n' % (' ' * fmt._current_indent, self.heading)
        return _join_nonempty(['\n', title, body, '\n'])


def _is_hidden(action):
    return action.help is SUPPRESS


def _join_nonempty(pieces):
    return ''.join([p for p in pieces if p and p is not SUPPRESS])


def _collapse_spaces(text):
    # Runs of ASCII whitespace become one space; the ends are stripped.
    return ' '.join(_re.split(r'[ \t\n\r\f\v]+', text)).strip()


def _usage_chunks(text):
    """Split usage text into the pieces that line wrapping keeps whole:
    bracketed groups ending at whitespace, or else runs of non-space."""
    chunks = []
    size = len(text)
    at = 0
    while at < size:
        if text[at].isspace():
            at += 1
            continue
        stop = -1
        if text[at] in '([':
            closer = ')' if text[at] == '(' else ']'
            probe = at + 1
            while probe < size and text[probe] != '\n':
                if text[probe] == closer:
                    end = probe
                    while end < size and text[end] == closer:
                        end += 1
                    if end == size or text[end].isspace():
                        stop = end
                        break
                probe += 1
        if stop < 0:
            stop = at
            while stop < size and not text[stop].isspace():
                stop += 1
        chunks.append(text[at:stop])
        at = stop
    return chunks


class HelpFormatter(object):
    """Lays out usage, descriptions and the argument lists of a parser.

    Only the class name is public; subclasses may override the hooks
    (_fill_text, _split_lines, _get_help_string, ...)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            # Like CPython: two columns less than the terminal has.
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._width = width
        self._indent_step = indent_increment
        self._help_column_cap = min(max_help_position,
                                    max(width - 20, 2 * indent_increment))
        self._current_indent = 0
        self._level = 0
        self._widest_invocation = 0
        self._root = _Block(self, None)
        self._open = self._root

    def _push_indent(self):
        self._level += 1
        self._current_indent += self._indent_step

    def _pop_indent(self):
        self._level -= 1
        self._current_indent -= self._indent_step
        assert self._current_indent >= 0, 'negative indentation'

    def _defer(self, func, args):
        self._open.pieces.append((func, args))

    # public building interface

    def start_section(self, heading):
        self._push_indent()
        block = _Block(self, self._open, heading)
        self._defer(block.render, [])
        self._open = block

    def end_section(self):
        self._open = self._open.parent
        self._pop_indent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._defer(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._defer(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if _is_hidden(action):
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._walk_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        widest += self._current_indent
        if widest > self._widest_invocation:
            self._widest_invocation = widest
        self._defer(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root.render()
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    # usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif actions:
            usage = self._build_usage(actions, groups, prefix)
        else:
            usage = '%s' % (self._prog,)
        return f'{prefix}{usage}\n\n'

    def _build_usage(self, actions, groups, prefix):
        prog = '%s' % (self._prog,)
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        usage = ' '.join([s for s in (prog, whole) if s])
        room = self._width - self._current_indent
        if len(prefix) + len(usage) <= room:
            return usage

        opt_text = self._format_actions_usage(opts, groups)
        pos_text = self._format_actions_usage(poss, groups)
        opt_parts = _usage_chunks(opt_text)
        pos_parts = _usage_chunks(pos_text)
        assert ' '.join(opt_parts) == opt_text
        assert ' '.join(pos_parts) == pos_text

        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines line up after the program name.
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = self._fill_usage([prog] + opt_parts, pad, room, prefix)
                lines += self._fill_usage(pos_parts, pad, room)
            elif pos_parts:
                lines = self._fill_usage([prog] + pos_parts, pad, room, prefix)
            else:
                lines = [prog]
        else:
            # The program name is too long: it gets a line of its own.
            pad = ' ' * len(prefix)
            lines = self._fill_usage(opt_parts + pos_parts, pad, room)
            if len(lines) > 1:
                lines = (self._fill_usage(opt_parts, pad, room)
                         + self._fill_usage(pos_parts, pad, room))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _fill_usage(self, parts, pad, room, prefix=None):
        lines = []
        words = []
        used = (len(pad) if prefix is None else len(prefix)) - 1
        for part in parts:
            if words and used + 1 + len(part) > room:
                lines.append(pad + ' '.join(words))
                words = []
                used = len(pad) - 1
            words.append(part)
            used += len(part) + 1
        if words:
            lines.append(pad + ' '.join(words))
        if prefix is not None:
            lines[0] = lines[0][len(pad):]
        return lines

    def _format_actions_usage(self, actions, groups):
        # marks[i] is written before the i-th action's usage text.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            shown = len([m for m in members if not _is_hidden(m)])
            if not group.required:
                opening, closing = '[', ']'
            elif shown > 1:
                opening, closing = '(', ')'
            else:
                opening = closing = None
            if opening:
                marks[start] = marks[start] + ' ' + opening if start in marks else opening
                marks[end] = marks[end] + closing if end in marks else closing
            for k in range(start + 1, end):
                marks[k] = '|'

        pieces = []
        for index, action in enumerate(actions):
            if _is_hidden(action):
                # Nothing shown, and one neighbouring '|' goes too.
                pieces.append(None)
                for k in (index, index + 1):
                    if marks.get(k) == '|':
                        del marks[k]
                        break
                continue
            if action.option_strings:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    text = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, metavar))
                if not (action.required or action in grouped):
                    text = '[' + text + ']'
            else:
                text = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in grouped and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
            pieces.append(text)

        for index in sorted(marks, reverse=True):
            pieces.insert(index, marks[index])
        text = ' '.join([p for p in pieces if p is not None])
        # Tidy spaces just inside brackets and drop empty bracket pairs.
        text = _re.sub(r'([(\[]) ', r'\1', text)
        text = _re.sub(r' ([)\]])', r'\1', text)
        text = _re.sub(r'[(\[] *[)\]]', '', text)
        return text.strip()

    # text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        pad = ' ' * self._current_indent
        return self._fill_text(text, width, pad) + '\n\n'

    def _format_action(self, action):
        help_col = min(self._widest_invocation + 2, self._help_column_cap)
        help_width = max(self._width - help_col, 11)
        label_width = help_col - self._current_indent - 2
        label = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = pad + label + '\n'
        elif len(label) <= label_width:
            header = pad + label.ljust(label_width) + '  '
        else:
            header = pad + label + '\n'
            first_indent = help_col

        out = [header]
        given = action.help
        if given and given.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                out.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_col + line + '\n')
        elif not header.endswith('\n'):
            out.append('\n')
        for sub in self._walk_subactions(action):
            out.append(self._format_action(sub))
        return _join_nonempty(out)

    def _format_action_invocation(self, action):
        opts = action.option_strings
        if opts and action.nargs == 0:
            return ', '.join(opts)
        if opts:
            fallback = self._get_default_metavar_for_optional(action)
            args = self._format_args(action, fallback)
            return ', '.join(['%s %s' % (opt, args) for opt in opts])
        fallback = self._get_default_metavar_for_positional(action)
        (only,) = self._metavar_formatter(action, fallback)(1)
        return only

    def _metavar_formatter(self, action, default_metavar):
        chosen = action.metavar
        if chosen is None:
            if action.choices is None:
                chosen = default_metavar
            else:
                chosen = '{%s}' % ','.join([str(c) for c in action.choices])

        def as_tuple(count):
            if isinstance(chosen, tuple):
                return chosen
            return (chosen,) * count
        return as_tuple

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _walk_subactions(self, action):
        try:
            subs = action._get_subactions
        except AttributeError:
            return
        self._push_indent()
        yield from subs()
        self._pop_indent()

    # hooks for subclasses

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_collapse_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_collapse_spaces(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        name = action.dest
        return name.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of descriptions and epilogs as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line
                        for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of all help text, argument help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if ('%(default)' not in text and action.default is not SUPPRESS
                and (action.option_strings
                     or action.nargs in (OPTIONAL, ZERO_OR_MORE))):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type (int, float, ...)."""

    def _type_name(self, action):
        kind = action.type
        return kind.__name__

    _get_default_metavar_for_optional = _type_name
    _get_default_metavar_for_positional = _type_name


# -- actions ----------------------------------------------------------------

class Action(_Reprable):
    """What to do with an argument once the command line has it.

    Subclasses implement __call__(parser, namespace, values,
    option_string=None)."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in _ACTION_FIELDS]

    def format_usage(self):
        strings = self.option_strings
        return strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


# The fields an Action's repr shows, in order.
_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')

_UNSET = object()


def _put(namespace, action, value):
    setattr(namespace, action.dest, value)


def _collected(namespace, action):
    """A private copy of what the action's destination holds so far."""
    return _fresh_list(getattr(namespace, action.dest, None))


class BooleanOptionalAction(Action):
    """A flag with a --no- twin: --x stores True, --no-x stores False."""

    def __init__(self, option_strings, dest, default=None, type=_UNSET,
                 choices=_UNSET, required=False, help=None, metavar=_UNSET):
        names = []
        for opt in option_strings:
            names.append(opt)
            if opt.startswith('--'):
                names.append('--no-' + opt[2:])

        given = {'type': type, 'choices': choices, 'metavar': metavar}
        for key in ('type', 'choices', 'metavar'):
            if given[key] is _UNSET:
                given[key] = None
            else:
                import warnings
                warnings.warn("%r is deprecated as of Python 3.12 and will be "
                              "removed in Python 3.14." % key,
                              DeprecationWarning, stacklevel=2)

        super().__init__(option_strings=names, dest=dest, nargs=0,
                         default=default, type=given['type'],
                         choices=given['choices'], required=required,
                         help=help, metavar=given['metavar'])

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        _put(namespace, self, option_string[:5] != '--no-')

    def format_usage(self):
        bar = ' | '
        return bar.join(self.option_strings)


def _check_value_taking(kind, nargs, const, hint):
    # Shared by store and append: they must take at least one value, and
    # const only makes sense with nargs='?'.
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s' % (kind, hint))
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_taking('store', nargs, const,
                            'if you have nothing to store, actions such as '
                            'store true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _put(namespace, self, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        _put(namespace, self, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_taking('append', nargs, const,
                            'if arg strings are not supplying the value to '
                            'append, the append const action may be more '
                            'appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _collected(namespace, self)
        items.append(values)
        _put(namespace, self, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _collected(namespace, self)
        items.append(self.const)
        _put(namespace, self, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        _put(namespace, self, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


_VERSION_HELP = "show program's version number and exit"


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help=_VERSION_HELP):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        # Run through a formatter so that %(prog)s is expanded.
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _collected(namespace, self)
        items.extend(values)
        _put(namespace, self, items)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest."""

    class _ChoiceHelp(Action):
        # Stands in for one sub-command in the help listing.

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._make_parser = parser_class
        # name -> parser; it doubles as the choices of this action.
        self._name_parser_map = by_name = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=by_name,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        by_name = self._name_parser_map
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in by_name:
                raise ArgumentError(self,
                                    'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoiceHelp(name, aliases, kwargs.pop('help')))
        made = self._make_parser(**kwargs)
        for key in (name,) + tuple(aliases):
            by_name[key] = made
        return made

    def _get_subactions(self):
        listed = self._choices_actions
        return listed

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            _put(namespace, self, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        # The sub-parser works on a fresh namespace so that its defaults
        # win over values of the same name set by the parent.
        sub_ns, rest = sub.parse_known_args(rest, None)
        for key in vars(sub_ns):
            setattr(namespace, key, getattr(sub_ns, key))
        if rest:
            vars(namespace).setdefault(_LEFTOVER_ATTR, [])
            getattr(namespace, _LEFTOVER_ATTR).extend(rest)


# -- FileType ---------------------------------------------------------------

class FileType(object):
    """A type= factory that opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(c in mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, buffering=self._bufsize,
                        encoding=self._encoding, errors=self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(x) for x in (self._mode, self._bufsize) if x != -1]
        for key, value in (('encoding', self._encoding),
                           ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# -- containers of actions --------------------------------------------------

def _keep_string(string):
    return string


_BUILTIN_ACTIONS = (
    (None, _StoreAction), ('store', _StoreAction),
    ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
    ('store_false', _StoreFalseAction), ('append', _AppendAction),
    ('append_const', _AppendConstAction), ('count', _CountAction),
    ('help', _HelpAction), ('version', _VersionAction),
    ('parsers', _SubParsersAction), ('extend', _ExtendAction),
)

# Bookkeeping that argument groups share with the parser they belong to.
_SHARED_STATE = ('_lookup_tables', '_actions', '_option_string_actions',
                 '_defaults', '_numeric_options', '_mutually_exclusive_groups')


class _ActionsContainer(object):
    """What parsers and argument groups share: registering actions and
    turning add_argument calls into Action objects."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = (argument_default,
                                                        conflict_handler)
        self._lookup_tables = {}
        for key, cls in _BUILTIN_ACTIONS:
            self.register('action', key, cls)
        # Fail early on an unknown conflict_handler.
        self._conflict_resolver()

        self._actions, self._action_groups = [], []
        self._mutually_exclusive_groups = []
        self._option_string_actions, self._defaults = {}, {}
        # A one-element list once some option looks like a negative number.
        self._numeric_options = []

    def register(self, registry_name, value, object):
        self._lookup_tables.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, default=None):
        return self._lookup_tables[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for act in self._actions:
            if act.dest in kwargs:
                act.default = kwargs[act.dest]

    def get_default(self, dest):
        for act in self._actions:
            if act.dest == dest and act.default is not None:
                return act.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Define an argument: add_argument('name', ...) for a positional,
        add_argument('-f', '--flag', ...) for an option."""
        positional = (not args or len(args) == 1
                      and args[0][0] not in self.prefix_chars)
        if not positional:
            settings = self._optional_settings(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            settings = self._positional_settings(*args, **kwargs)

        if 'default' not in settings:
            dest = settings['dest']
            if dest in self._defaults:
                settings['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default

        factory = self._action_class_from(settings)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        made = factory(**settings)

        converter = self._lookup('type', made.type, made.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))

        # Only parsers can check that a metavar tuple fits nargs.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(made, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(made)

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._resolve_clashes(action)
        self._actions += [action]
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if _NEGATIVE_NUMBER.match(opt) and not self._numeric_options:
                self._numeric_options.append(True)
        return action

    def _remove_action(self, action):
        del self._actions[self._actions.index(action)]

    def _add_container_actions(self, container):
        # Copy the actions of a parent parser, keeping their groups.
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError('cannot merge actions - two groups are '
                                 'named %r' % (mine.title,))
            by_title[mine.title] = mine

        home = {}
        for theirs in container._action_groups:
            if theirs.title not in by_title:
                by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            for act in theirs._group_actions:
                home[act] = by_title[theirs.title]

        for theirs in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=theirs.required)
            for act in theirs._group_actions:
                home[act] = twin

        for act in container._actions:
            home.get(act, self)._add_action(act)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may be absent; '*' only when it has a default.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _optional_settings(self, *args, **kwargs):
        chars = self.prefix_chars
        for opt in args:
            if not opt[0] in chars:
                raise ValueError('invalid option string %r: must start with a '
                                 'character %r' % (opt, chars))
        long_opts = [opt for opt in args if len(opt) > 1 and opt[1] in chars]

        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_opts[0] if long_opts else args[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % (args[-1],))
            dest = '_'.join(dest.split('-'))
        kwargs.update(dest=dest, option_strings=list(args))
        return kwargs

    def _action_class_from(self, kwargs, default=None):
        wanted = kwargs.pop('action', default)
        return self._lookup('action', wanted, wanted)

    def _conflict_resolver(self):
        if self.conflict_handler == 'error':
            return self._clash_is_error
        if self.conflict_handler == 'resolve':
            return self._clash_resolve
        raise ValueError('invalid conflict_resolution value: %r'
                         % self.conflict_handler)

    def _resolve_clashes(self, action):
        clashes = [(opt, self._option_string_actions[opt])
                   for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._conflict_resolver()(action, clashes)

    def _clash_is_error(self, action, clashes):
        message = _plural(len(clashes), 'conflicting option string: %s',
                          'conflicting option strings: %s')
        raise ArgumentError(action, message
                            % ', '.join([opt for opt, other in clashes]))

    def _clash_resolve(self, action, clashes):
        # The newer action takes the option strings; an older action left
        # with none is dropped.
        for opt, other in clashes:
            other.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for name in _SHARED_STATE:
            setattr(self, name, getattr(container, name))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        # Members really live in the container's groups.
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        del self._group_actions[self._group_actions.index(action)]

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return _ActionsContainer.add_mutually_exclusive_group(self, *args,
                                                              **kwargs)


# -- the parser -------------------------------------------------------------

# nargs -> (regex body for a positional, regex body for an option).  Options
# never consume the '-' label of a '--' word; positionals may.
_NARGS_BODIES = {
    None: ('-*A-*', 'A'),
    OPTIONAL: ('-*A?-*', 'A?'),
    ZERO_OR_MORE: ('-*[A-]*', '[A]*'),
    ONE_OR_MORE: ('-*A[A-]*', 'A[A]*'),
    REMAINDER: ('[-AO]*', '[AO]*'),
    PARSER: ('-*A[-AO]*', 'A[AO]*'),
    SUPPRESS: ('-*-*', ''),
}


def _nargs_regex(action):
    """The regex (one group) matching the labels an action consumes."""
    nargs = action.nargs
    is_option = bool(action.option_strings)
    if nargs in _NARGS_BODIES:
        body = _NARGS_BODIES[nargs][is_option]
    elif is_option:
        body = 'A' * nargs
    else:
        body = '-*%s-*' % '-*'.join('A' * nargs)
    return '(%s)' % body


def _override(objects, **changes):
    """Set attributes on every object; return a function that undoes it."""
    before = [(obj, [(key, getattr(obj, key)) for key in changes])
              for obj in objects]
    for obj in objects:
        for key, value in changes.items():
            setattr(obj, key, value)

    def undo():
        for obj, pairs in before:
            for key, value in pairs:
                setattr(obj, key, value)
    return undo


class ArgumentParser(_Reprable, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace.

    Keyword arguments: prog, usage, description, epilog, parents,
    formatter_class, prefix_chars, fromfile_prefix_chars,
    argument_default, conflict_handler, add_help, allow_abbrev,
    exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default,
                         conflict_handler)
        self.prog = (_os.path.basename(_sys.argv[0]) if prog is None
                     else prog)
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        self.register('type', None, _keep_string)

        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')

        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        keys = ('prog', 'usage', 'description', 'formatter_class',
                'conflict_handler', 'add_help')
        return [(key, getattr(self, key)) for key in keys]

    # building

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')

        kwargs.setdefault('parser_class', type(self))
        if 'title' not in kwargs and 'description' not in kwargs:
            home = self._positionals
        else:
            home = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                           kwargs.pop('description', None))
        self._subparsers = home

        # Sub-parser names are prefixed with this parser's usage, minus
        # its options.
        if kwargs.get('prog') is None:
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()

        factory = self._action_class_from(kwargs, 'parsers')
        made = factory(option_strings=[], **kwargs)
        home._add_action(made)
        return made

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing: entry points

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()

        # Fill in defaults for everything not already present.
        for act in self._actions:
            dest = act.dest
            if (dest is not SUPPRESS and act.default is not SUPPRESS
                    and not hasattr(namespace, dest)):
                setattr(namespace, dest, act.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        if not self.exit_on_error:
            namespace, args = self._run_parse(args, namespace)
        else:
            try:
                namespace, args = self._run_parse(args, namespace)
            except ArgumentError as problem:
                self.error(str(problem))

        leftover = vars(namespace).pop(_LEFTOVER_ATTR, None)
        if leftover is not None:
            args.extend(leftover)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: %s' % ' '.join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: options only (positionals switched off), then the
        # positionals over whatever the first pass left.
        positionals = self._get_positional_actions()
        for pos in positionals:
            if pos.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % pos.nargs)
        if any(member in positionals
               for mutex in self._mutually_exclusive_groups
               for member in mutex._group_actions):
            raise TypeError('parse_intermixed_args: positional in '
                            'mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if saved_usage is None:
                # Errors should still show the complete usage.
                self.usage = self.format_usage()[len('usage: '):]
            undo = _override(positionals, nargs=SUPPRESS, default=SUPPRESS)
            try:
                namespace, rest = self.parse_known_args(args, namespace)
                for pos in positionals:
                    if getattr(namespace, pos.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (pos.dest, namespace))
                        delattr(namespace, pos.dest)
            finally:
                undo()

            # Options are never required in the second pass.
            undo_options = _override(self._get_optional_actions(),
                                     required=False)
            undo_groups = _override(self._mutually_exclusive_groups,
                                    required=False)
            try:
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                undo_options()
                undo_groups()
        finally:
            self.usage = saved_usage
        return namespace, extras

    # parsing: the work

    def _run_parse(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._expand_arg_files(arg_strings)

        # For each action in a mutually exclusive group, its rivals.
        rivals = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for k, member in enumerate(members):
                rivals.setdefault(member, []).extend(
                    members[:k] + members[k + 1:])

        # Label every word: 'O' option, 'A' argument, '-' the first '--'
        # (everything after it is an argument).
        found_options = {}
        labels = []
        after_dashes = False
        for index, word in enumerate(arg_strings):
            if after_dashes:
                labels.append('A')
            elif word == '--':
                labels.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(word)
                if found is None:
                    labels.append('A')
                else:
                    found_options[index] = found
                    labels.append('O')
        label_text = ''.join(labels)

        seen = set()
        seen_given = set()
        extras = []
        pending_positionals = self._get_positional_actions()

        def apply(action, words, option_string=None):
            seen.add(action)
            values = self._get_values(action, words)
            # An action left at its default does not count as used.
            if values is not action.default:
                seen_given.add(action)
                for rival in rivals.get(action, []):
                    if rival in seen_given:
                        raise ArgumentError(
                            action, 'not allowed with argument %s'
                            % _name_for_messages(rival))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def take_option(start):
            action, option_string, explicit = found_options[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is None:
                    first = start + 1
                    count = self._count_for(action, label_text[first:])
                    stop = first + count
                    todo.append((action, arg_strings[first:stop],
                                 option_string))
                    break
                count = self._count_for(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit != ''):
                    # Combined single-letter flags such as -xyz.
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit '
                                            'argument %r' % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = explicit[1:] or None
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit)
            for action, words, option_string in todo:
                apply(action, words, option_string)
            return stop

        def take_positionals(start):
            counts = self._fit_positionals(pending_positionals,
                                           label_text[start:])
            for action, count in zip(pending_positionals, counts):
                words = arg_strings[start:start + count]
                start += count
                apply(action, words)
            del pending_positionals[:len(counts)]
            return start

        position = 0
        while True:
            upcoming = [k for k in found_options if k >= position]
            if not upcoming:
                break
            next_option = min(upcoming)
            if position != next_option:
                reached = take_positionals(position)
                if reached > position:
                    position = reached
                    continue
                if position not in found_options:
                    extras.extend(arg_strings[position:next_option])
                    position = next_option
            position = take_option(position)

        position = take_positionals(position)
        extras.extend(arg_strings[position:])

        missing = []
        for unused in self._actions:
            if unused in seen:
                continue
            if unused.required:
                missing.append(_name_for_messages(unused))
                continue
            # A string default still in place goes through type= now.
            initial = unused.default
            if (isinstance(initial, str) and hasattr(namespace, unused.dest)
                    and getattr(namespace, unused.dest) is initial):
                _put(namespace, unused, self._get_value(unused, initial))
        if missing:
            self.error('the following arguments are required: %s'
                       % ', '.join(missing))

        for mutex in self._mutually_exclusive_groups:
            members = mutex._group_actions
            if mutex.required and not any(m in seen_given for m in members):
                names = [_name_for_messages(m) for m in members
                         if not _is_hidden(m)]
                self.error('one of the arguments %s is required'
                           % ' '.join(names))

        return namespace, extras

    def _expand_arg_files(self, arg_strings):
        expanded = []
        for word in arg_strings:
            if not word or word[0] not in self.fromfile_prefix_chars:
                expanded.append(word)
                continue
            try:
                with open(word[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                expanded.extend(self._expand_arg_files(found))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_for(self, action, labels):
        matched = _re.match(_nargs_regex(action), labels)
        if matched is not None:
            return len(matched.group(1))
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        else:
            message = _plural(nargs, 'expected %s argument',
                              'expected %s arguments') % nargs
        raise ArgumentError(action, message)

    def _fit_positionals(self, actions, labels):
        # As many leading positionals as can match, each as greedily as
        # the regex engine allows.
        for size in range(len(actions), 0, -1):
            pattern = ''.join([_nargs_regex(a) for a in actions[:size]])
            matched = _re.match(pattern, labels)
            if matched is not None:
                return [len(g) for g in matched.groups()]
        return []

    def _parse_optional(self, arg_string):
        """None for an argument word, else (action or None, option string,
        explicit argument or None)."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, value = arg_string.split('=', 1)
            if name in known:
                return known[name], name, value

        candidates = self._prefix_matches(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join([c[1] for c in candidates])))
        if len(candidates) == 1:
            return candidates[0]

        if _NEGATIVE_NUMBER.match(arg_string) and not self._numeric_options:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _prefix_matches(self, arg_string):
        """The (action, option string, explicit argument) triples an
        abbreviated or glued option word could stand for."""
        chars = self.prefix_chars
        found = []
        if arg_string[0] in chars and arg_string[1] in chars:
            if self.allow_abbrev:
                head, eq, tail = arg_string.partition('=')
                value = tail if eq else None
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(head):
                        found.append((action, opt, value))
        elif arg_string[0] in chars:
            short, glued = arg_string[:2], arg_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    found.append((action, opt, glued))
                elif opt.startswith(arg_string):
                    found.append((action, opt, None))
        else:
            self.error('unexpected option string: %s' % arg_string)
        return found

    # values

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        convert, verify = self._get_value, self._check_value
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            # The first '--' only separates; it is not a value.
            arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            # An option given bare takes const; an absent positional, default.
            result = action.const if action.option_strings else action.default
            if isinstance(result, str):
                result = convert(action, result)
                verify(action, result)
            return result
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return arg_strings
            verify(action, action.default)
            return action.default
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            result = convert(action, arg_strings[0])
            verify(action, result)
            return result
        if nargs == SUPPRESS:
            return SUPPRESS
        results = [convert(action, word) for word in arg_strings]
        if nargs == PARSER:
            verify(action, results[0])
        elif nargs != REMAINDER:
            for item in results:
                verify(action, item)
        return results

    def _get_value(self, action, arg_string):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as problem:
            message = str(problem)
        except (ValueError, TypeError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            message = 'invalid %s value: %r' % (type_name, arg_string)
        raise ArgumentError(action, message)

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                            % (value, ', '.join([repr(c) for c in allowed])))

    # help and messages

    def _formatter_with_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        fmt = self._formatter_with_usage()
        fmt.add_text(self.description)
        for section in self._action_groups:
            fmt.start_section(section.title)
            fmt.add_text(section.description)
            fmt.add_arguments(section._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        if not file:
            file = _sys.stderr
        try:
            file.write(message)
        except (OSError, AttributeError):
            # No usable stream (e.g. stderr is None): stay silent.
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr, then exit with
        status 2.  Overrides must not return."""
        stream = _sys.stderr
        self.print_usage(stream)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
