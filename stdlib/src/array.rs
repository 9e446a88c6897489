//! `_array`: the item access of `array.array` (written in `py/array.py`) for the common
//! cases, natively: an int index into the item list, and a store of a value the typecode
//! takes as it is (a float into `'d'`/`'f'`, an int in range into an integer code, one
//! character into `'u'`). Anything else (slices, other index types, conversions, errors)
//! goes to the Python methods `_getitem`/`_setitem`, which hold the whole behaviour.

use std::cell::RefCell;
use std::rc::Rc;

use pyrs_vm::object::types::{NativeItems, PyInstance};
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

use crate::bound::{self, BoundClass};

/// The member indices of `array.__slots__` (`'_tc', '_v', '_ck'`, laid out sorted by name
/// as CPython does: `_ck`, `_tc`, `_v`).
const TYPECODE: usize = 1;
const ITEMS: usize = 2;

thread_local! {
    /// The `array` class, given by `bind` when `array` is set up.
    static ARRAY: BoundClass = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_array");
    vm.add_function(&m, "bind", bind);
    vm.add_method(&m, "__getitem__", "array.array", getitem);
    vm.add_method(&m, "__setitem__", "array.array", setitem);
    Ok(m)
}

fn bind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bound::bind(vm, &args, &ARRAY)?;
    // `a[i]` and `a[i] = x` on an array itself reach the fast cases below from the
    // subscript, before a lookup and call of `__getitem__`/`__setitem__`.
    if let Value::Type(t) = &args.pos[0] {
        t.native_items.set(Some(&NATIVE_ITEMS));
    }
    Ok(Value::None)
}

static NATIVE_ITEMS: NativeItems = NativeItems {
    get: fast_get,
    set: fast_set,
};

/// `a[i]` for an int index in range.
fn fast_get(inst: &PyInstance, index: &Value) -> Option<Value> {
    let Value::Int(i) = *index else {
        return None;
    };
    let slots = inst.slots.borrow();
    let Some(Some(Value::List(items))) = slots.get(ITEMS) else {
        return None;
    };
    let items = items.items.borrow();
    position(i, items.len()).map(|at| items[at].clone())
}

/// `a[i] = value` for an int index in range and a value the typecode keeps as it is.
fn fast_set(inst: &PyInstance, index: &Value, value: &Value) -> bool {
    let Value::Int(i) = *index else {
        return false;
    };
    let slots = inst.slots.borrow();
    let (Some(Some(Value::Str(code))), Some(Some(Value::List(items)))) =
        (slots.get(TYPECODE), slots.get(ITEMS))
    else {
        return false;
    };
    let Some(item) = as_item(code.as_str(), value) else {
        return false;
    };
    let mut items = items.items.borrow_mut();
    let Some(at) = position(i, items.len()) else {
        return false;
    };
    // The old item is a number or a character: dropping it runs no code.
    items[at] = item;
    true
}

/// `index` into a list of `len` items, counted from the end when negative.
fn position(index: i64, len: usize) -> Option<usize> {
    let at = if index < 0 {
        index.checked_add(len as i64)?
    } else {
        index
    };
    usize::try_from(at).ok().filter(|&at| at < len)
}

/// `array.__getitem__(self, index)`.
fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = bound::wrapper_receiver(vm, &args, &ARRAY, "array.array", "__getitem__", 1, "")?;
    if let Some(item) = fast_get(inst, &args.pos[1]) {
        return Ok(item);
    }
    bound::slow_path(vm, &args.pos[0], "_getitem", &args.pos[1..])
}

/// `array.__setitem__(self, index, value)`.
fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = bound::wrapper_receiver(vm, &args, &ARRAY, "array.array", "__setitem__", 2, " ")?;
    if fast_set(inst, &args.pos[1], &args.pos[2]) {
        return Ok(Value::None);
    }
    bound::slow_path(vm, &args.pos[0], "_setitem", &args.pos[1..])
}

/// The item typecode `code` keeps for `value` when no conversion can run Python code or
/// fail; None sends the store to the Python method.
fn as_item(code: &str, value: &Value) -> Option<Value> {
    let (lo, hi): (i64, i64) = match (code, value) {
        ("d", Value::Float(_)) => return Some(value.clone()),
        ("d", Value::Int(i)) => return Some(Value::Float(*i as f64)),
        // C's float conversion: rounded to single precision, infinite beyond its range.
        ("f", Value::Float(f)) => return Some(Value::Float(f64::from(*f as f32))),
        ("u", Value::Str(s)) if s.as_str().chars().count() == 1 => return Some(value.clone()),
        (_, Value::Int(_)) => match code {
            "b" => (-128, 127),
            "B" => (0, 255),
            "h" => (-32768, 32767),
            "H" => (0, 65535),
            "i" => (i64::from(i32::MIN), i64::from(i32::MAX)),
            "I" => (0, i64::from(u32::MAX)),
            "l" | "q" => (i64::MIN, i64::MAX),
            "L" | "Q" => (0, i64::MAX),
            _ => return None,
        },
        _ => return None,
    };
    match value {
        Value::Int(i) if (lo..=hi).contains(i) => Some(value.clone()),
        _ => None,
    }
}
