//! The methods and attributes of coroutines, async generators and the awaitables of an
//! async generator's `asend()`/`athrow()`/`aclose()`.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::{GenResult, Vm};
use crate::object::types::iter::{AsyncGenOp, IterState};
use crate::object::types::{Args, GenKind, NativeFn, PyGenerator, PyIter};
use crate::object::Value;

fn this_gen(vm: &mut Vm, args: &Args<'_>, what: &str) -> PyResult<Rc<PyGenerator>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error(format!("{what}() needs a coroutine"))),
    }
}

fn step_result(vm: &mut Vm, r: PyResult<GenResult>) -> PyResult<Value> {
    match r? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `coro.send(v)`
fn coro_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "send")?;
    let sent = args.pos.get(1).cloned().unwrap_or_default();
    let r = vm.resume(&g, sent);
    step_result(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub(crate) fn thrown(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<crate::error::PyErr> {
    let Some(exc) = args.pos.get(1) else {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    };
    if args.pos.len() > 2 {
        vm.warn(
            ExcKind::DeprecationWarning,
            &format!(
                "the (type, exc, tb) signature of {name}() is deprecated, \
                 use the single-arg signature instead."
            ),
        )?;
    }
    if let Some(tb) = args.pos.get(3).filter(|tb| !tb.is_none()) {
        if !vm.type_of(tb).is_subtype(&vm.types.traceback) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = match (exc, args.pos.get(2)) {
        // As CPython normalizes (type, value): an instance of the type is the exception, a
        // tuple is the arguments, anything else the one argument.
        (Value::Type(t), Some(v)) if !v.is_none() => {
            if vm.type_of(v).is_subtype(t) {
                v.clone()
            } else if let Value::Tuple(items) = v {
                vm.call_value(exc, &items.items, &[])?
            } else {
                vm.call_value(exc, std::slice::from_ref(v), &[])?
            }
        }
        (Value::Instance(_), Some(v)) if !v.is_none() => {
            return Err(vm.type_error("instance exception may not have a separate value"))
        }
        _ => exc.clone(),
    };
    let is_exc =
        matches!(&exc, Value::Type(t) if t.is_exception()) || vm.is_exception_instance(&exc);
    if !is_exc {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&exc)
        )));
    }
    vm.make_raisable(exc)
}

/// `coro.throw(exc)`
fn coro_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "throw")?;
    let err = thrown(vm, &args, "throw")?;
    let r = vm.throw_into(&g, err);
    step_result(vm, r)
}

fn coro_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "close")?;
    vm.close_generator(&g)
}

/// `coro.__await__()`: an iterator over the coroutine (the coroutine itself here).
fn coro_await(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "__await__")?;
    Ok(vm.new_iter(IterState::CoroWrapper { coro: g }))
}

pub const COROUTINE_METHODS: &[(&str, NativeFn)] = &[
    ("send", coro_send),
    ("throw", coro_throw),
    ("close", coro_close),
    ("__await__", coro_await),
];

fn agen_aiter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn agen_anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "__anext__")?;
    vm.async_gen_op(&g, AsyncGenOp::Send(Value::None))
}

fn agen_asend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "asend")?;
    let v = args.pos.get(1).cloned().unwrap_or_default();
    vm.async_gen_op(&g, AsyncGenOp::Send(v))
}

fn agen_athrow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "athrow")?;
    let err = thrown(vm, &args, "athrow")?;
    vm.async_gen_op(&g, AsyncGenOp::Throw(err.value()))
}

fn agen_aclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(vm, &args, "aclose")?;
    vm.async_gen_op(&g, AsyncGenOp::Close)
}

pub const ASYNC_GEN_METHODS: &[(&str, NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

fn this_op(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<PyIter>> {
    match args.pos.first() {
        Some(Value::Iter(i)) => Ok(i.clone()),
        _ => Err(vm.type_error("expected an async generator awaitable")),
    }
}

/// Whether `it` is one of the built-in awaitables stepped by `awaitable_step`.
pub fn is_awaitable_state(it: &PyIter) -> bool {
    matches!(
        &*it.state.borrow(),
        IterState::CoroWrapper { .. }
            | IterState::AnextDefault { .. }
            | IterState::AsyncGenOp { .. }
    )
}

/// One step of a built-in awaitable: an async generator's operation, a coroutine's
/// `__await__()`, or `anext(it, default)`.
pub fn awaitable_step(
    vm: &mut Vm,
    it: &Rc<PyIter>,
    input: Result<Value, crate::error::PyErr>,
) -> PyResult<GenResult> {
    enum Kind {
        Coro(Rc<PyGenerator>),
        Anext(Value, Value),
        AsyncGen,
    }
    let kind = match &*it.state.borrow() {
        IterState::CoroWrapper { coro } => Kind::Coro(coro.clone()),
        IterState::AnextDefault { awaitable, default } => {
            Kind::Anext(awaitable.clone(), default.clone())
        }
        _ => Kind::AsyncGen,
    };
    match kind {
        Kind::Coro(c) => match input {
            Ok(v) => vm.resume(&c, v),
            Err(e) => vm.throw_into(&c, e),
        },
        Kind::Anext(a, d) => anext_default_step(vm, &a, &d, input),
        Kind::AsyncGen => vm.async_gen_step(it, input),
    }
}

fn op_step(
    vm: &mut Vm,
    it: &Rc<PyIter>,
    input: Result<Value, crate::error::PyErr>,
) -> PyResult<GenResult> {
    awaitable_step(vm, it, input)
}

fn op_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = this_op(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or_default();
    let r = op_step(vm, &it, Ok(v));
    step_result(vm, r)
}

fn op_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = this_op(vm, &args)?;
    let r = op_step(vm, &it, Ok(Value::None));
    step_result(vm, r)
}

fn op_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = this_op(vm, &args)?;
    let err = thrown(vm, &args, "throw")?;
    let r = op_step(vm, &it, Err(err));
    step_result(vm, r)
}

fn op_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = this_op(vm, &args)?;
    let coro = match &*it.state.borrow() {
        IterState::CoroWrapper { coro } => Some(coro.clone()),
        _ => None,
    };
    match coro {
        Some(c) => vm.close_generator(&c),
        None => {
            if let IterState::AsyncGenOp { step, .. } = &mut *it.state.borrow_mut() {
                *step = 2;
            }
            Ok(Value::None)
        }
    }
}

