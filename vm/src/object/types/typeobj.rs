//! `type` objects: look-up through the MRO, subtype tests, C3 linearisation, and the creation
//! of every built-in type with its methods.

use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::{Types, Vm};
use crate::object::types::{
    Args, GetSetDef, NativeFn, PyBuiltin, PyDict, PyStr, PyType, PyWrapper, TypeFlags, TypeKind,
};
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
            .borrow()
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
            .borrow()
            .iter()
            .filter(|t| t.heap)
            .find_map(|t| t.dict.get_str(name))
    }

    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other)
            || self
                .mro
                .borrow()
                .iter()
                .any(|t| std::ptr::eq(t.as_ref(), other))
    }

    pub fn is_exception(&self) -> bool {
        self.kind == TypeKind::BaseException
    }
}

/// C3 linearisation of the bases; `None` when no consistent order exists.
pub fn c3_merge(bases: &[Rc<PyType>]) -> Result<Vec<Rc<PyType>>, Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(b.mro.borrow().iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        });
        let Some(candidate) = candidate else {
            // The conflict: each remaining list's head, once (what CPython's message names).
            let mut heads: Vec<Rc<PyType>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
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
        mro.extend(b.mro.borrow().iter().cloned());
    }
    let flags = if kind.is_basetype() {
        TypeFlags::BASETYPE
    } else {
        0
    };
    Rc::new(PyType {
        name_cell: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        module: Rc::new(PyStr::new("builtins")),
        bases: RefCell::new(base.into_iter().cloned().collect()),
        mro: RefCell::new(mro),
        dict: PyDict::new(),
        kind,
        ctor,
        heap: false,
        meta: None,
        flags: Cell::new(flags),
        attr_count: Cell::new(0),
        init_cache: RefCell::new(None),
        native_items: Cell::new(None),
        subclasses: RefCell::new(Vec::new()),
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
    let mro = c3_merge(bases).unwrap_or_else(|_| bases.to_vec());
    Rc::new(PyType {
        name_cell: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        module: Rc::new(PyStr::new(module)),
        bases: RefCell::new(bases.to_vec()),
        mro: RefCell::new(mro),
        dict: PyDict::new(),
        kind,
        ctor: None,
        heap,
        meta: None,
        flags: Cell::new(TypeFlags::BASETYPE),
        attr_count: Cell::new(0),
        init_cache: RefCell::new(None),
        native_items: Cell::new(None),
        subclasses: RefCell::new(Vec::new()),
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
            Some(p) if *kind == ExcKind::ExceptionGroup => {
                // class ExceptionGroup(BaseExceptionGroup, Exception)
                let group = exceptions[p.index()].clone();
                let exception = exceptions[ExcKind::Exception.index()].clone();
                let t = new_type(name, Some(&group), TypeKind::BaseException, None);
                let mut t = Rc::try_unwrap(t).unwrap_or_else(|_| unreachable!());
                t.bases = RefCell::new(vec![group.clone(), exception.clone()]);
                t.mro = RefCell::new(vec![
                    group,
                    exception,
                    base_exception.clone(),
                    object.clone(),
                ]);
                Rc::new(t)
            }
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
        not_implemented: new_type(
            "NotImplementedType",
            o,
            TypeKind::NotImplementedType,
            Some(not_implemented_new),
        ),
        ellipsis: new_type("ellipsis", o, TypeKind::Ellipsis, Some(ellipsis_new)),
        bool_: new_type(
            "bool",
            Some(&int),
            TypeKind::Bool,
            Some(t::int::construct_bool),
        ),
        float: new_type("float", o, TypeKind::Float, Some(t::float::construct)),
        complex: new_type("complex", o, TypeKind::Complex, Some(t::complex::construct)),
        memoryview: {
            let view = new_type(
                "memoryview",
                o,
                TypeKind::Object,
                Some(t::memoryview::construct),
            );
            // As CPython: memoryview is final.
            view.flags.set(view.flags.get() & !TypeFlags::BASETYPE);
            view
        },
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
        function: new_type(
            "function",
            o,
            TypeKind::Function,
            Some(t::function::function_new),
        ),
        builtin_function: new_type(
            "builtin_function_or_method",
            o,
            TypeKind::BuiltinFunction,
            None,
        ),
        method: new_type("method", o, TypeKind::Method, Some(method_new)),
        method_descriptor: new_type("method_descriptor", o, TypeKind::BuiltinFunction, None),
        wrapper_descriptor: new_type("wrapper_descriptor", o, TypeKind::BuiltinFunction, None),
        classmethod_descriptor: new_type("classmethod_descriptor", o, TypeKind::Object, None),
        method_wrapper: new_type("method-wrapper", o, TypeKind::BuiltinFunction, None),
        getset_descriptor: new_type("getset_descriptor", o, TypeKind::Object, None),
        member_descriptor: new_type("member_descriptor", o, TypeKind::Object, None),
        mappingproxy: new_type(
            "mappingproxy",
            o,
            TypeKind::Object,
            Some(t::mappingproxy::construct),
        ),
        module: new_type("module", o, TypeKind::Module, Some(module_new)),
        generator: new_type("generator", o, TypeKind::Generator, None),
        coroutine: new_type("coroutine", o, TypeKind::Generator, None),
        async_generator: new_type("async_generator", o, TypeKind::Generator, None),
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
        cell: new_type("cell", o, TypeKind::Cell, Some(t::function::cell_new)),
        traceback: new_type("traceback", o, TypeKind::Object, None),
        weakref: native_class("ReferenceType", "weakref", std::slice::from_ref(&object)),
        frame: new_type("frame", o, TypeKind::Object, None),
        int,
        object,
        iterators,
        exceptions,
    }
}

/// The names built-in methods report as their owner (`<method 'x' of 'T' objects>`).
const OWNER_NAMES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "memoryview",
    "ReferenceType",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "property",
    "classmethod",
    "staticmethod",
    "function",
    "generator",
    "coroutine",
    "async_generator",
    "async_generator_asend",
    "async_generator_athrow",
    "coroutine_wrapper",
    "anext_awaitable",
    "mappingproxy",
    "method_descriptor",
    "wrapper_descriptor",
    "getset_descriptor",
    "member_descriptor",
    "super",
    "module",
    "BaseException",
    "BaseExceptionGroup",
    "OSError",
    "ImportError",
];

/// The static name of a built-in type, for its methods' `owner`.
fn owner_name(ty: &PyType) -> &'static str {
    OWNER_NAMES
        .iter()
        .find(|n| **n == ty.name().as_str())
        .copied()
        .unwrap_or("object")
}

