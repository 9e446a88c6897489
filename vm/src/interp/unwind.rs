//! Raising and handling exceptions: constructors for errors, the unwinder that finds a handler
//! through the exception table, and the except/finally instructions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Flow, Frame, Vm};
use crate::bytecode::CodeFlags;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{ExcData, PyInstance, PyType, TracebackEntry};
use crate::object::Value;

impl Vm {
    /// A new instance of exception class `cls` with `args`.
    pub fn new_exception(&mut self, cls: Rc<PyType>, args: Vec<Value>) -> Rc<PyInstance> {
        let exc = Rc::new(PyInstance::with_exc(
            cls,
            ExcData {
                args: RefCell::new(Value::tuple(args)),
                traceback: RefCell::new(Vec::new()),
                tb_object: RefCell::new(None),
                cause: RefCell::new(None),
                context: RefCell::new(None),
                suppress_context: Cell::new(false),
                context_fixed: Cell::new(false),
                raise_locals: RefCell::new(None),
            },
        ));
        crate::object::gc::track(&Value::Instance(exc.clone()));
        exc
    }

    pub fn new_error(&mut self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let cls = self.exc_type(kind);
        let exc = self.new_exception(cls, vec![Value::string(msg.into())]);
        PyErr { exc }
    }

    /// `MemoryError()`, without arguments as CPython raises it.
    pub fn memory_error(&mut self) -> PyErr {
        let cls = self.exc_type(ExcKind::MemoryError);
        let exc = self.new_exception(cls, Vec::new());
        PyErr { exc }
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::TypeError, msg)
    }

    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ValueError, msg)
    }

    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::IndexError, msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::AttributeError, msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::OverflowError, msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ZeroDivisionError, msg)
    }

    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let cls = self.exc_type(ExcKind::KeyError);
        PyErr {
            exc: self.new_exception(cls, vec![key]),
        }
    }

    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let cls = self.exc_type(ExcKind::StopIteration);
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr {
            exc: self.new_exception(cls, args),
        }
    }

    /// Whether `err` is an instance of the built-in exception `kind`.
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        let target = &self.types.exceptions[kind.index()];
        err.exc.class().is_subtype(target)
    }

    /// Makes a `PyErr` out of what `raise x` was given: an exception class or instance.
    pub(crate) fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Instance(inst) if inst.exc.is_some() => Ok(PyErr { exc: inst }),
            Value::Type(t) if t.is_exception() => {
                let inst = self.call_value(&Value::Type(t.clone()), &[], &[])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr { exc: i }),
                    other => {
                        let got = Value::Type(self.type_of(&other));
                        let msg = format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(&Value::Type(t))?,
                            self.repr(&got)?
                        );
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// Whether `v` is an exception instance.
    pub(crate) fn is_exception_instance(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc.is_some())
    }

    /// Finds a handler for `err` in `frame` or its callers (down to `base`), recording the
    /// traceback on the way; returns the frame that handles it.
    #[inline(never)]
    pub(super) fn unwind(
        &mut self,
        mut frame: Box<Frame>,
        mut err: PyErr,
        base: usize,
        reraise: bool,
    ) -> PyResult<Box<Frame>> {
        // A new error gets the handled exception as its context. One coming back from
        // Python code a native call ran got its context where it was raised (a `raise`
        // statement sets it itself).
        if !reraise
            && err
                .exc
                .exc
                .as_ref()
                .is_some_and(|d| d.context.borrow().is_none() && !d.context_fixed.get())
        {
            self.set_context(&err);
        }
        let mut record = !reraise;
        // Where a comprehension stopped: CPython 3.12 runs comprehensions inline, so the
        // enclosing function's entry shows the comprehension's position.
        let mut inlined: Option<(u32, (u32, u32))> = None;
        loop {
            let position = || (frame.line(), frame.code.span_of(frame.ip.saturating_sub(1)));
            if frame.code.flags.has(CodeFlags::HIDDEN) {
                // Stands in for native code, which CPython's tracebacks do not show.
            } else if record && frame.code.flags.has(CodeFlags::COMPREHENSION) {
                inlined = inlined.or_else(|| Some(position()));
            } else if record {
                let (line, span) = inlined.take().unwrap_or_else(position);
                if let Some(exc) = &err.exc.exc {
                    exc.traceback.borrow_mut().push(TracebackEntry {
                        filename: frame.code.filename.clone(),
                        line,
                        span,
                        name: frame.code.name.clone(),
                        code: frame.code.clone(),
                        globals: frame.globals.clone(),
                        lasti: 2 * frame.ip.saturating_sub(1) as u32,
                        locals: None,
                    });
                }
            }
            record = true;
            if let Some(h) = frame.code.handler_for(frame.ip.saturating_sub(1)) {
                // Code that `marshal` loaded may promise a handler more than the stack
                // holds (the compiler's code never does).
                frame.stack.resize(h.depth as usize, Value::None);
                if h.lasti {
                    frame.stack.push(Value::from(frame.ip));
                }
                frame.stack.push(err.value());
                frame.ip = h.target as usize;
                return Ok(frame);
            }
            keep_locals(&err, &mut frame);
            if self.frames.len() > base {
                let consumer = self.frames.last_mut().filter(|c| !c.delegating.is_empty());
                if let Some(delegator) =
                    consumer.and_then(|c| super::iter::step_out_of_delegation(c, &mut frame))
                {
                    self.frames.push(delegator);
                }
            }
            if let Some(g) = frame.generator.take() {
                // A generator running in-loop ends with the exception.
                g.running.set(false);
                self.handling = frame.saved_handling.take();
                err = self.generator_stop_iteration(err, g.kind);
            }
            if self.frames.len() == base {
                return Err(err);
            }
            if frame.code.flags.counts_depth() {
                self.depth -= 1;
            }
            frame = self.frames.pop().expect("caller frame");
            // A `for` loop whose next item came from a Python frame (`__next__`, or the
            // function of a `map`): StopIteration from it ends the loop, as from any iterator.
            if let Some(exit) = for_iter_exit(&frame) {
                let stop = self.exc_type(ExcKind::StopIteration);
                if err.exc.class().is_subtype(&stop) {
                    frame.stack.pop();
                    frame.ip = exit as usize;
                    return Ok(frame);
                }
            }
        }
    }

    /// Chains the exception being handled as `__context__` of a newly raised one.
    pub(super) fn set_context(&mut self, err: &PyErr) {
        let Some(handling) = &self.handling else {
            return;
        };
        if Rc::ptr_eq(&handling.exc, &err.exc) {
            return;
        }
        // As CPython: cut the handled exception's context chain where it would reach the
        // new exception (no cycles), then chain the handled exception as the context.
        let mut link = handling.exc.clone();
        for _ in 0..100_000 {
            let next = match &link.exc {
                Some(d) => d.context.borrow().clone(),
                None => None,
            };
            match next {
                Some(Value::Instance(ctx)) => {
                    if Rc::ptr_eq(&ctx, &err.exc) {
                        if let Some(d) = &link.exc {
                            *d.context.borrow_mut() = None;
                        }
                        break;
                    }
                    link = ctx;
                }
                _ => break,
            }
        }
        if let Some(data) = &err.exc.exc {
            *data.context.borrow_mut() = Some(handling.value());
        }
    }

    #[inline(never)]
    pub(super) fn raise_instr(&mut self, frame: &mut Frame, argc: u32) -> Flow {
        match argc {
            0 => match self.handling.clone() {
                Some(e) => Flow::Reraise(e),
                None => Flow::Raise(
                    self.new_error(ExcKind::RuntimeError, "No active exception to reraise"),
                ),
            },
            1 => {
                let v = frame.stack.pop().unwrap_or_default();
                match self.make_raisable(v) {
                    Ok(e) => {
                        self.set_context(&e);
                        Flow::Raise(e)
                    }
                    Err(e) => Flow::Raise(e),
                }
            }
            _ => {
                let cause = frame.stack.pop().unwrap_or_default();
                let v = frame.stack.pop().unwrap_or_default();
                let err = match self.make_raisable(v) {
                    Ok(e) => e,
                    Err(e) => return Flow::Raise(e),
                };
                let cause = match cause {
                    Value::None => None,
                    other => match self.make_raisable(other) {
                        Ok(c) => Some(c.value()),
                        Err(_) => {
                            return Flow::Raise(
                                self.type_error("exception causes must derive from BaseException"),
                            )
                        }
                    },
                };
                if let Some(data) = &err.exc.exc {
                    *data.cause.borrow_mut() = cause;
                    data.suppress_context.set(true);
                }
                self.set_context(&err);
                Flow::Raise(err)
            }
        }
    }

    #[inline(never)]
    pub(super) fn reraise_instr(&mut self, frame: &mut Frame) -> Flow {
        let v = frame.stack.pop().unwrap_or_default();
        match v {
            Value::Instance(inst) if inst.exc.is_some() => Flow::Reraise(PyErr { exc: inst }),
            _ => Flow::Raise(self.new_error(ExcKind::SystemError, "bad reraise")),
        }
    }

    #[inline(never)]
    pub(super) fn exc_star_match_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let cond = frame.stack.pop().unwrap_or_default();
        let rest = frame.stack.pop().unwrap_or_default();
        let (rest, matched) = self.exc_star_match(&rest, &cond)?;
        frame.stack.push(rest);
        frame.stack.push(matched);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exc_star_reraise_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let rest = frame.stack.pop().unwrap_or_default();
        let raised = frame.stack.pop().unwrap_or_default();
        let orig = frame.stack.pop().unwrap_or_default();
        let raised = match raised {
            Value::List(l) => l.items.borrow().clone(),
            _ => Vec::new(),
        };
        let result = self.exc_star_reraise(&orig, raised, rest)?;
        frame.stack.push(result);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn push_exc_info(&mut self, frame: &mut Frame) -> PyResult<()> {
        let exc = frame.stack.pop().unwrap_or_default();
        // A generator's handlers save its own state: the caller's handled exception
        // (`saved_handling`) is not the generator's.
        let callers = frame.code.flags.has(CodeFlags::GENERATOR)
            && matches!((&self.handling, &frame.saved_handling),
                (Some(h), Some(s)) if Rc::ptr_eq(&h.exc, &s.exc));
        let prev = match &self.handling {
            Some(h) if !callers => h.value(),
            _ => Value::None,
        };
        if let Value::Instance(inst) = &exc {
            self.handling = Some(PyErr { exc: inst.clone() });
        }
        frame.stack.push(prev);
        frame.stack.push(exc);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn pop_except(&mut self, frame: &mut Frame) -> PyResult<()> {
        let prev = frame.stack.pop().unwrap_or_default();
        self.handling = match prev {
            Value::Instance(inst) => Some(PyErr { exc: inst }),
            // A generator without a handled exception of its own sees its caller's.
            _ if frame.code.flags.has(CodeFlags::GENERATOR) => frame.saved_handling.clone(),
            _ => None,
        };
        Ok(())
    }

    #[inline(never)]
    pub(super) fn check_exc_match(&mut self, frame: &mut Frame) -> PyResult<()> {
        let ty = frame.stack.pop().unwrap_or_default();
        let exc = frame.stack.last().cloned().unwrap_or_default();
        let matched = self.exception_matches(&exc, &ty)?;
        frame.stack.push(Value::Bool(matched));
        Ok(())
    }

    fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let Value::Instance(inst) = exc else {
            return Ok(false);
        };
        let not_allowed = |vm: &mut Vm| {
            Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ))
        };
        match ty.plain_tuple() {
            Value::Type(t) if t.is_exception() => Ok(inst.class().is_subtype(t)),
            // Every item must be an exception class (a nested tuple is not).
            Value::Tuple(items) => {
                let mut matched = false;
                for item in items.items.iter() {
                    match item {
                        Value::Type(t) if t.is_exception() => {
                            matched = matched || inst.class().is_subtype(t);
                        }
                        _ => return not_allowed(self),
                    }
                }
                Ok(matched)
            }
            _ => not_allowed(self),
        }
    }

    #[inline(never)]
    pub(super) fn unbound_local(&mut self, frame: &Frame, slot: u32) -> PyErr {
        let name = frame
            .code
            .slot_names
            .get(slot as usize)
            .map_or("?", |n| n.as_str())
            .to_string();
        self.new_error(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    #[inline(never)]
    pub(super) fn name_error(&mut self, frame: &Frame, name: &str) -> PyErr {
        let err = self.new_error(ExcKind::NameError, format!("name '{name}' is not defined"));
        let _ = self.dict_set(&err.exc.dict, Value::str("name"), Value::str(name));
        // The function's bound variables, for the "Did you mean" hint of the report.
        if !frame.code.flags.has(crate::bytecode::CodeFlags::NAMESPACE) {
            let locals = self.slots_dict(&frame.code, &frame.fast);
            if let Some(data) = &err.exc.exc {
                *data.raise_locals.borrow_mut() = Some(Value::Dict(locals));
            }
        }
        err
    }
}

/// The variables of a frame the exception leaves go to the frame's traceback entry (the
/// last one, as the frame recorded it), where `tb_frame.f_locals` finds them.
fn keep_locals(err: &PyErr, frame: &mut Frame) {
    if frame.code.flags.has(CodeFlags::NAMESPACE) || frame.fast.is_empty() {
        return;
    }
    let Some(exc) = &err.exc.exc else {
        return;
    };
    let Ok(mut entries) = exc.traceback.try_borrow_mut() else {
        return;
    };
    if let Some(entry) = entries.last_mut() {
        if entry.locals.is_none() && Rc::ptr_eq(&entry.code, &frame.code) {
            entry.locals = Some(Rc::new(std::mem::take(&mut frame.fast)));
        }
    }
}

/// The loop exit of the `ForIter` instruction `frame` is stopped at, if it is at one.
fn for_iter_exit(frame: &Frame) -> Option<u32> {
    let at = frame.code.instrs.get(frame.ip.checked_sub(1)?)?;
    (at.op == crate::bytecode::Op::ForIter).then_some(at.arg)
}
