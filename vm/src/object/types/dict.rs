//! `dict`: look-up, insertion and removal honouring Python `__eq__`/`__hash__`, the methods,
//! and the keys/values/items views.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::table::{Probe, ProbeTable};
use crate::object::types::{Args, PyDict, PyStr, PyWrapper};
use crate::object::Value;

/// `dict.keys()` and `dict.items()` views: they compare and combine like sets.
pub(crate) fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::DictView { kind: ViewKind::Keys | ViewKind::Items, .. }))
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    /// What this view shows of the entry `k: v`.
    pub fn pick(self, k: &Value, v: &Value) -> Value {
        match self {
            ViewKind::Keys => k.clone(),
            ViewKind::Values => v.clone(),
            ViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
        }
    }

    pub fn type_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

/// The items a view shows, in order.
pub fn view_items(dict: &PyDict, kind: ViewKind) -> Vec<Value> {
    dict.table
        .borrow()
        .iter()
        .map(|(k, v)| kind.pick(k, v))
        .collect()
}

/// A new dict value holding the same entries.
pub fn dict_copy_value(d: &PyDict) -> Value {
    let copy = PyDict {
        table: std::cell::RefCell::new(d.table.borrow().clone()),
    };
    Value::dict(Rc::new(copy))
}

/// The hash `PyStr::hash` gives, from plain text.
pub fn str_hash(s: &str) -> i64 {
    crate::object::types::text_hash(s)
}

/// Keys whose equality with one another never runs Python code (tuples of them aside).
fn is_scalar_key(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::Int(_)
            | Value::Bool(_)
            | Value::None
            | Value::Float(_)
            | Value::BigInt(_)
    )
}

/// The items of a tuple, or of the tuple an instance of a class keeping tuple's comparisons
/// (a namedtuple) extends: such an instance is equal to what its items make it.
fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v {
        Value::Tuple(t) => Some(&t.items),
        Value::Instance(i) if i.class_has_flag(super::TypeFlags::TUPLE_CMP) => match &i.base {
            Some(Value::Tuple(t)) => Some(&t.items),
            _ => None,
        },
        _ => None,
    }
}

/// `a == b` as a look-up or a tuple comparison decides it (identity first, then `==`), when
/// that runs no Python code: between str, numbers and None, and tuples (namedtuples) of
/// them, walked in order; None at the first pair whose comparison would run Python code, so
/// that the caller can compare in full with nothing run yet. A float is never taken as
/// identical to itself here (no float object identity: `nan` stays unequal).
pub(crate) fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    if !matches!(a, Value::Float(_)) && a.is(b) {
        return Some(true);
    }
    match (tuple_items(a), tuple_items(b)) {
        (Some(x), Some(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !plain_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ if is_scalar_key(a) && is_scalar_key(b) => Some(simple_eq(a, b)),
        _ => None,
    }
}

/// `a == b` between two scalar keys (str, numbers, None).
fn simple_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => *x == i64::from(*y),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::None, Value::None) => true,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Float(f), Value::Int(i)) | (Value::Int(i), Value::Float(f)) => {
            // Exactly: `2**53 + 1 == 2.0**53` is False, though the int rounds to that float.
            f.fract() == 0.0 && f.abs() < 9.2e18 && *f as i64 == *i
        }
        (Value::Float(f), Value::Bool(b)) | (Value::Bool(b), Value::Float(f)) => {
            *f == f64::from(u8::from(*b))
        }
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::BigInt(b), Value::Float(f)) | (Value::Float(f), Value::BigInt(b)) => {
            f.fract() == 0.0
                && num_traits::FromPrimitive::from_f64(*f)
                    .is_some_and(|fb: num_bigint::BigInt| &fb == b.as_ref())
        }
        _ => false,
    }
}

/// `key` looked up in `table` with [`plain_eq`], running no Python code: the position found,
/// if any, and whether a candidate was passed over because deciding it needs Python code.
pub(crate) fn plain_find<T: ProbeTable<Key = Value>>(
    table: &T,
    hash: i64,
    key: &Value,
) -> (Option<usize>, bool) {
    let mut blocked = false;
    let found = table.find_simple_key(hash, |k| {
        plain_eq(k, key).unwrap_or_else(|| {
            blocked = true;
            false
        })
    });
    (found, blocked)
}

/// Finds `key` comparing candidates with Python `==`, holding no borrow while Python code runs.
pub(crate) fn probe_find<T: ProbeTable<Key = Value>>(
    vm: &mut Vm,
    cell: &std::cell::RefCell<T>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<usize>> {
    let mut probe = Probe::new(hash);
    loop {
        let candidate = probe.next_candidate(&*cell.borrow()).cloned();
        let Some(k) = candidate else { return Ok(None) };
        let equal = k.is(key) || vm.eq(&k, key)?;
        if let Some(pos) = probe.record(&*cell.borrow(), equal) {
            return Ok(Some(pos));
        }
    }
}

impl PyDict {
    /// A snapshot of the entries, for loops that may run Python code.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Look-up by a str key, without running any Python code.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, str_hash(key))
    }

    /// Look-up by a str key whose hash is known.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let table = self.table.borrow();
        table
            .find_simple(
                hash,
                |k| matches!(k, Value::Str(s) if std::ptr::eq(s.as_str(), key) || s.as_str() == key),
            )
            .and_then(|i| table.get_at(i).map(|(_, v)| v.clone()))
    }
}

