//! The `_io` module: CPython's I/O stack in Rust. `FileIO` owns a file descriptor, the
//! `Buffered*` classes buffer a raw stream, `TextIOWrapper` decodes and encodes text over a
//! buffered one, and `BytesIO`/`StringIO` keep their data in memory. Each class is a real type
//! (subclassable from Python) whose instances carry their Rust state in `PyInstance::native`;
//! the generic `_IOBase` methods (`base.rs`) work on any subclass through Python calls.
//!
//! No data is lost: a buffered writer flushes when closed, when freed (`Drop`), and at
//! interpreter exit (`Vm::flush_open_files`, through the registry of live writers).

mod base;
mod buffered;
mod fileio;
mod memio;
mod open;
mod textio;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyInstance, PyModule, PyType, PyWrapper};
use crate::object::Value;

pub(crate) use buffered::Buffered;
pub(crate) use memio::write_string_io;
pub(crate) use textio::TextIo;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The `_io` classes.
pub struct IoTypes {
    pub iobase: Rc<PyType>,
    pub raw_iobase: Rc<PyType>,
    pub buffered_iobase: Rc<PyType>,
    pub text_iobase: Rc<PyType>,
    pub file_io: Rc<PyType>,
    pub bytes_io: Rc<PyType>,
    pub string_io: Rc<PyType>,
    pub buffered_reader: Rc<PyType>,
    pub buffered_writer: Rc<PyType>,
    pub buffered_random: Rc<PyType>,
    pub buffered_rwpair: Rc<PyType>,
    pub text_io_wrapper: Rc<PyType>,
    pub newline_decoder: Rc<PyType>,
    pub unsupported: Rc<PyType>,
}

