//! Library classes written in Python whose hot methods are native (`array.array`,
//! `collections.deque`, `decimal.Decimal`): the class a module's native methods accept (given
//! by the module's `bind` when the Python module is set up), the receiver check with
//! CPython's descriptor messages and slot wrappers' argument checks, and the call of the
//! Python method that handles every case the native one declines.

use std::cell::RefCell;
use std::rc::Rc;
use std::thread::LocalKey;

use pyrs_vm::object::types::{intern_str, PyInstance, PyType};
use pyrs_vm::{Args, PyResult, Value, Vm};

/// The class a module's native methods take, once bound.
pub type BoundClass = RefCell<Option<Rc<PyType>>>;

/// `bind(cls)`: records `cls` in `class`.
pub fn bind(vm: &mut Vm, args: &Args<'_>, class: &'static LocalKey<BoundClass>) -> PyResult<Value> {
    vm.check_args("bind", args, 1, 1)?;
    if let Value::Type(t) = &args.pos[0] {
        class.with(|c| *c.borrow_mut() = Some(t.clone()));
    }
    Ok(Value::None)
}

/// The instance a native method `name` of `owner` (`'array.array'`) was called on: an
/// instance of the bound class or of a subclass, else CPython's TypeError (a dunder is a slot
/// wrapper, the others method descriptors).
pub fn receiver<'a>(
    vm: &mut Vm,
    args: &'a Args<'_>,
    class: &'static LocalKey<BoundClass>,
    owner: &str,
    name: &str,
) -> PyResult<&'a Rc<PyInstance>> {
    let slot = name.starts_with("__");
    let accepted = |inst: &PyInstance| {
        class.with(|c| c.borrow().as_ref().is_some_and(|c| inst.is_instance_of(c)))
    };
    let msg = match args.pos.first() {
        Some(Value::Instance(inst)) if accepted(inst) => return Ok(inst),
        Some(other) if slot => format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(other)
        ),
        Some(other) => format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ),
        None if slot => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        None => {
            let short = owner.rsplit('.').next().unwrap_or(owner);
            format!("unbound method {short}.{name}() needs an argument")
        }
    };
    Err(vm.type_error(msg))
}

/// The instance a native slot wrapper (`__getitem__`, `__add__`...) of `owner` was called
/// on, its other arguments checked as CPython's slot wrappers check them: no keywords, and
/// `wanted` positional ones (`prefix` starts the count message).
pub fn wrapper_receiver<'a>(
    vm: &mut Vm,
    args: &'a Args<'_>,
    class: &'static LocalKey<BoundClass>,
    owner: &str,
    name: &str,
    wanted: usize,
    prefix: &str,
) -> PyResult<&'a Rc<PyInstance>> {
    let inst = receiver(vm, args, class, owner, name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let given = args.pos.len() - 1;
    if given != wanted {
        let plural = if wanted == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{prefix}expected {wanted} argument{plural}, got {given}"
        )));
    }
    Ok(inst)
}

/// `this._NAME(*rest)`: the Python method that handles every case.
pub fn slow_path(vm: &mut Vm, this: &Value, name: &str, rest: &[Value]) -> PyResult<Value> {
    let method = vm.getattr(this, &intern_str(name))?;
    vm.call_value(&method, rest, &[])
}
