//! Names and the attribute instructions: global/local/cell look-ups, and the instructions
//! that get, set and delete attributes (the protocol itself is in `descr.rs`).

use std::rc::Rc;

use super::{Flow, Frame, Vm};
use crate::bytecode::{AttrCache, CodeFlags};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{
    attr_cache, PyCell, PyFunction, PyInstance, PyStr, PyWrapper, TypeFlags,
};
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
        if let Some(map) = frame.locals_map.clone() {
            if let Some(v) = self.mapping_lookup(&map, &name)? {
                frame.stack.push(v);
                return Ok(());
            }
        }
        if let Some(locals) = &frame.locals {
            if let Some(v) = self.dict_get_pystr(locals, &name) {
                frame.stack.push(v);
                return Ok(());
            }
        }
        self.load_global(frame, arg)
    }

    /// `map[name]`, `None` on KeyError (a namespace that is not a dict).
    #[inline(never)]
    pub(crate) fn mapping_lookup(
        &mut self,
        map: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        match self.getitem(map, &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(super) fn store_name(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let v = frame.stack.pop().unwrap_or(Value::None);
        if let Some(map) = frame.locals_map.clone() {
            return self.setitem(&map, Value::Str(name), v);
        }
        let ns = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        self.dict_set(&ns, Value::Str(name), v)
    }

    #[inline(never)]
    pub(super) fn delete_name(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        if let Some(map) = frame.locals_map.clone() {
            return match self.delitem(&map, &Value::Str(name.clone())) {
                Err(e) if self.err_matches(&e, ExcKind::KeyError) => {
                    Err(self.name_error(name.as_str()))
                }
                other => other,
            };
        }
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
        if let Some(map) = frame.locals_map.clone() {
            if let Some(v) = self.mapping_lookup(&map, &name)? {
                frame.stack.push(v);
                return Ok(());
            }
        }
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
        let cell = Value::Cell(Rc::new(PyCell::new(initial)));
        crate::object::gc::track(&cell);
        *slot = Some(cell);
        Ok(())
    }

    // ----- attributes -----

    pub(super) fn load_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> Flow {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        if let Value::Instance(inst) = &obj {
            // An attribute this instruction found in the instance's dict before, the class
            // still having nothing of that name.
            let site = frame.code.attr_cache[arg as usize].get();
            let valid = site.class == inst.class_addr() && site.epoch == attr_cache::epoch();
            if valid && !site.general {
                if let Some(v) = self.dict_get_pystr(&inst.dict, &name) {
                    frame.stack.push(v);
                    return Flow::Next;
                }
            }
            if !valid {
                self.note_dict_attr(frame, arg, inst, &name);
            }
            if let Some(fget) = property_getter(inst, &name) {
                // The getter runs as a frame of this loop: no native recursion.
                return match self.function_frame(&fget, std::slice::from_ref(&obj), &[]) {
                    Ok(fr) => Flow::Call(fr),
                    Err(e) => Flow::Raise(e),
                };
            }
        }
        match self.getattr(&obj, &name) {
            Ok(v) => {
                frame.stack.push(v);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    /// Records in the instruction's cache whether instances of `inst`'s class keep `name` in
    /// their dict, for loads and stores alike: the class has nothing of that name and nothing
    /// else intervenes (`__getattribute__`, `__setattr__`, `__slots__` without `__dict__`,
    /// built-in classes, an exception's or a built-in base's own attributes).
    #[inline(never)]
    fn note_dict_attr(&mut self, frame: &Frame, arg: u32, inst: &PyInstance, name: &Rc<PyStr>) {
        let cls = inst.class();
        let general = cls.has_flag(TypeFlags::GETATTRIBUTE | TypeFlags::SETATTR)
            || cls.has_flag(TypeFlags::NO_DICT)
            || !cls.heap
            || inst.exc.is_some()
            || inst.base.is_some()
            || attr_cache::lookup(&cls, name).is_some();
        frame.code.attr_cache[arg as usize].set(AttrCache {
            class: inst.class_addr(),
            epoch: attr_cache::epoch(),
            general,
        });
    }

    /// Pushes `[method, obj]` when the attribute is a plain method found on the type, so the
    /// call needs no bound-method object; else `[attr, NULL]`.
    pub(super) fn load_method_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        let in_instance_dict = match &obj {
            Value::Instance(inst) => {
                inst.class()
                    .has_flag(crate::object::types::TypeFlags::GETATTRIBUTE)
                    || self.dict_get_pystr(&inst.dict, &name).is_some()
            }
            Value::Type(_) | Value::Module(_) | Value::Wrapper(_) => true,
            _ => false,
        };
        if !in_instance_dict {
            let ty = self.type_of(&obj);
            if let Some(m @ (Value::Function(_) | Value::Builtin(_))) =
                crate::object::types::attr_cache::lookup(&ty, &name)
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
        if let Value::Instance(inst) = &obj {
            let site = frame.code.attr_cache[arg as usize].get();
            let valid = site.class == inst.class_addr() && site.epoch == attr_cache::epoch();
            if valid && !site.general {
                return self.dict_set(&inst.dict, Value::Str(name), v);
            }
            self.setattr(&obj, &name, v)?;
            if !valid {
                self.note_dict_attr(frame, arg, inst, &name);
            }
            return Ok(());
        }
        self.setattr(&obj, &name, v)
    }

    #[inline(never)]
    pub(super) fn delete_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or(Value::None);
        self.delattr(&obj, &name)
    }
}

/// The getter of a `property` the class of `inst` has under `name`, when it is a plain
/// Python function that plain attribute access would call: the class defines neither
/// `__getattribute__` nor `__getattr__` (which sees the getter's AttributeError).
fn property_getter(inst: &PyInstance, name: &Rc<PyStr>) -> Option<Rc<PyFunction>> {
    let cls = inst.class();
    if cls.has_flag(TypeFlags::GETATTRIBUTE | TypeFlags::GETATTR) {
        return None;
    }
    let Value::Wrapper(w) = attr_cache::lookup(&cls, name)? else {
        return None;
    };
    match &*w {
        PyWrapper::Property {
            fget: Value::Function(f),
            ..
        } if !f.code.flags.has(CodeFlags::GENERATOR) => Some(f.clone()),
        _ => None,
    }
}
