//! pyrs built-in modules. Each file defines one module through `pyrs_vm`'s public API;
//! `install` registers them all with an interpreter.

mod future;
mod math;
mod random;
mod sys;
mod time;

use pyrs_vm::Vm;

/// Registers every built-in module so `import` finds it.
pub fn install(vm: &mut Vm) {
    vm.register_module("__future__", future::init);
    vm.register_module("math", math::init);
    vm.register_module("random", random::init);
    vm.register_module("sys", sys::init);
    vm.register_module("time", time::init);
}
