//! Names and the attribute instructions: global/local/cell look-ups, and the instructions
//! that get, set and delete attributes (the protocol itself is in `descr.rs`).

use std::rc::{Rc, Weak};

use super::{Flow, Frame, Vm};
use crate::bytecode::{AttrCache, AttrKind, CachedFn, CodeFlags};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{
    attr_cache, PyCell, PyDict, PyInstance, PyStr, PyType, PyWrapper, TypeFlags,
};
use crate::object::{discard, discard_slot, Value};

thread_local! {
    /// Globals dicts that are the storage of a dict subclass instance `exec`/`eval` ran code
    /// in, with that instance.
    static SUBCLASS_GLOBALS: std::cell::RefCell<Vec<(Weak<PyDict>, Weak<PyInstance>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Records that `dict` is the storage of `owner`, a dict subclass used as globals.
pub(crate) fn register_subclass_globals(dict: &Rc<PyDict>, owner: &Rc<PyInstance>) {
    SUBCLASS_GLOBALS.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|(d, o)| d.strong_count() > 0 && o.strong_count() > 0);
        if !r
            .iter()
            .any(|(d, _)| std::ptr::eq(d.as_ptr(), Rc::as_ptr(dict)))
        {
            r.push((Rc::downgrade(dict), Rc::downgrade(owner)));
        }
    });
}

/// The value at entry `slot` of a namespace when its key is still the object at `key`.
#[inline(always)]
fn cached_entry(
    table: &crate::object::table::DictTable<Value, Value>,
    slot: u32,
    key: usize,
) -> Option<Value> {
    match table.get_at(slot as usize)? {
        (Value::Str(s), v) if Rc::as_ptr(s) as usize == key => Some(v.clone()),
        _ => None,
    }
}

/// The dict subclass instance whose storage `dict` is, when code runs with it as globals.
fn subclass_globals_owner(dict: &Rc<PyDict>) -> Option<Value> {
    SUBCLASS_GLOBALS.with(|r| {
        let r = r.borrow();
        r.iter()
            .find(|(d, _)| std::ptr::eq(d.as_ptr(), Rc::as_ptr(dict)))
            .and_then(|(_, o)| o.upgrade())
            .map(Value::Instance)
    })
}

impl Vm {
    // ----- names -----

