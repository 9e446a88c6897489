//! Frames: one activation of a code object, living on the heap so Python calls never recurse
//! on the Rust stack; and the binding of call arguments to parameter slots.

use std::rc::Rc;

use crate::bytecode::{Code, CodeFlags, Op};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{PyDict, PyFunction, PyStr};
use crate::object::Value;

/// Finished frames kept for reuse.
const FRAME_POOL_SIZE: usize = 64;

/// One activation record.
pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Parameter, local, cell and free slots; `None` is unbound.
    pub fast: Vec<Option<Value>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies.
    pub locals: Option<Rc<PyDict>>,
    /// A namespace that is not a dict (a metaclass's `__prepare__` result, `exec` with a
    /// mapping): name instructions go through its `__getitem__`/`__setitem__`.
    pub locals_map: Option<Value>,
    /// The dict `locals()` returns in a function: one per frame, refreshed at each call.
    pub snapshot: Option<Rc<PyDict>>,
    /// Set while a generator's frame runs inside the dispatch loop of its consumer.
    pub generator: Option<Rc<crate::object::types::PyGenerator>>,
    /// What the consumer does when that generator finishes.
    pub gen_exit: GenExit,
    /// The consumer's exception being handled, restored when that generator suspends.
    pub saved_handling: Option<crate::error::PyErr>,
    /// Filled on a consumer while the generator it resumed runs delegated to: the
    /// generators that wait in `yield from` between them, outermost first, suspended in
    /// their objects (`Vm::enter_generator`).
    pub delegating: Vec<Rc<crate::object::types::PyGenerator>>,
}

/// How the caller continues when a frame entered in its loop finishes: the instruction that
/// resumed a generator, or a class call waiting for `__init__`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenExit {
    None,
    /// `__init__` of an object a class call made: the object is already on the caller's
    /// stack; the return value must be None.
    Init,
    /// `for`: drop the iterator and jump to the loop's exit.
    ForIter(u32),
    /// `yield from`: replace the iterator by the return value and jump.
    Send(u32),
}

impl Frame {
    /// A suspended generator's frame stopped inside `try`/`with`: closing it runs clean-up.
    pub fn suspended_in_handler(&self) -> bool {
        self.ip > 0 && self.code.handler_for(self.ip - 1).is_some()
    }

    /// A suspended generator's frame waits in `yield from`/`await` on the iterator on top of
    /// its stack.
    pub fn suspended_in_send(&self) -> bool {
        let at = |back: usize| {
            self.ip
                .checked_sub(back)
                .and_then(|i| self.code.instrs.get(i))
        };
        at(1).is_some_and(|i| i.op == Op::YieldValue) && at(2).is_some_and(|i| i.op == Op::Send)
    }

    /// Dropping a generator suspended here must close it: clean-up code would run, or the
    /// iterator it delegates to is closed first (as CPython's finalization does).
    pub fn needs_close(&self) -> bool {
        self.suspended_in_handler() || self.suspended_in_send()
    }

    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
        let mut frame = Frame::without_slots(code, globals, locals);
        let slots = frame.code.slot_count();
        frame.fast.resize(slots, None);
        frame
    }

    /// A frame whose slots are still to be pushed (room is reserved for them).
    fn without_slots(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
        let stack = Vec::with_capacity(code.max_stack as usize);
        let fast = Vec::with_capacity(code.slot_count());
        Frame {
            code,
            ip: 0,
            stack,
            fast,
            globals,
            locals,
            locals_map: None,
            snapshot: None,
            generator: None,
            gen_exit: GenExit::None,
            saved_handling: None,
            delegating: Vec::new(),
        }
    }

    /// The line being executed (of the last instruction started).
    pub fn line(&self) -> u32 {
        self.code.line_of(self.ip.saturating_sub(1))
    }
}

