//! `list`: the methods, slice assignment and deletion, and the stable sort with `key`.

use std::rc::Rc;

use crate::bytecode::CmpOp;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyList, PySlice};
use crate::object::Value;

/// `list(iterable)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("list", &args, 0, 1)?;
    match args.pos.first() {
        Some(v) => Ok(Value::list(vm.collect_sized(v)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

/// `l[slice] = value`.
pub fn set_slice(vm: &mut Vm, l: &Rc<PyList>, s: &PySlice, value: Value) -> PyResult<()> {
    let parts = vm.slice_unpack(s)?;
    let new = match &value {
        Value::List(other) if Rc::ptr_eq(other, l) => other.items.borrow().clone(),
        // A list nothing else holds (`l[:] = a + b`): its items move instead of being copied.
        Value::List(other) if Rc::strong_count(other) == 1 && parts.2 == 1 => {
            std::mem::take(&mut *other.items.borrow_mut())
        }
        other if parts.2 == 1 => vm.collect_or(other, true, |vm| {
            vm.type_error("can only assign an iterable")
        })?,
        other => vm.collect_or(other, true, |vm| {
            vm.type_error("must assign iterable to extended slice")
        })?,
    };
    let len = l.items.borrow().len();
    let (start, stop, step, count) = crate::interp::adjust_slice(parts, len);
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        l.items.borrow_mut().splice(start..stop, new);
        return Ok(());
    }
    if new.len() != count {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            new.len()
        )));
    }
    let mut items = l.items.borrow_mut();
    for (k, v) in new.into_iter().enumerate() {
        items[(start + k as i64 * step) as usize] = v;
    }
    Ok(())
}

/// `del l[slice]`.
pub fn del_slice(vm: &mut Vm, l: &Rc<PyList>, s: &PySlice) -> PyResult<()> {
    let parts = vm.slice_unpack(s)?;
    let len = l.items.borrow().len();
    let (start, _, step, count) = crate::interp::adjust_slice(parts, len);
    let mut remove: Vec<usize> = (0..count)
        .map(|k| (start + k as i64 * step) as usize)
        .collect();
    remove.sort_unstable();
    let mut items = l.items.borrow_mut();
    let mut keep = Vec::with_capacity(items.len() - remove.len());
    let mut r = remove.iter().peekable();
    for (i, v) in items.drain(..).enumerate() {
        if r.peek() == Some(&&i) {
            r.next();
        } else {
            keep.push(v);
        }
    }
    *items = keep;
    Ok(())
}

