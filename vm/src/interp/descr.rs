//! The attribute protocol as CPython's: descriptors (`__get__`/`__set__`/`__delete__`, data
//! before the instance `__dict__`, non-data after), `__getattribute__`/`__getattr__`/
//! `__setattr__`/`__delattr__` overrides, attribute look-up on classes through their
//! metaclass, `super()`, and special-method calls.

use std::rc::Rc;

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{
    PyBuiltin, PyInstance, PyMethod, PyModule, PyStr, PyType, PyWrapper, TypeFlags,
};
use crate::object::Value;

/// What kind of descriptor a class attribute is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DescrKind {
    /// Not a descriptor: the value itself is the attribute.
    Plain,
    /// Has `__get__` only: the instance `__dict__` wins over it.
    NonData,
    /// Has `__set__` or `__delete__`: wins over the instance `__dict__`.
    Data,
}

impl Vm {
    /// The module a module-level built-in function belongs to: the module whose namespace
    /// holds it under its own name (`math.acos` -> `math`). A Python module re-exporting a
    /// native one (`os` over `posix`) enters `sys.modules` first, so the last one found is
    /// where the function was defined.
    fn builtin_home(&self, b: &Rc<PyBuiltin>) -> Option<Rc<PyModule>> {
        self.modules.items().into_iter().rev().find_map(|(_, m)| match m {
            Value::Module(m)
                if matches!(m.dict.get_str(b.name), Some(Value::Builtin(f)) if Rc::ptr_eq(&f, b)) =>
            {
                Some(m)
            }
            _ => None,
        })
    }