fn add_methods(vm: &mut Vm, ty: &Rc<PyType>, methods: &'static [(&'static str, NativeFn)]) {
    let owner = owner_name(ty);
    ty.dict.table.borrow_mut().reserve_for_merge(methods.len());
    for (name, func) in methods {
        let b = Value::Builtin(Rc::new(PyBuiltin {
            name,
            func: *func,
            owner: Some(owner),
            kind: ty.kind,
            role: crate::object::types::Role::of(Some(owner), name),
        }));
        let _ = vm.dict_set(&ty.dict, Value::str(name), b);
    }
}

/// Fills the built-in types' dicts with their methods.
pub fn install_methods(vm: &mut Vm) {
    install_type_machinery(vm);
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
        (vm.types.complex.clone(), t::complex::METHODS),
        (vm.types.memoryview.clone(), t::memoryview::METHODS),
        (vm.types.object.clone(), OBJECT_METHODS),
        (vm.exc_type(ExcKind::BaseException), t::exception::METHODS),
        (vm.exc_type(ExcKind::OSError), t::exception::OS_METHODS),
        (
            vm.exc_type(ExcKind::SyntaxError),
            t::exception::SYNTAX_METHODS,
        ),
        (
            vm.exc_type(ExcKind::ImportError),
            t::exception::IMPORT_METHODS,
        ),
        (vm.exc_type(ExcKind::NameError), t::exception::NAME_METHODS),
        (
            vm.exc_type(ExcKind::AttributeError),
            t::exception::NAME_METHODS,
        ),
        (
            vm.exc_type(ExcKind::UnicodeEncodeError),
            t::exception::UNICODE_METHODS,
        ),
        (
            vm.exc_type(ExcKind::UnicodeDecodeError),
            t::exception::UNICODE_METHODS,
        ),
        (
            vm.exc_type(ExcKind::UnicodeTranslateError),
            t::exception::UNICODE_METHODS,
        ),
        (vm.types.generator.clone(), t::function::GENERATOR_METHODS),
        (vm.types.coroutine.clone(), t::coroutine::COROUTINE_METHODS),
        (
            vm.types.async_generator.clone(),
            t::coroutine::ASYNC_GEN_METHODS,
        ),
        (vm.types.property.clone(), t::function::PROPERTY_METHODS),
        (vm.types.range.clone(), t::range::METHODS),
        (vm.types.slice.clone(), SLICE_METHODS),
        (vm.types.code.clone(), t::function::CODE_METHODS),
        (vm.types.bytes.clone(), t::bytes::METHODS),
        (vm.types.bytearray.clone(), t::bytes::METHODS),
        (vm.types.bytearray.clone(), t::bytearray::METHODS),
    ];
    for (ty, methods) in types {
        add_methods(vm, &ty, methods);
    }
    let iterator_types: Vec<Rc<PyType>> = vm.types.iterators.values().cloned().collect();
    for ty in iterator_types {
        let name = ty.name().as_str().to_string();
        if name.starts_with("async_generator_")
            || name == "coroutine_wrapper"
            || name == "anext_awaitable"
        {
            add_methods(vm, &ty, t::coroutine::ASYNC_GEN_OP_METHODS);
        } else if !ty.name().as_str().starts_with("dict_")
            || ty.name().as_str().ends_with("iterator")
        {
            add_methods(vm, &ty, ITERATOR_METHODS);
        } else {
            if name != "dict_values" {
                add_methods(vm, &ty, &[("isdisjoint", view_isdisjoint)]);
            }
            let mapping = Value::Wrapper(Rc::new(PyWrapper::GetSet(&VIEW_MAPPING)));
            let _ = vm.dict_set(&ty.dict, Value::str("mapping"), mapping);
        }
        if sized_iterator(ty.name().as_str()) {
            add_methods(vm, &ty, &[("__length_hint__", iter_length_hint)]);
        }
    }
    type MethodTable = &'static [(&'static str, NativeFn)];
    const CLASS_GETITEM: &[(&str, NativeFn)] = &[("__class_getitem__", class_getitem)];
    let wrapped: [(Rc<PyType>, MethodTable, bool); 16] = [
        (vm.types.list.clone(), CLASS_GETITEM, true),
        (vm.types.weakref.clone(), CLASS_GETITEM, true),
        (vm.types.dict.clone(), CLASS_GETITEM, true),
        (vm.types.tuple.clone(), CLASS_GETITEM, true),
        (vm.types.set.clone(), CLASS_GETITEM, true),
        (vm.types.frozenset.clone(), CLASS_GETITEM, true),
        (vm.types.int.clone(), t::int::CLASS_METHODS, true),
        (vm.types.float.clone(), t::float::CLASS_METHODS, true),
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
        // A class method's owner names it (`dict.fromkeys`); a static method stays a plain
        // built-in function, as CPython's.
        let owner = class_method.then(|| owner_name(&ty));
        for (name, func) in methods {
            let b = Value::Builtin(Rc::new(PyBuiltin {
                name,
                func: *func,
                owner,
                kind: TypeKind::Object,
                role: crate::object::types::Role::Plain,
            }));
            let w = if class_method {
                PyWrapper::ClassMethod(b, Default::default())
            } else {
                PyWrapper::StaticMethod(b, Default::default())
            };
            let _ = vm.dict_set(&ty.dict, Value::str(name), Value::Wrapper(Rc::new(w)));
        }
    }
}

fn iter_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // An instance of a subclass (`class Numbered(enumerate)`) advances the iterator it extends.
    let this = match &args.pos[0] {
        Value::Instance(i) if matches!(i.base, Some(Value::Iter(_))) => {
            i.base.clone().unwrap_or_default()
        }
        other => other.clone(),
    };
    match vm.next(&this)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

const ITERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("__next__", iter_next),
    ("__iter__", iter_self),
    ("__reduce__", iter_reduce),
    ("__setstate__", iter_setstate),
];

