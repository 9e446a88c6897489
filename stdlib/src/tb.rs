//! `_traceback`: the interpreter's own exception report (the text the top level prints, with
//! CPython's position markers) for the `traceback` module to hand out.

use std::rc::Rc;

use pyrs_vm::{Args, HintStyle, PyErr, PyModule, PyResult, Value, Vm};

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
        Value::Instance(inst) if inst.exc.is_some() => {
            let err = PyErr { exc: inst.clone() };
            let text = vm.with_hint_style(HintStyle::Module, |vm| vm.format_exception(&err));
            Ok(Value::string(text))
        }
        other => Err(vm.type_error(format!("exception expected, not {}", vm.type_name(other)))),
    }
}

/// `format_exception_only(exc, with_traceback=False)`: the `Type: message` lines (and a
/// SyntaxError's location); a NameError gets a "Did you mean" hint only from its traceback.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format_exception_only", &args, 1, 2)?;
    let style = match args.pos.get(1) {
        Some(Value::Bool(true)) => HintStyle::Module,
        _ => HintStyle::ModuleWithoutTraceback,
    };
    let exc = args.pos[0].clone();
    let text = vm.with_hint_style(style, |vm| vm.format_exception_only(&exc));
    Ok(Value::string(text))
}
