//! The `math` module: floating-point functions with CPython's domain and range errors (erf, erfc,
//! gamma, lgamma and remainder from the crate `libm`, a port of musl), nextafter and ulp by bit
//! patterns, the exact sums (fsum, sumprod) and the exact integer functions (gcd, factorial,
//! comb, perm, isqrt).

use std::rc::Rc;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrs_vm::object::types::float::to_float;
use pyrs_vm::object::types::int::{float_to_int, int_param, to_big};
use pyrs_vm::{Args, NativeFn, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("math");
    vm.set_attr(&m, "pi", Value::Float(std::f64::consts::PI));
    vm.set_attr(&m, "e", Value::Float(std::f64::consts::E));
    vm.set_attr(&m, "tau", Value::Float(std::f64::consts::TAU));
    vm.set_attr(&m, "inf", Value::Float(f64::INFINITY));
    vm.set_attr(&m, "nan", Value::Float(f64::NAN));
    for (name, func) in FUNCTIONS {
        vm.add_function(&m, name, *func);
    }
    Ok(m)
}

/// A float argument: ints and `__float__` objects convert, anything else is a TypeError.
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    // A float subclass is its stored number; an int subclass's own `__float__` is asked.
    match v.plain_number() {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::BigInt(_)
            if matches!(v, Value::Instance(_))
                && vm.type_of(v).lookup_heap("__float__").is_some() =>
        {
            to_float(vm, v)
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => to_float(vm, v.plain_number()),
        // An instance without `__float__` or `__index__` gets math's own message.
        Value::Instance(_) => to_float(vm, v).map_err(|e| {
            if vm.err_matches(&e, pyrs_vm::ExcKind::TypeError) {
                vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
            } else {
                e
            }
        }),
        other => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other)))),
    }
}

fn domain(vm: &mut Vm) -> pyrs_vm::PyErr {
    vm.value_error("math domain error")
}

/// Checks a one-argument float function's result as CPython does.
fn unary(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        // At a pole (log of 0, atanh of 1) CPython reports a domain error, else an overflow.
        if matches!(name, "log2" | "log10" | "log1p" | "atanh") {
            return Err(domain(vm));
        }
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// `log2`/`log10` of an int too large for a float: from its top bits, as CPython's
/// `loghelper`; other arguments go through [`unary`].
fn log_of(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if let (Some(b), 1) = (args.pos.first().and_then(to_big), args.pos.len()) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if b.to_f64().is_none_or(f64::is_infinite) {
            let shift = b.bits().saturating_sub(64);
            let top = (&b >> shift).to_f64().unwrap_or(1.0);
            return Ok(Value::Float(f(top) + f(2.0) * shift as f64));
        }
    }
    unary(vm, args, name, f)
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    log_of(vm, &args, "log2", f64::log2)
}

fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    log_of(vm, &args, "log10", f64::log10)
}

/// `x = m * 2**e` with `0.5 <= |m| < 1`, exactly (`x` finite and non-zero).
fn split(x: f64) -> (f64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        let (m, e) = split(x * 18_446_744_073_709_551_616.0);
        return (m, e - 64);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        exp - 1022,
    )
}

/// `2**k` for `-1022 <= k <= 1023`.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            unary(vm, &args, stringify!($name), $f)
        })*
    };
}