/// `it.__reduce__()` of the built-in iterators, as CPython gives it: the callable that
/// remakes the iterator (`iter`, `reversed`, the iterator's type), its arguments and, for
/// those over sequences, the position `__setstate__` restores.
fn iter_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::object::types::iter::IterState as S;
    let Some(Value::Iter(it)) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__reduce__' requires an iterator"));
    };
    let builtin = |vm: &mut Vm, name: &str| vm.builtins.get_str(name).unwrap_or_default();
    let ty = Value::Type(vm.type_of(&args.pos[0]));
    // An exhausted iterator (its position past any length) remakes as one over nothing.
    let with_index = |f: Value, arg: Value, index: usize| {
        if index > isize::MAX as usize {
            let empty = match arg {
                Value::Tuple(_) => Value::tuple(Vec::new()),
                Value::Str(_) => Value::str(""),
                _ => Value::list(Vec::new()),
            };
            return Value::tuple(vec![f, Value::tuple(vec![empty])]);
        }
        Value::tuple(vec![f, Value::tuple(vec![arg]), Value::from(index)])
    };
    let state = it.state.borrow();
    let reduced = match &*state {
        S::List { list, index } => {
            with_index(builtin(vm, "iter"), Value::List(list.clone()), *index)
        }
        S::Tuple { tuple, index } => {
            with_index(builtin(vm, "iter"), Value::Tuple(tuple.clone()), *index)
        }
        S::Str { s, byte } => {
            let chars = s.as_str().get(..*byte).map_or(0, |t| t.chars().count());
            with_index(builtin(vm, "iter"), Value::Str(s.clone()), chars)
        }
        S::Bytes { b, index } => with_index(builtin(vm, "iter"), Value::Bytes(b.clone()), *index),
        S::ByteArray { b, index } => {
            with_index(builtin(vm, "iter"), Value::ByteArray(b.clone()), *index)
        }
        S::ListReverse { list, remaining } if *remaining > 0 => with_index(
            builtin(vm, "reversed"),
            Value::List(list.clone()),
            remaining - 1,
        ),
        S::SeqReverse { seq, remaining } if *remaining > 0 => with_index(
            builtin(vm, "reversed"),
            seq.clone(),
            (*remaining - 1) as usize,
        ),
        S::SeqIndex { seq, index } => {
            with_index(builtin(vm, "iter"), seq.clone(), (*index).max(0) as usize)
        }
        S::Enumerate { it, count } => {
            Value::tuple(vec![ty, Value::tuple(vec![it.clone(), count.clone()])])
        }
        S::Zip { its, strict } => {
            let mut items = vec![ty, Value::tuple(its.clone())];
            if *strict {
                items.push(Value::Bool(true));
            }
            Value::tuple(items)
        }
        S::Map { func, its } => {
            let mut all = vec![func.clone()];
            all.extend(its.iter().cloned());
            Value::tuple(vec![ty, Value::tuple(all)])
        }
        S::Filter { func, it } => {
            Value::tuple(vec![ty, Value::tuple(vec![func.clone(), it.clone()])])
        }
        S::Callable { func, sentinel } => Value::tuple(vec![
            builtin(vm, "iter"),
            Value::tuple(vec![func.clone(), sentinel.clone()]),
        ]),
        S::ListReverse { .. } | S::SeqReverse { .. } => Value::tuple(vec![
            builtin(vm, "reversed"),
            Value::tuple(vec![Value::tuple(Vec::new())]),
        ]),
        S::Exhausted => Value::tuple(vec![
            builtin(vm, "iter"),
            Value::tuple(vec![Value::list(Vec::new())]),
        ]),
        _ => {
            let name = state.type_name();
            drop(state);
            return Err(vm.type_error(format!("cannot pickle '{name}' object")));
        }
    };
    Ok(reduced)
}

/// `it.__setstate__(index)`: the position of an iterator over a sequence, clamped to it.
fn iter_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::object::types::iter::IterState as S;
    let (Some(Value::Iter(it)), Some(v)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.type_error("__setstate__ expected an iterator and a position"));
    };
    let n = vm.int_arg(v, "")?.max(0) as usize;
    let mut state = it.state.borrow_mut();
    match &mut *state {
        S::List { list, index } => *index = n.min(list.items.borrow().len()),
        S::Tuple { tuple, index } => *index = n.min(tuple.items.len()),
        S::Bytes { b, index } => *index = n.min(b.data.len()),
        S::ByteArray { b, index } => *index = n.min(b.data.borrow().len()),
        S::SeqIndex { index, .. } => *index = n as i64,
        S::Str { s, byte } => {
            *byte = s
                .as_str()
                .char_indices()
                .nth(n)
                .map_or(s.as_str().len(), |(i, _)| i);
        }
        S::ListReverse { list, remaining } => {
            let len = list.items.borrow().len();
            *remaining = if len == 0 { 0 } else { n.min(len - 1) + 1 };
        }
        S::SeqReverse { remaining, .. } => *remaining = n as i64 + 1,
        _ => {}
    }
    Ok(Value::None)
}

/// `it.__length_hint__()` of the iterators over sized containers: what is left.
fn iter_length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::object::types::iter::IterState as S;
    let Some(Value::Iter(it)) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__length_hint__' requires an iterator"));
    };
    let n = match &*it.state.borrow() {
        S::List { list, index } => list.items.borrow().len().saturating_sub(*index),
        S::ListReverse { list, remaining } => {
            if *remaining > list.items.borrow().len() {
                0
            } else {
                *remaining
            }
        }
        S::Tuple { tuple, index } => tuple.items.len().saturating_sub(*index),
        S::Str { s, byte } => s.as_str().get(*byte..).map_or(0, |t| t.chars().count()),
        S::Bytes { b, index } => b.data.len().saturating_sub(*index),
        S::ByteArray { b, index } => b.data.borrow().len().saturating_sub(*index),
        S::Range { remaining, .. } => usize::try_from(*remaining).unwrap_or(0),
        S::BigRange { remaining, .. } => return Ok(Value::from_bigint(remaining.clone())),
        S::Dict { remaining, .. } => *remaining,
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::from(n))
}

/// Whether an iterator type gets `__length_hint__`: those over sized containers (the set
/// iterator's count of what is left is not kept, the sequence iterator's not known).
fn sized_iterator(name: &str) -> bool {
    name.ends_with("iterator") && !matches!(name, "callable_iterator" | "set_iterator" | "iterator")
}

/// `view.mapping`: a read-only proxy of the view's dict.
fn view_mapping(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Wrapper(w) => match w.as_ref() {
            PyWrapper::DictView { dict, .. } => Ok(Value::Wrapper(Rc::new(
                PyWrapper::MappingProxy(Value::Dict(dict.clone())),
            ))),
            _ => Err(vm.type_error("descriptor 'mapping' requires a dict view")),
        },
        _ => Err(vm.type_error("descriptor 'mapping' requires a dict view")),
    }
}

static VIEW_MAPPING: GetSetDef = GetSetDef {
    name: "mapping",
    owner: "dict_keys",
    get: view_mapping,
    set: None,
};

/// `keys.isdisjoint(other)` and `items.isdisjoint(other)`.
fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("isdisjoint", args.pos.len().saturating_sub(1), 1, 1)?;
    let view = args.pos[0].clone();
    let it = vm.iter(&args.pos[1])?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&view, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `object.__init__(self, *args, **kwds)`: refuses arguments unless the class overrides
/// `__new__` and not `__init__`.
fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        if let Some(this) = args.pos.first() {
            let cls = vm.type_of(this);
            if overrides(vm, &cls, "__init__") {
                return Err(vm.type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if !overrides(vm, &cls, "__new__") {
                return Err(vm.type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    cls.name().as_str()
                )));
            }
        }
    }
    Ok(Value::None)
}

