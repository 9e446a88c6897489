"""Utilities needed to emulate Python's interactive interpreter.

"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


def _format_exception(typ, value, tb):
    # Format with an explicit traceback; the exception's own
    # __traceback__ is swapped only while formatting (some traceback
    # implementations read it instead of the tb argument).
    if isinstance(value, BaseException):
        saved = value.__traceback__
        try:
            value.__traceback__ = tb
            return traceback.format_exception(typ, value, tb)
        finally:
            value.__traceback__ = saved
    return traceback.format_exception(typ, value, tb)


class InteractiveInterpreter:
    """Base class for an interpreter that compiles and runs source code
    in a namespace, without any user interaction."""

    def __init__(self, locals=None):
        """Create the interpreter; locals defaults to a fresh namespace
        with __name__ set to '__console__' and __doc__ to None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run some source.

        Returns True when the input is incomplete (more is needed),
        False otherwise (the code ran, or an error was reported)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False

        if code is None:
            return True

        self.runcode(code)
        return False

    def runcode(self, code):
        """Execute a code object, reporting any exception except
        SystemExit through showtraceback()."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Report the syntax error that just occurred."""
        type, value, tb = sys.exc_info()
        sys.last_exc = value
        sys.last_type = type
        sys.last_value = value
        sys.last_traceback = tb
        if filename and type is SyntaxError:
            # Put the given filename into the exception when the
            # argument tuple has the short (4 item) form.
            try:
                msg, (dummy_filename, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_exc = sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            lines = traceback.format_exception_only(type, value)
            self.write(''.join(lines))
        else:
            sys.excepthook(type, value, tb)

    def showtraceback(self):
        """Report the exception that just occurred, leaving out the
        frame of the interpreter itself."""
        sys.last_type, sys.last_value, last_tb = ei = sys.exc_info()
        sys.last_traceback = last_tb
        sys.last_exc = ei[1]
        try:
            if sys.excepthook is sys.__excepthook__:
                tb = last_tb.tb_next if last_tb is not None else None
                lines = _format_exception(ei[0], ei[1], tb)
                self.write(''.join(lines))
            else:
                # A replaced hook gets the full traceback.
                sys.excepthook(ei[0], ei[1], last_tb)
        finally:
            last_tb = ei = None

    def write(self, data):
        """Write a string to sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter that buffers input lines and emulates the
    interactive Python prompt."""

    def __init__(self, locals=None, filename="<console>"):
        """Create the console; filename is used in error messages."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget any buffered input."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Run an interactive session until end of input."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt,
                        self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = 0
        while 1:
            try:
                if more:
                    prompt = sys.ps2
                else:
                    prompt = sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                else:
                    more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = 0
        if exitmsg is None:
            self.write('now exiting %s...\n' % self.__class__.__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Add a line to the buffer and try to run the whole buffer.

        Returns True when more input is needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read one line with input(); EOFError ends the session."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole session (readline is loaded when
    available and no readfunc is given)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                        help="don't print version and copyright messages")
    args = parser.parse_args()
    if args.q or sys.flags.quiet:
        banner = ''
    else:
        banner = None
    interact(banner)
