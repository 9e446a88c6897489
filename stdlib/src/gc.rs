//! The `_gc` module: the VM's cycle collector as a module (`gc.py` builds `gc` on it).

use std::rc::Rc;

use pyrs_vm::{PyModule, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    Ok(vm.gc_module())
}
