//! `complex`: construction (numbers, strings, `__complex__`), arithmetic with ints and floats,
//! and the methods. The algorithms are in `numeric.rs`.

use std::rc::Rc;

use crate::bytecode::BinOp;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::types::numeric::{self, NumError};
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Complex(Rc::new((re, im)))
}

fn num_error(vm: &mut Vm, e: NumError) -> PyErr {
    match e {
        NumError::Overflow(m) => vm.overflow_error(m),
        NumError::Value(m) => vm.value_error(m),
        NumError::ZeroDivision(m) => vm.new_error(ExcKind::ZeroDivisionError, m),
    }
}

impl Vm {
    /// An int, float, bool or complex as (real, imaginary); None for anything else.
    pub(crate) fn complex_operand(&mut self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        Ok(match v {
            Value::Complex(c) => Some(**c),
            Value::Float(f) => Some((*f, 0.0)),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                Some((crate::object::types::int::int_to_f64(self, v)?, 0.0))
            }
            _ => None,
        })
    }

    /// `a op b` when one side is complex and the other a number; None otherwise.
    pub(crate) fn complex_op(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        if !matches!(a, Value::Complex(_)) && !matches!(b, Value::Complex(_)) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            BinOp::TrueDiv => numeric::complex_div(x, y).map_err(|e| num_error(self, e))?,
            BinOp::Pow => numeric::complex_pow(x, y).map_err(|e| num_error(self, e))?,
            _ => return Err(self.binary_type_error(a, b, op)),
        };
        Ok(Some(new_complex(r.0, r.1)))
    }

    /// An argument of `complex(real, imag)` that is not a string, and whether it was a
    /// complex number (given, or from `__complex__`). The second argument is not asked
    /// for `__complex__`, as in CPython 3.12.
    fn complex_of(&mut self, x: &Value, second: bool) -> PyResult<Option<((f64, f64), bool)>> {
        if let Value::Instance(_) = x {
            if !second {
                if let Some(r) = self.call_special(x, "__complex__", &[])? {
                    return match r {
                        Value::Complex(c) => Ok(Some((*c, true))),
                        // A complex subclass still counts, with 3.12's deprecation.
                        Value::Instance(ref i) if let Some(Value::Complex(c)) = &i.base => {
                            let msg = format!(
                                "__complex__ returned non-complex (type {}).  The ability to \
                                 return an instance of a strict subclass of complex is \
                                 deprecated, and may be removed in a future version of Python.",
                                self.type_name(&r)
                            );
                            self.warn(crate::error::ExcKind::DeprecationWarning, &msg)?;
                            Ok(Some((**c, true)))
                        }
                        other => Err(self.type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
            }
            if self.type_of(x).lookup("__float__").is_some()
                || self.type_of(x).lookup("__index__").is_some()
            {
                let f = crate::object::types::float::to_float(self, x)?;
                return Ok(Some(((f, 0.0), false)));
            }
            return Ok(None);
        }
        let is_complex = matches!(x, Value::Complex(_));
        Ok(self.complex_operand(x)?.map(|c| (c, is_complex)))
    }
}

/// `complex(real=0, imag=0)` and `complex(string)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [real, imag] = vm.bind_args("complex", &args, &["real", "imag"], 0)?;
    let Some(real) = real else {
        return match imag {
            None => Ok(new_complex(0.0, 0.0)),
            Some(i) => construct_parts(vm, &Value::Int(0), Some(&i)),
        };
    };
    if let Value::Str(s) = real.plain_text() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match numeric::complex_parse(s.as_str()) {
            Ok((re, im)) => Ok(new_complex(re, im)),
            Err(e) => Err(num_error(vm, e)),
        };
    }
    construct_parts(vm, &real, imag.as_ref())
}

fn construct_parts(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<Value> {
    if let Some(Value::Str(_)) = imag {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let Some((r, real_complex)) = vm.complex_of(real, false)? else {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(real)
        )));
    };
    let Some(imag) = imag else {
        return Ok(new_complex(r.0, r.1));
    };
    let Some((i, imag_complex)) = vm.complex_of(imag, true)? else {
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name(imag)
        )));
    };
    // (a + bj) + (c + dj)j, adding the parts only complex arguments have (keeps -0.0).
    let mut re = r.0;
    let mut im = i.0;
    if imag_complex {
        re -= i.1;
    }
    if real_complex {
        im += r.1;
    }
    Ok(new_complex(re, im))
}

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<(f64, f64)> {
    match args.pos.first() {
        Some(Value::Complex(c)) => Ok(**c),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args)?;
    Ok(new_complex(re, -im))
}

fn dunder_complex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args)?;
    Ok(new_complex(re, im))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args)?;
    Ok(Value::tuple(vec![Value::Float(re), Value::Float(im)]))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = this(vm, &args)?;
    let spec = vm.format_spec_arg(&args)?;
    numeric::complex_format(re, im, &spec)
        .map(Value::string)
        .map_err(|e| num_error(vm, e))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("conjugate", conjugate),
    ("__complex__", dunder_complex),
    ("__getnewargs__", getnewargs),
    ("__format__", format),
];

/// `abs(z)`.
pub fn abs(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    numeric::complex_abs(re, im)
        .map(Value::Float)
        .map_err(|e| num_error(vm, e))
}
