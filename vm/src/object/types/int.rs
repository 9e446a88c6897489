//! `int` and `bool`: construction from numbers and text, and the methods.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::format::parse_int;
use std::rc::Rc;

use crate::object::types::{Args, NativeFn};
use crate::object::Value;

/// The int value of a float, truncating toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(num_bigint::BigInt::from_f64_exact(t)))
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

/// `int(x)` / `int(text, base)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_kwnames("int", &args, &["base"])?;
    if args.pos.len() + args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    let x = args.pos.first();
    let base = args.arg(1, "base");
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = vm.int_arg(base, "")?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x {
            Value::Instance(i) => i.base.as_ref().unwrap_or(x),
            _ => x,
        };
        return match text {
            Value::Str(s) => parse_text(vm, s.as_str(), b as u32),
            Value::Bytes(_) | Value::ByteArray(_) => parse_bytes(vm, text, b as u32),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_to_int(vm, *f),
        Value::Str(s) => parse_text(vm, s.as_str(), 10),
        Value::Bytes(_) | Value::ByteArray(_) => parse_bytes(vm, x, 10),
        Value::Instance(_) | Value::Type(_) if crate::interp::has_python_type(x) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if name == "__trunc__" && vm.type_of(x).lookup(name).is_some() {
                    vm.warn(
                        crate::error::ExcKind::DeprecationWarning,
                        "The delegation of int() to __trunc__ is deprecated.",
                    )?;
                }
                if let Some(r) = vm.call_special(x, name, &[])? {
                    if name != "__trunc__" {
                        vm.warn_strict_int_subclass(name, &r)?;
                    }
                    return match &r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
                        Value::Instance(ri)
                            if matches!(ri.base, Some(Value::Int(_) | Value::BigInt(_))) =>
                        {
                            Ok(ri.base.clone().unwrap_or_default())
                        }
                        other if name == "__trunc__" => Err(vm.type_error(format!(
                            "__trunc__ returned non-Integral (type {})",
                            vm.type_name(other)
                        ))),
                        other => Err(vm.type_error(format!(
                            "{name} returned non-int (type {})",
                            vm.type_name(other)
                        ))),
                    };
                }
            }
            let base = match x {
                Value::Instance(i) => i.base.clone(),
                _ => None,
            };
            match &base {
                Some(Value::Str(s)) => parse_text(vm, s.as_str(), 10),
                Some(data @ (Value::Bytes(_) | Value::ByteArray(_))) => parse_bytes(vm, data, 10),
                _ => match crate::object::types::bytes::buffer_data(x) {
                    Some(data) => {
                        parse_bytes(vm, &crate::object::types::bytes::new_bytes(data), 10)
                    }
                    None => Err(int_type_error(vm, x)),
                },
            }
        }
        _ => Err(int_type_error(vm, x)),
    }
}

fn int_type_error(vm: &mut Vm, x: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    ))
}

/// `int(b"42")`: bytes are read as ASCII text; the error shows the bytes object.
fn parse_bytes(vm: &mut Vm, x: &Value, base: u32) -> PyResult<Value> {
    let data = crate::object::types::bytes::buffer_data(x).unwrap_or_default();
    if let Ok(text) = std::str::from_utf8(&data) {
        if text.is_ascii() {
            check_digit_limit(vm, text, base)?;
            if let Some(b) = parse_int(text, base) {
                return Ok(Value::from_bigint(b));
            }
        }
    }
    let shown = vm.repr(x)?;
    Err(vm.value_error(format!(
        "invalid literal for int() with base {base}: {shown}"
    )))
}

/// CPython's cap on the decimal digits `int()` converts (`sys.set_int_max_str_digits`).
fn check_digit_limit(vm: &mut Vm, text: &str, base: u32) -> PyResult<()> {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let limit = crate::interp::int_max_str_digits();
    if base == 10 && limit != 0 && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn parse_text(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    check_digit_limit(vm, text, base)?;
    match parse_int(text, base) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => {
            let r = crate::object::types::str::repr_str(text);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `bool(x)`.
pub fn construct_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("bool", &args, 0, 1)?;
    match args.pos.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `v` as an integer of any size if it is an int, a bool or has `__index__`; `None` otherwise,
/// so each caller raises its own TypeError.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    match to_big(v) {
        Some(b) => Ok(Some(b)),
        None => Ok(vm.index_value(v)?.map(BigInt::from)),
    }
}

/// An int argument of any size: ints, bools and `__index__` objects, else CPython's TypeError.
pub fn int_param(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match index_big(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// The int in `v` as a big integer.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("int.bit_length", args.pos.len().saturating_sub(1), 0, 0)?;
    let b = to_big(&args.pos[0]).unwrap_or_default();
    Ok(Value::from(b.abs().bits() as usize))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("int.bit_count", args.pos.len().saturating_sub(1), 0, 0)?;
    let b = to_big(&args.pos[0]).unwrap_or_default();
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::from(n))
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("int.conjugate", args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(Value::from_bigint(to_big(&args.pos[0]).unwrap_or_default()))
}

fn int_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = vm.format_spec_arg(&args)?;
    // An empty spec is `str(self)`, which a subclass may define.
    if spec.is_empty() && matches!(args.pos[0], Value::Instance(_)) {
        return vm.to_str(&args.pos[0]).map(Value::string);
    }
    Ok(Value::string(vm.format(&args.pos[0], &spec)?))
}

/// Whether `byteorder` is big-endian ('big' or 'little', else ValueError).
fn byteorder(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument 'byteorder' must be str, not {}",
            vm.arg_type_name(&other)
        ))),
    }
}

