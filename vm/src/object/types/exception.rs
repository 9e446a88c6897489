//! `BaseException` and its subclasses: arguments, str/repr, and the methods.

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.pos.first() {
        if let Some(data) = &inst.exc {
            *data.args.borrow_mut() = Value::tuple(args.pos[1..].to_vec());
        }
    }
    let _ = vm;
    Ok(Value::None)
}

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(inst)) => Ok(Value::string(vm.exception_str(inst)?)),
        _ => Ok(Value::str("")),
    }
}

/// `ValueError('x')`: the class name and the args tuple's repr.
pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Instance(inst) = v else {
        return vm.repr(v);
    };
    let name = inst.class.name.as_str().to_string();
    let args = inst
        .exc
        .as_ref()
        .map_or(Value::tuple(vec![]), |d| d.args.borrow().clone());
    match &args {
        Value::Tuple(t) if t.items.len() == 1 => Ok(format!("{name}({})", vm.repr(&t.items[0])?)),
        Value::Tuple(_) => Ok(format!("{name}{}", vm.repr(&args)?)),
        other => Ok(format!("{name}({})", vm.repr(other)?)),
    }
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(exception_repr(vm, &v)?))
}

fn with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__str__", str_),
    ("__repr__", repr),
    ("with_traceback", with_traceback),
];
