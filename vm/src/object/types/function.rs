//! Function-like objects besides plain functions: property, classmethod, staticmethod,
//! super, and the generator methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyDict, PyFunction, PyStr, PyWrapper, WrapperDict};
use crate::object::Value;

/// A new wrapper, registered with the cycle collector (a class and its methods refer to
/// each other).
fn tracked(w: PyWrapper) -> Value {
    let v = Value::Wrapper(Rc::new(w));
    crate::object::gc::track(&v);
    v
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_params("property", &args, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, name: &str| args.arg(i, name).cloned().unwrap_or_default();
    Ok(tracked(PyWrapper::Property {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
        name: RefCell::new(None),
    }))
}

/// `classmethod(f)`/`staticmethod(f)`: exactly one positional argument.
fn one_callable(vm: &mut Vm, kind: &str, args: &Args<'_>) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{kind}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "{kind} expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    Ok(())
}

pub fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_callable(vm, "classmethod", &args)?;
    Ok(tracked(PyWrapper::ClassMethod(
        args.pos[0].clone(),
        Default::default(),
    )))
}

pub fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_callable(vm, "staticmethod", &args)?;
    Ok(tracked(PyWrapper::StaticMethod(
        args.pos[0].clone(),
        Default::default(),
    )))
}

/// `super(type, obj)`; the compiler turns `super()` into this form.
pub fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.pos.len()
        )));
    }
    match args.pos {
        [Value::Type(ty), obj] => {
            let ok = match obj {
                Value::Type(t) if t.is_subtype(ty) => true,
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
        // An unbound super object: its `__get__` binds it to an instance.
        [Value::Type(ty)] => Ok(Value::Wrapper(Rc::new(PyWrapper::Super {
            ty: ty.clone(),
            obj: Value::Null,
        }))),
        [] => Err(vm.new_error(ExcKind::RuntimeError, "super(): no arguments")),
        [other, ..] => Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(other)
        ))),
    }
}

fn property_with(vm: &mut Vm, args: &Args<'_>, which: usize) -> PyResult<Value> {
    // A property subclass's copy is made by calling the subclass.
    let (w, subclass) = match args.pos.first() {
        Some(Value::Wrapper(w)) => (w, None),
        Some(Value::Instance(i)) => match &i.base {
            Some(Value::Wrapper(w)) => (w, Some(i.class())),
            _ => return Err(vm.type_error("property method needs a property")),
        },
        _ => return Err(vm.type_error("property method needs a property")),
    };
    let PyWrapper::Property {
        fget,
        fset,
        fdel,
        doc,
        name,
    } = w.as_ref()
    else {
        return Err(vm.type_error("property method needs a property"));
    };
    let f = args.pos.get(1).cloned().unwrap_or_default();
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let name = name.borrow().clone();
    if let Some(cls) = subclass {
        return vm.call_value(&Value::Type(cls), &[g, s, d, doc.clone()], &[]);
    }
    Ok(tracked(PyWrapper::Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: doc.clone(),
        name: RefCell::new(name),
    }))
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
    let sent = args.pos.get(1).cloned().unwrap_or_default();
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
    let g = g.clone();
    let err = crate::object::types::coroutine::thrown(vm, &args, "throw")?;
    match vm.throw_into(&g, err)? {
        crate::interp::GenResult::Yield(v) => Ok(v),
        crate::interp::GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `generator.close()`: raises GeneratorExit inside; the generator must not yield again.
fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Generator(g)) = args.pos.first() else {
        return Ok(Value::None);
    };
    vm.close_generator(&g.clone())
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

