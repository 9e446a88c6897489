//! The `errno` module: Linux's errno names and numbers (pyrs reports Linux numbers on WASI
//! too), and `errorcode`.

use std::rc::Rc;

use pyrs_vm::{PyDict, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("errno");
    let errorcode = Rc::new(PyDict::new());
    for (number, names, _) in pyrs_wasi_sys::errno::TABLE {
        for name in names.iter() {
            vm.set_attr(&m, name, Value::Int(i64::from(*number)));
        }
        vm.dict_set(
            &errorcode,
            Value::Int(i64::from(*number)),
            Value::str(names[0]),
        )?;
    }
    vm.set_attr(&m, "errorcode", Value::Dict(errorcode));
    Ok(m)
}
