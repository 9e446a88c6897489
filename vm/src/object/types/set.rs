//! `set` and `frozenset`: membership through CPython's table layout, the algebra, and the
//! methods.

use std::rc::Rc;

use crate::bytecode::{BinOp, CmpOp};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::table::SetTable;
use crate::object::types::dict::{is_set_view, ViewKind};
use crate::object::types::dict::{plain_find, probe_find};
use crate::object::types::{Args, NativeFn, PySet, PyWrapper};
use crate::object::Value;

fn find(vm: &mut Vm, s: &PySet, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    if let Ok(found) = find_plain(&s.table.borrow(), hash, key) {
        return Ok(found);
    }
    probe_find(vm, &s.table, hash, key)
}

/// Where `key` (hashed to `hash`) is in `t` when no stored key it is compared with needs
/// Python code to decide (see `plain_eq`); `Err(())` when one does, for the caller to take
/// the general path.
fn find_plain(t: &SetTable<Value>, hash: i64, key: &Value) -> Result<Option<usize>, ()> {
    match plain_find(t, hash, key) {
        (_, true) => Err(()),
        (found, false) => Ok(found),
    }
}

/// `a & b`, `a - b` (`keep_found` false) over the stored hashes of `walked`'s keys when every
/// key involved is simple: the keys of `walked` found (or not) in `other`, added to a new
/// table in `walked`'s slot order as CPython's loops add them. None when a comparison would
/// run Python code (nothing has been changed then).
fn plain_filter(
    walked: &SetTable<Value>,
    other: &SetTable<Value>,
    keep_found: bool,
) -> Option<SetTable<Value>> {
    let mut out = SetTable::new();
    for (hash, key) in walked.iter_hashed() {
        if find_plain(other, hash, key).ok()?.is_some() == keep_found {
            out.insert_new(hash, key.clone());
        }
    }
    Some(out)
}

/// `a <= b` when every key involved is simple; None when a comparison would run Python code.
fn plain_subset(a: &SetTable<Value>, b: &SetTable<Value>) -> Option<bool> {
    for (hash, key) in a.iter_hashed() {
        if find_plain(b, hash, key).ok()?.is_none() {
            return Some(false);
        }
    }
    Some(true)
}

fn hash_key(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    vm.hash(key)
}

impl Vm {
    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<()> {
        let hash = hash_key(self, &key)?;
        if find(self, s, &key, hash)?.is_none() {
            s.table.borrow_mut().insert_new(hash, key);
        }
        Ok(())
    }
}

/// `key in s`.
pub fn set_contains(vm: &mut Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    let hash = match key {
        Value::Set(inner) if !inner.frozen => {
            let frozen = frozen_copy(inner);
            return set_contains(vm, s, &frozen);
        }
        _ => hash_key(vm, key)?,
    };
    Ok(find(vm, s, key, hash)?.is_some())
}

fn frozen_copy(s: &PySet) -> Value {
    let v = Value::Set(Rc::new(PySet {
        table: std::cell::RefCell::new(SetTable::copy_from(&s.table.borrow())),
        frozen: true,
    }));
    crate::object::gc::track(&v);
    v
}

