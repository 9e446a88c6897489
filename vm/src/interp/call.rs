//! Calling: the call instructions, calls from native code, classes as constructors,
//! building functions and classes, and the `with` protocol.

use std::rc::Rc;

use super::{Flow, Frame, FrameExit, Vm};
use crate::bytecode::CodeFlags;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{
    Args, PyCell, PyFunction, PyGenerator, PyMethod, PyStr, Role, TypeKind,
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
        // A small dispatcher: each kind is called out of line, so only the frames of the
        // kind being called stay on the wasm stack while Python code runs underneath.
        match callable {
            Value::Function(f) => self.call_function(f, args, kwargs),
            Value::Builtin(b) => self.call_builtin(b, args, kwargs),
            _ => self.call_other(callable, args, kwargs),
        }
    }

    /// Runs a Python function called from native code in a nested dispatch loop.
    #[inline(never)]
    fn call_function(
        &mut self,
        f: &Rc<PyFunction>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let frame = self.function_frame(f, args, kwargs)?;
        if f.flags().has(CodeFlags::GENERATOR) {
            return Ok(self.make_generator(f, frame));
        }
        if self.native_stack + super::PY_CALL_STACK > super::NATIVE_STACK_BUDGET {
            return Err(self.new_error(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        self.native_stack += super::PY_CALL_STACK;
        let result = self.run_frame(frame);
        self.native_stack -= super::PY_CALL_STACK;
        match result? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(..) => Err(self.new_error(ExcKind::SystemError, "unexpected yield")),
        }
    }

    /// Calls a function written in Rust, checking the receiver of a type's method.
    #[inline(never)]
    fn call_builtin(
        &mut self,
        b: &crate::object::types::PyBuiltin,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        if let Some(owner) = b.owner {
            let Some(this) = args.first() else {
                return Err(self.unbound_without_self(owner, b.name));
            };
            if b.kind != TypeKind::Object && !receiver_fits(b.kind, this) {
                return Err(self.wrong_receiver(b, owner, this));
            }
            if b.role != Role::Plain {
                self.check_role(b, owner, args.len() - 1, kwargs)?;
            }
            if matches!(
                b.kind,
                TypeKind::Str | TypeKind::Bytes | TypeKind::ByteArray
            ) && args[1..]
                .iter()
                .chain(kwargs.iter().map(|(_, v)| v))
                .any(is_str_subclass)
                && !matches!(b.name, "format" | "format_map" | "__mod__" | "__rmod__")
            {
                return self.call_with_plain_str_args(b, args, kwargs);
            }
            if let Value::Instance(inst) = this {
                if let Some(base) = &inst.base {
                    return self.call_on_base(b, this, base, args, kwargs);
                }
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

    /// A str or bytes method given instances of str subclasses as arguments: as CPython's,
    /// it uses their text (the receiver is handled by `call_builtin`).
    #[inline(never)]
    fn call_with_plain_str_args(
        &mut self,
        b: &crate::object::types::PyBuiltin,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let plain = |v: &Value| match v {
            Value::Instance(i) if is_str_subclass(v) => i.base.clone().unwrap_or_default(),
            other => other.clone(),
        };
        let mut pos: Vec<Value> = args.iter().map(plain).collect();
        pos[0] = args[0].clone();
        let kw: Vec<(Rc<PyStr>, Value)> =
            kwargs.iter().map(|(k, v)| (k.clone(), plain(v))).collect();
        self.call_builtin(b, &pos, &kw)
    }

    /// Calls what is neither a function nor a built-in: bound methods, classes, instances
    /// with `__call__`, static methods.
    #[inline(never)]
    fn call_other(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        match callable {
            Value::Method(m) => {
                let all: Vec<Value> = with_first(m.this.clone(), args);
                let func = m.func.clone();
                self.call_value(&func, &all, kwargs)
            }
            Value::Type(t) => self.call_type(t, args, kwargs),
            Value::Instance(_) => {
                let ty = self.type_of(callable);
                match ty.lookup("__call__") {
                    // A built-in function in the class does not bind (`__call__ = print`).
                    Some(f @ Value::Builtin(_)) if f.builtin_function() => {
                        self.call_value(&f, args, kwargs)
                    }
                    Some(f) => {
                        let all: Vec<Value> = with_first(callable.clone(), args);
                        self.call_value(&f, &all, kwargs)
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
            Value::Wrapper(w) => match w.as_ref() {
                crate::object::types::PyWrapper::StaticMethod(f, _) => {
                    let f = f.clone();
                    self.call_value(&f, args, kwargs)
                }
                _ => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    /// A built-in type's method called on an instance of a Python subclass: it works on the
    /// built-in value the instance extends, and returning that value returns the instance.
    #[inline(never)]
    fn call_on_base(
        &mut self,
        b: &crate::object::types::PyBuiltin,
        this: &Value,
        base: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let owner = b.owner.unwrap_or("object");
        if let (Value::Dict(d), Value::Instance(_), ["__getitem__", "dict"], [_, key]) =
            (base, this, [b.name, owner], args)
        {
            // `dict.__getitem__(sub, key)` goes to the subclass's `__missing__` too.
            return self.dict_get_or_missing(this, d, key);
        }
        // `copy()` and `|` of a dict subclass that overrides `__iter__` read it through its
        // `keys()` and `__getitem__`, as CPython's `PyDict_Merge` does.
        if let (Value::Dict(_), Value::Instance(i), "dict") = (base, this, owner) {
            if matches!(b.name, "copy" | "__or__") && i.class().lookup_heap("__iter__").is_some() {
                let other = match (b.name, args) {
                    ("copy", [_]) => None,
                    ("__or__", [_, other]) => Some(other),
                    _ => {
                        return Err(
                            self.type_error(format!("{}() takes exactly one argument", b.name))
                        )
                    }
                };
                if let Some(o) = other {
                    if !matches!(o, Value::Dict(_))
                        && !matches!(o, Value::Instance(oi) if matches!(oi.base, Some(Value::Dict(_))))
                    {
                        return Ok(Value::NotImplemented);
                    }
                }
                return self.dict_merged(this, other);
            }
        }
        // A property subclass's `setter` copies through the subclass: it needs the instance.
        let keep = owner == "property" && matches!(b.name, "getter" | "setter" | "deleter")
            // A reduction names the subclass and carries the instance's attributes.
            || (matches!(b.name, "__reduce__" | "__reduce_ex__")
                && matches!(owner, "set" | "frozenset" | "bytearray"));
        let substitute = self.builtin_self(owner, this);
        if keep || !substitute.is(base) {
            return (b.func)(
                self,
                Args {
                    pos: args,
                    kw: kwargs,
                },
            );
        }
        let mut all = args.to_vec();
        all[0] = substitute;
        let r = (b.func)(
            self,
            Args {
                pos: &all,
                kw: kwargs,
            },
        )?;
        Ok(if let (Value::Set(s), "copy") = (&r, b.name) {
            // `frozenset.copy` returns its receiver; a subclass's copy is a new frozenset.
            if r.is(base) {
                Value::Set(crate::object::types::set::copy_of(s))
            } else {
                r
            }
        } else {
            receiver_result(r, base, this, b.name)
        })
    }

    /// The argument checks CPython's calling conventions make for a built-in type's method
    /// (`METH_NOARGS`, `METH_O`, no keywords, named parameters), with its messages.
    fn check_role(
        &mut self,
        b: &crate::object::types::PyBuiltin,
        owner: &str,
        given: usize,
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<()> {
        let name = b.name;
        let msg = match b.role {
            Role::NoArgs | Role::One | Role::NoKeywords if !kwargs.is_empty() => {
                format!("{owner}.{name}() takes no keyword arguments")
            }
            Role::NoArgs if given > 0 => {
                format!("{owner}.{name}() takes no arguments ({given} given)")
            }
            Role::One if given != 1 => {
                format!("{owner}.{name}() takes exactly one argument ({given} given)")
            }
            Role::Keywords(names) => {
                if given > names.len() {
                    let n = names.len();
                    format!(
                        "{name}() takes at most {n} argument{} ({} given)",
                        if n == 1 { "" } else { "s" },
                        given + kwargs.len()
                    )
                } else if let Some((k, _)) =
                    kwargs.iter().find(|(k, _)| !names.contains(&k.as_str()))
                {
                    format!(
                        "'{}' is an invalid keyword argument for {name}()",
                        k.as_str()
                    )
                } else {
                    return Ok(());
                }
            }
            _ => return Ok(()),
        };
        Err(self.type_error(msg))
    }

    /// A built-in type's method called with a receiver of another type.
    #[cold]
    fn wrong_receiver(
        &mut self,
        b: &crate::object::types::PyBuiltin,
        owner: &str,
        this: &Value,
    ) -> PyErr {
        let got = self.type_name(this);
        if super::protocol::is_slot_wrapper(Some(owner), b.name) {
            self.type_error(format!(
                "descriptor '{}' requires a '{owner}' object but received a '{got}'",
                b.name
            ))
        } else {
            self.type_error(format!(
                "descriptor '{}' for '{owner}' objects doesn't apply to a '{got}' object",
                b.name
            ))
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
            // The type's own name here (`deque`), its dotted one (`collections.deque`) above.
            let short = owner.rsplit('.').next().unwrap_or(owner);
            self.type_error(format!("unbound method {short}.{name}() needs an argument"))
        }
    }

    fn make_generator(&mut self, f: &Rc<PyFunction>, frame: Box<Frame>) -> Value {
        let flags = f.flags();
        let kind = if flags.has(CodeFlags::ASYNC_GENERATOR) {
            crate::object::types::GenKind::AsyncGenerator
        } else if flags.has(CodeFlags::COROUTINE) {
            crate::object::types::GenKind::Coroutine
        } else {
            crate::object::types::GenKind::Generator
        };
        let g = Value::Generator(Rc::new(PyGenerator::new(
            frame,
            f.name.borrow().clone(),
            f.qualname.borrow().clone(),
            kind,
        )));
        crate::object::gc::track(&g);
        g
    }

    /// The commonest calls of `len` and `isinstance`, answered before any of the general
    /// call's checks: None when the call needs them.
    #[inline(always)]
    fn quick_builtin(&self, name: &str, args: &[Value]) -> Option<Value> {
        match (name, args) {
            ("len", [v]) => Some(Value::Int(super::protocol::core_len(v)? as i64)),
            ("isinstance", [_, _]) => self.quick_isinstance(args).map(Value::Bool),
            _ => None,
        }
    }

    /// `isinstance(obj, cls)` when no Python code can take part: `cls` a class whose metaclass
    /// is `type`, and `obj` an instance of it (or of a subclass), or a built-in value (whose
    /// `__class__` cannot be replaced). None otherwise: the call takes the general path.
    #[inline]
    fn quick_isinstance(&self, args: &[Value]) -> Option<bool> {
        let [obj, Value::Type(cls)] = args else {
            return None;
        };
        if cls.meta.is_some() {
            return None;
        }
        match obj {
            Value::Instance(inst) => inst.is_instance_of(cls).then_some(true),
            _ if plain_value(obj) => Some(self.type_of(obj).is_subtype(cls)),
            _ => None,
        }
    }

    /// Enters a Python function in the same loop, or calls anything else natively.
    #[inline(always)]
    fn call_at(&mut self, frame: &mut Frame, func_pos: usize, args_pos: usize) -> Flow {
        // A Python function (or a method of one) that is not a generator: the callee leaves
        // the stack without a reference-count round trip and its frame is entered here.
        let plain = match &frame.stack[func_pos] {
            Value::Function(f) => !f.flags().has(CodeFlags::GENERATOR),
            // `m(args)`, or `obj.m(args)` where `m` was found bound (`[m, NULL, args]`).
            Value::Method(m) if args_pos == func_pos + 1 || args_pos == func_pos + 2 => {
                matches!(&m.func, Value::Function(f) if !f.flags().has(CodeFlags::GENERATOR))
            }
            _ => false,
        };
        if plain {
            return self.enter_python_at(frame, func_pos, args_pos);
        }
        self.call_other_at(frame, func_pos, args_pos)
    }

    /// `call_at` of a Python function or a method of one (checked by the caller): a
    /// function of its own, small enough for its values to stay in registers.
    #[inline(never)]
    fn enter_python_at(&mut self, frame: &mut Frame, func_pos: usize, args_pos: usize) -> Flow {
        let callee = std::mem::replace(&mut frame.stack[func_pos], Value::None);
        let (f, start) = match &callee {
            Value::Method(m) => {
                // `self` goes where the arguments start, just before them.
                let this = args_pos - 1;
                frame.stack[this] = m.this.clone();
                (&m.func, this)
            }
            f => (f, args_pos),
        };
        let Value::Function(f) = f else {
            unreachable!("checked by call_at")
        };
        match self.function_frame_from_stack(f, &mut frame.stack, start, func_pos) {
            Ok(fr) => Flow::Call(fr),
            Err(e) => Flow::Raise(e),
        }
    }

    /// `call_at` of anything but a Python function.
    #[inline(never)]
    fn call_other_at(&mut self, frame: &mut Frame, func_pos: usize, args_pos: usize) -> Flow {
        if let Value::Type(t) = &frame.stack[func_pos] {
            if args_pos + 1 == frame.stack.len() && Rc::ptr_eq(t, &self.types.type_) {
                // `type(x)`.
                let class = Value::Type(self.type_of(&frame.stack[args_pos]));
                return finish_call(frame, func_pos, Ok(class));
            }
        }
        if let Value::Builtin(b) = &frame.stack[func_pos] {
            if b.owner.is_none() {
                if let Some(r) = self.quick_builtin(b.name, &frame.stack[args_pos..]) {
                    return finish_call(frame, func_pos, Ok(r));
                }
            }
            // (Deep in recursion a call back into Python code runs in the loop instead.)
            let shallow =
                self.depth < super::inline::INLINE_DEPTH || !matches!(b.role, Role::CallsBack(_));
            if shallow && direct_builtin(b, &frame.stack[args_pos..]) {
                // Called straight on the stack: no clone of the callee, no dispatch.
                let func = b.func;
                let r = func(
                    self,
                    Args {
                        pos: &frame.stack[args_pos..],
                        kw: &[],
                    },
                );
                frame.stack.truncate(func_pos);
                self.safe_point();
                return finish_call(frame, func_pos, r);
            }
        }
        if matches!(frame.stack[func_pos], Value::Builtin(_))
            && matches!(frame.stack.get(args_pos), Some(Value::Instance(_)))
        {
            if let Some(flow) = self.call_on_extended(frame, func_pos, args_pos) {
                return flow;
            }
        }
        let callee = frame.stack[func_pos].clone();
        match &callee {
            Value::Builtin(b) if b.role == Role::ReadsFrame => {
                return self.call_frame_builtin(frame, &callee, func_pos, args_pos);
            }
            Value::Builtin(b) if matches!(b.role, Role::CallsBack(_)) => {
                if let Some(flow) = self.enter_in_loop(frame, &callee, func_pos, args_pos) {
                    return flow;
                }
            }
            // A zero-argument `super()` the compiler could not complete: CPython's error
            // depends on the calling frame.
            Value::Type(t) if t.kind == TypeKind::Super && args_pos == frame.stack.len() => {
                let msg = if frame.code.argcount == 0 {
                    "super(): no arguments"
                } else {
                    "super(): __class__ cell not found"
                };
                frame.stack.truncate(func_pos);
                return Flow::Raise(self.new_error(ExcKind::RuntimeError, msg));
            }
            Value::Type(_) => {
                if let Some(flow) = self.enter_in_loop(frame, &callee, func_pos, args_pos) {
                    return flow;
                }
            }
            _ => {}
        }
        let makes_class = match &callee {
            Value::Type(t) => t.kind == TypeKind::Type,
            Value::Builtin(b) => b.name == "__build_class__" || self.is_type_new(b),
            _ => false,
        };
        if makes_class {
            return self.call_making_class(frame, &callee, func_pos, args_pos);
        }
        let r = self.call_value(&callee, &frame.stack[args_pos..], &[]);
        frame.stack.truncate(func_pos);
        // Temporaries the call freed (its arguments) finalize now, as in CPython.
        self.safe_point();
        finish_call(frame, func_pos, r)
    }

    /// `obj.m(args)` where `m` is a method of `list` or `dict` and `obj` an instance of a
    /// Python subclass of it (deltablue's `OrderedCollection`): the method runs directly on
    /// the value `obj` extends, which stands in for `obj` on the stack during the call, as
    /// `call_on_base` would pass it; returning that value returns `obj`. None: the general
    /// path (other methods, arguments Python code could run through).
    #[inline(never)]
    fn call_on_extended(
        &mut self,
        frame: &mut Frame,
        func_pos: usize,
        args_pos: usize,
    ) -> Option<Flow> {
        let Value::Builtin(b) = &frame.stack[func_pos] else {
            return None;
        };
        // `call_on_base`'s own cases for these types: `__missing__`, an overridden `__iter__`.
        if !matches!(b.kind, TypeKind::List | TypeKind::Dict)
            || matches!(b.name, "__getitem__" | "copy" | "__or__")
        {
            return None;
        }
        let b = b.clone();
        let Some(Value::Instance(inst)) = frame.stack.get(args_pos) else {
            return None;
        };
        let base = inst.base.clone()?;
        let this = std::mem::replace(&mut frame.stack[args_pos], base.clone());
        if !direct_builtin(&b, &frame.stack[args_pos..]) {
            frame.stack[args_pos] = this;
            return None;
        }
        let r = (b.func)(
            self,
            Args {
                pos: &frame.stack[args_pos..],
                kw: &[],
            },
        );
        frame.stack.truncate(func_pos);
        let r = r.map(|v| receiver_result(v, &base, &this, b.name));
        drop(this);
        self.safe_point();
        Some(finish_call(frame, func_pos, r))
    }

    /// A built-in or class called with positional arguments whose Python code can run in
    /// this loop: the flow that enters it, or None to call natively. Out of line, so the
    /// frame of `call_at` stays small on the native path.
    #[inline(never)]
    fn enter_in_loop(
        &mut self,
        frame: &mut Frame,
        callee: &Value,
        func_pos: usize,
        args_pos: usize,
    ) -> Option<Flow> {
        if self.depth >= super::inline::INLINE_DEPTH {
            if let Some(entered) = self.inline_call(callee, &frame.stack[args_pos..], &[]) {
                frame.stack.truncate(func_pos);
                return Some(match entered {
                    Ok(fr) => Flow::Call(fr),
                    Err(e) => Flow::Raise(e),
                });
            }
        }
        let take_args = |frame: &mut Frame| {
            let args = frame.stack.split_off(args_pos);
            frame.stack.truncate(func_pos);
            args
        };
        match callee {
            Value::Type(t) if constructs_in_loop(t) => {
                let args = take_args(frame);
                Some(self.construct(frame, t, &args, &[]))
            }
            Value::Type(t) => {
                let f = meta_call(t)?;
                let args = take_args(frame);
                Some(self.enter_with_first(&f, callee.clone(), &args, &[]))
            }
            _ => None,
        }
    }

    /// Calls a Python class from the loop: `__new__` natively, then a Python `__init__` as a
    /// frame of this loop whose return leaves the new object on the stack.
    #[inline(never)]
    fn construct(
        &mut self,
        frame: &mut Frame,
        t: &Rc<crate::object::types::PyType>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> Flow {
        use super::classes::Constructed;
        // A metaclass records the caller's module in the class it makes.
        let meta = t.kind == TypeKind::Type;
        let saved = if meta {
            self.call_globals.replace(frame.globals.clone())
        } else {
            None
        };
        let made = self.type_call_new(t, args, kwargs);
        if meta {
            self.call_globals = saved;
        }
        let (obj, init) = match made {
            Ok(Constructed::Done(obj)) => {
                frame.stack.push(obj);
                return Flow::Next;
            }
            Ok(Constructed::NeedsInit(obj, init)) => (obj, init),
            Err(e) => return Flow::Raise(e),
        };
        if let Value::Function(f) = &init {
            if !f.flags().has(CodeFlags::GENERATOR) {
                return match self.function_frame_with_first(f, &obj, args, kwargs) {
                    Ok(mut callee) => {
                        callee.gen_exit = super::GenExit::Init;
                        frame.stack.push(obj);
                        Flow::Call(callee)
                    }
                    Err(e) => Flow::Raise(e),
                };
            }
        }
        let r = match &init {
            Value::Builtin(_) | Value::Function(_) => {
                let all: smallvec::SmallVec<[Value; 8]> = with_first(obj.clone(), args);
                self.call_value(&init, &all, kwargs)
            }
            other => {
                let cls = self.type_of(&obj);
                match self.descr_get(other, Some(&obj), &cls) {
                    Ok(bound) => self.call_value(&bound, args, kwargs),
                    Err(e) => Err(e),
                }
            }
        };
        match r.and_then(|r| self.init_result(&r)) {
            Ok(()) => {
                frame.stack.push(obj);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    /// Calls a metaclass or `__build_class__` with the calling frame's globals at hand, so a
    /// class made without `__module__` records the caller's module, as CPython.
    #[inline(never)]
    /// Whether `b` is `type.__new__` (called from a metaclass's own `__new__`, it records
    /// the calling module as a class call does).
    fn is_type_new(&self, b: &Rc<crate::object::types::PyBuiltin>) -> bool {
        b.name == "__new__"
            && matches!(self.types.type_.dict.get_str("__new__"), Some(Value::Wrapper(w))
                if matches!(w.as_ref(), crate::object::types::PyWrapper::StaticMethod(Value::Builtin(t), _) if Rc::ptr_eq(t, b)))
    }

    fn call_making_class(
        &mut self,
        frame: &mut Frame,
        callee: &Value,
        func_pos: usize,
        args_pos: usize,
    ) -> Flow {
        let saved = self.call_globals.replace(frame.globals.clone());
        let r = self.call_value(callee, &frame.stack[args_pos..], &[]);
        self.call_globals = saved;
        finish_call(frame, func_pos, r)
    }

    /// Calls a built-in that reads the calling frame (`locals()`, `eval`, ...).
    #[inline(never)]
    fn call_frame_builtin(
        &mut self,
        frame: &mut Frame,
        callee: &Value,
        func_pos: usize,
        args_pos: usize,
    ) -> Flow {
        let lazy = matches!(callee, Value::Builtin(b) if b.name == "_getframe")
            && frame.locals_map.is_none()
            && frame.locals.is_none()
            && !frame.code.flags.inlined();
        let (captured, slots) = if lazy {
            let caller = super::CallerFrame {
                globals: frame.globals.clone(),
                locals: Value::None,
                position: Some((frame.code.clone(), frame.line())),
            };
            (
                caller,
                Some(crate::traceback::PendingLocals::of_function(frame)),
            )
        } else {
            (self.capture_caller(frame), None)
        };
        let saved = self.caller.replace(captured);
        let saved_slots = std::mem::replace(&mut self.caller_slots, slots);
        let r = self.call_value(callee, &frame.stack[args_pos..], &[]);
        self.caller = saved;
        self.caller_slots = saved_slots;
        finish_call(frame, func_pos, r)
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
        let names = match frame.stack.pop() {
            Some(Value::Tuple(t)) if t.items.len() <= argc => t,
            // Only code whose constants were replaced (`code.replace`) gets here.
            _ => return Flow::Raise(self.new_error(ExcKind::SystemError, "bad keyword names")),
        };
        let nkw = names.items.len();
        let func_pos = frame.stack.len() - argc - 1;
        let kw_start = frame.stack.len() - nkw;
        let (args, kw_values) = frame.stack[func_pos + 1..].split_at(kw_start - func_pos - 1);
        let entered = match &frame.stack[func_pos] {
            Value::Function(f) => self.kw_frame(f, None, args, kw_values, &names.items),
            Value::Method(m) => match &m.func {
                Value::Function(f) => {
                    self.kw_frame(f, Some(&m.this), args, kw_values, &names.items)
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(callee) = entered {
            while frame.stack.len() > func_pos {
                if let Some(v) = frame.stack.pop() {
                    crate::object::discard(v);
                }
            }
            return Flow::Call(callee);
        }
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

    /// The frame of a keyword call of Python function `f` (after `first`, a bound method's
    /// object) that needs none of the general binding's work: no `*args`/`**kwargs`
    /// parameters, every keyword names a parameter not already given, nothing is missing.
    /// None otherwise: the general binding then runs (and reports what is wrong).
    fn kw_frame(
        &mut self,
        f: &Rc<crate::object::types::PyFunction>,
        first: Option<&Value>,
        args: &[Value],
        kw_values: &[Value],
        kw_names: &[Value],
    ) -> Option<Box<Frame>> {
        if f.flags().has(CodeFlags::GENERATOR) {
            return None;
        }
        let code = f.current_code();
        let code = &*code;
        if code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) != 0 {
            return None;
        }
        let argcount = code.argcount as usize;
        let (posonly, kwonly) = (code.posonlyargcount as usize, code.kwonlyargcount as usize);
        let given = first.into_iter().chain(args);
        if args.len() + usize::from(first.is_some()) > argcount {
            return None;
        }
        let mut frame = self.alloc_frame(code, &f.globals, None);
        for (slot, a) in frame.fast.iter_mut().zip(given) {
            *slot = Some(a.clone());
        }
        let names = &code.slot_names[..argcount + kwonly];
        let mut complete = kw_names.iter().zip(kw_values).all(|(k, v)| {
            let Value::Str(k) = k else { return false };
            let at = names
                .iter()
                .position(|n| Rc::ptr_eq(n, k) || n.as_str() == k.as_str());
            match at {
                Some(i) if i >= posonly && frame.fast[i].is_none() => {
                    frame.fast[i] = Some(v.clone());
                    true
                }
                _ => false,
            }
        });
        complete = complete && super::frame::fill_defaults(f, &mut frame, argcount);
        if complete && kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let slots = frame.fast[argcount..argcount + kwonly].iter_mut();
            for (slot, name) in slots.zip(&names[argcount..]) {
                if slot.is_none() {
                    match kwdefaults.as_ref().and_then(|d| d.get_str(name.as_str())) {
                        Some(v) => *slot = Some(v),
                        None => complete = false,
                    }
                }
            }
        }
        if !complete {
            self.recycle_frame(frame);
            return None;
        }
        super::frame::fill_closure(f, &mut frame);
        Some(frame)
    }

    /// Enters Python function `f` as a frame of this loop, called with `first` (the bound
    /// instance, or the class a metaclass `__call__` gets) before `args`.
    fn enter_with_first(
        &mut self,
        f: &Rc<crate::object::types::PyFunction>,
        first: Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> Flow {
        let all: Vec<Value> = with_first(first, args);
        match self.function_frame(f, &all, kwargs) {
            Ok(fr) => Flow::Call(fr),
            Err(e) => Flow::Raise(e),
        }
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
            if !f.flags().has(CodeFlags::GENERATOR) {
                return match self.function_frame(f, args, kwargs) {
                    Ok(fr) => Flow::Call(fr),
                    Err(e) => Flow::Raise(e),
                };
            }
        }
        // A bound Python method runs in this loop too (its frame sees its caller).
        if let Value::Method(m) = callee {
            if let Value::Function(f) = &m.func {
                if !f.flags().has(CodeFlags::GENERATOR) {
                    return self.enter_with_first(f, m.this.clone(), args, kwargs);
                }
            }
        }
        if let Some(entered) = self.inline_call(callee, args, kwargs) {
            return match entered {
                Ok(fr) => Flow::Call(fr),
                Err(e) => Flow::Raise(e),
            };
        }
        if let Value::Type(t) = callee {
            if constructs_in_loop(t) {
                return self.construct(frame, t, args, kwargs);
            }
            if let Some(f) = meta_call(t) {
                return self.enter_with_first(&f, callee.clone(), args, kwargs);
            }
        }
        let reads_frame = matches!(callee, Value::Builtin(b) if b.role == Role::ReadsFrame);
        if reads_frame {
            self.caller = Some(self.capture_caller(frame));
        }
        // A metaclass records the caller's module in the class it makes; so does
        // `type.__new__` called from a metaclass's own `__new__` (`super().__new__(...)`),
        // whose module is the one CPython records.
        let makes_class = match callee {
            Value::Type(t) => t.kind == TypeKind::Type,
            Value::Builtin(b) => self.is_type_new(b),
            _ => false,
        };
        let saved = if makes_class {
            self.call_globals.replace(frame.globals.clone())
        } else {
            None
        };
        let r = self.call_value(callee, args, kwargs);
        if makes_class {
            self.call_globals = saved;
        }
        if reads_frame {
            self.caller = None;
        }
        match r {
            Ok(v) => {
                frame.stack.push(v);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    #[inline(never)]
    pub(super) fn call_ex_instr(&mut self, frame: &mut Frame) -> Flow {
        let kwargs = frame.stack.pop().unwrap_or_default();
        let args = frame.stack.pop().unwrap_or_default();
        let callee = frame.stack.pop().unwrap_or_default();
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
                    // A str subclass names the keyword by its text.
                    Value::Instance(i) if matches!(&i.base, Some(Value::Str(_))) => {
                        if let Some(Value::Str(s)) = &i.base {
                            kw.push((s.clone(), v.clone()));
                        }
                    }
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
        let annotations = if flags & 4 != 0 {
            frame.stack.pop()
        } else {
            None
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
        // A list, set or dict comprehension's function is called at once and never seen by
        // Python code (CPython 3.12 makes none): nothing can refer to it, so no cycle either.
        let hidden = code.flags.inlined();
        let func = PyFunction::new(code, frame.globals.clone(), defaults, kwdefaults, closure);
        *func.annotations.borrow_mut() = annotations;
        let func = Value::Function(Rc::new(func));
        if !hidden {
            crate::object::gc::track(&func);
        }
        frame.stack.push(func);
        Ok(())
    }

    #[inline(never)]
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]` (with `is_async`, `__aexit__` and
    /// `__aenter__`, whose result is then awaited).
    pub(super) fn before_with(&mut self, frame: &mut Frame, is_async: bool) -> Flow {
        match self.enter_context(frame, is_async) {
            Ok(Some(callee)) => Flow::Call(callee),
            Ok(None) => Flow::Next,
            Err(e) => Flow::Raise(e),
        }
    }

    /// `BEFORE_WITH`'s work: `__exit__` bound and pushed, then `__enter__`'s result pushed; a
    /// Python `__enter__` is given back as a frame for the loop to enter (its return value is
    /// pushed as any callee's), the others are called here.
    fn enter_context(&mut self, frame: &mut Frame, is_async: bool) -> PyResult<Option<Box<Frame>>> {
        let mgr = frame.stack.pop().unwrap_or_default();
        let ty = self.type_of(&mgr);
        let (enter_name, exit_name, what) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let (Some(enter), Some(exit)) = (ty.lookup(enter_name), ty.lookup(exit_name)) else {
            let missing = if ty.lookup(enter_name).is_none() {
                String::new()
            } else {
                format!(" (missed {exit_name} method)")
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the {what} protocol{missing}",
                ty.name().as_str()
            )));
        };
        // Functions bind to the manager directly; any other descriptor through `__get__`.
        let exit_bound = match exit {
            Value::Function(_) | Value::Builtin(_) => Value::Method(Rc::new(PyMethod {
                func: exit,
                this: mgr.clone(),
            })),
            other => self.descr_get(&other, Some(&mgr), &ty)?,
        };
        if let Value::Function(f) = &enter {
            if !f.flags().has(CodeFlags::GENERATOR) {
                let callee = self.function_frame(f, std::slice::from_ref(&mgr), &[])?;
                frame.stack.push(exit_bound);
                return Ok(Some(callee));
            }
        }
        let entered = match enter {
            Value::Function(_) | Value::Builtin(_) => {
                self.call_value(&enter, std::slice::from_ref(&mgr), &[])?
            }
            other => {
                let bound = self.descr_get(&other, Some(&mgr), &ty)?;
                self.call_value(&bound, &[], &[])?
            }
        };
        frame.stack.push(exit_bound);
        frame.stack.push(entered);
        Ok(None)
    }

    #[inline(never)]
    pub(super) fn with_except_start(&mut self, frame: &mut Frame, depth: u32) -> PyResult<()> {
        let exc = frame.stack.last().cloned().unwrap_or_default();
        let exit = frame.stack[frame.stack.len() - depth as usize].clone();
        let ty = Value::Type(self.type_of(&exc));
        let tb = match &exc {
            Value::Instance(inst) => self.traceback_object(inst),
            _ => Value::None,
        };
        let r = self.call_value(&exit, &[ty, exc, tb], &[])?;
        frame.stack.push(r);
        Ok(())
    }
}

/// Whether `v` may be the receiver of a method of the built-in type of layout `kind`.
fn receiver_fits(kind: TypeKind, v: &Value) -> bool {
    use TypeKind as K;
    match (kind, v) {
        (K::Int, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        | (K::Bool, Value::Bool(_))
        | (K::Float, Value::Float(_))
        | (K::Str, Value::Str(_))
        | (K::Bytes, Value::Bytes(_))
        | (K::ByteArray, Value::ByteArray(_))
        | (K::List, Value::List(_))
        | (K::Tuple, Value::Tuple(_))
        | (K::Dict, Value::Dict(_))
        | (K::Range, Value::Range(_))
        | (K::Slice, Value::Slice(_))
        | (K::Type, Value::Type(_)) => true,
        (K::Set, Value::Set(s)) => !s.frozen,
        (K::FrozenSet, Value::Set(s)) => s.frozen,
        (
            K::Set | K::FrozenSet | K::Int | K::Float | K::Str | K::Bytes | K::ByteArray,
            Value::Instance(i),
        )
        | (K::List | K::Tuple | K::Dict, Value::Instance(i)) => i.class().kind == kind,
        (K::Int | K::Float | K::Str | K::Bytes | K::ByteArray | K::List, _)
        | (K::Tuple | K::Dict | K::Set | K::FrozenSet | K::Bool | K::Range, _)
        | (K::Slice | K::Type, _) => false,
        _ => true,
    }
}

/// Whether calling class `t` goes through `type.__call__` with `__new__` and `__init__`
/// (a Python class whose metaclass does not override `__call__`).
fn constructs_in_loop(t: &crate::object::types::PyType) -> bool {
    t.heap
        && t.meta
            .as_ref()
            .is_none_or(|m| matches!(m.lookup("__call__"), None | Some(Value::Builtin(_))))
}

/// A metaclass's `__call__` written in Python (not a generator): calling the class runs it
/// as a frame of the loop, so it sees its caller.
fn meta_call(t: &crate::object::types::PyType) -> Option<Rc<crate::object::types::PyFunction>> {
    match t.meta.as_ref()?.lookup("__call__")? {
        Value::Function(f) if !f.flags().has(CodeFlags::GENERATOR) => Some(f),
        _ => None,
    }
}

/// Whether a call of built-in `b` with `args` needs none of `call_at`'s other paths: a
/// module-level function that neither reads the calling frame nor makes a class, or a
/// built-in type's method on a receiver of that type with an argument count its role
/// accepts; with arguments through which no Python code could be entered in the loop
/// instead (plain values and built-in classes).
#[inline(always)]
fn direct_builtin(b: &crate::object::types::PyBuiltin, args: &[Value]) -> bool {
    let fits = match b.owner {
        None => {
            matches!(b.role, Role::Plain | Role::CallsBack(_))
                && b.name != "__build_class__"
                && b.name != "__new__"
        }
        // A method of a built-in type on a receiver of that type (`lst.append(x)`): what
        // `call_builtin` checks first holds.
        Some(_) => {
            let given = args.len().wrapping_sub(1);
            let count_fits = match b.role {
                Role::Plain | Role::NoKeywords => true,
                Role::NoArgs => given == 0,
                Role::One => given == 1,
                Role::Keywords(names) => given <= names.len(),
                Role::ReadsFrame | Role::CallsBack(_) => false,
            };
            count_fits
                && b.kind != TypeKind::Object
                && args.first().is_some_and(|this| receiver_fits(b.kind, this))
        }
    };
    fits && (args
        .iter()
        .all(|a| plain_value(a) || matches!(a, Value::Type(t) if !t.heap))
        || stores_only(b) && args.first().is_some_and(plain_value))
}

/// A method that only stores its arguments (`list.append`): no Python code can run through
/// them, whatever they are.
fn stores_only(b: &crate::object::types::PyBuiltin) -> bool {
    b.kind == TypeKind::List && b.name == "append"
}

/// A value of a core built-in type (not an instance of a Python class): no Python code runs
/// when a built-in reads it, and its `__class__` is its type.
#[inline(always)]
fn plain_value(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
    )
}

/// Replaces a call's callee and arguments on the stack by its result, or raises.
fn finish_call(frame: &mut Frame, func_pos: usize, r: PyResult<Value>) -> Flow {
    frame.stack.truncate(func_pos);
    match r {
        Ok(v) => {
            frame.stack.push(v);
            Flow::Next
        }
        Err(e) => Flow::Raise(e),
    }
}

/// An instance of a Python subclass of `str`.
fn is_str_subclass(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.base, Some(Value::Str(_))))
}

/// Whether a built-in method that returned its receiver's base value (called on a subclass
/// instance) returns the instance itself, as CPython's: `list.__iadd__` and the other
/// methods of mutable types do, and `str.format`/`%` when they had nothing to substitute;
/// an immutable type's other methods return a plain value (`str.__str__`).
/// What a built-in type's method run on the value `base` that instance `this` extends gives
/// back: `this` where the method returned its receiver, else its result.
fn receiver_result(r: Value, base: &Value, this: &Value, name: &str) -> Value {
    if r.is(base) && returns_receiver(&r, name) {
        this.clone()
    } else {
        r
    }
}

/// `first` followed by `args`: the arguments of a call that adds a receiver or class before
/// the caller's.
pub(crate) fn with_first<C: FromIterator<Value>>(first: Value, args: &[Value]) -> C {
    std::iter::once(first).chain(args.iter().cloned()).collect()
}

fn returns_receiver(v: &Value, name: &str) -> bool {
    match v {
        Value::Str(_) => matches!(name, "format" | "format_map" | "__mod__"),
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) => true,
        Value::Set(s) => !s.frozen,
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Bool(_)
        | Value::Complex(_)
        | Value::Bytes(_)
        | Value::Tuple(_) => false,
        _ => true,
    }
}
