//! Helpers shared by the integration tests: run Python in a fresh interpreter and compare the
//! outcome with what CPython 3.12 produced for the same source.
#![allow(
    dead_code,
    reason = "each test crate uses a different subset of the helpers"
)]

use pyrs_vm::{Interpreter, PyErr};

/// The last line of the formatted exception: `Type: message` (or just `Type`).
pub fn last_line(interp: &mut Interpreter, err: &PyErr) -> String {
    let text = interp.vm.format_exception(err);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// Execs `setup`, then evaluates `expr` and returns its repr, or `raised: <last line>`.
pub fn outcome(setup: &str, expr: &str) -> String {
    let mut interp = Interpreter::new();
    if let Err(e) = interp.exec(setup, "<test>") {
        return format!("setup raised: {}", last_line(&mut interp, &e));
    }
    match interp.eval(expr) {
        Ok(v) => match interp.vm.repr(&v) {
            Ok(s) => s,
            Err(e) => format!("repr raised: {}", last_line(&mut interp, &e)),
        },
        Err(e) => format!("raised: {}", last_line(&mut interp, &e)),
    }
}

/// The repr of `expr` evaluated in a fresh interpreter.
pub fn repr_of(expr: &str) -> String {
    outcome("", expr)
}

/// Execs `src` in a fresh interpreter; returns the last line of the exception it raises.
pub fn error_of(src: &str) -> String {
    let mut interp = Interpreter::new();
    match interp.exec(src, "<test>") {
        Ok(()) => "<no exception>".to_string(),
        Err(e) => last_line(&mut interp, &e),
    }
}

/// Execs `src` in a fresh interpreter; returns the whole formatted exception.
pub fn traceback_of(src: &str) -> String {
    let mut interp = Interpreter::new();
    match interp.exec(src, "<test>") {
        Ok(()) => "<no exception>".to_string(),
        Err(e) => interp.vm.format_exception(&e),
    }
}

fn report(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} case(s) differ from CPython 3.12:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// For each `(expr, repr)`: a fresh interpreter execs `setup`, then `expr` must evaluate to a
/// value whose repr is `repr`. Every case runs; all mismatches are reported together.
pub fn check_reprs(setup: &str, cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(expr, want)| {
            let got = outcome(setup, expr);
            (got != want).then(|| format!("  {expr}\n    want: {want}\n    got:  {got}"))
        })
        .collect();
    report(&failures);
}

/// For each `(src, line)`: execing `src` in a fresh interpreter must raise, and the last line
/// of the formatted exception must be `line`.
pub fn check_errors(cases: &[(&str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(src, want)| {
            let got = error_of(src);
            (got != want).then(|| format!("  {src:?}\n    want: {want}\n    got:  {got}"))
        })
        .collect();
    report(&failures);
}

/// Execs `src`, which fills a list named `out`; the reprs of its items, one per line, must
/// equal `want`'s lines.
pub fn check_program(src: &str, want: &str) {
    let mut interp = Interpreter::new();
    if let Err(e) = interp.exec(src, "<test>") {
        let text = interp.vm.format_exception(&e);
        panic!("program raised:\n{text}");
    }
    let got = match interp.eval("'\\n'.join(map(repr, out))") {
        Ok(v) => interp
            .vm
            .to_str(&v)
            .unwrap_or_else(|_| "<str failed>".into()),
        Err(e) => format!("reading `out` raised: {}", last_line(&mut interp, &e)),
    };
    let want_lines: Vec<&str> = want.trim_matches('\n').lines().collect();
    let got_lines: Vec<&str> = got.lines().collect();
    let mut failures = Vec::new();
    for i in 0..want_lines.len().max(got_lines.len()) {
        let w = want_lines.get(i).copied().unwrap_or("<missing>");
        let g = got_lines.get(i).copied().unwrap_or("<missing>");
        if w != g {
            failures.push(format!("  out[{i}]\n    want: {w}\n    got:  {g}"));
        }
    }
    report(&failures);
}

/// Execs `src`, which must raise; the formatted exception, without its indented source lines
/// (CPython cannot show them for a string), must equal `want`.
pub fn check_traceback(src: &str, want: &str) {
    let text = traceback_of(src);
    let got: Vec<&str> = text.lines().filter(|l| !l.starts_with("    ")).collect();
    let got = got.join("\n");
    assert_eq!(got.trim_matches('\n'), want.trim_matches('\n'));
}
