//! `BaseExceptionGroup` and `ExceptionGroup`: construction, `split`/`subgroup`/`derive`, and
//! what `except*` does with a raised exception (match it per clause, then re-raise the rest
//! together with what the clauses raised).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyInstance, PyType};
use crate::object::Value;

/// The sub-exceptions of a group, or None for any other value.
pub fn group_members(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    match inst.dict.get_str("exceptions") {
        Some(Value::Tuple(t)) if inst.exc.is_some() => Some(t.items.to_vec()),
        _ => None,
    }
}

impl Vm {
    fn is_group(&self, v: &Value) -> bool {
        let beg = self.exc_type(ExcKind::BaseExceptionGroup);
        matches!(v, Value::Instance(i) if i.class().is_subtype(&beg))
    }

    fn is_exception_value(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc.is_some())
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn group_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let mut cls = cls.clone();
    let rest = &args.pos[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let Value::Str(_) = &rest[0] else {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.arg_type_name(&rest[0])
        )));
    };
    let seq = &rest[1];
    let is_sequence = match seq {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Dict(_) | Value::Set(_) | Value::Str(_) => false,
        other => {
            let t = vm.type_of(other);
            t.lookup("__getitem__").is_some() && t.lookup("keys").is_none()
        }
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_type(ExcKind::Exception);
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        match e {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst.class().is_subtype(&exception) {
                    nested_base = true;
                }
            }
            _ => {
                return Err(vm.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )))
            }
        }
    }
    let beg = vm.exc_type(ExcKind::BaseExceptionGroup);
    let eg = vm.exc_type(ExcKind::ExceptionGroup);
    if Rc::ptr_eq(&cls, &beg) {
        if !nested_base {
            cls = eg;
        }
    } else if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.is_subtype(&exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name().as_str()
        )));
    }
    let inst = vm.new_exception(cls, rest.to_vec());
    vm.dict_set(&inst.dict, Value::str("message"), rest[0].clone())?;
    vm.dict_set(&inst.dict, Value::str("exceptions"), Value::tuple(excs))?;
    Ok(Value::Instance(inst))
}

fn group_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::exception::no_keywords(vm, &args)?;
    Ok(Value::None)
}

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<PyInstance>> {
    match args.pos.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => Ok(i.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseExceptionGroup' object")),
    }
}

/// `str(eg)`: `message (n sub-exceptions)`.
fn group_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args)?;
    let msg = inst.dict.get_str("message").unwrap_or(Value::str(""));
    let msg = vm.to_str(&msg)?;
    let n = group_members(&Value::Instance(inst)).map_or(0, |m| m.len());
    let s = if n == 1 { "" } else { "s" };
    Ok(Value::string(format!("{msg} ({n} sub-exception{s})")))
}

/// `eg.derive(excs)`: a group like this one (same message) of other exceptions.
fn group_derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args)?;
    let Some(excs) = args.pos.get(1) else {
        return Err(vm.type_error("derive() takes exactly one argument (0 given)"));
    };
    let msg = inst.dict.get_str("message").unwrap_or(Value::str(""));
    let beg = Value::Type(vm.exc_type(ExcKind::BaseExceptionGroup));
    vm.call_value(&beg, &[msg, excs.clone()], &[])
}

/// What `split`/`subgroup` match leaves against.
enum Matcher {
    Types(Vec<Rc<PyType>>),
    Predicate(Value),
    /// Leaves whose identity is in the list (re-raised by `except*` clauses).
    Identity(Vec<usize>),
}

impl Vm {
    fn matcher(&mut self, cond: &Value) -> PyResult<Matcher> {
        let is_exc_type = |v: &Value| matches!(v, Value::Type(t) if t.is_exception());
        match cond {
            Value::Type(t) if t.is_exception() => Ok(Matcher::Types(vec![t.clone()])),
            Value::Tuple(items) if items.items.iter().all(is_exc_type) => Ok(Matcher::Types(
                items
                    .items
                    .iter()
                    .filter_map(|v| match v {
                        Value::Type(t) => Some(t.clone()),
                        _ => None,
                    })
                    .collect(),
            )),
            other if self.is_callable(other) && !matches!(other, Value::Type(_)) => {
                Ok(Matcher::Predicate(other.clone()))
            }
            _ => {
                Err(self
                    .type_error("expected a function, exception type or tuple of exception types"))
            }
        }
    }

