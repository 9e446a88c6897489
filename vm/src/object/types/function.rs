//! Function-like objects besides plain functions: property, classmethod, staticmethod,
//! super, and the generator methods.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyWrapper};
use crate::object::Value;

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let get = |i: usize, name: &str| args.arg(i, name).cloned().unwrap_or(Value::None);
    Ok(Value::Wrapper(Rc::new(PyWrapper::Property {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
    })))
}

pub fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("classmethod", &args, 1, 1)?;
    Ok(Value::Wrapper(Rc::new(PyWrapper::ClassMethod(
        args.pos[0].clone(),
    ))))
}

pub fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("staticmethod", &args, 1, 1)?;
    Ok(Value::Wrapper(Rc::new(PyWrapper::StaticMethod(
        args.pos[0].clone(),
    ))))
}

/// `super(type, obj)`; the compiler turns `super()` into this form.
pub fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos {
        [Value::Type(ty), obj] => {
            let ok = match obj {
                Value::Type(t) => t.is_subtype(ty),
                other => vm.type_of(other).is_subtype(ty),
            };
            if !ok {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Ok(Value::Wrapper(Rc::new(PyWrapper::Super {
                ty: ty.clone(),
                obj: obj.clone(),
            })))
        }
        [] => Err(vm.new_error(ExcKind::RuntimeError, "super(): no arguments")),
        [other, ..] => Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(other)
        ))),
    }
}

fn property_with(vm: &mut Vm, args: &Args<'_>, which: usize) -> PyResult<Value> {
    let Some(Value::Wrapper(w)) = args.pos.first() else {
        return Err(vm.type_error("property method needs a property"));
    };
    let PyWrapper::Property {
        fget,
        fset,
        fdel,
        doc,
    } = w.as_ref()
    else {
        return Err(vm.type_error("property method needs a property"));
    };
    let f = args.pos.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Value::Wrapper(Rc::new(PyWrapper::Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: doc.clone(),
    })))
}

fn getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, &args, 0)
}

fn setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, &args, 1)
}

fn deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, &args, 2)
}

pub const PROPERTY_METHODS: &[(&str, NativeFn)] =
    &[("getter", getter), ("setter", setter), ("deleter", deleter)];

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Generator(g)) = args.pos.first() else {
        return Err(vm.type_error("send() needs a generator"));
    };
    let sent = args.pos.get(1).cloned().unwrap_or(Value::None);
    match vm.resume(g, sent)? {
        crate::interp::GenResult::Yield(v) => Ok(v),
        crate::interp::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    gen_send(
        vm,
        Args {
            pos: &args.pos[..1],
            kw: &[],
        },
    )
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Generator(g)) = args.pos.first() else {
        return Err(vm.type_error("throw() needs a generator"));
    };
    let Some(exc) = args.pos.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match (exc, args.pos.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            vm.call_value(exc, std::slice::from_ref(v), &[])?
        }
        _ => exc.clone(),
    };
    let err = vm.make_raisable(exc)?;
    match vm.throw_into(g, err)? {
        crate::interp::GenResult::Yield(v) => Ok(v),
        crate::interp::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `generator.close()`: raises GeneratorExit inside; the generator must not yield again.
fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Generator(g)) = args.pos.first() else {
        return Ok(Value::None);
    };
    if g.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let started = g.frame.borrow().as_ref().is_some_and(|f| f.ip > 0);
    if !started {
        g.frame.borrow_mut().take();
        return Ok(Value::None);
    }
    let exit = vm.new_error(ExcKind::GeneratorExit, "");
    let exit = crate::error::PyErr {
        exc: vm.new_exception(exit.exc.class.clone(), Vec::new()),
    };
    match vm.throw_into(g, exit) {
        Ok(crate::interp::GenResult::Yield(_)) => {
            Err(vm.new_error(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(crate::interp::GenResult::Return(_)) => Ok(Value::None),
        Err(e)
            if vm.err_matches(&e, ExcKind::GeneratorExit)
                || vm.err_matches(&e, ExcKind::StopIteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("__next__", gen_next),
    ("close", gen_close),
    ("throw", gen_throw),
    ("__iter__", gen_iter),
];