    pub(crate) fn descr_kind(&self, v: &Value) -> DescrKind {
        match v {
            Value::Function(_) => DescrKind::NonData,
            Value::Builtin(b) if b.owner.is_some() => DescrKind::NonData,
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Property { .. } | PyWrapper::GetSet(_) | PyWrapper::Member { .. } => {
                    DescrKind::Data
                }
                PyWrapper::ClassMethod(..) | PyWrapper::StaticMethod(..) => DescrKind::NonData,
                PyWrapper::Super {
                    obj: Value::Null, ..
                } => DescrKind::NonData,
                _ => DescrKind::Plain,
            },
            Value::Instance(i) => {
                let cls = i.class();
                if cls.has_flag(TypeFlags::DESCR_SET) {
                    DescrKind::Data
                } else if cls.has_flag(TypeFlags::DESCR_GET) {
                    DescrKind::NonData
                } else {
                    DescrKind::Plain
                }
            }
            _ => DescrKind::Plain,
        }
    }

    /// `descr.__get__(obj, owner)`; `obj` is `None` for access through the class.
    pub(crate) fn descr_get(
        &mut self,
        descr: &Value,
        obj: Option<&Value>,
        owner: &Rc<PyType>,
    ) -> PyResult<Value> {
        match descr {
            Value::Function(_) => Ok(match obj {
                Some(o) => bound(descr.clone(), o.clone()),
                None => descr.clone(),
            }),
            Value::Builtin(b) if b.owner.is_some() => Ok(match obj {
                Some(o) => bound(descr.clone(), o.clone()),
                None => descr.clone(),
            }),
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Property { fget, .. } => match obj {
                    None => Ok(descr.clone()),
                    Some(_) if fget.is_none() => {
                        let name = self.property_name(descr)?;
                        let what = match &name {
                            Some(n) => format!(
                                "property '{n}' of '{}' object has no getter",
                                owner.name().as_str()
                            ),
                            None => format!(
                                "property of '{}' object has no getter",
                                owner.name().as_str()
                            ),
                        };
                        Err(self.attribute_error(what))
                    }
                    Some(o) => self.call_value(&fget.clone(), std::slice::from_ref(o), &[]),
                },
                PyWrapper::ClassMethod(f, _) => {
                    let cls = match obj {
                        Some(o) => self.type_of(o),
                        None => owner.clone(),
                    };
                    // A wrapped descriptor (a property) is asked for the class's value, as
                    // CPython 3.12 still does.
                    if !matches!(f, Value::Function(_) | Value::Builtin(_))
                        && self.descr_kind(f) != DescrKind::Plain
                    {
                        let meta = self.type_of(&Value::Type(cls.clone()));
                        return self.descr_get(&f.clone(), Some(&Value::Type(cls)), &meta);
                    }
                    Ok(bound(f.clone(), Value::Type(cls)))
                }
                PyWrapper::StaticMethod(f, _) => Ok(f.clone()),
                PyWrapper::Super {
                    ty,
                    obj: Value::Null,
                } => match obj {
                    Some(o) => {
                        let args = [Value::Type(ty.clone()), o.clone()];
                        crate::object::types::function::super_new(
                            self,
                            crate::Args {
                                pos: &args,
                                kw: &[],
                            },
                        )
                    }
                    None => Ok(descr.clone()),
                },
                PyWrapper::GetSet(def) => match obj {
                    None => Ok(descr.clone()),
                    Some(o) => {
                        let this = self.builtin_self(def.owner, o);
                        (def.get)(self, &this)
                    }
                },
                PyWrapper::Member {
                    name,
                    index,
                    owner: declared,
                    ..
                } => match obj {
                    None => Ok(descr.clone()),
                    Some(Value::Instance(i)) => {
                        let v = i.slots.borrow().get(*index).cloned().flatten();
                        match v {
                            Some(v) => Ok(v),
                            None => {
                                let this = Value::Instance(i.clone());
                                Err(self.no_attribute(&this, name.as_str()))
                            }
                        }
                    }
                    Some(o) => Err(self.descriptor_mismatch(name.as_str(), declared.as_str(), o)),
                },
                _ => Ok(descr.clone()),
            },
            Value::Instance(i) if i.class().has_flag(TypeFlags::DESCR_GET) => {
                let get = self.intern("__get__");
                let getter = self.type_of(descr).lookup_hashed("__get__", get.hash());
                let Some(getter) = getter else {
                    return Ok(descr.clone());
                };
                let args = [
                    descr.clone(),
                    obj.cloned().unwrap_or_default(),
                    Value::Type(owner.clone()),
                ];
                self.call_value(&getter, &args, &[])
            }
            _ => Ok(descr.clone()),
        }
    }

    /// `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when `value` is `None`.
    fn descr_set(
        &mut self,
        descr: &Value,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        match descr {
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Property { fset, fdel, .. } => {
                    let (f, what) = match &value {
                        Some(_) => (fset, "setter"),
                        None => (fdel, "deleter"),
                    };
                    if f.is_none() {
                        let cls = self.type_of(obj);
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no {what}",
                            name.as_str(),
                            cls.name().as_str()
                        )));
                    }
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call_value(&f.clone(), &args, &[])?;
                    Ok(())
                }
                PyWrapper::GetSet(def) => match def.set {
                    Some(set) => {
                        let this = self.builtin_self(def.owner, obj);
                        set(self, &this, value)
                    }
                    None => Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        def.name,
                        self.type_name(obj)
                    ))),
                },
                PyWrapper::Member {
                    name, index, owner, ..
                } => {
                    let Value::Instance(i) = obj else {
                        return Err(self.descriptor_mismatch(name.as_str(), owner.as_str(), obj));
                    };
                    let mut slots = i.slots.borrow_mut();
                    if slots.len() <= *index {
                        slots.resize(*index + 1, None);
                    }
                    let deleting = value.is_none();
                    let old = std::mem::replace(&mut slots[*index], value);
                    drop(slots);
                    if deleting && old.is_none() {
                        return Err(self.attribute_error(name.as_str().to_string()));
                    }
                    drop(old);
                    Ok(())
                }
                _ => Err(self.no_attribute(obj, name.as_str())),
            },
            _ => {
                let (method, args) = match value {
                    Some(v) => ("__set__", vec![descr.clone(), obj.clone(), v]),
                    None => ("__delete__", vec![descr.clone(), obj.clone()]),
                };
                match self.type_of(descr).lookup(method) {
                    Some(f) => self.call_value(&f, &args, &[]).map(|_| ()),
                    None => Err(self.attribute_error(method)),
                }
            }
        }
    }

    /// `descr.__set__(obj, value)` called explicitly (`value` `None` for `__delete__`).
    pub(crate) fn descr_set_value(
        &mut self,
        descr: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let name = match self.property_name(descr)? {
            Some(n) => n,
            None => match descr {
                Value::Wrapper(w) => match w.as_ref() {
                    PyWrapper::GetSet(def) => def.name.to_string(),
                    PyWrapper::Member { name, .. } => name.as_str().to_string(),
                    _ => String::new(),
                },
                _ => String::new(),
            },
        };
        self.descr_set(descr, obj, &Rc::new(PyStr::new(&name)), value)
    }

    /// The name a property was defined under (its getter's `__name__`).
    fn property_name(&mut self, prop: &Value) -> PyResult<Option<String>> {
        let Value::Wrapper(w) = prop else {
            return Ok(None);
        };
        let PyWrapper::Property {
            fget, fset, name, ..
        } = w.as_ref()
        else {
            return Ok(None);
        };
        if let Some(n) = name.borrow().as_ref() {
            return Ok(Some(self.to_str(n)?));
        }
        for f in [fget, fset] {
            if let Value::Function(func) = f {
                return Ok(Some(func.name.borrow().as_str().to_string()));
            }
        }
        Ok(None)
    }

    /// The value a built-in type's method works on: for an instance of a Python subclass of
    /// that built-in type, the built-in value it extends; else `v` itself.
    pub(crate) fn builtin_self(&self, owner: &str, v: &Value) -> Value {
        if let Value::Instance(i) = v {
            if let Some(base) = &i.base {
                if owner != "object" && self.type_of(base).name().as_str() == owner {
                    return base.clone();
                }
            }
        }
        v.clone()
    }

    /// A descriptor of `owner`'s instances used on `obj`, of another type.
    #[cold]
    pub(crate) fn descriptor_mismatch(&mut self, name: &str, owner: &str, obj: &Value) -> PyErr {
        let got = self.type_name(obj);
        self.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
        ))
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr_inner(obj, name) {
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                Err(self.attribute_context(e, obj, name))
            }
            r => r,
        }
    }

    /// An AttributeError raised by Python code (`__getattr__`, a property) gets the
    /// `name` and `obj` CPython gives it when they are unset: tracebacks suggest names
    /// from them.
    #[cold]
    fn attribute_context(&mut self, e: PyErr, obj: &Value, name: &Rc<PyStr>) -> PyErr {
        let d = &e.exc.dict;
        if d.get_str("name").is_none_or(|v| v.is_none()) {
            let _ = self.dict_set(d, Value::str("name"), Value::Str(name.clone()));
            if d.get_str("obj").is_none_or(|v| v.is_none()) {
                let _ = self.dict_set(d, Value::str("obj"), obj.clone());
            }
        }
        e
    }

    fn getattr_inner(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        // A module's own `__getattr__` (PEP 562) raises its own AttributeError.
        if let Value::Module(m) = obj {
            if let Some(hook) = m.dict.get_str("__getattr__") {
                if self.dict_get_pystr(&m.dict, name).is_none()
                    && !matches!(name.as_str(), "__dict__" | "__class__")
                {
                    return self.call_value(&hook, &[Value::Str(name.clone())], &[]);
                }
            }
        }
        // A user `__getattribute__`/`__getattr__` raises its own AttributeError.
        if let Value::Instance(inst) = obj {
            let cls = inst.class();
            if cls.has_flag(TypeFlags::GETATTRIBUTE) {
                return self.user_getattribute(obj, &cls, name);
            }
            if cls.has_flag(TypeFlags::GETATTR) {
                match self.instance_getattr(obj, inst, &cls, name) {
                    Ok(Some(v)) => return Ok(v),
                    Ok(None) => {}
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {}
                    Err(e) => return Err(e),
                }
                return self.call_special_or_raise(obj, "__getattr__", name);
            }
        }
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// An attribute of a module whose class is a `types.ModuleType` subclass: the class's
    /// data descriptors, the namespace, the class's other attributes, the module's own
    /// `__getattr__` (PEP 562), then the class's `__getattr__`.
    #[inline(never)]
    fn subclass_module_attr(
        &mut self,
        obj: &Value,
        m: &crate::object::types::PyModule,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        match name.as_str() {
            "__dict__" => return Ok(Some(Value::Dict(m.dict.clone()))),
            "__class__" => return Ok(Some(Value::Type(cls))),
            _ => {}
        }
        let descr = cls.lookup_hashed(name.as_str(), name.hash());
        if let Some(d) = &descr {
            if self.descr_kind(d) == DescrKind::Data {
                return self.descr_get(d, Some(obj), &cls).map(Some);
            }
        }
        if let Some(v) = self.dict_get_pystr(&m.dict, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr.filter(|_| cls.lookup_heap(name.as_str()).is_some()) {
            return self.descr_get(&d, Some(obj), &cls).map(Some);
        }
        if let Some(hook) = m.dict.get_str("__getattr__") {
            match self.call_value(&hook, &[Value::Str(name.clone())], &[]) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {}
                Err(e) => return Err(e),
            }
        } else if let Some(v) = self.builtin_attr(obj, name)? {
            return Ok(Some(v));
        }
        if cls.has_flag(TypeFlags::GETATTR) {
            return match self.call_special(obj, "__getattr__", &[Value::Str(name.clone())]) {
                Ok(v) => Ok(v),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    pub(crate) fn no_attribute(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Type(t) => format!(
                "type object '{}' has no attribute '{name}'",
                t.name().as_str()
            ),
            Value::Module(m) => match m.dict.get_str("__name__") {
                Some(Value::Str(s)) => {
                    format!("module '{}' has no attribute '{name}'", s.as_str())
                }
                _ => format!("module has no attribute '{name}'"),
            },
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let err = self.attribute_error(msg);
        let _ = self.dict_set(&err.exc.dict, Value::str("name"), Value::str(name));
        let _ = self.dict_set(&err.exc.dict, Value::str("obj"), obj.clone());
        err
    }

    /// Calls `obj.__getattribute__(name)`, then `__getattr__` when that raises
    /// AttributeError.
    fn user_getattribute(
        &mut self,
        obj: &Value,
        cls: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let r = self.call_special(obj, "__getattribute__", &[Value::Str(name.clone())]);
        match r {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.no_attribute(obj, name.as_str())),
            Err(e)
                if cls.has_flag(TypeFlags::GETATTR)
                    && self.err_matches(&e, ExcKind::AttributeError) =>
            {
                self.call_special_or_raise(obj, "__getattr__", name)
            }
            Err(e) => Err(e),
        }
    }

    fn call_special_or_raise(
        &mut self,
        obj: &Value,
        method: &'static str,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        match self.call_special(obj, method, &[Value::Str(name.clone())])? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// Attribute look-up; `None` when missing (no error raised).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.has_flag(TypeFlags::GETATTRIBUTE) {
                    return match self.user_getattribute(obj, &cls, name) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                if !cls.has_flag(TypeFlags::GETATTR) {
                    return self.instance_getattr(obj, inst, &cls, name);
                }
                match self.instance_getattr(obj, inst, &cls, name) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => {}
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {}
                    Err(e) => return Err(e),
                }
                let r = self.call_special(obj, "__getattr__", &[Value::Str(name.clone())]);
                match r {
                    Ok(v) => Ok(v),
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Value::Type(t) => self.type_getattr(t, name, true),
            Value::Module(m) if m.cls.borrow().is_some() => self.subclass_module_attr(obj, m, name),
            Value::Module(m) => {
                if let Some(v) = self.dict_get_pystr(&m.dict, name) {
                    return Ok(Some(v));
                }
                match name.as_str() {
                    "__dict__" => return Ok(Some(Value::Dict(m.dict.clone()))),
                    "__class__" => return Ok(Some(Value::Type(self.types.module.clone()))),
                    _ => {}
                }
                // PEP 562: a module's own `__getattr__` answers for missing names.
                let Some(hook) = m.dict.get_str("__getattr__") else {
                    return self.builtin_attr(obj, name);
                };
                match self.call_value(&hook, &[Value::Str(name.clone())], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Value::Function(f) => {
                // The function type's own attributes are data descriptors: they come before
                // the function's `__dict__` (which `__dict__.update` may fill with any name).
                if is_function_descriptor(name.as_str()) {
                    if let Some(v) = crate::object::types::function::function_attr(self, f, name)? {
                        return Ok(Some(v));
                    }
                }
                let dict = f.dict.borrow().clone();
                if let Some(v) = dict.and_then(|d| self.dict_get_pystr(&d, name)) {
                    return Ok(Some(v));
                }
                if let Some(v) = crate::object::types::function::function_attr(self, f, name)? {
                    return Ok(Some(v));
                }
                self.builtin_attr(obj, name)
            }
            Value::Method(m) => match name.as_str() {
                "__self__" => Ok(Some(m.this.clone())),
                "__func__" => Ok(Some(m.func.clone())),
                "__class__" => Ok(Some(Value::Type(self.type_of(obj)))),
                "__doc__" => self.getattr_opt(&m.func.clone(), name),
                _ => {
                    // Other attributes come from the function.
                    if let Some(v) = self.builtin_attr(obj, name)? {
                        return Ok(Some(v));
                    }
                    self.getattr_opt(&m.func.clone(), name)
                }
            },
            Value::Builtin(b) => Ok(match name.as_str() {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(match b.owner {
                    Some(owner) => Value::string(format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                }),
                // A module-level built-in's `__self__` is its module.
                "__self__" if b.owner.is_none() => Some(Value::Module(
                    self.builtin_home(b)
                        .unwrap_or_else(|| self.builtins_module()),
                )),
                "__doc__" => Some(match self.builtin_doc_key(b) {
                    Some(key) => self.builtin_doc(&key),
                    None => Value::None,
                }),
                "__text_signature__" => Some(match self.builtin_doc_key(b) {
                    Some(key) => self.builtin_text_signature(&key),
                    None => Value::None,
                }),
                "__self__" => Some(Value::None),
                "__module__" if b.owner.is_none() => Some(match self.builtin_home(b) {
                    Some(m) => Value::Str(m.name.clone()),
                    None => Value::str("builtins"),
                }),
                "__objclass__" => match b.owner {
                    Some(owner) => self.builtins.get_str(owner),
                    None => None,
                },
                _ => return self.builtin_attr(obj, name),
            }),
            Value::Wrapper(w) => {
                if let PyWrapper::Super { ty, obj: this } = w.as_ref() {
                    return self.super_getattr(ty, this, name);
                }
                if let Some(v) = crate::object::types::function::wrapper_attr(self, w, name)? {
                    return Ok(Some(v));
                }
                self.builtin_attr(obj, name)
            }
            _ => self.builtin_attr(obj, name),
        }
    }

    /// `object.__getattribute__` for an instance, without `__getattr__`.
    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        cls: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let found = crate::object::types::attr_cache::lookup(cls, name);
        if let Some(f) = &found {
            if self.descr_kind(f) == DescrKind::Data && has_getter(f) {
                return self.descr_get(f, Some(obj), cls).map(Some);
            }
        }
        if let Some(v) = self.dict_get_pystr(&inst.dict, name) {
            return Ok(Some(v));
        }
        if inst.exc.is_some() {
            if let Some(v) = self.exception_attr(inst, cls, name.as_str())? {
                return Ok(Some(v));
            }
        }
        if let Some(f) = found {
            return self.descr_get(&f, Some(obj), cls).map(Some);
        }
        // A bare `object()` has no dict to show.
        if name.as_str() == "__dict__"
            && !cls.has_flag(TypeFlags::NO_DICT)
            && !Rc::ptr_eq(cls, &self.types.object)
        {
            return Ok(Some(Value::Dict(inst.dict.clone())));
        }
        match &inst.base {
            // The data attributes of the built-in value it extends (`real`, `fget`, ...).
            Some(Value::Wrapper(w)) => {
                match crate::object::types::function::wrapper_attr(self, w, name)? {
                    Some(v) => Ok(Some(v)),
                    None => self.builtin_attr(&Value::Wrapper(w.clone()), name),
                }
            }
            Some(base) => self.builtin_attr(&base.clone(), name),
            None => Ok(None),
        }
    }

    /// The attributes of exception instances kept outside their `__dict__`.
    pub(crate) fn exception_attr(
        &mut self,
        inst: &PyInstance,
        cls: &Rc<PyType>,
        n: &str,
    ) -> PyResult<Option<Value>> {
        let Some(data) = &inst.exc else {
            return Ok(None);
        };
        Ok(match n {
            "args" => Some(data.args.borrow().clone()),
            "__cause__" => Some(data.cause.borrow().clone().unwrap_or_default()),
            "__context__" => Some(data.context.borrow().clone().unwrap_or_default()),
            "__suppress_context__" => Some(Value::Bool(data.suppress_context.get())),
            "__traceback__" => Some(self.traceback_object(inst)),
            "errno" | "strerror" | "filename" | "filename2"
                if cls.is_subtype(&self.exc_type(ExcKind::OSError)) =>
            {
                Some(Value::None)
            }
            "name" | "path" | "msg" if cls.is_subtype(&self.exc_type(ExcKind::ImportError)) => {
                let args = data.args.borrow().clone();
                Some(match (&args, n) {
                    (Value::Tuple(t), "msg") if t.items.len() == 1 => t.items[0].clone(),
                    _ => Value::None,
                })
            }
            "value" | "code" => {
                let kind = if n == "value" {
                    ExcKind::StopIteration
                } else {
                    ExcKind::SystemExit
                };
                if !cls.is_subtype(&self.exc_type(kind)) {
                    return Ok(None);
                }
                let args = data.args.borrow().clone();
                Some(match &args {
                    // StopIteration.value is the first argument; SystemExit.code all of them.
                    Value::Tuple(t)
                        if t.items.len() == 1 || (n == "value" && !t.items.is_empty()) =>
                    {
                        t.items[0].clone()
                    }
                    Value::Tuple(t) if t.items.is_empty() => Value::None,
                    other => other.clone(),
                })
            }
            _ => None,
        })
    }

    /// `type.__getattribute__`: the metaclass's data descriptors, then the class and its
    /// MRO, then the metaclass's other attributes.
    fn type_getattr(
        &mut self,
        t: &Rc<PyType>,
        name: &Rc<PyStr>,
        overridable: bool,
    ) -> PyResult<Option<Value>> {
        let meta = self.type_of_type(t);
        let as_value = Value::Type(t.clone());
        if overridable && meta.has_flag(TypeFlags::GETATTRIBUTE) {
            return match self.user_getattribute(&as_value, &meta, name) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                Err(e) => Err(e),
            };
        }
        let meta_attr = crate::object::types::attr_cache::lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if self.descr_kind(m) == DescrKind::Data && has_getter(m) {
                return self.descr_get(m, Some(&as_value), &meta).map(Some);
            }
        }
        if let Some(found) = crate::object::types::attr_cache::lookup(t, name) {
            return self.descr_get(&found, None, t).map(Some);
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, Some(&as_value), &meta).map(Some);
        }
        if meta.has_flag(TypeFlags::GETATTR) {
            let r = self.call_special(&as_value, "__getattr__", &[Value::Str(name.clone())]);
            return match r {
                Ok(v) => Ok(v),
                Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                Err(e) => Err(e),
            };
        }
        Ok(None)
    }

    /// `object.__getattribute__` / `type.__getattribute__`: the look-up without the class's
    /// own `__getattribute__` and `__getattr__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        let found = match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                self.instance_getattr(obj, inst, &cls, name)?
            }
            Value::Type(t) => self.type_getattr(t, name, false)?,
            other => self.getattr_opt(other, name)?,
        };
        match found {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `object.__dir__`: the instance's attributes and its class's; for a class, its own and
    /// its bases' attributes.
    pub(crate) fn default_dir(&mut self, obj: &Value) -> PyResult<Value> {
        let mut names: Vec<Value> = Vec::new();
        let mut seen = hashbrown::HashSet::new();
        let mut add = |d: &crate::object::types::PyDict| {
            for (k, _) in d.table.borrow().iter() {
                if let Value::Str(s) = k {
                    if seen.insert(s.as_str().to_string()) {
                        names.push(k.clone());
                    }
                }
            }
        };
        match obj {
            Value::Module(m) => add(&m.dict),
            Value::Type(t) => {
                add(&t.dict);
                for b in t.mro.borrow().iter() {
                    add(&b.dict);
                }
            }
            other => {
                if let Value::Instance(inst) = other {
                    add(&inst.dict);
                }
                let t = self.type_of(other);
                add(&t.dict);
                for b in t.mro.borrow().iter() {
                    add(&b.dict);
                }
                // Data attributes pyrs answers without a descriptor in the type's dict.
                let exc = |k: crate::error::ExcKind| t.is_subtype(&self.exc_type(k));
                use crate::error::ExcKind as K;
                let mut extra: Vec<&str> = match other {
                    Value::Function(_) => FUNCTION_ATTRS.to_vec(),
                    Value::Generator(_) => GENERATOR_ATTRS.to_vec(),
                    Value::Range(_) | Value::Slice(_) => vec!["start", "step", "stop"],
                    Value::Builtin(_) | Value::Method(_) => BUILTIN_ATTRS.to_vec(),
                    Value::Code(_) => CODE_ATTRS.to_vec(),
                    Value::Instance(i) if i.exc.is_some() => {
                        let mut v = EXCEPTION_ATTRS.to_vec();
                        if exc(K::OSError) {
                            v.extend(["errno", "strerror", "filename", "filename2"]);
                            v.push("characters_written");
                        }
                        if exc(K::SyntaxError) {
                            v.extend(SYNTAX_ERROR_ATTRS);
                        }
                        if exc(K::StopIteration) {
                            v.push("value");
                        }
                        v
                    }
                    _ => Vec::new(),
                };
                extra.push("__getstate__");
                for n in extra {
                    if seen.insert(n.to_string()) {
                        names.push(Value::str(n));
                    }
                }
            }
        }
        Ok(Value::list(names))
    }

    /// The metaclass of class `t`.
    pub fn type_of_type(&self, t: &PyType) -> Rc<PyType> {
        t.meta.clone().unwrap_or_else(|| self.types.type_.clone())
    }

    /// Attributes of built-in values: methods from the type, and a few data attributes.
    pub(crate) fn builtin_attr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let n = name.as_str();
        if let Some(found) = ty.lookup_hashed(n, name.hash()) {
            return self.descr_get(&found, Some(obj), &ty).map(Some);
        }
        // (`range` and `slice` fields are descriptors on their types, found above.)
        Ok(match (obj, n) {
            (Value::Generator(g), "__name__") => Some(Value::Str(g.name.borrow().clone())),
            (Value::Generator(g), "__qualname__") => Some(Value::Str(g.qualname.borrow().clone())),
            (Value::Generator(g), _) => crate::object::types::coroutine::gen_attr(self, g, n),
            (Value::Code(c), _) => crate::object::types::function::code_attr(c, n),
            (Value::Cell(c), "cell_contents") => match c.value.borrow().clone() {
                Some(v) => Some(v),
                None => return Err(self.value_error("Cell is empty")),
            },
            _ => None,
        })
    }

    pub(crate) fn super_getattr(
        &mut self,
        ty: &Rc<PyType>,
        this: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        if let Value::Null = this {
            // Unbound: only its own attributes.
            return match n {
                "__thisclass__" => Ok(Some(Value::Type(ty.clone()))),
                "__self__" | "__self_class__" => Ok(Some(Value::None)),
                "__class__" => Ok(Some(Value::Type(self.types.super_.clone()))),
                // `super(B).__get__(obj, type)` binds it.
                "__get__" => {
                    let unbound = Value::Wrapper(Rc::new(PyWrapper::Super {
                        ty: ty.clone(),
                        obj: Value::Null,
                    }));
                    let func = crate::object::types::builtin_fn::builtin("__get__", super_get);
                    Ok(Some(Value::Method(Rc::new(PyMethod {
                        func,
                        this: unbound,
                    }))))
                }
                _ => Ok(None),
            };
        }
        let start_type = match this {
            Value::Type(t) if t.is_subtype(ty) => t.clone(),
            other => self.type_of(other),
        };
        match n {
            "__thisclass__" => return Ok(Some(Value::Type(ty.clone()))),
            "__self__" => return Ok(Some(this.clone())),
            "__self_class__" => return Ok(Some(Value::Type(start_type))),
            "__class__" => return Ok(Some(Value::Type(self.types.super_.clone()))),
            _ => {}
        }
        let Some(found) = super_find(ty, &start_type, name) else {
            return Ok(None);
        };
        let obj = match this {
            Value::Type(t) if Rc::ptr_eq(t, &start_type) => None,
            other => Some(other),
        };
        self.descr_get(&found, obj, &start_type).map(Some)
    }

    /// `super(ty, obj).name` for a method call on instance `obj`: the Python function found
    /// (to be called with `obj` first, as the bound method would), or None for anything else.
    pub(crate) fn super_method(
        &self,
        ty: &Rc<PyType>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        if !matches!(obj, Value::Instance(_))
            || matches!(
                name.as_str(),
                "__thisclass__" | "__self__" | "__self_class__" | "__class__"
            )
        {
            return None;
        }
        let start_type = self.type_of(obj);
        super_find(ty, &start_type, name).filter(|f| matches!(f, Value::Function(_)))
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        let cls = match obj {
            Value::Instance(inst) => inst.class(),
            Value::Type(t) => self.type_of_type(t),
            Value::Module(m) if m.cls.borrow().is_some() => self.type_of(obj),
            _ => return self.generic_setattr(obj, name, value),
        };
        if cls.has_flag(TypeFlags::SETATTR) {
            self.call_special(obj, "__setattr__", &[Value::Str(name.clone()), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`: descriptors, then the instance dict; no user `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        self.store_attr(obj, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let cls = match obj {
            Value::Instance(inst) => Some(inst.class()),
            Value::Type(t) => Some(self.type_of_type(t)),
            Value::Module(m) if m.cls.borrow().is_some() => Some(self.type_of(obj)),
            _ => None,
        };
        if let Some(cls) = cls {
            if cls.has_flag(TypeFlags::DELATTR) {
                self.call_special(obj, "__delattr__", &[Value::Str(name.clone())])?;
                return Ok(());
            }
        }
        self.store_attr(obj, name, None)
    }

    /// A data descriptor (a property) the class of a module subclass instance defines.
    fn module_data_descr(
        &mut self,
        m: &crate::object::types::PyModule,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let cls = m.cls.borrow().clone()?;
        let d = cls.lookup_heap(name.as_str())?;
        (self.descr_kind(&d) == DescrKind::Data).then_some(d)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        self.store_attr(obj, name, None)
    }

    /// Sets (or, with `None`, deletes) an attribute without user `__setattr__`/`__delattr__`.
    fn store_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Option<Value>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let descr = cls.lookup_hashed(name.as_str(), name.hash());
                if let Some(descr) = &descr {
                    if self.descr_kind(descr) == DescrKind::Data {
                        return self.descr_set(descr, obj, name, value);
                    }
                }
                // `object()` and traceback instances have no `__dict__` to store into.
                if cls.has_flag(TypeFlags::NO_DICT)
                    || Rc::ptr_eq(&cls, &self.types.object)
                    || Rc::ptr_eq(&cls, &self.types.traceback)
                {
                    // A class attribute in the way is read-only through the instance.
                    if descr.is_some() || (!cls.heap && !Rc::ptr_eq(&cls, &self.types.object)) {
                        return Err(self.attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            cls.name().as_str(),
                            name.as_str()
                        )));
                    }
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                if let Some(data) = &inst.exc {
                    if let Some(value) = &value {
                        // UnicodeError's positions are C integers.
                        let unicode = crate::error::ExcKind::UnicodeError;
                        if matches!(name.as_str(), "start" | "end")
                            && !matches!(value, Value::Int(_) | Value::Bool(_))
                            && cls.is_subtype(&self.exc_type(unicode))
                        {
                            return Err(self.type_error("an integer is required"));
                        }
                        if self.set_exception_attr(data, name.as_str(), value)? {
                            return Ok(());
                        }
                    }
                }
                match value {
                    Some(v) => self.dict_set(&inst.dict, Value::Str(name.clone()), v),
                    None => match self.dict_remove_str(&inst.dict, name.as_str()) {
                        Some(_) => Ok(()),
                        None => {
                            // CPython's deletion error carries no name or obj.
                            let e = self.no_attribute(obj, name.as_str());
                            self.dict_remove_str(&e.exc.dict, "name");
                            self.dict_remove_str(&e.exc.dict, "obj");
                            Err(e)
                        }
                    },
                }
            }
            Value::Type(t) => self.type_setattr(t, name, value),
            Value::Module(m) if name.as_str() == "__class__" => {
                crate::object::types::typeobj::set_module_class(self, m, value)
            }
            Value::Module(m) => {
                if let Some(descr) = self.module_data_descr(m, name) {
                    return self.descr_set(&descr, obj, name, value);
                }
                match value {
                    Some(v) => self.dict_set(&m.dict.clone(), Value::Str(name.clone()), v),
                    None => match self.dict_remove_str(&m.dict, name.as_str()) {
                        Some(_) => Ok(()),
                        None => Err(self.attribute_error(format!(
                            "'module' object has no attribute '{}'",
                            name.as_str()
                        ))),
                    },
                }
            }
            Value::Function(f) => {
                crate::object::types::function::set_function_attr(self, f, name, value)
            }
            Value::Wrapper(w)
                if let PyWrapper::ClassMethod(f, d) | PyWrapper::StaticMethod(f, d) =
                    w.as_ref() =>
            {
                crate::object::types::function::set_wrapper_attr(self, obj, (f, d), name, value)
            }
            Value::Cell(c) if name.as_str() == "cell_contents" => {
                *c.value.borrow_mut() = value;
                Ok(())
            }
            Value::Generator(g) if matches!(name.as_str(), "__name__" | "__qualname__") => {
                let Some(Value::Str(s)) = value else {
                    return Err(self
                        .type_error(format!("{} must be set to a string object", name.as_str())));
                };
                let field = if name.as_str() == "__name__" {
                    &g.name
                } else {
                    &g.qualname
                };
                *field.borrow_mut() = s;
                Ok(())
            }
            // (`range`'s and `slice`'s read-only fields are descriptors on their types.)
            _ => {
                let ty = self.type_of(obj);
                if let Some(descr) = ty.lookup(name.as_str()) {
                    if self.descr_kind(&descr) == DescrKind::Data {
                        return self.descr_set(&descr, obj, name, value);
                    }
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        ty.name().as_str(),
                        name.as_str()
                    )));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    /// Exception attributes kept outside the `__dict__`; false when `name` is not one.
    pub(crate) fn set_exception_attr(
        &mut self,
        data: &crate::object::types::ExcData,
        name: &str,
        value: &Value,
    ) -> PyResult<bool> {
        match name {
            "args" => {
                let items = self.collect(value)?;
                *data.args.borrow_mut() = Value::tuple(items);
            }
            "__cause__" | "__context__"
                if !value.is_none() && !self.is_exception_instance(value) =>
            {
                let which = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                return Err(self.type_error(format!(
                    "exception {which} must be None or derive from BaseException"
                )));
            }
            "__cause__" => {
                *data.cause.borrow_mut() = if value.is_none() {
                    None
                } else {
                    Some(value.clone())
                };
                data.suppress_context.set(true);
            }
            "__context__" => {
                *data.context.borrow_mut() = if value.is_none() {
                    None
                } else {
                    Some(value.clone())
                };
            }
            "__suppress_context__" => {
                let &Value::Bool(b) = value else {
                    return Err(self.type_error("attribute value type must be bool"));
                };
                data.suppress_context.set(b);
            }
            "__traceback__" => self.set_traceback(data, value)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `type.__setattr__`: the metaclass's data descriptors, then the class's namespace
    /// (classes defined in Python only).
    fn type_setattr(
        &mut self,
        t: &Rc<PyType>,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        // Whatever this changes, cached class look-ups may depend on it.
        crate::object::types::attr_cache::invalidate();
        let meta = self.type_of_type(t);
        if let Some(descr) = meta.lookup_hashed(name.as_str(), name.hash()) {
            if self.descr_kind(&descr) == DescrKind::Data {
                let r = self.descr_set(&descr, &Value::Type(t.clone()), name, value);
                crate::object::types::attr_cache::invalidate();
                return r;
            }
        }
        if !t.heap {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name().as_str()
            )));
        }
        if t.has_flag(crate::object::types::TypeFlags::STATIC_NAME) {
            // A library class standing for one of CPython's C types is as immutable.
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}.{}'",
                name.as_str(),
                t.module.as_str(),
                t.name().as_str()
            )));
        }
        match value {
            Some(v) => self.dict_set(&t.dict, Value::Str(name.clone()), v)?,
            None => {
                if self.dict_remove_str(&t.dict, name.as_str()).is_none() {
                    return Err(self.no_attribute(&Value::Type(t.clone()), name.as_str()));
                }
            }
        }
        crate::object::types::attr_cache::invalidate();
        if name.as_str().starts_with("__") {
            self.refresh_type_flags(t);
        }
        Ok(())
    }

    /// Calls special method `name` found on the type of `obj`; `None` when the type lacks it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        // Through the class-attribute cache: the same special methods are asked of the
        // same classes again and again.
        let key = self.intern(name);
        let Some(found) = crate::object::types::attr_cache::lookup(&ty, &key) else {
            return Ok(None);
        };
        match &found {
            // A built-in function stored in a class (`__len__ = len`) does not bind: it is
            // called with the arguments alone, as CPython's.
            Value::Builtin(_) if found.builtin_function() => {
                self.call_value(&found, args, &[]).map(Some)
            }
            Value::Function(_) | Value::Builtin(_) => {
                // The receiver before the arguments; one or none (the usual) on the stack.
                let r = match args {
                    [] => self.call_value(&found, std::slice::from_ref(obj), &[]),
                    [a] => self.call_value(&found, &[obj.clone(), a.clone()], &[]),
                    _ => {
                        let all: Vec<Value> = super::call::with_first(obj.clone(), args);
                        self.call_value(&found, &all, &[])
                    }
                };
                r.map(Some)
            }
            // `__hash__ = None` and the like: the operation is not supported. Any other
            // special method set to None is called, as CPython's slots do.
            Value::None
                if matches!(
                    name,
                    "__hash__" | "__iter__" | "__reversed__" | "__contains__"
                ) =>
            {
                Ok(None)
            }
            Value::None => Err(self.type_error("'NoneType' object is not callable")),
            _ => {
                let bound = self.descr_get(&found, Some(obj), &ty)?;
                self.call_value(&bound, args, &[]).map(Some)
            }
        }
    }
}