/// Whether `cls` has `name` from somewhere other than `object`.
fn overrides(vm: &Vm, cls: &PyType, name: &str) -> bool {
    match (cls.lookup(name), vm.types.object.dict.get_str(name)) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__setattr__", &args, 3, 3)?;
    if let Value::Type(_) = &args.pos[0] {
        return Err(vm.type_error("can't apply this __setattr__ to type object"));
    }
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__delattr__", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_getattr(&args.pos[0], &name)
}

fn object_not_implemented(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_sizeof(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(16))
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of the
/// `__slots__` values that are set.
fn object_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getstate__", &args, 1, 1)?;
    let Value::Instance(inst) = &args.pos[0] else {
        return Ok(Value::None);
    };
    let state = if inst.dict.is_empty() {
        Value::None
    } else {
        Value::Dict(inst.dict.clone())
    };
    let slots = crate::object::types::PyDict::new();
    let cls = inst.class();
    for t in std::iter::once(&cls).chain(cls.mro.borrow().iter()) {
        for (k, v) in t.dict.items() {
            if let Value::Wrapper(w) = &v {
                if let PyWrapper::Member { index, .. } = w.as_ref() {
                    let value = inst.slots.borrow().get(*index).cloned().flatten();
                    if let Some(value) = value {
                        if slots
                            .get_str(k.as_str().map_or("", PyStr::as_str))
                            .is_none()
                        {
                            vm.dict_set(&slots, k, value)?;
                        }
                    }
                }
            }
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, Value::Dict(Rc::new(slots))]))
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__dir__", &args, 1, 1)?;
    vm.default_dir(&args.pos[0])
}

/// `object.__reduce_ex__(protocol)`: `copyreg.__newobj__` and the state (protocol 2 and
/// up) or `copyreg._reconstructor` (0 and 1), as CPython builds them.
fn object_reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__reduce_ex__", &args, 2, 2)?;
    let obj = args.pos[0].clone();
    let protocol = vm.int_arg(&args.pos[1], "__reduce_ex__")?;
    let cls = vm.type_of(&obj);
    if let Some(reduce) = cls.lookup("__reduce__") {
        let object_reduce = vm.types.object.dict.get_str("__reduce__");
        if !object_reduce.is_some_and(|o| o.is(&reduce)) {
            return vm.call_value(&reduce, std::slice::from_ref(&obj), &[]);
        }
    }
    object_reduce_protocol(vm, &obj, protocol)
}

fn object_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__reduce__", &args, 1, 1)?;
    object_reduce_protocol(vm, &args.pos[0], 0)
}

fn object_reduce_protocol(vm: &mut Vm, obj: &Value, protocol: i64) -> PyResult<Value> {
    let copyreg = vm.import_module("copyreg")?;
    if protocol < 2 {
        let reduce = vm.getattr(&copyreg, &Rc::new(PyStr::new("_reduce_ex")))?;
        return vm.call_value(&reduce, &[obj.clone(), Value::Int(protocol)], &[]);
    }
    let cls = vm.type_of(obj);
    if cls.lookup("__new__").is_none() {
        return Err(vm.type_error(format!("cannot pickle '{}' object", cls.name().as_str())));
    }
    // The arguments `__new__` needs: `__getnewargs_ex__`, else `__getnewargs__`.
    let mut args: Option<Value> = None;
    let mut kwargs: Option<Value> = None;
    if let Some(r) = vm.call_special(obj, "__getnewargs_ex__", &[])? {
        match &r {
            Value::Tuple(t) if t.items.len() == 2 => {
                if !matches!(t.items[0], Value::Tuple(_)) {
                    return Err(vm.type_error(format!(
                        "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                        vm.type_name(&t.items[0])
                    )));
                }
                if !matches!(t.items[1], Value::Dict(_)) {
                    return Err(vm.type_error(format!(
                        "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                        vm.type_name(&t.items[1])
                    )));
                }
                args = Some(t.items[0].clone());
                kwargs = Some(t.items[1].clone());
            }
            Value::Tuple(t) => {
                return Err(vm.value_error(format!(
                    "__getnewargs_ex__ should return a tuple of length 2, not {}",
                    t.items.len()
                )))
            }
            other => {
                return Err(vm.type_error(format!(
                    "__getnewargs_ex__ should return a tuple, not '{}'",
                    vm.type_name(other)
                )))
            }
        }
    } else if let Some(r) = vm.call_special(obj, "__getnewargs__", &[])? {
        if !matches!(r, Value::Tuple(_)) {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        args = Some(r);
    }
    let layout = match obj {
        Value::Instance(i) => i.base.as_ref().map_or(TypeKind::Object, |_| cls.kind),
        _ => cls.kind,
    };
    let is_list = layout == TypeKind::List;
    let is_dict = layout == TypeKind::Dict;
    let required = args.is_none() && !is_list && !is_dict;
    let state = reduce_state(vm, obj, required)?;
    let has_kwargs = matches!(&kwargs, Some(Value::Dict(d)) if !d.is_empty());
    let args_items = match &args {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let (newobj, newargs) = if has_kwargs {
        let f = vm.getattr(&copyreg, &Rc::new(PyStr::new("__newobj_ex__")))?;
        let a = Value::tuple(vec![
            Value::Type(cls.clone()),
            Value::tuple(args_items),
            kwargs.unwrap_or_default(),
        ]);
        (f, a)
    } else {
        let f = vm.getattr(&copyreg, &Rc::new(PyStr::new("__newobj__")))?;
        let mut a = vec![Value::Type(cls.clone())];
        a.extend(args_items);
        (f, Value::tuple(a))
    };
    let list_items = if is_list { vm.iter(obj)? } else { Value::None };
    let dict_items = if is_dict {
        let items = crate::io::call_method(vm, obj, "items", &[])?;
        vm.iter(&items)?
    } else {
        Value::None
    };
    Ok(Value::tuple(vec![
        newobj, newargs, state, list_items, dict_items,
    ]))
}

/// The state `__reduce_ex__` records: what `__getstate__` returns. When nothing else can
/// rebuild the object (`required`), a built-in object with data of its own cannot be
/// pickled, as in CPython.
fn reduce_state(vm: &mut Vm, obj: &Value, required: bool) -> PyResult<Value> {
    let getstate = vm.getattr(obj, &Rc::new(PyStr::new("__getstate__")))?;
    let default = vm.types.object.dict.get_str("__getstate__");
    let is_default = match (&getstate, &default) {
        (Value::Method(m), Some(d)) => m.func.is(d),
        _ => false,
    };
    if !is_default {
        return vm.call_value(&getstate, &[], &[]);
    }
    let plain = match obj {
        Value::Instance(i) => i.base.is_none(),
        _ => Rc::ptr_eq(&vm.type_of(obj), &vm.types.object),
    };
    if required && !plain {
        return Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(obj))));
    }
    object_getstate(
        vm,
        Args {
            pos: std::slice::from_ref(obj),
            kw: &[],
        },
    )
}

fn object_subclasshook(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_class_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    Ok(Value::Type(vm.type_of(obj)))
}

