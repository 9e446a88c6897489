//! Classes as CPython makes them: the `class` statement (`__build_class__`, `__mro_entries__`,
//! metaclass selection, `__prepare__`), `type(...)` and `type.__new__` (layout, MRO,
//! `__slots__`, `__set_name__`, `__init_subclass__`), calling a class (a metaclass
//! `__call__`, then `__new__` and `__init__` with CPython's argument checks), `isinstance`/
//! `issubclass` with their hooks, and the type flags attribute access relies on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Frame, FrameExit, Vm};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{
    Args, PyDict, PyFunction, PyInstance, PyStr, PyType, PyWrapper, TypeFlags, TypeKind,
};
use crate::object::Value;

/// The result of running a class body: the `__class__` cell, when methods use it.
type ClassCell = Option<Rc<crate::object::types::PyCell>>;

impl Vm {
    /// `LoadBuildClass`: pushes `builtins.__build_class__`.
    #[inline(never)]
    pub(super) fn load_build_class(&mut self, frame: &mut Frame) -> PyResult<()> {
        match self.builtins.get_str("__build_class__") {
            Some(f) => {
                frame.stack.push(f);
                Ok(())
            }
            None => Err(self.new_error(ExcKind::NameError, "__build_class__ not found")),
        }
    }

    /// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub(crate) fn build_class(&mut self, args: Args<'_>) -> PyResult<Value> {
        let (body, name) = match args.pos {
            [Value::Function(f), Value::Str(n), ..] => (f.clone(), n.clone()),
            [Value::Function(_), _, ..] => {
                return Err(self.type_error("__build_class__: name is not a string"))
            }
            [_, _, ..] => return Err(self.type_error("__build_class__: func must be a function")),
            _ => return Err(self.type_error("__build_class__: not enough arguments")),
        };
        let orig_bases = args.pos[2..].to_vec();
        let bases = self.resolve_mro_entries(&orig_bases)?;
        let mut meta = None;
        let mut kw = Vec::new();
        for (k, v) in args.kw {
            if k.as_str() == "metaclass" {
                meta = Some(v.clone());
            } else {
                kw.push((k.clone(), v.clone()));
            }
        }
        let meta = match meta {
            Some(Value::Type(m)) => Value::Type(self.calculate_meta(&m, &bases)?),
            Some(other) => other,
            None => {
                let first = match bases.first() {
                    Some(b) => self.type_of(b),
                    None => self.types.type_.clone(),
                };
                Value::Type(self.calculate_meta(&first, &bases)?)
            }
        };
        let bases_tuple = Value::tuple(bases.clone());
        let prepare = self.intern("__prepare__");
        let ns = match self.getattr_opt(&meta, &prepare)? {
            Some(p) => {
                let ns =
                    self.call_value(&p, &[Value::Str(name.clone()), bases_tuple.clone()], &kw)?;
                if !self.is_mapping(&ns) {
                    let meta_name = match &meta {
                        Value::Type(t) => t.name().as_str().to_string(),
                        _ => "<metaclass>".to_string(),
                    };
                    return Err(self.type_error(format!(
                        "{meta_name}.__prepare__() must return a mapping, not {}",
                        self.type_name(&ns)
                    )));
                }
                ns
            }
            None => Value::dict(Rc::new(PyDict::new())),
        };
        if bases.len() != orig_bases.len() || !bases.iter().zip(&orig_bases).all(|(a, b)| a.is(b)) {
            self.setitem(&ns, Value::str("__orig_bases__"), Value::tuple(orig_bases))?;
        }
        let cell = self.run_class_body(&body, &ns)?;
        // As CPython, the body's `__class__` cell travels in the namespace as
        // `__classcell__`, and `type.__new__` fills it.
        if let Some(cell) = &cell {
            self.setitem(&ns, Value::str("__classcell__"), Value::Cell(cell.clone()))?;
        }
        let mut all = vec![Value::Str(name.clone()), bases_tuple, ns];
        all.shrink_to_fit();
        let cls = self.call_value(&meta, &all, &kw)?;
        if let (Some(cell), Value::Type(_)) = (cell, &cls) {
            let set = cell.value.borrow().clone();
            match set {
                Some(v) if v.is(&cls) => {}
                Some(other) => {
                    let (o, c) = (self.repr(&other)?, self.repr(&cls)?);
                    return Err(self.type_error(format!(
                        "__class__ set to {o} defining '{}' as {c}",
                        name.as_str()
                    )));
                }
                None => {
                    let c = self.repr(&cls)?;
                    return Err(self.new_error(
                        ExcKind::RuntimeError,
                        format!(
                            "__class__ not set defining '{}' as {c}. Was __classcell__ propagated to type.__new__?",
                            name.as_str()
                        ),
                    ));
                }
            }
        }
        Ok(cls)
    }

    /// Runs a class body with `ns` as its namespace.
    fn run_class_body(&mut self, body: &Rc<PyFunction>, ns: &Value) -> PyResult<ClassCell> {
        let (locals, map) = match ns {
            Value::Dict(d) => (Some(d.clone()), None),
            other => (None, Some(other.clone())),
        };
        let mut frame = Frame::new(body.code(), body.globals.clone(), locals);
        frame.locals_map = map;
        let free_start = body.code().free_start as usize;
        for (i, cell) in body.closure.iter().enumerate() {
            frame.fast[free_start + i] = Some(Value::Cell(cell.clone()));
        }
        Ok(match self.run_frame(Box::new(frame))? {
            FrameExit::Return(Value::Cell(c)) => Some(c),
            _ => None,
        })
    }

    /// Whether `v` can serve as a namespace (a dict or anything with `__getitem__`).
    fn is_mapping(&self, v: &Value) -> bool {
        matches!(v, Value::Dict(_)) || self.type_of(v).lookup("__getitem__").is_some()
    }

    /// Replaces bases that are not classes by what their `__mro_entries__` returns.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(bases.len());
        let all = Value::tuple(bases.to_vec());
        for b in bases {
            if matches!(b, Value::Type(_)) {
                out.push(b.clone());
                continue;
            }
            let entries = match self.mro_entries_of(b)? {
                Some(m) => Some(self.call_value(&m, std::slice::from_ref(&all), &[])?),
                None => None,
            };
            match entries {
                Some(Value::Tuple(t)) => out.extend(t.items.iter().cloned()),
                Some(_) => {
                    return Err(self.type_error("__mro_entries__ must return a tuple"));
                }
                None => out.push(b.clone()),
            }
        }
        Ok(out)
    }

    /// The `__mro_entries__` of base `b`: an attribute of the object itself counts (a
    /// function given one, as typing_extensions' `NamedTuple`), as CPython's look-up.
    fn mro_entries_of(&mut self, b: &Value) -> PyResult<Option<Value>> {
        let name = self.intern("__mro_entries__");
        match self.getattr(b, &name) {
            Ok(m) => Ok(Some(m)),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The most derived metaclass of `meta` and the bases' metaclasses.
    fn calculate_meta(&mut self, meta: &Rc<PyType>, bases: &[Value]) -> PyResult<Rc<PyType>> {
        let mut winner = meta.clone();
        for b in bases {
            let t = self.type_of(b);
            if winner.is_subtype(&t) {
                continue;
            }
            if t.is_subtype(&winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type(x)`, or `type(name, bases, dict, **kwds)` choosing the most derived metaclass.
    pub(crate) fn type_ctor(&mut self, args: Args<'_>) -> PyResult<Value> {
        match args.pos {
            [v] if args.kw.is_empty() => Ok(Value::Type(self.type_of(v))),
            [_] => Err(self.type_error("type() takes no keyword arguments")),
            [name, _, _] => {
                if !matches!(name.plain_text(), Value::Str(_)) {
                    return Err(self.type_error(format!(
                        "type.__new__() argument 1 must be str, not {}",
                        self.arg_type_name(name)
                    )));
                }
                let bases = match args.pos[1].plain_tuple() {
                    Value::Tuple(t) => t.items.to_vec(),
                    other => {
                        return Err(self.type_error(format!(
                            "type.__new__() argument 2 must be tuple, not {}",
                            self.arg_type_name(other)
                        )))
                    }
                };
                for b in &bases {
                    if !matches!(b, Value::Type(_)) && self.mro_entries_of(b)?.is_some() {
                        return Err(self.type_error(
                            "type() doesn't support MRO entry resolution; use types.new_class()",
                        ));
                    }
                }
                let type_ = self.types.type_.clone();
                let winner = self.calculate_meta(&type_, &bases)?;
                if !Rc::ptr_eq(&winner, &type_) {
                    return self.call_value(&Value::Type(winner), args.pos, args.kw);
                }
                self.type_new(&type_, args.pos, args.kw).map(Value::Type)
            }
            _ => Err(self.type_error("type() takes 1 or 3 arguments")),
        }
    }

    /// `type.__new__(meta, name, bases, namespace, **kwds)`.
    pub(crate) fn type_new(
        &mut self,
        meta: &Rc<PyType>,
        args: &[Value],
        kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Rc<PyType>> {
        let [name, bases, ns] = args else {
            return Err(self.type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                args.len()
            )));
        };
        let Value::Str(name) = name.plain_text() else {
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.arg_type_name(name)
            )));
        };
        let Value::Tuple(bases) = bases.plain_tuple() else {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.arg_type_name(bases)
            )));
        };
        // `M2('Z', (A,), {})` too picks the most derived metaclass, or refuses a conflict.
        let winner = self.calculate_meta(meta, &bases.items)?;
        let meta = &winner;
        let mut base_types: Vec<Rc<PyType>> = Vec::new();
        for b in bases.items.iter() {
            match b {
                Value::Type(t) if base_types.iter().any(|x| Rc::ptr_eq(x, t)) => {
                    return Err(
                        self.type_error(format!("duplicate base class {}", t.name().as_str()))
                    )
                }
                Value::Type(t) => base_types.push(t.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )))
                }
            }
        }
        if base_types.is_empty() {
            base_types.push(self.types.object.clone());
        }
        let kind = self.instance_layout(&base_types)?;
        self.check_slot_layouts(&base_types)?;
        let mro = self.linearize(&base_types)?;
        if !matches!(ns, Value::Dict(_))
            && !matches!(ns, Value::Instance(i) if matches!(i.base, Some(Value::Dict(_))))
        {
            return Err(self.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.arg_type_name(ns)
            )));
        }
        let dict = PyDict::new();
        for (k, v) in self.mapping_items(ns)? {
            self.dict_set(&dict, k, v)?;
        }
        let class_cell = match self.dict_remove_str(&dict, "__classcell__") {
            None => None,
            Some(Value::Cell(c)) => Some(c),
            Some(other) => {
                let ty = Value::Type(self.type_of(&other));
                let shown = self.repr(&ty)?;
                return Err(self.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {shown}"
                )));
            }
        };
        let qualname = match self.dict_remove_str(&dict, "__qualname__") {
            Some(Value::Str(s)) => s,
            Some(other) => {
                return Err(self.type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    self.type_name(&other)
                )))
            }
            None => name.clone(),
        };
        let module = match dict.get_str("__module__") {
            Some(Value::Str(s)) => s,
            Some(_) => Rc::new(PyStr::new("")),
            None => {
                let m = self.caller_module_name();
                self.dict_set(&dict, Value::str("__module__"), Value::Str(m.clone()))?;
                m
            }
        };
        let mut flags = TypeFlags::BASETYPE;
        let has_dict = self.layout_slots(&dict, &base_types, name)?;
        if !has_dict {
            flags |= TypeFlags::NO_DICT;
        }
        if dict.get_str("__doc__").is_none() {
            self.dict_set(&dict, Value::str("__doc__"), Value::None)?;
        }
        // Defining __eq__ without __hash__ makes the instances unhashable, visibly.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            self.dict_set(&dict, Value::str("__hash__"), Value::None)?;
        }
        for (special, class_method) in [
            ("__new__", false),
            ("__init_subclass__", true),
            ("__class_getitem__", true),
        ] {
            if let Some(f @ Value::Function(_)) = dict.get_str(special) {
                let w = if class_method {
                    PyWrapper::ClassMethod(f, Default::default())
                } else {
                    PyWrapper::StaticMethod(f, Default::default())
                };
                let w = Value::Wrapper(Rc::new(w));
                crate::object::gc::track(&w);
                self.dict_set(&dict, Value::str(special), w)?;
            }
        }
        let is_type = Rc::ptr_eq(meta, &self.types.type_);
        let cls = Rc::new(PyType {
            name_cell: RefCell::new(name.clone()),
            qualname: RefCell::new(qualname),
            module,
            bases: RefCell::new(base_types),
            mro: RefCell::new(mro),
            dict,
            kind,
            ctor: None,
            heap: true,
            meta: (!is_type).then(|| meta.clone()),
            flags: Cell::new(flags),
            attr_count: Cell::new(0),
            init_cache: RefCell::new(None),
            native_items: Cell::new(None),
            subclasses: RefCell::new(Vec::new()),
        });
        crate::object::gc::track(&Value::Type(cls.clone()));
        for b in cls.bases.borrow().iter() {
            crate::object::push_weak(&mut b.subclasses.borrow_mut(), Rc::downgrade(&cls));
        }
        if !is_type {
            if let Some(mro) = self.custom_mro(&cls)? {
                *cls.mro.borrow_mut() = mro;
            }
        }
        self.refresh_type_flags(&cls);
        // A new class: a freed one's cached look-ups must not apply to its address.
        crate::object::types::attr_cache::invalidate();
        if let Some(c) = class_cell {
            *c.value.borrow_mut() = Some(Value::Type(cls.clone()));
        }
        self.set_names(&cls)?;
        self.init_subclass(&cls, kw)?;
        Ok(cls)
    }

    /// The order a metaclass's own `mro()` gives for `cls` (after `cls` itself), or None
    /// when the metaclass keeps `type.mro`.
    fn custom_mro(&mut self, cls: &Rc<PyType>) -> PyResult<Option<Vec<Rc<PyType>>>> {
        let Some(meta) = &cls.meta else {
            return Ok(None);
        };
        let Some(method) = meta.lookup("mro") else {
            return Ok(None);
        };
        let default = self.types.type_.dict.get_str("mro");
        if default.is_some_and(|d| d.identity() == method.identity()) {
            return Ok(None);
        }
        let result = self.call_value(&method, &[Value::Type(cls.clone())], &[])?;
        let mut mro = Vec::new();
        for item in self.collect(&result)? {
            let Value::Type(t) = item else {
                return Err(self.type_error(format!(
                    "mro() returned a non-class ('{}')",
                    self.type_name(&item)
                )));
            };
            if !Rc::ptr_eq(&t, cls) {
                mro.push(t);
            }
        }
        Ok(Some(mro))
    }

    /// `cls.__bases__ = bases`: checks the new bases as CPython does, then recomputes the
    /// MRO of the class and of every class deriving from it.
    pub(crate) fn set_bases(&mut self, cls: &Rc<PyType>, value: Option<Value>) -> PyResult<()> {
        let name = cls.name().as_str().to_string();
        if !cls.heap {
            return Err(self.type_error(format!(
                "cannot set '__bases__' attribute of immutable type '{name}'"
            )));
        }
        let Some(value) = value else {
            return Err(self.type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{name}'"
            )));
        };
        let Value::Tuple(tuple) = &value else {
            return Err(self.type_error(format!(
                "can only assign tuple to {name}.__bases__, not {}",
                self.type_name(&value)
            )));
        };
        if tuple.items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {name}.__bases__, not ()"
            )));
        }
        let mut bases = Vec::new();
        for item in tuple.items.iter() {
            let Value::Type(b) = item else {
                return Err(self.type_error(format!(
                    "{name}.__bases__ must be tuple of classes, not '{}'",
                    self.type_name(item)
                )));
            };
            if b.is_subtype(cls) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
            bases.push(b.clone());
        }
        let old_first = cls.bases.borrow().first().cloned();
        let kind = self.instance_layout(&bases)?;
        let old_name = old_first
            .as_ref()
            .map_or("object".to_string(), |b| b.name().as_str().to_string());
        // CPython compares how the objects are freed first (tracked by the collector or not:
        // Python classes always are), then their layout.
        let plain_base = |b: Option<&Rc<PyType>>| {
            b.is_none_or(|b| {
                !b.heap
                    && matches!(
                        b.kind,
                        TypeKind::Object
                            | TypeKind::Int
                            | TypeKind::Bool
                            | TypeKind::Float
                            | TypeKind::Complex
                            | TypeKind::Str
                            | TypeKind::Bytes
                    )
            })
        };
        if plain_base(old_first.as_ref()) != plain_base(bases.first()) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' deallocator differs from '{old_name}'",
                bases[0].name().as_str()
            )));
        }
        if kind != cls.kind {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{old_name}'",
                bases[0].name().as_str()
            )));
        }
        let old_slots = old_first.as_ref().and_then(slots_base);
        let new_slots = slots_base(&bases[0]);
        let same = match (&old_slots, &new_slots) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        if !same {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{}' object layout differs from '{old_name}'",
                bases[0].name().as_str()
            )));
        }
        let old_bases = std::mem::replace(&mut *cls.bases.borrow_mut(), bases.clone());
        if let Err(e) = self.recompute_mro(cls) {
            *cls.bases.borrow_mut() = old_bases;
            return Err(e);
        }
        for b in &old_bases {
            b.subclasses
                .borrow_mut()
                .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, cls)));
        }
        for b in &bases {
            crate::object::push_weak(&mut b.subclasses.borrow_mut(), Rc::downgrade(cls));
        }
        crate::object::types::attr_cache::invalidate();
        Ok(())
    }

    /// The C3 order of `bases` (after the class itself), or CPython's TypeError.
    pub(crate) fn linearize(&mut self, bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
        crate::object::types::typeobj::c3_merge(bases).map_err(|heads| {
            let names: Vec<String> = heads
                .iter()
                .map(|b| b.name().as_str().to_string())
                .collect();
            self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ))
        })
    }

    /// Recomputes the MRO of `cls` from its bases, then of the classes deriving from it.
    fn recompute_mro(&mut self, cls: &Rc<PyType>) -> PyResult<()> {
        let bases = cls.bases.borrow().clone();
        let mro = self.linearize(&bases)?;
        *cls.mro.borrow_mut() = mro;
        if let Some(custom) = self.custom_mro(cls)? {
            *cls.mro.borrow_mut() = custom;
        }
        self.refresh_type_flags(cls);
        let subclasses: Vec<Rc<PyType>> = cls
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for sub in subclasses {
            self.recompute_mro(&sub)?;
        }
        Ok(())
    }

    /// The module name `type.__new__` records when the namespace has no `__module__`.
    fn caller_module_name(&self) -> Rc<PyStr> {
        let globals = self
            .call_globals
            .clone()
            .or_else(|| self.frames.last().map(|f| f.globals.clone()));
        match globals.and_then(|g| g.get_str("__name__")) {
            Some(Value::Str(s)) => s,
            _ => Rc::new(PyStr::new("builtins")),
        }
    }

    /// The (key, value) pairs of a namespace mapping.
    fn mapping_items(&mut self, ns: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = ns {
            return Ok(d.items());
        }
        if let Value::Instance(i) = ns {
            if let Some(Value::Dict(d)) = &i.base {
                return Ok(d.items());
            }
        }
        let keys_name = self.intern("keys");
        let keys = self.getattr(ns, &keys_name)?;
        let keys = self.call_value(&keys, &[], &[])?;
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.getitem(ns, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// The layout of instances of a class with these bases; TypeError when two bases need
    /// different built-in layouts or cannot be subclassed.
    fn instance_layout(&mut self, bases: &[Rc<PyType>]) -> PyResult<TypeKind> {
        let mut kind = TypeKind::Object;
        for b in bases {
            if !b.has_flag(TypeFlags::BASETYPE) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name().as_str()
                )));
            }
            if b.kind == TypeKind::Super {
                return Err(self.new_error(
                    ExcKind::NotImplementedError,
                    format!(
                        "subclassing built-in type '{}' is not supported yet",
                        b.name().as_str()
                    ),
                ));
            }
            if b.kind == TypeKind::Object || b.kind == kind {
                continue;
            }
            if kind != TypeKind::Object {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
            kind = b.kind;
        }
        Ok(kind)
    }

    /// Refuses bases that each add `__slots__` of their own unless one derives from the
    /// other: their instances cannot share one layout.
    fn check_slot_layouts(&mut self, bases: &[Rc<PyType>]) -> PyResult<()> {
        let mut winner: Option<Rc<PyType>> = None;
        for b in bases {
            let Some(solid) = slots_base(b) else {
                continue;
            };
            match &winner {
                Some(w) if w.is_subtype(&solid) => {}
                Some(w) if !solid.is_subtype(w) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                _ => winner = Some(solid),
            }
        }
        Ok(())
    }

    /// Turns `__slots__` into member descriptors; returns whether instances have a
    /// `__dict__` (and adds the `__dict__`/`__weakref__` entries CPython shows).
    fn layout_slots(
        &mut self,
        dict: &PyDict,
        bases: &[Rc<PyType>],
        class_name: &Rc<PyStr>,
    ) -> PyResult<bool> {
        let base_has_dict = bases.iter().any(|b| instances_have_dict(b));
        let Some(slots) = dict.get_str("__slots__") else {
            if !base_has_dict {
                for (name, def) in [("__dict__", &INSTANCE_DICT), ("__weakref__", &WEAKREF)] {
                    let v = Value::Wrapper(Rc::new(PyWrapper::GetSet(def)));
                    self.dict_set(dict, Value::str(name), v)?;
                }
            }
            return Ok(true);
        };
        let names = match &slots {
            Value::Str(s) => vec![Value::Str(s.clone())],
            other => self.collect(other)?,
        };
        let mut has_dict = base_has_dict;
        let base_has_weakref = bases.iter().any(|b| b.lookup("__weakref__").is_some());
        // Built-in types whose instances vary in size take no slots of their own.
        let own_slots = names
            .iter()
            .filter(|n| !matches!(n, Value::Str(s) if s.as_str() == "__dict__" || s.as_str() == "__weakref__"))
            .count();
        if own_slots > 0 {
            if let Some(b) = bases.iter().find(|b| {
                matches!(
                    b.kind,
                    TypeKind::Int | TypeKind::Bool | TypeKind::Bytes | TypeKind::Tuple
                )
            }) {
                // CPython names the base itself (`'Point'` for a namedtuple's subclass).
                return Err(self.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    b.name().as_str()
                )));
            }
        }
        let mut seen: Vec<String> = Vec::new();
        let (mut want_dict, mut want_weakref) = (false, false);
        let first_index = bases.iter().map(|b| slot_count(b)).max().unwrap_or(0);
        for n in names {
            let Value::Str(s) = &n else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(&n)
                )));
            };
            let text = s.as_str();
            if !crate::object::types::str::is_identifier(text) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if text == "__dict__" {
                if has_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                has_dict = true;
                want_dict = true;
                continue;
            }
            if text == "__weakref__" {
                if base_has_weakref || want_weakref || dict.get_str("__weakref__").is_some() {
                    return Err(self.type_error("__weakref__ slot disallowed: we already got one"));
                }
                want_weakref = true;
                continue;
            }
            let mangled = mangle(class_name.as_str(), text);
            if seen.contains(&mangled) {
                // CPython makes one member of a name listed twice.
                continue;
            }
            if dict.get_str(&mangled).is_some() {
                return Err(self.value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                )));
            }
            seen.push(mangled);
        }
        // As CPython, the members are laid out (and listed) in sorted order, so classes
        // naming the same slots in another order share a layout.
        seen.sort();
        for (i, mangled) in seen.into_iter().enumerate() {
            let member = PyWrapper::Member {
                name: Rc::new(PyStr::new(&mangled)),
                owner: class_name.clone(),
                index: first_index + i,
                class: RefCell::new(std::rc::Weak::new()),
            };
            self.dict_set(
                dict,
                Value::string(mangled),
                Value::Wrapper(Rc::new(member)),
            )?;
        }
        for (name, def, wanted) in [
            ("__dict__", &INSTANCE_DICT, want_dict),
            ("__weakref__", &WEAKREF, want_weakref),
        ] {
            if wanted {
                let v = Value::Wrapper(Rc::new(PyWrapper::GetSet(def)));
                self.dict_set(dict, Value::str(name), v)?;
            }
        }
        Ok(has_dict)
    }

    /// Calls `__set_name__(cls, name)` on the class attributes that define it.
    fn set_names(&mut self, cls: &Rc<PyType>) -> PyResult<()> {
        for (k, v) in cls.dict.items() {
            if let Value::Wrapper(w) = &v {
                match w.as_ref() {
                    PyWrapper::Property { name, .. } => *name.borrow_mut() = Some(k.clone()),
                    PyWrapper::Member { class, .. } => *class.borrow_mut() = Rc::downgrade(cls),
                    _ => {}
                }
            }
            if !matches!(v, Value::Instance(_)) {
                continue;
            }
            let owner = Value::Type(cls.clone());
            let r = match self.type_of(&v).lookup("__set_name__") {
                None => continue,
                // A class that sets it to None still has it called, as CPython.
                Some(Value::None) => Err(self.type_error("'NoneType' object is not callable")),
                Some(_) => self.call_special(&v, "__set_name__", &[owner, k.clone()]),
            };
            if let Err(e) = r {
                let note = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    self.type_name(&v),
                    self.repr(&k)?,
                    cls.name().as_str()
                );
                let args = [e.value(), Value::string(note)];
                crate::object::types::exception_group::add_note(
                    self,
                    Args {
                        pos: &args,
                        kw: &[],
                    },
                )?;
                return Err(e);
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwds)`.
    fn init_subclass(&mut self, cls: &Rc<PyType>, kw: &[(Rc<PyStr>, Value)]) -> PyResult<()> {
        let Some(hook) = cls
            .mro
            .borrow()
            .iter()
            .find_map(|t| t.dict.get_str("__init_subclass__"))
        else {
            return Ok(());
        };
        let bound = self.descr_get(&hook, None, cls)?;
        self.call_value(&bound, &[], kw)?;
        Ok(())
    }

    /// Recomputes the flags of `t` and of its subclasses after a special method changed.
    pub(crate) fn refresh_type_flags(&self, t: &Rc<PyType>) {
        t.native_items.set(None);
        let keep = t.flags.get()
            & (TypeFlags::BASETYPE
                | TypeFlags::NO_DICT
                | TypeFlags::ABSTRACT
                | TypeFlags::SEQUENCE
                | TypeFlags::MAPPING
                | TypeFlags::STATIC_NAME);
        let user =
            |name: &str| matches!(t.lookup(name), Some(v) if !matches!(v, Value::Builtin(_)));
        let mut flags = keep;
        for (name, flag) in [
            ("__getattribute__", TypeFlags::GETATTRIBUTE),
            ("__setattr__", TypeFlags::SETATTR),
            ("__delattr__", TypeFlags::DELATTR),
        ] {
            if user(name) {
                flags |= flag;
            }
        }
        for (name, flag) in [
            ("__getattr__", TypeFlags::GETATTR),
            ("__get__", TypeFlags::DESCR_GET),
            ("__set__", TypeFlags::DESCR_SET),
            ("__delete__", TypeFlags::DESCR_SET),
            ("__del__", TypeFlags::FINALIZER),
        ] {
            if t.lookup(name).is_some() {
                flags |= flag;
            }
        }
        let object = &self.types.object;
        let object_own = |name: &str| match (t.lookup(name), object.dict.get_str(name)) {
            (Some(v), Some(o)) => v.is(&o),
            _ => false,
        };
        if t.heap && object_own("__eq__") && object_own("__ne__") {
            flags |= TypeFlags::OBJECT_EQ;
        }
        if t.heap && t.lookup("__bool__").is_none() && t.lookup("__len__").is_none() {
            flags |= TypeFlags::ALWAYS_TRUE;
        }
        if t.heap && t.lookup_heap("__bool__").is_none() && t.lookup_heap("__len__").is_none() {
            flags |= TypeFlags::BASE_LEN;
        }
        let tuple = &self.types.tuple;
        let tuple_own = |name: &str| match (t.lookup(name), tuple.dict.get_str(name)) {
            (Some(v), Some(o)) => v.is(&o),
            _ => false,
        };
        let comparisons = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
        if t.heap && t.is_subtype(tuple) && comparisons.into_iter().all(tuple_own) {
            flags |= TypeFlags::TUPLE_CMP;
        }
        t.flags.set(flags);
        let subs: Vec<Rc<PyType>> = t
            .subclasses
            .borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .collect();
        for s in subs {
            self.refresh_type_flags(&s);
        }
    }

    /// Calling a class: its metaclass's `__call__` when it defines one, else `type.__call__`.
    pub(crate) fn call_type(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        if let Some(meta) = &t.meta {
            if let Some(call) = meta.lookup("__call__") {
                if !matches!(call, Value::Builtin(_)) {
                    let all: Vec<Value> = super::call::with_first(Value::Type(t.clone()), args);
                    return self.call_value(&call, &all, kwargs);
                }
            }
        }
        self.type_call(t, args, kwargs)
    }

    /// `type.__call__(cls, *args, **kwds)`: `__new__`, then `__init__` when the result is
    /// an instance of `cls`.
    pub(crate) fn type_call(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        // `type(x)`: the one-argument form, asked often (copy, fractions), answered here.
        if let [obj] = args {
            if kwargs.is_empty() && Rc::ptr_eq(t, &self.types.type_) {
                return Ok(Value::Type(self.type_of(obj)));
            }
        }
        if !t.heap {
            if let Some(ctor) = t.ctor {
                return ctor(
                    self,
                    Args {
                        pos: args,
                        kw: kwargs,
                    },
                );
            }
            if no_constructor(t) {
                return Err(
                    self.type_error(format!("cannot create '{}' instances", t.name().as_str()))
                );
            }
        }
        self.type_call_new_init(t, args, kwargs)
    }

    /// The `__new__` then `__init__` part of `type_call`, out of line so that a built-in
    /// constructor calling back into Python (`list(map(f, ...))`) keeps a small native frame.
    #[inline(never)]
    fn type_call_new_init(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let (obj, init) = match self.type_call_new(t, args, kwargs)? {
            Constructed::Done(obj) => return Ok(obj),
            Constructed::NeedsInit(obj, init) => (obj, init),
        };
        let r = match &init {
            Value::Function(_) | Value::Builtin(_) => {
                let all: Vec<Value> = super::call::with_first(obj.clone(), args);
                self.call_value(&init, &all, kwargs)?
            }
            other => {
                let cls = self.type_of(&obj);
                let bound = self.descr_get(other, Some(&obj), &cls)?;
                self.call_value(&bound, args, kwargs)?
            }
        };
        self.init_result(&r)?;
        Ok(obj)
    }

    /// `__init__` must return None.
    pub(crate) fn init_result(&mut self, r: &Value) -> PyResult<()> {
        if r.is_none() {
            return Ok(());
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        )))
    }

    /// The `__new__` part of calling class `t`: the new object, and the `__init__` still to
    /// call on it unless it is `object.__init__` or `__new__` made something else.
    pub(crate) fn type_call_new(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Constructed> {
        if t.has_flag(TypeFlags::ABSTRACT) {
            return Err(self.abstract_error(t));
        }
        let epoch = crate::object::types::attr_cache::epoch();
        let cached = match &*t.init_cache.borrow() {
            Some((at, init)) if *at == epoch => init.upgrade(),
            _ => None,
        };
        if let Some(init) = cached {
            let obj = self.object_new_instance(t)?;
            return Ok(Constructed::NeedsInit(obj, Value::Function(init)));
        }
        let new = crate::object::types::attr_cache::lookup(t, &self.new_name);
        let new_is_object = new.as_ref().is_none_or(|a| a.is(&self.object_new));
        let obj = if new_is_object {
            // `object.__new__` makes an instance of `t` itself, whose `__init__` is known.
            let init = crate::object::types::attr_cache::lookup(t, &self.init_name)
                .filter(|a| !a.is(&self.object_init));
            if init.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(self.no_arguments(t));
            }
            let obj = self.object_new_instance(t)?;
            if let Some(Value::Function(f)) = &init {
                *t.init_cache.borrow_mut() = Some((epoch, Rc::downgrade(f)));
            }
            return Ok(match init {
                Some(init) => Constructed::NeedsInit(obj, init),
                None => Constructed::Done(obj),
            });
        } else {
            let new = new.unwrap_or_default();
            let func = self.descr_get(&new, None, t)?;
            let all: Vec<Value> = super::call::with_first(Value::Type(t.clone()), args);
            let obj = self.call_value(&func, &all, kwargs)?;
            if !self.type_of(&obj).is_subtype(t) {
                return Ok(Constructed::Done(obj));
            }
            obj
        };
        let cls = self.type_of(&obj);
        match crate::object::types::attr_cache::lookup(&cls, &self.init_name) {
            Some(a) if !a.is(&self.object_init) => Ok(Constructed::NeedsInit(obj, a)),
            _ => Ok(Constructed::Done(obj)),
        }
    }

    pub(crate) fn no_arguments(&mut self, t: &PyType) -> crate::error::PyErr {
        self.type_error(format!("{}() takes no arguments", t.name().as_str()))
    }

    /// A bare instance of `t` as `object.__new__` makes it.
    pub(crate) fn object_new_instance(&mut self, t: &Rc<PyType>) -> PyResult<Value> {
        if t.kind == TypeKind::BaseException {
            return Ok(Value::Instance(self.new_exception(t.clone(), Vec::new())));
        }
        // An instance of a `types.ModuleType` subclass is a module (`__init__` names it).
        if t.kind == TypeKind::Module && t.heap {
            let m = crate::object::types::PyModule::new(
                Rc::new(crate::object::types::PyStr::new("?")),
                Rc::new(crate::object::types::PyDict::new()),
            );
            *m.cls.borrow_mut() = Some(t.clone());
            return Ok(Value::Module(Rc::new(m)));
        }
        if t.kind != TypeKind::Object {
            let base = if t.heap {
                t.mro
                    .borrow()
                    .iter()
                    .find(|b| !b.heap)
                    .map_or("object".to_string(), |b| b.name().as_str().to_string())
            } else {
                t.name().as_str().to_string()
            };
            return Err(self.type_error(format!(
                "object.__new__({}) is not safe, use {base}.__new__()",
                t.name().as_str()
            )));
        }
        if t.has_flag(TypeFlags::ABSTRACT) {
            return Err(self.abstract_error(t));
        }
        let obj = Value::Instance(Rc::new(PyInstance::new(t.clone())));
        crate::object::gc::track(&obj);
        Ok(obj)
    }

    pub(crate) fn abstract_error(&mut self, t: &Rc<PyType>) -> crate::error::PyErr {
        let mut names: Vec<String> = match t.dict.get_str("__abstractmethods__") {
            Some(v) => self
                .collect(&v)
                .unwrap_or_default()
                .iter()
                .filter_map(|n| n.as_str().map(|s| s.as_str().to_string()))
                .collect(),
            None => Vec::new(),
        };
        names.sort();
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "Can't instantiate abstract class {} without an implementation for abstract method{s} {}",
            t.name().as_str(),
            quoted.join(", ")
        ))
    }

    /// `isinstance(obj, cls)` with `__instancecheck__`.
    pub fn isinstance(&mut self, obj: &Value, cls: &Value) -> PyResult<bool> {
        match cls.plain_tuple() {
            Value::Type(c) => {
                let ty = self.type_of(obj);
                if Rc::ptr_eq(&ty, c) {
                    return Ok(true);
                }
                if let Some(meta) = &c.meta {
                    if let Some(hook) = meta.lookup("__instancecheck__") {
                        if !matches!(hook, Value::Builtin(_)) {
                            let r = self.call_value(&hook, &[cls.clone(), obj.clone()], &[])?;
                            return self.truthy(&r);
                        }
                    }
                }
                self.default_isinstance(obj, c)
            }
            Value::Tuple(t) => {
                self.enter_native(" in __instancecheck__", super::CONTAINER_STACK)?;
                let mut found = Ok(false);
                for c in t.items.iter() {
                    found = self.isinstance(obj, c);
                    if !matches!(found, Ok(false)) {
                        break;
                    }
                }
                self.leave_native(super::CONTAINER_STACK);
                found
            }
            _ => match self.call_special(cls, "__instancecheck__", std::slice::from_ref(obj))? {
                Some(r) => self.truthy(&r),
                None => Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            },
        }
    }

    /// `type.__instancecheck__`: the type, or a `__class__` that differs from it.
    pub(crate) fn default_isinstance(&mut self, obj: &Value, c: &Rc<PyType>) -> PyResult<bool> {
        if self.type_of(obj).is_subtype(c) {
            return Ok(true);
        }
        if let Value::Instance(inst) = obj {
            // `__class__` is worth asking for only when something replaces object's own.
            let own = self.types.object.lookup("__class__");
            let replaced = match (inst.class().lookup("__class__"), own) {
                (Some(Value::Wrapper(a)), Some(Value::Wrapper(b))) => !Rc::ptr_eq(&a, &b),
                (Some(_), _) => true,
                (None, _) => false,
            };
            if inst.class().has_flag(TypeFlags::GETATTRIBUTE) || replaced {
                let name = self.intern("__class__");
                if let Some(Value::Type(k)) = self.getattr_opt(obj, &name)? {
                    return Ok(k.is_subtype(c));
                }
            }
        }
        Ok(false)
    }

    /// `issubclass(sub, cls)` with `__subclasscheck__`.
    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        match cls.plain_tuple() {
            Value::Type(c) => {
                if let Some(meta) = &c.meta {
                    if let Some(hook) = meta.lookup("__subclasscheck__") {
                        if !matches!(hook, Value::Builtin(_)) {
                            let r = self.call_value(&hook, &[cls.clone(), sub.clone()], &[])?;
                            return self.truthy(&r);
                        }
                    }
                }
                match sub {
                    Value::Type(s) => Ok(s.is_subtype(c)),
                    _ => Err(self.type_error("issubclass() arg 1 must be a class")),
                }
            }
            Value::Tuple(t) => {
                self.enter_native(" in __subclasscheck__", super::CONTAINER_STACK)?;
                let mut found = Ok(false);
                for c in t.items.iter() {
                    found = self.issubclass(sub, c);
                    if !matches!(found, Ok(false)) {
                        break;
                    }
                }
                self.leave_native(super::CONTAINER_STACK);
                found
            }
            _ => match self.call_special(cls, "__subclasscheck__", std::slice::from_ref(sub))? {
                Some(r) => self.truthy(&r),
                // As CPython, the first argument is checked first.
                None if !matches!(sub, Value::Type(_)) => {
                    Err(self.type_error("issubclass() arg 1 must be a class"))
                }
                None => Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
        }
    }
}

