//! `type` objects: look-up through the MRO, subtype tests, C3 linearisation, and the creation
//! of every built-in type with its methods.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::{Types, Vm};
use crate::object::types::{Args, NativeFn, PyBuiltin, PyDict, PyStr, PyType, PyWrapper, TypeKind};
use crate::object::Value;

impl PyType {
    /// Finds `name` in this type or along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_hashed(name, crate::object::types::text_hash(name))
    }

    /// `lookup` with the name's hash already known (interned names cache theirs).
    pub fn lookup_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        if let Some(v) = self.dict.get_str_hashed(name, hash) {
            return Some(v);
        }
        self.mro
            .iter()
            .find_map(|t| t.dict.get_str_hashed(name, hash))
    }

    /// Like `lookup`, but only in classes defined in Python.
    pub fn lookup_heap(&self, name: &str) -> Option<Value> {
        if self.heap {
            if let Some(v) = self.dict.get_str(name) {
                return Some(v);
            }
        }
        self.mro
            .iter()
            .filter(|t| t.heap)
            .find_map(|t| t.dict.get_str(name))
    }

    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|t| std::ptr::eq(t.as_ref(), other))
    }

    pub fn is_exception(&self) -> bool {
        self.kind == TypeKind::BaseException
    }
}

/// C3 linearisation of the bases; `None` when no consistent order exists.
pub fn c3_merge(bases: &[Rc<PyType>]) -> Option<Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

fn new_type(
    name: &str,
    base: Option<&Rc<PyType>>,
    kind: TypeKind,
    ctor: Option<NativeFn>,
) -> Rc<PyType> {
    let mut mro = Vec::new();
    if let Some(b) = base {
        mro.push(b.clone());
        mro.extend(b.mro.iter().cloned());
    }
    Rc::new(PyType {
        name: Rc::new(PyStr::new(name)),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        module: Rc::new(PyStr::new("builtins")),
        bases: base.into_iter().cloned().collect(),
        mro,
        dict: PyDict::new(),
        kind,
        ctor,
        heap: false,
    })
}

/// A class implemented in Rust outside the core types (the io classes, ...): built in, with
/// the given bases, its dict filled by its module. Python code may subclass it.
pub fn native_class(name: &str, module: &str, bases: &[Rc<PyType>]) -> Rc<PyType> {
    native_type(name, module, bases, TypeKind::Object, false)
}

/// A class implemented in Rust that CPython implements in Python (the import machinery):
/// a heap type, so it is named and created as Python classes are.
pub fn python_like_class(name: &str, module: &str, bases: &[Rc<PyType>]) -> Rc<PyType> {
    native_type(name, module, bases, TypeKind::Object, true)
}

/// An exception class implemented in Rust with several built-in exception bases.
pub fn native_exception_class(name: &str, module: &str, bases: &[Rc<PyType>]) -> Rc<PyType> {
    native_type(name, module, bases, TypeKind::BaseException, false)
}

fn native_type(
    name: &str,
    module: &str,
    bases: &[Rc<PyType>],
    kind: TypeKind,
    heap: bool,
) -> Rc<PyType> {
    let mro = c3_merge(bases).unwrap_or_else(|| bases.to_vec());
    Rc::new(PyType {
        name: Rc::new(PyStr::new(name)),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        module: Rc::new(PyStr::new(module)),
        bases: bases.to_vec(),
        mro,
        dict: PyDict::new(),
        kind,
        ctor: None,
        heap,
    })
}