    fn matches(&mut self, m: &Matcher, exc: &Value) -> PyResult<bool> {
        match m {
            Matcher::Types(ts) => {
                let t = self.type_of(exc);
                Ok(ts.iter().any(|c| t.is_subtype(c)))
            }
            Matcher::Predicate(f) => {
                let r = self.call_value(f, std::slice::from_ref(exc), &[])?;
                self.truthy(&r)
            }
            Matcher::Identity(ids) => Ok(ids.contains(&exc.identity())),
        }
    }

    /// Splits `exc` into (matching, rest); the groups keep their nesting.
    fn split_group(
        &mut self,
        exc: &Value,
        m: &Matcher,
        want_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        // A leaf is matched as a whole; a group too, except by identity.
        if (!matches!(m, Matcher::Identity(_)) || !self.is_group(exc)) && self.matches(m, exc)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some(members) = group_members(exc) else {
            return Ok((None, want_rest.then(|| exc.clone())));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for e in &members {
            let (a, b) = self.split_group(e, m, want_rest)?;
            matched.extend(a);
            rest.extend(b);
        }
        let matched = self.derive_like(exc, matched)?;
        let rest = if want_rest {
            self.derive_like(exc, rest)?
        } else {
            None
        };
        Ok((matched, rest))
    }

    /// `exc.derive(items)` with exc's traceback, cause, context and notes; None when empty.
    fn derive_like(&mut self, exc: &Value, items: Vec<Value>) -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let derive = self.intern("derive");
        let method = self.getattr(exc, &derive)?;
        let new = self.call_value(&method, &[Value::list(items)], &[])?;
        if !self.is_group(&new) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Value::Instance(old), Value::Instance(n)) = (exc, &new) {
            if let (Some(od), Some(nd)) = (&old.exc, &n.exc) {
                // Both share one `__traceback__` object, as in CPython.
                self.traceback_object(old);
                *nd.traceback.borrow_mut() = od.traceback.borrow().clone();
                *nd.tb_object.borrow_mut() = od.tb_object.borrow().clone();
                *nd.cause.borrow_mut() = od.cause.borrow().clone();
                *nd.context.borrow_mut() = od.context.borrow().clone();
                nd.suppress_context.set(od.suppress_context.get());
            }
            if let Some(notes) = old.dict.get_str("__notes__") {
                let copy = Value::list(self.collect(&notes)?);
                self.dict_set(&n.dict, Value::str("__notes__"), copy)?;
            }
        }
        Ok(Some(new))
    }
}

fn group_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args)?;
    let cond = args.pos.get(1).cloned().unwrap_or_default();
    let m = vm.matcher(&cond)?;
    let (a, b) = vm.split_group(&Value::Instance(inst), &m, true)?;
    Ok(Value::tuple(vec![
        a.unwrap_or_default(),
        b.unwrap_or_default(),
    ]))
}

fn group_subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args)?;
    let cond = args.pos.get(1).cloned().unwrap_or_default();
    let m = vm.matcher(&cond)?;
    let (a, _) = vm.split_group(&Value::Instance(inst), &m, false)?;
    Ok(a.unwrap_or_default())
}

/// `BaseException.add_note(note)`.
pub fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args)?;
    let note = args.pos.get(1).cloned().unwrap_or_default();
    let str_type = vm.types.str_.clone();
    if !vm.type_of(&note).is_subtype(&str_type) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    match inst.dict.get_str("__notes__") {
        Some(Value::List(l)) => l.items.borrow_mut().push(note),
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => vm.dict_set(&inst.dict, Value::str("__notes__"), Value::list(vec![note]))?,
    }
    Ok(Value::None)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", group_init),
    ("__str__", group_str),
    ("derive", group_derive),
    ("split", group_split),
    ("subgroup", group_subgroup),
];

