//! `float`: construction from numbers and text, and the methods.

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::format::parse_float;
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

/// `float(x)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("float", &args, 0, 1)?;
    let Some(x) = args.pos.first() else {
        return Ok(Value::Float(0.0));
    };
    to_float(vm, x).map(Value::Float)
}

/// The float value of `x` as `float(x)` computes it.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::object::types::int::int_to_f64(vm, x)
        }
        Value::Str(s) => match parse_float(s.as_str()) {
            Some(f) => Ok(f),
            None => {
                let r = crate::object::types::str::repr_str(s.as_str());
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        },
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::object::types::bytes::buffer_data(x).unwrap_or_default();
            let parsed = std::str::from_utf8(&data)
                .ok()
                .filter(|t| t.is_ascii())
                .and_then(parse_float);
            match parsed {
                Some(f) => Ok(f),
                None => {
                    let r = vm.repr(x)?;
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            }
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(x, "__float__", &[])? {
                // A float subclass is accepted as its float (CPython also warns that this
                // is deprecated).
                if let Value::Float(f) = r.plain_number() {
                    return Ok(*f);
                }
                return Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&r)
                )));
            }
            if let Some(r) = vm.call_special(x, "__index__", &[])? {
                return to_float(vm, &r);
            }
            match x {
                Value::Instance(i) => match &i.base {
                    Some(base @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))) => {
                        to_float(vm, &base.clone())
                    }
                    _ => Err(float_type_error(vm, x)),
                },
                _ => Err(float_type_error(vm, x)),
            }
        }
        _ => Err(float_type_error(vm, x)),
    }
}

fn float_type_error(vm: &mut Vm, x: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    ))
}

fn this(args: &Args<'_>) -> f64 {
    match args.pos.first() {
        Some(Value::Float(f)) => *f,
        _ => 0.0,
    }
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("float.is_integer", args.pos.len().saturating_sub(1), 0, 0)?;
    let f = this(&args);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count(
        "float.as_integer_ratio",
        args.pos.len().saturating_sub(1),
        0,
        0,
    )?;
    let f = this(&args);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i128;
    let mut e = if exp == 0 {
        -1074
    } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let num = num_bigint::BigInt::from(mant * sign);
    let (num, den) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("float.hex", args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(Value::string(crate::object::types::numeric::float_hex(
        this(&args),
    )))
}

/// `float.fromhex(s)` (a class method: subclasses get their type called on the result).
fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let text = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
        None => return Err(vm.type_error("float.fromhex() takes exactly one argument (0 given)")),
    };
    let f = crate::object::types::numeric::float_fromhex(&text).map_err(|e| {
        use crate::object::types::numeric::NumError;
        match e {
            NumError::Overflow(m) => vm.overflow_error(m),
            NumError::Value(m) | NumError::ZeroDivision(m) => vm.value_error(m),
        }
    })?;
    match &cls {
        Value::Type(t) if std::rc::Rc::ptr_eq(t, &vm.types.float) => Ok(Value::Float(f)),
        other => vm.call_value(other, &[Value::Float(f)], &[]),
    }
}

/// `float.__getformat__(typestr)`: how C doubles and floats are stored (IEEE, and wasm32 is
/// little-endian).
fn getformat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            (args.pos.len() + args.kw.len()).saturating_sub(1)
        )));
    }
    match args.pos.get(1) {
        Some(Value::Str(s)) if matches!(s.as_str(), "double" | "float") => {
            Ok(Value::str("IEEE, little-endian"))
        }
        Some(Value::Str(_)) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        Some(other) => Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.arg_type_name(other)
        ))),
        None => Ok(Value::None),
    }
}

pub const CLASS_METHODS: &[(&str, NativeFn)] =
    &[("fromhex", fromhex), ("__getformat__", getformat)];

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("float.conjugate", args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(Value::Float(this(&args)))
}

fn float_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = vm.format_spec_arg(&args)?;
    Ok(Value::string(vm.format(&args.pos[0], &spec)?))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", hex),
    ("conjugate", conjugate),
    ("__format__", float_format),
];
