//! The standard text streams as Python objects (`sys.stdout`, `sys.stderr`): `write`,
//! `flush`, `fileno`, `isatty`.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyDict, PyInstance, PyType};
use crate::object::Value;

/// A new stream object for file descriptor `fd`.
pub fn new_stream(vm: &mut Vm, class: &Rc<PyType>, fd: i64, name: &str) -> Value {
    let inst = Rc::new(PyInstance {
        class: class.clone(),
        dict: PyDict::new(),
        exc: None,
    });
    let _ = vm.dict_set(&inst.dict, Value::str("_fd"), Value::Int(fd));
    let _ = vm.dict_set(&inst.dict, Value::str("name"), Value::str(name));
    let _ = vm.dict_set(&inst.dict, Value::str("encoding"), Value::str("utf-8"));
    Value::Instance(inst)
}

/// The file descriptor of one of our stream objects.
pub fn fd_of(vm: &Vm, v: &Value) -> Option<i64> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if !Rc::ptr_eq(&inst.class, &vm.types.text_io) {
        return None;
    }
    match inst.dict.get_str("_fd") {
        Some(Value::Int(fd)) => Some(fd),
        _ => None,
    }
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let text = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    vm.write_to(&args.pos[0], text.as_str())?;
    Ok(Value::from(text.char_len()))
}

fn flush(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    vm.flush_std();
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(fd_of(vm, &args.pos[0]).unwrap_or(-1)))
}

fn isatty(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("write", write),
    ("flush", flush),
    ("fileno", fileno),
    ("isatty", isatty),
];
