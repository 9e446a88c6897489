"""Originality check of the library modules written in Python (`stdlib/src/py/`).

pyrs's modules are written here, never copied from CPython's `Lib/`. This prints, for each
module that has a counterpart of the same path in CPython 3.12's `Lib/`, the share of its
long code lines (over 25 characters) that appear verbatim in CPython's file. Lines that
match by necessity are not counted: `def`/`class` signatures, imports, `raise` lines, lines
that are only a string, and constants (`NAME = value`, `code = NAME`). Modules written here come out at 0-16%; a module above the
threshold (default 20%) is listed as suspect and the command exits 1.

    "$(pyenv prefix 3.12.1)/bin/python3" tests/originality.py [--threshold N] [FILE...]

Only percentages are printed, never CPython's lines: whoever rewrites a suspect module must
not look at what matched.
"""
import argparse
import os
import re
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, '..', 'stdlib', 'src', 'py')


CONSTANT = re.compile(r'[A-Z_][A-Z0-9_]* = |\w+ = [A-Z_][A-Z0-9_]*$')


def counted(line):
    line = line.strip()
    return len(line) > 25 and not CONSTANT.match(line) and not line.startswith(
        ('#', 'def ', 'class ', 'import ', 'from ', 'raise ', "'", '"', '@'))


def share(ours, theirs):
    with open(ours, encoding='utf-8') as f:
        lines = [l.strip() for l in f if counted(l)]
    with open(theirs, encoding='utf-8') as f:
        known = {l.strip() for l in f}
    same = sum(1 for l in lines if l in known)
    return same, len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--threshold', type=int, default=20)
    parser.add_argument('files', nargs='*')
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit('run this with CPython 3.12: "$(pyenv prefix 3.12.1)/bin/python3"')
    cpython = sysconfig.get_paths()['stdlib']
    files = args.files or [os.path.join(root, name)
                           for root, _, names in os.walk(LIB)
                           for name in names if name.endswith('.py')]
    suspect = 0
    for path in sorted(files):
        rel = os.path.relpath(path, LIB)
        theirs = os.path.join(cpython, rel)
        if not os.path.exists(theirs):
            continue
        same, total = share(path, theirs)
        pct = 100 * same // max(1, total)
        flag = ''
        if pct > args.threshold and same > 5:
            flag = '  <- suspect'
            suspect += 1
        print(f'{pct:3d}% {same:4d}/{total:4d}  {rel}{flag}')
    print(f'{suspect} suspect module(s) above {args.threshold}%')
    return 1 if suspect else 0


if __name__ == '__main__':
    sys.exit(main())
