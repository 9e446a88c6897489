//! The `builtins` namespace: built-in functions and the names of the built-in types and
//! exceptions.

mod docs;
pub mod functions;
pub use docs::DocSource;
pub mod iterators;
mod namespace;
pub(crate) mod numeric;

use std::rc::Rc;

use crate::error::ExcKind;
use crate::interp::Vm;
use crate::object::types::{PyBuiltin, PyType, Role, TypeKind};
use crate::object::Value;

/// Fills `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let mut types: Vec<Rc<PyType>> = vec![
        t.object.clone(),
        t.type_.clone(),
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.memoryview.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.property.clone(),
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.super_.clone(),
    ];
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        if let Some(ty) = t.iterators.get(name) {
            types.push(ty.clone());
        }
    }
    types.extend(t.exceptions.iter().cloned());
    let builtins = vm.builtins.clone();
    for ty in types {
        let _ = vm.dict_set(
            &builtins,
            Value::Str(ty.name().clone()),
            Value::Type(ty.clone()),
        );
    }
    let _ = vm.dict_set(
        &builtins,
        Value::str("EnvironmentError"),
        Value::Type(vm.exc_type(ExcKind::OSError)),
    );
    let _ = vm.dict_set(
        &builtins,
        Value::str("IOError"),
        Value::Type(vm.exc_type(ExcKind::OSError)),
    );
    let _ = vm.dict_set(
        &builtins,
        Value::str("NotImplemented"),
        Value::NotImplemented,
    );
    for (name, v) in [
        ("Ellipsis", Value::Ellipsis),
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("__debug__", Value::Bool(true)),
    ] {
        let _ = vm.dict_set(&builtins, Value::str(name), v);
    }
    let _ = vm.dict_set(&builtins, Value::str("open"), crate::io::open_builtin());
    let _ = vm.dict_set(&builtins, Value::str("__name__"), Value::str("builtins"));
    let doc = "The built-in names: functions, types, exceptions and constants every module \
               sees without importing; `builtins.len` is the `len` a module may shadow.";
    let _ = vm.dict_set(&builtins, Value::str("__doc__"), Value::str(doc));
    let plain = functions::FUNCTIONS.iter().chain(numeric::FUNCTIONS);
    let plain = plain.map(|(name, func)| (*name, *func, Role::of(None, name)));
    let framed = namespace::FUNCTIONS.iter();
    let framed = framed.map(|(name, func)| (*name, *func, Role::ReadsFrame));
    for (name, func, role) in plain.chain(framed) {
        let f = Value::Builtin(Rc::new(PyBuiltin {
            name,
            func,
            owner: None,
            kind: TypeKind::Object,
            role,
        }));
        let _ = vm.dict_set(&builtins, Value::str(name), f);
    }
    debug_assert!(vm.types.object.kind == TypeKind::Object);
}
