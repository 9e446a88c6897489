//! Binary and unary operators: int, float, sequence and set fast paths, then the special
//! methods of Python classes.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{Flow, Frame, Vm};
use crate::bytecode::{BinOp, Op};
use crate::error::{ExcKind, PyResult};
use crate::object::types::dict::is_set_view;
use crate::object::types::PyStr;
use crate::object::Value;

/// An int operand as a big integer, for the slow paths: a big int is borrowed, not copied.
fn big(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    use std::borrow::Cow;
    match v {
        Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
        Value::Bool(b) => Some(Cow::Owned(BigInt::from(i64::from(*b)))),
        Value::BigInt(b) => Some(Cow::Borrowed(&**b)),
        _ => None,
    }
}

/// `int | str`, `int | None`: a type on at least one side, the other a type or None.
fn is_type_union_operand(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

impl Vm {
    /// `a % b`, whose `str` form may run an instance's `__str__`/`__repr__` in the loop.
    #[inline(never)]
    pub(super) fn mod_instr(&mut self, frame: &mut Frame, inplace: bool) -> Flow {
        let len = frame.stack.len();
        if matches!(frame.stack[len - 2], Value::Str(_)) {
            let b = frame.stack.pop().unwrap_or_default();
            let a = frame.stack.pop().unwrap_or_default();
            return self.percent_instr(frame, &a, &b);
        }
        self.binary_instr(frame, BinOp::Mod, inplace).into()
    }

    pub(super) fn binary_instr(
        &mut self,
        frame: &mut Frame,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<()> {
        let b = frame.stack.pop().unwrap_or_default();
        let a = frame.stack.pop().unwrap_or_default();
        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
            let fast = match op {
                BinOp::Add => x.checked_add(*y).map(Value::Int),
                BinOp::Sub => x.checked_sub(*y).map(Value::Int),
                BinOp::Mul => x.checked_mul(*y).map(Value::Int),
                BinOp::FloorDiv if *y != 0 => x.checked_div_euclid(*y).map(|_| {
                    let (q, r) = (x / y, x % y);
                    Value::Int(if r != 0 && (r < 0) != (*y < 0) {
                        q - 1
                    } else {
                        q
                    })
                }),
                // Exact in f64 below 2**53, so the quotient rounds as CPython's does.
                BinOp::TrueDiv
                    if *y != 0 && x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 =>
                {
                    Some(Value::Float(*x as f64 / *y as f64))
                }
                BinOp::And => Some(Value::Int(x & y)),
                BinOp::Or => Some(Value::Int(x | y)),
                BinOp::Xor => Some(Value::Int(x ^ y)),
                _ => None,
            };
            if let Some(r) = fast {
                frame.stack.push(r);
                crate::object::discard(a);
                crate::object::discard(b);
                return Ok(());
            }
        }
        let floats = match (&a, &b) {
            (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
            // An int operand is converted as CPython converts it (exactly below 2**53).
            (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < 1 << 53 => Some((*x, *y as f64)),
            (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < 1 << 53 => Some((*x as f64, *y)),
            _ => None,
        };
        if let Some((x, y)) = floats {
            let fast = match op {
                BinOp::Add => Some(x + y),
                BinOp::Sub => Some(x - y),
                BinOp::Mul => Some(x * y),
                BinOp::TrueDiv if y != 0.0 => Some(x / y),
                _ => None,
            };
            if let Some(r) = fast {
                frame.stack.push(Value::Float(r));
                crate::object::discard(a);
                crate::object::discard(b);
                return Ok(());
            }
        }
        let r = if inplace {
            self.inplace_op(&a, &b, op)?
        } else {
            self.binary_op(&a, &b, op)?
        };
        frame.stack.push(r);
        Ok(())
    }

    /// `a op b` with an instance on the left while recursion is deep: its Python special
    /// method runs in the loop.
    #[inline(never)]
    pub(super) fn binary_in_loop(&mut self, frame: &mut Frame, op: BinOp, inplace: bool) -> Flow {
        let len = frame.stack.len();
        let plan = self.inline_binary(&frame.stack[len - 2], &frame.stack[len - 1], op, inplace);
        match plan {
            Some(Ok(callee)) => {
                frame.stack.truncate(len - 2);
                Flow::Call(callee)
            }
            Some(Err(e)) => Flow::Raise(e),
            None => self.binary_instr(frame, op, inplace).into(),
        }
    }

    /// `str % values`: an instance's `__str__`/`__repr__` runs in the loop.
    #[inline(never)]
    fn percent_instr(&mut self, frame: &mut Frame, a: &Value, b: &Value) -> Flow {
        match self.inline_percent(a, b) {
            Some(Ok(callee)) => return Flow::Call(callee),
            Some(Err(e)) => return Flow::Raise(e),
            None => {}
        }
        let r = match (a, b) {
            // An instance on the right may reflect the operation (`__rmod__`).
            (_, Value::Instance(_)) => self.binary_op(a, b, BinOp::Mod),
            (Value::Str(s), _) => self.percent_str(a, s, b),
            _ => self.binary_op(a, b, BinOp::Mod),
        };
        match r {
            Ok(r) => {
                frame.stack.push(r);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        }
    }

    /// `fmt % values` for a str `fmt`: CPython hands back `fmt` itself (a subclass's
    /// instance too) when it has no conversion.
    fn percent_str(&mut self, fmt: &Value, s: &PyStr, values: &Value) -> PyResult<Value> {
        let r = crate::object::types::strformat::percent_format(self, s.as_str(), values)?;
        Ok(if s.as_str().contains('%') {
            r
        } else {
            fmt.clone()
        })
    }

    /// `a op= b`: mutates lists in place, else as `a op b`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mul) => {
                let Some(n) = self.index_value(b)? else {
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(b)
                    )));
                };
                let items = l.items.borrow().clone();
                let repeated = self.repeat(&items, n)?;
                *l.items.borrow_mut() = repeated;
                return Ok(a.clone());
            }
            (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) if !s.frozen => {
                if matches!(b, Value::Set(_)) {
                    let r = self.binary_op(a, b, op)?;
                    if let Value::Set(rs) = &r {
                        let new = rs.table.borrow().clone();
                        *s.table.borrow_mut() = new;
                    }
                    return Ok(a.clone());
                }
            }
            (Value::Dict(d), BinOp::Or) => {
                self.dict_update_from(d, b)?;
                return Ok(a.clone());
            }
            (Value::ByteArray(ba), BinOp::Add | BinOp::Mul) if ba.exports.get() > 0 => {
                return Err(self.new_error(
                    ExcKind::BufferError,
                    "Existing exports of data: object cannot be re-sized",
                ));
            }
            (Value::ByteArray(ba), BinOp::Add) => {
                if let Some(data) = crate::object::types::bytes::buffer_data(b) {
                    ba.data.borrow_mut().extend_from_slice(&data);
                    return Ok(a.clone());
                }
            }
            (Value::ByteArray(ba), BinOp::Mul) if is_int(b) => {
                if let Value::ByteArray(r) = self.repeat_value(a, b)? {
                    let data = r.data.borrow().clone();
                    *ba.data.borrow_mut() = data;
                }
                return Ok(a.clone());
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = op.dunders();
                if let Some(r) = self.call_special(a, iname, std::slice::from_ref(b))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        let r = self.binary_op(a, b, op);
        self.augmented_error(r, a, b, op)
    }

    /// The result of `a op= b` done as `a op b`: the operands' own refusal names the
    /// augmented operator, as CPython's.
    pub(super) fn augmented_error(
        &mut self,
        r: PyResult<Value>,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Value> {
        match r {
            Err(e) if self.err_matches(&e, ExcKind::TypeError) => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                let sym = op.symbol();
                let plain = format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'");
                if self.to_str(&e.value()).unwrap_or_default() == plain {
                    // `**=`, not `** or pow()=`.
                    let sym = sym.split(' ').next().unwrap_or(sym);
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {sym}=: '{ta}' and '{tb}'"
                    )));
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        // A small dispatcher: native code reaching a Python special method through here
        // (`sum` calling `__add__`, `pow` calling `__pow__`) keeps only this frame and the
        // special method's path on the wasm stack, not the built-in types' arithmetic.
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return self.binary_with_instance(a, b, op);
        }
        self.binary_values(a, b, op)
    }

    /// `a op b` when an operand is an instance: what the built-in types do for their
    /// subclasses, then the special methods.
    #[inline(never)]
    fn binary_with_instance(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        self.binary_dunder(a, b, op)
    }

    /// `a op b` when neither operand is an instance.
    #[inline(never)]
    fn binary_values(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if is_int(a) && is_int(b) {
            return self.int_op(a, b, op);
        }
        let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
        if numeric(a) && numeric(b) {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Err(self.binary_type_error(a, b, op));
            }
            let (x, y) = (self.as_float_operand(a)?, self.as_float_operand(b)?);
            return self.float_op(x, y, op);
        }
        if let Some(r) = self.complex_op(a, b, op)? {
            return Ok(r);
        }
        // `type.__or__` makes the union, unless a metaclass defines its own operator.
        let own = |v: &Value, name: &str| match v {
            Value::Type(t) => t
                .meta
                .as_ref()
                .is_some_and(|m| m.lookup_heap(name).is_some()),
            _ => false,
        };
        if op == BinOp::Or
            && is_type_union_operand(a)
            && is_type_union_operand(b)
            && !own(a, "__or__")
            && (matches!(a, Value::Type(_)) || matches!(b, Value::Type(_)) && !own(b, "__ror__"))
        {
            let typing = self.import_module("_typing")?;
            let name = self.intern("_union_or");
            let union_or = self.getattr(&typing, &name)?;
            let r = self.call_value(&union_or, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        self.binary_dunder(a, b, op)
    }

    /// `a op b` through the special methods: `a.__op__(b)`, then `b.__rop__(a)`, or the other
    /// way round when `b`'s type is a subclass of `a`'s that overrides the reflected method.
    #[inline(never)]
    fn binary_dunder(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname, _) = op.dunders();
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let same = Rc::ptr_eq(&ta, &tb);
        if matches!(op, BinOp::Add | BinOp::Mul) {
            if let Some(seq) = sequence_of(a) {
                return self.sequence_dunder(a, b, &seq, op, same);
            }
        }
        let b_first = !same && tb.is_subtype(&ta) && {
            let (own, inherited) = (tb.lookup(rname), ta.lookup(rname));
            match (own, inherited) {
                (Some(x), Some(y)) => !x.is(&y),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if b_first {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if b_first {
            return Err(self.binary_type_error(a, b, op));
        }
        self.binary_reflected(a, b, op)
    }

    /// The end of `a op b` once `a.__op__(b)` declined and `b` did not go first: `b`'s
    /// reflected method when the types differ, else the TypeError.
    pub(super) fn binary_reflected(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (_, rname, _) = op.dunders();
        let sequence = is_sequence(b);
        if op == BinOp::Mul && sequence && matches!(a, Value::Instance(_)) {
            // The right sequence repeats by the instance's `__index__` (CPython's
            // sequence_repeat), or refuses it.
            return match self.index_value(a)? {
                Some(n) => self.repeat_value(b, &Value::Int(n)),
                None => Err(self.binary_type_error(a, b, op)),
            };
        }
        if !Rc::ptr_eq(&self.type_of(a), &self.type_of(b)) {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        Err(self.binary_type_error(a, b, op))
    }

    /// `seq + b` / `seq * b` for a sequence (or an instance extending one): `b`'s reflected
    /// method first, then an override of `a`'s, then concatenation or repetition.
    fn sequence_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        seq: &Value,
        op: BinOp,
        same: bool,
    ) -> PyResult<Value> {
        let (name, rname, _) = op.dunders();
        if !same {
            if let Some(r) = self.call_special(b, rname, std::slice::from_ref(a))? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let own = self.type_of(a).lookup(name);
        if let Some(f) = own.filter(|f| !matches!(f, Value::Builtin(_))) {
            let r = self.call_value(&f, &[a.clone(), b.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            // A class that defines the operator in Python loses the built-in sequence's
            // concatenation and repetition, as in CPython.
            return Err(self.binary_type_error(a, b, op));
        }
        let other = match b {
            Value::Instance(i) => i.base.clone().unwrap_or_else(|| b.clone()),
            other => other.clone(),
        };
        if let Some(r) = self.sequence_op(seq, &other, op)? {
            return Ok(r);
        }
        Err(self.binary_type_error(seq, b, op))
    }

    pub(crate) fn binary_type_error(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> crate::error::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        match (a, op) {
            (Value::Str(_), BinOp::Add)
            | (Value::List(_), BinOp::Add)
            | (Value::Tuple(_), BinOp::Add) => {
                self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"))
            }
            (Value::Bytes(_) | Value::ByteArray(_), BinOp::Add) if !is_buffer(b) => {
                self.type_error(format!("can't concat {tb} to {ta}"))
            }
            (a, BinOp::Mul) if is_sequence(a) => {
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ if is_sequence(b) && op == BinOp::Mul => {
                self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ => self.type_error(format!(
                "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
                op.symbol()
            )),
        }
    }

    /// An int or float operand as f64 (the other side is known to be a float).
    fn as_float_operand(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::BigInt(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(self.overflow_error("int too large to convert to float")),
            },
            _ => Ok(0.0),
        }
    }

    fn int_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Value::Bool(*x & *y)),
                BinOp::Or => return Ok(Value::Bool(*x | *y)),
                BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = self.small_int_op(*x, *y, op)? {
                return Ok(r);
            }
        }
        let zero = || std::borrow::Cow::Owned(BigInt::default());
        let x = big(a).unwrap_or_else(zero);
        let y = big(b).unwrap_or_else(zero);
        let (x, y) = (&*x, &*y);
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return self.big_true_div(x, y);
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match crate::object::types::int::divmod_small_quotient(x, y) {
                    Some((q, _)) => q,
                    None => x.div_floor(y),
                }
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match crate::object::types::int::divmod_small_quotient(x, y) {
                    Some((_, r)) => r,
                    None => x.mod_floor(y),
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (
                        x.to_f64().unwrap_or(f64::INFINITY),
                        y.to_f64().unwrap_or(f64::NEG_INFINITY),
                    );
                    return self.float_op(fx, fy, BinOp::Pow);
                }
                let Some(e) = y.to_u32() else {
                    if x.is_zero() || *x == BigInt::from(1) {
                        return Ok(Value::from_bigint(x.clone()));
                    }
                    if *x == BigInt::from(-1) {
                        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                    }
                    return Err(self.memory_error());
                };
                if *x == BigInt::from(2) {
                    BigInt::from(1) << e as usize
                } else {
                    num_traits::pow::pow(x.clone(), e as usize)
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                let Some(s) = y.to_u64().filter(|&s| s < (1u64 << 32)).map(|s| s as usize) else {
                    // CPython: when the result's size in 30-bit digits is beyond a C
                    // ssize_t, it cannot be a size at all.
                    let digits = y / 30u32 + x.bits().div_ceil(30) + 1u32;
                    if digits.to_i64().is_none() {
                        return Err(self.overflow_error("too many digits in integer"));
                    }
                    return Err(self.memory_error());
                };
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) if (s as u64) < x.bits() + 1 => x >> s,
                    _ => return Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
                }
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::MatMul => return Err(self.binary_type_error(a, b, op)),
        };
        Ok(Value::from_bigint(r))
    }

    fn small_int_op(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
        Ok(match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Some(Value::Float(x as f64 / y as f64))
                } else {
                    None
                }
            }
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y)
                    .map(|_| Value::Int(Integer::div_floor(&x, &y)))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| Value::Int(x.mod_floor(&y)))
            }
            BinOp::Pow => {
                if y < 0 {
                    return Ok(Some(self.float_op(x as f64, y as f64, BinOp::Pow)?));
                }
                u32::try_from(y)
                    .ok()
                    .and_then(|e| x.checked_pow(e))
                    .map(Value::Int)
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && (x.abs() >> (62 - y)) == 0 {
                    Some(Value::Int(x << y))
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(Value::Int(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }))
            }
            BinOp::And => Some(Value::Int(x & y)),
            BinOp::Or => Some(Value::Int(x | y)),
            BinOp::Xor => Some(Value::Int(x ^ y)),
            BinOp::MatMul => None,
        })
    }

    /// `x / y` for ints, correctly rounded as CPython's `long_true_divide`: a quotient of 55
    /// significant bits (fewer near the subnormals), rounded half to even with the remainder
    /// as a sticky bit, then scaled exactly.
    fn big_true_div(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        use num_bigint::Sign;
        if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
            if a.abs() < 9.0e15 && b.abs() < 9.0e15 {
                return Ok(Value::Float(a / b));
            }
        }
        let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
        let signed = |v: f64| Value::Float(if negative { -v } else { v });
        let (a, b) = (x.magnitude(), y.magnitude());
        if a.bits() == 0 {
            return Ok(signed(0.0));
        }
        const MANT: i64 = 53;
        const MIN_EXP: i64 = -1021;
        const MAX_EXP: i64 = 1024;
        let diff = a.bits() as i64 - b.bits() as i64;
        if diff > MAX_EXP {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        if diff < MIN_EXP - MANT - 1 {
            return Ok(signed(0.0));
        }
        let shift = diff.max(MIN_EXP) - MANT - 2;
        let mut inexact = false;
        let num = if shift > 0 {
            let s = shift as u64;
            inexact = a.trailing_zeros().is_none_or(|z| z < s);
            a >> s
        } else {
            a << (-shift) as u64
        };
        let (q, r) = (&num / b, &num % b);
        inexact |= r.bits() != 0;
        let q_bits = q.bits() as i64;
        let extra = (q_bits.max(MIN_EXP - shift) - MANT) as u32;
        let mut low = q.iter_u64_digits().next().unwrap_or(0);
        let mask = 1u64 << (extra - 1);
        if low & mask != 0 && (low | u64::from(inexact)) & (3 * mask - 1) != 0 {
            low += mask;
        }
        low &= !(2 * mask - 1);
        let dx = low as f64;
        if shift + q_bits >= MAX_EXP && (shift + q_bits > MAX_EXP || dx == 2f64.powi(q_bits as i32))
        {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(signed(scale2(dx, shift)))
    }

    pub(crate) fn float_op(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            // An infinite or NaN operand: C99's special values (`0.0 ** -inf` is inf,
            // `-inf ** 0.5` inf, `-inf ** -0.5` 0.0), as CPython.
            BinOp::Pow if !x.is_finite() || !y.is_finite() => x.powf(y),
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    // A negative base to a fractional power is complex.
                    let r = crate::object::types::numeric::complex_pow((x, 0.0), (y, 0.0));
                    return match r {
                        Ok((re, im)) => Ok(crate::object::types::complex::new_complex(re, im)),
                        Err(_) => Err(self.overflow_error("complex exponentiation")),
                    };
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )))
            }
        };
        Ok(Value::Float(r))
    }

    /// Sequence concatenation and repetition, set algebra and dict merge.
    #[inline(never)]
    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        // A subclass of the left operand's type with its own `__rmod__` goes first.
        if op == BinOp::Mod {
            if let Value::Instance(i) = b {
                if i.class().lookup_heap("__rmod__").is_some()
                    && i.class().is_subtype(&self.type_of(a))
                {
                    return Ok(None);
                }
            }
        }
        // bytes + an object exporting a buffer (a memoryview, an array).
        if let (Value::Bytes(_) | Value::ByteArray(_), Value::Instance(_), BinOp::Add) = (a, b, op)
        {
            let Some(tail) = crate::object::types::bytes::exported_bytes(self, b)? else {
                return Ok(None);
            };
            let mut data = crate::object::types::bytes::buffer_data(a).unwrap_or_default();
            data.extend(tail);
            return Ok(Some(if let Value::ByteArray(_) = a {
                crate::object::types::bytearray::new_bytearray(data)
            } else {
                crate::object::types::bytes::new_bytes(data)
            }));
        }
        Ok(Some(match (a, b, op) {
            (Value::Str(x), Value::Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                Value::list(concat(&x.items.borrow(), &y.items.borrow()))
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                Value::tuple(concat(&x.items, &y.items))
            }
            (
                Value::Bytes(_) | Value::ByteArray(_),
                Value::Bytes(_) | Value::ByteArray(_),
                BinOp::Add,
            ) => {
                let mut data = crate::object::types::bytes::buffer_data(a).unwrap_or_default();
                data.extend(crate::object::types::bytes::buffer_data(b).unwrap_or_default());
                if let Value::ByteArray(_) = a {
                    crate::object::types::bytearray::new_bytearray(data)
                } else {
                    crate::object::types::bytes::new_bytes(data)
                }
            }
            (seq, n, BinOp::Mul) if is_sequence(seq) && is_int(n) => self.repeat_value(a, n)?,
            (n, seq, BinOp::Mul) if is_sequence(seq) && is_int(n) => self.repeat_value(b, n)?,
            // A built-in non-int on the left: the sequence's repeat refuses it (a class's
            // reflected method would have had its turn as the left operand's type).
            (n, seq, BinOp::Mul)
                if is_sequence(seq)
                    && !is_sequence(n)
                    && !matches!(n, Value::Instance(_) | Value::Type(_)) =>
            {
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(n)
                )))
            }
            (seq, _, BinOp::Mul) if is_sequence(seq) => match b {
                Value::Instance(_) => match self.index_value(b)? {
                    Some(n) => self.repeat_value(a, &Value::Int(n))?,
                    None => return Ok(None),
                },
                // The left sequence's repeat decides, before any reflected method (CPython's
                // sequence_repeat).
                _ => {
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(b)
                    )))
                }
            },
            (Value::Str(s), _, BinOp::Mod) => self.percent_str(a, s, b)?,
            (Value::Bytes(x), _, BinOp::Mod) => {
                let data = crate::object::types::strformat::percent_format_bytes(self, &x.data, b)?;
                crate::object::types::bytes::new_bytes(data)
            }
            (Value::ByteArray(x), _, BinOp::Mod) => {
                let fmt = x.data.borrow().clone();
                let data = crate::object::types::strformat::percent_format_bytes(self, &fmt, b)?;
                crate::object::types::bytearray::new_bytearray(data)
            }
            (Value::Set(x), Value::Set(y), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                crate::object::types::set::set_algebra(self, x, y, op)?
            }
            (Value::Wrapper(_), _, BinOp::Or | BinOp::Sub) if is_set_view(a) => {
                crate::object::types::set::view_algebra(self, a, b, op)?
            }
            (_, _, BinOp::And) if is_set_view(a) || is_set_view(b) => {
                crate::object::types::set::view_intersect(self, a, b)?
            }
            (Value::Wrapper(_), _, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            | (_, Value::Wrapper(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if is_set_view(a) || is_set_view(b) =>
            {
                let x = self.call_value(
                    &Value::Type(self.types.set.clone()),
                    std::slice::from_ref(a),
                    &[],
                )?;
                let y = self.call_value(
                    &Value::Type(self.types.set.clone()),
                    std::slice::from_ref(b),
                    &[],
                )?;
                let (Value::Set(x), Value::Set(y)) = (&x, &y) else {
                    return Ok(None);
                };
                crate::object::types::set::set_algebra(self, x, y, op)?
            }
            (Value::Dict(_), Value::Dict(_), BinOp::Or) => self.dict_merged(a, Some(b))?,
            _ => return Ok(None),
        }))
    }

    fn repeat_value(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let count = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            _ => return Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        Ok(match seq {
            Value::Str(s) => {
                if s.as_str().is_empty() || count <= 0 {
                    return Ok(Value::str(""));
                }
                let total = (s.as_str().len() as u64).checked_mul(count as u64);
                if total.is_none_or(|t| t > i64::MAX as u64) {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                if total.is_some_and(|t| t > 1 << 30 || !crate::limits::may_allocate(t as usize)) {
                    return Err(self.memory_error());
                }
                let count = count as usize;
                Value::string(s.as_str().repeat(count))
            }
            Value::List(l) => {
                let items = l.items.borrow().clone();
                Value::list(self.repeat(&items, count)?)
            }
            Value::Tuple(t) => Value::tuple(self.repeat(&t.items, count)?),
            Value::Bytes(_) | Value::ByteArray(_) => {
                let data = crate::object::types::bytes::buffer_data(seq).unwrap_or_default();
                let make = |data: Vec<u8>| {
                    if let Value::ByteArray(_) = seq {
                        crate::object::types::bytearray::new_bytearray(data)
                    } else {
                        crate::object::types::bytes::new_bytes(data)
                    }
                };
                if data.is_empty() || count <= 0 {
                    return Ok(make(Vec::new()));
                }
                let total = (data.len() as u64).checked_mul(count as u64);
                if total.is_none_or(|t| t > i64::MAX as u64) {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                if total.is_some_and(|t| t > 1 << 30 || !crate::limits::may_allocate(t as usize)) {
                    return Err(self.memory_error());
                }
                make(data.repeat(count as usize))
            }
            _ => Value::None,
        })
    }

    pub(crate) fn repeat(&mut self, items: &[Value], count: i64) -> PyResult<Vec<Value>> {
        if items.is_empty() || count <= 0 {
            return Ok(Vec::new());
        }
        let total = (items.len() as u64).saturating_mul(count as u64);
        if total > (1 << 28)
            || !crate::limits::may_allocate(total as usize * std::mem::size_of::<Value>())
        {
            return Err(self.memory_error());
        }
        let count = count as usize;
        let mut out = Vec::with_capacity(items.len() * count);
        for _ in 0..count {
            out.extend(items.iter().cloned());
        }
        Ok(out)
    }

    #[inline(never)]
    pub(super) fn unary_instr(&mut self, frame: &mut Frame, op: Op) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let r = self.unary_op(&v, op)?;
        frame.stack.push(r);
        Ok(())
    }

    pub fn unary_op(&mut self, v: &Value, op: Op) -> PyResult<Value> {
        match (op, v) {
            (Op::UnaryNegative, Value::Int(i)) => Ok(i
                .checked_neg()
                .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int)),
            (Op::UnaryNegative, Value::Bool(b)) => Ok(Value::Int(-i64::from(*b))),
            (Op::UnaryNegative, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (Op::UnaryNegative, Value::Float(f)) => Ok(Value::Float(-f)),
            (Op::UnaryPositive, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => {
                Ok(v.clone())
            }
            (Op::UnaryPositive, Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
            (Op::UnaryNegative, Value::Complex(c)) => {
                Ok(crate::object::types::complex::new_complex(-c.0, -c.1))
            }
            (Op::UnaryPositive, Value::Complex(_)) => Ok(v.clone()),
            (Op::UnaryInvert, Value::Int(i)) => Ok(Value::Int(!i)),
            (Op::UnaryInvert, Value::Bool(b)) => {
                self.warn(
                    ExcKind::DeprecationWarning,
                    "Bitwise inversion '~' on bool is deprecated. This returns the bitwise \
                     inversion of the underlying int object and is usually not what you expect \
                     from negating a bool. Use the 'not' operator for boolean negation or ~int(x) \
                     if you really want the bitwise inversion of the underlying int.",
                )?;
                Ok(Value::Int(!i64::from(*b)))
            }
            (Op::UnaryInvert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_) | Value::Type(_)) if super::protocol::has_python_type(v) => {
                let name = match op {
                    Op::UnaryNegative => "__neg__",
                    Op::UnaryPositive => "__pos__",
                    _ => "__invert__",
                };
                match self.call_special(v, name, &[])? {
                    Some(r) => Ok(r),
                    None => Err(self.unary_error(v, op)),
                }
            }
            _ => Err(self.unary_error(v, op)),
        }
    }

    fn unary_error(&mut self, v: &Value, op: Op) -> crate::error::PyErr {
        let sym = match op {
            Op::UnaryNegative => "-",
            Op::UnaryPositive => "+",
            _ => "~",
        };
        self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(v)
        ))
    }

    #[inline(never)]
    pub(super) fn not_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        let b = self.truthy(&v)?;
        frame.stack.push(Value::Bool(!b));
        Ok(())
    }
}

/// Python's float floor division and modulo: the remainder takes the divisor's sign.
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// The sequence `v` is or extends (str, bytes, bytearray, list, tuple), if any.
fn sequence_of(v: &Value) -> Option<Value> {
    let raw = match v {
        Value::Instance(i) => i.base.as_ref()?,
        other => other,
    };
    is_sequence(raw).then(|| raw.clone())
}

/// Whether `v` is a built-in sequence `*` repeats: str, bytes, bytearray, list or tuple.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_)
    )
}

/// Whether `v` is bytes-like (what bytes concatenation accepts).
fn is_buffer(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
        || crate::object::types::bytes::buffer_data(v).is_some()
}

/// `v * 2**e`, exact when the result is representable (stepwise, so no step overflows or
/// rounds early).
fn scale2(mut v: f64, mut e: i64) -> f64 {
    while e > 0 {
        let step = e.min(1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        v /= 2f64.powi(step as i32);
        e += step;
    }
    v
}

/// The items of `x` then `y`, allocated once.
fn concat(x: &[Value], y: &[Value]) -> Vec<Value> {
    let mut items = Vec::with_capacity(x.len() + y.len());
    items.extend_from_slice(x);
    items.extend_from_slice(y);
    items
}
