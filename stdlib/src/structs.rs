//! `_struct`: packing values into bytes and back by a format string (`struct` is its Python
//! face). pyrs presents itself as a 64-bit CPython (`sys.maxsize`), so native sizes are
//! those of CPython on x86-64 Linux: `l`, `L`, `n`, `N` and `P` take 8 bytes.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyrs_vm::object::types::bytes::{buffer_data, new_bytes};
use pyrs_vm::object::types::int::index_big;
use pyrs_vm::object::types::typeobj::native_exception_class;
use pyrs_vm::object::types::PyType;
use pyrs_vm::{Args, ExcKind, PyErr, PyModule, PyResult, Value, Vm};

thread_local! {
    static ERROR: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_struct");
    let base = vm.exc_type(ExcKind::Exception);
    let error = native_exception_class("error", "struct", &[base]);
    ERROR.with(|e| *e.borrow_mut() = Some(error.clone()));
    vm.set_attr(&m, "error", Value::Type(error));
    vm.add_function(&m, "calcsize", calcsize);
    vm.add_function(&m, "pack", pack);
    vm.add_function(&m, "pack_into", pack_into);
    vm.add_function(&m, "unpack", unpack);
    vm.add_function(&m, "unpack_from", unpack_from);
    vm.add_function(&m, "iter_unpack", iter_unpack);
    Ok(m)
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => {
            let exc = vm.new_exception(cls, vec![Value::string(msg.into())]);
            PyErr { exc }
        }
        None => vm.value_error(msg),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

/// A parsed format: its items (count, code) and how they are laid out.
struct Format {
    order: Order,
    /// `@`: native sizes and alignment.
    native: bool,
    items: Vec<(usize, u8)>,
    size: usize,
}

impl Format {
    fn parse(vm: &mut Vm, fmt: &Value) -> PyResult<Format> {
        let text: Vec<u8> = match fmt {
            Value::Str(s) => s.as_str().as_bytes().to_vec(),
            Value::Bytes(_) | Value::ByteArray(_) => buffer_data(fmt).unwrap_or_default(),
            other => {
                return Err(vm.type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    vm.type_name(other)
                )))
            }
        };
        let (order, native, rest) = match text.first() {
            Some(b'@') => (Order::Native, true, &text[1..]),
            Some(b'=') => (Order::Native, false, &text[1..]),
            Some(b'<') => (Order::Little, false, &text[1..]),
            Some(b'>' | b'!') => (Order::Big, false, &text[1..]),
            _ => (Order::Native, true, &text[..]),
        };
        let mut items = Vec::new();
        let mut size = 0usize;
        let mut i = 0;
        while i < rest.len() {
            let c = rest[i];
            if c.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            let mut count: Option<usize> = None;
            while i < rest.len() && rest[i].is_ascii_digit() {
                let d = usize::from(rest[i] - b'0');
                count = Some(
                    count
                        .unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(d))
                        .ok_or_else(|| error(vm, "total struct size too long"))?,
                );
                i += 1;
            }
            let Some(&code) = rest.get(i) else {
                return Err(error(vm, "repeat count given without format specifier"));
            };
            i += 1;
            let Some(item_size) = item_size(code, native) else {
                return Err(error(vm, "bad char in struct format"));
            };
            let count = count.unwrap_or(1);
            if native {
                let align = match code {
                    b's' | b'p' | b'x' | b'c' | b'b' | b'B' | b'?' => 1,
                    _ => item_size,
                };
                size = size.div_ceil(align) * align;
            }
            let bytes = if matches!(code, b's' | b'p') {
                Some(count)
            } else {
                count.checked_mul(item_size)
            };
            size = bytes
                .and_then(|b| size.checked_add(b))
                .filter(|&s| s <= isize::MAX as usize)
                .ok_or_else(|| error(vm, "total struct size too long"))?;
            items.push((count, code));
        }
        Ok(Format {
            order,
            native,
            items,
            size,
        })
    }

    /// How many values packing takes.
    fn arity(&self) -> usize {
        self.items
            .iter()
            .map(|&(n, c)| match c {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => n,
            })
            .sum()
    }

    fn align(&self, pos: usize, code: u8) -> usize {
        if !self.native {
            return pos;
        }
        let a = match code {
            b's' | b'p' | b'x' | b'c' | b'b' | b'B' | b'?' => 1,
            _ => item_size(code, true).unwrap_or(1),
        };
        pos.div_ceil(a) * a
    }

    fn pack(&self, vm: &mut Vm, values: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mut pos = 0;
        let mut args = values.iter();
        for &(count, code) in &self.items {
            pos = self.align(pos, code);
            match code {
                b'x' => pos += count,
                b's' | b'p' => {
                    let v = args.next().cloned().unwrap_or_default();
                    let data = match &v {
                        Value::Bytes(_) | Value::ByteArray(_) => {
                            buffer_data(&v).unwrap_or_default()
                        }
                        _ => {
                            return Err(error(
                                vm,
                                format!("argument for '{}' must be a bytes object", code as char),
                            ))
                        }
                    };
                    let field = &mut out[pos..pos + count];
                    if code == b's' {
                        let n = data.len().min(count);
                        field[..n].copy_from_slice(&data[..n]);
                    } else if count > 0 {
                        let n = data.len().min(count - 1);
                        field[1..=n].copy_from_slice(&data[..n]);
                        field[0] = n.min(255) as u8;
                    }
                    pos += count;
                }
                _ => {
                    let size = item_size(code, self.native).unwrap_or(1);
                    for _ in 0..count {
                        let v = args.next().cloned().unwrap_or_default();
                        self.pack_one(vm, code, size, &v, &mut out[pos..pos + size])?;
                        pos += size;
                    }
                }
            }
        }
        Ok(())
    }

    fn put(&self, field: &mut [u8], bits: u64) {
        let le = bits.to_le_bytes();
        let n = field.len();
        match self.order {
            Order::Big => {
                for (k, b) in field.iter_mut().enumerate() {
                    *b = le[n - 1 - k];
                }
            }
            Order::Native | Order::Little => field.copy_from_slice(&le[..n]),
        }
    }

    fn get(&self, field: &[u8]) -> u64 {
        let mut le = [0u8; 8];
        let n = field.len();
        match self.order {
            Order::Big => {
                for (k, b) in field.iter().enumerate() {
                    le[n - 1 - k] = *b;
                }
            }
            Order::Native | Order::Little => le[..n].copy_from_slice(field),
        }
        u64::from_le_bytes(le)
    }

    fn pack_one(
        &self,
        vm: &mut Vm,
        code: u8,
        size: usize,
        v: &Value,
        field: &mut [u8],
    ) -> PyResult<()> {
        match code {
            b'c' => {
                let data = match v {
                    Value::Bytes(_) | Value::ByteArray(_) => buffer_data(v).unwrap_or_default(),
                    _ => Vec::new(),
                };
                if data.len() != 1 {
                    return Err(error(vm, "char format requires a bytes object of length 1"));
                }
                field[0] = data[0];
            }
            b'?' => field[0] = u8::from(vm.truthy(v)?),
            b'e' | b'f' | b'd' => {
                let x = float_arg(vm, v)?;
                let bits = match code {
                    b'd' => x.to_bits(),
                    b'f' => {
                        let y = x as f32;
                        // Native mode converts as C does: too large a value becomes inf.
                        if y.is_infinite() && x.is_finite() && !self.native {
                            return Err(vm.overflow_error("float too large to pack with f format"));
                        }
                        u64::from(y.to_bits())
                    }
                    _ => match half_bits(x) {
                        Some(h) => u64::from(h),
                        None => {
                            return Err(vm.overflow_error("float too large to pack with e format"))
                        }
                    },
                };
                self.put(field, bits);
            }
            _ => {
                let Some(n) = int_arg(vm, v)? else {
                    return Err(error(vm, "required argument is not an integer"));
                };
                let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                let bits = (size * 8) as u32;
                let (lo, hi) = if signed {
                    (
                        -(BigInt::from(1) << (bits - 1)),
                        (BigInt::from(1) << (bits - 1)) - 1,
                    )
                } else if code == b'P' {
                    // CPython packs a negative pointer as its two's complement.
                    (
                        -(BigInt::from(1) << (bits - 1)),
                        (BigInt::from(1) << bits) - 1,
                    )
                } else {
                    (BigInt::from(0), (BigInt::from(1) << bits) - 1)
                };
                if n < lo || n > hi {
                    let (lo, hi) = if code == b'P' {
                        (BigInt::from(0), hi)
                    } else {
                        (lo, hi)
                    };
                    return Err(error(
                        vm,
                        format!("'{}' format requires {lo} <= number <= {hi}", code as char),
                    ));
                }
                let raw = if n.sign() == num_bigint::Sign::Minus {
                    n.to_i64().unwrap_or(0) as u64
                } else {
                    n.to_u64().unwrap_or(0)
                };
                self.put(field, raw);
            }
        }
        Ok(())
    }

    fn unpack(&self, data: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        let mut pos = 0;
        for &(count, code) in &self.items {
            pos = self.align(pos, code);
            match code {
                b'x' => pos += count,
                b's' => {
                    out.push(new_bytes(data[pos..pos + count].to_vec()));
                    pos += count;
                }
                b'p' => {
                    let n = if count == 0 {
                        0
                    } else {
                        usize::from(data[pos]).min(count - 1)
                    };
                    out.push(new_bytes(data[pos + 1..pos + 1 + n].to_vec()));
                    pos += count;
                }
                _ => {
                    let size = item_size(code, self.native).unwrap_or(1);
                    for _ in 0..count {
                        out.push(self.unpack_one(code, &data[pos..pos + size]));
                        pos += size;
                    }
                }
            }
        }
        out
    }

    fn unpack_one(&self, code: u8, field: &[u8]) -> Value {
        let raw = self.get(field);
        let bits = field.len() * 8;
        match code {
            b'c' => new_bytes(vec![field[0]]),
            b'?' => Value::Bool(raw != 0),
            b'd' => Value::Float(f64::from_bits(raw)),
            b'f' => Value::Float(f64::from(f32::from_bits(raw as u32))),
            b'e' => Value::Float(half_value(raw as u16)),
            b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                let shift = 64 - bits;
                Value::Int(((raw << shift) as i64) >> shift)
            }
            _ => match i64::try_from(raw) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::BigInt(Rc::new(BigInt::from(raw))),
            },
        }
    }
}