/// `obj.__class__ = cls`, between classes defined in Python with the same layout.
fn object_class_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Value::Type(new) = &value else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&value)
        )));
    };
    let not_supported =
        "__class__ assignment only supported for mutable types or ModuleType subclasses";
    let Value::Instance(inst) = obj else {
        return Err(vm.type_error(not_supported));
    };
    let old = inst.class();
    if !old.heap || !new.heap {
        return Err(vm.type_error(not_supported));
    }
    if !crate::interp::classes::same_layout(&old, new) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name().as_str(),
            old.name().as_str()
        )));
    }
    inst.set_class(new.clone());
    Ok(())
}

/// `module.__class__ = cls`: `types.ModuleType` or a subclass of it defined in Python.
pub(crate) fn set_module_class(
    vm: &mut Vm,
    m: &crate::object::types::PyModule,
    value: Option<Value>,
) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Value::Type(new) = &value else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&value)
        )));
    };
    let module = vm.types.module.clone();
    if Rc::ptr_eq(new, &module) {
        *m.cls.borrow_mut() = None;
        return Ok(());
    }
    if !new.heap {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !new.is_subtype(&module) {
        let old = m.cls.borrow().clone().unwrap_or(module);
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name().as_str(),
            old.name().as_str()
        )));
    }
    *m.cls.borrow_mut() = Some(new.clone());
    Ok(())
}

/// `module.__init__(self, name, doc=None)`, for instances of a subclass.
pub(crate) fn module_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Module(m)) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'module' object"));
    };
    let rest = args.after_self();
    let (name, doc) = module_args(vm, &rest)?;
    vm.dict_set(&m.dict, Value::str("__name__"), Value::Str(name))?;
    module_attrs(vm, m, doc)?;
    Ok(Value::None)
}

/// The `name` and `doc` arguments of `module(name, doc=None)`.
fn module_args(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Rc<PyStr>, Value)> {
    let [name, doc] = vm.bind_args("module", args, &["name", "doc"], 1)?;
    match name {
        Some(Value::Str(s)) => Ok((s, doc.unwrap_or_default())),
        Some(other) => Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.arg_type_name(&other)
        ))),
        None => unreachable!("bind_args checked the required argument"),
    }
}

/// The attributes `module.__init__` sets after `__name__`.
fn module_attrs(vm: &mut Vm, m: &crate::object::types::PyModule, doc: Value) -> PyResult<()> {
    for (k, v) in [
        ("__doc__", doc),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        vm.dict_set(&m.dict, Value::str(k), v)?;
    }
    Ok(())
}

/// `object.__class__`: attribute caches recognise it by address.
pub(crate) static OBJECT_CLASS: GetSetDef = GetSetDef {
    name: "__class__",
    owner: "object",
    get: object_class_get,
    set: Some(object_class_set),
};

/// The data attributes of the numbers (`real`, `imag`, `numerator`, `denominator`), as
/// CPython's getset descriptors on `int`, `float` and `complex`.
fn number_part(vm: &mut Vm, v: &Value, owner: &str, name: &str) -> PyResult<Value> {
    let int = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) && owner == "int";
    Ok(match (v, name) {
        (_, "real" | "numerator") if int => {
            let int = Value::Type(vm.types.int.clone());
            vm.call_value(&int, std::slice::from_ref(v), &[])?
        }
        (_, "imag") if int => Value::Int(0),
        (_, "denominator") if int => Value::Int(1),
        (Value::Float(_), "real") if owner == "float" => v.clone(),
        (Value::Float(_), "imag") if owner == "float" => Value::Float(0.0),
        (Value::Complex(c), "real") if owner == "complex" => Value::Float(c.0),
        (Value::Complex(c), "imag") if owner == "complex" => Value::Float(c.1),
        _ => return Err(vm.descriptor_mismatch(name, owner, v)),
    })
}

fn int_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "int", "real")
}

fn int_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "int", "imag")
}

fn int_numerator(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "int", "numerator")
}

fn int_denominator(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "int", "denominator")
}

fn float_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "float", "real")
}

fn float_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "float", "imag")
}

fn complex_real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "complex", "real")
}

fn complex_imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    number_part(vm, v, "complex", "imag")
}

static NUMBER_GETSETS: [GetSetDef; 8] = [
    GetSetDef {
        name: "real",
        owner: "int",
        get: int_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        owner: "int",
        get: int_imag,
        set: None,
    },
    GetSetDef {
        name: "numerator",
        owner: "int",
        get: int_numerator,
        set: None,
    },
    GetSetDef {
        name: "denominator",
        owner: "int",
        get: int_denominator,
        set: None,
    },
    GetSetDef {
        name: "real",
        owner: "float",
        get: float_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        owner: "float",
        get: float_imag,
        set: None,
    },
    GetSetDef {
        name: "real",
        owner: "complex",
        get: complex_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        owner: "complex",
        get: complex_imag,
        set: None,
    },
];

/// The read-only data attributes of `range`, `slice` and `property`, as CPython's member
/// descriptors on them (visible on the class: `hasattr(range, 'start')`).
fn field_part(vm: &mut Vm, v: &Value, owner: &str, name: &str) -> PyResult<Value> {
    let value = match v {
        Value::Instance(i) => i.base.as_ref().unwrap_or(v),
        _ => v,
    };
    match (value, owner) {
        (Value::Range(r), "range") => {
            let (start, stop, step) = crate::object::types::range::bounds(r);
            let part = match name {
                "start" => start,
                "stop" => stop,
                _ => step,
            };
            Ok(Value::from_bigint(part))
        }
        (Value::Slice(s), "slice") => Ok(match name {
            "start" => s.start.clone(),
            "stop" => s.stop.clone(),
            _ => s.step.clone(),
        }),
        (Value::Wrapper(w), "property") if matches!(w.as_ref(), PyWrapper::Property { .. }) => {
            let found = crate::object::types::function::wrapper_attr(vm, w, &PyStr::new(name))?;
            Ok(found.unwrap_or_default())
        }
        _ => Err(vm.descriptor_mismatch(name, owner, v)),
    }
}

fn readonly_field(vm: &mut Vm, _v: &Value, _value: Option<Value>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

macro_rules! field_getsets {
    ($($get:ident, $owner:literal, $name:literal;)*) => {
        $(
            fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
                field_part(vm, v, $owner, $name)
            }
        )*
        static FIELD_GETSETS: &[GetSetDef] = &[
            $(GetSetDef { name: $name, owner: $owner, get: $get, set: Some(readonly_field) },)*
        ];
    };
}

field_getsets! {
    range_start, "range", "start";
    range_stop, "range", "stop";
    range_step, "range", "step";
    slice_start, "slice", "start";
    slice_stop, "slice", "stop";
    slice_step, "slice", "step";
    property_fget, "property", "fget";
    property_fset, "property", "fset";
    property_fdel, "property", "fdel";
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::string(vm.default_repr(&args.pos[0])))
}