/// The attributes of a Python function outside its `__dict__`.
pub fn function_attr(vm: &mut Vm, f: &Rc<PyFunction>, name: &PyStr) -> PyResult<Option<Value>> {
    let code = f.code();
    Ok(Some(match name.as_str() {
        "__name__" => Value::Str(f.name.borrow().clone()),
        "__qualname__" => Value::Str(f.qualname.borrow().clone()),
        "__doc__" if f.doc.borrow().is_some() => f.doc.borrow().clone().unwrap_or_default(),
        "__module__" if f.module.borrow().is_some() => {
            f.module.borrow().clone().unwrap_or_default()
        }
        "__doc__" => {
            if code.flags.has(crate::bytecode::CodeFlags::HAS_DOC) {
                code.consts.first().cloned().unwrap_or_default()
            } else {
                Value::None
            }
        }
        "__defaults__" => {
            let defaults = f.defaults.borrow();
            if defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(defaults.clone())
            }
        }
        // The dict calls read: changing it changes the defaults, as in CPython.
        "__kwdefaults__" => match &*f.kwdefaults.borrow() {
            Some(d) => Value::Dict(d.clone()),
            None => Value::None,
        },
        "__module__" => vm.dict_get_str(&f.globals, "__name__").unwrap_or_default(),
        "__globals__" => Value::Dict(f.globals.clone()),
        "__builtins__" => Value::Dict(vm.builtins.clone()),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }
        }
        "__code__" => Value::Code(f.code()),
        "__dict__" => Value::Dict(f.dict()),
        "__annotations__" => f
            .annotations
            .borrow_mut()
            .get_or_insert_with(|| Value::Dict(Rc::new(crate::object::types::PyDict::new())))
            .clone(),
        "__type_params__" => f
            .type_params
            .borrow()
            .clone()
            .unwrap_or_else(|| Value::tuple(Vec::new())),
        _ => return Ok(None),
    }))
}

/// The slots `co_varnames` names: the parameters, then the locals that are not cells. A
/// comprehension running inline has slots of its own named as the function's variables:
/// a name counts once, as CPython's one slot for it.
fn varname_slots(code: &crate::bytecode::Code) -> Vec<usize> {
    let cells: Vec<usize> = code
        .instrs
        .iter()
        .take_while(|i| i.op == crate::bytecode::Op::MakeCell)
        .map(|i| i.arg as usize)
        .collect();
    let nargs = code.total_args();
    let names = &code.slot_names;
    (0..code.free_start as usize)
        .filter(|&i| i < nargs || !cells.contains(&i))
        .filter(|&i| !names[..i].iter().any(|n| n.as_str() == names[i].as_str()))
        .collect()
}

/// The `co_*` attributes of a code object, with CPython's flag bits.
pub fn code_attr(code: &Rc<crate::bytecode::Code>, name: &str) -> Option<Value> {
    use crate::bytecode::{CodeFlags, Op};
    let names = |v: &[Rc<PyStr>]| Value::tuple(v.iter().map(|n| Value::Str(n.clone())).collect());
    let free_start = code.free_start as usize;
    let cells: Vec<usize> = code
        .instrs
        .iter()
        .take_while(|i| i.op == Op::MakeCell)
        .map(|i| i.arg as usize)
        .collect();
    let varnames = || -> Vec<Rc<PyStr>> {
        varname_slots(code)
            .into_iter()
            .map(|i| code.slot_names[i].clone())
            .collect()
    };
    Some(match name {
        "co_name" => Value::Str(code.name.clone()),
        "co_qualname" => Value::Str(code.qualname.clone()),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => Value::Int(i64::from(code.first_line)),
        "co_argcount" => Value::Int(i64::from(code.argcount)),
        "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
        "co_nlocals" => Value::Int(varnames().len() as i64),
        "co_varnames" => names(&varnames()),
        "co_cellvars" => {
            let mut v: Vec<_> = cells.iter().map(|&i| code.slot_names[i].clone()).collect();
            v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
            names(&v)
        }
        "co_freevars" => {
            let mut v = code.slot_names[free_start..].to_vec();
            v.sort_by(|a, b| a.as_str().cmp(b.as_str()));
            names(&v)
        }
        "co_names" => names(&code.names),
        "co_consts" => Value::tuple(code.consts.to_vec()),
        "co_stacksize" => Value::Int(i64::from(code.max_stack)),
        "co_code" | "co_linetable" | "co_exceptiontable" | "co_lnotab" => {
            crate::object::types::bytes::new_bytes(Vec::new())
        }
        "co_flags" => {
            let f = code.flags;
            let mut bits = 0;
            if !f.has(CodeFlags::NAMESPACE) {
                bits |= 0x1 | 0x2;
            }
            if f.has(CodeFlags::VARARGS) {
                bits |= 0x4;
            }
            if f.has(CodeFlags::VARKEYWORDS) {
                bits |= 0x8;
            }
            if f.has(CodeFlags::ASYNC_GENERATOR) {
                bits |= 0x200;
            } else if f.has(CodeFlags::COROUTINE) {
                bits |= 0x80;
            } else if f.has(CodeFlags::GENERATOR) {
                bits |= 0x20;
            }
            if f.has(CodeFlags::ITERABLE_COROUTINE) {
                bits |= 0x100;
            }
            Value::Int(bits)
        }
        _ => return None,
    })
}