impl Vm {
    /// Builds the frame for calling `func`, binding positional and keyword arguments.
    pub(crate) fn function_frame(
        &mut self,
        func: &Rc<PyFunction>,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = func.current_code();
        let code = &*code;
        let mut frame = self.alloc_frame(code, &func.globals, None);
        let argcount = code.argcount as usize;
        let simple = kwargs.is_empty()
            && args.len() == argcount
            && code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        if simple {
            for (slot, a) in frame.fast.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else {
            self.bind_arguments(func, &mut frame, args, kwargs)?;
        }
        fill_closure(func, &mut frame);
        Ok(frame)
    }

    /// `function_frame` for a call whose first argument is `first` (an `__init__`'s new
    /// object) and the rest `args`: a positional call of exactly the parameters fills the
    /// slots directly, without a vector of the arguments.
    pub(crate) fn function_frame_with_first(
        &mut self,
        func: &Rc<PyFunction>,
        first: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = func.current_code();
        let code = &*code;
        let exact = kwargs.is_empty()
            && args.len() + 1 == code.argcount as usize
            && code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        if !exact {
            let all: smallvec::SmallVec<[Value; 8]> = super::call::with_first(first.clone(), args);
            return self.function_frame(func, &all, kwargs);
        }
        let mut frame = self.alloc_frame(code, &func.globals, None);
        let slots = std::iter::once(first).chain(args);
        for (slot, a) in frame.fast.iter_mut().zip(slots) {
            *slot = Some(a.clone());
        }
        fill_closure(func, &mut frame);
        Ok(frame)
    }

    /// `function_frame` for a call whose arguments are `stack[start..]`: they move into the
    /// new frame (no reference-count traffic) and the stack is cut back to `func_pos`.
    pub(crate) fn function_frame_from_stack(
        &mut self,
        func: &Rc<PyFunction>,
        stack: &mut Vec<Value>,
        start: usize,
        func_pos: usize,
    ) -> PyResult<Box<Frame>> {
        let code = func.current_code();
        let code = &*code;
        let (given, argcount) = (stack.len() - start, code.argcount as usize);
        let plain = code.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        // Positional arguments for every parameter, or for the first ones with defaults for
        // the rest (`f(x)` of `def f(x, y=1)`).
        let short = given < argcount && given + func.defaults.borrow().len() >= argcount;
        let simple = plain && (given == argcount || short);
        if !simple {
            let r = self.function_frame(func, &stack[start..], &[]);
            stack.truncate(func_pos);
            return r;
        }
        let mut frame = self.alloc_frame_with(code, &func.globals, stack, start);
        // What is left above the callee (its slot, `self`'s placeholder) holds no objects
        // that need dropping in the common case.
        while stack.len() > func_pos {
            if let Some(v) = stack.pop() {
                crate::object::discard(v);
            }
        }
        if short {
            fill_defaults(func, &mut frame, argcount);
        }
        fill_closure(func, &mut frame);
        Ok(frame)
    }

    /// A frame for `code`, reusing a finished frame's allocations when one is pooled.
    pub(crate) fn alloc_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> Box<Frame> {
        let mut f = self.take_frame(code, globals, locals);
        f.fast.extend((0..code.slot_count()).map(|_| None));
        f
    }

    /// A frame for `code` with no slots yet: a pooled one reset, or a new one.
    #[inline(always)]
    fn take_frame(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                // A pooled frame often ran the same code (a call in a loop, recursion): its
                // references are kept then, without a count up and down.
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                f.ip = 0;
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f.locals = locals;
                f
            }
            None => Box::new(Frame::without_slots(code.clone(), globals.clone(), locals)),
        }
    }

    /// [`Vm::alloc_frame`] for a positional call: `stack[start..]` moves into the first
    /// slots (the caller checked there are no more than the slots), the rest start unset.
    fn alloc_frame_with(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<PyDict>,
        stack: &mut Vec<Value>,
        start: usize,
    ) -> Box<Frame> {
        let slots = code.slot_count();
        let mut f = self.take_frame(code, globals, None);
        f.fast.reserve(slots);
        f.fast.extend(stack.drain(start..).map(Some));
        let filled = f.fast.len();
        f.fast.extend((filled..slots).map(|_| None));
        f
    }

    /// Returns a finished frame's allocations to the pool.
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            while let Some(v) = frame.stack.pop() {
                crate::object::discard(v);
            }
            // Locals are released first to last, as CPython clears a frame (ints and the
            // like without a call to the drop glue).
            for v in frame.fast.drain(..) {
                crate::object::discard_slot(v);
            }
            frame.locals = None;
            frame.locals_map = None;
            frame.snapshot = None;
            frame.saved_handling = None;
            frame.generator = None;
            frame.gen_exit = GenExit::None;
            frame.delegating.clear();
            self.frame_pool.push(frame);
        }
    }

    fn bind_arguments(
        &mut self,
        func: &Rc<PyFunction>,
        frame: &mut Frame,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<()> {
        let code = func.code();
        let qualname = func.qualname.borrow().clone();
        let qualname = qualname.as_str();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags.has(CodeFlags::VARARGS);
        let has_varkw = code.flags.has(CodeFlags::VARKEYWORDS);
        let names = &code.slot_names;

        let npos = args.len().min(argcount);
        for (i, a) in args.iter().take(npos).enumerate() {
            frame.fast[i] = Some(a.clone());
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra: Vec<Value> = args.iter().skip(argcount).cloned().collect();
            frame.fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if args.len() > argcount {
            let given_kw = kwargs
                .iter()
                .filter(|(k, _)| {
                    names[..argcount + kwonly]
                        .iter()
                        .any(|n| n.as_str() == k.as_str())
                })
                .count();
            let required = argcount - func.defaults.borrow().len().min(argcount);
            let takes = if required == argcount {
                format!("{argcount}")
            } else {
                format!("from {required} to {argcount}")
            };
            let plural = if argcount == 1 && required == argcount {
                ""
            } else {
                "s"
            };
            let given = args.len();
            let was = if given == 1 { "was" } else { "were" };
            let msg = if given_kw > 0 {
                let kwplural = if given_kw == 1 { "" } else { "s" };
                format!(
                    "{qualname}() takes {takes} positional argument{plural} but {given} positional argument{} (and {given_kw} keyword-only argument{kwplural}) were given",
                    if given == 1 { "" } else { "s" }
                )
            } else {
                format!("{qualname}() takes {takes} positional argument{plural} but {given} {was} given")
            };
            return Err(self.type_error(msg));
        }
        let kwdict = if has_varkw {
            let d = Rc::new(PyDict::new());
            frame.fast[slot] = Some(Value::dict(d.clone()));
            Some(d)
        } else {
            None
        };
        for (key, value) in kwargs {
            let pos = names[..argcount + kwonly]
                .iter()
                .position(|n| n.as_str() == key.as_str());
            match pos {
                Some(i) if i < posonly => {
                    if let Some(d) = &kwdict {
                        self.dict_set(d, Value::Str(key.clone()), value.clone())?;
                        continue;
                    }
                    // Every positional-only name given as a keyword is listed.
                    let given: Vec<&str> = names[..posonly]
                        .iter()
                        .filter(|n| kwargs.iter().any(|(k, _)| k.as_str() == n.as_str()))
                        .map(|n| n.as_str())
                        .collect();
                    return Err(self.type_error(format!(
                        "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                        given.join(", ")
                    )));
                }
                Some(i) => {
                    if frame.fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{}'",
                            key.as_str()
                        )));
                    }
                    frame.fast[i] = Some(value.clone());
                }
                None => match &kwdict {
                    Some(d) => self.dict_set(d, Value::Str(key.clone()), value.clone())?,
                    None => {
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{}'",
                            key.as_str()
                        )))
                    }
                },
            }
        }
        // Defaults for the trailing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(names[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(qualname, "positional", &missing)));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for i in argcount..argcount + kwonly {
            if frame.fast[i].is_none() {
                let default = match &kwdefaults {
                    Some(d) => self.dict_get_str(d, names[i].as_str()),
                    None => None,
                };
                match default {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(names[i].as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(qualname, "keyword-only", &missing)));
        }
        Ok(())
    }
}

/// Puts the function's closure cells in the frame's free-variable slots.
#[inline(always)]
pub(super) fn fill_closure(func: &PyFunction, frame: &mut Frame) {
    if func.closure.is_empty() {
        return;
    }
    let free_start = func.current_code().free_start as usize;
    for (slot, cell) in frame.fast.iter_mut().skip(free_start).zip(&func.closure) {
        *slot = Some(Value::Cell(cell.clone()));
    }
}

/// CPython's "f() missing 2 required positional arguments: 'a' and 'b'".
fn missing_message(qualname: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{qualname}() missing {} required {kind} argument{plural}: {list}",
        missing.len()
    )
}

/// Sets the positional parameters of `frame` that no argument gave from `f`'s defaults;
/// false when one of them has no default.
pub(crate) fn fill_defaults(f: &PyFunction, frame: &mut Frame, argcount: usize) -> bool {
    let defaults = f.defaults.borrow();
    let first_default = argcount.saturating_sub(defaults.len());
    for i in 0..argcount {
        if frame.fast[i].is_none() {
            match i.checked_sub(first_default) {
                Some(d) => frame.fast[i] = Some(defaults[d].clone()),
                None => return false,
            }
        }
    }
    true
}