/// The size of one item of `code`; None for a code the mode does not have.
fn item_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// An integer argument: ints and objects with `__index__`; None for anything else.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if matches!(v, Value::Float(_) | Value::Str(_)) {
        return Ok(None);
    }
    match index_big(vm, v) {
        Ok(n) => Ok(n),
        Err(e) if vm.err_matches(&e, ExcKind::TypeError) => Ok(None),
        Err(e) => Err(e),
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let not_float = |vm: &mut Vm| error(vm, "required argument is not a float");
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| not_float(vm)),
        Value::Instance(_)
            if vm.type_of(v).lookup("__float__").is_some()
                || vm.type_of(v).lookup("__index__").is_some() =>
        {
            pyrs_vm::object::types::float::to_float(vm, v)
        }
        _ => Err(not_float(vm)),
    }
}

/// IEEE half-precision bits of `x`, rounded to nearest even; None when it overflows.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: units of 2**-24 (rounding may carry into the smallest normal).
        let m = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | m);
    }
    let mut e = a.log2().floor() as i32;
    // log2 may be off by one near powers of two.
    if 2f64.powi(e) > a {
        e -= 1;
    } else if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let mut frac = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u32;
    if frac == 1024 {
        frac = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | frac as u16)
}

fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn format_arg<'a>(vm: &mut Vm, name: &str, args: &'a Args<'_>, min: usize) -> PyResult<&'a Value> {
    if args.pos.len() < min {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        )));
    }
    Ok(&args.pos[0])
}

