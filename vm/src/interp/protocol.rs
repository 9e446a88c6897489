//! The object protocols every type takes part in: type, repr/str, hash, truth, len, and
//! subscripting.

use std::rc::Rc;

use num_traits::Zero;

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::format::float_repr;
use crate::object::table::{hash_bigint, hash_float, hash_int};
use crate::object::types::{PySlice, PyTuple, PyType, PyWrapper, TypeKind, HASH_KEPT};
use crate::object::Value;

/// Whether a method name is a special method's (`__add__`).
pub(crate) fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// Whether `owner`'s built-in `name` is a slot wrapper in CPython (`wrapper_descriptor`), not
/// a method (`method_descriptor`): the dunders CPython fills type slots from, except those its
/// types also define as methods.
pub(crate) fn is_slot_wrapper(owner: Option<&str>, name: &str) -> bool {
    const METHODS: &[&str] = &[
        "__reduce__",
        "__reduce_ex__",
        "__format__",
        "__sizeof__",
        "__dir__",
        "__getstate__",
        "__getnewargs__",
        "__reversed__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__class_getitem__",
        "__init_subclass__",
        "__subclasshook__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__length_hint__",
        "__setstate__",
        "__bytes__",
        "__complex__",
        "__copy__",
        "__deepcopy__",
        "__enter__",
        "__exit__",
        "__fspath__",
    ];
    if !is_dunder(name) || METHODS.contains(&name) {
        return false;
    }
    !matches!(
        (owner, name),
        (Some("list" | "dict"), "__getitem__") | (Some("dict"), "__contains__")
    )
}

