//! pyrs: the embedding surface. `Python` wraps the interpreter with every built-in module
//! installed; the CLI in `main.rs` and the Wasm component use it.

pub mod session;

pub use pyrs_vm::{ExcKind, Interpreter, PyErr, PyResult, Value};

/// An interpreter with the standard built-in modules registered. `sys.path` is `path`
/// followed by the library embedded in pyrs.
pub fn new_interpreter(argv: Vec<String>, path: Vec<String>) -> Interpreter {
    configure(base_interpreter(), argv, path)
}

/// The part of an interpreter that depends on nothing outside it (no argument, variable,
/// file or stream): the built-in types, functions and modules registered, `builtins`
/// imported. The command builds it ahead of time (`wasmtime wizer`, [`configure`] after).
pub fn base_interpreter() -> Interpreter {
    let mut interp = Interpreter::new();
    pyrs_stdlib::install(&mut interp.vm);
    // CPython starts with `builtins` in `sys.modules`.
    let _ = interp.vm.import_absolute("builtins");
    interp
}

/// A [`base_interpreter`] given its command line and `sys.path` (`path`, then the library).
pub fn configure(mut interp: Interpreter, argv: Vec<String>, mut path: Vec<String>) -> Interpreter {
    interp.vm.argv = argv;
    path.push(pyrs_vm::LIBRARY_PATH.to_string());
    interp.vm.path = path;
    interp
}

/// The version line `-V` prints.
pub const VERSION_LINE: &str = "Python 3.12.0 (pyrs 0.1.0)";
