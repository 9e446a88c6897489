//! `range`: construction, indexing, slicing and membership.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyRange};
use crate::object::Value;

fn bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.int_arg(v, ""),
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.pos {
        [stop] => (0, bound(vm, stop)?, 1),
        [start, stop] => (bound(vm, start)?, bound(vm, stop)?, 1),
        [start, stop, step] => (bound(vm, start)?, bound(vm, stop)?, bound(vm, step)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

/// `r[key]`.
pub fn getitem(vm: &mut Vm, r: &PyRange, key: &Value) -> PyResult<Value> {
    let len = r.len();
    if let Value::Slice(s) = key {
        let (start, stop, step, _) = vm.slice_indices(s, len as usize)?;
        return Ok(Value::Range(Rc::new(PyRange {
            start: r.item(start),
            stop: r.item(stop),
            step: r.step * step,
        })));
    }
    let Some(i) = vm.index_value(key)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::Int(r.item(j)))
}

/// `x in r`.
pub fn contains(vm: &mut Vm, r: &PyRange, x: &Value) -> PyResult<bool> {
    let i = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => return Ok(false),
        other => {
            let len = r.len();
            for k in 0..len {
                if vm.eq(&Value::Int(r.item(k)), other)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    };
    let in_bounds = if r.step > 0 {
        r.start <= i && i < r.stop
    } else {
        r.stop < i && i <= r.start
    };
    Ok(in_bounds && (i128::from(i) - i128::from(r.start)) % i128::from(r.step) == 0)
}

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<PyRange>> {
    match args.pos.first() {
        Some(Value::Range(r)) => Ok(r.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args)?;
    vm.check_count("index", args.pos.len() - 1, 1, 1)?;
    let x = &args.pos[1];
    if let Value::Int(i) = x {
        if contains(vm, &r, x)? {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    } else {
        for k in 0..r.len() {
            if vm.eq(&Value::Int(r.item(k)), x)? {
                return Ok(Value::Int(k));
            }
        }
    }
    let text = vm.repr(x)?;
    Err(vm.value_error(format!("{text} is not in range")))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args)?;
    vm.check_count("count", args.pos.len() - 1, 1, 1)?;
    Ok(Value::Int(i64::from(contains(vm, &r, &args.pos[1])?)))
}

pub const METHODS: &[(&str, NativeFn)] = &[("index", index), ("count", count)];