/// Creates every built-in type (methods are added by `install_methods`).
pub fn builtin_types() -> Types {
    use crate::object::types as t;
    let object = new_type("object", None, TypeKind::Object, Some(object_new));
    let o = Some(&object);
    let int = new_type("int", o, TypeKind::Int, Some(t::int::construct));
    let mut iterators = HashMap::new();
    for name in t::iter::IterState::TYPE_NAMES {
        let ctor: Option<NativeFn> = match *name {
            "enumerate" => Some(crate::builtins::iterators::enumerate),
            "zip" => Some(crate::builtins::iterators::zip),
            "map" => Some(crate::builtins::iterators::map),
            "filter" => Some(crate::builtins::iterators::filter),
            "reversed" => Some(crate::builtins::iterators::reversed),
            _ => None,
        };
        iterators.insert(*name, new_type(name, o, TypeKind::Iterator, ctor));
    }
    let base_exception = new_type("BaseException", o, TypeKind::BaseException, None);
    let mut exceptions: Vec<Rc<PyType>> = Vec::new();
    for (kind, name, parent) in ExcKind::TABLE {
        let ty = match parent {
            None => base_exception.clone(),
            Some(p) => new_type(
                name,
                Some(&exceptions[p.index()]),
                TypeKind::BaseException,
                None,
            ),
        };
        debug_assert_eq!(kind.index(), exceptions.len());
        exceptions.push(ty);
    }
    Types {
        type_: new_type("type", o, TypeKind::Type, Some(type_new)),
        none: new_type("NoneType", o, TypeKind::NoneType, Some(none_new)),
        not_implemented: new_type("NotImplementedType", o, TypeKind::NotImplementedType, None),
        ellipsis: new_type("ellipsis", o, TypeKind::Ellipsis, None),
        bool_: new_type(
            "bool",
            Some(&int),
            TypeKind::Bool,
            Some(t::int::construct_bool),
        ),
        float: new_type("float", o, TypeKind::Float, Some(t::float::construct)),
        str_: new_type("str", o, TypeKind::Str, Some(t::str::construct)),
        bytes: new_type("bytes", o, TypeKind::Bytes, Some(t::bytes::construct)),
        bytearray: new_type(
            "bytearray",
            o,
            TypeKind::ByteArray,
            Some(t::bytearray::construct),
        ),
        list: new_type("list", o, TypeKind::List, Some(t::list::construct)),
        tuple: new_type("tuple", o, TypeKind::Tuple, Some(t::tuple::construct)),
        dict: new_type("dict", o, TypeKind::Dict, Some(t::dict::construct)),
        set: new_type("set", o, TypeKind::Set, Some(t::set::construct)),
        frozenset: new_type(
            "frozenset",
            o,
            TypeKind::FrozenSet,
            Some(t::set::construct_frozen),
        ),
        range: new_type("range", o, TypeKind::Range, Some(t::range::construct)),
        slice: new_type("slice", o, TypeKind::Slice, Some(slice_new)),
        function: new_type("function", o, TypeKind::Function, None),
        builtin_function: new_type(
            "builtin_function_or_method",
            o,
            TypeKind::BuiltinFunction,
            None,
        ),
        method: new_type("method", o, TypeKind::Method, None),
        module: new_type("module", o, TypeKind::Module, Some(module_new)),
        generator: new_type("generator", o, TypeKind::Generator, None),
        property: new_type(
            "property",
            o,
            TypeKind::Property,
            Some(t::function::property_new),
        ),
        classmethod: new_type(
            "classmethod",
            o,
            TypeKind::ClassMethod,
            Some(t::function::classmethod_new),
        ),
        staticmethod: new_type(
            "staticmethod",
            o,
            TypeKind::StaticMethod,
            Some(t::function::staticmethod_new),
        ),
        super_: new_type("super", o, TypeKind::Super, Some(t::function::super_new)),
        code: new_type("code", o, TypeKind::Code, None),
        cell: new_type("cell", o, TypeKind::Cell, None),
        traceback: new_type("traceback", o, TypeKind::Object, None),
        int,
        object,
        iterators,
        exceptions,
    }
}

fn add_methods(vm: &mut Vm, ty: &Rc<PyType>, methods: &[(&'static str, NativeFn)]) {
    let owner: &'static str = match ty.kind {
        TypeKind::Str => "str",
        TypeKind::List => "list",
        TypeKind::Dict => "dict",
        TypeKind::Set => "set",
        TypeKind::FrozenSet => "frozenset",
        TypeKind::Tuple => "tuple",
        TypeKind::Int => "int",
        TypeKind::Float => "float",
        TypeKind::BaseException if ty.name.as_str() == "OSError" => "OSError",
        TypeKind::BaseException if ty.name.as_str() == "ImportError" => "ImportError",
        TypeKind::BaseException => "BaseException",
        TypeKind::Generator => "generator",
        TypeKind::Range => "range",
        TypeKind::Property => "property",
        TypeKind::Bytes => "bytes",
        TypeKind::ByteArray => "bytearray",
        _ => "object",
    };
    ty.dict.table.borrow_mut().reserve_for_merge(methods.len());
    for (name, func) in methods {
        let b = Value::Builtin(Rc::new(PyBuiltin {
            name,
            func: *func,
            owner: Some(owner),
        }));
        let _ = vm.dict_set(&ty.dict, Value::str(name), b);
    }
}

/// Fills the built-in types' dicts with their methods.
pub fn install_methods(vm: &mut Vm) {
    use crate::object::types as t;
    let types = [
        (vm.types.str_.clone(), t::str::METHODS),
        (vm.types.list.clone(), t::list::METHODS),
        (vm.types.dict.clone(), t::dict::METHODS),
        (vm.types.set.clone(), t::set::METHODS),
        (vm.types.frozenset.clone(), t::set::FROZEN_METHODS),
        (vm.types.tuple.clone(), t::tuple::METHODS),
        (vm.types.int.clone(), t::int::METHODS),
        (vm.types.float.clone(), t::float::METHODS),
        (vm.types.object.clone(), OBJECT_METHODS),
        (vm.exc_type(ExcKind::BaseException), t::exception::METHODS),
        (vm.exc_type(ExcKind::OSError), t::exception::OS_METHODS),
        (
            vm.exc_type(ExcKind::ImportError),
            t::exception::IMPORT_METHODS,
        ),
        (vm.types.generator.clone(), t::function::GENERATOR_METHODS),
        (vm.types.property.clone(), t::function::PROPERTY_METHODS),
        (vm.types.range.clone(), t::range::METHODS),
        (vm.types.slice.clone(), SLICE_METHODS),
        (vm.types.bytes.clone(), t::bytes::METHODS),
        (vm.types.bytearray.clone(), t::bytes::METHODS),
        (vm.types.bytearray.clone(), t::bytearray::METHODS),
    ];
    for (ty, methods) in types {
        add_methods(vm, &ty, methods);
    }
    let iterator_types: Vec<Rc<PyType>> = vm.types.iterators.values().cloned().collect();
    for ty in iterator_types {
        if !ty.name.as_str().starts_with("dict_") || ty.name.as_str().ends_with("iterator") {
            add_methods(vm, &ty, ITERATOR_METHODS);
        }
    }
    type MethodTable = &'static [(&'static str, NativeFn)];
    let wrapped: [(Rc<PyType>, MethodTable, bool); 8] = [
        (
            vm.types.object.clone(),
            &[("__new__", object_dunder_new)],
            false,
        ),
        (
            vm.types.object.clone(),
            &[("__init_subclass__", object_init_subclass)],
            true,
        ),
        (vm.types.bytes.clone(), t::bytes::CLASS_METHODS, true),
        (vm.types.bytearray.clone(), t::bytes::CLASS_METHODS, true),
        (vm.types.bytes.clone(), t::bytes::STATIC_METHODS, false),
        (vm.types.bytearray.clone(), t::bytes::STATIC_METHODS, false),
        (vm.types.str_.clone(), t::str::STATIC_METHODS, false),
        (vm.types.dict.clone(), t::dict::CLASS_METHODS, true),
    ];
    for (ty, methods, class_method) in wrapped {
        for (name, func) in methods {
            let b = Value::Builtin(Rc::new(PyBuiltin {
                name,
                func: *func,
                owner: None,
            }));
            let w = if class_method {
                PyWrapper::ClassMethod(b)
            } else {
                PyWrapper::StaticMethod(b)
            };
            let _ = vm.dict_set(&ty.dict, Value::str(name), Value::Wrapper(Rc::new(w)));
        }
    }
}

