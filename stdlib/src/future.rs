//! The `__future__` module: every feature CPython 3.12 lists, all already the default
//! behaviour or accepted as a no-op (annotations are not evaluated by pyrs either way).

use std::rc::Rc;

use pyrs_vm::{PyModule, PyResult, Value, Vm};

const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("__future__");
    for name in FEATURES {
        vm.set_attr(&m, name, Value::Bool(true));
    }
    let names: Vec<Value> = FEATURES.iter().map(|n| Value::str(n)).collect();
    vm.set_attr(&m, "all_feature_names", Value::list(names));
    Ok(m)
}
