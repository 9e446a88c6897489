"""A tiny stand-in for the `pyperf` module, enough to run pyperformance's bm_*/run_benchmark.py.

It keeps pyperf's surface that those scripts touch: `Runner` (with `metadata`, `argparser`,
`parse_args`, `bench_func`, `bench_time_func`) and `perf_counter`. Each benchmark runs
`--loops` times (default 1), and one line `NAME: SECONDS s (LOOPS loops)` is printed, followed
by `-> REPR` of what the benchmarked function returned (for `bench_func`), so that the result
can be compared with CPython's.
Options given on the command line as `--name=value` or `--name value` override the defaults
that the benchmark declared with `runner.argparser.add_argument`.
"""

import sys

try:
    from time import perf_counter
except ImportError:
    def perf_counter():
        return 0.0


class _Namespace:
    pass


class _ArgParser:
    def __init__(self):
        self._options = []

    def add_argument(self, *names, **kwargs):
        dest = kwargs.get("dest")
        name = names[0]
        for n in names:
            if n.startswith("--"):
                name = n
        if dest is None:
            dest = name.lstrip("-").replace("-", "_")
        self._options.append((name, dest, kwargs.get("default"), kwargs.get("type")))


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()
        self.argparser.add_argument("--loops", type=int, default=1)
        self.args = None

    def parse_args(self, args=None):
        if self.args is not None:
            return self.args
        given = {}
        argv = sys.argv[1:]
        i = 0
        while i < len(argv):
            a = argv[i]
            if a.startswith("--"):
                if "=" in a:
                    key, value = a.split("=", 1)
                else:
                    key = a
                    value = argv[i + 1] if i + 1 < len(argv) else "1"
                    i += 1
                given[key] = value
            i += 1
        ns = _Namespace()
        for name, dest, default, conv in self.argparser._options:
            value = default
            if name in given:
                value = given[name]
                if conv is not None:
                    value = conv(value)
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
        raise NotImplementedError("pyperf shim: bench_async_func needs asyncio")

    def bench_command(self, name, command):
        raise NotImplementedError("pyperf shim: bench_command needs subprocess")