/// What a class defines: a method, a read-only computed attribute (CPython's getset), or a
/// read-only member (assigning to it says `readonly attribute`).
pub(crate) enum Method {
    Fn(&'static str, NativeFn),
    Get(&'static str, NativeFn),
    Member(&'static str, NativeFn),
    /// A property with a setter.
    GetSet(&'static str, NativeFn, NativeFn),
}

fn add_methods(vm: &mut Vm, ty: &Rc<PyType>, tables: &[&[Method]]) {
    let owner: &'static str = match ty.name().as_str() {
        "_IOBase" => "_IOBase",
        "_RawIOBase" => "_RawIOBase",
        "_BufferedIOBase" => "_BufferedIOBase",
        "_TextIOBase" => "_TextIOBase",
        "FileIO" => "FileIO",
        "BytesIO" => "BytesIO",
        "StringIO" => "StringIO",
        "BufferedReader" => "BufferedReader",
        "BufferedWriter" => "BufferedWriter",
        "BufferedRandom" => "BufferedRandom",
        "BufferedRWPair" => "BufferedRWPair",
        "TextIOWrapper" => "TextIOWrapper",
        _ => "IncrementalNewlineDecoder",
    };
    let count = tables.iter().map(|t| t.len()).sum();
    ty.dict.table.borrow_mut().reserve_for_merge(count);
    for m in tables.iter().flat_map(|t| t.iter()) {
        let (name, value) = match m {
            Method::Fn(name, f) => (name, method_value(owner, name, *f)),
            Method::Get(name, f) | Method::Member(name, f) | Method::GetSet(name, f, _) => {
                let fset = match m {
                    Method::Member(..) => method_value(owner, name, readonly_member),
                    Method::GetSet(_, _, set) => method_value(owner, name, *set),
                    _ => Value::None,
                };
                let property = PyWrapper::Property {
                    fget: method_value(owner, name, *f),
                    fset,
                    fdel: Value::None,
                    doc: Value::None,
                    name: RefCell::new(None),
                };
                (name, Value::Wrapper(Rc::new(property)))
            }
        };
        let _ = vm.dict_set(&ty.dict, Value::str(name), value);
    }
}

/// The setter of a read-only member.
fn readonly_member(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

fn method_value(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(crate::object::types::PyBuiltin {
        name,
        func,
        owner: Some(owner),
        kind: crate::object::types::TypeKind::Object,
        role: crate::object::types::Role::Plain,
    }))
}

/// Creates the `_io` classes, their dicts still empty (`install_methods` fills them).
pub fn io_types(object: &Rc<PyType>, os_error: Rc<PyType>, value_error: Rc<PyType>) -> IoTypes {
    use crate::object::types::typeobj::native_class;
    let iobase = native_class("_IOBase", "_io", std::slice::from_ref(object));
    let raw_iobase = native_class("_RawIOBase", "_io", std::slice::from_ref(&iobase));
    let buffered_iobase = native_class("_BufferedIOBase", "_io", std::slice::from_ref(&iobase));
    let text_iobase = native_class("_TextIOBase", "_io", std::slice::from_ref(&iobase));
    let buffered = |name| native_class(name, "_io", std::slice::from_ref(&buffered_iobase));
    IoTypes {
        file_io: native_class("FileIO", "_io", std::slice::from_ref(&raw_iobase)),
        bytes_io: buffered("BytesIO"),
        string_io: native_class("StringIO", "_io", std::slice::from_ref(&text_iobase)),
        buffered_reader: buffered("BufferedReader"),
        buffered_writer: buffered("BufferedWriter"),
        buffered_random: buffered("BufferedRandom"),
        buffered_rwpair: buffered("BufferedRWPair"),
        text_io_wrapper: native_class("TextIOWrapper", "_io", std::slice::from_ref(&text_iobase)),
        newline_decoder: native_class(
            "IncrementalNewlineDecoder",
            "_io",
            std::slice::from_ref(object),
        ),
        unsupported: crate::object::types::typeobj::native_exception_class(
            "UnsupportedOperation",
            "io",
            &[os_error, value_error],
        ),
        iobase,
        raw_iobase,
        buffered_iobase,
        text_iobase,
    }
}

/// Fills the `_io` classes with their methods.
pub fn install_methods(vm: &mut Vm) {
    let t = &vm.io;
    let tables: Vec<(Rc<PyType>, Vec<&[Method]>)> = vec![
        (t.iobase.clone(), vec![base::IOBASE_METHODS]),
        (t.raw_iobase.clone(), vec![base::RAW_METHODS]),
        (t.buffered_iobase.clone(), vec![base::BUFFERED_METHODS]),
        (t.text_iobase.clone(), vec![base::TEXT_METHODS]),
        (t.file_io.clone(), vec![fileio::METHODS]),
        (t.bytes_io.clone(), vec![memio::BYTES_METHODS]),
        (t.string_io.clone(), vec![memio::STRING_METHODS]),
        (
            t.buffered_reader.clone(),
            vec![buffered::READER_METHODS, buffered::COMMON_METHODS],
        ),
        (
            t.buffered_writer.clone(),
            vec![buffered::WRITER_METHODS, buffered::COMMON_METHODS],
        ),
        (
            t.buffered_random.clone(),
            vec![
                buffered::READER_METHODS,
                buffered::WRITER_METHODS,
                buffered::COMMON_METHODS,
                buffered::RANDOM_METHODS,
            ],
        ),
        (t.buffered_rwpair.clone(), vec![buffered::RWPAIR_METHODS]),
        (t.text_io_wrapper.clone(), vec![textio::METHODS]),
        (t.newline_decoder.clone(), vec![textio::DECODER_METHODS]),
    ];
    for (ty, methods) in tables {
        add_methods(vm, &ty, &methods);
    }
}

/// How a repr names an io object's class: `_io.FileIO`, or a Python subclass's own name.
pub(crate) fn class_display(inst: &PyInstance) -> String {
    if inst.class().heap {
        inst.class().name().as_str().to_string()
    } else {
        format!("_io.{}", inst.class().name().as_str())
    }
}

/// The `_io` module.
pub fn init_module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_io");
    let t = &vm.io;
    let classes: Vec<(&str, Rc<PyType>)> = vec![
        ("_IOBase", t.iobase.clone()),
        ("_RawIOBase", t.raw_iobase.clone()),
        ("_BufferedIOBase", t.buffered_iobase.clone()),
        ("_TextIOBase", t.text_iobase.clone()),
        ("FileIO", t.file_io.clone()),
        ("BytesIO", t.bytes_io.clone()),
        ("StringIO", t.string_io.clone()),
        ("BufferedReader", t.buffered_reader.clone()),
        ("BufferedWriter", t.buffered_writer.clone()),
        ("BufferedRandom", t.buffered_random.clone()),
        ("BufferedRWPair", t.buffered_rwpair.clone()),
        ("TextIOWrapper", t.text_io_wrapper.clone()),
        ("IncrementalNewlineDecoder", t.newline_decoder.clone()),
        ("UnsupportedOperation", t.unsupported.clone()),
    ];
    for (name, ty) in classes {
        vm.set_attr(&m, name, Value::Type(ty));
    }
    vm.set_attr(&m, "DEFAULT_BUFFER_SIZE", Value::from(DEFAULT_BUFFER_SIZE));
    vm.set_attr(
        &m,
        "BlockingIOError",
        Value::Type(vm.exc_type(ExcKind::BlockingIOError)),
    );
    // The one `open` object: `io.open is builtins.open`, as in CPython.
    let open = vm.builtins.get_str("open").unwrap_or_else(open_builtin);
    vm.set_attr(&m, "open", open);
    vm.add_function(&m, "open_code", open::open_code);
    vm.add_function(&m, "text_encoding", open::text_encoding);
    Ok(m)
}

/// The `open` built-in function.
pub fn open_builtin() -> Value {
    crate::object::types::builtin_fn::builtin("open", open::open)
}

pub(crate) use open::std_stream;
pub(crate) use textio::{
    flush_str as flush_text, next_line as next_text_line, readline_str as readline_text,
    write_str as write_text,
};

// ----- shared helpers -----

/// The instance behind `self`, or CPython's TypeError for a method called on something else.
pub(crate) fn this<'a>(vm: &mut Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Rc<PyInstance>> {
    match args.pos.first() {
        Some(Value::Instance(inst)) => Ok(inst),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{method}' requires an io object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("descriptor '{method}' needs an argument"))),
    }
}

/// The Rust state of an io object, or CPython's error for an object whose `__init__` never ran.
pub(crate) fn state<T: 'static>(vm: &mut Vm, inst: &PyInstance) -> PyResult<Rc<RefCell<T>>> {
    match inst.native::<RefCell<T>>() {
        Some(s) => Ok(s),
        None => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

/// Borrows io state for an operation; a re-entrant call (Python code called back into the
/// same object while it works) is CPython's RuntimeError instead of a panic.
pub(crate) fn borrow<'a, T>(
    vm: &mut Vm,
    cell: &'a RefCell<T>,
    what: &str,
) -> PyResult<std::cell::RefMut<'a, T>> {
    cell.try_borrow_mut().map_err(|_| {
        vm.new_error(
            ExcKind::RuntimeError,
            format!("reentrant call inside {what}"),
        )
    })
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = vm.io.unsupported.clone();
    let exc = vm.new_exception(cls, vec![Value::str(msg)]);
    PyErr { exc }
}