impl Vm {
    /// The type object of `v`.
    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::None | Value::Null => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => match b.owner {
                None => t.builtin_function.clone(),
                owner if is_slot_wrapper(owner, b.name) => t.wrapper_descriptor.clone(),
                Some(_) => t.method_descriptor.clone(),
            },
            Value::Method(m) => match &m.func {
                Value::Builtin(b) if is_slot_wrapper(b.owner, b.name) => t.method_wrapper.clone(),
                Value::Builtin(_) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            Value::Type(ty) => ty.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(m) => match &*m.cls.borrow() {
                Some(c) => c.clone(),
                None => t.module.clone(),
            },
            Value::Iter(it) => {
                let name = it.state.borrow().type_name();
                t.iterators
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| t.object.clone())
            }
            Value::Generator(g) => match g.kind {
                crate::object::types::GenKind::Generator => t.generator.clone(),
                crate::object::types::GenKind::Coroutine => t.coroutine.clone(),
                crate::object::types::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Property { .. } => t.property.clone(),
                // Class methods written in Rust, as CPython's written in C.
                PyWrapper::ClassMethod(Value::Builtin(b), _) if b.owner.is_some() => {
                    t.classmethod_descriptor.clone()
                }
                PyWrapper::ClassMethod(..) => t.classmethod.clone(),
                PyWrapper::StaticMethod(..) => t.staticmethod.clone(),
                PyWrapper::Super { .. } => t.super_.clone(),
                PyWrapper::DictView { kind, .. } => t
                    .iterators
                    .get(kind.type_name())
                    .cloned()
                    .unwrap_or_else(|| t.object.clone()),
                PyWrapper::GetSet(_) => t.getset_descriptor.clone(),
                PyWrapper::Member { .. } => t.member_descriptor.clone(),
                PyWrapper::MappingProxy(_) => t.mappingproxy.clone(),
            },
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
        }
    }

    /// The type's name for messages (CPython's `tp_name`): `__name__`, qualified by the
    /// module for types implemented in Rust outside `builtins` (`_io.FileIO`).
    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        if (!t.heap || t.has_flag(crate::object::types::TypeFlags::STATIC_NAME))
            && t.module.as_str() != "builtins"
        {
            return format!("{}.{}", t.module.as_str(), t.name().as_str());
        }
        let name = t.name().as_str().to_string();
        name
    }

    /// Guards native recursion (container repr, comparison, re-entry) against the wasm stack:
    /// `cost` is what one level of it takes at most (the `*_STACK` constants). `doing`
    /// completes CPython's message ("while getting the repr of an object", ...).
    pub(crate) fn enter_native(&mut self, doing: &str, cost: usize) -> PyResult<()> {
        if self.native_stack + cost > super::NATIVE_STACK_BUDGET
            || self.native_depth >= super::C_RECURSION_LIMIT
        {
            return Err(self.new_error(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{doing}"),
            ));
        }
        self.native_stack += cost;
        self.native_depth += 1;
        Ok(())
    }

    pub(crate) fn leave_native(&mut self, cost: usize) {
        self.native_stack -= cost;
        self.native_depth -= 1;
    }

    /// `type.__repr__` of a class: `<class 'module.qualname'>`. A Python class names the
    /// module its `__module__` holds now (none when that is not a str).
    pub(crate) fn class_repr(t: &PyType) -> String {
        let module = match t.dict.get_str("__module__") {
            Some(Value::Str(m)) if t.heap => Some(m),
            Some(_) if t.heap => None,
            _ => Some(t.module.clone()),
        };
        match module {
            Some(m) if m.as_str() != "builtins" => {
                format!("<class '{}.{}'>", m.as_str(), t.qualname.borrow().as_str())
            }
            Some(_) if !t.heap => format!("<class '{}'>", t.name().as_str()),
            _ => format!("<class '{}'>", t.qualname.borrow().as_str()),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                if exceeds_digit_limit(b) {
                    return Err(self.value_error(digit_limit_message()));
                }
                b.to_string()
            }
            Value::Float(f) => float_repr(*f),
            Value::Complex(c) => crate::object::types::numeric::complex_repr(c.0, c.1),
            Value::Str(s) => crate::object::types::str::repr_str(s.as_str()),
            Value::Bytes(b) => crate::object::types::str::repr_bytes(&b.data),
            Value::ByteArray(b) => format!(
                "bytearray({})",
                crate::object::types::str::repr_bytearray_data(&b.data.borrow())
            ),
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => {
                self.repr_container(v)?
            }
            Value::Range(r) => crate::object::types::range::repr(r),
            Value::Slice(s) => {
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?
                )
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.identity()
            ),
            Value::Builtin(b) => match b.owner {
                Some(owner) if is_slot_wrapper(Some(owner), b.name) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, owner)
                }
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let this = self.repr(&m.this)?;
                match &m.func {
                    Value::Function(f) => format!(
                        "<bound method {} of {}>",
                        f.qualname.borrow().as_str(),
                        this
                    ),
                    Value::Builtin(b) if is_slot_wrapper(b.owner, b.name) => format!(
                        "<method-wrapper '{}' of {} object at {:#x}>",
                        b.name,
                        self.type_name(&m.this),
                        m.this.identity()
                    ),
                    Value::Builtin(b) => {
                        format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            self.type_name(&m.this),
                            m.this.identity()
                        )
                    }
                    other => format!("<bound method {} of {}>", self.repr(other)?, this),
                }
            }
            Value::Type(t)
                if t.meta
                    .as_ref()
                    .is_some_and(|m| m.lookup_heap("__repr__").is_some()) =>
            {
                return self.repr_instance(v);
            }
            Value::Type(t) => Self::class_repr(t),
            Value::Instance(_) => return self.repr_instance(v),
            Value::Module(m) => self.module_repr(m)?,
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.kind.type_name(),
                g.qualname.borrow().as_str(),
                v.identity()
            ),
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::DictView { .. } => return self.repr_container(v),
                PyWrapper::GetSet(def) => {
                    format!("<attribute '{}' of '{}' objects>", def.name, def.owner)
                }
                PyWrapper::Member { name, owner, .. } => {
                    format!(
                        "<member '{}' of '{}' objects>",
                        name.as_str(),
                        owner.as_str()
                    )
                }
                PyWrapper::StaticMethod(f, _) => format!("<staticmethod({})>", self.repr(f)?),
                // A built-in type's class method shows as its method descriptor.
                PyWrapper::ClassMethod(Value::Builtin(b), _) if b.owner.is_some() => {
                    let owner = b.owner.unwrap_or("object");
                    format!("<method '{}' of '{owner}' objects>", b.name)
                }
                PyWrapper::ClassMethod(f, _) => format!("<classmethod({})>", self.repr(f)?),
                PyWrapper::Super {
                    ty,
                    obj: Value::Null,
                } => format!("<super: <class '{}'>, NULL>", ty.name().as_str()),
                PyWrapper::Super { ty, obj } => {
                    let of = match obj {
                        Value::Type(t) => t.name().as_str().to_string(),
                        other => self.type_name(other),
                    };
                    format!("<super: <class '{}'>, <{of} object>>", ty.name().as_str())
                }
                PyWrapper::MappingProxy(_) => match self.call_special(v, "__repr__", &[])? {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => "mappingproxy(...)".to_string(),
                },
                _ => format!("<{} object at {:#x}>", self.type_name(v), v.identity()),
            },
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.identity(),
                &*c.filename,
                c.first_line
            ),
            Value::Cell(c) => match &*c.value.borrow() {
                Some(x) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.identity(),
                    self.type_name(x),
                    x.identity()
                ),
                None => format!("<cell at {:#x}: empty>", v.identity()),
            },
            Value::Iter(_) => {
                format!("<{} object at {:#x}>", self.type_name(v), v.identity())
            }
        })
    }

    fn repr_instance(&mut self, v: &Value) -> PyResult<String> {
        // Subclasses of set, frozenset and bytearray show their class name: `S({1, 2})`.
        if let Value::Instance(i) = v {
            let cls = i.class();
            if !matches!(
                cls.lookup("__repr__"),
                Some(Value::Function(_) | Value::Wrapper(_))
            ) {
                if let Some(text) = self.builtin_subclass_repr(i)? {
                    return Ok(text);
                }
            }
        }
        let r = self.call_special(v, "__repr__", &[])?;
        // A str subclass's instance is a str too.
        match r.as_ref().map(Value::plain_text) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(self.type_error(format!(
                "__repr__ returned non-string (type {})",
                self.type_name(other)
            ))),
            None => Ok(self.default_repr(v)),
        }
    }

    /// The repr set, frozenset and bytearray give instances of their subclasses:
    /// `S({1, 2})`, `S()`, `Buf(b'ab')`.
    fn builtin_subclass_repr(
        &mut self,
        i: &crate::object::types::PyInstance,
    ) -> PyResult<Option<String>> {
        let Some(base @ (Value::Set(_) | Value::ByteArray(_))) = &i.base else {
            return Ok(None);
        };
        let name = i.class().name().as_str().to_string();
        let inner = self.repr(base)?;
        Ok(Some(match base {
            Value::Set(s) if s.is_empty() => format!("{name}()"),
            Value::Set(s) if s.frozen => format!(
                "{name}({})",
                inner.trim_start_matches("frozenset(").trim_end_matches(')')
            ),
            Value::Set(_) => format!("{name}({inner})"),
            _ => format!(
                "{name}({})",
                inner.trim_start_matches("bytearray(").trim_end_matches(')')
            ),
        }))
    }

    /// `<__main__.A object at 0x...>`
    pub(crate) fn default_repr(&self, v: &Value) -> String {
        let t = self.type_of(v);
        // Built-in types are shown without their module, as CPython's `tp_name`; a class
        // defined in Python shows its `__module__` as it is now.
        let assigned = match t.dict.get_str("__module__") {
            Some(Value::Str(m)) if t.heap => Some(m),
            _ => None,
        };
        let module = assigned.as_ref().map_or(t.module.as_str(), |m| m.as_str());
        let dot = if module == "builtins" { "" } else { "." };
        let module = if module == "builtins" { "" } else { module };
        format!(
            "<{module}{dot}{} object at {:#x}>",
            t.qualname.borrow().as_str(),
            v.identity()
        )
    }

    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        let id = v.identity();
        if self.repr_active.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                Value::Tuple(_) => "(...)",
                _ => "...",
            }
            .into());
        }
        self.enter_native(
            " while getting the repr of an object",
            super::CONTAINER_STACK,
        )?;
        self.repr_active.push(id);
        let result = self.repr_container_items(v);
        self.repr_active.pop();
        self.leave_native(super::CONTAINER_STACK);
        result
    }

    fn repr_container_items(&mut self, v: &Value) -> PyResult<String> {
        let join = |vm: &mut Vm, items: &[Value]| -> PyResult<String> {
            let mut parts = Vec::with_capacity(items.len());
            for item in items {
                parts.push(vm.repr(item)?);
            }
            Ok(parts.join(", "))
        };
        match v {
            Value::List(l) => {
                // Item by item over the live list: an item's __repr__ may change it.
                let mut parts = Vec::new();
                let mut i = 0;
                loop {
                    let item = l.items.borrow().get(i).cloned();
                    let Some(item) = item else { break };
                    parts.push(self.repr(&item)?);
                    i += 1;
                }
                Ok(format!("[{}]", parts.join(", ")))
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    Ok(format!("({},)", self.repr(&t.items[0])?))
                } else {
                    Ok(format!("({})", join(self, &t.items)?))
                }
            }
            Value::Dict(d) => {
                // Entry by entry over the live dict: a __repr__ may change it.
                let mut parts = Vec::new();
                let mut next = 0;
                loop {
                    let entry = {
                        let table = d.table.borrow();
                        table
                            .next_index(next)
                            .and_then(|i| table.get_at(i).map(|(k, v)| (i, k.clone(), v.clone())))
                    };
                    let Some((i, k, val)) = entry else { break };
                    next = i + 1;
                    let key = self.repr(&k)?;
                    parts.push(format!("{key}: {}", self.repr(&val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.table.borrow().iter().cloned().collect();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let body = join(self, &items)?;
                if s.frozen {
                    Ok(format!("frozenset({{{body}}})"))
                } else {
                    Ok(format!("{{{body}}}"))
                }
            }
            Value::Wrapper(w) => {
                let PyWrapper::DictView { dict, kind } = w.as_ref() else {
                    return Ok(String::new());
                };
                let items = crate::object::types::dict::view_items(dict, *kind);
                Ok(format!("{}([{}])", kind.type_name(), join(self, &items)?))
            }
            _ => self.repr(v),
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            // set and bytearray subclasses print as their repr (`S({1})`, `Buf(b'x')`).
            Value::Instance(inst)
                if matches!(inst.base, Some(Value::Set(_) | Value::ByteArray(_)))
                    && inst.class().lookup_heap("__str__").is_none() =>
            {
                // bytearray's own str() ignores a subclass's __repr__; set has none.
                if matches!(inst.base, Some(Value::ByteArray(_))) {
                    if let Some(text) = self.builtin_subclass_repr(inst)? {
                        return Ok(text);
                    }
                }
                self.repr(v)
            }
            Value::Type(t) if t.meta.is_some() => match self
                .call_special(v, "__str__", &[])?
                .as_ref()
                .map(Value::plain_text)
            {
                Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                Some(other) => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(other)
                ))),
                None => self.repr(v),
            },
            Value::Instance(inst) => {
                if let Some(r) = self.call_special(v, "__str__", &[])? {
                    return match r.plain_text() {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(other)
                        ))),
                    };
                }
                if inst.exc.is_some() {
                    return self.exception_str(inst);
                }
                self.repr(v)
            }
            // A mappingproxy prints as its mapping does.
            Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::MappingProxy(_)) => {
                match self.call_special(v, "__str__", &[])? {
                    Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                    _ => self.repr(v),
                }
            }
            _ => self.repr(v),
        }
    }

    /// `str()` of an exception: its single argument, or the args tuple.
    pub(crate) fn exception_str(
        &mut self,
        inst: &crate::object::types::PyInstance,
    ) -> PyResult<String> {
        let Some(data) = &inst.exc else {
            return Ok(String::new());
        };
        let args = data.args.borrow().clone();
        let Value::Tuple(t) = &args else {
            return self.to_str(&args);
        };
        match t.items.len() {
            0 => Ok(String::new()),
            1 => {
                let item = t.items[0].clone();
                if inst.class().is_subtype(&self.exc_type(ExcKind::KeyError)) {
                    return self.repr(&item);
                }
                self.to_str(&item)
            }
            _ => self.repr(&args),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_int(*i)),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Str(s) => Ok(s.hash()),
            Value::Float(f) => Ok(hash_float(*f)),
            Value::Complex(c) => Ok(crate::object::types::numeric::complex_hash(c.0, c.1)),
            Value::BigInt(b) => {
                let (sign, digits) = b.to_u32_digits();
                Ok(hash_bigint(sign == num_bigint::Sign::Minus, &digits))
            }
            Value::None => Ok(NONE_HASH),
            Value::Tuple(t) => Ok(self.tuple_hash(t, 0)?.0),
            Value::Set(s) if s.frozen => Ok(s.table.borrow().frozenset_hash()),
            // A tuple's hash without the length folded in at the end (CPython 3.12).
            Value::Slice(s) => {
                use crate::object::table::{tuple_hash_step, TUPLE_HASH_START};
                let mut acc = TUPLE_HASH_START;
                for part in [&s.start, &s.stop, &s.step] {
                    acc = tuple_hash_step(acc, self.hash(part)?);
                }
                Ok(if acc == u64::MAX {
                    1_546_275_796
                } else {
                    acc as i64
                })
            }
            Value::Code(c) => Ok(crate::object::types::function::code_hash(c)),
            // Bound methods are equal when they bind the same object to the same function.
            Value::Method(m) => Ok(((m.this.identity() >> 4) ^ (m.func.identity() >> 4)) as i64),
            // As CPython: equal ranges (same length, start, step) hash alike.
            Value::Range(r) => {
                let (start, _, step) = crate::object::types::range::bounds(r);
                let len = crate::object::types::range::length(r);
                let key = if len == num_bigint::BigInt::from(0) {
                    vec![Value::Int(0), Value::None, Value::None]
                } else if len == num_bigint::BigInt::from(1) {
                    vec![Value::Int(1), Value::from_bigint(start), Value::None]
                } else {
                    vec![
                        Value::from_bigint(len),
                        Value::from_bigint(start),
                        Value::from_bigint(step),
                    ]
                };
                self.hash(&Value::tuple(key))
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(_) => self.hash_instance(v),
            Value::Type(t) if t.meta.is_some() => self.hash_instance(v),
            // A mappingproxy hashes as the mapping it shows (a dict: unhashable).
            Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::MappingProxy(_)) => {
                let PyWrapper::MappingProxy(inner) = w.as_ref() else {
                    return Ok(0);
                };
                // A class's proxy shows its dict.
                if matches!(inner, Value::Type(_)) {
                    return Err(self.type_error("unhashable type: 'dict'"));
                }
                let inner = inner.clone();
                self.hash(&inner)
            }
            Value::Bytes(b) => Ok(crate::object::types::bytes_hash(&b.data)),
            // Keys and items views compare as sets: unhashable (values views hash by identity).
            Value::Wrapper(w)
                if matches!(
                    w.as_ref(),
                    PyWrapper::DictView { kind, .. }
                        if *kind != crate::object::types::dict::ViewKind::Values
                ) =>
            {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            _ => Ok((v.identity() >> 4) as i64),
        }
    }

    /// A tuple's hash: scalars and strings in place, nested tuples (and tuple subclasses
    /// keeping tuple's hash, as namedtuples) by recursion `depth` levels deep at most,
    /// deeper ones by the walk that does not recurse. A hash computed from items whose
    /// hashes cannot change (numbers, strings, bytes, such tuples) is kept in the tuple, as
    /// CPython 3.14 does: dict keys made of nested tuples are hashed once. Returns the hash
    /// and its stamp (`PyTuple::hash_stamp`).
    fn tuple_hash(&mut self, t: &PyTuple, depth: u32) -> PyResult<(i64, u64)> {
        use crate::object::table::{tuple_hash_finish, tuple_hash_step, TUPLE_HASH_START};
        const MAX_DEPTH: u32 = 16;
        if let Some(kept) = t.kept_hash() {
            return Ok(kept);
        }
        let mut acc = TUPLE_HASH_START;
        let mut stamp = HASH_KEPT;
        for item in t.items.iter() {
            let h = match item {
                Value::Int(i) => hash_int(*i),
                Value::Str(s) => s.hash(),
                Value::Bool(b) => i64::from(*b),
                Value::None => NONE_HASH,
                Value::Float(f) => hash_float(*f),
                Value::BigInt(_) | Value::Bytes(_) | Value::Complex(_) => self.hash(item)?,
                Value::Tuple(inner) if depth < MAX_DEPTH => {
                    let (h, s) = self.tuple_hash(inner, depth + 1)?;
                    stamp = stamp.min(s);
                    h
                }
                Value::Instance(i)
                    if depth < MAX_DEPTH
                        && let Some(Value::Tuple(inner)) = &i.base
                        && tuple_hash_inherited(self, i) =>
                {
                    let (h, s) = self.tuple_hash(inner, depth + 1)?;
                    stamp = stamp.min(s).min(crate::object::types::attr_cache::epoch());
                    h
                }
                Value::Tuple(inner) => {
                    stamp = 0;
                    self.hash_tuple_value(inner)?
                }
                other => {
                    stamp = 0;
                    self.hash(other)?
                }
            };
            acc = tuple_hash_step(acc, h);
        }
        let h = tuple_hash_finish(acc, t.items.len());
        t.keep_hash(h, stamp);
        Ok((h, stamp))
    }

    /// A tuple's hash without recursing on nested tuples (they may be nested very deeply).
    fn hash_tuple_value(&mut self, t: &Rc<crate::object::types::PyTuple>) -> PyResult<i64> {
        use crate::object::table::{tuple_hash_finish, tuple_hash_step, TUPLE_HASH_START};
        // Each frame: a tuple, the next item to hash, and the hash state so far.
        let mut stack: smallvec::SmallVec<[(Rc<crate::object::types::PyTuple>, usize, u64); 4]> =
            smallvec::smallvec![(t.clone(), 0, TUPLE_HASH_START)];
        loop {
            let Some(top) = stack.last_mut() else {
                return Ok(0);
            };
            let (tuple, index, acc) = top;
            match tuple.items.get(*index) {
                Some(Value::Tuple(inner)) => {
                    let inner = inner.clone();
                    *index += 1;
                    stack.push((inner, 0, TUPLE_HASH_START));
                }
                // A tuple subclass keeping tuple's hash (a namedtuple): its items, in place.
                Some(Value::Instance(i))
                    if matches!(i.base, Some(Value::Tuple(_))) && tuple_hash_inherited(self, i) =>
                {
                    let Some(Value::Tuple(inner)) = i.base.clone() else {
                        return Ok(0);
                    };
                    *index += 1;
                    stack.push((inner, 0, TUPLE_HASH_START));
                }
                // Scalars and strings hash in place, without a clone.
                Some(v @ (Value::Int(_) | Value::Str(_) | Value::Bool(_) | Value::None)) => {
                    let h = match v {
                        Value::Int(i) => hash_int(*i),
                        Value::Str(s) => s.hash(),
                        Value::Bool(b) => i64::from(*b),
                        _ => NONE_HASH,
                    };
                    *acc = tuple_hash_step(*acc, h);
                    *index += 1;
                }
                Some(other) => {
                    let other = other.clone();
                    *index += 1;
                    let h = self.hash(&other)?;
                    if let Some(top) = stack.last_mut() {
                        top.2 = tuple_hash_step(top.2, h);
                    }
                }
                None => {
                    let Some((tuple, _, acc)) = stack.pop() else {
                        return Ok(0);
                    };
                    let h = tuple_hash_finish(acc, tuple.items.len());
                    match stack.last_mut() {
                        Some(parent) => parent.2 = tuple_hash_step(parent.2, h),
                        None => return Ok(h),
                    }
                }
            }
        }
    }

    fn hash_instance(&mut self, v: &Value) -> PyResult<i64> {
        let cls = self.type_of(v);
        let name = self.intern("__hash__");
        match crate::object::types::attr_cache::lookup(&cls, &name) {
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(Value::Builtin(b)) if b.owner == Some("object") => Ok((v.identity() >> 4) as i64),
            // A subclass of a built-in type that keeps its hash (a namedtuple, a str
            // subclass): the value it extends, hashed directly.
            Some(Value::Builtin(_))
                if matches!(v, Value::Instance(i)
                    if i.base.as_ref().is_some_and(|b| !matches!(b, Value::Instance(_)))) =>
            {
                let Value::Instance(i) = v else {
                    return Ok(0);
                };
                let base = i.base.clone().unwrap_or_default();
                self.hash(&base)
            }
            None => Ok((v.identity() >> 4) as i64),
            Some(_) => {
                let r = self
                    .call_special(v, "__hash__", &[])?
                    .unwrap_or(Value::Int(0));
                // An int subclass's instance is an int too.
                match r.plain_number() {
                    // An int that fits is the hash itself (CPython's slot_tp_hash).
                    Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                    Value::Bool(b) => Ok(i64::from(*b)),
                    big @ Value::BigInt(_) => self.hash(&big.clone()),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// Truth value, as `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !crate::object::types::range::length(r).is_zero(),
            Value::Instance(i)
                if i.class_has_flag(crate::object::types::TypeFlags::ALWAYS_TRUE) =>
            {
                true
            }
            Value::Instance(_) => return self.truthy_special(v),
            Value::NotImplemented => {
                self.warn(
                    ExcKind::DeprecationWarning,
                    "NotImplemented should not be used in a boolean context",
                )?;
                true
            }
            // A class whose metaclass may define `__bool__` or `__len__`.
            Value::Type(t) if t.meta.is_some() => return self.truthy_special(v),
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::DictView { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// Truth through the type's `__bool__`, else its `__len__`, else true.
    fn truthy_special(&mut self, v: &Value) -> PyResult<bool> {
        if let Value::Instance(i) = v {
            if let Some(base) = i
                .base
                .as_ref()
                .filter(|_| i.class_has_flag(crate::object::types::TypeFlags::BASE_LEN))
            {
                return self.truthy(base);
            }
        }
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&other)
                ))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", &[])? {
            return Ok(self.len_result(r)? != 0);
        }
        Ok(true)
    }

    /// The length a `__len__` returned: an integer (`__index__`) that is not negative.
    pub(crate) fn len_result(&mut self, r: Value) -> PyResult<usize> {
        let n = match &r {
            Value::BigInt(_) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            other => match self.index_value(other)? {
                Some(n) => n,
                None => {
                    return Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(&r)
                    )))
                }
            },
        };
        usize::try_from(n).map_err(|_| self.value_error("__len__() should return >= 0"))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = core_len(v) {
            return Ok(n);
        }
        Ok(match v {
            Value::Range(r) => crate::object::types::range::len(self, r)?,
            Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::DictView { .. }) => {
                let PyWrapper::DictView { dict, .. } = w.as_ref() else {
                    unreachable!()
                };
                dict.len()
            }
            Value::Instance(i)
                if let Some(base) = i.base.as_ref().filter(|b| {
                    i.class_has_flag(crate::object::types::TypeFlags::BASE_LEN)
                        && matches!(
                            b,
                            Value::List(_)
                                | Value::Tuple(_)
                                | Value::Dict(_)
                                | Value::Set(_)
                                | Value::Str(_)
                        )
                }) =>
            {
                return self.len(base);
            }
            Value::Instance(_) | Value::Wrapper(_) | Value::Type(_) => {
                match self.call_special(v, "__len__", &[])? {
                    Some(r) => return self.len_result(r),
                    None => {
                        return Err(self.type_error(format!(
                            "object of type '{}' has no len()",
                            self.type_name(v)
                        )))
                    }
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    /// 3.12's DeprecationWarning when `__index__`/`__int__` returned an instance of a strict
    /// subclass of int (a bool included) rather than an int.
    pub(crate) fn warn_strict_int_subclass(&mut self, method: &str, r: &Value) -> PyResult<()> {
        let strict = match r {
            Value::Bool(_) => true,
            Value::Instance(i) => matches!(i.base, Some(Value::Int(_) | Value::BigInt(_))),
            _ => false,
        };
        if strict {
            let msg = format!(
                "{method} returned non-int (type {}).  The ability to return an instance of a \
                 strict subclass of int is deprecated, and may be removed in a future version \
                 of Python.",
                self.type_name(r)
            );
            self.warn(ExcKind::DeprecationWarning, &msg)?;
        }
        Ok(())
    }

    /// An integer usable as an index (`__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(i64::from(*b))),
            Value::BigInt(_) => Err(self.new_error(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            // An int subclass is its int: its own `__index__` is not asked (as CPython).
            Value::Instance(i) if matches!(i.base, Some(Value::Int(_) | Value::BigInt(_))) => {
                let base = i.base.clone().unwrap_or_default();
                self.index_value(&base)
            }
            Value::Instance(_) | Value::Type(_) if has_python_type(v) => {
                // An int subclass's instance is accepted (CPython also warns that this is
                // deprecated).
                let r = self.call_special(v, "__index__", &[])?;
                if let Some(r) = &r {
                    self.warn_strict_int_subclass("__index__", r)?;
                }
                match r.map(|r| r.plain_number().clone()) {
                    Some(Value::Int(i)) => Ok(Some(i)),
                    Some(Value::Bool(b)) => Ok(Some(i64::from(b))),
                    Some(Value::BigInt(_)) => Err(self.new_error(
                        ExcKind::IndexError,
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(v)
                        ),
                    )),
                    Some(other) => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&other)
                    ))),
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Resolves a slice against a sequence length: (start, stop, step, count).
    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let parts = self.slice_unpack(s)?;
        Ok(adjust_slice(parts, len))
    }

    /// The slice's start, stop and step as integers (running `__index__`), before any length
    /// is looked at: callers read the length afterwards, as CPython does.
    pub fn slice_unpack(&mut self, s: &PySlice) -> PyResult<(Option<i64>, Option<i64>, i64)> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_part(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = match &s.start {
            Value::None => None,
            v => Some(self.slice_part(v)?),
        };
        let stop = match &s.stop {
            Value::None => None,
            v => Some(self.slice_part(v)?),
        };
        Ok((start, stop, step))
    }

    fn slice_part(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            _ => match self.index_value(v)? {
                Some(i) => Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
                None => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// Normalises a possibly negative index against `len`, or raises IndexError.
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_value(key)? else {
            let msg = if what == "string" {
                format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )
            } else {
                format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(key)
                )
            };
            return Err(self.type_error(msg));
        };
        let len = len as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            // bytes says "byte indices" but a plain "index out of range", as CPython.
            let msg = if what == "byte" {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    /// `dict.__getitem__(obj, key)` for an instance of a dict subclass extending `d`: a
    /// missing key goes to the subclass's `__missing__`, looked up after the miss as in
    /// CPython, else KeyError.
    pub(crate) fn dict_get_or_missing(
        &mut self,
        obj: &Value,
        d: &crate::object::types::PyDict,
        key: &Value,
    ) -> PyResult<Value> {
        match self.dict_get(d, key)? {
            Some(v) => Ok(v),
            None => match self.call_special(obj, "__missing__", std::slice::from_ref(key))? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
        }
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let parts = self.slice_unpack(s)?;
                    let items = l.items.borrow();
                    let (start, _, step, count) = adjust_slice(parts, items.len());
                    let out = (0..count)
                        .map(|k| items[(start + k as i64 * step) as usize].clone())
                        .collect();
                    return Ok(Value::list(out));
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                // __index__ may have shrunk the list meanwhile.
                let item = l.items.borrow().get(i).cloned();
                item.ok_or_else(|| self.index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    // The whole tuple is the tuple itself, as in CPython.
                    let len = t.items.len();
                    let (start, _, step, count) = self.slice_indices(s, len)?;
                    if start == 0 && step == 1 && count == len {
                        return Ok(obj.clone());
                    }
                    let items = (0..count as i64)
                        .map(|k| t.items[(start + k * step) as usize].clone())
                        .collect();
                    return Ok(Value::tuple(items));
                }
                let i = self.seq_index(key, t.items.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(s) => crate::object::types::str::getitem(self, s, key),
            Value::Bytes(b) => {
                if let Value::Slice(s) = key {
                    let (start, _, step, count) = self.slice_indices(s, b.data.len())?;
                    let data =
                        crate::object::types::bytes::slice_bytes(&b.data, start, step, count);
                    return Ok(crate::object::types::bytes::new_bytes(data));
                }
                let i = self.seq_index(key, b.data.len(), "byte")?;
                Ok(Value::Int(i64::from(b.data[i])))
            }
            Value::ByteArray(b) => crate::object::types::bytearray::getitem(self, b, key),
            Value::Range(r) => crate::object::types::range::getitem(self, r, key),
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(i) if let Some(v) = native_get(i, key) => Ok(v),
            Value::Instance(i)
                if matches!(i.base, Some(Value::Dict(_)))
                    && inherits_builtin(self, i, "__getitem__", "dict") =>
            {
                let Some(Value::Dict(d)) = &i.base else {
                    unreachable!()
                };
                self.dict_get_or_missing(obj, d, key)
            }
            Value::Instance(_)
                if let Some(
                    base @ (Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Str(_)),
                ) = plain_base(obj, "__getitem__") =>
            {
                self.getitem(&base.clone(), key)
            }
            Value::Instance(_) | Value::Wrapper(_) => {
                match self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.type_error(format!(
                        "'{}' object is not subscriptable",
                        self.type_name(obj)
                    ))),
                }
            }
            Value::Type(t) => self.class_getitem(t, obj, key),
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    /// `cls[key]`: the metaclass's `__getitem__`, the class's `__class_getitem__`, or a
    /// generic alias for the built-in containers (`list[int]`).
    fn class_getitem(&mut self, t: &Rc<PyType>, obj: &Value, key: &Value) -> PyResult<Value> {
        if t.meta
            .as_ref()
            .is_some_and(|m| m.lookup("__getitem__").is_some())
        {
            if let Some(v) = self.call_special(obj, "__getitem__", std::slice::from_ref(key))? {
                return Ok(v);
            }
        }
        if let Some(f) = t.lookup("__class_getitem__") {
            let f = match f {
                // An implicit class method.
                Value::Function(_) => {
                    return self.call_value(&f, &[obj.clone(), key.clone()], &[]);
                }
                other => self.descr_get(&other, None, t)?,
            };
            return self.call_value(&f, std::slice::from_ref(key), &[]);
        }
        let generic = matches!(
            t.kind,
            TypeKind::List
                | TypeKind::Dict
                | TypeKind::Tuple
                | TypeKind::Set
                | TypeKind::FrozenSet
                | TypeKind::Type
        );
        if generic {
            let typing = self.import_module("_typing")?;
            let name = self.intern("_TypesAlias");
            let alias = self.getattr(&typing, &name)?;
            return self.call_value(&alias, &[obj.clone(), key.clone()], &[]);
        }
        Err(self.type_error(format!("type '{}' is not subscriptable", t.name().as_str())))
    }

    /// The items of `items` selected by slice `s`.
    pub fn slice_of(&mut self, items: &[Value], s: &PySlice) -> PyResult<Vec<Value>> {
        let (start, _, step, count) = self.slice_indices(s, items.len())?;
        if step == 1 {
            let start = start as usize;
            let run = items.get(start..start.saturating_add(count));
            return Ok(run.map(<[Value]>::to_vec).unwrap_or_default());
        }
        Ok((0..count)
            .map(|k| items[(start + k as i64 * step) as usize].clone())
            .collect())
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    return crate::object::types::list::set_slice(self, l, s, value);
                }
                let len = l.items.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                let mut items = l.items.borrow_mut();
                match items.get_mut(i) {
                    Some(slot) => *slot = value,
                    None => {
                        drop(items);
                        return Err(self.index_error("list assignment index out of range"));
                    }
                }
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::ByteArray(b) => crate::object::types::bytearray::setitem(self, b, &key, value),
            Value::Instance(i) if native_set(i, &key, &value) => Ok(()),
            Value::Instance(i)
                if matches!(i.base, Some(Value::Dict(_)))
                    && inherits_builtin(self, i, "__setitem__", "dict") =>
            {
                let Some(Value::Dict(d)) = &i.base else {
                    unreachable!()
                };
                self.dict_set(d, key, value)
            }
            Value::Instance(_) | Value::Type(_) if has_python_type(obj) => {
                match self.call_special(obj, "__setitem__", &[key, value])? {
                    Some(_) => Ok(()),
                    None => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        self.type_name(obj)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return crate::object::types::list::del_slice(self, l, s);
                }
                let Some(i) = self.index_value(key)? else {
                    return Err(self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(key)
                    )));
                };
                let len = l.items.borrow().len() as i64;
                let i = if i < 0 { i + len } else { i };
                if i < 0 || i >= len {
                    return Err(self.index_error("list assignment index out of range"));
                }
                let removed = l.items.borrow_mut().remove(i as usize);
                drop(removed);
                Ok(())
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::ByteArray(b) => crate::object::types::bytearray::delitem(self, b, key),
            Value::Instance(_) | Value::Type(_) if has_python_type(obj) => {
                match self.call_special(obj, "__delitem__", std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    // A Python class has every protocol slot; `object` has none.
                    None => Err(self.no_item_deletion(obj, key, self.type_of(obj).heap)?),
                }
            }
            _ => {
                let sequence = matches!(
                    obj,
                    Value::Set(_)
                        | Value::Bytes(_)
                        | Value::Str(_)
                        | Value::Tuple(_)
                        | Value::Range(_)
                ) || matches!(obj, Value::Wrapper(w) if matches!(
                    **w,
                    PyWrapper::DictView { .. } | PyWrapper::MappingProxy(_)
                ));
                Err(self.no_item_deletion(obj, key, sequence)?)
            }
        }
    }

    /// The TypeError of `del obj[key]` for a type that cannot delete items: CPython words
    /// it by whether the type has the sequence protocol and the key is an index.
    fn no_item_deletion(&mut self, obj: &Value, key: &Value, sequence: bool) -> PyResult<PyErr> {
        let verb = if sequence && self.index_value(key)?.is_some() {
            "doesn't"
        } else {
            "does not"
        };
        Ok(self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        )))
    }
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        use crate::object::format::{
            format_float, format_i64, format_int, format_str, parse_format_spec, FormatError,
        };
        let map_err = |vm: &mut Vm, e: FormatError| match e {
            FormatError::Value(m) if m.ends_with("too large") => vm.memory_error(),
            FormatError::Value(m) => vm.value_error(m),
            FormatError::Overflow(m) => vm.overflow_error(m),
        };
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if spec.is_empty() => self.to_str(v),
            Value::Int(_) | Value::Bool(_) => {
                let (i, name) = match v {
                    Value::Bool(b) => (i64::from(*b), "bool"),
                    Value::Int(i) => (*i, "int"),
                    _ => (0, "int"),
                };
                let s = parse_format_spec(spec, name).map_err(|m| self.format_spec_error(m))?;
                format_i64(i, &s, name).map_err(|e| map_err(self, e))
            }
            Value::BigInt(b) => {
                let s = parse_format_spec(spec, "int").map_err(|m| self.format_spec_error(m))?;
                if matches!(s.ty, None | Some('d') | Some('n')) && exceeds_digit_limit(b) {
                    return Err(self.value_error(digit_limit_message()));
                }
                format_int(b, &s, "int").map_err(|e| map_err(self, e))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(float_repr(*f));
                }
                let s = parse_format_spec(spec, "float").map_err(|m| self.format_spec_error(m))?;
                format_float(*f, &s, "float").map_err(|m| self.format_spec_error(m))
            }
            Value::Complex(c) => crate::object::types::numeric::complex_format(c.0, c.1, spec)
                .map_err(|e| match e {
                    crate::object::types::numeric::NumError::Value(m) => self.value_error(m),
                    crate::object::types::numeric::NumError::Overflow(m) => self.overflow_error(m),
                    crate::object::types::numeric::NumError::ZeroDivision(m) => self.value_error(m),
                }),
            Value::Str(st) => {
                if spec.is_empty() {
                    return Ok(st.as_str().to_string());
                }
                let s = parse_format_spec(spec, "str").map_err(|m| self.format_spec_error(m))?;
                format_str(st.as_str(), &s, "str").map_err(|m| self.format_spec_error(m))
            }
            _ => {
                if let Value::Instance(i) = v {
                    let builtin = match self.type_of(v).lookup("__format__") {
                        None => true,
                        Some(f) => matches!(f, Value::Builtin(_)) && !f.builtin_function(),
                    };
                    if builtin {
                        // Every built-in `__format__` gives `str(self)` for an empty spec; a
                        // subclass of a built-in type formats as the value it extends.
                        if spec.is_empty() {
                            return self.to_str(v);
                        }
                        if let Some(base) = i.base.clone() {
                            return self.format(&base, spec);
                        }
                    } else {
                        let r = self.call_special(v, "__format__", &[Value::str(spec)])?;
                        return match r.as_ref().map(Value::plain_text) {
                            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                            Some(other) => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(other)
                            ))),
                            None => Ok(String::new()),
                        };
                    }
                }
                if spec.is_empty() {
                    return self.to_str(v);
                }
                Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )))
            }
        }
    }
}