/// Whether a descriptor defines `__get__` (a data descriptor may define only `__set__`).
fn has_getter(descr: &Value) -> bool {
    match descr {
        Value::Instance(i) => i.class().has_flag(TypeFlags::DESCR_GET),
        _ => true,
    }
}

/// `obj.method` as a bound method object.
pub(crate) fn bound(func: Value, this: Value) -> Value {
    let m = Value::Method(Rc::new(PyMethod { func, this }));
    crate::object::gc::track(&m);
    m
}

/// A data descriptor of the function type (`__call__` is a method, and the rest of
/// `FUNCTION_ATTRS` are these).
fn is_function_descriptor(name: &str) -> bool {
    name != "__call__" && (name == "__doc__" || FUNCTION_ATTRS.contains(&name))
}

/// The attributes `dir()` lists for values whose type keeps them outside its dict.
const FUNCTION_ATTRS: &[&str] = &[
    "__annotations__",
    "__builtins__",
    "__call__",
    "__closure__",
    "__code__",
    "__defaults__",
    "__dict__",
    "__globals__",
    "__kwdefaults__",
    "__module__",
    "__name__",
    "__qualname__",
    "__type_params__",
];
const GENERATOR_ATTRS: &[&str] = &[
    "__del__",
    "__name__",
    "__qualname__",
    "gi_code",
    "gi_frame",
    "gi_running",
    "gi_suspended",
    "gi_yieldfrom",
];
const BUILTIN_ATTRS: &[&str] = &[
    "__call__",
    "__module__",
    "__name__",
    "__qualname__",
    "__self__",
    "__text_signature__",
];
const CODE_ATTRS: &[&str] = &[
    "co_argcount",
    "co_cellvars",
    "co_code",
    "co_consts",
    "co_filename",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_name",
    "co_names",
    "co_nlocals",
    "co_posonlyargcount",
    "co_qualname",
    "co_stacksize",
    "co_varnames",
];
const EXCEPTION_ATTRS: &[&str] = &[
    "__cause__",
    "__context__",
    "__dict__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "args",
];
const SYNTAX_ERROR_ATTRS: &[&str] = &[
    "end_lineno",
    "end_offset",
    "filename",
    "lineno",
    "msg",
    "offset",
    "print_file_and_line",
    "text",
];

/// `super(B).__get__(obj, type=None)`: `super(B, obj)`, or itself for no object.
fn super_get(vm: &mut Vm, args: crate::object::types::Args<'_>) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let (this, obj) = (&args.pos[0], &args.pos[1]);
    let Value::Wrapper(w) = this else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    let PyWrapper::Super { ty, .. } = w.as_ref() else {
        return Err(vm.type_error("descriptor '__get__' requires a 'super' object"));
    };
    if obj.is_none() {
        return Ok(this.clone());
    }
    let pos = [Value::Type(ty.clone()), obj.clone()];
    crate::object::types::function::super_new(vm, crate::object::types::Args { pos: &pos, kw: &[] })
}

/// What `super(ty, obj)` finds for `name` before binding: the first class after `ty` in the
/// MRO of `start_type` (the class itself first) whose dict has the name.
fn super_find(ty: &Rc<PyType>, start_type: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
    let mro = start_type.mro.borrow();
    let chain = || std::iter::once(start_type).chain(mro.iter());
    let pos = chain().position(|t| Rc::ptr_eq(t, ty))?;
    let hash = name.hash();
    chain()
        .skip(pos + 1)
        .find_map(|t| t.dict.get_str_hashed(name.as_str(), hash))
}
