//! Building collections and strings on the stack: displays, comprehension appends,
//! unpacking, slices and f-string formatting.

use std::rc::Rc;

use super::{Flow, Frame, Vm};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{PyDict, PySet, PySlice};
use crate::object::Value;

impl Vm {
    pub(super) fn build_tuple(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let items = frame.stack.split_off(frame.stack.len() - n as usize);
        frame.stack.push(Value::tuple(items));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn build_set(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let n = (arg & !crate::bytecode::opcode::BUILD_SET_CONSTANT) as usize;
        let items = frame.stack.split_off(frame.stack.len() - n);
        let set = Rc::new(PySet::new(false));
        for item in items {
            self.set_add(&set, item)?;
        }
        if arg & crate::bytecode::opcode::BUILD_SET_CONSTANT != 0 {
            // The constant is rebuilt once from its own iteration order (CPython's constant
            // merging), then merged into an empty set.
            let items: Vec<Value> = set.table.borrow().iter().cloned().collect();
            let set = Rc::new(PySet::new(true));
            for item in items {
                self.set_add(&set, item)?;
            }
            let merged = Rc::new(PySet::new(false));
            merged.table.borrow_mut().merge_from(&set.table.borrow());
            let merged = Value::Set(merged);
            crate::object::gc::track(&merged);
            frame.stack.push(merged);
            return Ok(());
        }
        let set = Value::Set(set);
        crate::object::gc::track(&set);
        frame.stack.push(set);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn build_map(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
        let dict = Rc::new(PyDict::new());
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&dict, k, v)?;
        }
        frame.stack.push(Value::dict(dict));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn build_string(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let parts = frame.stack.split_off(frame.stack.len() - n as usize);
        let mut s = String::new();
        for p in &parts {
            if let Value::Str(p) = p {
                s.push_str(p.as_str());
            }
        }
        frame.stack.push(Value::string(s));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn build_slice(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let step = if n == 3 {
            frame.stack.pop().unwrap_or_default()
        } else {
            Value::None
        };
        let stop = frame.stack.pop().unwrap_or_default();
        let start = frame.stack.pop().unwrap_or_default();
        frame
            .stack
            .push(Value::Slice(Rc::new(PySlice { start, stop, step })));
        Ok(())
    }

    pub(super) fn list_append(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        if let Value::List(l) = &frame.stack[frame.stack.len() - depth as usize] {
            l.items.borrow_mut().push(v);
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn set_add_instr(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        if let Value::Set(s) = frame.stack[frame.stack.len() - depth as usize].clone() {
            self.set_add(&s, v)?;
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn map_add(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let k = frame.stack.pop().unwrap_or_default();
        if let Value::Dict(d) = frame.stack[frame.stack.len() - depth as usize].clone() {
            self.dict_set(&d, k, v)?;
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn list_extend_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        use crate::bytecode::opcode::EXTEND_CALL_ARGS;
        let depth = arg & !EXTEND_CALL_ARGS;
        let v = frame.stack.pop().unwrap_or_default();
        let items = match self.collect(&v) {
            Ok(items) => items,
            Err(e)
                if self.err_matches(&e, crate::error::ExcKind::TypeError)
                    && self.lacks_iter_protocol(&v) =>
            {
                let what = match frame.stack.len().checked_sub(depth as usize + 1) {
                    Some(i) if arg & EXTEND_CALL_ARGS != 0 => {
                        let callee = frame.stack[i].clone();
                        format!("{} argument", self.function_str(&callee)?)
                    }
                    _ => "Value".to_string(),
                };
                return Err(self.type_error(format!(
                    "{what} after * must be an iterable, not {}",
                    self.type_name(&v)
                )));
            }
            Err(e) => return Err(e),
        };
        if let Value::List(l) = &frame.stack[frame.stack.len() - depth as usize] {
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn set_update_instr(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        if let Value::Set(s) = frame.stack[frame.stack.len() - depth as usize].clone() {
            crate::object::types::set::update_internal(self, &s, &v)?;
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn dict_update_instr(
        &mut self,
        frame: &mut Frame,
        depth: u32,
        merge: bool,
    ) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let Value::Dict(target) = frame.stack[frame.stack.len() - depth as usize].clone() else {
            return Ok(());
        };
        if !merge {
            // `{**v}`: `v` must be a mapping.
            if !matches!(v, Value::Dict(_)) {
                let keys = self.intern("keys");
                if self.getattr_opt(&v, &keys)?.is_none() {
                    return Err(self
                        .type_error(format!("'{}' object is not a mapping", self.type_name(&v))));
                }
            }
            return self.dict_update_from(&target, &v);
        }
        // Below the keyword dict are the positional tuple and the callee.
        let callee = frame
            .stack
            .len()
            .checked_sub(depth as usize + 2)
            .and_then(|i| frame.stack.get(i))
            .cloned()
            .unwrap_or_default();
        let pairs: Vec<(Value, Value)> = match &v {
            Value::Dict(src) => src.items(),
            // A dict subclass that keeps dict's iteration merges as a dict, whatever its
            // `keys` and `__getitem__` (CPython's dict_merge).
            Value::Instance(i)
                if matches!(i.base, Some(Value::Dict(_)))
                    && i.class().lookup_heap("__iter__").is_none() =>
            {
                match &i.base {
                    Some(Value::Dict(d)) => d.items(),
                    _ => Vec::new(),
                }
            }
            other => {
                let keys_name = self.intern("keys");
                let Some(keys) = self.getattr_opt(other, &keys_name)? else {
                    let callee = self.function_str(&callee)?;
                    return Err(self.type_error(format!(
                        "{callee} argument after ** must be a mapping, not {}",
                        self.type_name(other)
                    )));
                };
                let keys = self.call_value(&keys, &[], &[])?;
                let mut pairs = Vec::new();
                for k in self.collect(&keys)? {
                    let val = self.getitem(other, &k)?;
                    pairs.push((k, val));
                }
                pairs
            }
        };
        for (k, val) in pairs {
            if self.dict_get(&target, &k)?.is_some() {
                let key = self.to_str(&k)?;
                let callee = self.function_str(&callee)?;
                return Err(self.type_error(format!(
                    "{callee} got multiple values for keyword argument '{key}'"
                )));
            }
            self.dict_set(&target, k, val)?;
        }
        Ok(())
    }

    /// How CPython names a callable in call errors: `module.qualname()`, without the module
    /// for built-ins.
    fn function_str(&mut self, f: &Value) -> PyResult<String> {
        let qualname = self.intern("__qualname__");
        let Some(q) = self.getattr_opt(f, &qualname)? else {
            return Ok(format!("{} object", self.type_name(f)));
        };
        let q = self.to_str(&q)?;
        let module = self.intern("__module__");
        match self.getattr_opt(f, &module)? {
            Some(Value::Str(m)) if m.as_str() != "builtins" => Ok(format!("{}.{q}()", m.as_str())),
            _ => Ok(format!("{q}()")),
        }
    }

    #[inline(never)]
    pub(super) fn list_to_tuple(&mut self, frame: &mut Frame) -> PyResult<()> {
        let Some(Value::List(l)) = frame.stack.pop() else {
            return Err(self.new_error(ExcKind::SystemError, "ListToTuple without a list"));
        };
        let items = l.items.borrow().clone();
        frame.stack.push(Value::tuple(items));
        Ok(())
    }

    fn unpack_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect_or(v, false, |vm| {
            vm.type_error(format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(v)
            ))
        })
    }

    pub(super) fn unpack_sequence(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        self.unpack_value(frame, v, n)
    }

    /// `UnpackToFast`: a tuple or list of exactly `n` items goes straight into the locals of
    /// the `n` stores after it (the compiler checked they are there), which are skipped;
    /// anything else is unpacked onto the stack for them.
    #[inline(never)]
    pub(super) fn unpack_to_fast(&mut self, frame: &mut Frame, n: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let stored = match &v {
            Value::Tuple(t) if t.items.len() == n as usize => store_fast_run(frame, &t.items),
            Value::List(l) if l.items.borrow().len() == n as usize => {
                store_fast_run(frame, &l.items.borrow())
            }
            _ => false,
        };
        if !stored {
            return self.unpack_value(frame, v, n);
        }
        drop(v);
        self.safe_point();
        Ok(())
    }

    /// `v` unpacked onto the stack as exactly `n` items, the first on top.
    fn unpack_value(&mut self, frame: &mut Frame, v: Value, n: u32) -> PyResult<()> {
        let n = n as usize;
        match &v {
            Value::Tuple(t) if t.items.len() == n => {
                frame.stack.extend(t.items.iter().rev().cloned());
                drop(v);
                self.safe_point();
                return Ok(());
            }
            Value::List(l) if l.items.borrow().len() == n => {
                frame.stack.extend(l.items.borrow().iter().rev().cloned());
                drop(v);
                self.safe_point();
                return Ok(());
            }
            _ => {}
        }
        let items = self.unpack_items(&v)?;
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn unpack_ex(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        let v = frame.stack.pop().unwrap_or_default();
        let items = self.unpack_items(&v)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        for item in items[mid_end..].iter().rev() {
            frame.stack.push(item.clone());
        }
        frame
            .stack
            .push(Value::list(items[before..mid_end].to_vec()));
        for item in items[..before].iter().rev() {
            frame.stack.push(item.clone());
        }
        Ok(())
    }

    /// `{x!r}`: an instance's Python `__repr__` runs in the loop.
    #[inline(never)]
    pub(super) fn format_repr_instr(&mut self, frame: &mut Frame) -> Flow {
        let v = frame.stack.pop().unwrap_or_default();
        match self.inline_repr(&v) {
            Some(Ok(callee)) => Flow::Call(callee),
            Some(Err(e)) => Flow::Raise(e),
            None => {
                frame.stack.push(v);
                self.format_value(frame, 2).into()
            }
        }
    }

    #[inline(never)]
    pub(super) fn format_value(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let spec = if arg & 4 != 0 {
            frame.stack.pop()
        } else {
            None
        };
        let v = frame.stack.pop().unwrap_or_default();
        let v = match arg & 3 {
            1 => Value::string(self.to_str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(crate::object::types::str::ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        let s = match (&v, spec.is_empty()) {
            (Value::Str(_), true) => v,
            _ => Value::string(self.format(&v, &spec)?),
        };
        frame.stack.push(s);
        Ok(())
    }

    pub(super) fn subscr_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let key = frame.stack.pop().unwrap_or_default();
        let obj = frame.stack.pop().unwrap_or_default();
        let v = match (&obj, &key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.items.borrow();
                let len = items.len() as i64;
                let j = if *i < 0 { i + len } else { *i };
                match usize::try_from(j)
                    .ok()
                    .filter(|_| j < len)
                    .and_then(|j| items.get(j))
                {
                    Some(v) => v.clone(),
                    None => {
                        drop(items);
                        return Err(self.index_error("list index out of range"));
                    }
                }
            }
            _ => self.getitem(&obj, &key)?,
        };
        frame.stack.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn store_subscr_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let key = frame.stack.pop().unwrap_or_default();
        let obj = frame.stack.pop().unwrap_or_default();
        let v = frame.stack.pop().unwrap_or_default();
        if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
            let mut items = l.items.borrow_mut();
            let len = items.len() as i64;
            let j = if *i < 0 { i + len } else { *i };
            if let Some(slot) = usize::try_from(j).ok().and_then(|j| items.get_mut(j)) {
                *slot = v;
                return Ok(());
            }
            drop(items);
            return Err(self.index_error("list assignment index out of range"));
        }
        self.setitem(&obj, key, v)
    }

    #[inline(never)]
    pub(super) fn delete_subscr_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let key = frame.stack.pop().unwrap_or_default();
        let obj = frame.stack.pop().unwrap_or_default();
        self.delitem(&obj, &key)
    }
}

/// Stores `items` into the locals of the `StoreFast` run after an `UnpackToFast` (checked
/// there when the code was made or loaded) and skips it; false if the code is too short.
fn store_fast_run(frame: &mut Frame, items: &[Value]) -> bool {
    let start = frame.ip;
    let Some(stores) = frame.code.instrs.get(start..start + items.len()) else {
        return false;
    };
    let fast = &mut frame.fast;
    for (instr, item) in stores.iter().zip(items) {
        if let Some(slot) = fast.get_mut(instr.arg as usize) {
            // An int stored as itself: no clone's switch over every kind of value.
            let old = match item {
                Value::Int(i) => slot.replace(Value::Int(*i)),
                _ => slot.replace(item.clone()),
            };
            crate::object::discard_slot(old);
        }
    }
    frame.ip += items.len();
    true
}
