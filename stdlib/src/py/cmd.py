"""A base class for simple line-oriented command interpreters.

Subclass Cmd and add methods named do_<command>; each receives the rest
of the input line as one string.  Returning a true value from a command
ends cmdloop().  help_<topic> methods and docstrings feed the built-in
"help" command, and complete_<command> methods supply tab completion
when the readline module is available.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """Framework for a line-oriented command interpreter.

    Meant to be subclassed: the subclass provides do_* (and optionally
    help_* and complete_*) methods, and Cmd supplies the loop, the
    dispatching, the help listing and completion.
    """

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        """Set up the interpreter.

        completekey names the readline key used for completion (None turns
        completion off); stdin and stdout default to sys.stdin/sys.stdout.
        """
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the main loop ---------------------------------------------------

    def _install_completer(self):
        """Hook self.complete into readline; return a function undoing it."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        self.old_completer = previous
        readline.set_completer(self.complete)
        if getattr(readline, "backend", "readline") == "editline":
            binding = "bind ^I rl_complete" if self.completekey == "tab" else \
                "bind %s rl_complete" % self.completekey
        else:
            binding = self.completekey + ": complete"
        readline.parse_and_bind(binding)
        return lambda: readline.set_completer(previous)

    def _next_line(self):
        """Fetch the next command line, giving 'EOF' at end of input."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return "EOF"
        self.stdout.write(self.prompt)
        self.stdout.flush()
        raw = self.stdin.readline()
        if not raw:
            return "EOF"
        return raw.rstrip("\r\n")

    def cmdloop(self, intro=None):
        """Prompt for and run commands until one returns a true value.

        intro, if given, replaces self.intro as the first thing printed.
        """
        self.preloop()
        undo = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            finished = None
            while not finished:
                line = self.precmd(self._next_line())
                finished = self.onecmd(line)
                finished = self.postcmd(finished, line)
            self.postloop()
        finally:
            if undo is not None:
                undo()

    def precmd(self, line):
        """Called with each line before it runs; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; its result decides whether to stop."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""
        pass

    def postloop(self):
        """Called once when cmdloop() is about to return."""
        pass

    # -- parsing and dispatch --------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line).

        '?' is short for 'help' and '!' for 'shell' (when do_shell exists).
        command and argument are None when no command can be found.
        """
        line = line.strip()
        if not line:
            return None, None, line
        lead = line[0]
        if lead == "?":
            line = "help " + line[1:]
        elif lead == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line as if typed at the prompt.

        Returns the command method's result; a true value means stop.
        """
        name, argument, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if name is None:
            return self.default(line)
        self.lastcmd = "" if line == "EOF" else line
        if not name:
            return self.default(line)
        handler = getattr(self, "do_" + name, None)
        if handler is None:
            return self.default(line)
        return handler(argument)

    def emptyline(self):
        """An empty line repeats the previous command, if any."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for input that names no known command."""
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    # -- completion --------------------------------------------------------

    def completedefault(self, *ignored):
        """Completion for commands without a complete_* method: nothing."""
        return []

    def completenames(self, text, *ignored):
        """Command names beginning with text."""
        wanted = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(wanted)]

    def complete(self, text, state):
        """readline completer: return the state-th candidate for text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            shift = len(whole) - len(line)
            begin = readline.get_begidx() - shift
            end = readline.get_endidx() - shift
            if begin > 0:
                name = self.parseline(line)[0]
                finder = None
                if name:
                    finder = getattr(self, "complete_" + name, None)
                if finder is None:
                    finder = self.completedefault
            else:
                finder = self.completenames
            self.completion_matches = finder(text, line, begin, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """All attribute names of the class (instance attributes excluded)."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Complete the argument of 'help' with commands and topics."""
        found = set(self.completenames(*args))
        prefix = "help_" + args[0]
        found.update(name[5:] for name in self.get_names() if name.startswith(prefix))
        return list(found)

    # -- help ----------------------------------------------------------------

    def _help_on(self, topic):
        helper = getattr(self, "help_" + topic, None)
        if helper is not None:
            helper()
            return
        command = getattr(self, "do_" + topic, None)
        text = getattr(command, "__doc__", None) if command is not None else None
        if text:
            self.stdout.write("%s\n" % str(text))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (topic,)))

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        every = self.get_names()
        topics = {name[5:] for name in every if name.startswith("help_")}
        documented, undocumented = [], []
        for name in sorted(set(every)):
            if not name.startswith("do_"):
                continue
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """Write a titled block of names (nothing at all if cmds is empty)."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in as few rows as fit within displaywidth.

        Items run down the columns; columns are two spaces apart.
        """
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        wrong = [str(index) for index, item in enumerate(items)
                 if not isinstance(item, str)]
        if wrong:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(wrong))
        count = len(items)
        if count == 1:
            self.stdout.write("%s\n" % str(items[0]))
            return
        rows, columns, widths = count, [items], [0]
        for height in range(1, count):
            groups = [items[top:top + height] for top in range(0, count, height)]
            sizes = [max(len(entry) for entry in group) for group in groups]
            if sum(sizes) + 2 * (len(sizes) - 1) <= displaywidth:
                rows, columns, widths = height, groups, sizes
                break
        for row in range(rows):
            cells = [group[row] if row < len(group) else "" for group in columns]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[place]) for place, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(padded)))
