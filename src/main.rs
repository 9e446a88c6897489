//! The `pyrs` command: python-style arguments (`script.py args`, `-c`, `-m`, `-V`), exit
//! status as CPython's.

use pyrs::{new_interpreter, VERSION_LINE};

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

fn run(prog: &str, args: &[String]) -> i32 {
    let mut i = 0;
    let unbuffered = std::cell::Cell::new(false);
    let new_interpreter = |argv: Vec<String>, path: Vec<String>| {
        let mut interp = new_interpreter(argv, path);
        if unbuffered.get() {
            interp.vm.set_unbuffered();
        }
        interp
    };
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-V" | "--version" => {
                let _ = pyrs_wasi_sys::write_all(
                    pyrs_wasi_sys::STDOUT,
                    format!("{VERSION_LINE}\n").as_bytes(),
                );
                return 0;
            }
            "-h" | "--help" => {
                let _ = pyrs_wasi_sys::write_all(pyrs_wasi_sys::STDOUT, USAGE.as_bytes());
                return 0;
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    err(&format!("Argument expected for the -c option\n{USAGE}Try `python -h' for more information.\n"));
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                let mut interp = new_interpreter(argv, vec![String::new()]);
                let result = interp.exec(cmd, "<string>");
                return finish(&mut interp, result);
            }
            "-m" => {
                let Some(module) = args.get(i + 1) else {
                    err(&format!("Argument expected for the -m option\n{USAGE}Try `python -h' for more information.\n"));
                    return 2;
                };
                let path = format!("{module}.py");
                if !pyrs_wasi_sys::is_file(&path) {
                    err(&format!("{prog}: No module named {module}\n"));
                    return 1;
                }
                let mut argv = vec![path.clone()];
                argv.extend(args[i + 2..].iter().cloned());
                let mut interp = new_interpreter(argv, vec![String::new()]);
                let result = interp.run_file(&path);
                return finish(&mut interp, result);
            }
            "-u" => {
                unbuffered.set(true);
                i += 1;
            }
            "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" => i += 1,
            "--" => {
                i += 1;
                break;
            }
            s if s.starts_with('-') && s != "-" => {
                err(&format!(
                    "Unknown option: {s}\n{USAGE}Try `python -h' for more information.\n"
                ));
                return 2;
            }
            _ => break,
        }
    }
    let script = match args.get(i).map(String::as_str) {
        None | Some("-") => {
            // No script: like CPython with a non-terminal stdin, run what stdin holds.
            let mut source = Vec::new();
            let mut chunk = [0u8; 64 * 1024];
            loop {
                match pyrs_wasi_sys::read(pyrs_wasi_sys::STDIN, &mut chunk) {
                    Ok(0) => break,
                    Ok(n) => source.extend_from_slice(&chunk[..n]),
                    Err(e) => {
                        err(&format!(
                            "{prog}: can't read standard input: [Errno {}] {}\n",
                            e.errno,
                            e.strerror()
                        ));
                        return 1;
                    }
                }
            }
            let mut argv: Vec<String> = args[i.min(args.len())..].to_vec();
            if argv.is_empty() {
                argv.push(String::new());
            }
            let mut interp = new_interpreter(argv, vec![String::new()]);
            let result = match interp.vm.compile_bytes(&source, "<stdin>") {
                Ok(code) => {
                    let globals = interp.vm.main_globals();
                    interp.vm.run_module_code(code, globals).map(|_| ())
                }
                Err(e) => Err(e),
            };
            return finish(&mut interp, result);
        }
        Some(s) => s,
    };
    let script = &script.to_string();
    let mut script = script.clone();
    if let Err(e) = pyrs_wasi_sys::read_file(&script) {
        if e.errno != pyrs_wasi_sys::EISDIR {
            err(&format!(
                "{prog}: can't open file '{script}': [Errno {}] {}\n",
                e.errno,
                e.strerror()
            ));
            return 2;
        }
        // A directory runs its __main__.py, as CPython does.
        let main = format!("{}/__main__.py", script.trim_end_matches('/'));
        if !pyrs_wasi_sys::is_file(&main) {
            err(&format!(
                "{prog}: can't find '__main__' module in '{script}'\n"
            ));
            return 1;
        }
        script = main;
    }
    let script = &script;
    let dir = match script.rfind('/') {
        Some(p) => script[..p].to_string(),
        None => String::new(),
    };
    let mut interp = new_interpreter(args[i..].to_vec(), vec![dir]);
    let result = interp.run_file(script);
    finish(&mut interp, result)
}

fn finish(interp: &mut pyrs::Interpreter, result: pyrs::PyResult<()>) -> i32 {
    let code = match result {
        Ok(()) => 0,
        Err(e) => interp.report(&e),
    };
    interp.flush();
    code
}
