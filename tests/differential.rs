//! Differential tests: runs every `tests/programs/*.py` with pyrs.wasm under wasmtime and compares
//! the exit status, stdout and stderr with the CPython 3.12 output recorded in `X.expected`.
//! Folder tests (`tests/fs/NAME/`, `tests/wasi_only/NAME/`, `tests/sandbox/NAME/`) run in a fresh
//! scratch copy of their folder, granted only that copy; sandbox tests also check that nothing
//! next to the copy was touched.
//!
//! Usage: `cargo test --test differential [-- FILTER]`; FILTER is a substring of the test names.
//! Environment: `PYRS_WASM` (module path), `WASMTIME` (wasmtime binary).

use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const THREADS: usize = 2;
const SHOW: usize = 160;

/// What CPython 3.12 did, as recorded by `tests/regen.py`.
struct Expected {
    status: i32,
    stdout: Vec<u8>,
    /// `true`: `stderr` is the whole stderr; `false`: its last non-empty line.
    full_stderr: bool,
    stderr: Vec<u8>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn parse_expected(data: &[u8]) -> Result<Expected, String> {
    let rest = data
        .strip_prefix(b"--- status\n")
        .ok_or("does not start with `--- status`")?;
    let nl = find(rest, b"\n").ok_or("no status line")?;
    let status = String::from_utf8_lossy(&rest[..nl])
        .trim()
        .parse::<i32>()
        .map_err(|e| format!("bad status: {e}"))?;
    let rest = &rest[nl + 1..];
    let (no_eol, body) = if let Some(b) = rest.strip_prefix(b"--- stdout\n") {
        (false, b)
    } else if let Some(b) = rest.strip_prefix(b"--- stdout-no-eol\n") {
        (true, b)
    } else {
        return Err("no `--- stdout` section".into());
    };
    // Search from the newline that ends the stdout header, so that an empty stdout works.
    let from = &rest[rest.len() - body.len() - 1..];
    const LAST: &[u8] = b"\n--- stderr-last-line\n";
    const FULL: &[u8] = b"\n--- stderr\n";
    let (at, full_stderr, header) = match (find(from, LAST), find(from, FULL)) {
        (Some(a), Some(b)) if b < a => (b, true, FULL.len()),
        (Some(a), _) => (a, false, LAST.len()),
        (None, Some(b)) => (b, true, FULL.len()),
        (None, None) => return Err("no `--- stderr` section".into()),
    };
    let mut stdout = from[1..at + 1].to_vec();
    if no_eol {
        stdout.pop();
    }
    let mut stderr = from[at + header..].to_vec();
    if !full_stderr {
        stderr = last_line(&stderr).to_vec();
    }
    Ok(Expected {
        status,
        stdout,
        full_stderr,
        stderr,
    })
}

/// `text` with every occurrence of `from` replaced by `to`.
fn replace_bytes(text: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = find(rest, from) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(to);
        rest = &rest[i + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// The last line with non-whitespace content, without trailing whitespace.
fn last_line(text: &[u8]) -> &[u8] {
    let line = text
        .split(|&b| b == b'\n')
        .rev()
        .find(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .unwrap_or(&[]);
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    &line[..end]
}

fn show(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut s: String = text.chars().take(SHOW).collect();
    if text.chars().count() > SHOW {
        s.push_str("...");
    }
    format!("{s:?}")
}

/// Describes the first differing line of two outputs.
fn first_diff(what: &str, expected: &[u8], got: &[u8]) -> String {
    let exp: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let n = (0..exp.len().max(act.len()))
        .find(|&i| exp.get(i) != act.get(i))
        .unwrap_or(0);
    let line = |v: &Vec<&[u8]>| v.get(n).map_or("<none>".to_string(), |l| show(l));
    format!(
        "{what} line {}: expected {} got {}",
        n + 1,
        line(&exp),
        line(&act)
    )
}

struct Run {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Reads a pipe to its end on another thread, so that neither pipe can fill up and block.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// How a program is run: the directory granted, as the guest names it, and environment.
struct Grant<'a> {
    guest: &'a str,
    env: &'a [(String, String)],
    /// What standard input holds.
    stdin: &'a [u8],
}

/// The lines of an error wasmtime itself reported (`Error: ...` with its causes, before the
/// host's stack backtrace), not an outcome of the program: none for a program's own exit,
/// exception or trap.
fn host_error(run: &Run) -> Option<String> {
    let text = String::from_utf8_lossy(&run.stderr);
    let (at, _) = text
        .match_indices("Error: ")
        .filter(|&(i, _)| i == 0 || text.as_bytes()[i - 1] == b'\n')
        .last()?;
    let error = &text[at..];
    let end = error.find("\nStack backtrace:\n")?;
    if run.status != Some(1) || error.contains("wasm trap") {
        return None;
    }
    Some(
        error[..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Runs a program; when wasmtime failed before the program printed anything, says so and runs
/// it once more, so that a failure of the host is told apart from one of pyrs.
fn run_program(
    wasmtime: &Path,
    wasm: &Path,
    dir: &Path,
    args: &[String],
    grant: &Grant<'_>,
) -> Result<Run, String> {
    let run = run_once(wasmtime, wasm, dir, args, grant)?;
    match host_error(&run) {
        Some(error) if run.stdout.is_empty() => {
            println!("RETRY {}: wasmtime failed: {error}", args.join(" "));
            let again = run_once(wasmtime, wasm, dir, args, grant)?;
            if let Some(error) = host_error(&again) {
                return Err(format!("wasmtime failed twice: {error}"));
            }
            Ok(again)
        }
        Some(error) => Err(format!("wasmtime failed: {error}")),
        None => Ok(run),
    }
}

fn run_once(
    wasmtime: &Path,
    wasm: &Path,
    dir: &Path,
    args: &[String],
    grant: &Grant<'_>,
) -> Result<Run, String> {
    let mut cmd = Command::new(wasmtime);
    cmd.arg("run")
        .arg("--allow-precompiled")
        .arg("--dir")
        .arg(format!(".::{}", grant.guest));
    for (k, v) in grant.env {
        cmd.arg("--env").arg(format!("{k}={v}"));
    }
    let mut child = cmd
        .arg(wasm)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", wasmtime.display()))?;
    if let Some(mut input) = child.stdin.take() {
        let data = grant.stdin.to_vec();
        thread::spawn(move || {
            use std::io::Write;
            let _ = input.write_all(&data);
        });
    }
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            let _ = (out.join(), err.join());
            return Err(format!("timed out after {} s", TIMEOUT.as_secs()));
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(Run {
        status: status.code(),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

/// A test: a program in `tests/programs`, or a folder run in a scratch copy.
struct Test {
    name: String,
    /// The program file, or the test folder.
    source: PathBuf,
    suite: Suite,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Suite {
    Programs,
    /// `tests/fs`, `tests/wasi_only`: run in a copy of the folder, granted as `/`.
    Folder,
    /// `tests/sandbox`: granted as `/work` (with `PWD=/work`) beside files it must not touch.
    Sandbox,
}

/// What is left next to a sandbox test's copy: it must be there, unchanged, afterwards.
const SENTINEL: &[u8] = b"outside the granted directory\n";

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(entry.path())?, &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// `KEY=value` lines of a test's `.env` file.
fn env_lines(path: &Path) -> Vec<(String, String)> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Lists what is in `dir` (recursively), to see that a sandboxed program changed nothing.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            if is_dir {
                out.push((p.clone(), Vec::new()));
                out.extend(snapshot(&p));
            } else {
                out.push((p.clone(), fs::read(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

/// Runs one test; `Err` holds the one-line description of the failure.
fn check(wasmtime: &Path, wasm: &Path, dir: &Path, test: &Test) -> Result<(), String> {
    let source = &test.source;
    let name = &test.name;
    let exp_path = source.with_file_name(format!(
        "{}.expected",
        source.file_stem().unwrap_or_default().to_string_lossy()
    ));
    let data = fs::read(&exp_path).map_err(|e| {
        format!(
            "cannot read {} ({e}); run tests/regen.py",
            exp_path.display()
        )
    })?;
    let exp = parse_expected(&data).map_err(|e| format!("bad {}: {e}", exp_path.display()))?;
    // A program, or a command line (`X.args`: one argument per line).
    let args_path = if test.suite == Suite::Programs {
        source.clone()
    } else {
        source.with_file_name(format!("{name}.args"))
    };
    let args: Vec<String> =
        if args_path.extension().is_some_and(|x| x == "args") && args_path.exists() {
            let text =
                fs::read_to_string(&args_path).map_err(|e| format!("cannot read {name}: {e}"))?;
            text.lines().map(str::to_string).collect()
        } else if test.suite == Suite::Programs {
            vec![name.clone()]
        } else {
            vec!["main.py".to_string()]
        };
    // A program's `NAME.env` and `NAME.stdin` sit next to it, a folder's next to the folder.
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let env = env_lines(&source.with_file_name(format!("{stem}.env")));
    let stdin = fs::read(source.with_file_name(format!("{stem}.stdin"))).unwrap_or_default();
    let mut run = if test.suite == Suite::Programs {
        let grant = Grant {
            guest: "/",
            env: &env,
            stdin: &stdin,
        };
        run_program(wasmtime, wasm, dir, &args, &grant)?
    } else {
        let scratch = env::temp_dir().join(format!("pyrs-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&scratch);
        let copy = scratch.join(name);
        copy_tree(source, &copy).map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
        let sandbox = test.suite == Suite::Sandbox;
        let mut env = env;
        let guest = if sandbox {
            fs::write(scratch.join("outside.txt"), SENTINEL).map_err(|e| e.to_string())?;
            env.push(("PWD".to_string(), "/work".to_string()));
            "/work"
        } else {
            "/"
        };
        let outside = |scratch: &Path| -> Vec<(PathBuf, Vec<u8>)> {
            if !sandbox {
                return Vec::new();
            }
            snapshot(scratch)
                .into_iter()
                .filter(|(p, _)| !p.starts_with(&copy))
                .collect()
        };
        let before = outside(&scratch);
        let grant = Grant {
            guest,
            env: &env,
            stdin: &stdin,
        };
        let mut run = run_program(wasmtime, wasm, &copy, &args, &grant);
        // `after.py` checks what the program left behind once it has exited.
        if let (Ok(first), true) = (&mut run, copy.join("after.py").exists()) {
            let after = Grant {
                guest,
                env: &env,
                stdin: b"",
            };
            match run_program(wasmtime, wasm, &copy, &["after.py".to_string()], &after) {
                Ok(second) => {
                    first.stdout.extend(second.stdout);
                    first.stderr.extend(second.stderr);
                }
                Err(e) => return Err(format!("after.py: {e}")),
            }
        }
        let after = outside(&scratch);
        let _ = fs::remove_dir_all(&scratch);
        if sandbox && before != after {
            return Err(
                "the program changed files outside the directory it was granted".to_string(),
            );
        }
        run?
    };
    // Messages about the command line start with the program's name: `PROG` in both.
    let prog = wasm
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    run.stderr = replace_bytes(&run.stderr, format!("{prog}: ").as_bytes(), b"PROG: ");
    let mut problems = Vec::new();
    if run.status != Some(exp.status) {
        let got = run
            .status
            .map_or("killed by a signal".to_string(), |c| c.to_string());
        problems.push(format!("status: expected {} got {got}", exp.status));
    }
    if run.stdout != exp.stdout {
        problems.push(first_diff("stdout", &exp.stdout, &run.stdout));
    }
    if exp.full_stderr {
        if run.stderr != exp.stderr {
            problems.push(first_diff("stderr", &exp.stderr, &run.stderr));
        }
    } else {
        let got = last_line(&run.stderr);
        if got != exp.stderr.as_slice() {
            let (e, g) = (show(&exp.stderr), show(got));
            problems.push(format!("stderr last line: expected {e} got {g}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn find_wasmtime() -> Option<PathBuf> {
    if let Some(p) = env::var_os("WASMTIME") {
        return Some(PathBuf::from(p));
    }
    let on_path = env::var_os("PATH").and_then(|paths| {
        env::split_paths(&paths)
            .map(|d| d.join("wasmtime"))
            .find(|p| p.is_file())
    });
    on_path.or_else(|| {
        let home = PathBuf::from(env::var_os("HOME")?);
        Some(home.join(".cargo/bin/wasmtime")).filter(|p| p.is_file())
    })
}

/// Compiles the module once with `wasmtime compile` (the same settings `wasmtime run` uses),
/// under the same file name in `dir`, so the runs neither compile it nor share a cache.
fn precompile(wasmtime: &Path, wasm: &Path, dir: &Path) -> PathBuf {
    let out = dir.join(wasm.file_name().unwrap_or_default());
    fs::create_dir_all(dir)
        .unwrap_or_else(|e| fail(&format!("cannot make {}: {e}", dir.display())));
    let status = Command::new(wasmtime)
        .arg("compile")
        .arg(wasm)
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap_or_else(|e| fail(&format!("cannot start {}: {e}", wasmtime.display())));
    if !status.success() {
        fail(&format!("wasmtime compile {} failed", wasm.display()));
    }
    out
}

fn fail(msg: &str) -> ! {
    eprintln!("differential: {msg}");
    println!("0 passed, 1 failed");
    std::process::exit(1);
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let wasm = env::var_os("PYRS_WASM")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/wasm32-wasip1/release/pyrs.wasm"));
    let wasm = fs::canonicalize(&wasm).unwrap_or_else(|_| {
        fail(&format!(
            "pyrs.wasm not found at {}: run `cargo xtask build` first (or set PYRS_WASM)",
            wasm.display()
        ))
    });
    let wasmtime = find_wasmtime().unwrap_or_else(|| {
        fail("wasmtime not found: set WASMTIME, put it on PATH or in $HOME/.cargo/bin")
    });
    let wasm = precompile(&wasmtime, &wasm, &root.join("target/differential"));
    let filter = env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = root.join("tests/programs");
    let mut tests: Vec<Test> = fs::read_dir(&dir)
        .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let ext = p.extension().unwrap_or_default();
            ext == "args" || (ext == "py" && !p.with_extension("args").exists())
        })
        .map(|p| Test {
            name: p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            source: p,
            suite: Suite::Programs,
        })
        .collect();
    for (folder, suite) in [
        ("fs", Suite::Folder),
        ("wasi_only", Suite::Folder),
        ("sandbox", Suite::Sandbox),
    ] {
        let folder = root.join("tests").join(folder);
        let entries = fs::read_dir(&folder)
            .unwrap_or_else(|e| fail(&format!("cannot list {}: {e}", folder.display())));
        for p in entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
        {
            tests.push(Test {
                name: p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                source: p,
                suite,
            });
        }
    }
    tests.retain(|t| filter.as_deref().is_none_or(|f| t.name.contains(f)));
    tests.sort_by(|a, b| a.name.cmp(&b.name));
    let sources = tests;
    println!(
        "running {} programs with {} (precompiled)",
        sources.len(),
        wasm.display()
    );

    let next = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(test) = sources.get(i) else { break };
                if let Err(msg) = check(&wasmtime, &wasm, &dir, test) {
                    println!("FAIL {}: {msg}", test.name);
                    failed.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
    });
    let failed = failed.into_inner();
    let passed = sources.len() - failed;
    println!("{passed} passed, {failed} failed");
    if failed > 0 || sources.is_empty() {
        std::process::exit(1);
    }
}
