//! Embedding tests through `pyrs::new_interpreter` (built-in modules installed): the recursion
//! limit set with `sys.setrecursionlimit`, and deep Python recursion on the heap frame stack.
//! Expected values come from running the same code as a CPython 3.12 script.

use pyrs::{new_interpreter, Interpreter};

fn interpreter() -> Interpreter {
    new_interpreter(vec!["<test>".to_string()], Vec::new())
}

/// Execs `src` and returns the repr of the global `result`, or the exception's last line.
fn run(interp: &mut Interpreter, src: &str) -> String {
    if let Err(e) = interp.exec(src, "<test>") {
        return raised(interp, &e);
    }
    match interp.eval("result") {
        Ok(v) => interp
            .vm
            .repr(&v)
            .unwrap_or_else(|_| "<repr failed>".into()),
        Err(e) => raised(interp, &e),
    }
}

/// The last line of the exception's report, as `raised: Type: message`.
fn raised(interp: &mut Interpreter, e: &pyrs::PyErr) -> String {
    let text = interp.vm.format_exception(e);
    format!("raised: {}", text.lines().last().unwrap_or(""))
}

/// Sets the recursion limit to `limit` and returns the depth at which a recursing function
/// first caught `RecursionError` (CPython 3.12 reports `limit - 1`).
fn deepest_call_under(limit: u32) -> String {
    let mut interp = interpreter();
    let src = format!(
        "
import sys
sys.setrecursionlimit({limit})
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return n
result = g(1)
"
    );
    run(&mut interp, &src)
}

#[test]
fn default_recursion_limit_is_1000() {
    let mut interp = interpreter();
    assert_eq!(
        run(&mut interp, "import sys\nresult = sys.getrecursionlimit()"),
        "1000"
    );
}

#[test]
fn raised_limit_allows_50000_deep_recursion() {
    let mut interp = interpreter();
    let src = "
import sys
sys.setrecursionlimit(100000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
result = (sys.getrecursionlimit(), f(50000))
";
    assert_eq!(run(&mut interp, src), "(100000, 50000)");
}

#[test]
fn raised_limit_is_enforced_exactly() {
    assert_eq!(deepest_call_under(100000), "99999");
}

#[test]
fn runaway_recursion_at_a_high_limit_raises() {
    let mut interp = interpreter();
    let src = "
import sys
sys.setrecursionlimit(100000)
def f():
    return f()
f()
";
    assert_eq!(
        run(&mut interp, src),
        "raised: RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn lowered_limit_takes_effect() {
    assert_eq!(deepest_call_under(50), "49");
}

#[test]
fn invalid_recursion_limit() {
    let mut interp = interpreter();
    assert_eq!(
        run(&mut interp, "import sys\nsys.setrecursionlimit(0)"),
        "raised: ValueError: recursion limit must be greater or equal than 1"
    );
}

#[test]
fn native_reentry_counts_against_the_limit() {
    let mut interp = interpreter();
    let src = "
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'R' if self.n == 0 else 'R(' + repr(R(self.n - 1)) + ')'
def key_rec(n):
    return n if n == 0 else sorted([n], key=lambda x: key_rec(x - 1))[0]
try:
    key_rec(5000)
except RecursionError as e:
    message = str(e)
result = (len(repr(R(100))), message.startswith('maximum recursion depth exceeded'))
";
    // CPython 3.12 words the message after whichever of its two counters (Python frames, C
    // calls) runs out first, which depends on how deep the C stack already was; pyrs runs
    // deep key calls in its dispatch loop, so only the plain limit applies.
    assert_eq!(run(&mut interp, src), "(301, True)");
}