/// Whether instances of `t` carry a `__dict__`.
pub(crate) fn instances_have_dict(t: &PyType) -> bool {
    if t.heap {
        return !t.has_flag(TypeFlags::NO_DICT);
    }
    matches!(t.kind, TypeKind::BaseException | TypeKind::Type)
        || (t.kind == TypeKind::Object && t.module.as_str() != "builtins")
}

/// The `__slots__` members a class itself defines, by name (sorted, as CPython keeps them).
fn own_members(t: &PyType) -> Vec<Rc<PyStr>> {
    let mut names: Vec<Rc<PyStr>> = t
        .dict
        .items()
        .into_iter()
        .filter_map(|(_, v)| match &v {
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Member { name, .. } => Some(name.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    names
}

fn has_weakref(t: &PyType) -> bool {
    t.lookup("__weakref__").is_some()
}

/// What a class adds to its first base's instance layout: its own members, a `__dict__`,
/// a `__weakref__`.
fn same_slots_added(a: &PyType, b: &PyType) -> bool {
    own_members(a)
        .iter()
        .map(|n| n.as_str())
        .eq(own_members(b).iter().map(|n| n.as_str()))
        && instances_have_dict(a) == instances_have_dict(b)
        && has_weakref(a) == has_weakref(b)
}

/// The class whose layout `t`'s instances have: `t`'s first bases are walked up while a
/// class adds nothing to its base's layout (CPython's `compatible_for_assignment`).
fn layout_owner(t: &Rc<PyType>) -> Rc<PyType> {
    let mut t = t.clone();
    loop {
        let base = t.bases.borrow().first().cloned();
        let Some(base) = base else { return t };
        let adds = t.heap
            && (!own_members(&t).is_empty()
                || instances_have_dict(&t) != instances_have_dict(&base)
                || has_weakref(&t) != has_weakref(&base));
        if !t.heap || adds {
            return t;
        }
        t = base;
    }
}

/// Whether instances of `old` may become instances of `new` by `__class__` assignment.
pub(crate) fn same_layout(old: &Rc<PyType>, new: &Rc<PyType>) -> bool {
    if old.kind != new.kind {
        return false;
    }
    let (a, b) = (layout_owner(old), layout_owner(new));
    if Rc::ptr_eq(&a, &b) {
        return true;
    }
    let base_of = |t: &Rc<PyType>| t.bases.borrow().first().cloned();
    match (base_of(&a), base_of(&b)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x, &y) && same_slots_added(&a, &b),
        _ => false,
    }
}

/// The nearest class along `t`'s first bases that adds `__slots__` members of its own.
fn slots_base(t: &Rc<PyType>) -> Option<Rc<PyType>> {
    let mut t = t.clone();
    while t.heap {
        let adds = t.dict.items().iter().any(
            |(_, v)| matches!(v, Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::Member { .. })),
        );
        if adds {
            return Some(t);
        }
        let next = t.bases.borrow().first()?.clone();
        t = next;
    }
    None
}

/// How many `__slots__` entries instances of `t` have (along its MRO).
fn slot_count(t: &PyType) -> usize {
    std::iter::once(t)
        .chain(t.mro.borrow().iter().map(|m| m.as_ref()))
        .flat_map(|c| c.dict.items())
        .filter_map(|(_, v)| match &v {
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::Member { index, .. } => Some(index + 1),
                _ => None,
            },
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Private name mangling: `__x` in class `C` is `_C__x`.
pub(crate) fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn instance_dict_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match obj {
        Value::Instance(i) => Ok(Value::Dict(i.dict.clone())),
        other => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            vm.type_name(other)
        ))),
    }
}

