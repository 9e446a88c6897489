//! The `pyrs` command: python-style arguments (`script.py args`, `-c`, `-m`, `-`, `-V`,
//! `-u`, `-E`), `sys.path` as CPython builds it, exit status as CPython's.

use std::cell::RefCell;

use pyrs::{base_interpreter, configure, Interpreter, VERSION_LINE};

#[global_allocator]
static ALLOC: pyrs_vm::pool::PoolAlloc = pyrs_vm::pool::PoolAlloc;

thread_local! {
    /// The interpreter `wizer-initialize` built ahead of time, until the command takes it.
    static PREBUILT: RefCell<Option<Interpreter>> = const { RefCell::new(None) };
}

/// Builds the fixed part of the interpreter ([`command_base`]) ahead of time: the
/// release build runs it under `wasmtime wizer`, which saves the memory it leaves as the
/// module's initial memory, so start-up begins with the types, built-ins and modules made.
/// It calls nothing outside the module (wizer refuses imports), so nothing of the machine
/// that builds pyrs is kept.
#[expect(unsafe_code, reason = "an exported symbol is an unsafe attribute")]
#[unsafe(export_name = "wizer-initialize")]
pub extern "C" fn wizer_initialize() {
    PREBUILT.with(|p| *p.borrow_mut() = Some(command_base()));
}

const USAGE: &str = "usage: pyrs [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

fn main() {
    let args = pyrs_wasi_sys::args();
    let prog = args.first().cloned().unwrap_or_else(|| "pyrs".to_string());
    let code = run(&prog, &args[1.min(args.len())..]);
    pyrs_wasi_sys::exit(code);
}

fn err(text: &str) {
    let _ = pyrs_wasi_sys::write_all(pyrs_wasi_sys::STDERR, text.as_bytes());
}

/// What the command line asks for.
enum Mode {
    Command(String),
    Module(String),
    Stdin,
    Script(String),
}

/// Options that change how the interpreter is set up.
#[derive(Default)]
struct Options {
    unbuffered: bool,
    ignore_environment: bool,
}

fn run(prog: &str, args: &[String]) -> i32 {
    let mut opts = Options::default();
    let mut i = 0;
    let mode = loop {
        let Some(a) = args.get(i).map(String::as_str) else {
            break Mode::Stdin;
        };
        match a {
            "-V" | "--version" => {
                let line = format!("{VERSION_LINE}\n");
                let _ = pyrs_wasi_sys::write_all(pyrs_wasi_sys::STDOUT, line.as_bytes());
                return 0;
            }
            "-h" | "--help" => {
                let _ = pyrs_wasi_sys::write_all(pyrs_wasi_sys::STDOUT, USAGE.as_bytes());
                return 0;
            }
            "-c" | "-m" => {
                let Some(value) = args.get(i + 1) else {
                    err(&format!("Argument expected for the {a} option\n{USAGE}Try `python -h' for more information.\n"));
                    return 2;
                };
                i += 2;
                break if a == "-c" {
                    Mode::Command(value.clone())
                } else {
                    Mode::Module(value.clone())
                };
            }
            "-u" => opts.unbuffered = true,
            "-E" | "-I" => opts.ignore_environment = true,
            "-B" | "-s" | "-S" | "-O" | "-OO" | "-q" => {}
            "--" => {
                i += 1;
                break match args.get(i) {
                    Some(s) if s != "-" => {
                        i += 1;
                        Mode::Script(s.clone())
                    }
                    _ => Mode::Stdin,
                };
            }
            "-" => break Mode::Stdin,
            s if s.starts_with('-') => {
                err(&format!(
                    "Unknown option: {s}\n{USAGE}Try `python -h' for more information.\n"
                ));
                return 2;
            }
            s => {
                i += 1;
                break Mode::Script(s.to_string());
            }
        }
        i += 1;
    };
    let rest = args.get(i..).unwrap_or(&[]);
    match mode {
        Mode::Command(cmd) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest.iter().cloned());
            let mut interp = interpreter(&opts, argv, String::new());
            let result = interp.exec(&cmd, "<string>");
            finish(&mut interp, result)
        }
        Mode::Module(name) => {
            let mut argv = vec!["-m".to_string()];
            argv.extend(rest.iter().cloned());
            let mut interp = interpreter(&opts, argv, pyrs_wasi_sys::getcwd());
            let result = interp.vm.run_module_as_main(&name, true);
            if let Err(e) = &result {
                if interp.vm.err_matches(e, pyrs::ExcKind::ImportError) {
                    let msg = interp.vm.to_str(&e.value()).unwrap_or_default();
                    interp.flush();
                    err(&format!("{prog}: {msg}\n"));
                    return 1;
                }
            }
            finish(&mut interp, result)
        }
        Mode::Stdin => run_stdin(prog, &opts, rest),
        Mode::Script(script) => run_script(prog, &opts, &script, rest),
    }
}

