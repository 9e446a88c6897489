//! `range`: construction, indexing, slicing and membership.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::int::{index_big, int_param, to_big};
use crate::object::types::{Args, NativeFn, PyRange};
use crate::object::Value;

/// The length of `range(start, stop, step)` (step ≠ 0).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u8) / st + 1u8
}

/// The small range of bounds that fit in i64 (step ≠ 0), when its length does too.
fn make_small(start: i64, stop: i64, step: i64) -> Option<PyRange> {
    let r = PyRange {
        start,
        stop,
        step,
        big: None,
    };
    r.exact_len().map(|_| r)
}

/// A range value, small when its bounds and length fit in i64.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
    let small = (start.to_i64(), stop.to_i64(), step.to_i64());
    if let (Some(a), Some(b), Some(c)) = small {
        if let Some(r) = make_small(a, b, c) {
            return r;
        }
    }
    PyRange {
        start: 0,
        stop: 0,
        step: 1,
        big: Some(Box::new([start, stop, step])),
    }
}

/// (start, stop, step) as big integers, for either representation.
pub fn bounds(r: &PyRange) -> (BigInt, BigInt, BigInt) {
    match &r.big {
        Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
        None => (
            BigInt::from(r.start),
            BigInt::from(r.stop),
            BigInt::from(r.step),
        ),
    }
}

/// The length as a big integer.
pub fn length(r: &PyRange) -> BigInt {
    if r.big.is_none() {
        // `make` keeps the small form only when the length fits in an i64.
        return BigInt::from(r.len());
    }
    let (a, b, c) = bounds(r);
    big_len(&a, &b, &c)
}

/// The length as a machine size: OverflowError past it, as CPython (on wasm32 that is 2**32).
pub fn len(vm: &mut Vm, r: &PyRange) -> PyResult<usize> {
    let n = if r.big.is_none() {
        Some(r.len())
    } else {
        length(r).to_i64()
    };
    match n.and_then(|n| usize::try_from(n).ok()) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `repr(r)`.
pub fn repr(r: &PyRange) -> String {
    let (a, b, c) = bounds(r);
    if c.is_one() {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    // Small ints (the usual `range(n)`): no big-integer arithmetic.
    let small = match args.pos {
        [Value::Int(stop)] => Some((0, *stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] if *step != 0 => {
            Some((*start, *stop, *step))
        }
        _ => None,
    };
    if let Some(r) = small.and_then(|(a, b, c)| make_small(a, b, c)) {
        return Ok(Value::Range(Rc::new(r)));
    }
    let (start, stop, step) = match args.pos {
        [stop] => (BigInt::zero(), int_param(vm, stop)?, BigInt::one()),
        [start, stop] => (int_param(vm, start)?, int_param(vm, stop)?, BigInt::one()),
        [start, stop, step] => (
            int_param(vm, start)?,
            int_param(vm, stop)?,
            int_param(vm, step)?,
        ),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(make(start, stop, step))))
}

/// Adjusts one slice bound against a big length, as CPython's slice unpacking does.
fn slice_bound(v: &BigInt, len: &BigInt, step_negative: bool) -> BigInt {
    let (lower, upper) = if step_negative {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    if v.is_negative() {
        let w = v + len;
        if w < lower {
            lower
        } else {
            w
        }
    } else if *v > upper {
        upper
    } else {
        v.clone()
    }
}

/// `r[s]` for a small range and a slice of small integers (or None) whose result is small
/// too, in machine integers; None for the rest (a zero step included), which the big
/// integer path does.
fn small_slice(r: &PyRange, s: &crate::object::types::PySlice) -> Option<PyRange> {
    let part = |v: &Value| match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i128::from(*i))),
        _ => None,
    };
    let (start, stop, step) = (part(&s.start)?, part(&s.stop)?, part(&s.step)?);
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = i128::from(r.len());
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let bound = |v: Option<i128>, missing: i128| match v {
        None => missing,
        Some(v) if v < 0 => (v + len).max(lower),
        Some(v) => v.min(upper),
    };
    let (first, last) = if step < 0 {
        (upper, lower)
    } else {
        (lower, upper)
    };
    let (from, to) = (bound(start, first), bound(stop, last));
    let item = |i: i128| i64::try_from(i128::from(r.start) + i * i128::from(r.step)).ok();
    let step = i64::try_from(i128::from(r.step) * step).ok()?;
    make_small(item(from)?, item(to)?, step)
}

/// `r[key]`.
pub fn getitem(vm: &mut Vm, r: &PyRange, key: &Value) -> PyResult<Value> {
    if let (None, Value::Int(i)) = (&r.big, key) {
        let len = r.len();
        let j = if *i < 0 { i + len } else { *i };
        if j < 0 || j >= len {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(Value::Int(r.item(j)));
    }
    if let (None, Value::Slice(s)) = (&r.big, key) {
        if let Some(part) = small_slice(r, s) {
            return Ok(Value::Range(Rc::new(part)));
        }
    }
    let (start, _, step) = bounds(r);
    let len = length(r);
    if let Value::Slice(s) = key {
        let part = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            match index_big(vm, v)? {
                Some(b) => Ok(Some(b)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let sstep = part(vm, &s.step)?.unwrap_or_else(BigInt::one);
        if sstep.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let neg = sstep.is_negative();
        let sstart = match part(vm, &s.start)? {
            Some(v) => slice_bound(&v, &len, neg),
            None => {
                if neg {
                    &len - 1u8
                } else {
                    BigInt::zero()
                }
            }
        };
        let sstop = match part(vm, &s.stop)? {
            Some(v) => slice_bound(&v, &len, neg),
            None => {
                if neg {
                    BigInt::from(-1)
                } else {
                    len.clone()
                }
            }
        };
        let item = |i: &BigInt| &start + i * &step;
        return Ok(Value::Range(Rc::new(make(
            item(&sstart),
            item(&sstop),
            &step * &sstep,
        ))));
    }
    let Some(i) = index_big(vm, key)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(start + j * step))
}

/// `x in r`.
pub fn contains(vm: &mut Vm, r: &PyRange, x: &Value) -> PyResult<bool> {
    if r.big.is_some() || matches!(x, Value::BigInt(_)) {
        let Some(v) = to_big(x) else {
            return Ok(false);
        };
        let (start, stop, step) = bounds(r);
        let in_bounds = if step.is_positive() {
            start <= v && v < stop
        } else {
            stop < v && v <= start
        };
        return Ok(in_bounds && ((v - start) % step).is_zero());
    }
    let i = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
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
    vm.check_count("range.index", args.pos.len() - 1, 1, 1)?;
    let x = &args.pos[1];
    if let Some(v) = to_big(x) {
        if contains(vm, &r, x)? {
            let (start, _, step) = bounds(&r);
            return Ok(Value::from_bigint((v - start) / step));
        }
    } else {
        for k in 0..r.len() {
            if vm.eq(&Value::Int(r.item(k)), x)? {
                return Ok(Value::Int(k));
            }
        }
        // What is not an int is searched for by iteration, with the generic message.
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    let text = vm.repr(x)?;
    Err(vm.value_error(format!("{text} is not in range")))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args)?;
    vm.check_count("range.count", args.pos.len() - 1, 1, 1)?;
    Ok(Value::Int(i64::from(contains(vm, &r, &args.pos[1])?)))
}

pub const METHODS: &[(&str, NativeFn)] = &[("index", index), ("count", count)];
