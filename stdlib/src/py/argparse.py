"""Parse command-line arguments into a Namespace.

pyrs implementation.  Declared arguments are compiled into a Grammar each time
a parse starts; the command line is lexed into tokens, a dynamic program assigns
words to option arguments and positional slots, and only then are the actions
run in command-line order.  Help output is produced by a small layout engine.
"""

import copy as _copy
import os as _os
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

_MANY = float('inf')


def _plural(n, one, many):
    return one if n == 1 else many


def _who(action):
    """Name used for an action inside error messages."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for cand in (action.metavar, action.dest):
        if cand is not None and cand != SUPPRESS:
            return cand
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


def _deprecated(text, depth):
    import warnings
    warnings.warn(text, DeprecationWarning, depth)


def _field_repr(obj):
    """Class(args..., name=value, ..., **{odd keys}) from the object's hooks."""
    shown, odd = [repr(arg) for arg in obj._get_args()], {}
    for key, val in obj._get_kwargs():
        if key.isidentifier():
            shown.append('%s=%r' % (key, val))
        else:
            odd[key] = val
    if odd:
        shown.append('**%r' % (odd,))
    return '%s(%s)' % (type(obj).__name__, ', '.join(shown))


# ---------------------------------------------------------------- errors

class ArgumentError(Exception):
    """Problem with one argument (or with the command line as a whole)."""

    def __init__(self, argument, message):
        self.argument_name = _who(argument)
        self.message = message

    def __str__(self):
        who = self.argument_name
        return self.message if who is None else 'argument %s: %s' % (who, self.message)


class ArgumentTypeError(Exception):
    """Raised by type callables to report a readable conversion failure."""


# ---------------------------------------------------------------- namespace

