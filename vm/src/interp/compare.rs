//! Comparisons: equality, ordering (with the special methods of Python classes), membership,
//! and the conditional jumps that test truth.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::{Flow, Frame, Vm};
use crate::bytecode::{CmpOp, Op};
use crate::error::PyResult;
use crate::object::types::dict::is_set_view;
use crate::object::types::{surrogate, PyWrapper};
use crate::object::Value;

/// Compares an int (as big) with a float exactly.
fn cmp_big_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from_f64(fl)?;
    match i.cmp(&fi) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The wasm stack one level of a list or tuple comparison may take: ordering goes through the
/// generic comparison for the first differing items, equality recurses directly.
fn sequence_cost(op: CmpOp) -> usize {
    match op {
        CmpOp::Eq | CmpOp::Ne => super::CONTAINER_STACK,
        _ => super::COMPARE_STACK,
    }
}

impl Vm {
    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => {
                return Ok(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str())
            }
            // Nested lists and tuples recurse here directly, one native frame per level.
            (Value::List(x), Value::List(y)) if !std::rc::Rc::ptr_eq(x, y) => {
                self.enter_native(" in comparison", super::CONTAINER_STACK)?;
                let result = self.list_compare(x, y, CmpOp::Eq);
                self.leave_native(super::CONTAINER_STACK);
                return result;
            }
            (Value::Tuple(x), Value::Tuple(y)) if !std::rc::Rc::ptr_eq(x, y) => {
                return self.sequence_compare(&x.items, &y.items, CmpOp::Eq);
            }
            // Nested dicts too: about 300 bytes of wasm stack a level.
            (Value::Dict(x), Value::Dict(y)) if !std::rc::Rc::ptr_eq(x, y) => {
                self.enter_native(" in comparison", super::CONTAINER_STACK)?;
                let result = self.dict_equal(x, y);
                self.leave_native(super::CONTAINER_STACK);
                return result;
            }
            _ => {}
        }
        if a.is(b) && !matches!(a, Value::Float(_)) {
            return Ok(true);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Ordering of builtin values, or None when the types do not compare natively.
    pub(crate) fn builtin_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        use Value as V;
        let ord: Option<Ordering> = match (a, b) {
            (V::Int(x), V::Int(y)) => Some(x.cmp(y)),
            (V::Float(x), V::Float(y)) => {
                return Ok(Some(match op {
                    CmpOp::Lt => x < y,
                    CmpOp::Le => x <= y,
                    CmpOp::Eq => x == y,
                    CmpOp::Ne => x != y,
                    CmpOp::Gt => x > y,
                    CmpOp::Ge => x >= y,
                }))
            }
            (V::Int(_) | V::Bool(_) | V::BigInt(_), V::Int(_) | V::Bool(_) | V::BigInt(_)) => {
                Some(as_big(a).cmp(&as_big(b)))
            }
            (V::Int(_) | V::Bool(_) | V::BigInt(_), V::Float(f)) => {
                let Some(big) = as_big(a) else {
                    return Ok(None);
                };
                match cmp_big_float(&big, *f) {
                    Some(o) => Some(o),
                    None => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            (V::Float(f), V::Int(_) | V::Bool(_) | V::BigInt(_)) => {
                let Some(big) = as_big(b) else {
                    return Ok(None);
                };
                match cmp_big_float(&big, *f) {
                    Some(o) => Some(o.reverse()),
                    None => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            (V::Complex(_), _) | (_, V::Complex(_)) => {
                let numeric = |v: &Value| {
                    matches!(
                        v,
                        V::Complex(_) | V::Float(_) | V::Int(_) | V::Bool(_) | V::BigInt(_)
                    )
                };
                if !numeric(a) || !numeric(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(None);
                }
                let eq = match (a, b) {
                    (V::Complex(x), V::Complex(y)) => x.0 == y.0 && x.1 == y.1,
                    (V::Complex(z), other) | (other, V::Complex(z)) => {
                        z.1 == 0.0 && self.eq(&V::Float(z.0), other)?
                    }
                    _ => false,
                };
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (V::Str(x), V::Str(y)) => Some(surrogate::compare(x.as_str(), y.as_str())),
            (V::Bytes(_) | V::ByteArray(_), V::Bytes(_) | V::ByteArray(_)) => {
                let x = crate::object::types::bytes::buffer_data(a).unwrap_or_default();
                let y = crate::object::types::bytes::buffer_data(b).unwrap_or_default();
                Some(x.cmp(&y))
            }
            (V::None, V::None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => Some(Ordering::Equal),
            (V::List(x), V::List(y)) => {
                let (x, y) = (x.clone(), y.clone());
                let cost = sequence_cost(op);
                self.enter_native(" in comparison", cost)?;
                let result = self.list_compare(&x, &y, op);
                self.leave_native(cost);
                return result.map(Some);
            }
            (V::Tuple(x), V::Tuple(y)) => {
                // Tuples do not change: their items are compared where they are.
                let (x, y) = (x.clone(), y.clone());
                return self.sequence_compare(&x.items, &y.items, op).map(Some);
            }
            (V::Dict(x), V::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                self.enter_native(" in comparison", super::COMPARE_STACK)?;
                let eq = self.dict_equal(x, y);
                self.leave_native(super::COMPARE_STACK);
                return Ok(Some(eq? == (op == CmpOp::Eq)));
            }
            (V::Set(x), V::Set(y)) => {
                self.enter_native(" in comparison", super::COMPARE_STACK)?;
                let result = crate::object::types::set::set_compare(self, x, y, op);
                self.leave_native(super::COMPARE_STACK);
                return result.map(Some);
            }
            (V::Method(x), V::Method(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = x.this.is(&y.this) && x.func.is(&y.func);
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            (V::Code(x), V::Code(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = crate::object::types::function::code_equal(self, x, y)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (V::Slice(x), V::Slice(y)) => {
                let x = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let y = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.sequence_compare(&x, &y, op).map(Some);
            }
            (V::Wrapper(_), V::Set(_) | V::Wrapper(_)) | (V::Set(_), V::Wrapper(_))
                if is_set_view(a) || is_set_view(b) =>
            {
                let set_type = Value::Type(self.types.set.clone());
                let x = self.call_value(&set_type, std::slice::from_ref(a), &[])?;
                let y = self.call_value(&set_type, std::slice::from_ref(b), &[])?;
                let (V::Set(x), V::Set(y)) = (&x, &y) else {
                    return Ok(None);
                };
                return crate::object::types::set::set_compare(self, x, y, op).map(Some);
            }
            (V::Range(x), V::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                use crate::object::types::range::{bounds, length};
                let (lx, ly) = (length(x), length(y));
                let ((sx, _, tx), (sy, _, ty)) = (bounds(x), bounds(y));
                let one = BigInt::from(1);
                let same =
                    lx == ly && (lx == BigInt::from(0) || (sx == sy && (lx == one || tx == ty)));
                return Ok(Some(same == (op == CmpOp::Eq)));
            }
            _ => None,
        };
        Ok(ord.map(|o| op.test(o)))
    }

    /// Lists compare item by item over the live lists: an `__eq__` may change them.
    fn list_compare(
        &mut self,
        x: &crate::object::types::PyList,
        y: &crate::object::types::PyList,
        op: CmpOp,
    ) -> PyResult<bool> {
        let len = |l: &crate::object::types::PyList| l.items.borrow().len();
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && len(x) != len(y) {
            return Ok(op == CmpOp::Ne);
        }
        let mut i = 0;
        loop {
            let a = x.items.borrow().get(i).cloned();
            let b = y.items.borrow().get(i).cloned();
            let (Some(a), Some(b)) = (a, b) else { break };
            // Identical items are equal, as CPython's PyObject_RichCompareBool (floats have
            // no identity in pyrs: two NaNs stay unequal).
            if !(same_object(&a, &b) || self.eq(&a, &b)?) {
                // Items may have been removed meanwhile: compare what is there now.
                let (a, b) = (
                    x.items.borrow().get(i).cloned(),
                    y.items.borrow().get(i).cloned(),
                );
                let (Some(a), Some(b)) = (a, b) else { break };
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(&a, &b, op),
                };
            }
            i += 1;
        }
        Ok(op.test(len(x).cmp(&len(y))))
    }

    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        let cost = sequence_cost(op);
        self.enter_native(" in comparison", cost)?;
        let result = self.sequence_compare_inner(x, y, op);
        self.leave_native(cost);
        result
    }

    fn sequence_compare_inner(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (a, b) in x.iter().zip(y) {
            if !(same_object(a, b) || self.eq(a, b)?) {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::Ne {
                    return Ok(true);
                }
                return self.compare_bool(a, b, op);
            }
        }
        Ok(op.test(x.len().cmp(&y.len())))
    }

    /// `a op b`, the result of the comparison (may be any object for Python classes).
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = object_equality(a, b, op) {
            return Ok(Value::Bool(r));
        }
        let (name, reflected) = op.dunders();
        // Tuples and instances of tuple subclasses that keep tuple's comparisons (namedtuples):
        // whichever side's method runs first, it is tuple's, comparing the items.
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let (Some(x), Some(y)) = (Self::tuple_compared(a), Self::tuple_compared(b)) {
                return self.rich_compare(&x, &y, op);
            }
        }
        let (a_user, b_user) = (has_special_methods(a), has_special_methods(b));
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let same = std::rc::Rc::ptr_eq(&ta, &tb);
        // A subclass on the right gets the first try, as in CPython.
        let right_first = b_user && !same && tb.is_subtype(&ta);
        if right_first {
            if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if a_user || b_user {
            if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if (a_user || b_user) && !right_first {
            if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.compare_default(a, b, op)
    }

    /// The tuple `v` is, or extends with a class whose comparisons are tuple's own; None
    /// otherwise.
    fn tuple_compared(v: &Value) -> Option<Value> {
        match v {
            Value::Tuple(_) => Some(v.clone()),
            Value::Instance(i)
                if matches!(i.base, Some(Value::Tuple(_)))
                    && i.class_has_flag(crate::object::types::TypeFlags::TUPLE_CMP) =>
            {
                i.base.clone()
            }
            _ => None,
        }
    }

    /// `a op b` once `a`'s own method (of the same class as `b`) returned NotImplemented:
    /// `b`'s reflected method, then the default.
    pub(crate) fn compare_rest(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (_, reflected) = op.dunders();
        if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        self.compare_default(a, b, op)
    }

    /// What a comparison gives when no special method decided it: identity for `==` and
    /// `!=`, else a TypeError.
    fn compare_default(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => {
                // object.__ne__ (inverting __eq__) has had its turn when the type has it.
                if matches!(a, Value::Instance(_)) && self.type_of(a).lookup("__ne__").is_none() {
                    if let Some(r) = self.call_special(a, "__eq__", std::slice::from_ref(b))? {
                        if !matches!(r, Value::NotImplemented) {
                            let t = self.truthy(&r)?;
                            return Ok(Value::Bool(!t));
                        }
                    }
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(op.test(x.cmp(y)));
        }
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    pub(super) fn compare_instr(&mut self, frame: &mut Frame, op: CmpOp) -> PyResult<()> {
        let b = frame.stack.pop().unwrap_or_default();
        let a = frame.stack.pop().unwrap_or_default();
        let r = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => Value::Bool(op.test(x.cmp(y))),
            _ => self.rich_compare(&a, &b, op)?,
        };
        frame.stack.push(r);
        Ok(())
    }

    /// A comparison whose left operand is an instance, a list or a tuple: a Python method
    /// runs in the loop when one decides it.
    #[inline(never)]
    pub(super) fn compare_in_loop(&mut self, frame: &mut Frame, op: CmpOp) -> Flow {
        let b = frame.stack.pop().unwrap_or_default();
        let a = frame.stack.pop().unwrap_or_default();
        let (a, b) = (&a, &b);
        match self.inline_compare(a, b, op) {
            Some(Ok(callee)) => Flow::Call(callee),
            Some(Err(e)) => Flow::Raise(e),
            None => match self.rich_compare(a, b, op) {
                Ok(r) => {
                    frame.stack.push(r);
                    Flow::Next
                }
                Err(e) => Flow::Raise(e),
            },
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            // A str subclass on the left is taken by its text.
            Value::Str(s) => match item.plain_text() {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = crate::object::types::bytes::buffer_data(container).unwrap_or_default();
                if let Some(sub) = crate::object::types::bytes::buffer_data(item) {
                    return Ok(crate::object::types::bytes_ops::find_sub(&hay, &sub).is_some());
                }
                if !matches!(item, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    )));
                }
                let v = self.int_arg(item, "")?;
                match u8::try_from(v) {
                    Ok(x) => Ok(hay.contains(&x)),
                    Err(_) => Err(self.value_error("byte must be in range(0, 256)")),
                }
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => crate::object::types::set::set_contains(self, s, item),
            Value::Range(r) => crate::object::types::range::contains(self, r, item),
            Value::List(l) => {
                if let Some(found) = plain_contains(&l.items.borrow(), item) {
                    return Ok(found);
                }
                let items = l.items.borrow().clone();
                self.any_eq(&items, item)
            }
            Value::Tuple(t) => {
                if let Some(found) = plain_contains(&t.items, item) {
                    return Ok(found);
                }
                let items = t.items.clone();
                self.any_eq(&items, item)
            }
            Value::Instance(i)
                if matches!(i.base, Some(Value::Dict(_)))
                    && super::protocol::inherits_builtin(self, i, "__contains__", "dict") =>
            {
                let Some(Value::Dict(d)) = &i.base else {
                    unreachable!()
                };
                Ok(self.dict_get(d, item)?.is_some())
            }
            Value::Instance(_) | Value::Type(_) => {
                if let Value::Instance(i) = container {
                    // `__contains__ = None` refuses membership tests outright.
                    if matches!(i.class().lookup("__contains__"), Some(Value::None)) {
                        return Err(self.type_error(format!(
                            "'{}' object is not a container",
                            self.type_name(container)
                        )));
                    }
                }
                if let Some(r) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                let ty = self.type_of(container);
                if ty.lookup("__iter__").is_none() && ty.lookup("__getitem__").is_none() {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        ty.name().as_str()
                    )));
                }
                self.contains_by_iteration(container, item)
            }
            Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::MappingProxy(_)) => {
                match self.call_special(container, "__contains__", std::slice::from_ref(item))? {
                    Some(r) => self.truthy(&r),
                    None => self.contains_by_iteration(container, item),
                }
            }
            Value::Wrapper(_) | Value::Iter(_) | Value::Generator(_) => {
                self.contains_by_iteration(container, item)
            }
            _ => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))),
        }
    }

    fn any_eq(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Wrapper(w) = container {
            if let crate::object::types::PyWrapper::DictView { dict, kind } = w.as_ref() {
                if *kind == crate::object::types::dict::ViewKind::Keys {
                    return Ok(self.dict_get(dict, item)?.is_some());
                }
            }
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    #[inline(never)]
    pub(super) fn contains_instr(&mut self, frame: &mut Frame, negate: bool) -> PyResult<()> {
        let container = frame.stack.pop().unwrap_or_default();
        let item = frame.stack.pop().unwrap_or_default();
        let r = self.contains(&container, &item)?;
        frame.stack.push(Value::Bool(r != negate));
        Ok(())
    }

    pub(super) fn pop_jump(&mut self, frame: &mut Frame, op: Op, target: u32) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let t = match &v {
            Value::Bool(b) => *b,
            _ => self.truthy(&v)?,
        };
        crate::object::discard(v);
        if t == (op == Op::PopJumpIfTrue) {
            frame.ip = target as usize;
        }
        Ok(())
    }

    pub(super) fn jump_or_pop(&mut self, frame: &mut Frame, op: Op, target: u32) -> PyResult<()> {
        let v = frame.stack.last().cloned().unwrap_or_default();
        let t = self.truthy(&v)?;
        if t == (op == Op::JumpIfTrueOrPop) {
            frame.ip = target as usize;
        } else {
            frame.stack.pop();
        }
        Ok(())
    }
}

/// Whether comparisons with `v` go through special methods (instances of Python classes
/// and classes with a metaclass), not only the built-in comparison.
pub(crate) fn has_special_methods(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Wrapper(_) => true,
        Value::Type(t) => t.meta.is_some(),
        _ => false,
    }
}

/// Whether `a` and `b` are one object, for the identity shortcut of container comparisons.
fn same_object(a: &Value, b: &Value) -> bool {
    !matches!(a, Value::Float(_)) && a.is(b)
}

/// `a == b` or `a != b` between instances of classes whose `__eq__` and `__ne__` are both
/// `object`'s: every method CPython would try is the identity test, so it is answered here.
#[inline]
fn object_equality(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let (Value::Instance(x), Value::Instance(y)) = (a, b) else {
        return None;
    };
    let eq = match op {
        CmpOp::Eq => true,
        CmpOp::Ne => false,
        _ => return None,
    };
    let flag = crate::object::types::TypeFlags::OBJECT_EQ;
    if x.class_has_flag(flag) && y.class_has_flag(flag) {
        Some(a.is(b) == eq)
    } else {
        None
    }
}

/// `item in items` decided without running Python code (identity, then `==` between str,
/// numbers, None and tuples of them); None as soon as an element's comparison would run
/// Python code (the caller then compares them all, nothing having run yet).
fn plain_contains(items: &[Value], item: &Value) -> Option<bool> {
    for x in items {
        if x.is(item) || crate::object::types::dict::plain_eq(x, item)? {
            return Some(true);
        }
    }
    Some(false)
}