/// `code.co_flags` as a number.
fn co_flags_of(code: &Rc<crate::bytecode::Code>) -> i64 {
    match code_attr(code, "co_flags") {
        Some(Value::Int(bits)) => bits,
        _ => 0,
    }
}

/// `code.replace(**changes)`: a copy with `co_*` fields replaced. The name, qualified name,
/// file name and first line change freely; constants, names and local names are swapped one
/// for one. The fields that shape the instructions (counts, flags, the bytecode) keep their
/// values: pyrs's instructions are not CPython's, so other values have no meaning here.
fn code_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::object::types::intern_str;
    let Some(Value::Code(code)) = args.pos.first() else {
        return Err(vm.type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut name = code.name.clone();
    let mut qualname = code.qualname.clone();
    let mut filename = code.filename.clone();
    let mut first_line = code.first_line;
    let mut consts = code.consts.to_vec();
    let mut names = code.names.to_vec();
    let mut slot_names = code.slot_names.to_vec();
    let mut flags = code.flags;
    for (key, value) in args.kw {
        let key = key.as_str();
        let must_be = |vm: &mut Vm, want: &str| {
            let got = vm.arg_type_name(value);
            vm.type_error(format!(
                "replace() argument '{key}' must be {want}, not {got}"
            ))
        };
        // The strings of a tuple argument, interned as the compiler interns names.
        let strings = |vm: &mut Vm, want: usize| -> PyResult<Vec<Rc<PyStr>>> {
            let Value::Tuple(t) = value else {
                return Err(must_be(vm, "tuple"));
            };
            let mut out = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                let Value::Str(s) = item else {
                    return Err(vm.new_error(ExcKind::SystemError, "non-string found in code slot"));
                };
                out.push(intern_str(s.as_str()));
            }
            if out.len() != want {
                return Err(vm.value_error(format!(
                    "code.replace() in pyrs keeps the number of {key} ({want}), not {}",
                    out.len()
                )));
            }
            Ok(out)
        };
        match key {
            "co_name" | "co_qualname" | "co_filename" => {
                let Value::Str(text) = value else {
                    return Err(must_be(vm, "str"));
                };
                match key {
                    "co_name" => name = text.clone(),
                    "co_qualname" => qualname = text.clone(),
                    _ => filename = Rc::from(text.as_str()),
                }
            }
            "co_firstlineno" => {
                let line = vm.int_arg(value, "")?;
                first_line = u32::try_from(line)
                    .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
            }
            "co_consts" => {
                let Value::Tuple(t) = value else {
                    return Err(must_be(vm, "tuple"));
                };
                if t.items.len() != consts.len() {
                    return Err(vm.value_error(format!(
                        "code.replace() in pyrs keeps the number of co_consts ({}), not {}",
                        consts.len(),
                        t.items.len()
                    )));
                }
                consts = t.items.to_vec();
            }
            "co_names" => names = strings(vm, names.len())?,
            "co_varnames" => {
                let slots = varname_slots(code);
                if matches!(value, Value::Tuple(t) if t.items.len() != slots.len()) {
                    return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
                }
                let renamed = strings(vm, slots.len())?;
                for (slot, renamed) in slots.into_iter().zip(renamed) {
                    // The inline comprehensions' slots of that name follow it.
                    let old = code.slot_names[slot].clone();
                    for (i, n) in code.slot_names[..code.free_start as usize]
                        .iter()
                        .enumerate()
                        .skip(slot)
                    {
                        if n.as_str() == old.as_str() {
                            slot_names[i] = renamed.clone();
                        }
                    }
                }
            }
            // CO_ITERABLE_COROUTINE (`types.coroutine`) is the one flag a generator's code
            // may gain or lose.
            "co_flags"
                if flags.has(crate::bytecode::CodeFlags::GENERATOR)
                    && !flags.has(crate::bytecode::CodeFlags::COROUTINE)
                    && matches!(value, Value::Int(_))
                    && vm.eq(&Value::Int(co_flags_of(code) ^ 0x100), value)? =>
            {
                flags.0 ^= crate::bytecode::CodeFlags::ITERABLE_COROUTINE;
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_flags" | "co_code" | "co_linetable" | "co_exceptiontable"
            | "co_freevars" | "co_cellvars" => {
                let current = code_attr(code, key).unwrap_or_default();
                if !vm.eq(&current, value)? {
                    return Err(vm.value_error(format!(
                        "code.replace() cannot change {key} in pyrs: its bytecode is its own"
                    )));
                }
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    Ok(Value::Code(Rc::new(crate::bytecode::Code {
        name,
        qualname,
        filename,
        first_line,
        instrs: code.instrs.clone(),
        lines: code.lines.clone(),
        spans: code.spans.clone(),
        consts: consts.into_boxed_slice(),
        name_cache: names.iter().map(|_| Default::default()).collect(),
        attr_cache: names.iter().map(|_| Default::default()).collect(),
        attr_hint: names.iter().map(|_| Default::default()).collect(),
        names: names.into_boxed_slice(),
        slot_names: slot_names.into_boxed_slice(),
        free_start: code.free_start,
        argcount: code.argcount,
        posonlyargcount: code.posonlyargcount,
        kwonlyargcount: code.kwonlyargcount,
        flags,
        exc_table: code.exc_table.clone(),
        max_stack: code.max_stack,
    })))
}

/// `code == code`: the same name, signature, flags, first line, instructions, line table,
/// names and constants (a constant equal to another of a different type differs, as in
/// CPython: `lambda: 1` and `lambda: 1.0` are not the same code).
pub fn code_equal(
    vm: &mut Vm,
    x: &Rc<crate::bytecode::Code>,
    y: &Rc<crate::bytecode::Code>,
) -> PyResult<bool> {
    if Rc::ptr_eq(x, y) {
        return Ok(true);
    }
    let texts = |a: &[Rc<PyStr>], b: &[Rc<PyStr>]| {
        a.len() == b.len() && a.iter().zip(b).all(|(p, q)| p.as_str() == q.as_str())
    };
    let same = x.name.as_str() == y.name.as_str()
        && x.argcount == y.argcount
        && x.posonlyargcount == y.posonlyargcount
        && x.kwonlyargcount == y.kwonlyargcount
        && x.flags == y.flags
        && x.first_line == y.first_line
        && x.instrs == y.instrs
        && x.lines == y.lines
        && x.exc_table == y.exc_table
        && texts(&x.names, &y.names)
        && texts(&x.slot_names, &y.slot_names)
        && x.consts.len() == y.consts.len();
    if !same {
        return Ok(false);
    }
    for (a, b) in x.consts.iter().zip(y.consts.iter()) {
        if !Rc::ptr_eq(&vm.type_of(a), &vm.type_of(b)) || !vm.eq(a, b)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `hash(code)`, consistent with [`code_equal`].
pub fn code_hash(code: &crate::bytecode::Code) -> i64 {
    let numbers = [
        code.argcount,
        code.kwonlyargcount,
        code.first_line,
        code.instrs.len() as u32,
    ];
    let bytes = code
        .name
        .as_str()
        .bytes()
        .chain(numbers.iter().flat_map(|n| n.to_le_bytes()));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `code.co_lines()`: `(start, end, line)` over the bytecode, two bytes an instruction, one
/// entry per run of instructions on the same line.
fn code_lines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("co_lines", &args, 1, 1)?;
    let Value::Code(code) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'co_lines' requires a 'code' object"));
    };
    let mut runs: Vec<(usize, usize, u32)> = Vec::new();
    for (i, &line) in code.lines.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if run.2 == line => run.1 = 2 * i + 2,
            _ => runs.push((2 * i, 2 * i + 2, line)),
        }
    }
    let items: Vec<Value> = runs
        .into_iter()
        .map(|(a, b, line)| {
            Value::tuple(vec![
                Value::Int(a as i64),
                Value::Int(b as i64),
                Value::Int(i64::from(line)),
            ])
        })
        .collect();
    vm.iter(&Value::list(items))
}

/// `code.co_positions()`: `(line, end_line, column, end_column)` per instruction, columns
/// in UTF-8 bytes as CPython counts them, from the instruction's source range in its file's
/// text; an instruction without a range (or code whose file's text pyrs does not hold, such
/// as the frozen library) has None columns and its line.
fn code_positions(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("co_positions", &args, 1, 1)?;
    let Value::Code(code) = &args.pos[0] else {
        return Err(vm.type_error("descriptor 'co_positions' requires a 'code' object"));
    };
    let ends: Vec<u32> = (0..code.lines.len())
        .flat_map(|i| {
            let (start, end) = code.span_of(i);
            [start, end]
        })
        .collect();
    let found = vm.sources.positions(&code.filename, &ends);
    let items: Vec<Value> = code
        .lines
        .iter()
        .enumerate()
        .map(|(i, &line)| {
            let (start, end) = code.span_of(i);
            match &found {
                Some(at) if start < end => {
                    let ((l0, c0), (l1, c1)) = (at[2 * i], at[2 * i + 1]);
                    Value::tuple(vec![
                        Value::Int(i64::from(l0)),
                        Value::Int(i64::from(l1)),
                        Value::Int(c0 as i64),
                        Value::Int(c1 as i64),
                    ])
                }
                _ => {
                    let line = Value::Int(i64::from(line));
                    Value::tuple(vec![line.clone(), line, Value::None, Value::None])
                }
            }
        })
        .collect();
    vm.iter(&Value::list(items))
}

pub const CODE_METHODS: &[(&str, NativeFn)] = &[
    ("replace", code_replace),
    ("co_lines", code_lines),
    ("co_positions", code_positions),
];

/// Sets (or deletes, with `None`) an attribute of a Python function.
pub fn set_function_attr(
    vm: &mut Vm,
    f: &Rc<PyFunction>,
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> PyResult<()> {
    match (name.as_str(), value) {
        ("__name__" | "__qualname__", Some(v)) => {
            let Value::Str(s) = v else {
                return Err(
                    vm.type_error(format!("{} must be set to a string object", name.as_str()))
                );
            };
            if name.as_str() == "__name__" {
                *f.name.borrow_mut() = s;
            } else {
                *f.qualname.borrow_mut() = s;
            }
            Ok(())
        }
        ("__name__" | "__qualname__", None) => {
            Err(vm.type_error(format!("{} must be set to a string object", name.as_str())))
        }
        ("__defaults__", None | Some(Value::None)) => {
            f.defaults.borrow_mut().clear();
            Ok(())
        }
        ("__defaults__", Some(Value::Tuple(t))) => {
            *f.defaults.borrow_mut() = t.items.to_vec();
            Ok(())
        }
        ("__defaults__", Some(_)) => {
            Err(vm.type_error("__defaults__ must be set to a tuple object"))
        }
        ("__kwdefaults__", None | Some(Value::None)) => {
            *f.kwdefaults.borrow_mut() = None;
            Ok(())
        }
        ("__kwdefaults__", Some(Value::Dict(d))) => {
            *f.kwdefaults.borrow_mut() = Some(d);
            Ok(())
        }
        ("__kwdefaults__", Some(_)) => {
            Err(vm.type_error("__kwdefaults__ must be set to a dict object"))
        }
        ("__dict__", Some(Value::Dict(d))) => {
            *f.dict.borrow_mut() = Some(d);
            Ok(())
        }
        ("__dict__", _) => Err(vm.type_error("__dict__ must be set to a dictionary")),
        ("__annotations__", v) => {
            *f.annotations.borrow_mut() = v;
            Ok(())
        }
        ("__doc__", v) => {
            *f.doc.borrow_mut() = Some(v.unwrap_or_default());
            Ok(())
        }
        ("__module__", v) => {
            *f.module.borrow_mut() = Some(v.unwrap_or_default());
            Ok(())
        }
        ("__type_params__", Some(v @ Value::Tuple(_))) => {
            *f.type_params.borrow_mut() = Some(v);
            Ok(())
        }
        ("__type_params__", Some(_)) => {
            Err(vm.type_error("__type_params__ must be set to a tuple"))
        }
        ("__type_params__", None) => Err(vm.type_error("__type_params__ must be set to a tuple")),
        ("__code__", Some(Value::Code(code))) => {
            let free = code.free_count();
            if free != f.closure.len() {
                return Err(vm.value_error(format!(
                    "{}() requires a code object with {} free vars, not {free}",
                    f.name.borrow().as_str(),
                    f.closure.len()
                )));
            }
            f.set_code(code);
            Ok(())
        }
        ("__code__", _) => Err(vm.type_error("__code__ must be set to a code object")),
        ("__globals__" | "__closure__" | "__builtins__", _) => {
            Err(vm.attribute_error("readonly attribute"))
        }
        (_, Some(v)) => vm.dict_set(&f.dict(), Value::Str(name.clone()), v),
        (_, None) => match vm.dict_remove_str(&f.dict(), name.as_str()) {
            Some(_) => Ok(()),
            None => Err(vm.no_attribute(&Value::Function(f.clone()), name.as_str())),
        },
    }
}

/// The data attributes of property, classmethod and staticmethod objects.
pub fn wrapper_attr(vm: &mut Vm, w: &Rc<PyWrapper>, name: &PyStr) -> PyResult<Option<Value>> {
    let n = name.as_str();
    Ok(match w.as_ref() {
        PyWrapper::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } => match n {
            "fget" => Some(fget.clone()),
            "fset" => Some(fset.clone()),
            "fdel" => Some(fdel.clone()),
            "__doc__" => Some(if doc.is_none() {
                match fget {
                    Value::None => Value::None,
                    f => vm
                        .getattr_opt(&f.clone(), &Rc::new(PyStr::new("__doc__")))?
                        .unwrap_or_default(),
                }
            } else {
                doc.clone()
            }),
            "__isabstractmethod__" => Some(Value::Bool(any_abstract(vm, &[fget, fset, fdel])?)),
            _ => None,
        },
        PyWrapper::GetSet(def) => match n {
            "__name__" | "__qualname__" => Some(Value::str(def.name)),
            "__doc__" => Some(Value::None),
            "__objclass__" => vm.builtins.get_str(def.owner),
            _ => None,
        },
        PyWrapper::Member {
            name, owner, class, ..
        } => match n {
            "__name__" => Some(Value::Str(name.clone())),
            "__qualname__" => Some(Value::string(format!(
                "{}.{}",
                owner.as_str(),
                name.as_str()
            ))),
            "__doc__" => Some(Value::None),
            "__objclass__" => class.borrow().upgrade().map(Value::Type),
            _ => None,
        },
        PyWrapper::ClassMethod(f, d) | PyWrapper::StaticMethod(f, d) => match n {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(Value::Bool(any_abstract(vm, &[f])?)),
            "__dict__" => Some(Value::Dict(wrapper_dict(vm, f, d)?)),
            _ => {
                let own = d.0.borrow().clone();
                match own {
                    Some(dict) => vm.dict_get_pystr(&dict, &Rc::new(PyStr::new(n))),
                    // Not made yet: what it would copy comes from the function.
                    None if COPIED.contains(&n) => {
                        vm.getattr_opt(&f.clone(), &Rc::new(PyStr::new(n)))?
                    }
                    None => None,
                }
            }
        },
        _ => None,
    })
}

/// The attributes a classmethod or staticmethod takes from its function into its own
/// `__dict__` (CPython copies them when the object is made).
const COPIED: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// The `__dict__` of a classmethod or staticmethod wrapping `f`, made on first use.
fn wrapper_dict(vm: &mut Vm, f: &Value, d: &WrapperDict) -> PyResult<Rc<PyDict>> {
    if let Some(dict) = d.0.borrow().as_ref() {
        return Ok(dict.clone());
    }
    let dict = Rc::new(PyDict::new());
    for name in COPIED {
        if let Some(v) = vm.getattr_opt(f, &Rc::new(PyStr::new(name)))? {
            vm.dict_set(&dict, Value::str(name), v)?;
        }
    }
    *d.0.borrow_mut() = Some(dict.clone());
    Ok(dict)
}

/// Sets (or, with `None`, deletes) attribute `name` of `obj`, a classmethod or staticmethod
/// object wrapping `f` with attributes `d`: in its `__dict__`, except the read-only ones.
pub fn set_wrapper_attr(
    vm: &mut Vm,
    obj: &Value,
    (f, d): (&Value, &WrapperDict),
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> PyResult<()> {
    match (name.as_str(), value) {
        ("__func__" | "__wrapped__", _) => Err(vm.attribute_error("readonly attribute")),
        ("__isabstractmethod__", _) => Err(vm.attribute_error(format!(
            "attribute '__isabstractmethod__' of '{}' objects is not writable",
            vm.type_name(obj)
        ))),
        ("__dict__", Some(Value::Dict(new))) => {
            *d.0.borrow_mut() = Some(new);
            Ok(())
        }
        ("__dict__", Some(other)) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&other)
        ))),
        ("__dict__", None) => Err(vm.type_error("cannot delete __dict__")),
        (_, Some(v)) => {
            let dict = wrapper_dict(vm, f, d)?;
            vm.dict_set(&dict, Value::Str(name.clone()), v)
        }
        (_, None) => {
            let dict = wrapper_dict(vm, f, d)?;
            match vm.dict_remove_str(&dict, name.as_str()) {
                Some(_) => Ok(()),
                None => Err(vm.no_attribute(obj, name.as_str())),
            }
        }
    }
}