fn num_error(vm: &mut Vm, e: crate::object::types::numeric::NumError) -> crate::error::PyErr {
    use crate::object::types::numeric::NumError;
    match e {
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::Value(m) => vm.value_error(m),
        NumError::ZeroDivision(m) => vm.new_error(crate::error::ExcKind::ZeroDivisionError, m),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = to_big(&args.pos[0]).unwrap_or_default();
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let [length, order, signed] =
        vm.bind_args("to_bytes", &rest, &["length", "byteorder", "signed"], 0)?;
    let length = match length {
        None => 1,
        Some(v) => {
            let n = int_param(vm, &v)?;
            if n.to_i64().is_none() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            if n.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            n.to_usize().unwrap_or(usize::MAX)
        }
    };
    let big_endian = byteorder(vm, order, "to_bytes")?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    // More bytes than the number needs are zeros or 0xff: bound what is allocated.
    if length > 1 << 28 && n.bits() < (1 << 28) {
        return Err(vm.memory_error());
    }
    let data = crate::object::types::numeric::int_to_bytes(&n, length, big_endian, signed)
        .map_err(|e| num_error(vm, e))?;
    Ok(crate::object::types::bytes::new_bytes(data))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let [data, order, signed] =
        vm.bind_args("from_bytes", &rest, &["bytes", "byteorder", "signed"], 1)?;
    let data = data.unwrap_or_default();
    let bytes = match crate::object::types::bytes::buffer_data(&data) {
        Some(b) => b,
        None => {
            // As CPython's bytes(): only a TypeError from iter() means "not convertible".
            let iter = match &data {
                Value::Str(_) => None,
                other => match vm.iter(other) {
                    Ok(it) => Some(it),
                    Err(e) if vm.err_matches(&e, crate::error::ExcKind::TypeError) => None,
                    Err(e) => return Err(e),
                },
            };
            let Some(iter) = iter else {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(&data)
                )));
            };
            let items = vm.collect(&iter)?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                let v = int_param(vm, &item)?;
                match v.to_u8() {
                    Some(b) => out.push(b),
                    None => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let big_endian = byteorder(vm, order, "from_bytes")?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let n = Value::from_bigint(crate::object::types::numeric::int_from_bytes(
        &bytes, big_endian, signed,
    ));
    match &cls {
        Value::Type(t) if Rc::ptr_eq(t, &vm.types.int) => Ok(n),
        other => vm.call_value(other, &[n], &[]),
    }
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count(
        "int.as_integer_ratio",
        args.pos.len().saturating_sub(1),
        0,
        0,
    )?;
    let n = Value::from_bigint(to_big(&args.pos[0]).unwrap_or_default());
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("from_bytes", from_bytes)];

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("int.is_integer", args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(Value::Bool(true))
}

/// `int.__index__` and friends used by `operator`-style code.
fn index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_bigint(to_big(&args.pos[0]).unwrap_or_default()))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("conjugate", conjugate),
    ("__format__", int_format),
    ("to_bytes", to_bytes),
    ("as_integer_ratio", as_integer_ratio),
    ("is_integer", is_integer),
    ("__index__", index),
];

/// Converts an int value to f64, or OverflowError.
pub fn int_to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(vm.overflow_error("int too large to convert to float")),
        },
        _ => Ok(0.0),
    }
}

/// True for a zero int value.
pub fn is_zero(v: &Value) -> bool {
    to_big(v).is_some_and(|b| b.is_zero())
}

/// `divmod(x, y)` for `x >= 0` and `y > 0` of many digits whose quotient fits 60 bits, in
/// time linear in their size: the quotient of their leading bits is off by at most one, and
/// the remainder's sign and size correct it. num-bigint's general division (Burnikel-Ziegler)
/// costs far more for such near-equal operands, pidigits' every step. None when it does not
/// apply.
pub fn divmod_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.is_negative() || !y.is_positive() {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 128 || xb > yb + 60 {
        return None;
    }
    if xb < yb {
        return Some((BigInt::default(), x.clone()));
    }
    // y's leading 64 bits and x's bits from the same place (at most 125).
    let shift = yb - 64;
    let y_top = (y >> shift).to_u64()?;
    let x_top = (x >> shift).to_u128()?;
    let mut q = x_top / u128::from(y_top);
    let mut r = x - y * BigInt::from(q);
    for _ in 0..4 {
        if r.is_negative() {
            q -= 1;
            r += y;
        } else if &r >= y {
            q += 1;
            r -= y;
        } else {
            return Some((BigInt::from(q), r));
        }
    }
    None
}