fn calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("calcsize", &args, 1, 1)?;
    let f = Format::parse(vm, &args.pos[0])?;
    Ok(Value::Int(f.size as i64))
}

fn pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = format_arg(vm, "pack", &args, 1)?;
    let f = Format::parse(vm, fmt)?;
    let values = &args.pos[1..];
    if values.len() != f.arity() {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                f.arity(),
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; f.size];
    f.pack(vm, values, &mut out)?;
    Ok(new_bytes(out))
}

fn pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.type_error(format!(
            "pack_into expected at least 3 arguments, got {}",
            args.pos.len()
        )));
    }
    let f = Format::parse(vm, &args.pos[0])?;
    let Value::ByteArray(target) = &args.pos[1] else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.arg_type_name(&args.pos[1])
        )));
    };
    let values = &args.pos[3..];
    if values.len() != f.arity() {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.arity(),
                values.len()
            ),
        ));
    }
    let len = target.data.borrow().len();
    let offset = vm.int_arg(&args.pos[2], "")?;
    let start = place(vm, offset, len, f.size, "pack_into", "packing")?;
    let mut out = vec![0u8; f.size];
    f.pack(vm, values, &mut out)?;
    target.data.borrow_mut()[start..start + f.size].copy_from_slice(&out);
    Ok(Value::None)
}