    /// `LoadGlobal`: out of line with its cache look-up inlined, so the value found goes
    /// onto the stack without passing through memory on the way back.
    #[inline(never)]
    pub(super) fn load_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        if let Some(v) = self.cached_global(frame, arg) {
            frame.stack.push(v);
            return Ok(());
        }
        self.load_global_slow(frame, arg)
    }

    /// The value of global name `arg` through the code object's cache, when still valid.
    #[inline(always)]
    fn cached_global(&self, frame: &Frame, arg: u32) -> Option<Value> {
        let c = frame.code.name_cache.get(arg as usize)?.get();
        if c.key == 0 || c.globals != Rc::as_ptr(&frame.globals) as usize {
            return None;
        }
        let globals = frame.globals.table.borrow();
        if globals.version() != c.globals_version {
            return None;
        }
        if !c.builtin {
            return cached_entry(&globals, c.slot, c.key);
        }
        drop(globals);
        let builtins = self.builtins.table.borrow();
        if builtins.version() != c.builtins_version {
            return None;
        }
        cached_entry(&builtins, c.slot, c.key)
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
        let mut cacheable = true;
        let v = match find(&frame.globals) {
            Some((slot, key, v)) => {
                cache.slot = slot as u32;
                cache.key = key;
                v
            }
            None => match subclass_globals_owner(&frame.globals) {
                // The storage of a dict subclass `exec`/`eval` ran code in: its
                // `__getitem__` (and `__missing__`) has a say before the builtins, every time.
                Some(owner) => {
                    cacheable = false;
                    match self.mapping_lookup(&owner, &name)? {
                        Some(v) => v,
                        None => match self.dict_get_pystr(&self.builtins.clone(), &name) {
                            Some(v) => v,
                            None => return Err(self.name_error(frame, name.as_str())),
                        },
                    }
                }
                None if self.custom_builtins(&frame.globals).is_some() => {
                    // Not cached: the look-up goes through the globals' own `__builtins__`.
                    let custom = self.custom_builtins(&frame.globals).unwrap_or_default();
                    let found = match &custom {
                        Value::Dict(d) => self.dict_get_pystr(d, &name),
                        Value::Module(m) => self.dict_get_pystr(&m.dict, &name),
                        other => self.mapping_lookup(other, &name)?,
                    };
                    match found {
                        Some(v) => v,
                        None => return Err(self.name_error(frame, name.as_str())),
                    }
                }
                None => match find(&self.builtins) {
                    Some((slot, key, v)) => {
                        cache.slot = slot as u32;
                        cache.key = key;
                        cache.builtin = true;
                        cache.builtins_version = self.builtins.table.borrow().version();
                        v
                    }
                    None => return Err(self.name_error(frame, name.as_str())),
                },
            },
        };
        if let Some(cell) = frame
            .code
            .name_cache
            .get(arg as usize)
            .filter(|_| cacheable)
        {
            cell.set(cache);
        }
        frame.stack.push(v);
        Ok(())
    }

    /// The globals' `__builtins__` when it is not the interpreter's own namespace (`eval` with
    /// `{'__builtins__': {...}}`).
    #[inline(never)]
    fn custom_builtins(&self, globals: &crate::object::types::PyDict) -> Option<Value> {
        match globals.get_str("__builtins__")? {
            Value::Dict(d) if Rc::ptr_eq(&d, &self.builtins) => None,
            Value::Module(m) if Rc::ptr_eq(&m.dict, &self.builtins) => None,
            other => Some(other),
        }
    }

    pub(super) fn store_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let v = frame.stack.pop().unwrap_or_default();
        self.dict_set(&frame.globals.clone(), Value::Str(name), v)
    }

    #[inline(never)]
    pub(super) fn delete_global(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        match self.dict_remove(&frame.globals.clone(), &Value::Str(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(self.name_error(frame, name.as_str())),
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

    /// A name of a class body's annotation scope: the class namespace (on the stack), then
    /// the globals and builtins.
    #[inline(never)]
    pub(super) fn load_from_dict_or_globals(
        &mut self,
        frame: &mut Frame,
        arg: u32,
    ) -> PyResult<()> {
        let ns = frame.stack.pop().unwrap_or_default();
        let name = frame.code.names[arg as usize].clone();
        let found = match &ns {
            Value::Dict(d) => self.dict_get_pystr(d, &name),
            Value::None => None,
            other => self.mapping_lookup(other, &name)?,
        };
        match found {
            Some(v) => {
                frame.stack.push(v);
                Ok(())
            }
            None => self.load_global(frame, arg),
        }
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
        let v = frame.stack.pop().unwrap_or_default();
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
                    Err(self.name_error(frame, name.as_str()))
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
            None => Err(self.name_error(frame, name.as_str())),
        }
    }

    #[inline(never)]
    pub(super) fn delete_fast(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        use crate::bytecode::opcode::DELETE_FAST_QUIET;
        let slot = arg & !DELETE_FAST_QUIET;
        if frame.fast[slot as usize].take().is_none() && arg & DELETE_FAST_QUIET == 0 {
            return Err(self.unbound_local(frame, slot));
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
        let v = match &frame.fast[arg as usize] {
            Some(Value::Cell(c)) => c.value.borrow().clone(),
            _ => None,
        };
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
        if let Some(v) = self.instance_dict_hit(frame, arg) {
            if let Some(top) = frame.stack.last_mut() {
                discard(std::mem::replace(top, v));
            }
            return Flow::Next;
        }
        self.load_attr_slow(frame, arg)
    }

    /// The hot case of `LoadAttr`: an instance whose class was last seen at this name with
    /// the attribute in the instance's dict or a slot, found at its remembered place. The
    /// name and the object stay where they are (no reference-count traffic).
    #[inline(always)]
    fn instance_dict_hit(&self, frame: &Frame, arg: u32) -> Option<Value> {
        let Some(Value::Instance(inst)) = frame.stack.last() else {
            return None;
        };
        instance_hit(frame, arg, inst)
    }

    /// `LoadFastAttr`: `self.x` read straight from the local when the cache hits.
    #[inline(always)]
    pub(super) fn load_fast_attr(&mut self, frame: &mut Frame, arg: u32) -> Flow {
        let name = frame.code.instrs.get(frame.ip).map_or(0, |i| i.arg);
        let hit = match frame.fast.get(arg as usize) {
            Some(Some(Value::Instance(inst))) => instance_hit(frame, name, inst),
            _ => None,
        };
        if let Some(v) = hit {
            frame.stack.push(v);
            frame.ip += 1;
            return Flow::Next;
        }
        match &frame.fast[arg as usize] {
            Some(v) => {
                frame.stack.push(v.clone());
                Flow::Next
            }
            None => Flow::Raise(self.unbound_local(frame, arg)),
        }
    }

    /// `StoreFastAttr`: `self.x = v` stored straight into the local's dict or slot when the
    /// cache hits.
    #[inline(always)]
    pub(super) fn store_fast_attr(&mut self, frame: &mut Frame, arg: u32) -> Flow {
        let name = frame.code.instrs.get(frame.ip).map_or(0, |i| i.arg);
        if let Some(Some(Value::Instance(_))) = frame.fast.get(arg as usize) {
            let v = frame.stack.pop().unwrap_or_default();
            let Some(Some(Value::Instance(inst))) = frame.fast.get(arg as usize) else {
                unreachable!("checked above")
            };
            match self.store_hit(frame, name, inst, v) {
                Ok(r) => {
                    frame.ip += 1;
                    return r.into();
                }
                Err(v) => frame.stack.push(v),
            }
        }
        match &frame.fast[arg as usize] {
            Some(v) => {
                frame.stack.push(v.clone());
                Flow::Next
            }
            None => Flow::Raise(self.unbound_local(frame, arg)),
        }
    }

    /// Stores `v` as attribute `names[arg]` of `inst` when the cache of that name knows
    /// where `inst`'s class keeps it: the instance's dict (at the remembered entry,
    /// elsewhere, or as a new attribute of an `__init__` filling a new instance: no name
    /// clone, no cache fill) or a slot. Gives `v` back otherwise.
    #[inline(always)]
    fn store_hit(
        &mut self,
        frame: &Frame,
        arg: u32,
        inst: &PyInstance,
        v: Value,
    ) -> Result<PyResult<()>, Value> {
        match cached_way(frame, arg, inst) {
            Some((way, AttrKind::Dict)) => {
                let name = &frame.code.names[arg as usize];
                let hint = &frame.code.attr_hint[arg as usize][way];
                Ok(self.store_in_dict(inst, name, v, hint))
            }
            Some((_, AttrKind::Slot(i))) => {
                drop(store_slot(inst, i, v));
                Ok(Ok(()))
            }
            _ => Err(v),
        }
    }

    /// `inst.name = v` in the instance's dict, at the entry `hint` remembers when it is
    /// that name's.
    #[inline(always)]
    fn store_in_dict(
        &mut self,
        inst: &PyInstance,
        name: &Rc<PyStr>,
        v: Value,
        hint: &std::cell::Cell<u32>,
    ) -> PyResult<()> {
        if self.dict_set_hinted(&inst.dict, name, v, hint)? {
            inst.note_dict_len();
        }
        Ok(())
    }

    #[inline(never)]
    fn load_attr_slow(&mut self, frame: &mut Frame, arg: u32) -> Flow {
        // `Cls.name`: the class is replaced in place (no name or stack traffic).
        if let Some(Value::Type(t)) = frame.stack.last() {
            if let Some((kind, v)) = self.class_value(frame, arg, t) {
                if let Some(top) = frame.stack.last_mut() {
                    let v = if kind == AttrKind::ClassMethod {
                        super::descr::bound(v, top.clone())
                    } else {
                        v
                    };
                    discard(std::mem::replace(top, v));
                }
                return Flow::Next;
            }
        }
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or_default();
        if let Value::Instance(inst) = &obj {
            let (kind, found) = self.attr_site(frame, arg, inst, &name);
            match kind {
                AttrKind::Dict | AttrKind::DictRead => {
                    let hint = hint_of(frame, arg, inst);
                    if let Some(v) = self.dict_get_hinted(&inst.dict, &name, hint) {
                        frame.stack.push(v);
                        return Flow::Next;
                    }
                }
                AttrKind::Method if self.dict_get_pystr(&inst.dict, &name).is_none() => {
                    if let Some(f) = found {
                        frame.stack.push(super::descr::bound(f, obj));
                        return Flow::Next;
                    }
                }
                AttrKind::Slot(i) | AttrKind::SlotRead(i) => {
                    let v = inst.slots.borrow().get(i as usize).cloned().flatten();
                    if let Some(v) = v {
                        frame.stack.push(v);
                        return Flow::Next;
                    }
                }
                AttrKind::TupleItem => {
                    let slot = self.tuple_getter.as_ref().map(|t| t.slot);
                    let item = found
                        .as_ref()
                        .zip(slot)
                        .and_then(|(g, s)| tuple_item(inst, g, s));
                    if let Some(v) = item {
                        frame.stack.push(v);
                        return Flow::Next;
                    }
                }
                AttrKind::ClassAttr => {
                    if let Some(v) = self.dict_get_pystr(&inst.dict, &name).or(found) {
                        frame.stack.push(v);
                        return Flow::Next;
                    }
                }
                AttrKind::Class => {
                    frame.stack.push(Value::Type(inst.class()));
                    return Flow::Next;
                }
                AttrKind::Property => {
                    if let Some(Value::Function(fget)) = found {
                        // The getter runs as a frame of this loop: no native recursion.
                        return match self.function_frame(&fget, std::slice::from_ref(&obj), &[]) {
                            Ok(fr) => Flow::Call(fr),
                            Err(e) => Flow::Raise(e),
                        };
                    }
                }
                _ => {}
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

    /// The cache entry of name `arg` for `inst`'s class, filled first when it is stale.
    /// Inlined: under wasm a call costs more than the hit itself.
    #[inline(always)]
    fn attr_site(
        &mut self,
        frame: &Frame,
        arg: u32,
        inst: &PyInstance,
        name: &Rc<PyStr>,
    ) -> (AttrKind, Option<Value>) {
        match cached_site(frame, arg, inst.class_addr()) {
            Some(hit) => hit,
            None => self.fill_attr_site(frame, arg, inst, name),
        }
    }

    /// Works out how instances of `inst`'s class find `name`, and records it (see
    /// `AttrKind`): nothing may intervene (`__getattribute__`; for the dict, `__setattr__`,
    /// `__slots__` without `__dict__`, built-in classes, an exception's or a built-in base's
    /// own attributes; for a property, `__getattr__`, which sees the getter's AttributeError).
    #[inline(never)]
    fn fill_attr_site(
        &mut self,
        frame: &Frame,
        arg: u32,
        inst: &PyInstance,
        name: &Rc<PyStr>,
    ) -> (AttrKind, Option<Value>) {
        let cls = inst.class();
        let found = attr_cache::lookup(&cls, name);
        let (kind, cached) = if cls.has_flag(TypeFlags::GETATTRIBUTE) {
            (AttrKind::General, None)
        } else {
            match &found {
                None => {
                    let dict = !(cls.has_flag(TypeFlags::NO_DICT)
                        || !cls.heap
                        || inst.exc.is_some()
                        || inst.base.is_some());
                    let kind = match (dict, cls.has_flag(TypeFlags::SETATTR)) {
                        (false, _) => AttrKind::General,
                        (true, false) => AttrKind::Dict,
                        (true, true) => AttrKind::DictRead,
                    };
                    (kind, None)
                }
                Some(Value::Function(f)) => {
                    (AttrKind::Method, Some(CachedFn::Python(Rc::downgrade(f))))
                }
                Some(m @ Value::Builtin(b)) if b.owner.is_some() => {
                    (AttrKind::Method, Some(CachedFn::Native(m.clone())))
                }
                Some(Value::Wrapper(w)) if !cls.has_flag(TypeFlags::GETATTR) => match &**w {
                    PyWrapper::Property {
                        fget: Value::Function(f),
                        ..
                    } if !f.flags().has(CodeFlags::GENERATOR) => {
                        (AttrKind::Property, Some(CachedFn::Python(Rc::downgrade(f))))
                    }
                    PyWrapper::Member { index, .. } if cls.has_flag(TypeFlags::SETATTR) => {
                        (AttrKind::SlotRead(*index as u32), None)
                    }
                    PyWrapper::Member { index, .. } => (AttrKind::Slot(*index as u32), None),
                    PyWrapper::GetSet(def)
                        if std::ptr::eq(*def, &crate::object::types::typeobj::OBJECT_CLASS) =>
                    {
                        (AttrKind::Class, None)
                    }
                    _ => (AttrKind::General, None),
                },
                Some(Value::Instance(g))
                    if matches!(inst.base, Some(Value::Tuple(_))) && self.is_tuple_getter(g) =>
                {
                    (
                        AttrKind::TupleItem,
                        Some(CachedFn::Instance(Rc::downgrade(g))),
                    )
                }
                Some(
                    v @ (Value::None
                    | Value::Bool(_)
                    | Value::Int(_)
                    | Value::Float(_)
                    | Value::Str(_)),
                ) => (AttrKind::ClassAttr, Some(CachedFn::Native(v.clone()))),
                Some(Value::Instance(g)) if !g.class_has_flag(TypeFlags::DESCR_GET) => (
                    AttrKind::ClassAttr,
                    Some(CachedFn::Instance(Rc::downgrade(g))),
                ),
                Some(_) => (AttrKind::General, None),
            }
        };
        let value = cached.as_ref().and_then(CachedFn::get);
        remember(
            frame,
            arg,
            AttrCache {
                class: inst.class_addr(),
                epoch: attr_cache::epoch(),
                kind,
                found: cached,
            },
        );
        (kind, value)
    }

    /// Pushes `[method, obj]` when the attribute is a plain method found on the type, so the
    /// call needs no bound-method object; else `[attr, NULL]`.
    pub(super) fn load_method_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        if let Some(Value::Instance(inst)) = frame.stack.last() {
            if let Some(way) = way_of(frame, arg, inst, AttrKind::Method) {
                let name = &frame.code.names[arg as usize];
                let ways = frame.code.attr_cache[arg as usize].borrow();
                if let Some(m) = ways[way].found.as_ref().and_then(CachedFn::get) {
                    if self.dict_get_pystr(&inst.dict, name).is_none() {
                        drop(ways);
                        // [obj] -> [method, obj]
                        if let Some(top) = frame.stack.last_mut() {
                            let obj = std::mem::replace(top, m);
                            frame.stack.push(obj);
                        }
                        return Ok(());
                    }
                    drop(ways);
                    discard(m);
                }
            }
        }
        if let Some(m) = self.builtin_method_hit(frame, arg) {
            // [obj] -> [method, obj]
            if let Some(top) = frame.stack.last_mut() {
                let obj = std::mem::replace(top, m);
                frame.stack.push(obj);
            }
            return Ok(());
        }
        self.load_method_general(frame, arg)
    }

    /// The method `list.append`, `str.join`, `dict.get`... the name's cache entry holds for
    /// the built-in type of the object on top of the stack, found without a reference to it.
    #[inline]
    fn builtin_method_hit(&self, frame: &Frame, arg: u32) -> Option<Value> {
        let t = &self.types;
        let ty = match frame.stack.last()? {
            Value::Str(_) => &t.str_,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Set(s) if !s.frozen => &t.set,
            Value::Bytes(_) => &t.bytes,
            Value::Tuple(_) => &t.tuple,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            _ => return None,
        };
        match cached_site(frame, arg, Rc::as_ptr(ty) as usize)? {
            (AttrKind::General, found) => found,
            (_, found) => {
                discard_slot(found);
                None
            }
        }
    }

    /// `LoadSuperAttr`/`LoadSuperMethod`: `super().name` looked up along the MRO without
    /// making the super object, when `super` is the built-in one and its arguments are
    /// right; anything else makes the super object and asks it.
    #[inline(never)]
    pub(super) fn load_super_attr(
        &mut self,
        frame: &mut Frame,
        arg: u32,
        method: bool,
    ) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or_default();
        let cls = frame.stack.pop().unwrap_or_default();
        let sup = frame.stack.pop().unwrap_or_default();
        let builtin = matches!(&sup, Value::Type(t) if Rc::ptr_eq(t, &self.types.super_));
        if let (true, Value::Type(ty)) = (builtin, &cls) {
            let fits = match &obj {
                Value::Type(t) => t.is_subtype(ty),
                other => self.type_of(other).is_subtype(ty),
            };
            if fits {
                if method {
                    if let Some(f) = self.super_method(ty, &obj, &name) {
                        frame.stack.push(f);
                        frame.stack.push(obj);
                        return Ok(());
                    }
                }
                if let Some(v) = self.super_getattr(ty, &obj, &name)? {
                    frame.stack.push(v);
                    if method {
                        frame.stack.push(Value::Null);
                    }
                    return Ok(());
                }
            }
        }
        // As CPython, a `super` that is not the built-in one is called without arguments.
        let s = if builtin {
            self.call_value(&sup, &[cls, obj], &[])?
        } else {
            self.call_value(&sup, &[], &[])?
        };
        let v = self.getattr(&s, &name)?;
        frame.stack.push(v);
        if method {
            frame.stack.push(Value::Null);
        }
        Ok(())
    }

    #[inline(never)]
    fn load_method_general(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        // `Cls.name(...)`: [cls] -> [f, cls] for a class method, else [f, NULL].
        if let Some(Value::Type(t)) = frame.stack.last() {
            if let Some((kind, v)) = self.class_value(frame, arg, t) {
                if let Some(top) = frame.stack.last_mut() {
                    let cls = std::mem::replace(top, v);
                    // A class method takes the class as its first argument.
                    let second = if kind == AttrKind::ClassMethod {
                        cls
                    } else {
                        Value::Null
                    };
                    frame.stack.push(second);
                }
                return Ok(());
            }
        }
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or_default();
        match &obj {
            // `super().m(...)`: the function and the object, no bound method.
            Value::Wrapper(w) => {
                if let crate::object::types::PyWrapper::Super { ty, obj: this } = &**w {
                    if let Some(f) = self.super_method(ty, this, &name) {
                        frame.stack.push(f);
                        frame.stack.push(this.clone());
                        return Ok(());
                    }
                }
            }
            Value::Instance(inst) => {
                let (kind, found) = self.attr_site(frame, arg, inst, &name);
                if kind == AttrKind::Method && self.dict_get_pystr(&inst.dict, &name).is_none() {
                    if let Some(m) = found {
                        frame.stack.push(m);
                        frame.stack.push(obj);
                        return Ok(());
                    }
                }
            }
            Value::Type(_) | Value::Module(_) => {}
            _ => {
                let ty = self.type_of(&obj);
                if let Some(m) = self.type_site(frame, arg, &ty, &name) {
                    frame.stack.push(m);
                    frame.stack.push(obj);
                    return Ok(());
                }
            }
        }
        let v = self.getattr(&obj, &name)?;
        frame.stack.push(v);
        frame.stack.push(Value::Null);
        Ok(())
    }

    /// `Cls.name` through the name's cache entry, when it is a plain value, a function or a
    /// static method's function of a class whose metaclass (`type` or one without its own
    /// `__getattribute__`) has nothing of that name; None otherwise.
    #[inline]
    fn class_value(
        &mut self,
        frame: &Frame,
        arg: u32,
        t: &Rc<PyType>,
    ) -> Option<(AttrKind, Value)> {
        match cached_site(frame, arg, Rc::as_ptr(t) as usize) {
            Some((kind @ (AttrKind::ClassValue | AttrKind::ClassMethod), found)) => {
                found.map(|v| (kind, v))
            }
            Some(_) => None,
            None => self.fill_class_value(frame, arg, t),
        }
    }

    #[inline(never)]
    fn fill_class_value(
        &mut self,
        frame: &Frame,
        arg: u32,
        t: &Rc<PyType>,
    ) -> Option<(AttrKind, Value)> {
        let name = &frame.code.names[arg as usize];
        let meta = t.meta.clone().unwrap_or_else(|| self.types.type_.clone());
        // The metaclass's attribute of that name, if any, comes first (or is the fallback);
        // its own `__getattribute__` decides everything.
        let meta_has =
            attr_cache::lookup(&meta, name).is_some() || meta.has_flag(TypeFlags::GETATTRIBUTE);
        let mut kind = AttrKind::ClassValue;
        let found = if meta_has {
            None
        } else {
            match attr_cache::lookup(t, name) {
                Some(Value::Wrapper(w)) => match &*w {
                    PyWrapper::StaticMethod(f, _) => Some(f.clone()),
                    PyWrapper::ClassMethod(f @ Value::Function(_), _) => {
                        kind = AttrKind::ClassMethod;
                        Some(f.clone())
                    }
                    _ => None,
                },
                Some(v @ Value::Function(_)) => Some(v),
                Some(v) if self.descr_kind(&v) == crate::interp::descr::DescrKind::Plain => Some(v),
                _ => None,
            }
        };
        let cached = found.as_ref().and_then(CachedFn::of);
        if cached.is_none() {
            kind = AttrKind::General;
        }
        remember(
            frame,
            arg,
            AttrCache {
                class: Rc::as_ptr(t) as usize,
                epoch: attr_cache::epoch(),
                kind,
                found: cached,
            },
        );
        found
            .filter(|_| kind != AttrKind::General)
            .map(|v| (kind, v))
    }

    /// What built-in type `ty` has under `name`, through the name's cache entry.
    #[inline]
    fn type_site(
        &mut self,
        frame: &Frame,
        arg: u32,
        ty: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> Option<Value> {
        let class = Rc::as_ptr(ty) as usize;
        match cached_site(frame, arg, class) {
            Some((AttrKind::General, found)) => return found,
            Some(_) => return None,
            None => {}
        }
        let cached = match attr_cache::lookup(ty, name) {
            Some(Value::Builtin(b)) if b.owner.is_some() => {
                Some(CachedFn::Native(Value::Builtin(b)))
            }
            Some(Value::Function(f)) => Some(CachedFn::Python(Rc::downgrade(&f))),
            _ => None,
        };
        let found = cached.as_ref().and_then(CachedFn::get);
        remember(
            frame,
            arg,
            AttrCache {
                class,
                epoch: attr_cache::epoch(),
                kind: AttrKind::General,
                found: cached,
            },
        );
        found
    }

    #[inline(never)]
    pub(super) fn store_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let obj = frame.stack.pop().unwrap_or_default();
        let mut v = frame.stack.pop().unwrap_or_default();
        if let Value::Instance(inst) = &obj {
            match self.store_hit(frame, arg, inst, v) {
                Ok(r) => {
                    discard(obj);
                    return r;
                }
                Err(back) => v = back,
            }
        }
        self.store_attr_general(frame, arg, obj, v)
    }

    #[inline(never)]
    fn store_attr_general(
        &mut self,
        frame: &mut Frame,
        arg: u32,
        obj: Value,
        v: Value,
    ) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        if let Value::Instance(inst) = &obj {
            match self.attr_site(frame, arg, inst, &name).0 {
                AttrKind::Dict => {
                    let hint = hint_of(frame, arg, inst);
                    return self.store_in_dict(inst, &name, v, hint);
                }
                AttrKind::Slot(i) => {
                    drop(store_slot(inst, i, v));
                    return Ok(());
                }
                _ => {}
            }
        }
        self.setattr(&obj, &name, v)
    }

    #[inline(never)]
    pub(super) fn delete_attr_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let obj = frame.stack.pop().unwrap_or_default();
        self.delattr(&obj, &name)
    }
}

/// The cache entry of name `arg` for the class at address `class`, when it is current:
/// how the attribute is found and the value it caches.
#[inline(always)]
fn cached_site(frame: &Frame, arg: u32, class: usize) -> Option<(AttrKind, Option<Value>)> {
    let epoch = attr_cache::epoch();
    let ways = frame.code.attr_cache[arg as usize].borrow();
    let site = ways.iter().find(|w| w.class == class && w.epoch == epoch)?;
    Some((site.kind, site.found.as_ref().and_then(CachedFn::get)))
}

/// The field namedtuple descriptor `getter` gives for `inst`: the item of its tuple at the
/// index the descriptor holds in `slot`; None when out of range (the descriptor's own error
/// then).
fn tuple_item(inst: &PyInstance, getter: &Value, slot: usize) -> Option<Value> {
    let (Value::Instance(g), Some(Value::Tuple(t))) = (getter, &inst.base) else {
        return None;
    };
    let index = match g.slots.borrow().get(slot) {
        Some(Some(Value::Int(i))) => usize::try_from(*i).ok()?,
        _ => return None,
    };
    t.items.get(index).cloned()
}

/// The value of attribute `names[arg]` of `inst` when the cache of that name knows where
/// `inst`'s class keeps it: at the remembered entry of the instance's dict, or in a slot.
#[inline(always)]
fn instance_hit(frame: &Frame, arg: u32, inst: &PyInstance) -> Option<Value> {
    match cached_way(frame, arg, inst)? {
        (way, AttrKind::Dict | AttrKind::DictRead) => {
            let table = inst.dict.table.borrow();
            let hint = frame.code.attr_hint[arg as usize][way].get() as usize;
            match table.get_at(hint) {
                Some((Value::Str(k), v)) if Rc::ptr_eq(k, &frame.code.names[arg as usize]) => {
                    Some(v.clone())
                }
                _ => None,
            }
        }
        (_, AttrKind::Slot(i) | AttrKind::SlotRead(i)) => {
            inst.slots.borrow().get(i as usize)?.clone()
        }
        (way, AttrKind::ClassAttr) => class_attr_hit(frame, arg, inst, way),
        _ => None,
    }
}

/// [`instance_hit`] of a plain value on the class: the instance's own value of that name, if
/// its dict has one, else the cached value. Out of line, so that the dispatch loop, where
/// `instance_hit` is inlined, keeps its shape.
#[inline(never)]
fn class_attr_hit(frame: &Frame, arg: u32, inst: &PyInstance, way: usize) -> Option<Value> {
    let name = &frame.code.names[arg as usize];
    let table = inst.dict.table.borrow();
    let own = table.find_simple(
        name.hash(),
        |k| matches!(k, Value::Str(s) if Rc::ptr_eq(s, name) || s.as_str() == name.as_str()),
    );
    match own {
        Some(i) => table.get_at(i).map(|(_, v)| v.clone()),
        None => frame.code.attr_cache[arg as usize].borrow()[way]
            .found
            .as_ref()
            .and_then(CachedFn::get),
    }
}

/// Stores `v` in slot `i` of `inst` (the slots of a new instance grow as they are first
/// set); returns the old value, to be dropped once the slots are no longer borrowed.
#[inline(always)]
fn store_slot(inst: &PyInstance, i: u32, v: Value) -> Option<Value> {
    let mut slots = inst.slots.borrow_mut();
    let i = i as usize;
    if i >= slots.len() {
        slots.resize(i + 1, None);
    }
    slots[i].replace(v)
}

/// The way of name `arg` that holds `inst`'s class, when current, and how it finds the name.
/// A site that sees instances of several classes (a base class's method) hits for each.
#[inline(always)]
fn cached_way(frame: &Frame, arg: u32, inst: &PyInstance) -> Option<(usize, AttrKind)> {
    let ways = frame.code.attr_cache.get(arg as usize)?.borrow();
    let class = inst.class_addr();
    let way = ways.iter().position(|w| w.class == class)?;
    (ways[way].epoch == attr_cache::epoch()).then_some((way, ways[way].kind))
}

/// Which of name `arg`'s cache ways holds `inst`'s class, current and found the `kind` way.
#[inline(always)]
fn way_of(frame: &Frame, arg: u32, inst: &PyInstance, kind: AttrKind) -> Option<usize> {
    match cached_way(frame, arg, inst)? {
        (way, k) if k == kind => Some(way),
        _ => None,
    }
}

/// The dict-entry hint of the way of name `arg` that holds `inst`'s class (just filled).
fn hint_of<'f>(frame: &'f Frame, arg: u32, inst: &PyInstance) -> &'f std::cell::Cell<u32> {
    let class = inst.class_addr();
    let way = frame.code.attr_cache[arg as usize]
        .borrow()
        .iter()
        .position(|w| w.class == class)
        .unwrap_or(0);
    &frame.code.attr_hint[arg as usize][way]
}

/// Puts `entry` first in the cache of name `arg`, dropping the least recent class (its
/// dict-entry hints move with the ways).
fn remember(frame: &Frame, arg: u32, entry: AttrCache) {
    let hints = &frame.code.attr_hint[arg as usize];
    for i in (1..hints.len()).rev() {
        hints[i].set(hints[i - 1].get());
    }
    hints[0].set(0);
    let old = {
        let mut ways = frame.code.attr_cache[arg as usize].borrow_mut();
        ways.rotate_right(1);
        std::mem::replace(&mut ways[0], entry)
    };
    // Dropped outside the borrow: it holds nothing that could run code, but stay safe.
    drop(old);
}