class Namespace:
    """Plain attribute bag returned by parse_args()."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def _get_kwargs(self):
        return [pair for pair in vars(self).items()]

    def _get_args(self):
        return []

    def __repr__(self):
        return _field_repr(self)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in vars(self)

    __hash__ = None


# ---------------------------------------------------------------- actions

class Action:
    """Base class: how one argument is stored once its strings are known."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    _shown = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
              'choices', 'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(k, getattr(self, k)) for k in self._shown]

    def _get_args(self):
        return []

    def __repr__(self):
        return _field_repr(self)

    def format_usage(self):
        first = self.option_strings[0]
        return first

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _needs_values(kind, nargs, const):
    if nargs == 0:
        raise ValueError(
            {'store': 'nargs for store actions must be != 0; if you have '
                      'nothing to store, actions such as store true or store '
                      'const may be more appropriate',
             'append': 'nargs for append actions must be != 0; if arg strings '
                       'are not supplying the value to append, the append const '
                       'action may be more appropriate'}[kind])
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _fresh_list(current):
    """Accumulator for append/extend: a new list, or a shallow copy of what is there."""
    return [] if current is None else _copy.copy(current)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _needs_values('store', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        dest = self.dest
        setattr(namespace, dest, values)


class _StoreConstAction(Action):
    # metavar is accepted for compatibility but not kept (3.12 drops it too)
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        dest, const = self.dest, self.const
        setattr(namespace, dest, const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default,
                                   required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default,
                                   required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _needs_values('append', nargs, const)
        Action.__init__(self, option_strings, dest, nargs, const, default,
                        type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(values)
        setattr(namespace, self.dest, bucket)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.append(self.const)
        setattr(namespace, self.dest, bucket)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        bucket = _fresh_list(getattr(namespace, self.dest, None))
        bucket.extend(values)
        setattr(namespace, self.dest, bucket)


_UNSET = object()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pair storing True or False."""

    def __init__(self, option_strings, dest, default=None, type=_UNSET,
                 choices=_UNSET, required=False, help=None, metavar=_UNSET):
        spellings = []
        for spelling in option_strings:
            spellings.append(spelling)
            if spelling.startswith('--'):
                spellings.append('--no-' + spelling[2:])
        for label, given in (('type', type), ('choices', choices),
                             ('metavar', metavar)):
            if given is not _UNSET:
                _deprecated("'%s' is deprecated as of Python 3.12 and will be "
                            "removed in Python 3.14." % label, 3)
        Action.__init__(self, spellings, dest, nargs=0, default=default,
                        type=None if type is _UNSET else type,
                        choices=None if choices is _UNSET else choices,
                        required=required, help=help,
                        metavar=None if metavar is _UNSET else metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(spelling for spelling in self.option_strings)


_SubChoice = type('_ChoicesPseudoAction', (Action,), {'__module__': __name__})


class _SubParsersAction(Action):
    """Positional that hands the rest of the command line to a sub-parser."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map, self._choices_actions = {}, []
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=self._name_parser_map, required=required,
                        help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = ' '.join((self._prog_prefix, name))
        aliases = tuple(kwargs.pop('aliases', ()))
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = [a for a in aliases if a in taken]
        if clash:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash[0])
        if 'help' in kwargs:
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            entry = _SubChoice(option_strings=[], dest=name, help=kwargs.pop('help'),
                               metavar=label)
            self._choices_actions.append(entry)
        child = self._parser_class(**kwargs)
        for key in (name,) + aliases:
            taken[key] = child
        return child

    def _get_subactions(self):
        return list(self._choices_actions)

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        child = self._name_parser_map.get(chosen)
        if child is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        sub_ns, leftover = child.parse_known_args(rest, None)
        for key, val in vars(sub_ns).items():
            setattr(namespace, key, val)
        return leftover


# ---------------------------------------------------------------- FileType

class FileType:
    """Type callable that opens the named file ('-' means stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif set(self._mode) & set('wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            return stream.buffer if 'b' in self._mode else stream
        try:
            return open(string, mode=self._mode, buffering=self._bufsize,
                        encoding=self._encoding, errors=self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        bits = [repr(self._mode)]
        if self._bufsize != -1:
            bits.append(repr(self._bufsize))
        for key in ('encoding', 'errors'):
            val = getattr(self, '_' + key)
            if val is not None:
                bits.append('%s=%r' % (key, val))
        return 'FileType(%s)' % ', '.join(bits)


# ---------------------------------------------------------------- text wrapping

def _letter(ch):
    return ch.isalpha() or ch == '_'


def _word_pieces(word):
    """Split one word into unbreakable pieces (break after inner hyphens)."""
    pieces, start, i, n = [], 0, 0, len(word)
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        j = i
        while j < n and word[j] == '-':
            j += 1
        run = j - i
        before = word[i - 1] if i > 0 else ''
        after = word[j] if j < n else ''
        if run >= 2 and (before.isalnum() or before == '_') and (after.isalnum() or after == '_'):
            if i > start:
                pieces.append(word[start:i])
            pieces.append(word[i:j])
            start = j
        elif run == 1 and _letter(before) and _letter(after):
            k = i - 1
            while k > start and (_letter(word[k - 1]) or word[k - 1] == '-'):
                k -= 1
            while k < i and not _letter(word[k]):
                k += 1
            nxt = word[j + 1] if j + 1 < n else ''
            if i - k >= 2 and (_letter(nxt) or nxt == '-'):
                pieces.append(word[start:j])
                start = j
        i = j
    if start < n:
        pieces.append(word[start:])
    return pieces


def _wrap(text, width, lead='', hang=''):
    """Greedy word wrap; returns a list of lines carrying their indents."""
    lines = []
    margin = lead
    cur = ''
    for word in text.split():
        for k, piece in enumerate(_word_pieces(word)):
            glue = ' ' if (k == 0 and cur) else ''
            while True:
                room = width - len(margin) - len(cur) - len(glue)
                if len(piece) <= room:
                    cur += glue + piece
                    break
                if len(piece) > width - len(margin):
                    take = max(room, 1) if cur or room > 0 else 1
                    if not cur:
                        take = max(width - len(margin), 1)
                    cut = piece.rfind('-', 0, take)
                    if cut > 0:
                        take = cut + 1
                    if take > 0 and room > 0 or not cur:
                        cur += glue + piece[:take]
                        piece = piece[take:]
                    lines.append(margin + cur)
                    margin, cur, glue = hang, '', ''
                    if not piece:
                        break
                    continue
                lines.append(margin + cur)
                margin, cur, glue = hang, '', ''
    if cur:
        lines.append(margin + cur)
    return lines


def _usage_atoms(text):
    """Cut a usage string into the pieces that must stay on one line."""
    atoms, i, n = [], 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        closer = {'(': ')', '[': ']'}.get(text[i])
        if closer:
            k = i + 1
            while k < n:
                if text[k] == closer and (k + 1 == n or text[k + 1].isspace()):
                    end = k + 1
                    break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        atoms.append(text[i:end])
        i = end
    return atoms


def _terminal_columns():
    try:
        import shutil
        return shutil.get_terminal_size().columns
    except Exception:
        try:
            return int(_os.environ['COLUMNS'])
        except (KeyError, ValueError):
            return 80


# ---------------------------------------------------------------- help formatting

class _Node:
    """Piece of the help document.  kind: 'section', 'text', 'usage', 'arg'."""

    def __init__(self, kind, depth, payload=None, heading=None):
        self.kind = kind
        self.depth = depth
        self.payload = payload
        self.heading = heading
        self.children = []


class _Names:
    """Metavar sizing callable: a tuple metavar as is, anything else repeated."""

    def __init__(self, label):
        self.label = label

    def __call__(self, count):
        if isinstance(self.label, tuple):
            return self.label
        return (self.label,) * count


# usage template per nargs value and how many metavar names it consumes
# (None: the template uses no names, so any metavar tuple is accepted)
_NARGS_FORMS = (
    (None, '{}', 1),
    (OPTIONAL, '[{}]', 1),
    (ONE_OR_MORE, '{} [{} ...]', 2),
    (PARSER, '{} ...', 1),
    (REMAINDER, '...', None),
    (SUPPRESS, '', None),
)


def _nargs_form(nargs, offered):
    """(template, names needed) for nargs; offered is how many names are at hand."""
    if nargs == ZERO_OR_MORE:
        return ('[{} [{} ...]]', 2) if offered == 2 else ('[{} ...]', 1)
    for key, template, wanted in _NARGS_FORMS:
        if nargs == key:
            return template, wanted
    if not isinstance(nargs, int):
        raise ValueError('invalid nargs value')
    wanted = max(nargs, 0)
    return ' '.join(['{}'] * wanted), wanted


class _HelpFields:
    """Mapping for %-formatting help text; each key is worked out when asked for."""

    def __init__(self, action, prog):
        self.action = action
        self.prog = prog

    def __getitem__(self, key):
        value = self.prog if key == 'prog' else vars(self.action)[key]
        if value is SUPPRESS:
            raise KeyError(key)
        if hasattr(value, '__name__'):
            value = value.__name__
        if key == 'choices' and value is not None:
            value = ', '.join(str(item) for item in value)
        return value


def _lay_out(plan, start, limit):
    """Greedy filler: each atom group opens a new line, except the first non-empty
    one when the head is not alone.  Line one begins at start, the rest at column."""
    head, column, head_alone, groups = plan
    rows = [[head]]
    share = not head_alone
    for group in groups:
        if not group:
            continue
        if not share:
            rows.append([])
        share = False
        for atom in group:
            row = rows[-1]
            indent = start if len(rows) == 1 else column
            if row and indent + len(' '.join(row)) + 1 + len(atom) > limit:
                row = []
                rows.append(row)
            row.append(atom)
    return '\n'.join([' '.join(rows[0])] +
                     [' ' * column + ' '.join(row) for row in rows[1:]])


class HelpFormatter:
    """Collects help pieces into a document tree and lays them out as text."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_columns() - 2
        floor = max(width - 20, 2 * indent_increment)
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, floor)
        self._tree = _Node('section', 0)
        self._open = [self._tree]

    # -- building the tree
    def _here(self):
        return self._open[-1]

    def start_section(self, heading):
        node = _Node('section', len(self._open), heading=heading)
        self._here().children.append(node)
        self._open.append(node)

    def end_section(self):
        self._open.pop()

    def add_text(self, text):
        if text not in (None, SUPPRESS):
            self._here().children.append(_Node('text', len(self._open) - 1, text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            node = _Node('usage', len(self._open) - 1,
                         (usage, actions, groups, prefix))
            self._here().children.append(node)

    def add_argument(self, action):
        if action.help != SUPPRESS:
            self._here().children.append(_Node('arg', len(self._open) - 1, action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- measuring and rendering
    def _entries(self, action, depth):
        yield action, depth
        hook = getattr(action, '_get_subactions', None)
        if hook is not None:
            for sub in hook():
                yield from self._entries(sub, depth + 1)

    def _widest(self, node):
        best = 0
        for child in node.children:
            if child.kind == 'section':
                best = max(best, self._widest(child))
            elif child.kind == 'arg':
                for act, _ in self._entries(child.payload, child.depth):
                    span = len(self._format_action_invocation(act))
                    best = max(best, span + child.depth * self._indent_increment)
        return best

    def format_help(self):
        self._column = min(self._widest(self._tree) + 2, self._max_help_position)
        lines = self._render(self._tree)
        tidy = []
        for line in lines:
            if line == '' and (not tidy or tidy[-1] == ''):
                continue
            tidy.append(line)
        while tidy and tidy[-1] == '':
            tidy.pop()
        return '\n'.join(tidy) + '\n' if tidy else ''

    def _render(self, node):
        out = []
        for child in node.children:
            out.extend(getattr(self, '_draw_' + child.kind)(child))
        return out

    def _draw_section(self, node):
        body = self._render(node)
        if not body:
            return []
        top = []
        if node.heading is not SUPPRESS and node.heading is not None:
            pad = ' ' * ((node.depth - 1) * self._indent_increment)
            top.append('%s%s:' % (pad, node.heading))
        return top + body + ['']

    def _draw_text(self, node):
        text = node.payload
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        indent = node.depth * self._indent_increment
        filled = self._fill_text(text, max(self._width - indent, 11), ' ' * indent)
        return filled.split('\n') + ['']

    def _draw_usage(self, node):
        usage, actions, groups, prefix = node.payload
        return self._format_usage(usage, actions, groups, prefix).split('\n')[:-1]

    def _draw_arg(self, node):
        out = []
        for act, depth in self._entries(node.payload, node.depth):
            out.extend(self._format_action_at(act, depth))
        return out

    def _format_action_at(self, action, depth):
        pad = depth * self._indent_increment
        column = self._column
        label = self._format_action_invocation(action)
        if not action.help:
            return [' ' * pad + label]
        body = self._split_lines(self._render_help(action),
                                 max(self._width - column, 11))
        rows = []
        slot = column - pad - 2
        if len(label) <= slot:
            first = ' ' * pad + label.ljust(slot) + '  '
            if body:
                rows.append(first + body[0])
                body = body[1:]
            else:
                rows.append(first)
        else:
            rows.append(' ' * pad + label)
        rows.extend(' ' * column + line for line in body)
        return rows

    def _format_action(self, action):
        if not hasattr(self, '_column'):
            self._column = min(self._widest_of(action) + 2, self._max_help_position)
        return '\n'.join(self._format_action_at(action, len(self._open) - 1)) + '\n'

    def _widest_of(self, action):
        depth = len(self._open) - 1
        return max(len(self._format_action_invocation(a)) + depth * self._indent_increment
                   for a, _ in self._entries(action, depth))

    def _render_help(self, action):
        return self._get_help_string(action) % _HelpFields(action, self._prog)

    # -- usage
    def _format_usage(self, usage, actions, groups, prefix):
        lead = 'usage: ' if prefix is None else prefix
        if usage is None:
            limit = self._width - (len(self._open) - 1) * self._indent_increment
            plan = self._usage_plan(actions, groups, len(lead), limit)
            body = _lay_out(plan, len(lead), limit)
        else:
            body = usage % {'prog': self._prog}
        return '%s%s\n\n' % (lead, body)

    def _usage_plan(self, actions, groups, start, limit):
        """Decide the usage layout: (head, column, head alone?, atom groups)."""
        prog = self._prog
        if not actions:
            return prog, 0, False, []
        flags = [a for a in actions if a.option_strings]
        places = [a for a in actions if not a.option_strings]
        one_line = ' '.join(filter(None, [prog, self._usage_items(flags + places, groups)]))
        if start + len(one_line) <= limit:
            return one_line, 0, False, []
        left = _usage_atoms(self._usage_items(flags, groups))
        right = _usage_atoms(self._usage_items(places, groups))
        if start + len(prog) <= 0.75 * limit:
            return prog, start + len(prog) + 1, False, [left, right]
        if start + len(' '.join(left + right)) <= limit:
            return prog, start, True, [left + right]
        return prog, start, True, [left, right]

    def _usage_items(self, actions, groups):
        units = {}
        taken = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % group)
            if members[0] not in actions:
                continue
            at = actions.index(members[0])
            window = actions[at:at + len(members)]
            if len(window) == len(members) and all(x is y for x, y in zip(window, members)):
                if not any(id(m) in taken for m in members):
                    units[at] = group
                    taken.update(id(m) for m in members)
        pieces = []
        i = 0
        while i < len(actions):
            group = units.get(i)
            if group is not None:
                size = len(group._group_actions)
                shown = [self._usage_piece(a, True)
                         for a in actions[i:i + size] if a.help is not SUPPRESS]
                i += size
                if not shown:
                    pieces.append('')
                elif len(shown) == 1 and group.required:
                    pieces.append(shown[0])
                elif len(shown) == 1:
                    pieces.append('[%s]' % shown[0])
                else:
                    pieces.append(('(%s)' if group.required else '[%s]')
                                  % ' | '.join(shown))
                continue
            action = actions[i]
            i += 1
            if action.help is not SUPPRESS:
                pieces.append(self._usage_piece(action, False))
        return ' '.join(pieces).strip()

    def _usage_piece(self, action, grouped):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if grouped and text[:1] == '[' and text[-1:] == ']':
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            tail = self._format_args(action, self._get_default_metavar_for_optional(action))
            text = action.option_strings[0] + (' ' + tail if tail else '')
        if not grouped and not action.required:
            text = '[%s]' % text
        return text

    # -- overridable hooks
    def _format_action_invocation(self, action):
        if action.option_strings == []:
            guess = self._get_default_metavar_for_positional(action)
            (shown,) = self._metavar_formatter(action, guess)(1)
            return shown
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        tail = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, tail) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        label = action.metavar
        if label is None:
            label = default_metavar if action.choices is None else \
                '{%s}' % ','.join(map(str, action.choices))
        return _Names(label)

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        template, wanted = _nargs_form(action.nargs, len(names(1)))
        if wanted is None:
            return template
        filled = names(wanted)
        if len(filled) < wanted:
            raise TypeError('not enough arguments for format string')
        if len(filled) > wanted:
            raise TypeError('not all arguments converted during string formatting')
        return template.format(*filled)

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _fill_text(self, text, width, indent):
        return '\n'.join(_wrap(text, width, indent, indent))

    def _get_default_metavar_for_optional(self, action):
        return str.upper(action.dest)

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + row for row in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text exactly as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and action.default is not SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return getattr(action.type, '__name__')

    def _get_default_metavar_for_positional(self, action):
        return getattr(action.type, '__name__')


# ---------------------------------------------------------------- declarations

def _looks_negative(text):
    """'-' then decimal digits (any script), optionally 'digits.digits' or '.digits';
    one trailing newline is tolerated, as 3.12 does."""
    if text[:1] != '-':
        return False
    body = text[1:-1] if text.endswith('\n') else text[1:]
    whole, dot, frac = body.partition('.')
    if not dot:
        return whole.isdecimal()
    return (whole == '' or whole.isdecimal()) and frac.isdecimal()


class _Store:
    """Everything a parser and its groups share, and the only place actions enter."""

    def __init__(self):
        self.actions = []
        self.spellings = {}
        def identity(value):
            return value
        self.registry = {'action': dict(_BUILTIN_ACTIONS), 'type': {None: identity}}
        self.defaults = {}
        self.mutex = []
        self.sections = []
        self.home = {}
        # 3.12 exposes this flag as a list holding at most one True
        self.negative_like = []

    def enrol(self, action, home, exclusive, policy):
        """File action under home (a titled section) and the exclusive groups given."""
        if exclusive and action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        spellings = self.spellings
        strings = action.option_strings
        taken = [s for s in strings if s in spellings] if strings else None
        if taken:
            _CLASH_POLICIES[policy](self, action, taken)
        for spelling in strings:
            spellings[spelling] = action
        if not self.negative_like:
            for spelling in strings:
                if _looks_negative(spelling):
                    self.negative_like.append(True)
                    break
        self.actions.append(action)
        self.home[id(action)] = home
        action.container = home
        home._group_actions.append(action)
        for holder in exclusive:
            holder._group_actions.append(action)
        return action

    def refuse(self, action, taken):
        raise ArgumentError(action, _plural(len(taken), 'conflicting option string: %s',
                                            'conflicting option strings: %s')
                            % ', '.join(taken))

    def evict(self, action, taken):
        """'resolve' policy: older actions give up the spellings; bare ones leave."""
        losers = []
        for spelling in taken:
            older = self.spellings.pop(spelling)
            older.option_strings.remove(spelling)
            if older not in losers:
                losers.append(older)
        for older in losers:
            if older.option_strings:
                continue
            self.actions.remove(older)
            section = self.home.pop(id(older))._group_actions
            section[:] = [a for a in section if a is not older]

    def adopt(self, parent, host):
        """Merge a parent parser's store into this one (parents=)."""
        titled = {section.title: section for section in self.sections}
        copies = {}

        def copy_of(record):
            if id(record) in copies:
                return copies[id(record)]
            if isinstance(record, _MutuallyExclusiveGroup):
                twin = host.add_mutually_exclusive_group(required=record.required)
            else:
                twin = titled.get(record.title)
                if twin is None:
                    twin = host.add_argument_group(
                        title=record.title, description=record.description,
                        conflict_handler=record.conflict_handler)
                    titled[record.title] = twin
            copies[id(record)] = twin
            return twin

        for record in parent.sections + parent.mutex:
            copy_of(record)
        for action in parent.actions:
            holders = [g for g in parent.mutex if action in g._group_actions]
            record = holders[-1] if holders else parent.home[id(action)]
            copy_of(record)._add_action(action)


_CLASH_POLICIES = {'error': _Store.refuse, 'resolve': _Store.evict}


_BUILTIN_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


class _ArgSpec:
    """Keyword arguments for one action constructor, filled in field by field."""

    def __init__(self, host, names, given):
        self.host = host
        self.names = names
        self.kw = given         # add_argument's own **kwargs dict: ours to fill
        # an empty name fails on indexing, as in 3.12
        if len(names) > 1:
            self.positional = False
        else:
            self.positional = not names or names[0][0] not in host.prefix_chars


def _field_option_strings(spec):
    if spec.positional:
        return []
    marks = spec.host.prefix_chars
    for name in spec.names:
        if name[0] not in marks:
            raise ValueError('invalid option string %r: must start with a '
                             'character %r' % (name, marks))
    return list(spec.names)


def _field_dest(spec):
    given = spec.kw
    if spec.positional:
        if spec.names and 'dest' in given:
            raise ValueError('dest supplied twice for positional argument')
        if spec.names:
            return spec.names[0]
        if 'dest' not in given:
            # user-visible text, kept exactly as 3.12 prints it
            raise TypeError('_ActionsContainer._get_positional_kwargs() missing 1 '
                            "required positional argument: 'dest'")
        return given['dest']
    if given.get('dest') is not None:
        return given['dest']
    marks = spec.host.prefix_chars
    doubled = [n for n in spec.names if len(n) > 1 and n[1] in marks]
    stem = (doubled or spec.names)[0].lstrip(marks)
    if not stem:
        raise ValueError('dest= is required for options like %r' % spec.names[-1])
    return stem.replace('-', '_')


def _field_required(spec):
    if not spec.positional:
        return _UNSET
    if 'required' in spec.kw:
        raise TypeError("'required' is an invalid argument for positionals")
    nargs = spec.kw.get('nargs')
    if nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in spec.kw):
        return _UNSET  # keyword left out, so actions without 'required' still work
    return True


def _field_action(spec):
    kind = spec.kw.get('action')
    maker = spec.host._registry_get('action', kind, kind)
    if not callable(maker):
        raise ValueError('unknown action "%s"' % (maker,))
    return maker


def _field_default(spec):
    if 'default' in spec.kw:
        return _UNSET
    dest = spec.kw['dest']
    if dest in spec.host._store.defaults:
        return spec.host._store.defaults[dest]
    if spec.host.argument_default is not None:
        return spec.host.argument_default
    return _UNSET


def _vet_type(host, action):
    check = host._registry_get('type', action.type, action.type)
    if check is FileType:
        raise ValueError('%r is a FileType class object, instance of it must '
                         'be passed' % (check,))
    if not callable(check):
        raise ValueError('%r is not callable' % (check,))


_METAVAR_MISMATCH = 'length of metavar tuple does not match nargs'


def _vet_metavar(host, action):
    shown = action.metavar
    if shown is None and action.choices is not None:
        # the {a,b} label is made from the choices: they must be iterable
        try:
            iter(action.choices)
        except TypeError:
            raise ValueError(_METAVAR_MISMATCH)
    offered = len(shown) if isinstance(shown, tuple) else None
    wanted = _nargs_form(action.nargs, offered)[1]
    if None not in (offered, wanted) and offered != wanted:
        raise ValueError(_METAVAR_MISMATCH)


class _Host:
    """Shared behaviour of parsers and argument groups (they add arguments)."""

    # checks run on a freshly built action; groups skip the metavar one, like 3.12
    _vetters = (_vet_type,)
    _group_warning = 'Nesting argument groups is deprecated.'
    _mutex_warning = None

    def _host_setup(self, store, description, prefix_chars, argument_default,
                    conflict_handler):
        self._store = store
        vars(self).update(description=description, prefix_chars=prefix_chars,
                          argument_default=argument_default,
                          conflict_handler=conflict_handler)
        if conflict_handler not in _CLASH_POLICIES:
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)

    # views onto the shared store, under the names other code expects
    @property
    def _actions(self):
        return self._store.actions

    @property
    def _option_string_actions(self):
        return self._store.spellings

    @property
    def _defaults(self):
        return self._store.defaults

    @property
    def _registries(self):
        return self._store.registry

    @property
    def _mutually_exclusive_groups(self):
        return self._store.mutex

    @property
    def _has_negative_number_optionals(self):
        return self._store.negative_like

    def register(self, registry_name, value, object):
        self._store.registry.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._store.registry[registry_name]
        return table[value] if value in table else default

    def set_defaults(self, **kwargs):
        self._store.defaults.update(kwargs)
        for action in self._store.actions:
            if action.dest in kwargs:
                action.default = kwargs.get(action.dest)

    def get_default(self, dest):
        for action in self._store.actions:
            if dest == action.dest and action.default is not None:
                return action.default
        return self._store.defaults.get(dest)

    def _get_positional_actions(self):
        return [a for a in self._store.actions if not a.option_strings]

    def _get_optional_actions(self):
        return [a for a in self._store.actions if a.option_strings]

    def add_argument(self, *args, **kwargs):
        """Declare an argument; see the documentation for the keywords."""
        spec = _ArgSpec(self, args, kwargs)
        given = spec.kw
        # the constructor keywords, filled in this order
        given['option_strings'] = _field_option_strings(spec)
        given['dest'] = _field_dest(spec)
        if spec.positional:
            value = _field_required(spec)
            if value is not _UNSET:
                given['required'] = value
        given['action'] = _field_action(spec)
        value = _field_default(spec)
        if value is not _UNSET:
            given['default'] = value
        maker = given.pop('action')
        action = maker(**given)
        for vet in self._vetters:
            vet(self, action)
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        if self._group_warning:
            _deprecated(self._group_warning, 3)
        section = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(section)
        return section

    def add_mutually_exclusive_group(self, **kwargs):
        if self._mutex_warning:
            _deprecated(self._mutex_warning, 3)
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._store.mutex.append(group)
        return group

    def _seat(self, action):
        """(titled section that lists action, exclusive groups it joins)."""
        exclusive = []
        host = self
        while isinstance(host, _MutuallyExclusiveGroup):
            exclusive.append(host)
            host = host._container
        if isinstance(host, ArgumentParser):
            host = host._optionals if action.option_strings else host._positionals
        return host, exclusive

    def _add_action(self, action):
        home, exclusive = self._seat(action)
        return self._store.enrol(action, home, exclusive, home.conflict_handler)


class _ArgumentGroup(_Host):
    """Titled section of the help output; arguments are stored on the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self._group_actions = []
        self._action_groups = []
        self._host_setup(container._store, description,
                         kwargs.pop('prefix_chars', container.prefix_chars),
                         kwargs.pop('argument_default', container.argument_default),
                         kwargs.pop('conflict_handler', container.conflict_handler))
        if kwargs:
            raise TypeError('unexpected keyword arguments: %s' % ', '.join(kwargs))


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one member may appear; arguments live in the enclosing container."""

    _mutex_warning = 'Nesting mutually exclusive groups is deprecated.'

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required, self._container = required, container


# ---------------------------------------------------------------- grammar and lexer

class _Slot:
    """One positional action with the word counts it accepts."""

    def __init__(self, action, live=True):
        self.action = action
        self.live = live
        nargs = action.nargs if live else SUPPRESS
        self.swallow = nargs in (REMAINDER, PARSER)
        self.lo, self.hi = _bounds(nargs)


def _bounds(nargs):
    """(fewest, most) words nargs accepts."""
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs in (ZERO_OR_MORE, REMAINDER):
        return 0, _MANY
    if nargs in (ONE_OR_MORE, PARSER):
        return 1, _MANY
    if nargs == SUPPRESS:
        return 0, 0
    return nargs, nargs


def _arity(action):
    return _bounds(action.nargs)


def _shortfall(action):
    nargs = action.nargs
    if nargs is None:
        return 'expected one argument'
    if nargs == OPTIONAL:
        return 'expected at most one argument'
    if nargs == ONE_OR_MORE:
        return 'expected at least one argument'
    return _plural(nargs, 'expected %s argument', 'expected %s arguments') % nargs


def _takes(action):
    """How an option treats text glued to it: 'one', 'many' or 'none' values."""
    lo, hi = _arity(action)
    if lo <= 1 <= hi:
        return 'one'
    return 'many' if hi > 0 else 'none'


class _Grammar:
    """Frozen view of a parser's declarations, built when parsing starts.

    scope: 'all' for a normal parse; 'opts' / 'pos' for the two passes of an
    intermixed parse (positional slots are dormant in 'opts')."""

    def __init__(self, parser, scope='all'):
        self.marks = parser.prefix_chars
        self.abbrev = parser.allow_abbrev
        self.table = dict(parser._option_string_actions)
        # the sorted spellings and their declaration ranks: made when an
        # abbreviation or an ambiguity first needs them
        self._ordered = self._rank = None
        self.negative_opts = parser._store.negative_like
        acts = parser._actions
        self.slots = [_Slot(a, scope != 'opts') for a in acts if not a.option_strings]
        exclusive = parser._mutually_exclusive_groups
        # (no groups: every action's list would be empty, as a missing entry reads)
        self.groups_of = {id(a): [g for g in exclusive if a in g._group_actions]
                          for a in acts} if exclusive else {}
        if scope == 'all':
            self.audited = list(acts)
        else:
            self.audited = [a for a in acts
                            if (scope == 'opts') == bool(a.option_strings)]
        self.required = [a for a in self.audited if a.required]
        self.demanding = [g for g in exclusive if g.required]

    @property
    def ordered(self):
        if self._ordered is None:
            self._ordered = sorted(self.table)
        return self._ordered

    @property
    def rank(self):
        if self._rank is None:
            self._rank = {spelling: n for n, spelling in enumerate(self.table)}
        return self._rank

    def starting_with(self, head):
        import bisect
        ordered = self.ordered
        at = bisect.bisect_left(ordered, head)
        found = []
        while at < len(ordered) and ordered[at].startswith(head):
            found.append(ordered[at])
            at += 1
        return found


class _Tok:
    """Lexer output.  kind: 'opt', 'word', 'mark', 'junk' or 'fault'."""

    __slots__ = ('kind', 'pos', 'text', 'action', 'spelling', 'attached', 'fault')

    def __init__(self, kind, pos, text, action=None, spelling=None,
                 attached=None, fault=None):
        self.kind = kind
        self.pos = pos
        self.text = text
        self.action = action
        self.spelling = spelling
        self.attached = attached
        self.fault = fault


# when no option reading exists, these make an option-like string a plain word
_WORD_RULES = (
    lambda g, text: len(text) == 1,
    lambda g, text: not g.negative_opts and _looks_negative(text),
    lambda g, text: ' ' in text,
)


class _Lexer:
    def __init__(self, grammar, parser):
        self.g = grammar
        self.parser = parser

    def run(self, argv):
        toks = []
        free = False
        for pos, text in enumerate(argv):
            if free:
                toks.append(_Tok('word', pos, text))
            elif text == '--':
                toks.append(_Tok('mark', pos, text))
                free = True
            elif text and text[0] in self.g.marks:
                toks.extend(self._classify(pos, text))
            else:
                toks.append(_Tok('word', pos, text))
        return toks

    def _readings(self, text):
        """Every (priority, spelling, attached) way text can name an option.

        0: the whole text; 1: 'name=value'; 2: abbreviation or short option with
        glued value (single-prefix forms also match prefixes of the whole text)."""
        g = self.g
        found = []
        if text in g.table:
            found.append((0, text, None))
        head, eq, tail = text.partition('=')
        glued = tail if eq else None
        if eq and head in g.table:
            found.append((1, head, tail))
        if len(text) < 2:
            return found
        if text[1] in g.marks:
            if g.abbrev:
                found.extend((2, s, glued) for s in g.starting_with(head))
            return found
        short = text[:2]
        if short in g.table:
            found.append((2, short, text[2:]))
        found.extend((2, s, None) for s in g.starting_with(text) if s != short)
        return found

    def _classify(self, pos, text):
        g = self.g
        if text in g.table:
            # the whole text names an option: that reading outranks the others
            return [_Tok('opt', pos, text, g.table[text], text)]
        readings = self._readings(text)
        if readings:
            tier = min(r[0] for r in readings)
            best = sorted((r for r in readings if r[0] == tier),
                          key=lambda r: g.rank[r[1]])
            if len(best) > 1:
                self.parser.error('ambiguous option: %s could match %s'
                                  % (text, ', '.join(r[1] for r in best)))
            return self._expand(pos, text, best[0][1], best[0][2])
        if any(rule(g, text) for rule in _WORD_RULES):
            return [_Tok('word', pos, text)]
        return [_Tok('junk', pos, text)]

    def _expand(self, pos, text, spelling, glued):
        """Option tokens for one string; a glued tail is scanned left to right,
        each flag that takes no value letting the next character name an option."""
        table, marks = self.g.table, self.g.marks
        if glued is None:
            return [_Tok('opt', pos, text, table[spelling], spelling)]
        toks = []
        lead = spelling
        for at in range(len(glued) + 1):
            action = table[lead]
            rest = glued[at:]
            if at and not rest:
                toks.append(_Tok('opt', pos, text, action, lead))
                break
            verdict = _takes(action)
            if verdict == 'one':
                toks.append(_Tok('opt', pos, text, action, lead, rest))
                break
            if verdict == 'many':
                toks.append(_Tok('fault', pos, text, action, lead,
                                 fault=_shortfall(action)))
                break
            follow = lead[0] + rest[:1]
            if rest and lead[1:2] not in marks and follow in table:
                toks.append(_Tok('opt', pos, text, action, lead))
                lead = follow
                continue
            toks.append(_Tok('fault', pos, text, action, lead,
                             fault='ignored explicit argument %r' % rest))
            break
        return toks


# ---------------------------------------------------------------- assignment

class _Step:
    """One scheduled effect: run an action, keep an extra word, or fail."""

    __slots__ = ('kind', 'action', 'strings', 'spelling', 'fault')

    def __init__(self, kind, action=None, strings=(), spelling=None, fault=None):
        self.kind = kind
        self.action = action
        self.strings = strings
        self.spelling = spelling
        self.fault = fault


class _Assigner:
    """Dynamic program over (token index, slot index) producing the Steps."""

    def __init__(self, grammar, toks, argv):
        self.slots = grammar.slots
        self.toks = toks
        self.argv = argv

    def solve(self):
        # each segment ends past the token it starts at: no (t, j) recurs
        plan = []
        t, j = 0, 0
        while True:
            steps, nt, nj = self._decide(t, j)
            plan.extend(steps)
            if nt is None:
                return plan
            t, j = nt, nj

    def _decide(self, t, j):
        toks = self.toks
        if t >= len(toks):
            return self._positionals(t, j)
        tok = toks[t]
        if tok.kind == 'junk':
            return [_Step('extra', strings=[tok.text])], t + 1, j
        if tok.kind in ('opt', 'fault'):
            return self._cluster(t, j)
        return self._positionals(t, j)

    def _cluster(self, t, j):
        """Tokens cut from one command-line string; a fault in any voids them all."""
        end = t
        while end + 1 < len(self.toks) and self.toks[end + 1].pos == self.toks[t].pos:
            end += 1
        last = self.toks[end]
        if last.kind == 'fault':
            return [_Step('fault', last.action, spelling=last.spelling,
                          fault=last.fault)], end + 1, j
        steps, nt, nj = self._option(end, j)
        if steps[0].kind == 'fault' or end == t:
            return steps, nt, nj
        flags = [_Step('act', tok.action, [], tok.spelling) for tok in self.toks[t:end]]
        return flags + steps, nt, nj

    def _option(self, t, j):
        tok = self.toks[t]
        action = tok.action
        if tok.attached is not None:
            return [_Step('act', action, [tok.attached], tok.spelling)], t + 1, j
        lo, hi = _arity(action)
        if action.nargs == REMAINDER:
            rest = list(self.argv[tok.pos + 1:])
            return [_Step('act', action, rest, tok.spelling)], len(self.toks), j
        nxt = t + 1
        words = []
        while nxt < len(self.toks) and self.toks[nxt].kind == 'word' and len(words) < hi:
            words.append(self.toks[nxt].text)
            nxt += 1
        if len(words) < lo:
            return [_Step('fault', action, spelling=tok.spelling,
                          fault=_shortfall(action))], nxt, j
        return [_Step('act', action, words, tok.spelling)], nxt, j

    def _units(self, t):
        """Token indexes from t, one per command-line string (clusters collapse)."""
        units = []
        for k in range(t, len(self.toks)):
            if not units or self.toks[units[-1]].pos != self.toks[k].pos:
                units.append(k)
        return units

    def _units_to_stop(self, t):
        """_units(t) up to and including the first unit that is not a word or '--'."""
        units = []
        toks = self.toks
        last = None
        for k in range(t, len(toks)):
            tok = toks[k]
            if tok.pos != last:
                units.append(k)
                if tok.kind != 'word' and tok.kind != 'mark':
                    break
                last = tok.pos
        return units

    def _spans(self, slot, kinds, p):
        """Lengths slot can cover starting at unit p, most preferred first."""
        n = len(kinds)
        if slot.swallow:
            q = p
            if slot.lo:
                while q < n and kinds[q] == 'mark':
                    q += 1
                if q >= n or kinds[q] != 'word':
                    return []
            return list(range(n - p, q - p, -1)) if slot.lo else list(range(n - p, -1, -1))
        ends, count = [], 0
        q = p
        while q <= n:
            if slot.lo <= count <= slot.hi:
                ends.append(q - p)
            if q == n or kinds[q] not in ('word', 'mark'):
                break
            if kinds[q] == 'word':
                count += 1
                if count > slot.hi:
                    break
            q += 1
        return ends[::-1]

    def _best_fit(self, kinds, slots):
        """(slots placed, spans) from unit 0: most slots, then longest early spans."""
        best = {}
        for s in range(len(slots), -1, -1):
            for q in range(len(kinds), -1, -1):
                pick = (0, ())
                if s < len(slots):
                    for span in self._spans(slots[s], kinds, q):
                        placed, spans = best[s + 1, q + span]
                        if placed + 1 > pick[0]:
                            pick = (placed + 1, (span,) + spans)
                best[s, q] = pick
        return best[0, 0]

    def _positionals(self, t, j):
        """Feed the words starting at token t to the open slots j..; unused words
        before the next option become extras."""
        open_slots = self.slots[j:]
        if any(slot.swallow for slot in open_slots):
            units = self._units(t)
        else:
            # only a slot that swallows the rest looks past the next option
            units = self._units_to_stop(t)
        kinds = [self.toks[k].kind for k in units]
        placed, spans = self._best_fit(kinds, open_slots)
        steps, at = [], 0
        for slot, span in zip(open_slots, spans):
            if slot.live:
                steps.append(_Step('act', slot.action,
                                   [self._text_at(k) for k in units[at:at + span]]))
            at += span
        stop = next((i for i, kind in enumerate(kinds) if kind not in ('word', 'mark')),
                    len(kinds))
        steps.extend(_Step('extra', strings=[self._text_at(k)]) for k in units[at:stop])
        at = max(at, stop)
        if t >= len(self.toks):
            return steps, None, j + placed
        return steps, units[at] if at < len(units) else len(self.toks), j + placed

    def _text_at(self, k):
        return self.argv[self.toks[k].pos]


# ---------------------------------------------------------------- value conversion

_EVERY, _FIRST, _NOTHING = slice(None), slice(0, 1), slice(0, 0)

# nargs -> (one string gives a bare value, a leading '--' is dropped,
#           which converted values are checked against choices)
_VALUE_SHAPES = (
    (None, True, True, _EVERY),
    (OPTIONAL, True, True, _EVERY),
    (PARSER, False, False, _FIRST),
    (REMAINDER, False, False, _NOTHING),
)


def _value_shape(nargs):
    for key, bare, drops_mark, checked in _VALUE_SHAPES:
        if nargs == key:
            return bare, drops_mark, checked
    return False, True, _EVERY


def _screen(action, values):
    pool = action.choices
    if pool is None:
        return
    for value in values:
        if value not in pool:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, pool))))


