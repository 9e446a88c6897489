//! Coroutines and async generators: what `await`, `async with` and `async for` call, the
//! awaitables an async generator's `asend`/`athrow`/`aclose` return, and delegating
//! `throw()`/`close()` to the iterator a suspended `yield from`/`await` is waiting on.

use std::rc::Rc;

use super::{Frame, GenResult, Vm};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::iter::{AsyncGenOp, IterState};
use crate::object::types::{GenKind, PyGenerator, PyIter};
use crate::object::Value;

fn set_step(it: &PyIter, to: u8) {
    if let IterState::AsyncGenOp { step, .. } = &mut *it.state.borrow_mut() {
        *step = to;
    }
}

/// The noun CPython's messages use for a generator-like object.
pub(crate) fn gen_noun(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

impl Vm {
    /// An exception of `kind` with no arguments (`StopAsyncIteration()`).
    pub(crate) fn bare_error(&mut self, kind: ExcKind) -> PyErr {
        let cls = self.exc_type(kind);
        PyErr {
            exc: self.new_exception(cls, Vec::new()),
        }
    }

    /// `GetAwaitable`: arg says which construct awaits, for the error message.
    #[inline(never)]
    pub(super) fn get_awaitable(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let it = self.awaitable_iter(&v, arg)?;
        frame.stack.push(it);
        Ok(())
    }

    /// The iterator `await v` drives: a coroutine itself, or `v.__await__()`.
    pub fn awaitable_iter(&mut self, v: &Value, context: u32) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.kind == GenKind::Coroutine {
                if self.awaiting_of(g).is_some() {
                    return Err(
                        self.new_error(ExcKind::RuntimeError, "coroutine is being awaited already")
                    );
                }
                return Ok(v.clone());
            }
            if g.kind == GenKind::Generator
                && g.code
                    .flags
                    .has(crate::bytecode::CodeFlags::ITERABLE_COROUTINE)
            {
                return Ok(v.clone());
            }
        }
        let t = self.type_of(v);
        let has_await = t.lookup("__await__").is_some_and(|m| !m.is_none());
        if !has_await {
            let name = t.name().as_str().to_string();
            let msg = match context {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                3 => format!("'async for' received an invalid object from __anext__: {name}"),
                _ => format!("object {name} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        }
        let it = self.call_special(v, "__await__", &[])?.unwrap_or_default();
        match &it {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                Err(self.type_error("__await__() returned a coroutine"))
            }
            Value::Generator(g) if g.kind == GenKind::Generator => Ok(it),
            Value::Iter(_) => Ok(it),
            other => {
                let ot = self.type_of(other);
                if ot.lookup("__next__").is_some() {
                    Ok(it)
                } else {
                    Err(self.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        ot.name().as_str()
                    )))
                }
            }
        }
    }

    /// The iterator a suspended generator-like object is waiting on in `yield from`/`await`.
    pub(crate) fn awaiting_of(&self, g: &PyGenerator) -> Option<Value> {
        let frame = g.frame.borrow();
        let frame = frame.as_ref()?;
        if frame.suspended_in_send() {
            frame.stack.last().cloned()
        } else {
            None
        }
    }

    /// `async for`: `[obj] -> [obj.__aiter__()]`.
    #[inline(never)]
    pub(super) fn get_aiter(&mut self, frame: &mut Frame) -> PyResult<()> {
        let obj = frame.stack.pop().unwrap_or_default();
        let it = self.aiter_of(&obj)?;
        frame.stack.push(it);
        Ok(())
    }

    pub fn aiter_of(&mut self, obj: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if ty.lookup("__aiter__").is_none_or(|m| m.is_none()) {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                ty.name().as_str()
            )));
        }
        let it = self
            .call_special(obj, "__aiter__", &[])?
            .unwrap_or_default();
        let it_ty = self.type_of(&it);
        if it_ty.lookup("__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it_ty.name().as_str()
            )));
        }
        Ok(it)
    }

    /// `async for`: `[aiter] -> [aiter, aiter.__anext__()]`.
    #[inline(never)]
    pub(super) fn get_anext(&mut self, frame: &mut Frame) -> PyResult<()> {
        let it = frame.stack.last().cloned().unwrap_or_default();
        if let Value::Generator(g) = &it {
            if g.kind == GenKind::AsyncGenerator {
                let op = self.async_gen_op(g, AsyncGenOp::Send(Value::None))?;
                frame.stack.push(op);
                return Ok(());
            }
        }
        let ty = self.type_of(&it);
        let Some(v) = self.call_special(&it, "__anext__", &[])? else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                ty.name().as_str()
            )));
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `[aiter, exc]`: the end of an `async for` on StopAsyncIteration, else a re-raise.
    #[inline(never)]
    pub(super) fn end_async_for(&mut self, frame: &mut Frame) -> super::Flow {
        let exc = frame.stack.pop().unwrap_or_default();
        if let Value::Instance(inst) = &exc {
            if inst.exc.is_some() {
                let err = PyErr { exc: inst.clone() };
                if !self.err_matches(&err, ExcKind::StopAsyncIteration) {
                    return super::Flow::Reraise(err);
                }
            }
        }
        frame.stack.pop();
        super::Flow::Next
    }

    /// The awaitable of `asend(v)`, `athrow(exc)` or `aclose()`. The first one an async
    /// generator makes calls the `firstiter` hook and keeps the `finalizer` hook.
    pub(crate) fn async_gen_op(&mut self, g: &Rc<PyGenerator>, op: AsyncGenOp) -> PyResult<Value> {
        if !g.hooks_ready.replace(true) {
            let (firstiter, finalizer) = self.asyncgen_hooks.clone();
            if !finalizer.is_none() {
                *g.finalizer.borrow_mut() = Some(finalizer);
            }
            if !firstiter.is_none() {
                self.call_value(&firstiter, &[Value::Generator(g.clone())], &[])?;
            }
        }
        Ok(self.new_iter(IterState::AsyncGenOp {
            gen: g.clone(),
            op,
            step: 0,
        }))
    }

    /// `sys.get_asyncgen_hooks()`: (firstiter, finalizer).
    pub fn asyncgen_hooks(&self) -> (Value, Value) {
        self.asyncgen_hooks.clone()
    }

    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`: each a callable or None; an omitted
    /// one (`None` here) stays.
    pub fn set_asyncgen_hooks(
        &mut self,
        firstiter: Option<Value>,
        finalizer: Option<Value>,
    ) -> PyResult<()> {
        for (v, what) in [(&firstiter, "firstiter"), (&finalizer, "finalizer")] {
            if let Some(v) = v.as_ref().filter(|v| !v.is_none()) {
                if !self.is_callable(v) {
                    return Err(self.type_error(format!(
                        "callable {what} expected, got {}",
                        self.type_name(v)
                    )));
                }
            }
        }
        if let Some(f) = firstiter {
            self.asyncgen_hooks.0 = f;
        }
        if let Some(f) = finalizer {
            self.asyncgen_hooks.1 = f;
        }
        Ok(())
    }

    /// Steps an async generator's awaitable: `Ok(v)` is sent, `Err(e)` thrown in.
    pub(crate) fn async_gen_step(
        &mut self,
        it: &Rc<PyIter>,
        input: Result<Value, PyErr>,
    ) -> PyResult<GenResult> {
        let (gen, mode, first, step) = match &*it.state.borrow() {
            IterState::AsyncGenOp { gen, op, step } => {
                let (mode, first) = match op {
                    AsyncGenOp::Send(v) => (0, Some(v.clone())),
                    AsyncGenOp::Throw(v) => (1, Some(v.clone())),
                    AsyncGenOp::Close => (2, None),
                };
                (gen.clone(), mode, first, *step)
            }
            _ => return Err(self.type_error("invalid async generator awaitable")),
        };
        if step == 2 {
            let msg = if mode == 0 {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            return Err(self.new_error(ExcKind::RuntimeError, msg));
        }
        let started = step == 1;
        if !started && gen.running_async.get() {
            let what = match mode {
                0 => "anext()",
                1 => "athrow()",
                _ => "aclose()",
            };
            return Err(self.new_error(
                ExcKind::RuntimeError,
                format!("{what}: asynchronous generator is already running"),
            ));
        }
        set_step(it, 1);
        let finish = |_: &mut Vm| set_step(it, 2);
        let result = if !started {
            match mode {
                0 => {
                    if gen.closed.get() && input.is_ok() {
                        finish(self);
                        return Err(self.bare_error(ExcKind::StopAsyncIteration));
                    }
                    self.agen_wrapped = false;
                    gen.running_async.set(true);
                    match input {
                        Ok(v) if v.is_none() => self.resume(&gen, first.unwrap_or_default()),
                        Ok(v) => self.resume(&gen, v),
                        // asend().throw() goes into the generator even before a send.
                        Err(e) => self.throw_into(&gen, e),
                    }
                }
                _ => {
                    if let Ok(v) = &input {
                        if !v.is_none() {
                            finish(self);
                            return Err(self.type_error(
                                "can't send non-None value to a just-started coroutine",
                            ));
                        }
                    }
                    if gen.closed.get() || gen.frame.borrow().is_none() {
                        finish(self);
                        gen.closed.set(true);
                        return if mode == 2 {
                            Ok(GenResult::Return(Value::None))
                        } else {
                            Err(self.bare_error(ExcKind::StopAsyncIteration))
                        };
                    }
                    let err = if mode == 2 {
                        self.bare_error(ExcKind::GeneratorExit)
                    } else {
                        self.make_raisable(first.unwrap_or_default())?
                    };
                    self.agen_wrapped = false;
                    gen.running_async.set(true);
                    self.throw_into(&gen, err)
                }
            }
        } else {
            self.agen_wrapped = false;
            match input {
                Ok(v) => self.resume(&gen, v),
                Err(e) => self.throw_into(&gen, e),
            }
        };
        self.async_gen_result(it, &gen, mode, result)
    }

    /// Turns what the async generator did into the awaitable's step result.
    fn async_gen_result(
        &mut self,
        it: &Rc<PyIter>,
        gen: &Rc<PyGenerator>,
        mode: u8,
        result: PyResult<GenResult>,
    ) -> PyResult<GenResult> {
        let wrapped = std::mem::take(&mut self.agen_wrapped);
        // The awaitable is done unless the generator is waiting on an await.
        if !matches!(result, Ok(GenResult::Yield(_))) || wrapped {
            gen.running_async.set(false);
        }
        match result {
            Ok(GenResult::Yield(v)) if wrapped => {
                set_step(it, 2);
                if mode == 2 {
                    return Err(self.new_error(
                        ExcKind::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                Ok(GenResult::Return(v))
            }
            Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Return(_)) => {
                set_step(it, 2);
                gen.closed.set(true);
                if mode == 2 {
                    Ok(GenResult::Return(Value::None))
                } else {
                    Err(self.bare_error(ExcKind::StopAsyncIteration))
                }
            }
            Err(e) => {
                set_step(it, 2);
                if gen.frame.borrow().is_none() {
                    gen.closed.set(true);
                }
                if mode == 2
                    && (self.err_matches(&e, ExcKind::StopAsyncIteration)
                        || self.err_matches(&e, ExcKind::GeneratorExit))
                {
                    return Ok(GenResult::Return(Value::None));
                }
                Err(e)
            }
        }
    }

    /// One step of `yield from`/`await` over something that is not a generator: `send(v)`
    /// (or `__next__` for None); its StopIteration value is the result.
    pub(crate) fn send_to_iter(&mut self, it: &Value, sent: Value) -> PyResult<GenResult> {
        if let Value::Generator(g) = it {
            return self.resume(g, sent);
        }
        if let Value::Iter(i) = it {
            if crate::object::types::coroutine::is_awaitable_state(i) {
                return crate::object::types::coroutine::awaitable_step(self, i, Ok(sent));
            }
            if sent.is_none() {
                return Ok(match self.next(it)? {
                    Some(v) => GenResult::Yield(v),
                    None => GenResult::Return(Value::None),
                });
            }
        }
        let r = if sent.is_none() {
            self.call_special(it, "__next__", &[])
        } else {
            let send = self.intern("send");
            match self.getattr(it, &send) {
                Ok(m) => self.call_value(&m, &[sent], &[]).map(Some),
                Err(e) => Err(e),
            }
        };
        match r {
            Ok(Some(v)) => Ok(GenResult::Yield(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                Ok(GenResult::Return(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `StopIteration.value` of a raised StopIteration.
    pub(crate) fn stop_iteration_value(&mut self, e: &PyErr) -> Value {
        let value = self.intern("value");
        self.getattr(&e.value(), &value).unwrap_or_default()
    }

    /// `throw()`/`close()` on an object suspended in `yield from`/`await`: handled by the
    /// iterator it waits on first. `None` when there is no such iterator, or it has no
    /// `throw` (the error is then raised at the suspension point).
    pub(crate) fn throw_delegate(
        &mut self,
        g: &Rc<PyGenerator>,
        err: &PyErr,
    ) -> Option<PyResult<GenResult>> {
        let inner = self.awaiting_of(g)?;
        let closing = self.err_matches(err, ExcKind::GeneratorExit);
        if closing {
            // close the inner iterator, then raise GeneratorExit where we are.
            let r = match &inner {
                Value::Generator(ig) => self.close_generator(ig).map(|_| ()),
                other => {
                    let close = self.intern("close");
                    match self.getattr_opt(other, &close) {
                        Ok(Some(m)) => self.call_value(&m, &[], &[]).map(|_| ()),
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
            };
            return match r {
                Ok(()) => None,
                Err(e) => Some(Err(e)),
            };
        }
        let r = match &inner {
            Value::Generator(ig) => self.throw_into(ig, err.clone()),
            Value::Iter(i) if crate::object::types::coroutine::is_awaitable_state(i) => {
                crate::object::types::coroutine::awaitable_step(self, i, Err(err.clone()))
            }
            other => {
                let throw = self.intern("throw");
                match self.getattr_opt(other, &throw) {
                    Ok(Some(m)) => match self.call_value(&m, &[err.value()], &[]) {
                        Ok(v) => Ok(GenResult::Yield(v)),
                        Err(e) if self.err_matches(&e, ExcKind::StopIteration) => {
                            Ok(GenResult::Return(self.stop_iteration_value(&e)))
                        }
                        Err(e) => Err(e),
                    },
                    Ok(None) => return None,
                    Err(e) => Err(e),
                }
            }
        };
        Some(r)
    }

    /// `close()` of a generator-like object: GeneratorExit inside, which it must not survive.
    pub(crate) fn close_generator(&mut self, g: &Rc<PyGenerator>) -> PyResult<Value> {
        if let Some(chain) = self.delegation_chain(g) {
            return self.close_chain(&chain);
        }
        self.close_one(g, None)
    }

    /// The generators `g` waits on through `yield from`/`await`, `g` first, when there are
    /// so many that closing them level by level would recurse too deep.
    fn delegation_chain(&self, g: &Rc<PyGenerator>) -> Option<Vec<Rc<PyGenerator>>> {
        const LONG: usize = 64;
        let mut chain = vec![g.clone()];
        while let Some(Value::Generator(inner)) = chain.last().and_then(|g| self.awaiting_of(g)) {
            if inner.kind != GenKind::Generator
                || inner.running.get()
                || chain.iter().any(|c| Rc::ptr_eq(c, &inner))
            {
                return None;
            }
            chain.push(inner);
        }
        (chain.len() > LONG && g.kind == GenKind::Generator && !g.running.get()).then_some(chain)
    }

    /// Closes a chain of delegating generators from the innermost out, as the nested closes
    /// would: each level, its delegate already closed, gets GeneratorExit, or the error that
    /// closing its delegate raised.
    fn close_chain(&mut self, chain: &[Rc<PyGenerator>]) -> PyResult<Value> {
        let mut outcome = Ok(Value::None);
        for g in chain.iter().rev() {
            outcome = match outcome {
                Ok(_) => self.close_one(g, None),
                Err(e) => self.close_one(g, Some(e)),
            };
        }
        outcome
    }

    /// Raises GeneratorExit (or `instead`, what closing the delegate raised) inside `g`.
    fn close_one(&mut self, g: &Rc<PyGenerator>, instead: Option<PyErr>) -> PyResult<Value> {
        if g.running.get() {
            let msg = format!("{} already executing", gen_noun(g.kind));
            return Err(self.value_error(msg));
        }
        let started = g.frame.borrow().as_ref().is_some_and(|f| f.ip > 0);
        if !started {
            g.frame.borrow_mut().take();
            return instead.map_or(Ok(Value::None), Err);
        }
        let exit = match instead {
            Some(e) => e,
            None => self.bare_error(ExcKind::GeneratorExit),
        };
        match self.throw_into(g, exit) {
            Ok(GenResult::Yield(_)) => {
                let msg = format!("{} ignored GeneratorExit", gen_noun(g.kind));
                Err(self.new_error(ExcKind::RuntimeError, msg))
            }
            Ok(GenResult::Return(_)) => Ok(Value::None),
            Err(e)
                if self.err_matches(&e, ExcKind::GeneratorExit)
                    || self.err_matches(&e, ExcKind::StopIteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}
