"""Line-oriented command interpreters: subclass Cmd, add do_<name> methods.

A line 'name rest' runs do_name('rest'); '?' stands for 'help' and '!' for
'shell' (when do_shell exists).  help_<topic> methods and do_ docstrings feed
the built-in help command."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class _NoCompletion:
    """Stands in for readline when it is unavailable or not wanted."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _ReadlineCompletion:
    """Installs an interpreter's completer in readline for the duration of a
    command loop, and puts the previous one back afterwards."""

    def __init__(self, interpreter, readline):
        self.interpreter = interpreter
        self.readline = readline

    def __enter__(self):
        rl, owner = self.readline, self.interpreter
        owner.old_completer = rl.get_completer()
        rl.set_completer(owner.complete)
        if 'libedit' in (getattr(rl, '__doc__', None) or '') and owner.completekey == 'tab':
            rl.parse_and_bind('bind ^I rl_complete')
        else:
            rl.parse_and_bind(owner.completekey + ': complete')
        return self

    def __exit__(self, *exc):
        self.readline.set_completer(self.interpreter.old_completer)
        return False


class Cmd:
    """Base class of a command interpreter.

    Subclasses define do_<command>(self, arg) handlers (a true result stops
    cmdloop), optional help_<topic>() methods and complete_<command>()
    completers, and may override the hook methods precmd, postcmd, preloop,
    postloop, emptyline and default."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey names the readline completion key (None: no
        completion); stdin/stdout default to the sys streams."""
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ----- the loop -----

    def cmdloop(self, intro=None):
        """Read and run commands until a handler returns a true value.
        `intro`, when given, replaces the intro attribute."""
        self.preloop()
        with self._completion_scope():
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            finished = None
            while not finished:
                line = self.precmd(self._next_line())
                finished = self.postcmd(self.onecmd(line), line)
            self.postloop()

    def _completion_scope(self):
        if not (self.use_rawinput and self.completekey):
            return _NoCompletion()
        try:
            import readline
        except ImportError:
            return _NoCompletion()
        return _ReadlineCompletion(self, readline)

    def _next_line(self):
        """The next command: queued ones first, then input; 'EOF' at the end
        of input."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        raw = self.stdin.readline()
        return raw.rstrip('\r\n') if raw else 'EOF'

    # ----- hooks -----

    def precmd(self, line):
        """Rewrite a line before it runs (default: unchanged)."""
        return line

    def postcmd(self, stop, line):
        """See a command's result; the value returned decides whether the
        loop ends (default: the handler's result)."""
        return stop

    def preloop(self):
        """Called once before the loop starts."""

    def postloop(self):
        """Called once after the loop ends."""

    # ----- parsing and dispatch -----

    def parseline(self, line):
        """Split a line into (command, argument, line).  The returned line
        has '?'/'!' expanded; command and argument are None when no command
        can be parsed."""
        line = line.strip()
        if not line:
            return None, None, line
        lead = line[0]
        if lead == '?':
            line = 'help ' + line[1:]
        elif lead == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line; return the handler's result."""
        command, argument, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        handler = getattr(self, 'do_' + command, None) if command else None
        if handler is None:
            return self.default(line)
        return handler(argument)

    def emptyline(self):
        """An empty line repeats the last command (if any)."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line naming no known command."""
        self.stdout.write(f'*** Unknown syntax: {line}\n')

    # ----- completion -----

    def completedefault(self, *ignored):
        """Completion for commands without a complete_ method: nothing."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        return [attr[3:] for attr in self.get_names() if attr.startswith('do_' + text)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            self.completion_matches = self._completions_for(text)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def _completions_for(self, text):
        import readline
        buffer = readline.get_line_buffer()
        line = buffer.lstrip()
        shift = len(buffer) - len(line)
        start = readline.get_begidx() - shift
        stop = readline.get_endidx() - shift
        if start <= 0:
            return self.completenames(text, line, start, stop)
        command = self.parseline(line)[0]
        if command == '':
            completer = self.completedefault
        else:
            # A None command (e.g. '!' without do_shell) makes this concatenation
            # raise TypeError.
            completer = getattr(self, 'complete_' + command, self.completedefault)
        return completer(text, line, start, stop)

    def get_names(self):
        """The attribute names searched for do_/help_/complete_ methods."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completion for 'help': command names and help topics."""
        names = set(self.completenames(*args))
        names |= {attr[5:] for attr in self.get_names() if attr.startswith('help_' + args[0])}
        return list(names)

    # ----- help -----

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        documented, topics, undocumented = self._help_index()
        self.stdout.write(f'{self.doc_leader}\n')
        for header, names in ((self.doc_header, documented),
                              (self.misc_header, topics),
                              (self.undoc_header, undocumented)):
            self.print_topics(header, names, 15, 80)

    def _help_on(self, topic):
        helper = getattr(self, 'help_' + topic, None)
        if helper is not None:
            helper()
            return
        handler = getattr(self, 'do_' + topic, None)
        text = getattr(handler, '__doc__', None) if handler is not None else None
        if text:
            self.stdout.write(f'{text}\n')
        else:
            self.stdout.write(f'{self.nohelp % (topic,)}\n')

    def _help_index(self):
        """Sorted (documented commands, help-only topics, undocumented
        commands)."""
        names = set(self.get_names())
        commands = {n[3:] for n in names if n.startswith('do_')}
        helped = {n[5:] for n in names if n.startswith('help_')}
        documented, undocumented = [], []
        for command in sorted(commands):
            if command in helped or getattr(self, 'do_' + command).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        return documented, sorted(helped - commands), undocumented

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """One help section: header, ruler, the names in columns."""
        if not cmds:
            return
        self.stdout.write(f'{header}\n')
        if self.ruler:
            self.stdout.write(f'{self.ruler * len(header)}\n')
        self.columnize(cmds, maxcol - 1)
        self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit in displaywidth, filled column
        by column, two spaces between columns."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        wrong = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if wrong:
            raise TypeError('list[i] not a string for i in ' + ', '.join(map(str, wrong)))
        items = list
        count = len(items)
        if count == 1:
            self.stdout.write(f'{items[0]}\n')
            return
        layout = None
        for rows in range(1, count):
            columns = [items[start:start + rows] for start in range(0, count, rows)]
            widths = [max(len(text) for text in column) for column in columns]
            if sum(widths) + 2 * (len(columns) - 1) <= displaywidth:
                layout = rows, widths
                break
        if layout is None:
            layout = count, [0]
        rows, widths = layout
        for row in range(rows):
            cells = [items[row + rows * col] for col in range(len(widths))
                     if row + rows * col < count]
            # Empty strings at the end of a row vanish, padding and all.
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(width) for cell, width in zip(cells, widths)]
            self.stdout.write('  '.join(padded) + '\n')
