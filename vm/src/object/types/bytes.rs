//! `bytes`: construction, the codecs (utf-8, ascii, latin-1) used by `str.encode` and
//! `bytes.decode` with CPython's error handlers and messages, and the common methods.

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
    match (source, encoding) {
        (None, _) => Ok(new_bytes(Vec::new())),
        (Some(Value::Str(s)), Some(Value::Str(enc))) => {
            let errors = errors_arg(vm, args.arg(2, "errors"))?;
            Ok(new_bytes(encode(vm, s.as_str(), enc.as_str(), &errors)?))
        }
        (Some(Value::Str(_)), None) => Err(vm.type_error("string argument without an encoding")),
        (Some(Value::Bytes(b)), None) => Ok(Value::Bytes(b.clone())),
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

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyBytes>> {
    match args.pos.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

fn bytes_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn decode_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "decode")?.clone();
    let encoding = match args.arg(1, "encoding") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "utf-8".to_string(),
    };
    let errors = errors_arg(vm, args.arg(2, "errors"))?;
    Ok(Value::string(decode(vm, &b.data, &encoding, &errors)?))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "hex")?;
    Ok(Value::string(
        b.data.iter().map(|x| format!("{x:02x}")).collect(),
    ))
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let text = match args.pos.last() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(vm.type_error("fromhex() argument must be str")),
    };
    let digits: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut data = Vec::with_capacity(digits.len() / 2);
    for (i, pair) in digits.chunks(2).enumerate() {
        let s: String = pair.iter().collect();
        match (pair.len(), u8::from_str_radix(&s, 16)) {
            (2, Ok(b)) => data.push(b),
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i * 2 + usize::from(pair.len() == 2)
                )))
            }
        }
    }
    Ok(new_bytes(data))
}

fn affix(vm: &mut Vm, args: &Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?.clone();
    let Some(arg) = args.pos.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let candidates: Vec<Value> = match arg {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let p = bytes_arg(vm, c)?;
        if (ends && b.data.ends_with(p)) || (!ends && b.data.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "endswith", true)
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "find")?.clone();
    let Some(arg) = args.pos.get(1) else {
        return Err(vm.type_error("find() takes at least 1 argument (0 given)"));
    };
    let needle = bytes_arg(vm, arg)?;
    Ok(Value::Int(
        find_sub(&b.data, needle).map_or(-1, |i| i as i64),
    ))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "count")?.clone();
    let Some(arg) = args.pos.get(1) else {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    };
    let needle = bytes_arg(vm, arg)?.to_vec();
    if needle.is_empty() {
        return Ok(Value::from(b.data.len() + 1));
    }
    let (mut n, mut i) = (0usize, 0usize);
    while let Some(p) = find_sub(&b.data[i..], &needle) {
        n += 1;
        i += p + needle.len();
    }
    Ok(Value::from(n))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "split")?.clone();
    let parts: Vec<Value> = match args.arg(1, "sep") {
        None | Some(Value::None) => b
            .data
            .split(u8::is_ascii_whitespace)
            .filter(|p| !p.is_empty())
            .map(|p| new_bytes(p.to_vec()))
            .collect(),
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?.to_vec();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut rest: &[u8] = &b.data;
            while let Some(p) = find_sub(rest, &sep) {
                out.push(new_bytes(rest[..p].to_vec()));
                rest = &rest[p + sep.len()..];
            }
            out.push(new_bytes(rest.to_vec()));
            out
        }
    };
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "join")?.clone();
    let Some(iterable) = args.pos.get(1) else {
        return Err(vm.type_error("join() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&b.data);
        }
        match item {
            Value::Bytes(p) => out.extend_from_slice(&p.data),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn map_bytes(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    Ok(new_bytes(f(&b.data)))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &args, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &args, "lower", <[u8]>::to_ascii_lowercase)
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_bytes(vm, &args, "strip", |d| d.trim_ascii().to_vec())
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "replace")?.clone();
    vm.check_count("replace", args.pos.len().saturating_sub(1), 2, 2)?;
    let old = bytes_arg(vm, &args.pos[1])?.to_vec();
    let new = bytes_arg(vm, &args.pos[2])?.to_vec();
    if old.is_empty() {
        return Ok(Value::Bytes(b));
    }
    let mut out = Vec::new();
    let mut rest: &[u8] = &b.data;
    while let Some(p) = find_sub(rest, &old) {
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(&new);
        rest = &rest[p + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(new_bytes(out))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode_method),
    ("hex", hex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("count", count),
    ("split", split),
    ("join", join),
    ("upper", upper),
    ("lower", lower),
    ("strip", strip),
    ("replace", replace),
];

pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("fromhex", fromhex)];
