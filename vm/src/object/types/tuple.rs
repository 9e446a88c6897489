//! `tuple`: construction and the methods.

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

/// `tuple(iterable)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("tuple", &args, 0, 1)?;
    match args.pos.first() {
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_sized(v)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

fn items(args: &Args<'_>) -> Vec<Value> {
    match args.pos.first() {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("index", args.pos.len() - 1, 1, 3)?;
    let items = items(&args);
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let mut bounds = [0, len];
    for (slot, v) in bounds.iter_mut().zip(args.pos.iter().skip(2)) {
        *slot = norm(crate::object::types::list::clamped_index(vm, v)?);
    }
    for i in bounds[0]..bounds[1] {
        let item = &items[i as usize];
        if item.is(&args.pos[1]) || vm.eq(item, &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("tuple.count", args.pos.len() - 1, 1, 1)?;
    let mut n = 0i64;
    for item in items(&args) {
        if item.is(&args.pos[1]) || vm.eq(&item, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub const METHODS: &[(&str, NativeFn)] = &[("index", index), ("count", count)];
