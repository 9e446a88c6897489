"""A tiny stand-in for the `pyperf` module, enough to run pyperformance's bm_*/run_benchmark.py.

It keeps pyperf's surface that those scripts touch: `Runner` (with `metadata`, `argparser`,
`parse_args`, `bench_func`, `bench_time_func`) and `perf_counter`. Each benchmark runs
`--loops` times (default 1), and one line `NAME: SECONDS s (LOOPS loops)` is printed, followed
by `-> REPR` of what the benchmarked function returned (for `bench_func`), so that the result
can be compared with CPython's.
Options given on the command line as `--name=value` or `--name value` override the defaults
that the benchmark declared with `runner.argparser.add_argument`; `store_true`/`store_false`
flags take no value, and the other words fill the positional arguments in order (how
pyperformance passes a variant's `extra_opts`, e.g. `pickle_dict`). `bench_async_func` runs
the coroutine function under `asyncio.run`.
"""

import sys

try:
    from time import perf_counter
except ImportError:
    def perf_counter():
        return 0.0


def python_implementation():
    return sys.implementation.name


class _Namespace:
    pass


class _Option:
    def __init__(self, names, kwargs):
        self.names = names
        self.positional = not names[0].startswith("-")
        name = names[0]
        for n in names:
            if n.startswith("--"):
                name = n
        self.dest = kwargs.get("dest") or name.lstrip("-").replace("-", "_")
        action = kwargs.get("action")
        self.flag = action in ("store_true", "store_false")
        self.default = kwargs.get("default", action == "store_false" if self.flag else None)
        self.conv = kwargs.get("type")

    def value(self, text):
        if self.flag:
            return not self.default
        if self.conv is not None:
            return self.conv(text)
        return text


class _ArgParser:
    def __init__(self):
        self._options = []

    def add_argument(self, *names, **kwargs):
        self._options.append(_Option(names, kwargs))

    def parse(self, argv):
        """Maps each option's dest to its value: the default unless `argv` gives one."""
        by_name = {}
        positionals = []
        for opt in self._options:
            if opt.positional:
                positionals.append(opt)
            for n in opt.names:
                by_name[n] = opt
        values = {opt.dest: opt.default for opt in self._options}
        i = 0
        while i < len(argv):
            word = argv[i]
            i += 1
            if word.startswith("-") and len(word) > 1:
                key, eq, text = word.partition("=")
                opt = by_name.get(key)
                if not eq and (opt is None or not opt.flag):
                    text = argv[i] if i < len(argv) else "1"
                    i += 1
                if opt is not None:
                    values[opt.dest] = opt.value(text)
            elif positionals:
                opt = positionals.pop(0)
                values[opt.dest] = opt.value(word)
        return values


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()
        self.argparser.add_argument("--loops", type=int, default=1)
        self.args = None

    def parse_args(self, args=None):
        if self.args is not None:
            return self.args
        ns = _Namespace()
        for dest, value in self.argparser.parse(sys.argv[1:]).items():
            setattr(ns, dest, value)
        self.args = ns
        return ns

    def _loops(self):
        return self.parse_args().loops

    def _report(self, name, seconds, loops, result=None):
        line = name + ": " + str(seconds) + " s (" + str(loops) + " loops)"
        if result is not None:
            text = repr(result)
            if len(text) > 60:
                text = text[:57] + "..."
            line = line + " -> " + text
        print(line)

    def bench_func(self, name, func, *args, **kwargs):
        loops = self._loops()
        result = None
        t0 = perf_counter()
        for _ in range(loops):
            result = func(*args)
        self._report(name, perf_counter() - t0, loops, result)

    def bench_time_func(self, name, time_func, *args, **kwargs):
        loops = self._loops()
        self._report(name, time_func(loops, *args), loops)

    def bench_async_func(self, name, func, *args, **kwargs):
        import asyncio

        loops = self._loops()

        async def timed():
            result = None
            t0 = perf_counter()
            for _ in range(loops):
                result = await func(*args)
            return perf_counter() - t0, result

        seconds, result = asyncio.run(timed())
        self._report(name, seconds, loops, result)

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf shim: bench_command needs subprocess")