def _coerce(parser, action, texts, checked):
    """Convert texts with the action's type; check the selected part against choices."""
    values = []
    for text in texts:
        func = parser._registry_get('type', action.type, action.type)
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            values.append(func(text))
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (ValueError, TypeError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, text))
    _screen(action, values[checked])
    return values


def _when_empty(parser, action):
    """Value for an action that got no strings, or _UNSET for 'an empty list'."""
    if action.nargs == OPTIONAL:
        stand_in = action.const if action.option_strings else action.default
        if isinstance(stand_in, str):
            return _coerce(parser, action, [stand_in], _EVERY)[0]
        return stand_in
    if action.nargs == ZERO_OR_MORE and not action.option_strings:
        if action.default is None:
            return []
        _screen(action, [action.default])
        return action.default
    return _UNSET


def _to_value(parser, action, strings):
    """Map the strings given to an action onto the value it stores."""
    if action.nargs == SUPPRESS:
        return SUPPRESS
    bare, drops_mark, checked = _value_shape(action.nargs)
    texts = list(strings)
    if drops_mark and '--' in texts:
        texts.remove('--')
    if not texts:
        value = _when_empty(parser, action)
        if value is not _UNSET:
            return value
    if bare and len(texts) == 1:
        return _coerce(parser, action, texts, _EVERY)[0]
    return _coerce(parser, action, texts, checked)