unary_fns! {
    sin => f64::sin, cos => f64::cos, tan => f64::tan, asin => f64::asin, acos => f64::acos,
    atan => f64::atan, sinh => f64::sinh, cosh => f64::cosh, tanh => f64::tanh,
    asinh => f64::asinh, atanh => f64::atanh, exp => f64::exp, exp2 => f64::exp2,
    expm1 => f64::exp_m1, fabs => f64::abs, log1p => f64::ln_1p, cbrt => f64::cbrt, degrees => f64::to_degrees, radians => f64::to_radians,
    acosh => f64::acosh, sqrt => f64::sqrt,
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("log", &args, 1, 2)?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(b) = to_big(v) {
            if !b.is_positive() {
                return Err(domain(vm));
            }
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f.ln());
            }
            // Huge ints: ln(m * 2**e) from the top bits.
            let bits = b.bits();
            let shift = bits.saturating_sub(64);
            let top = (&b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        let x = real(vm, v)?;
        if x <= 0.0 || x.is_nan() {
            return if x.is_nan() { Ok(x) } else { Err(domain(vm)) };
        }
        Ok(x.ln())
    };
    let num = ln(vm, &args.pos[0])?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = ln(vm, base)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("pow", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    // C99's special values for an infinite or NaN operand, never an error.
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("atan2", &args, 2, 2)?;
    let (y, x) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    Ok(Value::Float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("fmod", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("copysign", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    Ok(Value::Float(x.copysign(y)))
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args.pos {
        let x = real(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn rounding(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(b) = to_big(v) {
        return Ok(Value::from_bigint(b));
    }
    if let Value::Instance(_) = v {
        let dunder = match name {
            "floor" => "__floor__",
            "ceil" => "__ceil__",
            _ => "__trunc__",
        };
        if let Some(r) = vm.call_special(v, dunder, &[])? {
            return Ok(r);
        }
    }
    // Only floats truncate without `__trunc__` (floor and ceil take any real number).
    if name == "trunc" && !matches!(v, Value::Float(_)) {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        )));
    }
    let x = real(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, &args, "trunc", f64::trunc)
}

fn predicate(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isnan", f64::is_nan)
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let (a, b) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    let rel = match args.kwarg("rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("frexp", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("ldexp", &args, 2, 2)?;
    let x = real(vm, &args.pos[0])?;
    // Exponents beyond any float's range act as the nearest in-range extreme.
    let e = match &args.pos[1] {
        Value::BigInt(b) if b.is_negative() => -5000,
        Value::BigInt(_) => 5000,
        other => vm.int_arg(other, "")?.clamp(-5000, 5000),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // One rounding at most: the exact part first, the scaling into the subnormals last.
    let (m, k) = split(x);
    let t = k + e;
    let r = match t {
        1025.. => return Err(vm.overflow_error("math range error")),
        -1021.. => m * 2.0 * pow2(t - 1),
        -1100.. => m * pow2(t + 1000) * pow2(-1000),
        _ => 0.0f64.copysign(x),
    };
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("modf", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Machine-sized arguments need no big integers.
    let mut small: u64 = 0;
    let mut rest = args.pos;
    while let Some((Value::Int(i), tail)) = rest.split_first() {
        small = small.gcd(&i.unsigned_abs());
        rest = tail;
    }
    if rest.is_empty() {
        return Ok(Value::from_bigint(BigInt::from(small)));
    }
    let mut acc = BigUint::from(small);
    for a in rest {
        let b = int_param(vm, a)?;
        acc = big_gcd(acc, b.magnitude().clone());
    }
    Ok(Value::from_bigint(BigInt::from(acc)))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut acc = BigUint::one();
    for a in args.pos {
        let b = int_param(vm, a)?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        let b = b.magnitude().clone();
        let common = big_gcd(acc.clone(), b.clone());
        acc = acc / common * b;
    }
    Ok(Value::from_bigint(BigInt::from(acc)))
}

/// The greatest common divisor of two big integers by Lehmer's method: while the numbers
/// are long, the quotients of Euclid's algorithm are found from their leading 62 bits
/// alone, and the full numbers are updated once per run of them (`num-integer`'s binary
/// method takes a subtraction and a shift over the whole numbers for every bit).
fn big_gcd(mut a: BigUint, mut b: BigUint) -> BigUint {
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    while b.bits() > 62 {
        let shift = a.bits() - 62;
        let top = |n: &BigUint| (n >> shift).to_u64().unwrap_or(0) as i64;
        let (mut x, mut y) = (top(&a), top(&b));
        // Cofactors: the numbers Euclid's steps would reach are A*a + B*b and C*a + D*b
        // (each pair of opposite signs). Machine arithmetic, stopping short of overflow.
        let (mut ca, mut cb, mut cc, mut cd) = (1i64, 0i64, 0i64, 1i64);
        // The next quotient, when both ends of its possible range agree.
        let quotient = |x: i64, y: i64, (ca, cb, cc, cd): (i64, i64, i64, i64)| -> Option<i64> {
            let (yc, yd) = (y.checked_add(cc)?, y.checked_add(cd)?);
            if yc <= 0 || yd <= 0 {
                return None;
            }
            let q = x.checked_add(ca)?.checked_div(yc)?;
            (q == x.checked_add(cb)?.checked_div(yd)?).then_some(q)
        };
        while let Some(q) = quotient(x, y, (ca, cb, cc, cd)) {
            let step = |u: i64, v: i64| q.checked_mul(v).and_then(|qv| u.checked_sub(qv));
            let (Some(nc), Some(nd), Some(ny)) = (step(ca, cc), step(cb, cd), step(x, y)) else {
                break;
            };
            (ca, cc) = (cc, nc);
            (cb, cd) = (cd, nd);
            (x, y) = (y, ny);
        }
        if cb == 0 {
            // The leading bits decide nothing: one step of Euclid on the whole numbers.
            let r = &a % &b;
            a = b;
            b = r;
        } else {
            // u*a + v*b with u and v of opposite signs (or one zero), which Lehmer's
            // bounds keep non-negative: the difference of the two products.
            let combine = |u: i64, v: i64| {
                let (p, q) = (&a * u.unsigned_abs(), &b * v.unsigned_abs());
                if p >= q {
                    p - q
                } else {
                    q - p
                }
            };
            let next_a = combine(ca, cb);
            let next_b = combine(cc, cd);
            a = next_a;
            b = next_b;
        }
    }
    // Both fit in 64 bits from here (b does; a after one step).
    if b.is_zero() {
        return a;
    }
    let r = (&a % &b).to_u64().unwrap_or(0);
    BigUint::from(b.to_u64().unwrap_or(0).gcd(&r))
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("factorial", &args, 1, 1)?;
    let n = int_param(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= 100_000) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 100000 in pyrs"));
    };
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(Value::from_bigint(acc))
}

fn comb_perm(vm: &mut Vm, args: &Args<'_>, comb: bool) -> PyResult<Value> {
    let name = if comb { "comb" } else { "perm" };
    vm.check_args(name, args, if comb { 2 } else { 1 }, 2)?;
    let n = int_param(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(v) if !v.is_none() => int_param(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        // `perm(n)` is `factorial(n)`, and says so.
        if !comb && args.pos.get(1).is_none_or(Value::is_none) {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= 1_000_000) else {
        return Err(vm.overflow_error("k too large"));
    };
    let k = if comb {
        k.min((&n - BigInt::from(k)).to_u64().unwrap_or(k))
    } else {
        k
    };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        if comb {
            acc /= BigInt::from(i + 1);
        }
    }
    Ok(Value::from_bigint(acc))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(vm, &args, true)
}

fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    comb_perm(vm, &args, false)
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("isqrt", &args, 1, 1)?;
    let n = int_param(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("fsum", &args, 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    // Shewchuk's exact partial sums, rounded once at the end; infinities and NaNs are summed
    // apart, as CPython does.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut infs) = (0.0f64, 0.0f64);
    for item in &items {
        let mut x = real(vm, item)?;
        let saved = x;
        if !x.is_finite() {
            if saved.is_infinite() {
                infs += saved;
            }
            special += saved;
            partials.clear();
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(vm.new_error(
                pyrs_vm::ExcKind::OverflowError,
                "intermediate overflow in fsum",
            ));
        }
        partials.truncate(i);
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 {
        if infs.is_nan() {
            return Err(vm.new_error(pyrs_vm::ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    // Add the partials from the largest down while that is exact, then round half to even
    // across the rest.
    let Some(mut hi) = partials.pop() else {
        return Ok(Value::Float(0.0));
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("prod", args.pos.len(), 1, 1)?;
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for item in vm.collect(&args.pos[0])? {
        acc = vm.binary_op(&acc, &item, pyrs_vm::bytecode::BinOp::Mul)?;
    }
    Ok(acc)
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("dist", &args, 2, 2)?;
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let d = real(vm, a)? - real(vm, b)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

fn erf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "erf", libm::erf)
}

fn erfc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "erfc", libm::erfc)
}

/// Whether `x` is zero or a negative integer: a pole of the gamma function.
fn gamma_pole(x: f64) -> bool {
    x == 0.0 || (x < 0.0 && x.floor() == x) || x == f64::NEG_INFINITY
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("gamma", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    if gamma_pole(x) {
        return Err(domain(vm));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("lgamma", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if gamma_pole(x) {
        return Err(domain(vm));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("remainder", &args, 2, 2)?;
    let (x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

/// The float next to `x` towards `y`, by bit patterns.
fn step_towards(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("nextafter", args.pos.len(), 2, 2)?;
    let (mut x, y) = (real(vm, &args.pos[0])?, real(vm, &args.pos[1])?);
    let steps = match args.kwarg("steps") {
        None | Some(Value::None) => 1,
        Some(v) => {
            let n = int_param(vm, v)?;
            if n.is_negative() {
                return Err(vm.value_error("steps must be a non-negative integer"));
            }
            n.to_u64().unwrap_or(u64::MAX)
        }
    };
    // Past 2**64 steps any start has reached `y`.
    for _ in 0..steps.min(1 << 12) {
        if x == y || x.is_nan() {
            break;
        }
        x = step_towards(x, y);
    }
    if steps > 1 << 12 && x != y && !x.is_nan() {
        // Far walks go by the ordered bit patterns in one jump.
        let key = |f: f64| -> i128 {
            let b = f.to_bits() as i64;
            i128::from(if b < 0 { i64::MIN - b } else { b })
        };
        let (from, to) = (key(x), key(y));
        let left = i128::from(steps - (1 << 12));
        let at = if to > from {
            (from + left).min(to)
        } else {
            (from - left).max(to)
        };
        let b = if at < 0 { i64::MIN as i128 - at } else { at };
        x = f64::from_bits(b as i64 as u64);
    }
    Ok(Value::Float(x))
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("ulp", &args, 1, 1)?;
    let x = real(vm, &args.pos[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = step_towards(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(Value::Float(x - step_towards(x, 0.0)));
    }
    Ok(Value::Float(next - x))
}

/// `sumprod(p, q)`: ints add up exactly; otherwise the products and sums go through the
/// general operators, as CPython does for values that are not all int or float. A float
/// total is computed exactly (`fsum` of the exact product halves) and rounded once.
fn sumprod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("sumprod", &args, 2, 2)?;
    let p = vm.collect(&args.pos[0])?;
    let q = vm.collect(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    let floaty = |v: &Value| numeric(v) || matches!(v, Value::Float(_));
    if p.iter().chain(&q).all(floaty) && p.iter().chain(&q).any(|v| matches!(v, Value::Float(_))) {
        // Each product of two doubles is exactly hi + lo (Dekker's split by fma).
        let mut parts = Vec::with_capacity(2 * p.len());
        for (a, b) in p.iter().zip(&q) {
            let (x, y) = (real(vm, a)?, real(vm, b)?);
            let hi = x * y;
            let lo = x.mul_add(y, -hi);
            parts.push(Value::Float(hi));
            if lo != 0.0 && lo.is_finite() {
                parts.push(Value::Float(lo));
            }
        }
        let list = Value::list(parts);
        return fsum(
            vm,
            Args {
                pos: &[list],
                kw: &[],
            },
        );
    }
    let mut acc = Value::Int(0);
    for (a, b) in p.iter().zip(&q) {
        let prod = vm.binary_op(a, b, pyrs_vm::bytecode::BinOp::Mul)?;
        acc = vm.binary_op(&acc, &prod, pyrs_vm::bytecode::BinOp::Add)?;
    }
    Ok(acc)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("remainder", remainder),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("sumprod", sumprod),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("sqrt", sqrt),
    ("cbrt", cbrt),
    ("pow", pow),
    ("fmod", fmod),
    ("copysign", copysign),
    ("hypot", hypot),
    ("dist", dist),
    ("degrees", degrees),
    ("radians", radians),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("fsum", fsum),
    ("prod", prod),
];
