//! `_deque`: the end operations of `collections.deque` (written in `py/collections`)
//! natively: `append`/`appendleft` on an unbounded deque, `pop`/`popleft` while the end's
//! list has items, and `len`. The deque keeps its items in two lists (`_front` reversed,
//! then `_back`) and a change counter (`_state`) that its iterators watch; what these
//! functions do not handle (a `maxlen`, moving items between the lists, an empty deque)
//! goes to the Python methods `_append`, `_appendleft`, `_pop`, `_popleft`. Also the
//! binding of namedtuple's field descriptor class, whose reads the interpreter caches.

use std::cell::RefCell;
use std::rc::Rc;

use pyrs_vm::object::types::PyInstance;
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

use crate::bound::{self, BoundClass};

/// The member indices of deque's `__slots__`, laid out sorted by name as CPython does:
/// `_back`, `_front`, `_maxlen`, `_state`.
const BACK: usize = 0;
const FRONT: usize = 1;

thread_local! {
    /// The `deque` class, given by `bind` when `collections` is set up.
    static DEQUE: BoundClass = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_deque");
    vm.add_function(&m, "bind", bind);
    vm.add_function(&m, "bind_tuplegetter", bind_tuplegetter);
    vm.add_method(&m, "append", "collections.deque", append);
    vm.add_method(&m, "appendleft", "collections.deque", appendleft);
    vm.add_method(&m, "pop", "collections.deque", pop);
    vm.add_method(&m, "popleft", "collections.deque", popleft);
    vm.add_method(&m, "__len__", "collections.deque", len);
    Ok(m)
}

fn bind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bound::bind(vm, &args, &DEQUE)
}

/// `bind_tuplegetter(cls)`: namedtuple's field descriptor class, whose reads the
/// interpreter's attribute cache then takes as tuple items (`Vm::set_tuple_getter`).
fn bind_tuplegetter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("bind_tuplegetter", &args, 1, 1)?;
    if let Value::Type(t) = &args.pos[0] {
        vm.set_tuple_getter(t);
    }
    Ok(Value::None)
}

/// The deque a method was called on, its other arguments checked (`wanted` of them) with
/// CPython's messages.
fn receiver<'a>(
    vm: &mut Vm,
    args: &'a Args<'_>,
    name: &str,
    wanted: usize,
) -> PyResult<&'a Rc<PyInstance>> {
    let inst = bound::receiver(vm, args, &DEQUE, "collections.deque", name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    let given = args.pos.len() - 1;
    if given != wanted {
        return Err(vm.type_error(match (name.starts_with("__"), wanted) {
            (true, _) => format!("expected {wanted} arguments, got {given}"),
            (false, 0) => format!("deque.{name}() takes no arguments ({given} given)"),
            (false, _) => format!("deque.{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(inst)
}

/// Adds `x` at one end of an unbounded deque, counting the change; false when the deque
/// has a maxlen (or an unexpected state).
fn push(inst: &PyInstance, end: usize, x: &Value) -> bool {
    let mut slots = inst.slots.borrow_mut();
    let Some(
        [Some(Value::List(back)), Some(Value::List(front)), Some(Value::None), Some(Value::Int(state))],
    ) = slots.get_mut(..4)
    else {
        return false;
    };
    let Some(next) = state.checked_add(1) else {
        return false;
    };
    *state = next;
    let list = if end == BACK { back } else { front };
    list.items.borrow_mut().push(x.clone());
    true
}

/// Removes the item at one end when that end's list has it, counting the change.
fn take(inst: &PyInstance, end: usize) -> Option<Value> {
    let mut slots = inst.slots.borrow_mut();
    let Some([Some(Value::List(back)), Some(Value::List(front)), _, Some(Value::Int(state))]) =
        slots.get_mut(..4)
    else {
        return None;
    };
    let next = state.checked_add(1)?;
    let list = if end == BACK { back } else { front };
    let item = list.items.borrow_mut().pop()?;
    *state = next;
    Some(item)
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = receiver(vm, &args, "append", 1)?;
    if push(inst, BACK, &args.pos[1]) {
        return Ok(Value::None);
    }
    bound::slow_path(vm, &args.pos[0], "_append", &args.pos[1..])
}

fn appendleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = receiver(vm, &args, "appendleft", 1)?;
    if push(inst, FRONT, &args.pos[1]) {
        return Ok(Value::None);
    }
    bound::slow_path(vm, &args.pos[0], "_appendleft", &args.pos[1..])
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = receiver(vm, &args, "pop", 0)?;
    match take(inst, BACK) {
        Some(item) => Ok(item),
        None => bound::slow_path(vm, &args.pos[0], "_pop", &[]),
    }
}

fn popleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = receiver(vm, &args, "popleft", 0)?;
    match take(inst, FRONT) {
        Some(item) => Ok(item),
        None => bound::slow_path(vm, &args.pos[0], "_popleft", &[]),
    }
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = receiver(vm, &args, "__len__", 0)?;
    let slots = inst.slots.borrow();
    let count = |i: usize| match slots.get(i) {
        Some(Some(Value::List(l))) => l.items.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int((count(BACK) + count(FRONT)) as i64))
}