fn remove_key(vm: &mut Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    // A set stands for the frozenset with its items, as in CPython's `remove`/`discard`.
    let frozen;
    let key = match key {
        Value::Set(k) if !k.frozen => {
            frozen = frozen_copy(k);
            &frozen
        }
        other => other,
    };
    let hash = hash_key(vm, key)?;
    match find(vm, s, key, hash)? {
        Some(slot) => {
            s.table.borrow_mut().remove_at(slot);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn new_set(frozen: bool, table: SetTable<Value>) -> Rc<PySet> {
    let set = Rc::new(PySet {
        table: std::cell::RefCell::new(table),
        frozen,
    });
    crate::object::gc::track(&Value::Set(set.clone()));
    set
}

/// The table of a set, frozenset or instance of a subclass of either: CPython copies and
/// merges such an operand's table directly, whatever its `__iter__` says.
fn any_set(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) => Some(s.clone()),
        Value::Instance(i) => match &i.base {
            Some(Value::Set(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn items_of(s: &PySet) -> Vec<Value> {
    s.table.borrow().iter().cloned().collect()
}

/// CPython's `set_update_internal`: `s |= other` for any iterable, with CPython's presizing
/// (another set is merged in one step, a dict's keys after one resize).
pub(crate) fn update_internal(vm: &mut Vm, s: &PySet, other: &Value) -> PyResult<()> {
    match any_set(other) {
        Some(o) => merge_set(vm, s, &o),
        None => {
            if let Value::Dict(d) = other {
                s.table.borrow_mut().reserve_for_update(d.len());
            }
            vm.each_item(other, |vm, item| vm.set_add(s, item).map(|_| true))
        }
    }
}

/// CPython's `set_merge`: another set's keys in one step.
fn merge_set(vm: &mut Vm, s: &PySet, o: &PySet) -> PyResult<()> {
    if std::ptr::eq(o, s) {
        return Ok(());
    }
    let merged = s.table.borrow_mut().merge_from(&o.table.borrow());
    if !merged {
        for item in items_of(o) {
            vm.set_add(s, item)?;
        }
    }
    Ok(())
}

/// Builds a set from any iterable, in CPython's layout.
fn from_iterable(vm: &mut Vm, v: &Value, frozen: bool) -> PyResult<Rc<PySet>> {
    if let Some(src) = any_set(v) {
        return Ok(new_set(frozen, SetTable::copy_from(&src.table.borrow())));
    }
    let out = new_set(frozen, SetTable::new());
    if let Value::Dict(d) = v {
        out.table.borrow_mut().reserve_for_update(d.len());
    }
    vm.each_item(v, |vm, item| vm.set_add(&out, item).map(|_| true))?;
    Ok(out)
}

/// `view | other` and `view - other` for a dict's keys or items view: as CPython, the view
/// becomes a set (a keys view sized from its dict) that the other operand then updates.
pub fn view_algebra(vm: &mut Vm, view: &Value, other: &Value, op: BinOp) -> PyResult<Value> {
    let out = new_set(false, SetTable::new());
    if let Value::Wrapper(w) = view {
        if let PyWrapper::DictView {
            dict,
            kind: ViewKind::Keys,
        } = w.as_ref()
        {
            out.table.borrow_mut().reserve_for_update(dict.len());
        }
    }
    for item in vm.collect(view)? {
        vm.set_add(&out, item)?;
    }
    for item in vm.collect(other)? {
        if op == BinOp::Sub {
            remove_key(vm, &out, &item)?;
        } else {
            vm.set_add(&out, item)?;
        }
    }
    Ok(Value::Set(out))
}

/// `a & b` where one side is a dict's keys or items view, as CPython: a set at least as
/// large as the view intersects with it; else the smaller side is iterated and each of its
/// items kept when the view contains it (so a view's unhashable values are never hashed).
pub fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_view = vm.len(view)?;
    if let Value::Set(s) = other {
        if !s.frozen && len_view <= s.len() {
            let name = vm.intern("intersection");
            let method = vm.getattr(other, &name)?;
            return vm.call_value(&method, std::slice::from_ref(view), &[]);
        }
    }
    if is_set_view(other) && vm.len(other)? > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let out = new_set(false, SetTable::new());
    for item in vm.collect(other)? {
        if vm.contains(view, &item)? {
            vm.set_add(&out, item)?;
        }
    }
    Ok(Value::Set(out))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`.
pub fn set_algebra(vm: &mut Vm, a: &PySet, b: &PySet, op: BinOp) -> PyResult<Value> {
    let frozen = a.frozen;
    let result = match op {
        BinOp::Or => {
            let out = new_set(frozen, SetTable::copy_from(&a.table.borrow()));
            merge_set(vm, &out, b)?;
            out
        }
        BinOp::And => {
            // CPython's `set_intersection` walks the other operand unless it is larger.
            let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
            let plain = plain_filter(&small.table.borrow(), &big.table.borrow(), true);
            if let Some(table) = plain {
                return Ok(Value::Set(new_set(frozen, table)));
            }
            let out = new_set(frozen, SetTable::new());
            for item in items_of(small) {
                if set_contains(vm, big, &item)? {
                    vm.set_add(&out, item)?;
                }
            }
            out
        }
        // A set much larger than the other is copied and the other's keys removed.
        BinOp::Sub if a.len() >> 2 > b.len() => {
            let out = new_set(frozen, SetTable::copy_from(&a.table.borrow()));
            for item in items_of(b) {
                remove_key(vm, &out, &item)?;
            }
            out.table.borrow_mut().shrink_after_difference_update();
            out
        }
        BinOp::Sub => {
            let plain = plain_filter(&a.table.borrow(), &b.table.borrow(), false);
            if let Some(table) = plain {
                return Ok(Value::Set(new_set(frozen, table)));
            }
            let out = new_set(frozen, SetTable::new());
            for item in items_of(a) {
                if !set_contains(vm, b, &item)? {
                    vm.set_add(&out, item)?;
                }
            }
            out
        }
        // A copy of the other set, updated with this one's keys.
        _ => {
            let out = new_set(frozen, SetTable::copy_from(&b.table.borrow()));
            for item in items_of(a) {
                if !remove_key(vm, &out, &item)? {
                    vm.set_add(&out, item)?;
                }
            }
            out
        }
    };
    Ok(Value::Set(result))
}

fn is_subset(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    if let Some(r) = plain_subset(&a.table.borrow(), &b.table.borrow()) {
        return Ok(r);
    }
    for item in items_of(a) {
        if !set_contains(vm, b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparison: equality and the subset orderings.
pub fn set_compare(vm: &mut Vm, a: &PySet, b: &PySet, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => a.len() == b.len() && is_subset(vm, a, b)?,
        CmpOp::Ne => !(a.len() == b.len() && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => a.len() < b.len() && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => a.len() > b.len() && is_subset(vm, b, a)?,
    })
}

/// `set(iterable)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("set", &args, 0, 1)?;
    match args.pos.first() {
        Some(v) => Ok(Value::Set(from_iterable(vm, v, false)?)),
        None => Ok(Value::Set(new_set(false, SetTable::new()))),
    }
}

/// `frozenset(iterable)`.
pub fn construct_frozen(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("frozenset", &args, 0, 1)?;
    match args.pos.first() {
        // A frozenset is immutable: it is its own copy, as in CPython.
        Some(v @ Value::Set(f)) if f.frozen => Ok(v.clone()),
        Some(v) => Ok(Value::Set(from_iterable(vm, v, true)?)),
        None => Ok(Value::Set(new_set(true, SetTable::new()))),
    }
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PySet>> {
    match args.pos.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "add")?;
    vm.check_count("set.add", args.pos.len() - 1, 1, 1)?;
    vm.set_add(&s, args.pos[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    vm.check_count("set.discard", args.pos.len() - 1, 1, 1)?;
    remove_key(vm, &s, &args.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    vm.check_count("set.remove", args.pos.len() - 1, 1, 1)?;
    if !remove_key(vm, &s, &args.pos[1])? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    let v = s.table.borrow_mut().pop();
    match v {
        Some(v) => Ok(v),
        None => Err(vm.new_error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    if s.frozen && matches!(args.pos[0], Value::Set(_)) {
        // An immutable set is its own copy (a subclass's copy is made by `call_on_base`).
        return Ok(args.pos[0].clone());
    }
    Ok(Value::Set(copy_of(&s)))
}

/// A new set or frozenset with `s`'s items.
pub(crate) fn copy_of(s: &PySet) -> Rc<PySet> {
    new_set(s.frozen, SetTable::copy_from(&s.table.borrow()))
}

/// Applies `op` with every argument (any iterables) in turn.
fn multi(vm: &mut Vm, args: &Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let mut acc = Value::Set(new_set(s.frozen, SetTable::copy_from(&s.table.borrow())));
    for other in &args.pos[1..] {
        let other = from_iterable(vm, other, false)?;
        let Value::Set(a) = &acc else { break };
        acc = set_algebra(vm, a, &other, op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    let out = new_set(s.frozen, SetTable::copy_from(&s.table.borrow()));
    for other in &args.pos[1..] {
        update_internal(vm, &out, other)?;
    }
    Ok(Value::Set(out))
}

fn intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, "intersection", BinOp::And)
}

fn difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, "difference", BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    multi(vm, &args, "symmetric_difference", BinOp::Xor)
}

fn in_place(vm: &mut Vm, args: &Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let r = multi(vm, args, name, op)?;
    if let Value::Set(r) = r {
        let table = r.table.borrow().clone();
        *s.table.borrow_mut() = table;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    for other in &args.pos[1..] {
        update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, &args, "intersection_update", BinOp::And)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "difference_update")?;
    for other in &args.pos[1..] {
        vm.each_item(other, |vm, item| remove_key(vm, &s, &item).map(|_| true))?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    in_place(vm, &args, "symmetric_difference_update", BinOp::Xor)
}

fn relation(vm: &mut Vm, args: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    vm.check_count(name, args.pos.len() - 1, 1, 1)?;
    let other = from_iterable(vm, &args.pos[1], false)?;
    set_compare(vm, &s, &other, op).map(Value::Bool)
}

fn issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    relation(vm, &args, "issubset", CmpOp::Le)
}

fn issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    relation(vm, &args, "issuperset", CmpOp::Ge)
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    vm.check_count("isdisjoint", args.pos.len() - 1, 1, 1)?;
    let mut disjoint = true;
    vm.each_item(&args.pos[1], |vm, item| {
        disjoint = !set_contains(vm, &s, &item)?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}

/// The class and instance attributes a reduction of `obj` (a built-in container or an
/// instance of a subclass) records: the state is `None` when the instance has none.
pub(crate) fn reduce_parts(vm: &mut Vm, obj: &Value) -> PyResult<(Value, Value)> {
    let ty = Value::Type(vm.type_of(obj));
    let key = vm.intern("__dict__");
    let state = match obj {
        Value::Instance(_) => match vm.getattr_opt(obj, &key)? {
            Some(Value::Dict(d)) if !d.is_empty() => Value::Dict(d),
            _ => Value::None,
        },
        _ => Value::None,
    };
    Ok((ty, state))
}

/// `set.__reduce__()`: `(type, (list_of_items,), state)`.
fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = args.pos.first().cloned().unwrap_or_default();
    let s = match &obj {
        Value::Set(s) => s.clone(),
        Value::Instance(i) => match &i.base {
            Some(Value::Set(s)) => s.clone(),
            _ => return Err(vm.type_error("descriptor '__reduce__' requires a 'set' object")),
        },
        _ => return Err(vm.type_error("descriptor '__reduce__' requires a 'set' object")),
    };
    let items: Vec<Value> = s.table.borrow().iter().cloned().collect();
    let (ty, state) = reduce_parts(vm, &obj)?;
    Ok(Value::tuple(vec![
        ty,
        Value::tuple(vec![Value::list(items)]),
        state,
    ]))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__reduce__", reduce),
    ("add", add),
    ("discard", discard),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("update", update),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

pub const FROZEN_METHODS: &[(&str, NativeFn)] = &[
    ("__reduce__", reduce),
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];
