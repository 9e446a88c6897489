//! Iteration: `iter()`/`next()` over every iterable, the `for` instruction's fast paths, and
//! generators (resumed by running their saved frame).

use std::cell::RefCell;
use std::rc::Rc;

use super::{Flow, Frame, FrameExit, Vm};
use crate::bytecode::Op;
use crate::error::{ExcKind, PyResult};
use crate::object::types::dict::ViewKind;
use crate::object::types::iter::IterState;
use crate::object::types::{PyGenerator, PyIter, PyWrapper};
use crate::object::Value;

/// How resuming a generator ended.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn new_iter(&self, state: IterState) -> Value {
        Value::Iter(Rc::new(PyIter {
            state: RefCell::new(state),
        }))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(base) = super::protocol::plain_base(v, "__iter__") {
            if matches!(
                base,
                Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_)
            ) {
                let base = base.clone();
                return self.iter(&base);
            }
        }
        let state = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            Value::Bytes(b) => IterState::Bytes {
                b: b.clone(),
                index: 0,
            },
            Value::ByteArray(b) => IterState::ByteArray {
                b: b.clone(),
                index: 0,
            },
            Value::Range(r) if r.big.is_some() => {
                let (next, _, step) = crate::object::types::range::bounds(r);
                IterState::BigRange {
                    next,
                    step,
                    remaining: crate::object::types::range::length(r),
                }
            }
            Value::Range(r) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                index: 0,
                kind: ViewKind::Keys,
                len: d.len(),
                remaining: d.len(),
            },
            Value::Set(s) => IterState::Set {
                set: s.clone(),
                slot: 0,
                len: s.len(),
            },
            Value::Iter(_) => return Ok(v.clone()),
            Value::Generator(g) if g.kind == crate::object::types::GenKind::Generator => {
                return Ok(v.clone())
            }
            Value::Wrapper(w) => match w.as_ref() {
                PyWrapper::DictView { dict, kind } => IterState::Dict {
                    dict: dict.clone(),
                    index: 0,
                    kind: *kind,
                    len: dict.len(),
                    remaining: dict.len(),
                },
                _ => match self.call_special(v, "__iter__", &[])? {
                    Some(it) => return Ok(it),
                    None => return Err(self.not_iterable(v)),
                },
            },
            Value::Type(t) if t.meta.is_some() => match self.call_special(v, "__iter__", &[])? {
                Some(it) => return Ok(it),
                None => return Err(self.not_iterable(v)),
            },
            Value::Instance(_) => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    let ty = self.type_of(&it);
                    let native_iter = match &it {
                        Value::Iter(_) => true,
                        Value::Generator(g) => g.kind == crate::object::types::GenKind::Generator,
                        _ => false,
                    };
                    if ty.lookup("__next__").is_none() && !native_iter {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            ty.name().as_str()
                        )));
                    }
                    return Ok(it);
                }
                let ty = self.type_of(v);
                if !matches!(ty.lookup("__iter__"), Some(Value::None))
                    && ty.lookup("__getitem__").is_some()
                {
                    IterState::SeqIndex {
                        seq: v.clone(),
                        index: 0,
                    }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.new_iter(state))
    }

    fn not_iterable(&mut self, v: &Value) -> crate::error::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// Resumes plain generator `g` with `kind` taking what it yields, without suspending it
    /// per item: it returns when the generator finishes, raises, or yields a value `kind`
    /// refuses (as `Yield`). `kind` comes back with what it took.
    pub(crate) fn resume_sinking(
        &mut self,
        g: &Rc<PyGenerator>,
        kind: SinkKind,
    ) -> (PyResult<GenResult>, SinkKind) {
        // The generator's frame runs in a loop one level below this one.
        let level = self.interrupted.len() + 1;
        let outer = self.sink.replace(YieldSink { level, kind });
        let result = self.resume(g, Value::None);
        let mine = std::mem::replace(&mut self.sink, outer);
        let kind = mine.map_or(SinkKind::Collect(Vec::new()), |s| s.kind);
        (result, kind)
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            // As CPython's consumers, a StopIteration out of a native iterator's step (a
            // function `map` or `filter` calls raised it) ends the iteration.
            // A step of the limits' budget: native code draining an endless iterator
            // (`list(itertools.count())`) is stopped as a Python loop is.
            Value::Iter(i) => {
                self.step()?;
                match self.iter_next(i) {
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                    r => r,
                }
            }
            Value::Generator(g) if g.kind == crate::object::types::GenKind::Generator => {
                match self.resume(g, Value::None)? {
                    GenResult::Yield(v) => Ok(Some(v)),
                    GenResult::Return(_) => Ok(None),
                }
            }
            // Lines of a text file, without the special-method call.
            Value::Instance(inst) if Rc::ptr_eq(&inst.class(), &self.io.text_io_wrapper) => {
                crate::io::next_text_line(self, inst)
            }
            Value::Instance(_) => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// All items of an iterable, for `list()`, `tuple()` and `sorted()`: like CPython, once
    /// they have the iterator they ask an instance whose class defines `__len__` in Python
    /// for its length, as a hint (a TypeError from it is ignored).
    pub fn collect_sized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Instance(i) = v {
            if i.class().lookup_heap("__len__").is_some() {
                let it = self.iter(v)?;
                match self.call_special(v, "__len__", &[]) {
                    Err(e) if !self.err_matches(&e, ExcKind::TypeError) => return Err(e),
                    _ => {}
                }
                return self.collect(&it);
            }
        }
        self.collect(v)
    }

    /// All items of an iterable, with `not_iterable`'s error in place of a TypeError from
    /// getting the iterator: always when `any_iter_error` (CPython's `PySequence_Fast`
    /// callers), else only when `v`'s type has neither `__iter__` nor `__getitem__`. An error
    /// while iterating always comes through as it is.
    pub fn collect_or(
        &mut self,
        v: &Value,
        any_iter_error: bool,
        not_iterable: impl FnOnce(&mut Vm) -> crate::error::PyErr,
    ) -> PyResult<Vec<Value>> {
        if let Value::List(_) | Value::Tuple(_) = v {
            return self.collect(v);
        }
        let it = match self.iter(v) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => {
                if any_iter_error || self.lacks_iter_protocol(v) {
                    return Err(not_iterable(self));
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        self.collect(&it)
    }

    /// Whether `v`'s type has neither `__iter__` nor `__getitem__` (CPython's test before
    /// calling a TypeError "not iterable").
    pub fn lacks_iter_protocol(&mut self, v: &Value) -> bool {
        let ty = self.type_of(v);
        ty.lookup("__iter__").is_none() && ty.lookup("__getitem__").is_none()
    }

    /// Hands each item of an iterable to `f` as it comes, as CPython's loops over an
    /// iterator do (a generator runs between the items, and stops being asked when `f`
    /// answers false); the items of a list or tuple as they were when it started.
    pub fn each_item(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        if let Value::List(_) | Value::Tuple(_) = v {
            for item in self.collect(v)? {
                if !f(self, item)? {
                    break;
                }
            }
            return Ok(());
        }
        let it = self.iter(v)?;
        while let Some(item) = self.next(&it)? {
            if !f(self, item)? {
                break;
            }
        }
        Ok(())
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            // CPython presizes from the length and fails at once when it cannot.
            Value::Range(r)
                if (r.big.is_none() && r.len() > 1 << 28)
                    || (r.big.is_some()
                        && crate::object::types::range::length(r)
                            > num_bigint::BigInt::from(1u64 << 28)) =>
            {
                if crate::object::types::range::length(r) > num_bigint::BigInt::from(i64::MAX) {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
                return Err(self.memory_error());
            }
            _ => {}
        }
        let it = self.iter(v)?;
        if let Some(g) = plain_generator(&it) {
            let (result, kind) = self.resume_sinking(g, SinkKind::Collect(Vec::new()));
            let SinkKind::Collect(mut out) = kind else {
                unreachable!("the sink given back is the one given")
            };
            // The sink takes every item: a yield that comes back all the same did not reach
            // it, and the rest is taken one by one.
            if let GenResult::Yield(x) = result? {
                out.push(x);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
            }
            return Ok(out);
        }
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    fn iter_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        // Simple states advance under the borrow; those that call Python code release it.
        {
            let mut state = it.state.borrow_mut();
            if let Some(item) = advance_simple(&mut state) {
                return Ok(item);
            }
            match &mut *state {
                IterState::ListReverse { list, remaining } => {
                    let items = list.items.borrow();
                    if *remaining == 0 || *remaining > items.len() {
                        *remaining = 0;
                        return Ok(None);
                    }
                    *remaining -= 1;
                    return Ok(Some(items[*remaining].clone()));
                }
                IterState::Str { s, byte } => {
                    let Some(c) = s.as_str()[*byte..].chars().next() else {
                        return Ok(None);
                    };
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    return Ok(Some(Value::str(c.encode_utf8(&mut buf))));
                }
                IterState::Bytes { b, index } => {
                    return Ok(b
                        .data
                        .get(*index)
                        .map(|x| Value::Int(i64::from(*x)))
                        .inspect(|_| *index += 1));
                }
                IterState::ByteArray { b, index } => {
                    return Ok(b
                        .data
                        .borrow()
                        .get(*index)
                        .map(|x| Value::Int(i64::from(*x)))
                        .inspect(|_| *index += 1));
                }
                IterState::Dict {
                    dict,
                    index,
                    kind,
                    len,
                    remaining,
                } => {
                    let table = dict.table.borrow();
                    if table.len() != *len {
                        *len = usize::MAX;
                        drop(table);
                        drop(state);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "dictionary changed size during iteration",
                        ));
                    }
                    let Some(i) = table.next_index(*index) else {
                        return Ok(None);
                    };
                    if *remaining == 0 {
                        *len = usize::MAX;
                        drop(table);
                        drop(state);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "dictionary keys changed during iteration",
                        ));
                    }
                    *remaining -= 1;
                    *index = i + 1;
                    return Ok(Some(
                        table
                            .get_at(i)
                            .map_or(Value::None, |(k, v)| kind.pick(k, v)),
                    ));
                }
                IterState::DictReverse {
                    dict,
                    before,
                    kind,
                    len,
                } => {
                    let table = dict.table.borrow();
                    if table.len() != *len {
                        *len = usize::MAX;
                        drop(table);
                        drop(state);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "dictionary changed size during iteration",
                        ));
                    }
                    let Some(i) = table.prev_index(*before) else {
                        *before = 0;
                        return Ok(None);
                    };
                    *before = i;
                    return Ok(Some(
                        table
                            .get_at(i)
                            .map_or(Value::None, |(k, v)| kind.pick(k, v)),
                    ));
                }
                IterState::Set { set, slot, len } => {
                    let table = set.table.borrow();
                    if table.len() != *len {
                        *len = usize::MAX;
                        drop(table);
                        drop(state);
                        return Err(self.new_error(
                            ExcKind::RuntimeError,
                            "Set changed size during iteration",
                        ));
                    }
                    let Some(i) = table.next_slot(*slot) else {
                        return Ok(None);
                    };
                    *slot = i + 1;
                    return Ok(table.key_at(i).cloned());
                }
                IterState::BigRange {
                    next,
                    step,
                    remaining,
                } => {
                    if !num_traits::Signed::is_positive(remaining) {
                        return Ok(None);
                    }
                    let v = next.clone();
                    *next += &*step;
                    *remaining -= 1;
                    return Ok(Some(Value::from_bigint(v)));
                }
                IterState::Exhausted => return Ok(None),
                _ => {}
            }
        }
        self.iter_next_calling(it)
    }

    /// `next()` of the iterator a `map`/`zip`/`filter`/`enumerate` draws from: a chain of
    /// them recurses once per level (a callback's own call is counted where it is made).
    fn next_of_source(&mut self, inner: &Value) -> PyResult<Option<Value>> {
        self.enter_native("", super::ITER_STACK)?;
        let r = self.next(inner);
        self.leave_native(super::ITER_STACK);
        r
    }

    /// Iterator states whose step may run Python code.
    fn iter_next_calling(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        enum Step {
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Callable(Value, Value),
            SeqReverse(Value, i64),
            SeqIndex(Value, i64),
        }
        let step = match &*it.state.borrow() {
            IterState::Enumerate { it, count } => Step::Enumerate(it.clone(), count.clone()),
            IterState::Zip { its, strict } => Step::Zip(its.clone(), *strict),
            IterState::Map { func, its } => Step::Map(func.clone(), its.clone()),
            IterState::Filter { func, it } => Step::Filter(func.clone(), it.clone()),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            IterState::SeqReverse { seq, remaining } => Step::SeqReverse(seq.clone(), *remaining),
            IterState::SeqIndex { seq, index } => Step::SeqIndex(seq.clone(), *index),
            IterState::CoroWrapper { .. }
            | IterState::AnextDefault { .. }
            | IterState::AsyncGenOp { .. } => {
                let r = crate::object::types::coroutine::awaitable_step(self, it, Ok(Value::None));
                return match r? {
                    GenResult::Yield(v) => Ok(Some(v)),
                    GenResult::Return(_) => Ok(None),
                };
            }
            _ => return Ok(None),
        };
        match step {
            Step::Enumerate(inner, count) => {
                let Some(v) = self.next_of_source(&inner)? else {
                    return Ok(None);
                };
                let next = match &count {
                    Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                    other => self.binary_op(other, &Value::Int(1), crate::bytecode::BinOp::Add)?,
                };
                if let IterState::Enumerate { count, .. } = &mut *it.state.borrow_mut() {
                    *count = next;
                }
                Ok(Some(Value::tuple(vec![count, v])))
            }
            Step::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (i, inner) in its.iter().enumerate() {
                    match self.next_of_source(inner)? {
                        Some(v) => items.push(v),
                        None => {
                            *it.state.borrow_mut() = IterState::Exhausted;
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{plural}{i}",
                                        i + 1
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.next_of_source(rest)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{plural}{j}",
                                            j + 1
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            Step::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for inner in &its {
                    match self.next_of_source(inner)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(&func, &args, &[]).map(Some)
            }
            Step::Filter(func, inner) => loop {
                let Some(v) = self.next_of_source(&inner)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call_value(&func, std::slice::from_ref(&v), &[])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::Callable(func, sentinel) => {
                let v = self.call_value(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::SeqReverse(seq, remaining) => {
                if remaining <= 0 {
                    return Ok(None);
                }
                if let IterState::SeqReverse { remaining, .. } = &mut *it.state.borrow_mut() {
                    *remaining -= 1;
                }
                self.getitem(&seq, &Value::Int(remaining - 1)).map(Some)
            }
            Step::SeqIndex(seq, index) => match self.getitem(&seq, &Value::Int(index)) {
                Ok(v) => {
                    if let IterState::SeqIndex { index, .. } = &mut *it.state.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if self.err_matches(&e, ExcKind::IndexError)
                        || self.err_matches(&e, ExcKind::StopIteration) =>
                {
                    *it.state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// Runs a generator until its next yield or its return.
    pub fn resume(&mut self, g: &Rc<PyGenerator>, sent: Value) -> PyResult<GenResult> {
        self.resume_with(g, Ok(sent))
    }

    /// `generator.throw(err)`: raises `err` where the generator is suspended.
    pub fn throw_into(
        &mut self,
        g: &Rc<PyGenerator>,
        err: crate::error::PyErr,
    ) -> PyResult<GenResult> {
        self.resume_with(g, Err(err))
    }

    fn resume_with(
        &mut self,
        g: &Rc<PyGenerator>,
        input: Result<Value, crate::error::PyErr>,
    ) -> PyResult<GenResult> {
        let noun = super::coroutine::gen_noun(g.kind);
        if g.running.get() {
            return Err(self.value_error(format!("{noun} already executing")));
        }
        // What the frame gets: a sent value, an exception, or nothing (it continues).
        if let Err(e) = &input {
            if let Some(d) = &e.exc.exc {
                d.context_fixed.set(true);
            }
        }
        let mut input = input.map(Some);
        if let Err(e) = &input {
            // Closing or throwing into a chain of `yield from` recurses once per level.
            self.enter_native("", super::DELEGATE_STACK)?;
            g.running.set(true);
            let delegated = self.throw_delegate(g, e);
            g.running.set(false);
            self.leave_native(super::DELEGATE_STACK);
            match delegated {
                Some(Ok(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
                Some(Ok(GenResult::Return(v))) => {
                    // The awaited iterator finished: continue after the `Send`.
                    if let Some(f) = g.frame.borrow_mut().as_mut() {
                        let send = f.code.instrs[f.ip - 2];
                        f.stack.pop();
                        f.stack.push(v);
                        f.ip = send.arg as usize;
                    }
                    input = Ok(None);
                }
                Some(Err(e2)) => input = Err(e2),
                None => {}
            }
        }
        let taken = g.frame.borrow_mut().take();
        let Some(mut frame) = taken else {
            if g.kind == crate::object::types::GenKind::Coroutine {
                return Err(self.new_error(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ));
            }
            return match input {
                Ok(_) => Ok(GenResult::Return(Value::None)),
                Err(e) => Err(e),
            };
        };
        // Checked before anything is pushed, so a refusal leaves the generator as it was.
        if self.native_stack + super::RESUME_STACK > super::NATIVE_STACK_BUDGET {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.new_error(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let err = match input {
            Ok(None) => None,
            Ok(Some(sent)) => {
                if frame.ip > 0 {
                    frame.stack.push(sent);
                } else if !sent.is_none() {
                    *g.frame.borrow_mut() = Some(frame);
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {noun}"
                    )));
                }
                None
            }
            // Throwing into a generator that has not started finishes it at once.
            Err(e) if frame.ip == 0 => return Err(e),
            Err(e) => Some(e),
        };
        g.running.set(true);
        let saved = self.handling.clone();
        let own = g.exc_state.borrow_mut().take();
        // The caller's handled exception, seen again once the generator's own handlers end.
        frame.saved_handling = saved.clone();
        self.native_stack += super::RESUME_STACK;
        let result = match err {
            None => {
                if own.is_some() {
                    self.handling = own;
                }
                self.run_frame(frame)
            }
            // A thrown exception's context is the generator's own handled exception only,
            // not the caller's (as CPython).
            Some(e) => {
                self.handling = own;
                if e.exc
                    .exc
                    .as_ref()
                    .is_some_and(|d| d.context.borrow().is_none())
                {
                    self.set_context(&e);
                }
                self.run_frame_raising(frame, e)
            }
        };
        self.native_stack -= super::RESUME_STACK;
        g.running.set(false);
        let inside = std::mem::replace(&mut self.handling, saved);
        match result {
            Ok(FrameExit::Yield(v, mut frame)) => {
                frame.saved_handling = None;
                *g.frame.borrow_mut() = Some(frame);
                let own = inside.filter(|e| {
                    !self
                        .handling
                        .as_ref()
                        .is_some_and(|s| Rc::ptr_eq(&s.exc, &e.exc))
                });
                *g.exc_state.borrow_mut() = own;
                Ok(GenResult::Yield(v))
            }
            Ok(FrameExit::Return(v)) => Ok(GenResult::Return(v)),
            Err(e) => Err(self.generator_stop_iteration(e, g.kind)),
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes RuntimeError, caused by it.
    pub(super) fn generator_stop_iteration(
        &mut self,
        err: crate::error::PyErr,
        kind: crate::object::types::GenKind,
    ) -> crate::error::PyErr {
        let noun = super::coroutine::gen_noun(kind);
        let msg = if self.err_matches(&err, ExcKind::StopIteration) {
            format!("{noun} raised StopIteration")
        } else if kind == crate::object::types::GenKind::AsyncGenerator
            && self.err_matches(&err, ExcKind::StopAsyncIteration)
        {
            format!("{noun} raised StopAsyncIteration")
        } else {
            return err;
        };
        let cause = err.value();
        let err = self.new_error(ExcKind::RuntimeError, msg);
        if let Some(data) = &err.exc.exc {
            *data.cause.borrow_mut() = Some(cause.clone());
            *data.context.borrow_mut() = Some(cause);
            data.suppress_context.set(true);
        }
        err
    }

    #[inline(never)]
    pub(super) fn get_iter_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let it = self.iter(&v)?;
        frame.stack.push(it);
        Ok(())
    }

    /// Runs a generator's frame in this dispatch loop (no Rust recursion): the consumer
    /// continues when it yields (`Flow::Yield`) or finishes (`Flow::Return`).
    ///
    /// A generator suspended in `yield from` (or `await`) on another suspended generator
    /// would only pass the value down: the innermost of such a chain is entered at once and
    /// its yields go straight to the consumer, while the ones between stay suspended in
    /// their objects, marked running, and are counted in the depth and the steps as if
    /// entered. If the innermost returns or raises, the generator that delegated to it is
    /// put on the frame stack as it would be (`step_out_of_delegation`) and gets the value
    /// or the exception the normal way; `sys._getframe` shows them all in their place.
    fn enter_generator(
        &mut self,
        frame: &mut Frame,
        g: &Rc<PyGenerator>,
        sent: Value,
        exit: super::GenExit,
    ) -> Flow {
        if let Some(sub) = delegates(g).filter(|_| !g.running.get()) {
            let mut chain = std::mem::take(&mut frame.delegating);
            let inner = self.delegate(g, sub, &mut chain);
            frame.delegating = chain;
            if let Some(inner) = inner {
                return self.enter_suspended(frame, &inner, sent, exit);
            }
        }
        self.enter_suspended(frame, g, sent, exit)
    }

    /// The innermost generator of the chain of `yield from` that starts with `g` (waiting on
    /// `sub`), with the generators before it in `chain` (empty on entry), marked running,
    /// and the depth and the steps spent as entering them one by one would; None (and
    /// `chain` empty) when entering them one by one could stop on the way (the recursion
    /// limit, the step budget).
    #[inline(never)]
    fn delegate(
        &mut self,
        g: &Rc<PyGenerator>,
        sub: Rc<PyGenerator>,
        chain: &mut Vec<Rc<PyGenerator>>,
    ) -> Option<Rc<PyGenerator>> {
        let room = self.recursion_limit.saturating_sub(self.depth);
        chain.push(g.clone());
        let mut at = sub;
        while let Some(sub) = delegates(&at) {
            chain.push(std::mem::replace(&mut at, sub));
            if chain.len() >= room {
                chain.clear();
                return None;
            }
        }
        // The innermost must have started (it has, unless its delegator was tampered with).
        if at.frame.borrow().as_ref().is_none_or(|f| f.ip == 0) {
            at = chain.pop()?;
        }
        // Each one between is entered (a step) and jumps back to its `SEND` (a step); the
        // innermost's own entry follows.
        let steps = 2 * chain.len() as u64;
        if chain.is_empty() || chain.len() >= room || self.fuel <= steps + 1 {
            chain.clear();
            return None;
        }
        self.fuel -= steps;
        self.depth += chain.len();
        for between in chain.iter() {
            between.running.set(true);
        }
        Some(at)
    }

    /// The innermost generator of a delegation yielded: the generators between (`chain`)
    /// are suspended again, as they already are.
    #[inline(never)]
    pub(super) fn end_delegation(&mut self, chain: &mut Vec<Rc<PyGenerator>>) {
        for between in chain.drain(..) {
            between.running.set(false);
            self.depth -= 1;
        }
    }

    /// Enters the suspended (or new) generator `g`, whatever its frame waits on.
    fn enter_suspended(
        &mut self,
        frame: &mut Frame,
        g: &Rc<PyGenerator>,
        sent: Value,
        exit: super::GenExit,
    ) -> Flow {
        let noun = super::coroutine::gen_noun(g.kind);
        if g.running.get() {
            return Flow::Raise(self.value_error(format!("{noun} already executing")));
        }
        let taken = g.frame.borrow_mut().take();
        if taken.is_none() && g.kind == crate::object::types::GenKind::Coroutine {
            return Flow::Raise(self.new_error(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            ));
        }
        let Some(mut gen_frame) = taken else {
            // A finished generator is exhausted.
            frame.stack.pop();
            match exit {
                super::GenExit::Send(t) => {
                    frame.stack.push(Value::None);
                    frame.ip = t as usize;
                }
                super::GenExit::ForIter(t) => frame.ip = t as usize,
                super::GenExit::None | super::GenExit::Init => {}
            }
            return Flow::Next;
        };
        if gen_frame.ip > 0 {
            gen_frame.stack.push(sent);
        } else if !sent.is_none() {
            *g.frame.borrow_mut() = Some(gen_frame);
            return Flow::Raise(self.type_error(format!(
                "can't send non-None value to a just-started {noun}"
            )));
        }
        g.running.set(true);
        gen_frame.saved_handling = self.handling.clone();
        if let Some(e) = g.exc_state.borrow_mut().take() {
            self.handling = Some(e);
        }
        gen_frame.generator = Some(g.clone());
        gen_frame.gen_exit = exit;
        Flow::Call(gen_frame)
    }

    /// `FOR_ITER`: the in-place steps of [`for_iter_in_place`], else any other iterator. The
    /// loop calls a safe point after a step that stayed in the frame: an item stored in a
    /// local may have replaced the last reference to the previous one.
    #[inline(always)]
    pub(super) fn for_iter_instr(&mut self, frame: &mut Frame, exit: u32) -> Flow {
        if for_iter_in_place(frame, exit) {
            return Flow::Next;
        }
        self.for_iter_other(frame, exit)
    }

    /// `for` over any other iterator; `for i, x in enumerate(...)` unpacks without building
    /// the pair.
    #[inline(never)]
    fn for_iter_other(&mut self, frame: &mut Frame, exit: u32) -> Flow {
        if let Some(Value::Iter(i)) = frame.stack.last() {
            let unpacks_pair = frame.code.instrs.get(frame.ip).is_some_and(|n| {
                matches!(n.op, Op::UnpackSequence | Op::UnpackToFast) && n.arg == 2
            });
            let mut pair_count = None;
            let step = match &mut *i.state.borrow_mut() {
                IterState::Enumerate {
                    it: Value::Iter(inner),
                    count: Value::Int(c),
                } if unpacks_pair && *c < i64::MAX => {
                    let step = advance_simple(&mut inner.state.borrow_mut());
                    if let Some(Some(_)) = &step {
                        pair_count = Some(*c);
                        *c += 1;
                    }
                    step
                }
                _ => None,
            };
            if let Some(step) = step {
                return for_iter_step(frame, step, pair_count, exit);
            }
        }
        let it = frame.stack.last().cloned().unwrap_or_default();
        if let Value::Generator(g) = &it {
            return self.enter_generator(frame, g, Value::None, super::GenExit::ForIter(exit));
        }
        let next = match &it {
            Value::Iter(i) => {
                if let Some(flow) = self.map_in_loop(frame, i, exit) {
                    return flow;
                }
                self.iter_next(i)
            }
            Value::Instance(inst) => {
                // A `__next__` written in Python runs as a frame of this loop; its result is
                // the item, and a StopIteration out of it ends the loop (`unwind`).
                if let Some(Value::Function(f)) = inst.class().lookup("__next__") {
                    if !f.flags().has(crate::bytecode::CodeFlags::GENERATOR) {
                        return match self.function_frame(&f, std::slice::from_ref(&it), &[]) {
                            Ok(callee) => Flow::Call(callee),
                            Err(e) => Flow::Raise(e),
                        };
                    }
                }
                self.next(&it)
            }
            other => self.next(other),
        };
        match next {
            Ok(Some(v)) => {
                frame.stack.push(v);
                Flow::Next
            }
            Ok(None) => {
                frame.stack.pop();
                frame.ip = exit as usize;
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    /// `for` over `map` with a Python function: the function's frame runs in this loop and
    /// its result becomes the loop's item. None when `i` is something else.
    #[inline(never)]
    fn map_in_loop(&mut self, frame: &mut Frame, i: &PyIter, exit: u32) -> Option<Flow> {
        let (func, its) = match &*i.state.borrow() {
            IterState::Map { func, its } => match func {
                Value::Function(_) => (func.clone(), its.clone()),
                Value::Method(m) if matches!(m.func, Value::Function(_)) => {
                    (func.clone(), its.clone())
                }
                _ => return None,
            },
            _ => return None,
        };
        let (f, mut args) = match func {
            Value::Method(m) => match &m.func {
                Value::Function(f) => (f.clone(), vec![m.this.clone()]),
                _ => return None,
            },
            Value::Function(f) => (f, Vec::with_capacity(its.len())),
            _ => return None,
        };
        if f.flags().has(crate::bytecode::CodeFlags::GENERATOR) {
            return None;
        }
        for inner in &its {
            match self.next(inner) {
                Ok(Some(v)) => args.push(v),
                Ok(None) => {
                    frame.stack.pop();
                    frame.ip = exit as usize;
                    return Some(Flow::Next);
                }
                Err(e) => return Some(Flow::Raise(e)),
            }
        }
        Some(match self.function_frame(&f, &args, &[]) {
            Ok(callee) => Flow::Call(callee),
            Err(e) => Flow::Raise(e),
        })
    }

    #[inline(never)]
    pub(super) fn get_yield_from_iter(&mut self, frame: &mut Frame) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let it = match v {
            Value::Generator(ref g)
                if g.kind == crate::object::types::GenKind::Coroutine
                    && (frame.code.flags.has(crate::bytecode::CodeFlags::COROUTINE)
                        || frame
                            .code
                            .flags
                            .has(crate::bytecode::CodeFlags::ITERABLE_COROUTINE)) =>
            {
                v
            }
            Value::Generator(g) if g.kind == crate::object::types::GenKind::Coroutine => {
                return Err(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ))
            }
            Value::Generator(ref g) if g.kind == crate::object::types::GenKind::Generator => v,
            other => self.iter(&other)?,
        };
        frame.stack.push(it);
        Ok(())
    }

    /// `[it, v] -> [it, yielded]`, or `[result]` and a jump when `it` is finished.
    #[inline(never)]
    pub(super) fn send_instr(&mut self, frame: &mut Frame, exit: u32) -> Flow {
        let sent = frame.stack.pop().unwrap_or_default();
        let it = frame.stack.last().cloned().unwrap_or_default();
        if let Value::Generator(g) = &it {
            return self.enter_generator(frame, g, sent, super::GenExit::Send(exit));
        }
        let r = self.send_to_iter(&it, sent);
        match r {
            Ok(GenResult::Yield(v)) => {
                frame.stack.push(v);
                Flow::Next
            }
            Ok(GenResult::Return(v)) => {
                frame.stack.pop();
                frame.stack.push(v);
                frame.ip = exit as usize;
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }
}

/// Pushes the item a `for` loop's iterator gave (and, for an unpacked `enumerate`, its count
/// on top, skipping the UNPACK_SEQUENCE), or leaves the loop when the iterator is exhausted.
#[inline(always)]
fn for_iter_step(frame: &mut Frame, step: Option<Value>, count: Option<i64>, exit: u32) -> Flow {
    match step {
        Some(v) => match count {
            // `for i, x in enumerate(...)` into two locals: stored as the two stores would.
            Some(c) if frame.code.instrs.get(frame.ip).map(|n| n.op) == Some(Op::UnpackToFast) => {
                let slot = |k: usize| frame.code.instrs.get(frame.ip + k).map(|n| n.arg as usize);
                let (Some(a), Some(b)) = (slot(1), slot(2)) else {
                    unreachable!("verified: two stores follow")
                };
                crate::object::discard_slot(frame.fast[a].replace(Value::Int(c)));
                crate::object::discard_slot(frame.fast[b].replace(v));
                frame.ip += 3;
            }
            Some(c) => {
                // UNPACK_SEQUENCE's order: the first item on top.
                frame.stack.push(v);
                frame.stack.push(Value::Int(c));
                frame.ip += 1;
            }
            None => frame.stack.push(v),
        },
        None => {
            frame.stack.pop();
            frame.ip = exit as usize;
        }
    }
    Flow::Next
}

/// The next item of a range, list or tuple iterator (`Some(None)` when it is exhausted);
/// None for other iterators.
#[inline(always)]
fn advance_simple(state: &mut IterState) -> Option<Option<Value>> {
    match state {
        IterState::Range {
            next,
            step,
            remaining,
        } => Some((*remaining > 0).then(|| {
            let v = *next;
            *next = next.wrapping_add(*step);
            *remaining -= 1;
            Value::Int(v)
        })),
        IterState::List { list, index } => {
            let items = list.items.borrow();
            let item = items.get(*index).cloned();
            // Exhausted for good, as CPython's: a list growing later is not seen.
            *index = if item.is_some() {
                *index + 1
            } else {
                usize::MAX
            };
            Some(item)
        }
        IterState::Tuple { tuple, index } => {
            Some(tuple.items.get(*index).cloned().inspect(|_| *index += 1))
        }
        _ => None,
    }
}

/// The innermost generator of `consumer`'s delegation (running in `inner`) returns or
/// raises: the frame of the generator that delegated to it, set up as if its `SEND` had just
/// entered `inner`, so that the return value or the exception reaches it the normal way. The
/// caller puts it on the frame stack above the consumer; it is the innermost then, its yields
/// going to the consumer as `inner`'s did.
#[inline(never)]
pub(super) fn step_out_of_delegation(
    consumer: &mut Frame,
    inner: &mut Frame,
) -> Option<Box<Frame>> {
    let at = consumer.delegating.pop()?;
    let mut slot = at.frame.borrow_mut();
    // Suspended on the `JUMP` back to the `SEND`, after the `YIELD_VALUE`.
    let send = slot
        .as_ref()
        .and_then(|f| f.code.instrs.get(f.ip.checked_sub(2)?))
        .copied()?;
    let mut f = slot.take()?;
    drop(slot);
    f.ip -= 1;
    f.generator = Some(at);
    f.gen_exit = inner.gen_exit;
    f.saved_handling = inner.saved_handling.clone();
    inner.gen_exit = super::GenExit::Send(send.arg);
    Some(f)
}

/// The generator that `g`'s suspended frame waits on in a `yield from` or `await` loop, to
/// which resuming `g` would pass on at once: not running, and `g` handling no exception of
/// its own.
#[inline]
fn delegates(g: &PyGenerator) -> Option<Rc<PyGenerator>> {
    let frame = g.frame.borrow();
    let f = frame.as_ref()?;
    // `Frame::suspended_in_send` and then the `JUMP` it resumes at, read in one slice
    // (calling it and reading the `JUMP` apart cost the generators benchmark 8%).
    let [send, yielded, jump] = f.code.instrs.get(f.ip.checked_sub(2)?..=f.ip)? else {
        return None;
    };
    use crate::bytecode::Op;
    if send.op != Op::Send
        || yielded.op != Op::YieldValue
        || jump.op != Op::Jump
        || jump.arg as usize + 2 != f.ip
    {
        return None;
    }
    let Some(Value::Generator(sub)) = f.stack.last() else {
        return None;
    };
    if sub.running.get() || g.exc_state.borrow().is_some() {
        return None;
    }
    Some(sub.clone())
}

/// `v` when it is a plain generator (not a coroutine or an async generator), which a
/// built-in may drain through a sink.
pub(crate) fn plain_generator(v: &Value) -> Option<&Rc<PyGenerator>> {
    match v {
        Value::Generator(g) if g.kind == crate::object::types::GenKind::Generator => Some(g),
        _ => None,
    }
}

/// A built-in draining a generator whose items need no Python code (`list()`, `sum()` of
/// numbers): while it accepts them, the generator's frame hands it each value it yields and
/// goes on, instead of suspending and being resumed for every item.
pub(crate) struct YieldSink {
    /// The dispatch loop (its depth in `Vm::interrupted`) running the generator's frame.
    pub level: usize,
    pub kind: SinkKind,
}

pub(crate) enum SinkKind {
    /// Every item, in order.
    Collect(Vec<Value>),
    /// A `sum()` while its items are ints and floats it adds without Python code.
    Sum(crate::builtins::numeric::Sum),
    /// `any()` (true) or `all()` (false): takes the items whose truth is plain and is not
    /// the one that decides.
    Truth(bool),
    /// `min()` (`Lt`) or `max()` (`Gt`) without a key: the best item so far, while it and
    /// the items are ints, or floats.
    Best(crate::bytecode::CmpOp, Option<Value>),
}

impl SinkKind {
    /// Takes `v`, or gives it back when taking it would run Python code.
    pub fn accept(&mut self, v: Value) -> Result<(), Value> {
        match self {
            SinkKind::Collect(out) => {
                out.push(v);
                Ok(())
            }
            SinkKind::Sum(total) => {
                if total.add_plain(&v) {
                    Ok(())
                } else {
                    Err(v)
                }
            }
            SinkKind::Truth(decides) => match plain_truth(&v) {
                Some(t) if t != *decides => Ok(()),
                _ => Err(v),
            },
            SinkKind::Best(op, best) => {
                use crate::bytecode::CmpOp;
                let replace = match (&*best, &v) {
                    (None, Value::Int(_) | Value::Float(_)) => true,
                    (Some(Value::Int(b)), Value::Int(x)) => {
                        if *op == CmpOp::Gt {
                            x > b
                        } else {
                            x < b
                        }
                    }
                    (Some(Value::Float(b)), Value::Float(x)) => {
                        if *op == CmpOp::Gt {
                            x > b
                        } else {
                            x < b
                        }
                    }
                    _ => return Err(v),
                };
                if replace {
                    *best = Some(v);
                }
                Ok(())
            }
        }
    }
}

/// The truth of a value that needs no Python code to tell it.
fn plain_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::Bool(b) => *b,
        Value::None => false,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        _ => return None,
    })
}

/// `FOR_ITER` over a range, list or tuple iterator: advanced in place, without touching the
/// iterator's count, each item stored or pushed straight from where it is read (carried out
/// as an `Option<Option<Value>>`, an item went through stack temporaries whose partial copies
/// stalled store forwarding). False for any other iterator, left to the general step. Out of
/// line and answering a bool, so that neither the dispatch loop's registers nor a `Flow` in
/// memory are involved.
#[inline(never)]
fn for_iter_in_place(frame: &mut Frame, exit: u32) -> bool {
    let Some(Value::Iter(i)) = frame.stack.last() else {
        return false;
    };
    let mut state = i.state.borrow_mut();
    match &mut *state {
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining > 0 {
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                drop(state);
                take_item(frame, Value::Int(v));
                return true;
            }
        }
        IterState::List { list, index } => {
            let items = list.items.borrow();
            if let Some(v) = items.get(*index) {
                let v = v.clone();
                *index += 1;
                drop(items);
                drop(state);
                take_item(frame, v);
                return true;
            }
            // Exhausted for good, as CPython's: a list growing later is not seen.
            *index = usize::MAX;
        }
        IterState::Tuple { tuple, index } => {
            if let Some(v) = tuple.items.get(*index) {
                let v = v.clone();
                *index += 1;
                drop(state);
                take_item(frame, v);
                return true;
            }
        }
        _ => return false,
    }
    drop(state);
    frame.stack.pop();
    frame.ip = exit as usize;
    true
}

/// An item `for` produced: stored straight into the loop variable when the next instruction
/// is `STORE_FAST` (`for x in ...`), which is then done; pushed otherwise.
#[inline(always)]
fn take_item(frame: &mut Frame, v: Value) {
    match frame.code.instrs.get(frame.ip).copied() {
        Some(next) if next.op == crate::bytecode::Op::StoreFast => {
            frame.ip += 1;
            crate::object::discard_slot(frame.fast[next.arg as usize].replace(v));
        }
        _ => frame.stack.push(v),
    }
}