/// Where `size` bytes at `offset` (negative: from the end) start in a buffer of `len`
/// bytes, with CPython's errors for `what` ("pack_into"/"unpack_from").
fn place(
    vm: &mut Vm,
    offset: i64,
    len: usize,
    size: usize,
    what: &str,
    doing: &str,
) -> PyResult<usize> {
    // In i128: an offset need not fit a usize (wasm32).
    let mut start = i128::from(offset);
    if start < 0 {
        start += len as i128;
        if start < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
    }
    let need = start + size as i128;
    if need > len as i128 {
        return Err(error(
            vm,
            format!(
                "{what} requires a buffer of at least {need} bytes for {doing} {size} bytes at offset {start} (actual buffer size is {len})"
            ),
        ));
    }
    Ok(start as usize)
}

fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    pyrs_vm::object::types::bytes::bytes_like(vm, v)
}

fn unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("unpack", &args, 2, 2)?;
    let f = Format::parse(vm, &args.pos[0])?;
    let data = buffer_arg(vm, &args.pos[1])?;
    if data.len() != f.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(Value::tuple(f.unpack(&data)))
}

fn unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = format_arg(vm, "unpack_from", &args, 1)?;
    let f = Format::parse(vm, fmt)?;
    let Some(buffer) = args.arg(1, "buffer") else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let data = buffer_arg(vm, buffer)?;
    let offset = match args.arg(2, "offset") {
        Some(o) => vm.int_arg(o, "")?,
        None => 0,
    };
    let start = place(vm, offset, data.len(), f.size, "unpack_from", "unpacking")?;
    Ok(Value::tuple(f.unpack(&data[start..start + f.size])))
}

/// `iter_unpack(format, buffer)`: the tuples, as a list the Python side iterates.
fn iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("iter_unpack", &args, 2, 2)?;
    let f = Format::parse(vm, &args.pos[0])?;
    if f.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer_arg(vm, &args.pos[1])?;
    if data.len() % f.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let items = data
        .chunks_exact(f.size)
        .map(|c| Value::tuple(f.unpack(c)))
        .collect();
    Ok(Value::list(items))
}