/// `object.__str__` calls the repr slot directly: what a Python `__repr__` returns comes back
/// unchecked (`str()` blames a non-str on `__str__`).
fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos[0];
    if let Value::Instance(i) = this {
        if i.base.is_none() && i.exc.is_none() {
            if let Some(r) = vm.call_special(this, "__repr__", &[])? {
                return Ok(r);
            }
        }
    }
    vm.repr(this).map(Value::string)
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
    if !vm.format_spec_arg(&args)?.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.pos[0])
        )));
    }
    vm.to_str(&args.pos[0]).map(Value::string)
}

/// `object.__init_subclass__()`: takes no keywords.
/// `list.__class_getitem__(item)` and the others': the generic alias `list[item]`.
fn class_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        let owner = match args.pos.first() {
            Some(Value::Type(t)) => t.name().as_str().to_string(),
            _ => "type".to_string(),
        };
        let given = args.pos.len().saturating_sub(1) + args.kw.len();
        return Err(vm.type_error(format!(
            "{owner}.__class_getitem__() takes exactly one argument ({given} given)"
        )));
    }
    let typing = vm.import_module("_typing")?;
    let name = vm.intern("_TypesAlias");
    let alias = vm.getattr(&typing, &name)?;
    vm.call_value(&alias, args.pos, &[])
}

