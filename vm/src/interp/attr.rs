//! Names and attributes: global/local/cell look-ups, attribute get/set/delete with
//! descriptors (functions, properties, classmethod, staticmethod), and special-method calls.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{PyCell, PyMethod, PyStr, PyWrapper};
use crate::object::Value;

impl Vm {
    // ----- names -----

    pub(super) fn load_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        if let Some(v) = self.cached_global(frame, arg) {
            frame.stack.push(v);
            return Ok(());
        }
        self.load_global_slow(frame, arg)
    }

    /// The value of global name `arg` through the code object's cache, when still valid.
    #[inline]
    fn cached_global(&self, frame: &Frame, arg: u32) -> Option<Value> {
        let c = frame.code.name_cache.get(arg as usize)?.get();
        if c.key == 0 || c.globals != Rc::as_ptr(&frame.globals) as usize {
            return None;
        }
        let globals = frame.globals.table.borrow();
        if globals.version() != c.globals_version {
            return None;
        }
        let found = |table: &crate::object::table::DictTable<Value, Value>| {
            let (k, v) = table.get_at(c.slot as usize)?;
            match k {
                Value::Str(s) if Rc::as_ptr(s) as usize == c.key => Some(v.clone()),
                _ => None,
            }
        };
        if !c.builtin {
            return found(&globals);
        }
        let builtins = self.builtins.table.borrow();
        if builtins.version() != c.builtins_version {
            return None;
        }
        found(&builtins)
    }

    #[inline(never)]
    fn load_global_slow(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let hash = name.hash();
        let find = |d: &crate::object::types::PyDict| -> Option<(usize, usize, Value)> {
            let table = d.table.borrow();
            let i = table.find_simple(hash, |k| {
                matches!(k, Value::Str(s) if Rc::ptr_eq(s, &name) || s.as_str() == name.as_str())
            })?;
            let (k, v) = table.get_at(i)?;
            let Value::Str(ks) = k else { return None };
            Some((i, Rc::as_ptr(ks) as usize, v.clone()))
        };
        let globals_version = frame.globals.table.borrow().version();
        let mut cache = crate::bytecode::code::NameCache {
            globals: Rc::as_ptr(&frame.globals) as usize,
            globals_version,
            ..Default::default()
        };
        let v = match find(&frame.globals) {
            Some((slot, key, v)) => {
                cache.slot = slot as u32;
                cache.key = key;
                v
            }
            None => match find(&self.builtins) {
                Some((slot, key, v)) => {
                    cache.slot = slot as u32;
                    cache.key = key;
                    cache.builtin = true;
                    cache.builtins_version = self.builtins.table.borrow().version();
                    v
                }
                None => return Err(self.name_error(name.as_str())),
            },
        };
        if let Some(cell) = frame.code.name_cache.get(arg as usize) {
            cell.set(cache);
        }
        frame.stack.push(v);
        Ok(())
    }

    pub(super) fn store_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let v = frame.stack.pop().unwrap_or(Value::None);
        self.dict_set(&frame.globals.clone(), Value::Str(name), v)
    }

    #[inline(never)]
    pub(super) fn delete_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        match self.dict_remove(&frame.globals.clone(), &Value::Str(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(self.name_error(name.as_str())),
        }
    }

    pub(super) fn load_name(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        // At module level the namespace is the globals: the global cache applies.
        if frame
            .locals
            .as_ref()
            .is_some_and(|l| Rc::ptr_eq(l, &frame.globals))
        {
            return self.load_global(frame, arg);
        }
        let name = frame.code.names[arg as usize].clone();
        if let Some(locals) = &frame.locals {
            if let Some(v) = self.dict_get_pystr(locals, &name) {
                frame.stack.push(v);
                return Ok(());
            }
        }
        self.load_global(frame, arg)
    }

    pub(super) fn store_name(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let v = frame.stack.pop().unwrap_or(Value::None);
        let ns = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        self.dict_set(&ns, Value::Str(name), v)
    }

    #[inline(never)]
    pub(super) fn delete_name(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let ns = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        match self.dict_remove(&ns, &Value::Str(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(self.name_error(name.as_str())),
        }
    }

    #[inline(never)]
    pub(super) fn delete_fast(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        if frame.fast[arg as usize].take().is_none() {
            return Err(self.unbound_local(frame, arg));
        }
        Ok(())
    }

    fn cell_at(frame: &Frame, arg: u32) -> Option<Rc<PyCell>> {
        match &frame.fast[arg as usize] {
            Some(Value::Cell(c)) => Some(c.clone()),
            _ => None,
        }
    }

    fn unbound_deref(&mut self, frame: &Frame, arg: u32) -> crate::error::PyErr {
        let name = frame.code.slot_names[arg as usize].as_str().to_string();
        if (arg as usize) < frame.code.free_start as usize {
            self.unbound_local(frame, arg)
        } else {
            self.new_error(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    #[inline(never)]
    pub(super) fn load_deref(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let v = Self::cell_at(frame, arg).and_then(|c| c.value.borrow().clone());
        match v {
            Some(v) => {
                frame.stack.push(v);
                Ok(())
            }
            None => Err(self.unbound_deref(frame, arg)),
        }
    }

    #[inline(never)]
    pub(super) fn store_deref(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let v = frame.stack.pop();
        if let Some(c) = Self::cell_at(frame, arg) {
            *c.value.borrow_mut() = v;
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn delete_deref(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let old = Self::cell_at(frame, arg).and_then(|c| c.value.borrow_mut().take());
        if old.is_none() {
            return Err(self.unbound_deref(frame, arg));
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn load_class_deref(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.slot_names[arg as usize].clone();
        if let Some(locals) = &frame.locals {
            if let Some(v) = self.dict_get_pystr(locals, &name) {
                frame.stack.push(v);
                return Ok(());
            }
        }
        self.load_deref(frame, arg)
    }

    #[inline(never)]
    pub(super) fn make_cell(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let slot = &mut frame.fast[arg as usize];
        let initial = slot.take();
        *slot = Some(Value::Cell(Rc::new(PyCell::new(initial))));
        Ok(())
    }

    // ----- attributes -----

    pub(super) fn load_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        let v = self.getattr(&obj, &name)?;
        frame.stack.push(v);
        Ok(())
    }

    /// Pushes `[method, obj]` when the attribute is a plain method found on the type, so the
    /// call needs no bound-method object; else `[attr, NULL]`.
    pub(super) fn load_method_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        let in_instance_dict = match &obj {
            Value::Instance(inst) => self.dict_get_pystr(&inst.dict, &name).is_some(),
            Value::Type(_) | Value::Module(_) | Value::Wrapper(_) => true,
            _ => false,
        };
        if !in_instance_dict {
            let ty = self.type_of(&obj);
            if let Some(m @ (Value::Function(_) | Value::Builtin(_))) =
                ty.lookup_hashed(name.as_str(), name.hash())
            {
                frame.stack.push(m);
                frame.stack.push(obj);
                return Ok(());
            }
        }
        let v = self.getattr(&obj, &name)?;
        frame.stack.push(v);
        frame.stack.push(Value::Null);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn store_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        let v = frame.stack.pop().unwrap_or(Value::None);
        self.setattr(&obj, &name, v)
    }

    #[inline(never)]
    pub(super) fn delete_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        self.delattr(&obj, &name)
    }

    /// Binds what was found on a type to `obj` (functions become methods).
    fn bind_descriptor(&mut self, found: Value, obj: &Value) -> PyResult<Value> {
        match &found {
            Value::Function(_) | Value::Builtin(_) => Ok(Value::Method(Rc::new(PyMethod {
                func: found,
                this: obj.clone(),
            }))),
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.attribute_error("property has no getter"));
                    }
                    self.call_value(&fget.clone(), std::slice::from_ref(obj), &[])
                }
                PyWrapper::ClassMethod(f) => {
                    let cls = Value::Type(self.type_of(obj));
                    Ok(Value::Method(Rc::new(PyMethod {
                        func: f.clone(),
                        this: cls,
                    })))
                }
                PyWrapper::StaticMethod(f) => Ok(f.clone()),
                _ => Ok(found),
            },
            _ => Ok(found),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
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
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    pub(crate) fn no_attribute(&mut self, obj: &Value, name: &str) -> crate::error::PyErr {
        let msg = match obj {
            Value::Type(t) => format!(
                "type object '{}' has no attribute '{name}'",
                t.name.as_str()
            ),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name.as_str()),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.attribute_error(msg)
    }

    /// Attribute look-up; `None` when missing (no error raised).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                let found = cls.lookup_hashed(n, name.hash());
                if let Some(Value::Wrapper(w)) = &found {
                    if matches!(w.as_ref(), PyWrapper::Property { .. }) {
                        return self
                            .bind_descriptor(found.clone().unwrap_or(Value::None), obj)
                            .map(Some);
                    }
                }
                if let Some(v) = self.dict_get_pystr(&inst.dict, name) {
                    return Ok(Some(v));
                }
                if let Some(data) = &inst.exc {
                    match n {
                        "args" => return Ok(Some(data.args.borrow().clone())),
                        "__cause__" => {
                            return Ok(Some(data.cause.borrow().clone().unwrap_or(Value::None)))
                        }
                        "__context__" => {
                            return Ok(Some(data.context.borrow().clone().unwrap_or(Value::None)))
                        }
                        "__suppress_context__" => {
                            return Ok(Some(Value::Bool(data.suppress_context.get())))
                        }
                        "__traceback__" => return Ok(Some(self.traceback_object(inst))),
                        "errno" | "strerror" | "filename" | "filename2"
                            if cls.is_subtype(&self.exc_type(ExcKind::OSError)) =>
                        {
                            return Ok(Some(Value::None))
                        }
                        "name" | "path" | "msg"
                            if cls.is_subtype(&self.exc_type(ExcKind::ImportError)) =>
                        {
                            let args = data.args.borrow().clone();
                            return Ok(Some(match (&args, n) {
                                (Value::Tuple(t), "msg") if t.items.len() == 1 => {
                                    t.items[0].clone()
                                }
                                _ => Value::None,
                            }));
                        }
                        "value" | "code" => {
                            let kind = if n == "value" {
                                ExcKind::StopIteration
                            } else {
                                ExcKind::SystemExit
                            };
                            if cls.is_subtype(&self.exc_type(kind))
                                && inst.dict.get_str(n).is_none()
                            {
                                let args = data.args.borrow().clone();
                                return Ok(Some(match &args {
                                    Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
                                    Value::Tuple(t) if t.items.is_empty() => Value::None,
                                    other => other.clone(),
                                }));
                            }
                        }
                        _ => {}
                    }
                }
                if let Some(f) = found {
                    return self.bind_descriptor(f, obj).map(Some);
                }
                if n == "__class__" {
                    return Ok(Some(Value::Type(cls)));
                }
                if n == "__dict__" {
                    return Ok(Some(crate::object::types::dict::dict_copy_value(
                        &inst.dict,
                    )));
                }
                if cls.lookup("__getattr__").is_some() {
                    let r = self.call_special(obj, "__getattr__", &[Value::Str(name.clone())]);
                    return match r {
                        Ok(v) => Ok(v),
                        Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            Value::Type(t) => {
                if let Some(found) = t.lookup(n) {
                    return Ok(Some(match &found {
                        Value::Wrapper(w) => match w.as_ref() {
                            PyWrapper::ClassMethod(f) => Value::Method(Rc::new(PyMethod {
                                func: f.clone(),
                                this: obj.clone(),
                            })),
                            PyWrapper::StaticMethod(f) => f.clone(),
                            _ => found,
                        },
                        _ => found,
                    }));
                }
                Ok(match n {
                    "__name__" => Some(Value::Str(t.name.clone())),
                    "__qualname__" => Some(Value::Str(t.qualname.borrow().clone())),
                    "__module__" => Some(Value::Str(t.module.clone())),
                    "__mro__" => {
                        let mut items = vec![obj.clone()];
                        items.extend(t.mro.iter().map(|m| Value::Type(m.clone())));
                        Some(Value::tuple(items))
                    }
                    "__bases__" => Some(Value::tuple(
                        t.bases.iter().map(|b| Value::Type(b.clone())).collect(),
                    )),
                    "__base__" => Some(
                        t.bases
                            .first()
                            .map_or(Value::None, |b| Value::Type(b.clone())),
                    ),
                    "__doc__" => Some(Value::None),
                    "__class__" => Some(Value::Type(self.types.type_.clone())),
                    "__dict__" => Some(crate::object::types::dict::dict_copy_value(&t.dict)),
                    _ => None,
                })
            }
            Value::Module(m) => {
                if let Some(v) = self.dict_get_pystr(&m.dict, name) {
                    return Ok(Some(v));
                }
                match n {
                    "__dict__" => return Ok(Some(Value::Dict(m.dict.clone()))),
                    "__class__" => return Ok(Some(Value::Type(self.types.module.clone()))),
                    _ => {}
                }
                // PEP 562: a module's own `__getattr__` answers for missing names.
                let Some(hook) = m.dict.get_str("__getattr__") else {
                    return Ok(None);
                };
                match self.call_value(&hook, &[Value::Str(name.clone())], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Value::Function(f) => {
                if let Some(v) = self.dict_get_pystr(&f.dict, name) {
                    return Ok(Some(v));
                }
                Ok(match n {
                    "__name__" => Some(Value::Str(f.name.borrow().clone())),
                    "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                    "__doc__" => Some(
                        f.code
                            .consts
                            .first()
                            .filter(|c| matches!(c, Value::Str(_)))
                            .cloned()
                            .unwrap_or(Value::None),
                    ),
                    "__defaults__" => Some(if f.defaults.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.defaults.clone())
                    }),
                    "__module__" => Some(
                        self.dict_get_str(&f.globals, "__name__")
                            .unwrap_or(Value::None),
                    ),
                    "__code__" => Some(Value::Code(f.code.clone())),
                    "__class__" => Some(Value::Type(self.types.function.clone())),
                    "__dict__" => Some(Value::Dict(Rc::new(crate::object::types::PyDict::new()))),
                    _ => None,
                })
            }
            Value::Method(m) => Ok(match n {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" => {
                    return self.getattr_opt(&m.func.clone(), name)
                }
                _ => None,
            }),
            Value::Builtin(b) => Ok(match n {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                "__doc__" => Some(Value::None),
                _ => None,
            }),
            Value::Wrapper(w) => {
                if let PyWrapper::Super { ty, obj: this } = w.as_ref() {
                    return self.super_getattr(ty, this, n);
                }
                if let PyWrapper::Property { fget, doc, .. } = w.as_ref() {
                    match n {
                        "fget" => return Ok(Some(fget.clone())),
                        "__doc__" => return Ok(Some(doc.clone())),
                        _ => {}
                    }
                }
                self.builtin_attr(obj, n)
            }
            _ => self.builtin_attr(obj, n),
        }
    }

    /// Attributes of built-in values: methods from the type, and a few data attributes.
    fn builtin_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        if let Some(found) = ty.lookup(n) {
            return self.bind_descriptor(found, obj).map(Some);
        }
        Ok(match (obj, n) {
            (_, "__class__") => Some(Value::Type(ty)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                Some(self.call_value(
                    &Value::Type(self.types.int.clone()),
                    std::slice::from_ref(obj),
                    &[],
                )?)
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start" | "stop" | "step") => {
                let (a, b, c) = crate::object::types::range::bounds(r);
                let v = match n {
                    "start" => a,
                    "stop" => b,
                    _ => c,
                };
                Some(Value::from_bigint(v))
            }
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Generator(g), "__name__") => Some(Value::Str(g.name.clone())),
            (Value::Code(c), "co_name") => Some(Value::Str(c.name.clone())),
            _ => None,
        })
    }

    fn super_getattr(
        &mut self,
        ty: &Rc<crate::object::types::PyType>,
        this: &Value,
        n: &str,
    ) -> PyResult<Option<Value>> {
        let start_type = match this {
            Value::Type(t) => t.clone(),
            other => self.type_of(other),
        };
        let mut mro = vec![start_type.clone()];
        mro.extend(start_type.mro.iter().cloned());
        let pos = mro
            .iter()
            .position(|t| Rc::ptr_eq(t, ty))
            .map_or(mro.len(), |p| p + 1);
        for t in &mro[pos..] {
            if let Some(found) = self.dict_get_str(&t.dict, n) {
                if let Value::Type(_) = this {
                    if let Value::Wrapper(w) = &found {
                        if let PyWrapper::ClassMethod(f) = w.as_ref() {
                            return Ok(Some(Value::Method(Rc::new(PyMethod {
                                func: f.clone(),
                                this: this.clone(),
                            }))));
                        }
                    }
                    return Ok(Some(found));
                }
                return self.bind_descriptor(found, this).map(Some);
            }
        }
        Ok(None)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if inst.class.lookup_heap("__setattr__").is_some() {
                self.call_special(obj, "__setattr__", &[Value::Str(name.clone()), value])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`: descriptors, then the instance dict; no user `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            // `object()` and traceback instances have no `__dict__` to store into.
            Value::Instance(inst)
                if Rc::ptr_eq(&inst.class, &self.types.object)
                    || Rc::ptr_eq(&inst.class, &self.types.traceback) =>
            {
                Err(self.no_attribute(obj, name.as_str()))
            }
            Value::Instance(inst) => {
                if let Some(Value::Wrapper(w)) =
                    inst.class.lookup_hashed(name.as_str(), name.hash())
                {
                    if let PyWrapper::Property { fset, .. } = w.as_ref() {
                        if fset.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                inst.class.name.as_str()
                            )));
                        }
                        self.call_value(&fset.clone(), &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                if let Some(data) = &inst.exc {
                    match name.as_str() {
                        "args" => {
                            let items = self.collect(&value)?;
                            *data.args.borrow_mut() = Value::tuple(items);
                            return Ok(());
                        }
                        "__cause__" => {
                            *data.cause.borrow_mut() =
                                if value.is_none() { None } else { Some(value) };
                            data.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            *data.context.borrow_mut() =
                                if value.is_none() { None } else { Some(value) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            let b = self.truthy(&value)?;
                            data.suppress_context.set(b);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.dict_set(&inst.dict, Value::Str(name.clone()), value)
            }
            Value::Type(t) if t.heap => self.dict_set(&t.dict, Value::Str(name.clone()), value),
            Value::Type(t) => Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name.as_str()
            ))),
            Value::Module(m) => self.dict_set(&m.dict.clone(), Value::Str(name.clone()), value),
            Value::Function(f) => match name.as_str() {
                "__name__" => {
                    if let Value::Str(s) = value {
                        *f.name.borrow_mut() = s;
                    }
                    Ok(())
                }
                "__qualname__" => {
                    if let Value::Str(s) = value {
                        *f.qualname.borrow_mut() = s;
                    }
                    Ok(())
                }
                _ => self.dict_set(&f.dict, Value::Str(name.clone()), value),
            },
            _ => {
                let ty = self.type_of(obj);
                if ty.lookup(name.as_str()).is_some() {
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        ty.name.as_str(),
                        name.as_str()
                    )));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let dict = match obj {
            Value::Instance(inst) => {
                if let Some(Value::Wrapper(w)) = inst.class.lookup(name.as_str()) {
                    if let PyWrapper::Property { fdel, .. } = w.as_ref() {
                        if !fdel.is_none() {
                            self.call_value(&fdel.clone(), std::slice::from_ref(obj), &[])?;
                            return Ok(());
                        }
                    }
                }
                Some(&inst.dict)
            }
            Value::Type(t) if t.heap => Some(&t.dict),
            Value::Module(m) => Some(m.dict.as_ref()),
            Value::Function(f) => Some(&f.dict),
            _ => None,
        };
        if let Some(d) = dict {
            if self.dict_remove_str(d, name.as_str()).is_some() {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, name.as_str()))
    }

    /// Calls special method `name` found on the type of `obj`; `None` when the type lacks it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let Some(found) = ty.lookup(name) else {
            return Ok(None);
        };
        match &found {
            Value::Function(_) | Value::Builtin(_) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call_value(&found, &all, &[]).map(Some)
            }
            _ => {
                let bound = self.bind_descriptor(found, obj)?;
                self.call_value(&bound, args, &[]).map(Some)
            }
        }
    }
}
