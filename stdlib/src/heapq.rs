//! `_heapq`: the heap operations on lists (CPython's C accelerator of `heapq`, whose
//! Python module takes these in place of its own): the same sift order and comparisons
//! (`<` only), items read from the list itself (a list subclass's `__getitem__` is not
//! asked), and CPython's errors when a comparison changes the list's size.

use std::rc::Rc;

use pyrs_vm::bytecode::CmpOp;
use pyrs_vm::object::types::PyList;
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_heapq");
    vm.add_function(&m, "heappush", heappush);
    vm.add_function(&m, "heappop", heappop);
    vm.add_function(&m, "heapify", heapify);
    vm.add_function(&m, "heapreplace", heapreplace);
    vm.add_function(&m, "heappushpop", heappushpop);
    vm.add_function(&m, "_heapify_max", heapify_max);
    vm.add_function(&m, "_heappop_max", heappop_max);
    vm.add_function(&m, "_heapreplace_max", heapreplace_max);
    Ok(m)
}

/// Which order a heap keeps: the least item first (`heappush`...) or the greatest (`_max`).
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// Whether `a` goes before `b` in `order` (`a < b`, or `b < a`).
fn before(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    match order {
        Order::Min => vm.compare_bool(a, b, CmpOp::Lt),
        Order::Max => vm.compare_bool(b, a, CmpOp::Lt),
    }
}

/// The list argument (a list subclass counts as its list), or CPython's TypeError.
fn list_arg(vm: &mut Vm, args: &Args<'_>, name: &str, wanted: usize) -> PyResult<Rc<PyList>> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != wanted {
        let plural = if wanted == 1 { "" } else { "s" };
        return Err(vm.type_error(match wanted {
            1 => format!(
                "_heapq.{name}() takes exactly one argument ({} given)",
                args.pos.len()
            ),
            _ => format!(
                "{name} expected {wanted} argument{plural}, got {}",
                args.pos.len()
            ),
        }));
    }
    match args.pos[0].plain_list() {
        Value::List(l) => Ok(l.clone()),
        other => {
            let place = if wanted == 1 {
                "argument"
            } else {
                "argument 1"
            };
            let got = match other {
                Value::None => "None".to_string(),
                _ => vm.type_name(other),
            };
            Err(vm.type_error(format!("{name}() {place} must be list, not {got}")))
        }
    }
}

fn resized(vm: &mut Vm) -> pyrs_vm::PyErr {
    vm.new_error(
        pyrs_vm::ExcKind::RuntimeError,
        "list changed size during iteration",
    )
}

/// The item at `i`, or the error of a list that shrank under it.
fn item(vm: &mut Vm, heap: &PyList, i: usize) -> PyResult<Value> {
    let items = heap.items.borrow();
    match items.get(i) {
        Some(v) => Ok(v.clone()),
        None => {
            drop(items);
            Err(resized(vm))
        }
    }
}

fn set(heap: &PyList, i: usize, v: Value) {
    if let Some(slot) = heap.items.borrow_mut().get_mut(i) {
        // The item it replaces is still held elsewhere in the heap or by the caller.
        *slot = v;
    }
}

/// Moves the item at `pos` up toward `floor` while it goes before its parent.
fn rise(vm: &mut Vm, heap: &PyList, floor: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = heap.items.borrow().len();
    let moving = item(vm, heap, pos)?;
    while pos > floor {
        let up = (pos - 1) >> 1;
        let above = item(vm, heap, up)?;
        let go = before(vm, order, &moving, &above)?;
        if heap.items.borrow().len() != size {
            return Err(resized(vm));
        }
        if !go {
            break;
        }
        set(heap, pos, above);
        pos = up;
    }
    set(heap, pos, moving);
    Ok(())
}

/// Re-seats the item at `pos`: the better child moves up level by level to a leaf, then
/// the displaced item rises back into place.
fn sink(vm: &mut Vm, heap: &PyList, mut pos: usize, order: Order) -> PyResult<()> {
    let size = heap.items.borrow().len();
    let home = pos;
    let moving = item(vm, heap, pos)?;
    let mut kid = 2 * pos + 1;
    while kid < size {
        let other = kid + 1;
        if other < size {
            let (left, right) = (item(vm, heap, kid)?, item(vm, heap, other)?);
            let keep_left = before(vm, order, &left, &right)?;
            if heap.items.borrow().len() != size {
                return Err(resized(vm));
            }
            if !keep_left {
                kid = other;
            }
        }
        let up = item(vm, heap, kid)?;
        set(heap, pos, up);
        pos = kid;
        kid = 2 * pos + 1;
    }
    set(heap, pos, moving);
    rise(vm, heap, home, pos, order)
}

fn build(vm: &mut Vm, heap: &PyList, order: Order) -> PyResult<Value> {
    let n = heap.items.borrow().len();
    for pos in (0..n / 2).rev() {
        sink(vm, heap, pos, order)?;
    }
    Ok(Value::None)
}

/// Removes and returns the first item, the last one taking its place.
fn take_root(vm: &mut Vm, heap: &PyList, order: Order) -> PyResult<Value> {
    let Some(tail) = heap.items.borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    let root = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, tail),
            None => return Ok(tail),
        }
    };
    sink(vm, heap, 0, order)?;
    Ok(root)
}

/// Replaces the first item by `new`, re-seats it and returns the old one (IndexError for an
/// empty heap).
fn swap_root(vm: &mut Vm, heap: &PyList, new: &Value, order: Order) -> PyResult<Value> {
    let root = {
        let mut items = heap.items.borrow_mut();
        match items.first_mut() {
            Some(first) => std::mem::replace(first, new.clone()),
            None => {
                drop(items);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    sink(vm, heap, 0, order)?;
    Ok(root)
}

fn heappush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "heappush", 2)?;
    let last = {
        let mut items = heap.items.borrow_mut();
        items.push(args.pos[1].clone());
        items.len() - 1
    };
    rise(vm, &heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "heappop", 1)?;
    take_root(vm, &heap, Order::Min)
}

fn heapify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "heapify", 1)?;
    build(vm, &heap, Order::Min)
}

fn heapreplace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "heapreplace", 2)?;
    swap_root(vm, &heap, &args.pos[1], Order::Min)
}

/// Pushes the item, then pops the least: the item itself when it goes first.
fn heappushpop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "heappushpop", 2)?;
    let new = &args.pos[1];
    let Some(top) = heap.items.borrow().first().cloned() else {
        return Ok(new.clone());
    };
    if !vm.compare_bool(&top, new, CmpOp::Lt)? {
        return Ok(new.clone());
    }
    // The comparison may have emptied the list: then the IndexError.
    swap_root(vm, &heap, new, Order::Min)
}

fn heapify_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "_heapify_max", 1)?;
    build(vm, &heap, Order::Max)
}

fn heappop_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "_heappop_max", 1)?;
    take_root(vm, &heap, Order::Max)
}

fn heapreplace_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let heap = list_arg(vm, &args, "_heapreplace_max", 2)?;
    swap_root(vm, &heap, &args.pos[1], Order::Max)
}