/// A new interpreter whose `sys.path` starts with `first`, then `PYTHONPATH`.
fn interpreter(opts: &Options, argv: Vec<String>, first: String) -> Interpreter {
    let mut path = vec![first];
    if !opts.ignore_environment {
        let pythonpath = pyrs_wasi_sys::environ()
            .into_iter()
            .find_map(|e| e.strip_prefix("PYTHONPATH=").map(str::to_string));
        if let Some(pp) = pythonpath {
            path.extend(
                pp.split(':')
                    .filter(|p| !p.is_empty())
                    .map(|p| pyrs_wasi_sys::normalize_path(&pyrs_wasi_sys::absolute(p))),
            );
        }
    }
    let base = PREBUILT
        .with(|p| p.borrow_mut().take())
        .unwrap_or_else(command_base);
    let mut interp = configure(base, argv, path);
    if opts.unbuffered {
        interp.vm.set_unbuffered();
    }
    interp
}

/// The command's [`base_interpreter`]: as CPython's `site`, `_sitebuiltins` puts exit, quit,
/// copyright, credits, license and help in builtins, imported from the library alone (the
/// script's directory is not on the path yet, as in CPython).
fn command_base() -> Interpreter {
    let mut interp = base_interpreter();
    interp.vm.path = vec![pyrs_vm::LIBRARY_PATH.to_string()];
    let _ = interp.vm.import_absolute("_sitebuiltins");
    interp.vm.path.clear();
    interp
}

/// Like CPython with a non-terminal stdin: runs the program stdin holds.
fn run_stdin(prog: &str, opts: &Options, rest: &[String]) -> i32 {
    let mut source = Vec::new();
    if let Err(e) = pyrs_wasi_sys::read_to_end(pyrs_wasi_sys::STDIN, &mut source) {
        err(&format!(
            "{prog}: can't read standard input: [Errno {}] {}\n",
            e.errno,
            e.strerror()
        ));
        return 1;
    }
    let mut argv: Vec<String> = rest.to_vec();
    if argv.is_empty() {
        argv.push(String::new());
    } else if argv[0] != "-" {
        argv.insert(0, "-".to_string());
    }
    let mut interp = interpreter(opts, argv, String::new());
    let result = match interp.vm.compile_bytes(&source, "<stdin>") {
        Ok(code) => {
            let globals = interp.vm.main_globals();
            interp.vm.run_module_code(code, globals).map(|_| ())
        }
        Err(e) => Err(e),
    };
    finish(&mut interp, result)
}

/// Runs a script file, or a directory's `__main__.py`.
fn run_script(prog: &str, opts: &Options, script: &str, rest: &[String]) -> i32 {
    let abs = pyrs_wasi_sys::normalize_path(&pyrs_wasi_sys::absolute(script));
    let (file, dir) = match pyrs_wasi_sys::stat(&abs, true) {
        Ok(st) if st.kind == pyrs_wasi_sys::FileType::Directory => {
            let main = format!("{}/__main__.py", abs.trim_end_matches('/'));
            if !pyrs_wasi_sys::is_file(&main) {
                err(&format!(
                    "{prog}: can't find '__main__' module in '{abs}'\n"
                ));
                return 1;
            }
            (main, abs.clone())
        }
        Ok(_) => {
            let dir = match abs.rfind('/') {
                Some(0) | None => "/".to_string(),
                Some(p) => abs[..p].to_string(),
            };
            (abs.clone(), dir)
        }
        Err(e) => {
            err(&format!(
                "{prog}: can't open file '{abs}': [Errno {}] {}\n",
                e.errno,
                e.strerror()
            ));
            return 2;
        }
    };
    let mut argv = vec![script.to_string()];
    argv.extend(rest.iter().cloned());
    let mut interp = interpreter(opts, argv, dir);
    let result = interp.run_file(&file);
    finish(&mut interp, result)
}

fn finish(interp: &mut Interpreter, result: pyrs::PyResult<()>) -> i32 {
    let code = match result {
        Ok(()) => 0,
        Err(e) => interp.report(&e),
    };
    interp.flush();
    code
}
