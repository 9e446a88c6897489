"""Building blocks for a read-eval-print loop written in Python."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


def _default_hook_in_use():
    return sys.excepthook is sys.__excepthook__


def _remember(kind, value, tb):
    """Record an exception the way the interactive prompt does."""
    sys.last_type = kind
    sys.last_value = value
    sys.last_exc = value
    sys.last_traceback = tb


# Markers used by the loops below.
_INVALID = object()
_FINISHED = object()


def _console_step(console, waiting):
    """Read one line and feed it to console; return the new waiting state.

    Returns _FINISHED at end of input.  Ctrl-C throws away the pending
    command and starts afresh.
    """
    try:
        try:
            line = console.raw_input(sys.ps2 if waiting else sys.ps1)
        except EOFError:
            console.write("\n")
            return _FINISHED
        return console.push(line)
    except KeyboardInterrupt:
        console.write("\nKeyboardInterrupt\n")
        console.resetbuffer()
        return False


class InteractiveInterpreter:
    """Compiles and runs source text inside a given namespace.

    It deals with parsing and with reporting errors, but knows nothing
    about prompts or where the input comes from.
    """

    def __init__(self, locals=None):
        """locals is the namespace commands run in; a fresh one by default."""
        namespace = locals
        if namespace is None:
            namespace = {"__name__": "__console__", "__doc__": None}
        self.locals = namespace
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source; return True when more input is needed.

        Invalid input is reported through showsyntaxerror() and gives False,
        as does a command that was run (successfully or not).
        """
        try:
            compiled = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            compiled = _INVALID
            self.showsyntaxerror(filename)
        if compiled is None:
            return True
        if compiled is not _INVALID:
            self.runcode(compiled)
        return False

    def runcode(self, code):
        """Execute a code object; report any exception except SystemExit."""
        namespace = self.locals
        try:
            exec(code, namespace)
        except BaseException as problem:
            if isinstance(problem, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the syntax error being handled right now.

        No stack trace is shown, since the error happened while parsing.
        A filename given here replaces the one in a plain four-field
        SyntaxError.
        """
        kind, value, tb = sys.exc_info()
        _remember(kind, value, tb)
        if filename and kind is SyntaxError:
            details = value.args[1] if len(value.args) == 2 else None
            if isinstance(details, tuple) and len(details) == 4:
                _, lineno, offset, text = details
                value = SyntaxError(value.args[0], (filename, lineno, offset, text))
                sys.last_value = sys.last_exc = value
        if _default_hook_in_use():
            self.write("".join(traceback.format_exception_only(kind, value)))
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Report the exception being handled, leaving out our own frame."""
        kind, value, tb = sys.exc_info()
        _remember(kind, value, tb)
        if not _default_hook_in_use():
            sys.excepthook(kind, value, tb)
            return
        lines = traceback.format_exception(kind, value, tb.tb_next)
        self.write("".join(lines))

    def write(self, data):
        """Send output to sys.stderr; subclasses may redirect it."""
        stream = sys.stderr
        stream.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that collects lines into commands, like the REPL."""

    def __init__(self, locals=None, filename="<console>"):
        """filename is what tracebacks show as the source of the input."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.buffer = []

    def resetbuffer(self):
        """Forget any lines gathered for an unfinished command."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Run a prompt loop until end of input.

        banner is written first (a version line by default, nothing when
        empty); exitmsg is written at the end (a default text when None).
        """
        for name, text in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, name):
                setattr(sys, name, text)
        name = type(self).__name__
        if banner is None:
            helpline = ('Type "help", "copyright", "credits" or "license" '
                        'for more information.')
            self.write("Python %s on %s\n%s\n(%s)\n"
                       % (sys.version, sys.platform, helpline, name))
        elif banner:
            self.write("%s\n" % banner)
        waiting = False
        while waiting is not _FINISHED:
            waiting = _console_step(self, waiting)
        if exitmsg is None:
            self.write("now exiting %s...\n" % name)
        elif exitmsg:
            self.write("%s\n" % exitmsg)

    def push(self, line):
        """Add one line of input; return True if the command is unfinished.

        Once the gathered lines form a complete (or invalid) command it is
        run and the buffer is emptied.
        """
        self.buffer.append(line)
        whole = "\n".join(self.buffer)
        unfinished = self.runsource(whole, self.filename)
        if unfinished:
            return unfinished
        self.resetbuffer()
        return unfinished

    def raw_input(self, prompt=""):
        """Read one line after showing prompt; EOFError at end of input."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole loop on standard input.

    readfunc, when given, replaces InteractiveConsole.raw_input; local is
    the namespace to use.
    """
    console = InteractiveConsole(local)
    if readfunc is None:
        _enable_line_editing()
    else:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


def _enable_line_editing():
    """Importing readline, where it exists, gives input() line editing."""
    try:
        import readline  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    import argparse

    options = argparse.ArgumentParser()
    options.add_argument("-q", action="store_true",
                         help="don't print version and copyright messages")
    chosen = options.parse_args()
    if chosen.q or sys.flags.quiet:
        interact(banner="")
    else:
        interact()
