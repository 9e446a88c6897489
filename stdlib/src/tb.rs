//! `_traceback`: the interpreter's own exception report (the text the top level prints, with
//! CPython's position markers) for the `traceback` module to hand out.

use std::rc::Rc;

use pyrs_vm::{Args, PyErr, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_traceback");
    vm.add_function(&m, "format_exception", format_exception);
    vm.add_function(&m, "format_exception_only", format_exception_only);
    Ok(m)
}

/// `format_exception(exc)`: the whole report of an exception instance and its chain.
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format_exception", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Instance(inst) if inst.exc.is_some() => Ok(Value::string(
            vm.format_exception(&PyErr { exc: inst.clone() }),
        )),
        other => Err(vm.type_error(format!("exception expected, not {}", vm.type_name(other)))),
    }
}

/// `format_exception_only(exc)`: the `Type: message` lines (and a SyntaxError's location).
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format_exception_only", &args, 1, 1)?;
    Ok(Value::string(vm.format_exception_only(&args.pos[0])))
}
