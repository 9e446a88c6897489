//! pyrs: the embedding surface. `Python` wraps the interpreter with every built-in module
//! installed; the CLI in `main.rs` and the Wasm component use it.

pub mod session;

pub use pyrs_vm::{ExcKind, Interpreter, PyErr, PyResult, Value};

/// An interpreter with the standard built-in modules registered. `sys.path` is `path`
/// followed by the library embedded in pyrs.
pub fn new_interpreter(argv: Vec<String>, mut path: Vec<String>) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.vm.argv = argv;
    path.push(pyrs_vm::LIBRARY_PATH.to_string());
    interp.vm.path = path;
    pyrs_stdlib::install(&mut interp.vm);
    // CPython starts with `builtins` in `sys.modules`.
    let _ = interp.vm.import_absolute("builtins");
    interp
}

/// The version line `-V` prints.
pub const VERSION_LINE: &str = "Python 3.12.0 (pyrs 0.1.0)";
