//! pyrs built-in modules. Each Rust file defines one module through `pyrs_vm`'s public API;
//! `py/` holds modules written in Python, embedded at build time; `install` registers them all.

mod future;
mod math;
mod random;
mod sys;
mod time;

use std::rc::Rc;

use pyrs_vm::{PyModule, PyResult, Vm};

/// Creates a module written in Python (embedded at build time).
fn python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module(name);
    vm.run_source_in(source, &format!("<frozen {name}>"), m.dict.clone())?;
    Ok(m)
}

fn bisect(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    python_module(vm, "bisect", include_str!("py/bisect.py"))
}

fn functools(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    python_module(vm, "functools", include_str!("py/functools.py"))
}

fn io(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    python_module(vm, "io", include_str!("py/io.py"))
}

fn itertools(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    python_module(vm, "itertools", include_str!("py/itertools.py"))
}

/// Registers every built-in module so `import` finds it.
pub fn install(vm: &mut Vm) {
    vm.register_module("bisect", bisect);
    vm.register_module("functools", functools);
    vm.register_module("io", io);
    vm.register_module("itertools", itertools);
    vm.register_module("__future__", future::init);
    vm.register_module("math", math::init);
    vm.register_module("random", random::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
}
