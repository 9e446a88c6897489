//! `_bisect`: bisection over a list natively (CPython's C accelerator of `bisect`): for a
//! list with int bounds, with or without a key. Any other sequence or bound form goes to
//! the Python functions of `bisect.py` (given by `_fallbacks`), which hold every check and
//! message.

use std::cell::RefCell;
use std::rc::Rc;

use pyrs_vm::bytecode::CmpOp;
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

thread_local! {
    /// The Python versions: bisect_right, bisect_left, insort_right, insort_left.
    static FALLBACKS: RefCell<Option<[Value; 4]>> = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_bisect");
    vm.add_function(&m, "_fallbacks", fallbacks);
    vm.add_function(&m, "bisect_right", bisect_right);
    vm.add_function(&m, "bisect_left", bisect_left);
    vm.add_function(&m, "insort_right", insort_right);
    vm.add_function(&m, "insort_left", insort_left);
    Ok(m)
}

fn fallbacks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("_fallbacks", &args, 4, 4)?;
    let found = [0, 1, 2, 3].map(|i| args.pos[i].clone());
    FALLBACKS.with(|f| *f.borrow_mut() = Some(found));
    Ok(Value::None)
}

/// Which end of a run of equal items the search finds.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Right,
    Left,
}

/// The call's arguments when the native path takes them: the list, the searched value,
/// the bounds and the key.
struct Call {
    list: Value,
    x: Value,
    lo: usize,
    hi: Option<usize>,
    key: Option<Value>,
}

/// The parameters, in order (`key` is keyword-only).
const PARAMS: [&str; 5] = ["a", "x", "lo", "hi", "key"];

/// `name(a, x, lo=0, hi=None, *, key=None)`: the arguments' shape checked with CPython's
/// messages; Some when `a` is a list and the bounds plain ints (lo not negative, hi not
/// negative or -1), None to send the call to the Python version.
fn parse(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Option<Call>> {
    let mut slots: [Option<&Value>; 5] = [None; 5];
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        slots[i] = Some(v);
    }
    for (kw, v) in args.kw {
        let Some(at) = PARAMS.iter().position(|p| *p == kw.as_str()) else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                kw.as_str()
            )));
        };
        if slots[at].replace(v).is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{}') and position ({})",
                kw.as_str(),
                at + 1
            )));
        }
    }
    for at in 0..2 {
        if slots[at].is_none() {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                PARAMS[at],
                at + 1
            )));
        }
    }
    Ok(simple_call(&slots))
}

/// The arguments as a `Call` when the native search takes them.
fn simple_call(slots: &[Option<&Value>; 5]) -> Option<Call> {
    let list = slots[0]?;
    if !matches!(list, Value::List(_)) {
        return None;
    }
    let lo = match slots[2] {
        None => 0,
        Some(Value::Int(i)) => usize::try_from(*i).ok()?,
        Some(_) => return None,
    };
    let hi = match slots[3] {
        None | Some(Value::None) | Some(Value::Int(-1)) => None,
        Some(Value::Int(i)) => Some(usize::try_from(*i).ok()?),
        Some(_) => return None,
    };
    let key = match slots[4] {
        None | Some(Value::None) => None,
        Some(k) => Some(k.clone()),
    };
    Some(Call {
        list: list.clone(),
        x: slots[1]?.clone(),
        lo,
        hi,
        key,
    })
}

/// The search itself: `x` against the keys of `list[lo:hi]`.
fn search(vm: &mut Vm, call: &Call, x: &Value, side: Side) -> PyResult<usize> {
    let Value::List(list) = &call.list else {
        return Ok(0);
    };
    let (mut lo, mut hi) = (
        call.lo,
        call.hi.unwrap_or_else(|| list.items.borrow().len()),
    );
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = list.items.borrow().get(mid).cloned();
        let Some(mut item) = item else {
            return Err(vm.index_error("list index out of range"));
        };
        if let Some(key) = &call.key {
            item = vm.call_value(key, std::slice::from_ref(&item), &[])?;
        }
        let goes_left = match side {
            Side::Right => vm.compare_bool(x, &item, CmpOp::Lt)?,
            Side::Left => !vm.compare_bool(&item, x, CmpOp::Lt)?,
        };
        if goes_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The Python version `which` of the call (0 to 3, as `FALLBACKS`).
fn python(vm: &mut Vm, which: usize, args: &Args<'_>) -> PyResult<Value> {
    let Some(f) = FALLBACKS.with(|f| f.borrow().as_ref().map(|all| all[which].clone())) else {
        return Err(vm.type_error("bisect is not set up"));
    };
    vm.call_value(&f, args.pos, args.kw)
}

fn find(vm: &mut Vm, args: Args<'_>, name: &str, side: Side, which: usize) -> PyResult<Value> {
    match parse(vm, name, &args)? {
        Some(call) => Ok(Value::Int(search(vm, &call, &call.x, side)? as i64)),
        None => python(vm, which, &args),
    }
}

fn insort(vm: &mut Vm, args: Args<'_>, name: &str, side: Side, which: usize) -> PyResult<Value> {
    let Some(call) = parse(vm, name, &args)? else {
        return python(vm, which, &args);
    };
    // With a key, the position is found by the key of x (x itself is stored).
    let probe = match &call.key {
        Some(key) => vm.call_value(key, std::slice::from_ref(&call.x), &[])?,
        None => call.x.clone(),
    };
    let at = search(vm, &call, &probe, side)?;
    if let Value::List(list) = &call.list {
        let mut items = list.items.borrow_mut();
        let at = at.min(items.len());
        items.insert(at, call.x.clone());
    }
    Ok(Value::None)
}

fn bisect_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find(vm, args, "bisect_right", Side::Right, 0)
}

fn bisect_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find(vm, args, "bisect_left", Side::Left, 1)
}

fn insort_right(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_right", Side::Right, 2)
}

fn insort_left(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    insort(vm, args, "insort_left", Side::Left, 3)
}
