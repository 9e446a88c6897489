//! The iterator-making built-ins: enumerate, zip, map, filter, reversed.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::iter::IterState;
use crate::object::types::{Args, PyWrapper};
use crate::object::Value;

pub fn enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_params("enumerate", &args, &["iterable", "start"])?;
    let Some(iterable) = args.arg(0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match args.arg(1, "start") {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => v.clone(),
        Some(v) => Value::Int(vm.int_arg(v, "")?),
        None => Value::Int(0),
    };
    let it = vm.iter(iterable)?;
    Ok(vm.new_iter(IterState::Enumerate { it, count: start }))
}

pub fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_kwnames("zip", &args, &["strict"])?;
    let strict = match args.kwarg("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        its.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(IterState::Zip { its, strict }))
}

pub fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args.pos[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(vm.new_iter(IterState::Map {
        func: args.pos[0].clone(),
        its,
    }))
}

pub fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("filter", &args, 2, 2)?;
    let it = vm.iter(&args.pos[1])?;
    Ok(vm.new_iter(IterState::Filter {
        func: args.pos[0].clone(),
        it,
    }))
}

/// `reversed(d)`, `reversed(d.values())`...: the entries from the last.
fn reversed_dict(
    vm: &mut Vm,
    d: &std::rc::Rc<crate::object::types::PyDict>,
    kind: crate::object::types::dict::ViewKind,
) -> Value {
    let table = d.table.borrow();
    let (before, len) = (table.entry_count(), table.len());
    drop(table);
    vm.new_iter(IterState::DictReverse {
        dict: d.clone(),
        before,
        kind,
        len,
    })
}

pub fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    let seq = &args.pos[0];
    Ok(match seq {
        Value::List(l) => {
            let n = l.items.borrow().len();
            vm.new_iter(IterState::ListReverse {
                list: l.clone(),
                remaining: n,
            })
        }
        Value::Range(r) => {
            let (start, _, step) = crate::object::types::range::bounds(r);
            let n = crate::object::types::range::length(r);
            let last = start + (&n - 1) * &step;
            let reversed = crate::object::types::range::make(last, BigInt::zero(), -step);
            match (reversed.big.is_some(), n.to_i64()) {
                (false, Some(count)) => {
                    let (next, step) = (reversed.start, reversed.step);
                    vm.new_iter(IterState::Range {
                        next,
                        step,
                        remaining: count,
                    })
                }
                _ => {
                    let (next, _, step) = crate::object::types::range::bounds(&reversed);
                    vm.new_iter(IterState::BigRange {
                        next,
                        step,
                        remaining: n,
                    })
                }
            }
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => {
            let n = vm.len(seq)? as i64;
            vm.new_iter(IterState::SeqReverse {
                seq: seq.clone(),
                remaining: n,
            })
        }
        Value::Dict(d) => reversed_dict(vm, d, crate::object::types::dict::ViewKind::Keys),
        Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::DictView { .. }) => {
            let PyWrapper::DictView { dict, kind } = w.as_ref() else {
                unreachable!()
            };
            reversed_dict(vm, dict, *kind)
        }
        Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::MappingProxy(_)) => {
            match vm.call_special(seq, "__reversed__", &[])? {
                Some(r) => r,
                None => return Err(vm.type_error("'mappingproxy' object is not reversible")),
            }
        }
        Value::Instance(_) | Value::Type(_) => {
            if let Some(r) = vm.call_special(seq, "__reversed__", &[])? {
                return Ok(r);
            }
            let ty = vm.type_of(seq);
            // `__reversed__ = None` declares the object not reversible.
            // Without `__len__`, len() below gives CPython's error.
            if matches!(ty.lookup("__reversed__"), Some(Value::None))
                || ty.lookup("__getitem__").is_none()
            {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", ty.name().as_str()))
                );
            }
            let n = vm.len(seq)? as i64;
            vm.new_iter(IterState::SeqReverse {
                seq: seq.clone(),
                remaining: n,
            })
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(other)
            )))
        }
    })
}