/// Whether any of `funcs` has a true `__isabstractmethod__`.
fn any_abstract(vm: &mut Vm, funcs: &[&Value]) -> PyResult<bool> {
    let name = Rc::new(PyStr::new("__isabstractmethod__"));
    for f in funcs {
        if f.is_none() {
            continue;
        }
        if let Some(v) = vm.getattr_opt(f, &name)? {
            if vm.truthy(&v)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// `descr.__get__(instance, owner=None)`.
fn descr_get_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let (this, instance) = (&args.pos[0], &args.pos[1]);
    let owner = match args.pos.get(2) {
        Some(Value::Type(t)) => t.clone(),
        Some(v) if !v.is_none() => {
            return Err(vm.type_error(format!(
                "descriptor owner must be a type, not {}",
                vm.type_name(v)
            )))
        }
        _ if instance.is_none() => return Err(vm.type_error("__get__(None, None) is invalid")),
        _ => vm.type_of(instance),
    };
    let obj = (!instance.is_none()).then_some(instance);
    vm.descr_get(this, obj, &owner)
}

/// `descr.__set__(instance, value)`.
fn descr_set_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__set__", &args, 3, 3)?;
    vm.descr_set_value(&args.pos[0], &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

/// `descr.__delete__(instance)`.
fn descr_delete_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__delete__", &args, 2, 2)?;
    vm.descr_set_value(&args.pos[0], &args.pos[1], None)?;
    Ok(Value::None)
}

pub const DESCRIPTOR_GET: &[(&str, NativeFn)] = &[("__get__", descr_get_method)];

pub const DESCRIPTOR_SET: &[(&str, NativeFn)] = &[
    ("__set__", descr_set_method),
    ("__delete__", descr_delete_method),
];

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None,
/// kwdefaults=None)`: a function made from a code object.
pub fn function_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [code, globals, name, argdefs, closure, kwdefaults] = vm.bind_args(
        "function",
        &args,
        &[
            "code",
            "globals",
            "name",
            "argdefs",
            "closure",
            "kwdefaults",
        ],
        2,
    )?;
    let code = match code.unwrap_or_default() {
        Value::Code(c) => c,
        other => {
            return Err(vm.type_error(format!(
                "function() argument 'code' must be code, not {}",
                vm.arg_type_name(&other)
            )))
        }
    };
    let globals = match globals.unwrap_or_default() {
        Value::Dict(d) => d,
        other => {
            return Err(vm.type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.arg_type_name(&other)
            )))
        }
    };
    let name = match name {
        None | Some(Value::None) => code.name.clone(),
        Some(Value::Str(s)) => s,
        Some(_) => return Err(vm.type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match argdefs {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        Some(_) => return Err(vm.type_error("arg 4 (defaults) must be None or tuple")),
    };
    let free = code.free_count();
    let cells: Vec<Rc<super::PyCell>> = match closure {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => {
            let mut cells = Vec::with_capacity(t.items.len());
            for c in t.items.iter() {
                match c {
                    Value::Cell(c) => cells.push(c.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "arg 5 (closure) expected cell, found {}",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            cells
        }
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be tuple")),
    };
    if cells.len() != free {
        if free > 0 && cells.is_empty() {
            return Err(vm.type_error("arg 5 (closure) must be tuple"));
        }
        return Err(vm.value_error(format!(
            "{} requires closure of length {free}, not {}",
            code.name.as_str(),
            cells.len()
        )));
    }
    let kwdefaults = match kwdefaults {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(_) => return Err(vm.type_error("arg 6 (kwdefaults) must be None or dict")),
    };
    let func = super::PyFunction::new(code, globals, defaults, kwdefaults, cells);
    *func.name.borrow_mut() = name;
    let func = Value::Function(Rc::new(func));
    crate::object::gc::track(&func);
    Ok(func)
}

/// `types.CellType(contents)`: a cell, empty without an argument.
pub fn cell_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("cell", &args, 0, 1)?;
    Ok(Value::Cell(Rc::new(super::PyCell::new(
        args.pos.first().cloned(),
    ))))
}
