//! Numeric built-ins: abs, sum, divmod, round, pow, hex/oct/bin, chr/ord.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::bytecode::BinOp;
use crate::error::PyResult;
use crate::interp::{plain_generator, GenResult, SinkKind, Vm};
use crate::object::types::int::{float_to_int, int_param, to_big};
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map_or_else(|| Value::from_bigint(BigInt::from(*i).abs()), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(c) => crate::object::types::complex::abs(vm, c.0, c.1),
        Value::Instance(_) | Value::Type(_) if crate::interp::has_python_type(v) => {
            match vm.call_special(v, "__abs__", &[])? {
                Some(r) => Ok(r),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
        _ => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

/// `sum(iterable, start=0)`, with CPython 3.12's compensated float summation.
fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let start = args.arg(1, "start").cloned().unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Value::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(&args.pos[0])?;
    let mut total = Sum::new(start);
    if let Some(g) = plain_generator(&it) {
        // The generator adds its numbers itself; the rest comes back one by one.
        loop {
            let (result, kind) = vm.resume_sinking(g, SinkKind::Sum(total));
            let SinkKind::Sum(back) = kind else {
                unreachable!("the sink given back is the one given")
            };
            total = back;
            match result? {
                GenResult::Yield(x) => total.add(vm, x)?,
                GenResult::Return(_) => return Ok(total.finish()),
            }
        }
    }
    while let Some(x) = vm.next(&it)? {
        total.add(vm, x)?;
    }
    Ok(total.finish())
}

/// A running `sum()`, in CPython's three phases: ints added while the total fits, then (from
/// a float start, or once an addition made the total a float) floats summed with Neumaier's
/// compensation and ints added plainly, then anything else through `+` for good.
pub(crate) struct Sum {
    phase: Phase,
}

enum Phase {
    Int(i64),
    Float(f64, f64),
    Other(Value),
}

impl Sum {
    pub(crate) fn new(start: Value) -> Sum {
        let phase = match start {
            Value::Int(i) => Phase::Int(i),
            Value::Float(f) => Phase::Float(f, 0.0),
            other => Phase::Other(other),
        };
        Sum { phase }
    }

    /// Adds `x` when its phase takes it without Python code; false, leaving the total as
    /// it was, for anything else.
    pub(crate) fn add_plain(&mut self, x: &Value) -> bool {
        match (&mut self.phase, x) {
            (Phase::Int(a), Value::Int(_) | Value::Bool(_)) => {
                let b = match x {
                    Value::Int(b) => *b,
                    _ => i64::from(matches!(x, Value::Bool(true))),
                };
                match a.checked_add(b) {
                    Some(total) => {
                        *a = total;
                        true
                    }
                    None => false,
                }
            }
            (Phase::Float(s, c), Value::Float(x)) => {
                let t = *s + x;
                if s.abs() >= x.abs() {
                    *c += (*s - t) + x;
                } else {
                    *c += (x - t) + *s;
                }
                *s = t;
                true
            }
            (Phase::Float(s, _), Value::Int(i)) => {
                *s += *i as f64;
                true
            }
            (Phase::Float(s, _), Value::Bool(b)) => {
                *s += f64::from(u8::from(*b));
                true
            }
            _ => false,
        }
    }

    pub(crate) fn add(&mut self, vm: &mut Vm, x: Value) -> PyResult<()> {
        if self.add_plain(&x) {
            return Ok(());
        }
        let phase = std::mem::replace(&mut self.phase, Phase::Other(Value::None));
        self.phase = match phase {
            // An int total that cannot take `x` adds it once; a float result goes on in the
            // float phase.
            Phase::Int(a) => match vm.binary_op(&Value::Int(a), &x, BinOp::Add)? {
                Value::Float(f) => Phase::Float(f, 0.0),
                other => Phase::Other(other),
            },
            Phase::Float(s, c) => {
                Phase::Other(vm.binary_op(&Value::Float(finish(s, c)), &x, BinOp::Add)?)
            }
            Phase::Other(acc) => Phase::Other(vm.binary_op(&acc, &x, BinOp::Add)?),
        };
        Ok(())
    }

    pub(crate) fn finish(self) -> Value {
        match self.phase {
            Phase::Int(a) => Value::Int(a),
            Phase::Float(s, c) => Value::Float(finish(s, c)),
            Phase::Other(v) => v,
        }
    }

    /// The state as a tuple `(phase, total, compensation)`, for the Python helper that sums
    /// a generator in the dispatch loop (`interp/inline.py`).
    pub(crate) fn to_value(&self) -> Value {
        let (tag, total, c) = match &self.phase {
            Phase::Int(a) => (0, Value::Int(*a), Value::None),
            Phase::Float(s, c) => (1, Value::Float(*s), Value::Float(*c)),
            Phase::Other(v) => (2, v.clone(), Value::None),
        };
        Value::tuple(vec![Value::Int(tag), total, c])
    }

    pub(crate) fn from_value(v: &Value) -> Option<Sum> {
        let Value::Tuple(t) = v else { return None };
        let phase = match &t.items[..] {
            [Value::Int(0), Value::Int(a), _] => Phase::Int(*a),
            [Value::Int(1), Value::Float(s), Value::Float(c)] => Phase::Float(*s, *c),
            [Value::Int(2), v, _] => Phase::Other(v.clone()),
            _ => return None,
        };
        Some(Sum { phase })
    }
}

fn finish(s: f64, c: f64) -> f64 {
    if c != 0.0 && c.is_finite() {
        s + c
    } else {
        s
    }
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let is_num = |v: &Value| {
            matches!(
                v,
                Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
            )
        };
        if is_num(a) && is_num(b) {
            let x = crate::object::types::float::to_float(vm, a)?;
            let y = crate::object::types::float::to_float(vm, b)?;
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::interp::float_divmod(x, y);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = vm.call_special(a, "__divmod__", std::slice::from_ref(b))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(r) = vm.call_special(b, "__rdivmod__", std::slice::from_ref(a))? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    if !(is_int(a) && is_int(b)) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, BinOp::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `round`'s ndigits: huge values mean "all digits" or "none", as CPython clamps them.
fn ndigits(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match n {
        Value::BigInt(b) => Ok(if b.is_negative() {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        other => vm.int_arg(other, ""),
    }
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_params("round", &args, &["number", "ndigits"])?;
    if args.arg(0, "number").is_none() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    let x = args.arg(0, "number").cloned().unwrap_or_default();
    let nd = args.arg(1, "ndigits").filter(|v| !v.is_none()).cloned();
    match &x {
        Value::Float(f) => match nd {
            None => float_to_int(vm, f.round_ties_even()),
            Some(n) => {
                let n = ndigits(vm, &n)?;
                match round_float(*f, n) {
                    Some(r) => Ok(Value::Float(r)),
                    None => Err(vm.overflow_error("rounded value too large to represent")),
                }
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let Some(n) = nd else {
                return Ok(Value::from_bigint(to_big(&x).unwrap_or_default()));
            };
            let n = ndigits(vm, &n)?;
            if n >= 0 {
                return Ok(Value::from_bigint(to_big(&x).unwrap_or_default()));
            }
            let v = to_big(&x).unwrap_or_default();
            let Ok(exp) = u32::try_from(-n) else {
                return Ok(Value::Int(0));
            };
            if u64::from(exp) > v.bits() + 10 {
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow(BigInt::from(10), exp as usize);
            let (q, r) = v.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        Value::Instance(_) => {
            let extra: Vec<Value> = nd.into_iter().collect();
            match vm.call_special(&x, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            }
        }
        other => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(other)
        ))),
    }
}

/// `round(f, n)` correctly rounded, as CPython does through decimal conversion; None when
/// the result is too large for a float.
fn round_float(f: f64, n: i64) -> Option<f64> {
    if !f.is_finite() || n > 330 {
        return Some(f);
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, f);
        return Some(s.parse().unwrap_or(f));
    }
    if n < -330 {
        return Some(0.0 * f);
    }
    // Rounded on the exact decimal expansion of `f` (every digit of a double is finite),
    // half to even, as CPython's correctly rounded conversion does.
    let k = (-n) as usize;
    let exact = format!("{:.1100}", f.abs());
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    if int_part.len() < k {
        return Some(0.0 * f);
    }
    let digits = format!("0{int_part}");
    let cut = digits.len() - k;
    let (kept, rest) = digits.split_at(cut);
    let rest = format!("{rest}{frac}");
    let rest = rest.trim_end_matches('0');
    let mut kept: Vec<u8> = kept.bytes().collect();
    let last_odd = kept.last().is_some_and(|d| (d - b'0') % 2 == 1);
    let up = match rest.as_bytes().first() {
        Some(d) if *d > b'5' => true,
        Some(b'5') => rest.len() > 1 || last_odd,
        _ => false,
    };
    if up {
        for d in kept.iter_mut().rev() {
            if *d == b'9' {
                *d = b'0';
            } else {
                *d += 1;
                break;
            }
        }
    }
    let text = format!("{}{}", String::from_utf8_lossy(&kept), "0".repeat(k));
    let r: f64 = text.parse().unwrap_or(f64::INFINITY);
    r.is_finite().then(|| r.copysign(f))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({given} given)")));
    }
    let (base, exp) = match (args.arg(0, "base"), args.arg(1, "exp")) {
        (Some(b), Some(e)) => (b.clone(), e.clone()),
        (None, _) => return Err(vm.type_error("pow() missing required argument 'base' (pos 1)")),
        _ => return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)")),
    };
    match args.arg(2, "mod").filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, BinOp::Pow),
        Some(m) => pow_mod(vm, base, exp, m.clone()),
    }
}

/// Three-argument `pow`: out of line, so two-argument calls reaching a Python `__pow__`
/// keep a small frame on the wasm stack.
#[inline(never)]
fn pow_mod(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (&base, &exp, &m) {
        if let Some(r) = small_pow_mod(*b, *e, *m) {
            return Ok(Value::Int(r));
        }
    }
    // An int subclass is its int, except a base with its own `__pow__` (three-argument
    // power never uses `__rpow__`).
    let own_pow = matches!(&base, Value::Instance(i) if i.class().lookup_heap("__pow__").is_some());
    let b = if own_pow {
        None
    } else {
        to_big(base.plain_number())
    };
    let (Some(b), Some(e), Some(m)) = (b, to_big(exp.plain_number()), to_big(m.plain_number()))
    else {
        // A class's three-argument __pow__ (never __rpow__), then CPython's two refusals.
        if matches!(base, Value::Instance(_)) {
            if let Some(r) = vm.call_special(&base, "__pow__", &[exp.clone(), m.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // The operands' types are asked in order (base, exponent, modulus, each type once):
        // float refuses a modulus, complex says "complex modulo", int declines.
        let mut asked: Vec<std::rc::Rc<crate::object::types::PyType>> = Vec::new();
        for v in [&base, &exp, &m] {
            let t = vm.type_of(v);
            if asked.iter().any(|a| std::rc::Rc::ptr_eq(a, &t)) {
                continue;
            }
            asked.push(t);
            match v.plain_number() {
                Value::Float(_) => {
                    return Err(vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ))
                }
                Value::Complex(_) => return Err(vm.value_error("complex modulo")),
                _ => {}
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(&base),
            vm.type_name(&exp),
            vm.type_name(&m)
        )));
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let Some(inv) = mod_inverse(&b, &m) else {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        };
        (inv, -e)
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

/// `pow(b, e, m)` for machine ints, in 128-bit arithmetic; None when the big-int path
/// must answer (a zero modulus, a base without an inverse: its errors).
fn small_pow_mod(b: i64, e: i64, m: i64) -> Option<i64> {
    if m == 0 {
        return None;
    }
    let modulus = i128::from(m).unsigned_abs();
    let mut base = i128::from(b).rem_euclid(modulus as i128) as u128;
    if e < 0 {
        // The inverse by the extended Euclidean algorithm: s * base = g (mod modulus).
        let (mut r0, mut r1) = (modulus as i128, base as i128);
        let (mut s0, mut s1) = (0i128, 1i128);
        while r1 != 0 {
            let q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (s0, s1) = (s1, s0 - q * s1);
        }
        if r0 != 1 && modulus != 1 {
            return None;
        }
        base = s0.rem_euclid(modulus as i128) as u128;
    }
    let mut exp = i128::from(e).unsigned_abs();
    let mut acc: u128 = 1 % modulus;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc * base % modulus;
        }
        base = base * base % modulus;
        exp >>= 1;
    }
    // A negative modulus gives a result in (m, 0].
    let r = acc as i128;
    Some(
        (if m < 0 && r != 0 {
            r + i128::from(m)
        } else {
            r
        }) as i64,
    )
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn radix(vm: &mut Vm, args: &Args<'_>, name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let big = int_param(vm, &args.pos[0])?;
    let digits = big.abs().to_str_radix(base);
    let sign = if big.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, &args, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, &args, "oct", "0o", 8)
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, &args, "bin", "0b", 2)
}

fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("chr", &args, 1, 1)?;
    let i = match &args.pos[0] {
        Value::BigInt(_) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        v => vm.int_arg(v, "")?,
    };
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let sur = crate::object::types::surrogate::to_char;
    match u32::try_from(i).ok().and_then(sur) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0..0x110000).contains(&i) => Err(vm.new_error(
            crate::error::ExcKind::NotImplementedError,
            crate::object::types::surrogate::RESERVED,
        )),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("ord", &args, 1, 1)?;
    match args.pos[0].plain_text() {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => {
                    let u = crate::object::types::surrogate::code_point(c);
                    Ok(Value::Int(i64::from(u)))
                }
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(i64::from(b.data[0]))),
        Value::Bytes(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.data.len()
        ))),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("sum", sum),
    ("divmod", divmod),
    ("round", round),
    ("pow", pow),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("chr", chr),
    ("ord", ord),
];
