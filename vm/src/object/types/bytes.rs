//! `bytes`: construction, and the codecs (utf-8, ascii, latin-1) used by `str.encode`,
//! `bytes.decode` and the io classes, with CPython's error handlers and messages. The methods
//! live in `bytes_ops.rs`, shared with `bytearray`.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyBytes};
use crate::object::Value;

/// The codecs pyrs knows, by CPython's normalised name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let norm = encoding.to_ascii_lowercase().replace(['_', ' '], "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => {
            Ok(Codec::Latin1)
        }
        _ => Err(vm.new_error(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn errors_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "encode() argument 'errors' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let cp = c as u32;
        if cp < limit {
            out.push(cp as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                out.extend(crate::object::types::str::ascii_escape(&c.to_string()).bytes())
            }
            "xmlcharrefreplace" => out.extend(format!("&#{cp};").bytes()),
            _ => {
                let range = if codec == Codec::Ascii { "128" } else { "256" };
                let shown = crate::object::types::str::ascii_escape(&c.to_string());
                return Err(vm.new_error(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{shown}' in position {i}: ordinal not in range({range})",
                        codec.name()
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    _ => {
                        return Err(vm.new_error(
                            ExcKind::UnicodeDecodeError,
                            format!("'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"),
                        ))
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let bad_len = e.error_len().unwrap_or(rest.len() - good);
                        match errors {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            _ => {
                                let pos = offset + good;
                                let byte = rest[good];
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if (0xC2..=0xF4).contains(&byte) {
                                    "invalid continuation byte"
                                } else {
                                    "invalid start byte"
                                };
                                return Err(vm.new_error(
                                    ExcKind::UnicodeDecodeError,
                                    format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"),
                                ));
                            }
                        }
                        let skip = good + bad_len.max(1);
                        offset += skip;
                        rest = &rest[skip..];
                    }
                }
            }
        }
    }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { data: data.into() }))
}

/// `bytes(x)`, `bytes(text, encoding[, errors])`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let source = args.arg(0, "source");
    let encoding = args.arg(1, "encoding");
    if let (Some(v @ Value::Instance(_)), None) = (source, encoding) {
        if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
            return match r {
                Value::Bytes(_) => Ok(r),
                other => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&other)
                ))),
            };
        }
    }
    match (source, encoding) {
        (None, _) => Ok(new_bytes(Vec::new())),
        (Some(Value::Str(s)), Some(Value::Str(enc))) => {
            let errors = errors_arg(vm, args.arg(2, "errors"))?;
            Ok(new_bytes(encode(vm, s.as_str(), enc.as_str(), &errors)?))
        }
        (Some(Value::Str(_)), None) => Err(vm.type_error("string argument without an encoding")),
        (Some(Value::Bytes(b)), None) => Ok(Value::Bytes(b.clone())),
        (Some(Value::ByteArray(b)), None) => Ok(new_bytes(b.data.borrow().clone())),
        (Some(Value::Int(n)), None) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n > 1 << 30 {
                return Err(vm.new_error(ExcKind::MemoryError, ""));
            }
            Ok(new_bytes(vec![0; *n as usize]))
        }
        (Some(other), None) => {
            let items = match vm.collect(other) {
                Ok(items) => items,
                Err(_) => {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to bytes",
                        vm.type_name(other)
                    )))
                }
            };
            let mut data = Vec::with_capacity(items.len());
            for item in &items {
                let v = vm.int_arg(item, "")?;
                match u8::try_from(v) {
                    Ok(b) => data.push(b),
                    Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            Ok(new_bytes(data))
        }
        (Some(_), Some(_)) => Err(vm.type_error("encoding without a string argument")),
    }
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`), copied.
pub fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::ByteArray(b) => Some(b.data.borrow().clone()),
        _ => None,
    }
}

/// CPython's canonical name of a codec pyrs has (`LookupError` for others).
pub fn canonical_codec(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    lookup(vm, encoding).map(Codec::name)
}

/// `bytes` and `bytearray` share their read-only methods.
pub const METHODS: &[(&str, NativeFn)] = crate::object::types::bytes_ops::METHODS;

pub const CLASS_METHODS: &[(&str, NativeFn)] =
    &[("fromhex", crate::object::types::bytes_ops::fromhex)];

pub const STATIC_METHODS: &[(&str, NativeFn)] =
    &[("maketrans", crate::object::types::bytes_ops::maketrans)];