impl Vm {
    /// Finds the entry index of `key`.
    fn dict_find(&mut self, d: &PyDict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let (found, needs_python) = plain_find(&*d.table.borrow(), hash, key);
        if found.is_some() || !needs_python {
            return Ok(found);
        }
        probe_find(self, &d.table, hash, key)
    }

    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let idx = self.dict_find(d, key, hash)?;
        Ok(idx.and_then(|i| d.table.borrow().get_at(i).map(|(_, v)| v.clone())))
    }

    pub fn dict_get_str(&self, d: &PyDict, key: &str) -> Option<Value> {
        d.get_str(key)
    }

    pub(crate) fn dict_get_pystr(&self, d: &PyDict, key: &Rc<PyStr>) -> Option<Value> {
        let hash = key.hash();
        let table = d.table.borrow();
        table
            .find_simple(
                hash,
                |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, key) || s.as_str() == key.as_str()),
            )
            .and_then(|i| table.get_at(i).map(|(_, v)| v.clone()))
    }

    /// [`Vm::dict_get_pystr`] trying entry `hint` first, and leaving there where it was found.
    #[inline]
    pub(crate) fn dict_get_hinted(
        &self,
        d: &PyDict,
        key: &Rc<PyStr>,
        hint: &std::cell::Cell<u32>,
    ) -> Option<Value> {
        let table = d.table.borrow();
        if let Some((Value::Str(k), v)) = table.get_at(hint.get() as usize) {
            if Rc::ptr_eq(k, key) {
                return Some(v.clone());
            }
        }
        let hash = key.hash();
        let i = table.find_simple(
            hash,
            |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, key) || s.as_str() == key.as_str()),
        )?;
        hint.set(i as u32);
        table.get_at(i).map(|(_, v)| v.clone())
    }

    /// [`Vm::dict_set_pystr_at`] trying entry `hint` first (an attribute store replacing a value).
    #[inline]
    pub(crate) fn dict_set_hinted(
        &mut self,
        d: &PyDict,
        name: &Rc<PyStr>,
        value: Value,
        hint: &std::cell::Cell<u32>,
    ) -> PyResult<bool> {
        let mut table = d.table.borrow_mut();
        let at = hint.get() as usize;
        if matches!(table.get_at(at), Some((Value::Str(k), _)) if Rc::ptr_eq(k, name)) {
            if let Some(slot) = table.value_at_mut(at) {
                // The old value is released once the dict is no longer borrowed.
                let old = std::mem::replace(slot, value);
                drop(table);
                crate::object::discard(old);
            }
            return Ok(false);
        }
        drop(table);
        if let Some(at) = self.dict_set_pystr_at(d, name, value)? {
            hint.set(at as u32);
        }
        Ok(true)
    }

    /// `d[name] = value` for an interned-name key (attribute stores): no general hashing or
    /// comparison unless the dict holds a non-str key with the same hash. Tells at which
    /// entry the value now is (when known).
    fn dict_set_pystr_at(
        &mut self,
        d: &PyDict,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<Option<usize>> {
        let hash = name.hash();
        let mut other_key = false;
        let mut table = d.table.borrow_mut();
        let found = table.find_simple(hash, |k| match k {
            Value::Str(s) => Rc::ptr_eq(s, name) || s.as_str() == name.as_str(),
            _ => {
                other_key = true;
                false
            }
        });
        match found {
            Some(i) => {
                if let Some(slot) = table.value_at_mut(i) {
                    *slot = value;
                }
                Ok(Some(i))
            }
            None if !other_key => Ok(Some(table.push_new(hash, Value::Str(name.clone()), value))),
            None => {
                drop(table);
                self.dict_set(d, Value::Str(name.clone()), value)
                    .map(|()| None)
            }
        }
    }

    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        match self.dict_find(d, &key, hash)? {
            Some(i) => {
                if let Some(slot) = d.table.borrow_mut().value_at_mut(i) {
                    *slot = value;
                }
            }
            None => {
                d.table.borrow_mut().push_new(hash, key, value);
            }
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let idx = self.dict_find(d, key, hash)?;
        Ok(idx.and_then(|i| d.table.borrow_mut().remove_at(i).map(|(_, v)| v)))
    }

    pub fn dict_remove_str(&self, d: &PyDict, key: &str) -> Option<Value> {
        let hash = str_hash(key);
        let idx: Result<Option<usize>, ()> = d.table.borrow().find(hash, |k| {
            Ok(matches!(k, Value::Str(s) if s.as_str() == key))
        });
        idx.ok()
            .flatten()
            .and_then(|i| d.table.borrow_mut().remove_at(i).map(|(_, v)| v))
    }

    /// `a | b` of mappings (`a.copy()` without `b`): a new dict updated from each in turn,
    /// so a dict subclass overriding `__iter__` is read through its `keys()`.
    pub fn dict_merged(&mut self, a: &Value, b: Option<&Value>) -> PyResult<Value> {
        let new = Rc::new(PyDict::new());
        self.dict_update_from(&new, a)?;
        if let Some(b) = b {
            self.dict_update_from(&new, b)?;
        }
        Ok(Value::dict(new))
    }

    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &PyDict, other: &Value) -> PyResult<()> {
        // A dict subclass that keeps dict's `__iter__` is copied as a dict (CPython ignores
        // its `keys` and `__getitem__` there).
        if let Value::Instance(i) = other {
            if let Some(base @ Value::Dict(_)) = &i.base {
                if i.class().lookup_heap("__iter__").is_none() {
                    return self.dict_update_from(d, &base.clone());
                }
            }
        }
        match other {
            Value::Dict(src) => {
                let pairs: Vec<(Value, Value)> = src.items();
                for (k, v) in pairs {
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            _ if self.type_of(other).lookup("keys").is_some() => {
                let keys_fn = self.getattr(other, &Rc::new(PyStr::new("keys")))?;
                let keys = self.call_value(&keys_fn, &[], &[])?;
                for k in self.collect(&keys)? {
                    let v = self.getitem(other, &k)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            _ => {
                let items = self.collect(other)?;
                for (i, item) in items.iter().enumerate() {
                    let pair = match self.collect(item) {
                        Ok(p) => p,
                        Err(_) => {
                            return Err(self.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                        }
                    };
                    if pair.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
        }
    }

    pub fn dict_equal(&mut self, a: &PyDict, b: &PyDict) -> PyResult<bool> {
        if a.len() != b.len() {
            return Ok(false);
        }
        let pairs: Vec<(Value, Value)> = a.items();
        for (k, v) in pairs {
            match self.dict_get(b, &k)? {
                Some(other) => {
                    if !(v.is(&other) || self.eq(&v, &other)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyDict>> {
    if !args.kw.is_empty() && name != "update" {
        return Err(vm.type_error(format!("dict.{name}() takes no keyword arguments")));
    }
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn view(vm: &mut Vm, args: Args<'_>, kind: ViewKind) -> PyResult<Value> {
    let d = this(vm, &args, kind.type_name())?;
    Ok(Value::Wrapper(Rc::new(PyWrapper::DictView {
        dict: d,
        kind,
    })))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys)
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Values)
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, ViewKind::Items)
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    vm.check_count("get", args.pos.len() - 1, 1, 2)?;
    let default = args.pos.get(2).cloned().unwrap_or_default();
    Ok(vm.dict_get(&d, &args.pos[1])?.unwrap_or(default))
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    vm.check_count("setdefault", args.pos.len() - 1, 1, 2)?;
    let default = args.pos.get(2).cloned().unwrap_or_default();
    if let Some(v) = vm.dict_get(&d, &args.pos[1])? {
        return Ok(v);
    }
    vm.dict_set(&d, args.pos[1].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    vm.check_count("pop", args.pos.len() - 1, 1, 2)?;
    match vm.dict_remove(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(other) = args.pos.get(1) {
        vm.dict_update_from(&d, other)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    d.table.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    Ok(dict_copy_value(&d))
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("dict.fromkeys() takes no keyword arguments"));
    }
    vm.check_count("fromkeys", args.pos.len().saturating_sub(1), 1, 2)?;
    let keys = args.pos.get(1).cloned().unwrap_or_default();
    let value = args.pos.get(2).cloned().unwrap_or_default();
    if let Some(cls @ Value::Type(t)) = args.pos.first() {
        if t.heap {
            // A subclass: its constructor and its `__setitem__` are used.
            let d = vm.call_value(cls, &[], &[])?;
            for k in vm.collect(&keys)? {
                vm.setitem(&d, k, value.clone())?;
            }
            return Ok(d);
        }
    }
    let d = Rc::new(PyDict::new());
    for k in vm.collect(&keys)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::dict(d))
}

/// `dict(...)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = Rc::new(PyDict::new());
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    if let Some(src) = args.pos.first() {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in args.kw {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::dict(d))
}

pub const METHODS: &[(&str, crate::object::types::NativeFn)] = &[
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("get", get),
    ("setdefault", setdefault),
    ("pop", pop),
    ("popitem", popitem),
    ("update", update),
    ("clear", clear),
    ("copy", copy),
];

pub const CLASS_METHODS: &[(&str, crate::object::types::NativeFn)] = &[("fromkeys", fromkeys)];