fn iter_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

const ITERATOR_METHODS: &[(&str, NativeFn)] = &[("__next__", iter_next), ("__iter__", iter_self)];

fn object_init(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__setattr__", &args, 3, 3)?;
    let name = vm.str_arg(&args.pos[1], "__setattr__", 1)?;
    vm.generic_setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__delattr__", &args, 2, 2)?;
    let name = vm.str_arg(&args.pos[1], "__delattr__", 1)?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let name = vm.str_arg(&args.pos[1], "__getattribute__", 1)?;
    vm.getattr(&args.pos[0], &name)
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::string(vm.default_repr(&args.pos[0])))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.repr(&args.pos[0]).map(Value::string)
}

fn object_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__eq__", &args, 2, 2)?;
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__ne__", &args, 2, 2)?;
    match vm.call_special(&args.pos[0], "__eq__", &args.pos[1..2])? {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(r) => Ok(Value::Bool(!vm.truthy(&r)?)),
    }
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int((args.pos[0].identity() >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__format__", &args, 2, 2)?;
    match &args.pos[1] {
        Value::Str(s) if !s.as_str().is_empty() => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.pos[0])
        ))),
        _ => vm.to_str(&args.pos[0]).map(Value::string),
    }
}

fn object_init_subclass(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__new__(cls)`: a bare instance of `cls`.
fn object_dunder_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if cls.kind == TypeKind::BaseException {
        return Ok(Value::Instance(
            vm.new_exception(cls.clone(), args.pos[1..].to_vec()),
        ));
    }
    if !cls.heap && cls.kind != TypeKind::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name.as_str(),
            cls.name.as_str()
        )));
    }
    Ok(Value::Instance(Rc::new(
        crate::object::types::PyInstance::new(cls.clone()),
    )))
}

const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__getattribute__", object_getattribute),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__format__", object_format),
];

fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("indices", &args, 2, 2)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(vm.type_error("indices() needs a slice"));
    };
    let n = vm.int_arg(&args.pos[1], "")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let parts = vm.slice_unpack(s)?;
    let (start, stop, step) = crate::interp::clamp_slice(parts, n);
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let class = vm.types.object.clone();
    Ok(Value::Instance(Rc::new(
        crate::object::types::PyInstance::new(class),
    )))
}

/// `module(name, doc=None)` (`types.ModuleType`).
fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, doc] = vm.bind_args("module", &args, &["name", "doc"], 1)?;
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(vm.type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                vm.type_name(&other)
            )))
        }
        None => unreachable!("bind_args checked the required argument"),
    };
    let m = vm.new_module(name.as_str());
    for (k, v) in [
        ("__doc__", doc.unwrap_or(Value::None)),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.dict_set(&m.dict, Value::str(k), v)?;
    }
    Ok(Value::Module(m))
}

fn none_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos {
        [v] => Ok(Value::Type(vm.type_of(v))),
        [Value::Str(name), bases, Value::Dict(ns)] => {
            let bases = vm.collect(bases)?;
            let ns = ns.clone();
            vm.new_class(name, &bases, &ns).map(Value::Type)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (start, stop, step) = match args.pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    Ok(Value::Slice(Rc::new(crate::object::types::PySlice {
        start,
        stop,
        step,
    })))
}
