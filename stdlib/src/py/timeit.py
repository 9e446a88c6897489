"""Time small snippets of Python code, written for pyrs.

Timer compiles the statement into a loop inside a function and calls it
with the garbage collector switched off; `python -m timeit` runs main().
"""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function Timer compiles; {setup} and {stmt} are already indented for
# their places, {init} adds keyword parameters for callable setup/stmt.
template = '\n'.join([
    '',
    'def inner(_it, _timer{init}):',
    '    {setup}',
    '    _t0 = _timer()',
    '    for _i in _it:',
    '        {stmt}',
    '        pass',
    '    _t1 = _timer()',
    '    return _t1 - _t0',
    '',
])


def reindent(src, indent):
    """src with every line after the first indented by `indent` spaces."""
    return src.replace('\n', '\n' + ' ' * indent)


class Timer:
    """Times the execution of stmt after running setup once.

    stmt and setup are source strings or callables without arguments; timer
    is the clock to read (default time.perf_counter) and globals the
    namespace the code runs in (default: this module's).
    """

    def __init__(self, stmt='pass', setup='pass', timer=default_timer,
                 globals=None):
        self.timer = timer
        namespace = {}
        params = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup_prefix = setup + '\n'
            setup_code = reindent(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            params += ', _setup=_setup'
            setup_prefix = ''
            setup_code = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(setup_prefix + stmt, dummy_src_name, 'exec')
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        self.src = template.format(init=params, setup=setup_code,
                                   stmt=stmt_code)
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, _globals() if globals is None else globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        """Print the current exception's traceback, showing the lines of
        the generated source (call it from an except clause)."""
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split('\n')
            linecache.cache[dummy_src_name] = (len(self.src), None, lines,
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Try 1, 2, 5, 10, 20, 50, ... loops until they take at least 0.2
        seconds; return (loops, seconds). callback(loops, seconds) is called
        after every try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                count = scale * step
                taken = self.timeit(count)
                if callback:
                    callback(count, taken)
                if taken >= 0.2:
                    return (count, taken)
            scale *= 10


def timeit(stmt='pass',
           setup='pass',
           timer=default_timer,
           number=default_number,
           globals=None):
    """Build a Timer and return its timeit(number)."""
    return Timer(stmt, setup, timer, globals=globals).timeit(number)


def repeat(stmt='pass',
           setup='pass',
           timer=default_timer,
           repeat=default_repeat,
           number=default_number,
           globals=None):
    """Build a Timer and return its repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals=globals).repeat(repeat, number)


_HELP_LINES = (
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
)

_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _format_time(seconds, unit, digits):
    if unit is None:
        unit = 'nsec'
        for name, size in sorted(_UNITS.items(), key=lambda p: p[1]):
            if seconds >= size:
                unit = name
    return '%.*g %s' % (digits, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """Run the command line (sys.argv[1:] by default); return the exit
    status, or None on success. _wrap_timer, if given, is applied to the
    timer function (for tests)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(
            args, 'n:u:s:r:pvh',
            ['number=', 'setup=', 'repeat=', 'process', 'verbose', 'unit=',
             'help'])
    except getopt.error as exc:
        print(exc)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setups = []
    repeats = default_repeat
    verbose = 0
    unit = None
    digits = 3
    for name, value in opts:
        if name in ('-n', '--number'):
            number = int(value)
        if name in ('-s', '--setup'):
            setups.append(value)
        if name in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, '
                      'or sec.', file=sys.stderr)
                return 2
            unit = value
        if name in ('-r', '--repeat'):
            repeats = max(int(value), 1)
        if name in ('-p', '--process'):
            timer = time.process_time
        if name in ('-v', '--verbose'):
            if verbose:
                digits += 1
            verbose += 1
        if name in ('-h', '--help'):
            print('\n'.join(_HELP_LINES) + '\n', end=' ')
            return 0
    setup = '\n'.join(setups) or 'pass'

    import os
    sys.path[:0] = [os.curdir]
    if _wrap_timer:
        timer = _wrap_timer(timer)
    timer_obj = Timer(stmt, setup, timer)

    def report(count, taken):
        print('{} loop{} -> {:.{}g} secs'.format(
            count, '' if count == 1 else 's', taken, digits))

    if number == 0:
        try:
            number, _ = timer_obj.autorange(report if verbose else None)
        except:
            timer_obj.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = timer_obj.repeat(repeats, number)
    except:
        timer_obj.print_exc()
        return 1

    def show(seconds):
        return _format_time(seconds, unit, digits)

    if verbose:
        print('raw times: %s' % ', '.join(show(t) for t in raw))
        print()
    per_loop = [t / number for t in raw]
    best = min(per_loop)
    worst = max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, '' if number == 1 else 's', repeats, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            'The test results are likely unreliable. The worst time (%s) '
            'was more than four times slower than the best time (%s).'
            % (show(worst), show(best)), UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