# ---------------------------------------------------------------- the parser

class _Ledger:
    """What happened while the steps ran: actions seen, and per exclusive group
    the first member whose value differed from its default."""

    def __init__(self):
        self.seen = set()
        self.first = {}

    def fire(self, parser, grammar, ns, step):
        """Run one action step; returns words a sub-parser did not use."""
        action = step.action
        value = _to_value(parser, action, step.strings)
        self.seen.add(id(action))
        if value is not action.default:
            for group in grammar.groups_of.get(id(action), ()):
                earlier = self.first.setdefault(group, action)
                if earlier is not action:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _who(earlier))
        if value is SUPPRESS:
            return ()
        back = action(parser, ns, value, step.spelling)
        return back if back and isinstance(action, _SubParsersAction) else ()

    def settle(self, parser, grammar, ns):
        """Convert string defaults left untouched, then report missing arguments."""
        for action in grammar.audited:
            if id(action) in self.seen or action.required:
                continue
            if isinstance(action.default, str) and \
                    getattr(ns, action.dest, _UNSET) is action.default:
                setattr(ns, action.dest,
                        _coerce(parser, action, [action.default], _NOTHING)[0])
        missing = [_who(a) for a in grammar.required if id(a) not in self.seen]
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))

    def check_groups(self, parser, grammar):
        for group in grammar.demanding:
            if group not in self.first:
                names = [_who(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))