/// `inst[key]` done by the native item access of the instance's own class, if it has one
/// and can.
fn native_get(inst: &crate::object::types::PyInstance, key: &Value) -> Option<Value> {
    let items = inst.native_items()?;
    (items.get)(inst, key)
}

/// `inst[key] = value` done by the native item access of the instance's own class (true),
/// if it has one and can.
fn native_set(inst: &crate::object::types::PyInstance, key: &Value, value: &Value) -> bool {
    let items = inst.native_items();
    items.is_some_and(|items| (items.set)(inst, key, value))
}

/// Clamps unpacked slice bounds to a length: (start, stop, step, count).
pub fn adjust_slice(parts: (Option<i64>, Option<i64>, i64), len: usize) -> (i64, i64, i64, usize) {
    let (start, stop, step) = clamp_slice(parts, len as i64);
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    (start, stop, step, count)
}

/// Clamps unpacked slice bounds to a length of any size (`slice.indices`): (start, stop, step).
pub fn clamp_slice(parts: (Option<i64>, Option<i64>, i64), len: i64) -> (i64, i64, i64) {
    let (start, stop, step) = parts;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = match start {
        None => {
            if step < 0 {
                upper
            } else {
                lower
            }
        }
        Some(v) => clamp(v),
    };
    let stop = match stop {
        None => {
            if step < 0 {
                lower
            } else {
                upper
            }
        }
        Some(v) => clamp(v),
    };
    (start, stop, step)
}