fn this(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Rc<PyList>> {
    if !args.kw.is_empty() && name != "sort" {
        return Err(vm.type_error(format!("list.{name}() takes no keyword arguments")));
    }
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'list' object"))),
    }
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    vm.check_args("list.append", &args, 2, 2).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos.len() - 1
        ))
    })?;
    l.items.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    vm.check_count("list.extend", args.pos.len() - 1, 1, 1)?;
    let items = vm.collect(&args.pos[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    vm.check_count("insert", args.pos.len() - 1, 2, 2)?;
    let i = vm.int_arg(&args.pos[1], "")?;
    let mut items = l.items.borrow_mut();
    let len = items.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    items.insert(idx, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    vm.check_count("pop", args.pos.len() - 1, 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => vm.int_arg(v, "")?,
        None => -1,
    };
    // Read the length after __index__ ran: it may have changed the list.
    let len = l.items.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(idx as usize);
    Ok(v)
}

fn position(vm: &mut Vm, l: &Rc<PyList>, x: &Value) -> PyResult<Option<usize>> {
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    vm.check_count("list.remove", args.pos.len() - 1, 1, 1)?;
    match position(vm, &l, &args.pos[1])? {
        Some(i) => {
            l.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    vm.check_count("index", args.pos.len() - 1, 1, 3)?;
    let len = l.items.borrow().len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.pos.get(2) {
        Some(v) => norm(clamped_index(vm, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => norm(clamped_index(vm, v)?),
        None => len,
    };
    let mut i = start;
    while i < stop {
        let item = match l.items.borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => break,
        };
        if item.is(&args.pos[1]) || vm.eq(&item, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let r = vm.repr(&args.pos[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

/// An index argument clamped like a slice bound: huge ints mean "before the start" or
/// "after the end" instead of an error.
pub(crate) fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        other => match vm.index_value(other)? {
            Some(i) => Ok(i),
            None => {
                Err(vm.type_error("slice indices must be integers or have an __index__ method"))
            }
        },
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    vm.check_count("count", args.pos.len() - 1, 1, 1)?;
    let items = l.items.borrow().clone();
    let mut n = 0i64;
    for item in &items {
        if item.is(&args.pos[1]) || vm.eq(item, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    // As CPython, the last item is released first.
    for item in old.into_iter().rev() {
        drop(item);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

/// Sorts `items` stably by `keys` (or the items), with Python's `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys = sort_keys(vm, &items, key)?;
    sort_keyed(vm, items, &keys, reverse)
}

/// The sort keys of `items`: `key(item)` for each, or the items themselves.
fn sort_keys(vm: &mut Vm, items: &[Value], key: Option<&Value>) -> PyResult<Vec<Value>> {
    match key {
        Some(k) if !k.is_none() => items
            .iter()
            .map(|item| vm.call_value(k, std::slice::from_ref(item), &[]))
            .collect(),
        _ => Ok(items.to_vec()),
    }
}

/// Sorts `items` by their precomputed `keys` (stably; `reverse` keeps equal items in order).
pub fn sort_keyed(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: &[Value],
    reverse: bool,
) -> PyResult<Vec<Value>> {
    match sort_keyed_partial(vm, items, keys, reverse) {
        (sorted, None) => Ok(sorted),
        (_, Some(e)) => Err(e),
    }
}

/// `f` of every key, when it gives one for each.
fn all_of<'a, T>(keys: &'a [Value], f: impl Fn(&'a Value) -> Option<T>) -> Option<Vec<T>> {
    keys.iter().map(f).collect()
}

/// Whether every key is an instance of one Python class.
fn same_class_instances(keys: &[Value]) -> bool {
    let Some(Value::Instance(first)) = keys.first() else {
        return false;
    };
    let cls = first.class();
    keys.iter()
        .all(|k| matches!(k, Value::Instance(i) if Rc::ptr_eq(&i.class(), &cls)))
}

/// [`sort_keyed`], also giving the items in the order a failed comparison left them (as
/// CPython, `list.sort` leaves that partial order in the list when a comparison raises).
fn sort_keyed_partial(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: &[Value],
    reverse: bool,
) -> (Vec<Value>, Option<crate::error::PyErr>) {
    // Reverse sorting reverses, sorts stably, and reverses back, keeping equal items in order.
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    // As CPython, keys all of one built-in type compare directly (the answers, and so the
    // order of comparisons, are those of `<`).
    let err = if let Some(floats) = all_of(keys, |k| match k {
        Value::Float(f) => Some(*f),
        _ => None,
    }) {
        let mut less = |a: usize, b: usize| Ok(floats[a] < floats[b]);
        super::list_sort::timsort(&mut order, &mut less).err()
    } else if let Some(ints) = all_of(keys, |k| match k {
        Value::Int(i) => Some(*i),
        _ => None,
    }) {
        let mut less = |a: usize, b: usize| Ok(ints[a] < ints[b]);
        super::list_sort::timsort(&mut order, &mut less).err()
    } else if let Some(strs) = all_of(keys, |k| match k {
        Value::Str(s) => Some(s.as_str()),
        _ => None,
    }) {
        let mut less = |a: usize, b: usize| {
            Ok(super::surrogate::compare(strs[a], strs[b]) == std::cmp::Ordering::Less)
        };
        super::list_sort::timsort(&mut order, &mut less).err()
    } else if same_class_instances(keys) {
        // As CPython, keys of one class ask its `__lt__` first; only a NotImplemented answer
        // goes through the whole comparison (which asks `__lt__` again, then `__gt__`).
        let mut less = |a: usize, b: usize| match vm.call_special(
            &keys[a],
            "__lt__",
            std::slice::from_ref(&keys[b]),
        )? {
            Some(Value::NotImplemented) | None => vm.compare_bool(&keys[a], &keys[b], CmpOp::Lt),
            Some(r) => vm.truthy(&r),
        };
        super::list_sort::timsort(&mut order, &mut less).err()
    } else {
        let mut less = |a: usize, b: usize| vm.compare_bool(&keys[a], &keys[b], CmpOp::Lt);
        super::list_sort::timsort(&mut order, &mut less).err()
    };
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted = order.into_iter().filter_map(|i| slots[i].take()).collect();
    (sorted, err)
}

fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    vm.check_kwnames("sort", &args, &["key", "reverse"])?;
    let key = args.kwarg("key").cloned();
    let reverse = match args.kwarg("reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let keys = match sort_keys(vm, &items, key.as_ref()) {
        Ok(keys) => keys,
        Err(e) => {
            // A failed key leaves the list as it was.
            *l.items.borrow_mut() = items;
            return Err(e);
        }
    };
    let (sorted, err) = sort_keyed_partial(vm, items, &keys, reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = sorted;
    match err {
        Some(e) => Err(e),
        None if modified => Err(vm.value_error("list modified during sort")),
        None => Ok(Value::None),
    }
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
    ("sort", sort),
];
