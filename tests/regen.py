"""Regenerate the expected outputs of the differential tests from CPython 3.12.

CPython 3.12 is the specification for pyrs. Run this script with a CPython 3.12
interpreter, from any directory:

    "$(pyenv prefix 3.12.1)/bin/python3" tests/regen.py            # all programs
    "$(pyenv prefix 3.12.1)/bin/python3" tests/regen.py int_ str_  # name filters

For every tests/programs/X.py it runs `python3 X.py` with the working directory
tests/programs, no standard input and no extra arguments, twice (with two
different PYTHONHASHSEED values, to catch programs whose output is not
deterministic), and writes tests/programs/X.expected (tests/pending/X.py likewise, run
in tests/pending):

    --- status
    <exit status>
    --- stdout
    <stdout, byte for byte>
    --- stderr-last-line
    <last non-empty line of stderr, or nothing>

If stdout is non-empty and does not end with a newline, the header is
`--- stdout-no-eol` and one newline is appended after it in the file.

Files whose name starts with `tb_`, or whose existing .expected already uses
the full form, get `--- stderr` followed by the whole stderr instead of the
last line. The directory a test runs in is what pyrs, granted only that
directory as `--dir .`, sees as the root `/`: this script replaces its absolute
path by `/` in everything CPython prints, so a script's `__file__` and
traceback lines read `/tb_nested.py` for both.

A program's `NAME.stdin` and `NAME.env` work as a folder's (below).

Tests of files, directories and imports are folders `tests/fs/NAME/` (a
`main.py` and the files it needs), expected output `tests/fs/NAME.expected`.
Each run copies the folder to a fresh scratch directory and runs there;
`tests/fs/NAME.args` gives a command line instead of `main.py`, and
`tests/fs/NAME.env` (`KEY=value` lines) extra environment variables, and
`tests/fs/NAME.stdin` what standard input holds (empty otherwise). When the folder has an
`after.py`, it runs next in the same copy and its output is appended (so a test can check
what the first program left in files once it has exited).
Folders under `tests/wasi_only/` and `tests/sandbox/` test what CPython on
Linux does not do (WASI's missing facilities, the sandbox): their expected
outputs are written by hand and this script leaves them alone.

Command-line cases are `tests/programs/X.args` files: one argument per line,
run as `python3 ARG...` (the test runner runs `pyrs.wasm ARG...`). Messages
CPython prefixes with its own program path get `PROG` instead, and the runner
puts `PROG` in place of pyrs's program name, so both read `PROG: can't open
file ...`.

Sources are never decoded by this script (the `enc_*.py` programs may be in
any encoding, or deliberately invalid); outputs are kept as bytes.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAMS = Path(__file__).resolve().parent / "programs"
FS_TESTS = Path(__file__).resolve().parent / "fs"
PENDING = Path(__file__).resolve().parent / "pending"
PENDING_FS_TESTS = PENDING / "fs"
TIMEOUT = 300
FULL_HEADER = b"--- stderr\n"


def wants_full_stderr(source: Path, expected: Path) -> bool:
    if source.name.startswith("tb_"):
        return True
    if expected.exists():
        return FULL_HEADER in expected.read_bytes().splitlines(True)
    return False


def arguments(source: Path) -> list[str]:
    """The command-line arguments of a program: its name, or the lines of an .args file."""
    if source.suffix == ".args":
        return source.read_text(encoding="utf-8").splitlines()
    return [source.name]


def as_root(data: bytes, directory: Path) -> bytes:
    """`data` with the absolute path of `directory` shown as the root `/`."""
    prefix = str(directory).encode()
    return data.replace(prefix + b"/", b"/").replace(prefix, b"/")


def run_once(args: list[str], cwd: Path, seed: str, extra_env: dict, stdin: bytes = b"") -> tuple[int, bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONUTF8"] = "1"
    env.update(extra_env)
    proc = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
    )
    stderr = proc.stderr.replace(sys.executable.encode() + b": ", b"PROG: ")
    return proc.returncode, as_root(proc.stdout, cwd), as_root(stderr, cwd)


def run_program(source: Path, seed: str) -> tuple[int, bytes, bytes]:
    stdin_file = source.with_suffix(".stdin")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    return run_once(arguments(source), source.parent, seed, fs_env(source), stdin)


def fs_env(folder: Path) -> dict:
    env_file = folder.with_suffix(".env")
    if not env_file.exists():
        return {}
    pairs = [line.split("=", 1) for line in env_file.read_text(encoding="utf-8").splitlines() if "=" in line]
    return dict(pairs)


def run_fs_test(folder: Path, seed: str) -> tuple[int, bytes, bytes]:
    """Runs a tests/fs folder in a fresh copy of itself."""
    args_file = folder.with_suffix(".args")
    args = args_file.read_text(encoding="utf-8").splitlines() if args_file.exists() else ["main.py"]
    with tempfile.TemporaryDirectory(prefix="pyrs-regen-") as scratch:
        copy = Path(scratch).resolve() / folder.name
        shutil.copytree(folder, copy, symlinks=True)
        stdin_file = folder.with_suffix(".stdin")
        stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
        status, out, err = run_once(args, copy, seed, fs_env(folder), stdin)
        if (copy / "after.py").exists():
            # A second program checks what the first left behind (files flushed at exit).
            _, out2, err2 = run_once(["after.py"], copy, seed, fs_env(folder))
            out, err = out + out2, err + err2
        return status, out, err


def last_line(stderr: bytes) -> bytes:
    for line in reversed(stderr.split(b"\n")):
        if line.strip():
            return line.rstrip()
    return b""


def render(status: int, stdout: bytes, stderr: bytes, full: bool) -> bytes:
    out = b"--- status\n" + str(status).encode() + b"\n"
    if stdout and not stdout.endswith(b"\n"):
        out += b"--- stdout-no-eol\n" + stdout + b"\n"
    else:
        out += b"--- stdout\n" + stdout
    if full:
        out += FULL_HEADER + stderr
    else:
        out += b"--- stderr-last-line\n" + last_line(stderr) + b"\n"
    return out


def main() -> int:
    if sys.version_info[:2] != (3, 12):
        print(f"regen.py must run on CPython 3.12, not {sys.version.split()[0]}", file=sys.stderr)
        return 2
    filters = sys.argv[1:]
    sources = sorted([*PROGRAMS.glob("*.py"), *PROGRAMS.glob("*.args")])
    sources += sorted(p for p in FS_TESTS.iterdir() if p.is_dir())
    sources += sorted([*PENDING.glob("*.py"), *PENDING.glob("*.args")])
    sources += sorted(p for p in PENDING_FS_TESTS.iterdir() if p.is_dir())
    if filters:
        sources = [s for s in sources if any(f in s.name for f in filters)]
    problems = 0
    for source in sources:
        is_fs = source.is_dir()
        expected = source.with_suffix(".expected") if not is_fs else source.parent / (source.name + ".expected")
        if source.suffix == ".py" and source.with_suffix(".args").exists():
            continue
        full = wants_full_stderr(source, expected)
        run = run_fs_test if is_fs else run_program
        first = run(source, "1")
        second = run(source, "2")
        if first != second:
            print(f"NOT DETERMINISTIC: {source.name} (output depends on hash seed)", file=sys.stderr)
            problems += 1
            continue
        status, stdout, stderr = first
        content = render(status, stdout, stderr, full)
        old = expected.read_bytes() if expected.exists() else None
        if old != content:
            expected.write_bytes(content)
            print(f"{'updated' if old is not None else 'created'} {expected.name} (status {status})")
    print(f"{len(sources)} programs, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