fn object_init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() || args.pos.len() > 1 {
        let name = match args.pos.first() {
            Some(Value::Type(t)) => t.qualname.borrow().as_str().to_string(),
            _ => "object".to_string(),
        };
        if args.kw.is_empty() {
            return Err(vm.type_error(format!(
                "{name}.__init_subclass__() takes no positional arguments"
            )));
        }
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args, **kwds)`: a bare instance of `cls`; arguments are refused
/// unless the class overrides `__init__` and not `__new__`.
fn object_dunder_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Type(cls)) => cls.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    if args.pos.len() > 1 || !args.kw.is_empty() {
        if overrides(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(vm, &cls, "__init__") {
            return Err(vm.no_arguments(&cls));
        }
    }
    vm.object_new_instance(&cls)
}

const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__lt__", object_not_implemented),
    ("__le__", object_not_implemented),
    ("__gt__", object_not_implemented),
    ("__ge__", object_not_implemented),
    ("__sizeof__", object_sizeof),
    ("__dir__", object_dir),
    ("__getstate__", object_getstate),
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
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

/// `slice.indices(length)`, exact for integers of any size.
fn slice_indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::object::types::int::index_big;
    use num_bigint::BigInt;
    vm.check_args("indices", &args, 2, 2)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(vm.type_error("indices() needs a slice"));
    };
    let Some(n) = index_big(vm, &args.pos[1])? else {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args.pos[1])
        );
        return Err(vm.type_error(msg));
    };
    if n < BigInt::from(0) {
        return Err(vm.value_error("length should not be negative"));
    }
    let part = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match index_big(vm, v)? {
            Some(b) => Ok(Some(b)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = part(vm, &s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step == BigInt::from(0) {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let backwards = step < BigInt::from(0);
    let (lower, upper) = if backwards {
        (BigInt::from(-1), &n - 1)
    } else {
        (BigInt::from(0), n.clone())
    };
    let clamp = |i: Option<BigInt>, default: &BigInt| match i {
        None => default.clone(),
        Some(i) => {
            let i = if i < BigInt::from(0) { i + &n } else { i };
            if i < lower {
                lower.clone()
            } else if i > upper {
                upper.clone()
            } else {
                i
            }
        }
    };
    let start = part(vm, &s.start)?;
    let stop = part(vm, &s.stop)?;
    let (start_default, stop_default) = if backwards {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(start, start_default);
    let stop = clamp(stop, stop_default);
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
fn slice_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__reduce__", &args, 1, 1)?;
    let Value::Slice(s) = &args.pos[0] else {
        return Err(vm.type_error("__reduce__() needs a slice"));
    };
    let parts = Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    Ok(Value::tuple(vec![
        Value::Type(vm.types.slice.clone()),
        parts,
    ]))
}

const SLICE_METHODS: &[(&str, NativeFn)] =
    &[("indices", slice_indices), ("__reduce__", slice_reduce)];

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
    let (name, doc) = module_args(vm, &args)?;
    let m = vm.new_module(name.as_str());
    module_attrs(vm, &m, doc)?;
    Ok(Value::Module(m))
}

fn none_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn ellipsis_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(Value::Ellipsis)
}

fn not_implemented_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(Value::NotImplemented)
}

fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.type_ctor(args)
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("method", &args, 2, 2)?;
    if !vm.is_callable(&args.pos[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args.pos[1].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    let m = Value::Method(Rc::new(crate::object::types::PyMethod {
        func: args.pos[0].clone(),
        this: args.pos[1].clone(),
    }));
    crate::object::gc::track(&m);
    Ok(m)
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.pos {
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
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

// ----- `type`'s attributes and methods -----

fn as_type(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyType>> {
    match v {
        Value::Type(t) => Ok(t.clone()),
        other => Err(vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            vm.type_name(other)
        ))),
    }
}

fn type_name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Str(as_type(vm, v)?.name().clone()))
}

fn type_name_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let name = t.name().clone();
    if !t.heap {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            name.as_str()
        )));
    }
    match value {
        Some(Value::Str(s)) => {
            if s.as_str().contains('\0') {
                return Err(vm.new_error(
                    ExcKind::ValueError,
                    "type name must not contain null characters",
                ));
            }
            *t.name_cell.borrow_mut() = s;
            Ok(())
        }
        Some(other) => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            name.as_str(),
            vm.type_name(&other)
        ))),
        None => Err(vm.type_error(format!(
            "cannot delete '__name__' attribute of immutable type '{}'",
            name.as_str()
        ))),
    }
}

fn type_qualname_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Str(as_type(vm, v)?.qualname.borrow().clone()))
}

fn type_qualname_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    if !t.heap {
        return Err(vm.type_error(format!(
            "cannot set '__qualname__' attribute of immutable type '{}'",
            t.name().as_str()
        )));
    }
    match value {
        Some(Value::Str(s)) => {
            *t.qualname.borrow_mut() = s;
            Ok(())
        }
        Some(other) => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name().as_str(),
            vm.type_name(&other)
        ))),
        None => Err(vm.type_error(format!(
            "cannot delete '__qualname__' attribute of immutable type '{}'",
            t.name().as_str()
        ))),
    }
}

/// A class's own namespace entry for `name` (classes defined in Python), else `fallback`.
fn heap_entry(vm: &mut Vm, v: &Value, name: &str, fallback: Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    if t.heap {
        if let Some(found) = t.dict.get_str(name) {
            return vm.descr_get(&found, None, &t);
        }
    }
    Ok(fallback)
}

fn heap_entry_set(vm: &mut Vm, v: &Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    if !t.heap {
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name().as_str()
        )));
    }
    match value {
        Some(value) => vm.dict_set(&t.dict, Value::str(name), value),
        None => match vm.dict_remove_str(&t.dict, name) {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(name.to_string())),
        },
    }
}

fn type_module_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    heap_entry(vm, v, "__module__", Value::Str(t.module.clone()))
}

fn type_module_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    heap_entry_set(vm, v, "__module__", value)
}

fn type_doc_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    if !t.heap {
        return Ok(match t.dict.get_str("__doc__") {
            Some(doc) if !doc.is_none() => doc,
            _ => vm.builtin_doc(t.name().as_str()),
        });
    }
    heap_entry(vm, v, "__doc__", Value::None)
}

fn type_doc_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    heap_entry_set(vm, v, "__doc__", value)
}

fn type_mro_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    let mut items = vec![v.clone()];
    items.extend(t.mro.borrow().iter().map(|m| Value::Type(m.clone())));
    Ok(Value::tuple(items))
}

fn type_bases_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    let bases = t
        .bases
        .borrow()
        .iter()
        .map(|b| Value::Type(b.clone()))
        .collect();
    Ok(Value::tuple(bases))
}

fn type_bases_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    vm.set_bases(&t, value)
}

fn type_base_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    // The base whose layout the class extends, else the first.
    let bases = t.bases.borrow();
    let solid = bases
        .iter()
        .find(|b| b.kind == t.kind && b.kind != TypeKind::Object)
        .or(bases.first())
        .cloned();
    Ok(solid.map_or(Value::None, Value::Type))
}

fn type_dict_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    as_type(vm, v)?;
    Ok(Value::Wrapper(Rc::new(PyWrapper::MappingProxy(v.clone()))))
}

fn type_abstract_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    match t.dict.get_str("__abstractmethods__") {
        Some(found) if !Rc::ptr_eq(&t, &vm.types.type_) => Ok(found),
        _ => Err(vm.attribute_error("__abstractmethods__")),
    }
}

fn type_abstract_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = as_type(vm, v)?;
    let is_abstract = match &value {
        Some(value) => vm.truthy(value)?,
        None => false,
    };
    heap_entry_set(vm, v, "__abstractmethods__", value)?;
    let flags = t.flags.get() & !TypeFlags::ABSTRACT;
    t.flags.set(if is_abstract {
        flags | TypeFlags::ABSTRACT
    } else {
        flags
    });
    Ok(())
}

fn type_annotations_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    if !t.heap {
        return Err(vm.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            t.name().as_str()
        )));
    }
    if let Some(found) = t.dict.get_str("__annotations__") {
        return Ok(found);
    }
    let d = Value::dict(Rc::new(PyDict::new()));
    vm.dict_set(&t.dict, Value::str("__annotations__"), d.clone())?;
    Ok(d)
}

fn type_annotations_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    heap_entry_set(vm, v, "__annotations__", value)
}

fn type_type_params_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    heap_entry(vm, v, "__type_params__", Value::tuple(Vec::new()))
}

fn type_type_params_set(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    heap_entry_set(vm, v, "__type_params__", value)
}

macro_rules! getset {
    ($id:ident, $name:literal, $get:expr, $set:expr) => {
        static $id: GetSetDef = GetSetDef {
            name: $name,
            owner: "type",
            get: $get,
            set: $set,
        };
    };
}

getset!(TYPE_NAME, "__name__", type_name_get, Some(type_name_set));
getset!(
    TYPE_QUALNAME,
    "__qualname__",
    type_qualname_get,
    Some(type_qualname_set)
);
getset!(
    TYPE_MODULE,
    "__module__",
    type_module_get,
    Some(type_module_set)
);
getset!(TYPE_DOC, "__doc__", type_doc_get, Some(type_doc_set));
getset!(TYPE_MRO, "__mro__", type_mro_get, None);
getset!(
    TYPE_BASES,
    "__bases__",
    type_bases_get,
    Some(type_bases_set)
);
getset!(TYPE_BASE, "__base__", type_base_get, None);
getset!(TYPE_DICT, "__dict__", type_dict_get, None);
getset!(
    TYPE_ABSTRACT,
    "__abstractmethods__",
    type_abstract_get,
    Some(type_abstract_set)
);
getset!(
    TYPE_ANNOTATIONS,
    "__annotations__",
    type_annotations_get,
    Some(type_annotations_set)
);
getset!(
    TYPE_TYPE_PARAMS,
    "__type_params__",
    type_type_params_get,
    Some(type_type_params_set)
);

/// `T.__text_signature__`: a built-in type's call signature when its docstring gives one
/// (`(iterable=(), /)` for `list`), as CPython splits it off; None for other types.
fn type_text_signature_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(vm, v)?;
    if t.heap {
        return Ok(Value::None);
    }
    if Rc::ptr_eq(&t, &vm.types.object) {
        return Ok(Value::str("()"));
    }
    let name = t.name().as_str().to_string();
    Ok(vm.builtin_text_signature(&name))
}

getset!(
    TYPE_TEXT_SIGNATURE,
    "__text_signature__",
    type_text_signature_get,
    None
);

const TYPE_GETSETS: [&GetSetDef; 12] = [
    &TYPE_TEXT_SIGNATURE,
    &TYPE_NAME,
    &TYPE_QUALNAME,
    &TYPE_MODULE,
    &TYPE_DOC,
    &TYPE_MRO,
    &TYPE_BASES,
    &TYPE_BASE,
    &TYPE_DICT,
    &TYPE_ABSTRACT,
    &TYPE_ANNOTATIONS,
    &TYPE_TYPE_PARAMS,
];

fn type_call_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = as_type(vm, &args.pos[0])?;
    vm.type_call(&t, &args.pos[1..], args.kw)
}

/// `type.__new__(meta, name, bases, namespace, **kwds)` (or `type.__new__(type, x)`).
fn type_dunder_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let meta = match args.pos.first() {
        Some(Value::Type(t)) if t.is_subtype(&vm.types.type_) => t.clone(),
        Some(Value::Type(t)) => {
            return Err(vm.type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                t.name().as_str(),
                t.name().as_str()
            )))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    if let [_, v] = args.pos {
        if Rc::ptr_eq(&meta, &vm.types.type_) && args.kw.is_empty() {
            return Ok(Value::Type(vm.type_of(v)));
        }
    }
    vm.type_new(&meta, &args.pos[1..], args.kw).map(Value::Type)
}

fn type_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.len() {
        2 if !args.kw.is_empty() => {
            Err(vm.type_error("type.__init__() takes no keyword arguments"))
        }
        2 | 4 => Ok(Value::None),
        _ => Err(vm.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

fn type_prepare(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::dict(Rc::new(PyDict::new())))
}

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("mro", &args, 1, 1)?;
    let t = as_type(vm, &args.pos[0])?;
    // The C3 order of the bases, whatever a metaclass's `mro` made `__mro__`.
    let bases = t.bases.borrow().clone();
    let mut items = vec![args.pos[0].clone()];
    items.extend(vm.linearize(&bases)?.into_iter().map(Value::Type));
    Ok(Value::list(items))
}

fn type_subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__subclasses__", &args, 1, 1)?;
    let t = as_type(vm, &args.pos[0])?;
    let subs: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(std::rc::Weak::upgrade)
        .map(Value::Type)
        .collect();
    Ok(Value::list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__instancecheck__", &args, 2, 2)?;
    let t = as_type(vm, &args.pos[0])?;
    vm.default_isinstance(&args.pos[1], &t).map(Value::Bool)
}

fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__subclasscheck__", &args, 2, 2)?;
    let t = as_type(vm, &args.pos[0])?;
    match &args.pos[1] {
        Value::Type(s) => Ok(Value::Bool(s.is_subtype(&t))),
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__repr__", &args, 1, 1)?;
    match &args.pos[0] {
        // Not the metaclass's `__repr__`: this is the one it may extend.
        Value::Type(t) => Ok(Value::string(Vm::class_repr(t))),
        other => vm.repr(other).map(Value::string),
    }
}

fn type_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_getattr(&args.pos[0], &name)
}

fn type_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__setattr__", &args, 3, 3)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn type_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__delattr__", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.generic_delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn type_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__dir__", &args, 1, 1)?;
    vm.default_dir(&args.pos[0])
}

const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", type_call_method),
    ("__init__", type_init),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
    ("__repr__", type_repr),
    ("__getattribute__", type_getattribute),
    ("__setattr__", type_setattr),
    ("__delattr__", type_delattr),
    ("__dir__", type_dir),
];

/// Installs `type`'s and `object`'s descriptors and the special methods of every built-in
/// type.
fn install_type_machinery(vm: &mut Vm) {
    let type_ = vm.types.type_.clone();
    for def in TYPE_GETSETS {
        let v = Value::Wrapper(Rc::new(PyWrapper::GetSet(def)));
        let _ = vm.dict_set(&type_.dict, Value::str(def.name), v);
    }
    add_methods(vm, &type_, TYPE_METHODS);
    let wrap = |f: NativeFn, name: &'static str, class_method: bool| {
        let b = Value::Builtin(Rc::new(PyBuiltin {
            name,
            func: f,
            owner: None,
            kind: TypeKind::Object,
            role: crate::object::types::Role::Plain,
        }));
        Value::Wrapper(Rc::new(if class_method {
            PyWrapper::ClassMethod(b, Default::default())
        } else {
            PyWrapper::StaticMethod(b, Default::default())
        }))
    };
    let _ = vm.dict_set(
        &type_.dict,
        Value::str("__new__"),
        wrap(type_dunder_new, "__new__", false),
    );
    let _ = vm.dict_set(
        &type_.dict,
        Value::str("__prepare__"),
        wrap(type_prepare, "__prepare__", true),
    );
    for def in NUMBER_GETSETS.iter().chain(FIELD_GETSETS) {
        let owner = match def.owner {
            "int" => vm.types.int.clone(),
            "float" => vm.types.float.clone(),
            "complex" => vm.types.complex.clone(),
            "range" => vm.types.range.clone(),
            "slice" => vm.types.slice.clone(),
            _ => vm.types.property.clone(),
        };
        let v = Value::Wrapper(Rc::new(PyWrapper::GetSet(def)));
        let _ = vm.dict_set(&owner.dict, Value::str(def.name), v);
    }
    let object = vm.types.object.clone();
    let class = Value::Wrapper(Rc::new(PyWrapper::GetSet(&OBJECT_CLASS)));
    let _ = vm.dict_set(&object.dict, Value::str("__class__"), class);
    let _ = vm.dict_set(&object.dict, Value::str("__doc__"), Value::None);
    let _ = vm.dict_set(
        &object.dict,
        Value::str("__subclasshook__"),
        wrap(object_subclasshook, "__subclasshook__", true),
    );
    let exc = vm.exc_type(ExcKind::BaseException);
    let _ = vm.dict_set(
        &exc.dict,
        Value::str("__new__"),
        wrap(crate::object::types::exception::exc_new, "__new__", false),
    );
    // Class-level defaults of the attributes some exceptions carry.
    for (kind, names) in [
        (ExcKind::NameError, &["name"][..]),
        (ExcKind::AttributeError, &["name", "obj"][..]),
    ] {
        let t = vm.exc_type(kind);
        for n in names {
            let _ = vm.dict_set(&t.dict, Value::str(n), Value::None);
        }
    }
    let weakref = vm.types.weakref.clone();
    let _ = vm.dict_set(
        &weakref.dict,
        Value::str("__new__"),
        wrap(crate::object::types::weakref::ref_new, "__new__", false),
    );
    add_methods(vm, &weakref, crate::object::types::weakref::METHODS);
    let callback = PyWrapper::GetSet(&crate::object::types::weakref::CALLBACK);
    let _ = vm.dict_set(
        &weakref.dict,
        Value::str("__callback__"),
        Value::Wrapper(Rc::new(callback)),
    );
    let memoryview = vm.types.memoryview.clone();
    crate::object::types::memoryview::install(vm, &memoryview);
    let group = vm.exc_type(ExcKind::BaseExceptionGroup);
    let _ = vm.dict_set(
        &group.dict,
        Value::str("__new__"),
        wrap(
            crate::object::types::exception_group::group_new,
            "__new__",
            false,
        ),
    );
    add_methods(vm, &group, crate::object::types::exception_group::METHODS);
    let proxy = vm.types.mappingproxy.clone();
    add_methods(vm, &proxy, crate::object::types::mappingproxy::METHODS);
    use crate::object::types::function::{DESCRIPTOR_GET, DESCRIPTOR_SET};
    let t = &vm.types;
    let getters = [
        t.function.clone(),
        t.classmethod.clone(),
        t.staticmethod.clone(),
        t.property.clone(),
        t.method_descriptor.clone(),
        t.wrapper_descriptor.clone(),
        t.classmethod_descriptor.clone(),
        t.getset_descriptor.clone(),
        t.member_descriptor.clone(),
    ];
    let setters = [
        t.property.clone(),
        t.getset_descriptor.clone(),
        t.member_descriptor.clone(),
    ];
    for ty in getters {
        add_methods(vm, &ty, DESCRIPTOR_GET);
    }
    for ty in setters {
        add_methods(vm, &ty, DESCRIPTOR_SET);
    }
    let _ = crate::object::types::slots::install(vm, add_methods);
}
