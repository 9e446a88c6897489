"""Time small pieces of Python code.

Use the Timer class (or the timeit()/repeat() shortcuts) from Python, or run
``python -m timeit -h`` for the command-line interface.
"""

import gc
import itertools
import sys
import time
from time import perf_counter as default_timer

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5


def reindent(src, indent):
    """Indent every line of src after the first by `indent` spaces."""
    return ("\n" + " " * indent).join(src.split("\n"))


class _GcOff:
    """Keep the cyclic garbage collector switched off inside a with-block."""

    def __enter__(self):
        self.was_on = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was_on:
            gc.enable()


def _compile(text):
    return compile(text, dummy_src_name, "exec")


class Timer:
    """Time repeated executions of a statement.

    stmt and setup are source strings (they may span several lines) or
    zero-argument callables; setup runs once per timing, stmt `number`
    times.  timer is the clock; globals the namespace the code runs in.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        bound = {}          # callables handed to the generated function
        setup_is_text = isinstance(setup, str)
        if setup_is_text:
            _compile(setup)
            prologue = reindent(setup, 4)
            lead = setup + "\n"
        elif callable(setup):
            bound["_setup"] = setup
            prologue = "_setup()"
            lead = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        stmt_is_text = isinstance(stmt, str)
        if stmt_is_text:
            # Checked on its own so that e.g. 'return' is refused.
            _compile(lead + stmt)
            body = reindent(stmt, 8)
        elif callable(stmt):
            bound["_stmt"] = stmt
            body = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        params = ", ".join(["_it", "_timer"] + [f"{k}={k}" for k in bound])
        self.src = "\n".join([
            "",
            f"def inner({params}):",
            "    " + prologue,
            "    _t0 = _timer()",
            "    for _i in _it:",
            "        " + body,
            "        pass",
            "    _t1 = _timer()",
            "    return _t1 - _t0",
            "",
        ])
        scope = globals if globals is not None else _module_scope
        exec(_compile(self.src), scope, bound)
        self.inner = bound["inner"]

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing generated source lines."""
        import linecache
        import traceback
        # Newline-less lines, as CPython stores them (affects caret placement).
        lines = self.src.split("\n")
        linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(None, file)

    def timeit(self, number=default_number):
        """Seconds taken by setup plus `number` runs of stmt (gc paused)."""
        laps = itertools.repeat(None, number)
        with _GcOff():
            return self.inner(laps, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number); min() is the useful one."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s.

        Returns (count, seconds); callback(count, seconds) sees every try.
        """
        for power in itertools.count():
            for factor in (1, 2, 5):
                loops = factor * 10 ** power
                spent = self.timeit(loops)
                if callback is not None:
                    callback(loops, spent)
                if spent >= 0.2:
                    return loops, spent


_module_scope = globals()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals=globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Shortcut for Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals=globals).repeat(repeat, number)


# Text printed by ``-h``.
_USAGE = "\n".join((
    'Tool for measuring execution time of small code snippets.',
    '',
    'This module avoids a number of common traps for measuring execution',
    "times.  See also Tim Peters' introduction to the Algorithms chapter in",
    "the Python Cookbook, published by O'Reilly.",
    '',
    'Library usage: see the Timer class.',
    '',
    'Command line usage:',
    '    python timeit.py [-n N] [-r N] [-s S] [-p] [-h] [--] [statement]',
    '',
    'Options:',
    "  -n/--number N: how many times to execute 'statement' (default: see below)",
    '  -r/--repeat N: how many times to repeat the timer (default 5)',
    "  -s/--setup S: statement to be executed once initially (default 'pass').",
    '                Execution time of this setup statement is NOT timed.',
    '  -p/--process: use time.process_time() (default is time.perf_counter())',
    '  -v/--verbose: print raw timing results; repeat for more digits precision',
    '  -u/--unit: set the output time unit (nsec, usec, msec, or sec)',
    '  -h/--help: print this usage message and exit',
    '  --: separate options from statement, use when statement starts with -',
    "  statement: statement to be timed (default 'pass')",
    '',
    'A multi-line statement may be given by specifying each line as a',
    'separate argument; indented lines are possible by enclosing an',
    'argument in quotes and using leading spaces.  Multiple -s options are',
    'treated similarly.',
    '',
    'If -n is not given, a suitable number of loops is calculated by trying',
    'increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the',
    'total time is at least 0.2 seconds.',
    '',
    'Note: there is a certain baseline overhead associated with executing a',
    "pass statement.  It differs between versions.  The code here doesn't try",
    'to hide it, but you should be aware of it.  The baseline overhead can be',
    'measured by invoking the program without arguments.',
    '',
    'Classes:',
    '',
    '    Timer',
    '',
    'Functions:',
    '',
    '    timeit(string, string) -> float',
    '    repeat(string, string) -> list',
    '    default_timer() -> float',
    '',
    '',
))
_UNITS = (("nsec", 1e-9), ("usec", 1e-6), ("msec", 1e-3), ("sec", 1.0))


class _Settings:
    """Command-line choices, filled in from the parsed options."""

    def __init__(self):
        self.number = 0             # 0: find one with autorange()
        self.repeat = default_repeat
        self.setup = []
        self.clock = default_timer
        self.verbosity = 0
        self.unit = None

    def digits(self):
        # Three significant digits, one more for every -v after the first.
        return 3 + max(0, self.verbosity - 1)

    def show(self, seconds):
        if self.unit is None:
            name, scale = _UNITS[0]
            for candidate in _UNITS:
                if seconds >= candidate[1]:
                    name, scale = candidate
        else:
            name, scale = self.unit, dict(_UNITS)[self.unit]
        return f"{seconds / scale:.{self.digits()}g} {name}"


def main(args=None, *, _wrap_timer=None):
    """Command-line entry point; `args` defaults to sys.argv[1:].

    Returns None on success, 0 after -h, 1 when the timed code raised and 2
    for bad options.  _wrap_timer, if given, wraps the clock (for tests).
    """
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, words = getopt.getopt(args, "hn:pr:s:u:v",
                                    ["help", "number=", "process", "repeat=",
                                     "setup=", "unit=", "verbose"])
    except getopt.error as problem:
        print(problem, "use -h/--help for command line help", sep="\n")
        return 2

    cfg = _Settings()
    for flag, value in opts:
        if flag in ("-h", "--help"):
            print(_USAGE, end=" ")
            return 0
        if flag in ("-n", "--number"):
            cfg.number = int(value)
        elif flag in ("-r", "--repeat"):
            cfg.repeat = max(1, int(value))
        elif flag in ("-s", "--setup"):
            cfg.setup.append(value)
        elif flag in ("-u", "--unit"):
            if value not in dict(_UNITS):
                complaint = "Unrecognized unit. Please select nsec, usec, msec, or sec."
                print(complaint, file=sys.stderr)
                return 2
            cfg.unit = value
        elif flag in ("-p", "--process"):
            cfg.clock = time.process_time
        else:
            cfg.verbosity += 1

    # Let the timed code import modules from the working directory.
    sys.path[:0] = [os.curdir]
    clock = cfg.clock if _wrap_timer is None else _wrap_timer(cfg.clock)
    timer = Timer("\n".join(words) or "pass", "\n".join(cfg.setup) or "pass", clock)

    def progress(loops, seconds):
        plural = "" if loops == 1 else "s"
        print(f"{loops} loop{plural} -> {seconds:.{cfg.digits()}g} secs")

    try:
        if cfg.number == 0:
            cfg.number = timer.autorange(progress if cfg.verbosity else None)[0]
            if cfg.verbosity:
                print()
        totals = timer.repeat(cfg.repeat, cfg.number)
    except BaseException:
        timer.print_exc()
        return 1

    if cfg.verbosity:
        print("raw times:", ", ".join(map(cfg.show, totals)))
        print()
    per_loop = [total / cfg.number for total in totals]
    fastest, slowest = min(per_loop), max(per_loop)
    plural = "" if cfg.number == 1 else "s"
    print(f"{cfg.number} loop{plural}, best of {cfg.repeat}: "
          f"{cfg.show(fastest)} per loop")
    if slowest >= fastest * 4:
        import warnings
        warnings.warn_explicit(
            f"The test results are likely unreliable. The worst time "
            f"({cfg.show(slowest)}) was more than four times slower than the "
            f"best time ({cfg.show(fastest)}).", UserWarning, "", 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