impl Vm {
    /// A format-spec error: CPython runs out of memory where pyrs refuses a huge width.
    fn format_spec_error(&mut self, msg: String) -> crate::error::PyErr {
        if msg == "width too large" || msg == "precision too large" {
            return self.memory_error();
        }
        self.value_error(msg)
    }
}

thread_local! {
    /// `sys.set_int_max_str_digits`: the most decimal digits an int converts to or from
    /// (0: no limit).
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(std::cell::Cell::get)
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.with(|c| c.set(n));
}

/// CPython's error for an int past the limit.
pub fn digit_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    )
}

/// Whether `b` has more than the limit of decimal digits (CPython's int_max_str_digits), decided from
/// its size first so a huge int is refused without a quadratic conversion.
pub fn exceeds_digit_limit(b: &num_bigint::BigInt) -> bool {
    let limit = int_max_str_digits();
    if limit == 0 {
        return false;
    }
    // n decimal digits take between 3.32 n - 4 and 3.33 n bits.
    let bits = b.bits() as f64;
    if bits < limit as f64 * 3.32 - 4.0 {
        return false;
    }
    if bits > limit as f64 * 3.33 + 4.0 {
        return true;
    }
    b.to_string().trim_start_matches('-').len() > limit
}

/// The built-in value an instance of a subclass of a built-in type extends (`class
/// C(list)`), when no Python class of it defines `method`: the built-in operation then
/// applies to that value directly, as CPython's inherited slot does.
#[inline]
pub(crate) fn plain_base<'a>(v: &'a Value, method: &str) -> Option<&'a Value> {
    let Value::Instance(i) = v else {
        return None;
    };
    let base = i.base.as_ref()?;
    if i.class().lookup_heap(method).is_some() {
        return None;
    }
    Some(base)
}

