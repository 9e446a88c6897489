//! `mappingproxy`: the read-only view `cls.__dict__` returns (also `types.MappingProxyType`).

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyDict, PyWrapper};
use crate::object::Value;

/// `mappingproxy(mapping)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [mapping] = vm.bind_args("mappingproxy", &args, &["mapping"], 1)?;
    let mapping = mapping.unwrap_or_default();
    let ok = match &mapping {
        Value::Dict(_) | Value::Wrapper(_) => true,
        Value::List(_) | Value::Tuple(_) => false,
        other => vm.type_of(other).lookup("__getitem__").is_some(),
    };
    if !ok {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&mapping)
        )));
    }
    Ok(Value::Wrapper(Rc::new(PyWrapper::MappingProxy(mapping))))
}

/// The mapping behind a proxy, as a value the dict operations accept: a class's namespace
/// is copied (it is read-only through the proxy anyway).
fn target(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Wrapper(w)) => match w.as_ref() {
            PyWrapper::MappingProxy(Value::Type(t)) => {
                Ok(crate::object::types::dict::dict_copy_value(&t.dict))
            }
            PyWrapper::MappingProxy(m) => Ok(m.clone()),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'mappingproxy' object"
            ))),
        },
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        ))),
    }
}

/// Looks `key` up without copying a class's namespace.
fn lookup(vm: &mut Vm, proxy: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Value::Wrapper(w) = proxy {
        if let PyWrapper::MappingProxy(Value::Type(t)) = w.as_ref() {
            return vm.dict_get(&t.dict, key);
        }
        if let PyWrapper::MappingProxy(Value::Dict(d)) = w.as_ref() {
            return vm.dict_get(d, key);
        }
        if let PyWrapper::MappingProxy(m) = w.as_ref() {
            let m = m.clone();
            return match vm.getitem(&m, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, crate::error::ExcKind::KeyError) => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    Ok(None)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getitem__", &args, 2, 2)?;
    match lookup(vm, &args.pos[0], &args.pos[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("get", &args, 2, 3)?;
    Ok(lookup(vm, &args.pos[0], &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or_default()))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    Ok(Value::Bool(
        lookup(vm, &args.pos[0], &args.pos[1])?.is_some(),
    ))
}

/// Calls the method `name` of the mapping behind the proxy.
fn forward(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let m = target(vm, args, name)?;
    let method = Rc::new(crate::object::types::PyStr::new(name));
    let f = vm.getattr(&m, &method)?;
    vm.call_value(&f, &args.pos[1..], args.kw)
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "keys")
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "values")
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "items")
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "copy")
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = target(vm, &args, "__len__")?;
    vm.len(&m).map(Value::from)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = target(vm, &args, "__iter__")?;
    vm.iter(&m)
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = target(vm, &args, "__reversed__")?;
    crate::builtins::iterators::reversed(vm, Args { pos: &[m], kw: &[] })
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = target(vm, &args, "__repr__")?;
    Ok(Value::string(format!("mappingproxy({})", vm.repr(&m)?)))
}

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = target(vm, &args, "__str__")?;
    vm.to_str(&m).map(Value::string)
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__eq__", &args, 2, 2)?;
    let m = target(vm, &args, "__eq__")?;
    vm.rich_compare(&m, &args.pos[1], crate::bytecode::CmpOp::Eq)
}

fn or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    let m = target(vm, &args, "__or__")?;
    let other = match &args.pos[1] {
        Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::MappingProxy(_)) => target(
            vm,
            &Args {
                pos: &args.pos[1..],
                kw: &[],
            },
            "__or__",
        )?,
        other => other.clone(),
    };
    let copy = match &m {
        Value::Dict(d) => crate::object::types::dict::dict_copy_value(d),
        other => other.clone(),
    };
    vm.binary_op(&copy, &other, crate::bytecode::BinOp::Or)
}

fn unhashable(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'dict'"))
}

/// An empty dict, for proxies made from nothing.
pub fn empty() -> Value {
    Value::Dict(Rc::new(PyDict::new()))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", getitem),
    ("get", get),
    ("__contains__", contains),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("copy", copy),
    ("__len__", len),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
    ("__str__", str_),
    ("__eq__", eq),
    ("__or__", or),
    ("__hash__", unhashable),
];
