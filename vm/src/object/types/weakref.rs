//! `weakref.ref`: weak references to instances of Python classes, functions, bound methods,
//! built-in functions, classes and generators (of every kind), with callbacks run when an
//! instance or a generator dies (see `object::finalize`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{
    Args, NativeFn, PyBuiltin, PyFunction, PyGenerator, PyInstance, PyMethod, PyType,
};
use crate::object::Value;

/// What a weak reference points at.
pub enum WeakTarget {
    Instance(Weak<PyInstance>),
    Function(Weak<PyFunction>),
    Method(Weak<PyMethod>),
    Builtin(Weak<PyBuiltin>),
    Type(Weak<PyType>),
    Generator(Weak<PyGenerator>),
}

/// The state of a `weakref.ref` object.
pub struct WeakRefState {
    pub target: WeakTarget,
    pub callback: RefCell<Option<Value>>,
    pub dead: Cell<bool>,
    /// The referent's hash, kept once computed (a dead reference still hashes).
    pub hash: Cell<Option<i64>>,
    /// The referent's address, the key of the registry.
    pub addr: usize,
}

impl WeakRefState {
    pub fn get(&self) -> Option<Value> {
        if self.dead.get() {
            return None;
        }
        match &self.target {
            WeakTarget::Instance(w) => w.upgrade().map(Value::Instance),
            WeakTarget::Function(w) => w.upgrade().map(Value::Function),
            WeakTarget::Method(w) => w.upgrade().map(Value::Method),
            WeakTarget::Builtin(w) => w.upgrade().map(Value::Builtin),
            WeakTarget::Type(w) => w.upgrade().map(Value::Type),
            WeakTarget::Generator(w) => w.upgrade().map(Value::Generator),
        }
    }
}

fn target_of(v: &Value) -> Option<(WeakTarget, usize)> {
    Some(match v {
        // Instances of classes whose `__slots__` leave out `__weakref__` cannot be.
        Value::Instance(i) => {
            let cls = i.class();
            let allowed = if cls.heap {
                cls.lookup("__weakref__").is_some()
            } else {
                i.exc.is_none()
            };
            if !allowed {
                return None;
            }
            (
                WeakTarget::Instance(Rc::downgrade(i)),
                Rc::as_ptr(i) as usize,
            )
        }
        Value::Function(f) => (
            WeakTarget::Function(Rc::downgrade(f)),
            Rc::as_ptr(f) as usize,
        ),
        Value::Method(m) => (WeakTarget::Method(Rc::downgrade(m)), Rc::as_ptr(m) as usize),
        Value::Builtin(b) => (
            WeakTarget::Builtin(Rc::downgrade(b)),
            Rc::as_ptr(b) as usize,
        ),
        Value::Type(t) => (WeakTarget::Type(Rc::downgrade(t)), Rc::as_ptr(t) as usize),
        Value::Generator(g) => (
            WeakTarget::Generator(Rc::downgrade(g)),
            Rc::as_ptr(g) as usize,
        ),
        _ => return None,
    })
}

/// `weakref.ref(obj[, callback])`; without a callback the same reference is returned again.
pub fn new_ref(
    vm: &mut Vm,
    cls: &Rc<PyType>,
    obj: &Value,
    callback: Option<Value>,
) -> PyResult<Value> {
    let Some((target, addr)) = target_of(obj) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(obj)
        )));
    };
    let callback = callback.filter(|c| !c.is_none());
    let plain = callback.is_none() && Rc::ptr_eq(cls, &vm.types.weakref);
    if plain {
        for r in crate::object::finalize::weakrefs_to(addr) {
            if let Some(state) = r.native::<WeakRefState>() {
                if state.callback.borrow().is_none() && Rc::ptr_eq(&r.class(), cls) {
                    return Ok(Value::Instance(r));
                }
            }
        }
    }
    let inst = Rc::new(PyInstance::new(cls.clone()));
    let state = WeakRefState {
        target,
        callback: RefCell::new(callback),
        dead: Cell::new(false),
        hash: Cell::new(None),
        addr,
    };
    inst.set_native(Rc::new(state));
    if matches!(obj, Value::Instance(_) | Value::Generator(_)) {
        crate::object::finalize::register_weakref(addr, &inst);
    }
    Ok(Value::Instance(inst))
}

fn state(vm: &mut Vm, v: &Value) -> PyResult<Rc<WeakRefState>> {
    match v {
        Value::Instance(i) => i
            .native::<WeakRefState>()
            .ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

/// `weakref.ref.__new__(cls, obj, callback=None)`.
pub fn ref_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("ref.__new__(X): X is not a type object"));
    };
    if !args.kw.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let cls = cls.clone();
    let rest = &args.pos[1..];
    if rest.is_empty() {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    }
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            rest.len()
        )));
    }
    new_ref(vm, &cls, &rest[0], rest.get(1).cloned())
}

fn ref_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = state(vm, &args.pos[0])?;
    Ok(s.get().unwrap_or_default())
}

fn ref_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = state(vm, &args.pos[0])?;
    if let Some(h) = s.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = s.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    s.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn ref_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let Value::Instance(bi) = b else {
        return Ok(Value::NotImplemented);
    };
    let Some(sb) = bi.native::<WeakRefState>() else {
        return Ok(Value::NotImplemented);
    };
    let sa = state(vm, a)?;
    match (sa.get(), sb.get()) {
        (Some(x), Some(y)) => Ok(Value::Bool(vm.eq(&x, &y)?)),
        _ => Ok(Value::Bool(a.is(b))),
    }
}

fn ref_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match ref_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn ref_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos[0];
    let s = state(vm, this)?;
    let text = match s.get() {
        None => format!("<weakref at {:#x}; dead>", this.identity()),
        Some(obj) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            this.identity(),
            vm.type_of(&obj).name().as_str(),
            obj.identity()
        ),
    };
    Ok(Value::string(text))
}

fn ref_callback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = state(vm, &args.pos[0])?;
    let cb = s.callback.borrow().clone();
    Ok(cb.unwrap_or_default())
}

/// `ref.__callback__`: the callback, None once the referent is gone (CPython clears it).
fn callback_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = state(vm, v)?;
    if s.get().is_none() {
        return Ok(Value::None);
    }
    let cb = s.callback.borrow().clone();
    Ok(cb.unwrap_or_default())
}

fn callback_set(vm: &mut Vm, _v: &Value, _value: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

pub static CALLBACK: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "__callback__",
    owner: "weakref.ReferenceType",
    get: callback_get,
    set: Some(callback_set),
};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", ref_init),
    ("__call__", ref_call),
    ("__hash__", ref_hash),
    ("__eq__", ref_eq),
    ("__ne__", ref_ne),
    ("__repr__", ref_repr),
    ("_callback", ref_callback),
];

/// `weakref.getweakrefcount(obj)`.
pub fn getweakrefcount(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(refs_of(&args.pos[0]).len() as i64))
}

/// `weakref.getweakrefs(obj)`.
pub fn getweakrefs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getweakrefs", &args, 1, 1)?;
    Ok(Value::list(
        refs_of(&args.pos[0])
            .into_iter()
            .map(Value::Instance)
            .collect(),
    ))
}

fn refs_of(v: &Value) -> Vec<Rc<PyInstance>> {
    match target_of(v) {
        Some((_, addr)) => crate::object::finalize::weakrefs_to(addr)
            .into_iter()
            .filter(|r| r.native::<WeakRefState>().is_some_and(|s| !s.dead.get()))
            .collect(),
        None => Vec::new(),
    }
}