class ArgumentParser(_Host):
    """Turns a list of strings into a Namespace according to declarations."""

    _vetters = (_vet_type, _vet_metavar)
    _group_warning = None

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._host_setup(_Store(), description, prefix_chars, argument_default,
                         conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0] if _sys.argv else '')
        vars(self).update(prog=prog, usage=usage, epilog=epilog,
                          formatter_class=formatter_class,
                          fromfile_prefix_chars=fromfile_prefix_chars,
                          add_help=add_help, allow_abbrev=allow_abbrev,
                          exit_on_error=exit_on_error)
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._store.adopt(parent._store, self)
            self._store.defaults.update(parent._defaults)

    @property
    def _action_groups(self):
        return self._store.sections

    def _get_kwargs(self):
        keys = ('prog', 'usage', 'description', 'formatter_class',
                'conflict_handler', 'add_help')
        return [(k, getattr(self, k)) for k in keys]

    def _get_args(self):
        return []

    def __repr__(self):
        return _field_repr(self)

    def add_subparsers(self, **kwargs):
        if self._subparsers:
            self.error('cannot have multiple subparser arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        if {'title', 'description'} & set(kwargs):
            home = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                           kwargs.pop('description', None))
        else:
            home = self._positionals
        self._subparsers = home
        if kwargs.get('prog') is None:
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        maker = self._registry_get('action', kind, kind)
        action = maker(option_strings=[], **kwargs)
        home._add_action(action)
        return action

    # -- parsing entry points
    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        return self._drive(args, namespace, False)

    def parse_intermixed_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_intermixed_args(self, args=None, namespace=None):
        for slot_action in self._get_positional_actions():
            if slot_action.nargs in (PARSER, REMAINDER):
                shown = 'A...' if slot_action.nargs == PARSER else '...'
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % shown)
        for group in self._mutually_exclusive_groups:
            if any(not a.option_strings for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')
        try:
            self.format_usage()
        except Exception:
            slots = self._get_positional_actions()
            if slots:
                raise AttributeError("'%s' object has no attribute 'save_nargs'"
                                     % type(slots[0]).__name__) from None
            raise
        return self._drive(args, namespace, True)

    def _drive(self, args, namespace, intermixed):
        argv = list(_sys.argv[1:] if args is None else args)
        ns = Namespace() if namespace is None else namespace
        self._seed(ns, self._get_optional_actions() if intermixed else self._actions)
        for dest, val in self._defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, val)
        try:
            if self.fromfile_prefix_chars:
                argv = self._expand_files(argv)
            extras = self._run(argv, ns, intermixed)
        except ArgumentError as exc:
            if self.exit_on_error:
                self.error(str(exc))
            raise
        return ns, extras

    @staticmethod
    def _seed(ns, actions):
        for action in actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS \
                    and not hasattr(ns, action.dest):
                setattr(ns, action.dest, action.default)

    def _expand_files(self, argv):
        """Replace @file arguments by the arguments read from the file (nested ok)."""
        marks = self.fromfile_prefix_chars
        out = []
        pending = [(text, 0) for text in reversed(argv)]
        while pending:
            text, depth = pending.pop()
            if not (text and text[0] in marks):
                out.append(text)
                continue
            if depth >= _sys.getrecursionlimit():
                raise RecursionError('maximum recursion depth exceeded')
            pending.extend((found, depth + 1)
                           for found in reversed(self._file_args(text[1:])))
        return out

    def _file_args(self, path):
        try:
            with open(path, encoding=_sys.getfilesystemencoding(),
                      errors=_sys.getfilesystemencodeerrors()) as handle:
                lines = handle.read().splitlines()
        except OSError as exc:
            raise ArgumentError(None, str(exc))
        found = []
        for line in lines:
            found.extend(self.convert_arg_line_to_args(line))
        return found

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _plan(self, argv, intermixed):
        """Lex and assign; returns a list of (grammar, steps) phases."""
        if not intermixed:
            grammar = _Grammar(self)
            toks = _Lexer(grammar, self).run(argv)
            return [(grammar, _Assigner(grammar, toks, argv).solve())]
        early, late = _Grammar(self, 'opts'), _Grammar(self, 'pos')
        steps = _Assigner(early, _Lexer(early, self).run(argv), argv).solve()
        rest = [s.strings[0] for s in steps if s.kind == 'extra']
        later = _Assigner(late, _Lexer(late, self).run(rest), rest).solve()
        return [(early, [s for s in steps if s.kind != 'extra']), (late, later)]

    def _run(self, argv, ns, intermixed):
        ledger = _Ledger()
        extras, handed_back = [], []
        for number, (grammar, steps) in enumerate(self._plan(argv, intermixed)):
            self._seed(ns, grammar.audited)
            for step in steps:
                if step.kind == 'extra':
                    extras.extend(step.strings)
                elif step.kind == 'fault':
                    raise ArgumentError(step.action, step.fault)
                else:
                    handed_back.extend(ledger.fire(self, grammar, ns, step))
            ledger.settle(self, grammar, ns)
            if number == 0:
                ledger.check_groups(self, grammar)
        return extras + handed_back

    # -- help and messages
    def _get_formatter(self):
        maker = self.formatter_class
        return maker(prog=self.prog)

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for section in self._action_groups:
            fmt.start_section(section.title)
            fmt.add_text(section.description)
            fmt.add_arguments(section._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (_sys.stderr if file is None else file).write(message)
        except (OSError, AttributeError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        self.print_usage(file=_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
