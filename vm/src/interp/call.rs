//! Calling: the call instructions, calls from native code, classes as constructors,
//! building functions and classes, and the `with` protocol.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Flow, Frame, FrameExit, Vm};
use crate::bytecode::CodeFlags;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{
    Args, PyCell, PyDict, PyFunction, PyGenerator, PyMethod, PyStr, PyType, TypeKind,
};
use crate::object::Value;

impl Vm {
    /// Calls any callable from native code.
    pub fn call_value(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let frame = self.function_frame(f, args, kwargs)?;
                if f.code.flags.has(CodeFlags::GENERATOR) {
                    return Ok(self.make_generator(f, frame));
                }
                if self.native_depth >= super::NATIVE_DEPTH_LIMIT {
                    return Err(self.new_error(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                self.native_depth += 1;
                let result = self.run_frame(frame);
                self.native_depth -= 1;
                match result? {
                    FrameExit::Return(v) => Ok(v),
                    FrameExit::Yield(..) => {
                        Err(self.new_error(ExcKind::SystemError, "unexpected yield"))
                    }
                }
            }
            Value::Builtin(b) => {
                if args.is_empty() {
                    if let Some(owner) = b.owner {
                        return Err(self.unbound_without_self(owner, b.name));
                    }
                }
                (b.func)(
                    self,
                    Args {
                        pos: args,
                        kw: kwargs,
                    },
                )
            }
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.this.clone());
                all.extend_from_slice(args);
                let func = m.func.clone();
                self.call_value(&func, &all, kwargs)
            }
            Value::Type(t) => self.call_type(t, args, kwargs),
            Value::Instance(_) => {
                let ty = self.type_of(callable);
                match ty.lookup("__call__") {
                    Some(f) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args);
                        self.call_value(&f, &all, kwargs)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
            Value::Wrapper(w) => match w.as_ref() {
                crate::object::types::PyWrapper::StaticMethod(f) => {
                    let f = f.clone();
                    self.call_value(&f, args, kwargs)
                }
                _ => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    fn not_callable(&mut self, v: &Value) -> crate::error::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// A built-in type's method called through the type with nothing for `self`.
    #[cold]
    fn unbound_without_self(&mut self, owner: &str, name: &str) -> PyErr {
        if name.starts_with("__") && name.ends_with("__") {
            self.type_error(format!(
                "descriptor '{name}' of '{owner}' object needs an argument"
            ))
        } else {
            self.type_error(format!("unbound method {owner}.{name}() needs an argument"))
        }
    }

    /// Calling a class: built-in constructors, exceptions, and Python classes with `__init__`.
    #[inline(never)]
    fn call_type(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
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
            if t.kind == TypeKind::BaseException || self.own_init(t).is_some() {
                return self.construct_instance(t, args, kwargs);
            }
            return Err(self.type_error(format!("cannot create '{}' instances", t.name.as_str())));
        }
        self.construct_instance(t, args, kwargs)
    }

    /// The `__init__` a class defines or inherits, unless it is `object.__init__`.
    fn own_init(&self, t: &PyType) -> Option<Value> {
        let init = t.lookup("__init__")?;
        let object_init = self.types.object.dict.get_str("__init__");
        match object_init {
            Some(o) if o.is(&init) => None,
            _ => Some(init),
        }
    }

    #[inline(never)]
    fn construct_instance(
        &mut self,
        t: &Rc<PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let obj = if let Some(new) = t.lookup_heap("__new__") {
            let new = match &new {
                Value::Wrapper(w) => match w.as_ref() {
                    crate::object::types::PyWrapper::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new,
            };
            let mut all = vec![Value::Type(t.clone())];
            all.extend_from_slice(args);
            let obj = self.call_value(&new, &all, kwargs)?;
            let is_instance = self.type_of(&obj).is_subtype(t);
            if !is_instance {
                return Ok(obj);
            }
            obj
        } else if t.kind == TypeKind::BaseException {
            let mut cls = t.clone();
            // OSError(errno, ...) is the subclass CPython picks for that errno.
            if Rc::ptr_eq(t, &self.exc_type(ExcKind::OSError)) && (2..=5).contains(&args.len()) {
                if let Value::Int(errno) = &args[0] {
                    cls = self.exc_type(ExcKind::for_errno(*errno));
                }
            }
            Value::Instance(self.new_exception(cls, args.to_vec()))
        } else {
            Value::Instance(Rc::new(crate::object::types::PyInstance::new(t.clone())))
        };
        match self.own_init(t) {
            Some(init) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                let r = self.call_value(&init, &all, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            _ => {
                let has_new = t.lookup_heap("__new__").is_some();
                if t.kind != TypeKind::BaseException
                    && !has_new
                    && (!args.is_empty() || !kwargs.is_empty())
                {
                    return Err(
                        self.type_error(format!("{}() takes no arguments", t.name.as_str()))
                    );
                }
            }
        }
        Ok(obj)
    }

    fn make_generator(&mut self, f: &Rc<PyFunction>, frame: Box<Frame>) -> Value {
        Value::Generator(Rc::new(PyGenerator {
            frame: RefCell::new(Some(frame)),
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            running: std::cell::Cell::new(false),
        }))
    }

    /// Enters a Python function in the same loop, or calls anything else natively.
    fn call_at(&mut self, frame: &mut Frame, func_pos: usize, args_pos: usize) -> Flow {
        let callee = frame.stack[func_pos].clone();
        let target = match &callee {
            Value::Method(m)
                if matches!(m.func, Value::Function(_)) && args_pos == func_pos + 1 =>
            {
                frame.stack[func_pos] = m.this.clone();
                let Value::Function(f) = &m.func else {
                    unreachable!()
                };
                Some((f.clone(), func_pos))
            }
            Value::Function(f) => Some((f.clone(), args_pos)),
            _ => None,
        };
        if let Some((f, start)) = target {
            if !f.code.flags.has(CodeFlags::GENERATOR) {
                let new = self.function_frame(&f, &frame.stack[start..], &[]);
                frame.stack.truncate(func_pos);
                return match new {
                    Ok(fr) => Flow::Call(fr),
                    Err(e) => Flow::Raise(e),
                };
            }
        }
        let r = self.call_value(&callee, &frame.stack[args_pos..], &[]);
        frame.stack.truncate(func_pos);
        match r {
            Ok(v) => {
                frame.stack.push(v);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    pub(super) fn call_instr(&mut self, frame: &mut Frame, argc: usize, _flags: u32) -> Flow {
        let func_pos = frame.stack.len() - argc - 1;
        self.call_at(frame, func_pos, func_pos + 1)
    }

    pub(super) fn call_method_instr(&mut self, frame: &mut Frame, argc: usize) -> Flow {
        let func_pos = frame.stack.len() - argc - 2;
        if matches!(frame.stack[func_pos + 1], Value::Null) {
            return self.call_at(frame, func_pos, func_pos + 2);
        }
        self.call_at(frame, func_pos, func_pos + 1)
    }

    #[inline(never)]
    pub(super) fn call_kw_instr(&mut self, frame: &mut Frame, argc: usize) -> Flow {
        let names = frame.stack.pop().unwrap_or(Value::None);
        let Value::Tuple(names) = names else {
            return Flow::Raise(self.type_error("bad keyword names"));
        };
        let nkw = names.items.len();
        let func_pos = frame.stack.len() - argc - 1;
        let kw_start = frame.stack.len() - nkw;
        let kwargs: Vec<(Rc<PyStr>, Value)> = names
            .items
            .iter()
            .zip(&frame.stack[kw_start..])
            .filter_map(|(n, v)| match n {
                Value::Str(s) => Some((s.clone(), v.clone())),
                _ => None,
            })
            .collect();
        let callee = frame.stack[func_pos].clone();
        let args: Vec<Value> = frame.stack[func_pos + 1..kw_start].to_vec();
        frame.stack.truncate(func_pos);
        self.call_with_kwargs(frame, &callee, &args, &kwargs)
    }

    /// Calls with keywords: a new frame for Python functions, else the native result.
    fn call_with_kwargs(
        &mut self,
        frame: &mut Frame,
        callee: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> Flow {
        if let Value::Function(f) = callee {
            if !f.code.flags.has(CodeFlags::GENERATOR) {
                return match self.function_frame(f, args, kwargs) {
                    Ok(fr) => Flow::Call(fr),
                    Err(e) => Flow::Raise(e),
                };
            }
        }
        match self.call_value(callee, args, kwargs) {
            Ok(v) => {
                frame.stack.push(v);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    #[inline(never)]
    pub(super) fn call_ex_instr(&mut self, frame: &mut Frame) -> Flow {
        let kwargs = frame.stack.pop().unwrap_or(Value::None);
        let args = frame.stack.pop().unwrap_or(Value::None);
        let callee = frame.stack.pop().unwrap_or(Value::None);
        let args = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => match self.collect(&other) {
                Ok(v) => v,
                Err(e) => return Flow::Raise(e),
            },
        };
        let mut kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
        if let Value::Dict(d) = &kwargs {
            for (k, v) in d.table.borrow().iter() {
                match k {
                    Value::Str(s) => kw.push((s.clone(), v.clone())),
                    _ => return Flow::Raise(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_with_kwargs(frame, &callee, &args, &kw)
    }

    #[inline(never)]
    pub(super) fn make_function(&mut self, frame: &mut Frame, flags: u32) -> PyResult<()> {
        let Some(Value::Code(code)) = frame.stack.pop() else {
            return Err(self.new_error(ExcKind::SystemError, "MakeFunction without code"));
        };
        let closure = if flags & 8 != 0 {
            match frame.stack.pop() {
                Some(Value::Tuple(t)) => t
                    .items
                    .iter()
                    .map(|c| match c {
                        Value::Cell(c) => c.clone(),
                        _ => Rc::new(PyCell::new(None)),
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            match frame.stack.pop() {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            match frame.stack.pop() {
                Some(Value::Tuple(t)) => t.items.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let func = PyFunction {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: frame.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: PyDict::new(),
        };
        frame.stack.push(Value::Function(Rc::new(func)));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn build_class_instr(&mut self, frame: &mut Frame, nbases: u32) -> PyResult<()> {
        let bases = frame.stack.split_off(frame.stack.len() - nbases as usize);
        let name = frame.stack.pop().unwrap_or(Value::None);
        let body = frame.stack.pop().unwrap_or(Value::None);
        let (Value::Function(body), Value::Str(name)) = (body, name) else {
            return Err(self.new_error(ExcKind::SystemError, "bad class body"));
        };
        let ns = Rc::new(PyDict::new());
        let mut body_frame = Frame::new(body.code.clone(), body.globals.clone(), Some(ns.clone()));
        let free_start = body.code.free_start as usize;
        for (i, cell) in body.closure.iter().enumerate() {
            body_frame.fast[free_start + i] = Some(Value::Cell(cell.clone()));
        }
        let cell = match self.run_frame(Box::new(body_frame))? {
            FrameExit::Return(Value::Cell(c)) => Some(c),
            _ => None,
        };
        let cls = self.new_class(&name, &bases, &ns)?;
        if let Some(c) = cell {
            *c.value.borrow_mut() = Some(Value::Type(cls.clone()));
        }
        frame.stack.push(Value::Type(cls));
        Ok(())
    }

    /// Creates a class from its name, bases and namespace (also `type(name, bases, ns)`).
    pub fn new_class(
        &mut self,
        name: &Rc<PyStr>,
        bases: &[Value],
        ns: &Rc<PyDict>,
    ) -> PyResult<Rc<PyType>> {
        let mut base_types = Vec::new();
        for b in bases {
            match b {
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
        let mut kind = TypeKind::Object;
        for b in &base_types {
            match b.kind {
                TypeKind::Object => {}
                TypeKind::BaseException => kind = TypeKind::BaseException,
                _ => {
                    return Err(self.new_error(
                        ExcKind::NotImplementedError,
                        format!(
                            "subclassing built-in type '{}' is not supported yet",
                            b.name.as_str()
                        ),
                    ))
                }
            }
        }
        let mro = match crate::object::types::typeobj::c3_merge(&base_types) {
            Some(m) => m,
            None => {
                let names: Vec<&str> = base_types.iter().map(|b| b.name.as_str()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let module = match self.dict_get_str(ns, "__module__") {
            Some(Value::Str(s)) => s,
            _ => Rc::new(PyStr::new("__main__")),
        };
        let qualname = match self.dict_get_str(ns, "__qualname__") {
            Some(Value::Str(s)) => s,
            _ => name.clone(),
        };
        let dict = PyDict::new();
        let entries: Vec<(Value, Value)> = ns.items();
        for (k, v) in entries {
            if matches!(&k, Value::Str(s) if s.as_str() == "__qualname__") {
                continue;
            }
            self.dict_set(&dict, k, v)?;
        }
        let cls = Rc::new(PyType {
            name: name.clone(),
            qualname: RefCell::new(qualname),
            module,
            bases: base_types,
            mro,
            dict,
            kind,
            ctor: None,
            heap: true,
        });
        // A parent's `__init_subclass__` (implicitly a classmethod) sees the new class.
        let hook = cls
            .mro
            .iter()
            .find_map(|t| t.dict.get_str("__init_subclass__").map(|v| (t.heap, v)));
        if let Some((true, hook)) = hook {
            let func = match &hook {
                Value::Wrapper(w) => match w.as_ref() {
                    crate::object::types::PyWrapper::ClassMethod(f) => f.clone(),
                    _ => hook.clone(),
                },
                _ => hook.clone(),
            };
            self.call_value(&func, &[Value::Type(cls.clone())], &[])?;
        }
        Ok(cls)
    }

    #[inline(never)]
    pub(super) fn before_with(&mut self, frame: &mut Frame) -> PyResult<()> {
        let mgr = frame.stack.pop().unwrap_or(Value::None);
        let ty = self.type_of(&mgr);
        let (Some(enter), Some(exit)) = (ty.lookup("__enter__"), ty.lookup("__exit__")) else {
            let missing = if ty.lookup("__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                ty.name.as_str()
            )));
        };
        let exit_bound = Value::Method(Rc::new(PyMethod {
            func: exit,
            this: mgr.clone(),
        }));
        let entered = self.call_value(&enter, std::slice::from_ref(&mgr), &[])?;
        frame.stack.push(exit_bound);
        frame.stack.push(entered);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn with_except_start(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let exc = frame.stack.last().cloned().unwrap_or(Value::None);
        let exit = frame.stack[frame.stack.len() - depth as usize].clone();
        let ty = Value::Type(self.type_of(&exc));
        let r = self.call_value(&exit, &[ty, exc, Value::None], &[])?;
        frame.stack.push(r);
        Ok(())
    }
}
