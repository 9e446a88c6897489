//! The `builtins` namespace: built-in functions and the names of the built-in types and
//! exceptions.

mod docs;
pub mod functions;
pub use docs::{DocSource, DocTable};
pub mod iterators;
mod namespace;
pub(crate) mod numeric;

use std::rc::Rc;

use crate::error::ExcKind;
use crate::interp::Vm;
use crate::object::types::{PyBuiltin, PyType, Role, TypeKind};
use crate::object::Value;

/// Fills `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let mut types: Vec<Rc<PyType>> = vec![
        t.object.clone(),
        t.type_.clone(),
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.memoryview.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.property.clone(),
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.super_.clone(),
    ];
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        if let Some(ty) = t.iterators.get(name) {
            types.push(ty.clone());
        }
    }
    let own = &t.exceptions[ExcKind::StepLimitExceeded.index()];
    types.extend(t.exceptions.iter().filter(|e| !Rc::ptr_eq(e, own)).cloned());
    let builtins = vm.builtins.clone();
    for ty in types {
        let _ = vm.dict_set(
            &builtins,
            Value::Str(ty.name().clone()),
            Value::Type(ty.clone()),
        );
    }
    let _ = vm.dict_set(
        &builtins,
        Value::str("EnvironmentError"),
        Value::Type(vm.exc_type(ExcKind::OSError)),
    );
    let _ = vm.dict_set(
        &builtins,
        Value::str("IOError"),
        Value::Type(vm.exc_type(ExcKind::OSError)),
    );
    let _ = vm.dict_set(
        &builtins,
        Value::str("NotImplemented"),
        Value::NotImplemented,
    );
    for (name, v) in [
        ("Ellipsis", Value::Ellipsis),
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("__debug__", Value::Bool(true)),
    ] {
        let _ = vm.dict_set(&builtins, Value::str(name), v);
    }
    let _ = vm.dict_set(&builtins, Value::str("open"), crate::io::open_builtin());
    let _ = vm.dict_set(&builtins, Value::str("__name__"), Value::str("builtins"));
    let doc = "The built-in names: functions, types, exceptions and constants every module \
               sees without importing; `builtins.len` is the `len` a module may shadow.";
    let _ = vm.dict_set(&builtins, Value::str("__doc__"), Value::str(doc));
    let plain = functions::FUNCTIONS.iter().chain(numeric::FUNCTIONS);
    let plain = plain.map(|(name, func)| (*name, *func, Role::of(None, name)));
    let framed = namespace::FUNCTIONS.iter();
    let framed = framed.map(|(name, func)| (*name, *func, Role::ReadsFrame));
    for (name, func, role) in plain.chain(framed) {
        let f = Value::Builtin(Rc::new(PyBuiltin {
            name,
            func,
            owner: None,
            kind: TypeKind::Object,
            role,
        }));
        let _ = vm.dict_set(&builtins, Value::str(name), f);
    }
    debug_assert!(vm.types.object.kind == TypeKind::Object);
    // Their places, for the values the import system gives the module.
    for name in ["__package__", "__loader__", "__spec__"] {
        let _ = vm.dict_set(&builtins, Value::str(name), Value::None);
    }
    in_cpython_order(vm, &builtins);
}

/// The names of `builtins` in the order of CPython's module dict (what `dir()`-free
/// listings and the "Did you mean" hint, which keeps the first of equally close names, see).
const CPYTHON_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
];

/// Re-inserts the names of `builtins` in `CPYTHON_ORDER` (any others after them).
fn in_cpython_order(vm: &mut Vm, builtins: &Rc<crate::object::types::PyDict>) {
    let mut items = builtins.items();
    let order: hashbrown::HashMap<&str, usize> = CPYTHON_ORDER
        .iter()
        .enumerate()
        .map(|(i, n)| (*n, i))
        .collect();
    let rank = |k: &Value| match k {
        Value::Str(s) => order.get(s.as_str()).copied().unwrap_or(usize::MAX),
        _ => usize::MAX,
    };
    items.sort_by_key(|(k, _)| rank(k));
    builtins.table.borrow_mut().clear();
    for (k, v) in items {
        let _ = vm.dict_set(builtins, k, v);
    }
}