fn op_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

pub const ASYNC_GEN_OP_METHODS: &[(&str, NativeFn)] = &[
    ("send", op_send),
    ("throw", op_throw),
    ("close", op_close),
    ("__next__", op_next),
    ("__iter__", op_self),
    ("__await__", op_self),
];

/// `cr_*`, `gi_*` and `ag_*` attributes.
pub fn gen_attr(vm: &mut Vm, g: &Rc<PyGenerator>, name: &str) -> Option<Value> {
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    let rest = name.strip_prefix(prefix)?;
    let frame = g.frame.borrow();
    let suspended = frame.as_ref().is_some_and(|f| f.ip > 0) && !g.running.get();
    drop(frame);
    Some(match rest {
        "running" => Value::Bool(g.running.get()),
        "suspended" => Value::Bool(suspended),
        "code" => Value::Code(g.code.clone()),
        "frame" => {
            let frame = g.frame.borrow();
            let Some(f) = frame.as_ref() else {
                return Some(Value::None);
            };
            let (line, globals) = (f.line().max(g.code.first_line), f.globals.clone());
            drop(frame);
            let locals = match g.frame.borrow_mut().as_mut() {
                Some(f) => vm.capture_caller(f).locals,
                None => Value::None,
            };
            vm.frame_object(&g.code, &globals, line, locals, Value::None)
        }
        "await" | "yieldfrom" => vm.awaiting_of(g).unwrap_or_default(),
        "origin" if g.kind == GenKind::Coroutine => Value::None,
        _ => return None,
    })
}

/// `aiter(obj)`
pub fn aiter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("aiter", &args, 1, 1)?;
    let obj = args.pos[0].clone();
    let ty = vm.type_of(&obj);
    if ty.lookup("__aiter__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            ty.name().as_str()
        )));
    }
    let it = vm.call_special(&obj, "__aiter__", &[])?.unwrap_or_default();
    let it_ty = vm.type_of(&it);
    if it_ty.lookup("__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it_ty.name().as_str()
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`
pub fn anext(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("anext", &args, 1, 2)?;
    let it = args.pos[0].clone();
    let ty = vm.type_of(&it);
    if ty.lookup("__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            ty.name().as_str()
        )));
    }
    let awaitable = vm.call_special(&it, "__anext__", &[])?.unwrap_or_default();
    match args.pos.get(1) {
        None => Ok(awaitable),
        Some(default) => {
            let awaitable = vm.awaitable_iter(&awaitable, 0)?;
            Ok(vm.new_iter(IterState::AnextDefault {
                awaitable,
                default: default.clone(),
            }))
        }
    }
}

/// Steps `anext(it, default)`'s awaitable: StopAsyncIteration becomes the default.
pub fn anext_default_step(
    vm: &mut Vm,
    awaitable: &Value,
    default: &Value,
    input: Result<Value, crate::error::PyErr>,
) -> PyResult<GenResult> {
    let r = match input {
        Ok(v) => vm.send_to_iter(awaitable, v),
        Err(e) => match awaitable {
            Value::Generator(g) => vm.throw_into(g, e),
            Value::Iter(i) if is_awaitable_state(i) => awaitable_step(vm, i, Err(e)),
            other => {
                let throw = vm.intern("throw");
                match vm.getattr_opt(other, &throw)? {
                    Some(m) => match vm.call_value(&m, &[e.value()], &[]) {
                        Ok(v) => Ok(GenResult::Yield(v)),
                        Err(err) if vm.err_matches(&err, ExcKind::StopIteration) => {
                            Ok(GenResult::Return(vm.stop_iteration_value(&err)))
                        }
                        Err(err) => Err(err),
                    },
                    None => Err(e),
                }
            }
        },
    };
    match r {
        Err(e) if vm.err_matches(&e, ExcKind::StopAsyncIteration) => {
            Ok(GenResult::Return(default.clone()))
        }
        other => other,
    }
}
