//! The `_weakref` module: weak references as the VM implements them (`weakref.py` builds
//! the rest of `weakref` on it).

use std::rc::Rc;

use pyrs_vm::{PyModule, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    Ok(vm.weakref_module())
}