impl Vm {
    /// `except* T`: `[rest, T] -> [rest', match]`; a naked exception matches wrapped in
    /// `ExceptionGroup('', [exc])`.
    pub(crate) fn exc_star_match(
        &mut self,
        rest: &Value,
        cond: &Value,
    ) -> PyResult<(Value, Value)> {
        let is_exc_type = |v: &Value| matches!(v, Value::Type(t) if t.is_exception());
        let cond = cond.plain_tuple();
        let ok = match cond {
            Value::Tuple(t) => t.items.iter().all(is_exc_type),
            other => is_exc_type(other),
        };
        if !ok {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let beg = self.exc_type(ExcKind::BaseExceptionGroup);
        let group_type = |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&beg));
        let catches_group = match cond {
            Value::Tuple(t) => t.items.iter().any(group_type),
            other => group_type(other),
        };
        if catches_group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if rest.is_none() {
            return Ok((Value::None, Value::None));
        }
        let m = self.matcher(cond)?;
        if !self.is_group(rest) {
            if self.matches(&m, rest)? {
                let eg = Value::Type(self.exc_type(ExcKind::ExceptionGroup));
                let beg = Value::Type(self.exc_type(ExcKind::BaseExceptionGroup));
                let exception = self.exc_type(ExcKind::Exception);
                let cls = if self.type_of(rest).is_subtype(&exception) {
                    eg
                } else {
                    beg
                };
                let wrapped = self.call_value(
                    &cls,
                    &[Value::str(""), Value::tuple(vec![rest.clone()])],
                    &[],
                )?;
                // In 3.12 the wrapper has no traceback of its own.
                return Ok((Value::None, wrapped));
            }
            return Ok((rest.clone(), Value::None));
        }
        let (a, b) = self.split_group(rest, &m, true)?;
        Ok((b.unwrap_or_default(), a.unwrap_or_default()))
    }

    /// The end of `except*`: what to raise from the original exception, the exceptions the
    /// clauses raised and the unmatched rest; None when everything was handled.
    pub(crate) fn exc_star_reraise(
        &mut self,
        orig: &Value,
        raised: Vec<Value>,
        rest: Value,
    ) -> PyResult<Value> {
        let mut all = raised;
        if !rest.is_none() {
            all.push(rest);
        }
        if all.is_empty() {
            return Ok(Value::None);
        }
        if !self.is_group(orig) {
            // A naked exception: a clause re-raised it, or raised something else.
            return Ok(all.pop().unwrap_or_default());
        }
        // Parts of the original (same traceback, cause, context and notes) were re-raised;
        // anything else is new.
        let (mut reraised_ids, mut new) = (Vec::new(), Vec::new());
        for e in all {
            if self.same_metadata(&e, orig) {
                reraised_ids.extend(self.leaf_ids(&e));
            } else {
                new.push(e);
            }
        }
        let kept = if reraised_ids.is_empty() {
            None
        } else {
            let m = Matcher::Identity(reraised_ids);
            self.split_group(orig, &m, false)?.0
        };
        if new.is_empty() {
            return Ok(kept.unwrap_or_default());
        }
        new.extend(kept);
        if new.len() == 1 {
            return Ok(new.pop().unwrap_or_default());
        }
        let eg = Value::Type(self.exc_type(ExcKind::ExceptionGroup));
        let beg = Value::Type(self.exc_type(ExcKind::BaseExceptionGroup));
        let exception = self.exc_type(ExcKind::Exception);
        let all_exc = new.iter().all(|e| self.type_of(e).is_subtype(&exception));
        let cls = if all_exc { eg } else { beg };
        self.call_value(&cls, &[Value::str(""), Value::list(new)], &[])
    }

    fn leaf_ids(&self, e: &Value) -> Vec<usize> {
        match group_members(e) {
            Some(members) => members.iter().flat_map(|m| self.leaf_ids(m)).collect(),
            None if self.is_exception_value(e) => vec![e.identity()],
            None => Vec::new(),
        }
    }

    fn same_metadata(&self, a: &Value, b: &Value) -> bool {
        let (Value::Instance(a), Value::Instance(b)) = (a, b) else {
            return false;
        };
        let (Some(ad), Some(bd)) = (&a.exc, &b.exc) else {
            return false;
        };
        let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(y),
            _ => false,
        };
        let notes_same = match (a.dict.get_str("__notes__"), b.dict.get_str("__notes__")) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(&y),
            _ => false,
        };
        same(&ad.cause.borrow(), &bd.cause.borrow())
            && same(&ad.context.borrow(), &bd.context.borrow())
            && notes_same
            && same_traceback(&ad.traceback.borrow(), &bd.traceback.borrow())
    }
}

/// A PyErr for re-raising an exception value.
pub fn as_err(v: &Value) -> Option<PyErr> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Some(PyErr { exc: i.clone() }),
        _ => None,
    }
}

/// Tracebacks are copied, not shared, so a derived group's is compared entry by entry.
fn same_traceback(
    a: &[crate::object::types::TracebackEntry],
    b: &[crate::object::types::TracebackEntry],
) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.line == y.line && x.span == y.span && Rc::ptr_eq(&x.filename, &y.filename)
        })
}