/// `ValueError("I/O operation on closed file.")`.
pub(crate) fn closed_error(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

pub(crate) use crate::object::types::bytes::bytes_like;

/// An optional size argument: `None` and negative numbers mean "all".
pub(crate) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            if !matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)
            ) {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )));
            }
            let n = vm.int_arg(v, "")?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// Calls `obj.name(*args)`.
pub(crate) fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let attr = vm.getattr(obj, &Rc::new(crate::object::types::PyStr::new(name)))?;
    vm.call_value(&attr, args, &[])
}

/// Reads `obj.name`.
pub(crate) fn get_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    vm.getattr(obj, &Rc::new(crate::object::types::PyStr::new(name)))
}

/// The attribute `name` of an instance's `__dict__` (such as `name` or `mode`).
pub(crate) fn dict_attr(inst: &PyInstance, name: &str) -> Option<Value> {
    inst.dict.get_str(name)
}

impl Vm {
    /// Remembers a text writer so interpreter exit can pass on its pending text.
    pub(crate) fn register_text_writer(&mut self, state: &Rc<RefCell<textio::TextIo>>) {
        crate::object::push_weak(&mut self.open_texts, Rc::downgrade(state));
    }

    /// Remembers a buffered writer so interpreter exit can flush it.
    pub(crate) fn register_writer(&mut self, state: &Rc<RefCell<Buffered>>) {
        crate::object::push_weak(&mut self.open_writers, Rc::downgrade(state));
    }

    /// Flushes every buffered writer still alive (at interpreter exit, on every path).
    pub fn flush_open_files(&mut self) {
        let texts = std::mem::take(&mut self.open_texts);
        for t in texts.iter().rev() {
            if let Some(state) = t.upgrade() {
                let _ = textio::flush_pending_state(self, &state);
            }
        }
        self.open_texts = texts;
        let writers: Vec<Weak<RefCell<Buffered>>> = std::mem::take(&mut self.open_writers);
        for w in writers.iter().rev() {
            if let Some(state) = w.upgrade() {
                let _ = buffered::flush_state(self, &state);
            }
        }
        self.open_writers = writers;
    }
}

/// `__getstate__` of the file objects: they cannot be pickled (CPython's message, with the
/// class's own name).
pub(super) fn no_pickle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(v) => vm.type_of(v).name().as_str().to_string(),
        None => "object".to_string(),
    };
    Err(vm.type_error(format!("cannot pickle '{name}' instances")))
}