fn instance_dict_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Value::Instance(i) = obj else {
        return Err(vm.attribute_error("__dict__"));
    };
    match value {
        Some(Value::Dict(d)) => {
            let items = d.items();
            i.dict.table.borrow_mut().clear();
            for (k, v) in items {
                vm.dict_set(&i.dict, k, v)?;
            }
            Ok(())
        }
        Some(other) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&other)
        ))),
        // The instance gets a fresh, empty namespace.
        None => {
            let old = std::mem::take(&mut *i.dict.table.borrow_mut());
            drop(old);
            Ok(())
        }
    }
}

fn weakref_get(_vm: &mut Vm, _obj: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

static INSTANCE_DICT: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "__dict__",
    owner: "object",
    get: instance_dict_get,
    set: Some(instance_dict_set),
};

static WEAKREF: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "__weakref__",
    owner: "object",
    get: weakref_get,
    set: None,
};

/// What the `__new__` part of calling a class produced.
pub(crate) enum Constructed {
    /// The result of the call.
    Done(Value),
    /// A new instance, and the `__init__` (as found on its class) to call on it.
    NeedsInit(Value, Value),
}

/// A built-in type CPython gives no `__new__`: iterators, generators, built-in functions and
/// descriptors, frames.
fn no_constructor(t: &PyType) -> bool {
    match t.kind {
        TypeKind::Iterator | TypeKind::Generator | TypeKind::BuiltinFunction => true,
        TypeKind::Object => matches!(
            t.name().as_str(),
            "frame" | "getset_descriptor" | "member_descriptor" | "classmethod_descriptor"
        ),
        _ => false,
    }
}
