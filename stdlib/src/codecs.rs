//! The `_codecs` module: the codec registry's name look-up, for `codecs.py`. The codecs
//! themselves are `pyrs_vm::codecs`, used by `str.encode` and `bytes.decode`.

use std::rc::Rc;

use pyrs_vm::{Args, ExcKind, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_codecs");
    vm.add_function(&m, "lookup_name", lookup_name);
    Ok(m)
}

/// `lookup_name(encoding)`: CPython's name of the codec (`'utf-8'`, `'iso8859-15'`).
fn lookup_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("lookup_name", &args, 1, 1)?;
    let Value::Str(name) = &args.pos[0] else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            vm.arg_type_name(&args.pos[0])
        )));
    };
    match pyrs_vm::codecs::lookup(name.as_str()) {
        Some(c) => Ok(Value::str(pyrs_vm::codecs::canonical_name(c))),
        None => Err(vm.new_error(
            ExcKind::LookupError,
            format!("unknown encoding: {}", name.as_str()),
        )),
    }
}