/// `hash(None)`: CPython 3.12's constant.
const NONE_HASH: i64 = 0xfca8_6420;

/// Whether an instance of a tuple subclass hashes as its tuple: its class does not
/// override `__hash__` (nor set it to None, as defining `__eq__` alone does).
fn tuple_hash_inherited(vm: &mut Vm, i: &Rc<crate::object::types::PyInstance>) -> bool {
    inherits_builtin(vm, i, "__hash__", "tuple")
}

/// Whether the class of `i` takes special method `name` from the built-in type `owner`
/// (through the class-attribute cache: asked on every `d[k]` of a dict subclass).
pub(crate) fn inherits_builtin(
    vm: &mut Vm,
    i: &crate::object::types::PyInstance,
    name: &'static str,
    owner: &str,
) -> bool {
    let key = vm.intern(name);
    matches!(
        crate::object::types::attr_cache::lookup(&i.class(), &key),
        Some(Value::Builtin(b)) if b.owner == Some(owner) && b.name == name
    )
}

/// An instance of a Python class, or a class whose metaclass is one: a value whose special
/// methods are Python code.
pub fn has_python_type(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Type(t) => t.meta.is_some(),
        _ => false,
    }
}

/// The length of a core container (str, bytes, bytearray, list, tuple, dict, set), which no
/// Python code takes part in; None for anything else.
#[inline(always)]
pub(crate) fn core_len(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        _ => return None,
    })
}
