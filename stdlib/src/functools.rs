//! The `_functools` module: the VM's `reduce` (`functools.py` builds `functools` on it).

use std::rc::Rc;

use pyrs_vm::{PyModule, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    Ok(vm.functools_module())
}
