//! The instructions of the `match` statement: sequence and mapping checks, looking up a
//! mapping pattern's keys, and the attribute protocol of class patterns.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{PyDict, PyType, TypeFlags, TypeKind};
use crate::object::Value;

/// The sequence/mapping bits as CPython numbers them (`Py_TPFLAGS_SEQUENCE`,
/// `Py_TPFLAGS_MAPPING`): `collections.abc` gives them in `__abc_tpflags__`.
pub const ABC_SEQUENCE: i64 = 1 << 5;
pub const ABC_MAPPING: i64 = 1 << 6;

impl Vm {
    /// The sequence/mapping flag of a type: built-in layout, or `__abc_tpflags__` in the MRO.
    fn abc_flags(&self, t: &Rc<PyType>) -> i64 {
        let mut flags = match t.kind {
            TypeKind::List | TypeKind::Tuple | TypeKind::Range => ABC_SEQUENCE,
            TypeKind::Dict => ABC_MAPPING,
            _ if Rc::ptr_eq(t, &self.types.memoryview) => ABC_SEQUENCE,
            _ if Rc::ptr_eq(t, &self.types.mappingproxy) => ABC_MAPPING,
            _ => 0,
        };
        for c in std::iter::once(t).chain(t.mro.borrow().iter()) {
            let f = c.flags.get();
            if f & (TypeFlags::SEQUENCE | TypeFlags::MAPPING) != 0 {
                if f & TypeFlags::SEQUENCE != 0 {
                    flags |= ABC_SEQUENCE;
                }
                if f & TypeFlags::MAPPING != 0 {
                    flags |= ABC_MAPPING;
                }
                break;
            }
        }
        if matches!(
            t.kind,
            TypeKind::Str | TypeKind::Bytes | TypeKind::ByteArray
        ) {
            flags &= !ABC_SEQUENCE;
        }
        flags
    }

    #[inline(never)]
    pub(super) fn match_sequence(&mut self, frame: &mut Frame) -> PyResult<()> {
        let subject = frame.stack.last().cloned().unwrap_or_default();
        let t = self.type_of(&subject);
        let ok = self.abc_flags(&t) & ABC_SEQUENCE != 0;
        frame.stack.push(Value::Bool(ok));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn match_mapping(&mut self, frame: &mut Frame) -> PyResult<()> {
        let subject = frame.stack.last().cloned().unwrap_or_default();
        let t = self.type_of(&subject);
        let ok = self.abc_flags(&t) & ABC_MAPPING != 0;
        frame.stack.push(Value::Bool(ok));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn get_len(&mut self, frame: &mut Frame) -> PyResult<()> {
        let obj = frame.stack.last().cloned().unwrap_or_default();
        let n = self.len(&obj)?;
        frame.stack.push(Value::Int(n as i64));
        Ok(())
    }

    /// Looks each key up with the subject's `get`, so `__missing__` is not called.
    #[inline(never)]
    pub(super) fn match_keys(&mut self, frame: &mut Frame) -> PyResult<()> {
        let len = frame.stack.len();
        let subject = frame.stack[len - 2].clone();
        let keys = self.collect(&frame.stack[len - 1].clone())?;
        let seen = PyDict::new();
        let mut values = Vec::with_capacity(keys.len());
        let get = match &subject {
            Value::Dict(_) => None,
            other => {
                let name = self.intern("get");
                Some(self.getattr(other, &name)?)
            }
        };
        let missing = Value::list(Vec::new());
        for key in keys {
            if self.dict_get(&seen, &key)?.is_some() {
                let shown = self.repr(&key)?;
                return Err(
                    self.value_error(format!("mapping pattern checks duplicate key ({shown})"))
                );
            }
            self.dict_set(&seen, key.clone(), Value::None)?;
            let found = match (&get, &subject) {
                (None, Value::Dict(d)) => self.dict_get(d, &key)?,
                (Some(get), _) => {
                    let v = self.call_value(get, &[key, missing.clone()], &[])?;
                    (!v.is(&missing)).then_some(v)
                }
                _ => None,
            };
            match found {
                Some(v) => values.push(v),
                None => {
                    frame.stack.push(Value::None);
                    return Ok(());
                }
            }
        }
        frame.stack.push(Value::tuple(values));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn dict_without_keys(&mut self, frame: &mut Frame) -> PyResult<()> {
        let keys = frame.stack.pop().unwrap_or_default();
        let subject = frame.stack.pop().unwrap_or_default();
        let rest = Rc::new(PyDict::new());
        self.dict_update_from(&rest, &subject)?;
        for key in self.collect(&keys)? {
            self.dict_remove(&rest, &key)?;
        }
        frame.stack.push(Value::dict(rest));
        Ok(())
    }

    /// `case cls(p1, .., k1=q1, ..)`: the attributes to match against, or None.
    #[inline(never)]
    pub(super) fn match_class(&mut self, frame: &mut Frame, npos: u32) -> PyResult<()> {
        let names = frame.stack.pop().unwrap_or_default();
        let cls = frame.stack.pop().unwrap_or_default();
        let subject = frame.stack.pop().unwrap_or_default();
        let r = self.match_class_attrs(&subject, &cls, npos, &names)?;
        frame.stack.push(r.map_or(Value::None, Value::tuple));
        Ok(())
    }

    fn match_class_attrs(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: u32,
        names: &Value,
    ) -> PyResult<Option<Vec<Value>>> {
        let Value::Type(t) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance(subject, cls)? {
            return Ok(None);
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<Rc<crate::object::types::PyStr>> = Vec::new();
        if npos > 0 {
            let key = self.intern("__match_args__");
            let match_args = self.getattr_opt(cls, &key)?;
            let (allowed, match_args, match_self) = match match_args {
                Some(Value::Tuple(tu)) => (tu.items.len(), tu.items.to_vec(), false),
                Some(other) => {
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name().as_str(),
                        self.type_name(&other)
                    )))
                }
                None => {
                    let self_match = matches!(
                        t.kind,
                        TypeKind::Bool
                            | TypeKind::ByteArray
                            | TypeKind::Bytes
                            | TypeKind::Dict
                            | TypeKind::Float
                            | TypeKind::FrozenSet
                            | TypeKind::Int
                            | TypeKind::List
                            | TypeKind::Set
                            | TypeKind::Str
                            | TypeKind::Tuple
                    );
                    (usize::from(self_match), Vec::new(), self_match)
                }
            };
            if (npos as usize) > allowed {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({npos} given)",
                    t.name().as_str()
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in match_args.into_iter().take(npos as usize) {
                    let Value::Str(name) = name else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(&name.clone())
                        )));
                    };
                    match self.match_class_attr(subject, t, &name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in self.collect(names)? {
            let Value::Str(name) = name else { continue };
            match self.match_class_attr(subject, t, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    fn match_class_attr(
        &mut self,
        subject: &Value,
        t: &Rc<PyType>,
        name: &Rc<crate::object::types::PyStr>,
        seen: &mut Vec<Rc<crate::object::types::PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let shown = crate::object::types::str::repr_str(name.as_str());
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute {shown}",
                t.name().as_str()
            )));
        }
        seen.push(name.clone());
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
