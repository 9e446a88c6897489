//! `bytes`: construction, and the codecs (in `codecs.rs`) as `str.encode`,
//! `bytes.decode` and the io classes, with CPython's error handlers (and those
//! `codecs.register_error` adds) and messages. The methods live in `bytes_ops.rs`, shared
//! with `bytearray`.

use std::rc::Rc;

use crate::codecs::{Codec, Failure};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyBytes};
use crate::object::Value;

fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    crate::codecs::lookup(encoding).ok_or_else(|| {
        vm.new_error(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )
    })
}

fn errors_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "encode() argument 'errors' must be str, not {}",
            vm.arg_type_name(other)
        ))),
    }
}

/// The Python exception for a codec failure on `object` (the text or the bytes).
fn codec_error(vm: &mut Vm, f: Failure, object: Value) -> crate::error::PyErr {
    let (kind, e) = match f {
        Failure::Encode(e) => (ExcKind::UnicodeEncodeError, e),
        Failure::Decode(e) => (ExcKind::UnicodeDecodeError, e),
        Failure::UnknownHandler(name) => {
            return vm.new_error(
                ExcKind::LookupError,
                format!("unknown error handler name '{name}'"),
            )
        }
        Failure::HandlerMisuse(msg) => return vm.type_error(msg),
        Failure::Unsupported(msg) => return vm.new_error(ExcKind::NotImplementedError, msg),
    };
    let cls = Value::Type(vm.exc_type(kind));
    let args = [
        Value::str(e.encoding),
        object,
        Value::Int(e.start as i64),
        Value::Int(e.end as i64),
        Value::string(e.reason),
    ];
    match vm.call_value(&cls, &args, &[]) {
        Ok(Value::Instance(inst)) if inst.exc.is_some() => crate::error::PyErr { exc: inst },
        Ok(_) => vm.new_error(ExcKind::SystemError, "bad codec error"),
        Err(e) => e,
    }
}

/// A codec pyrs does not have built in: `codecs.lookup` finds it among the codecs written in
/// Python and those registered by search functions: its encode or decode function.
fn python_codec(vm: &mut Vm, encoding: &str, encode: bool) -> PyResult<Value> {
    let codecs = vm.import_absolute("codecs")?;
    let lookup_name = vm.intern("lookup");
    let lookup = vm.getattr(&codecs, &lookup_name)?;
    let info = vm.call_value(&lookup, &[Value::str(encoding)], &[])?;
    let text_name = vm.intern("_is_text_encoding");
    let text_codec = vm.getattr_opt(&info, &text_name)?;
    if matches!(text_codec, Some(Value::Bool(false))) {
        let way = if encode { "encode" } else { "decode" };
        return Err(vm.new_error(
            ExcKind::LookupError,
            format!(
                "'{encoding}' is not a text encoding; use codecs.{way}() to handle arbitrary codecs"
            ),
        ));
    }
    // A CodecInfo is a tuple: (encode, decode, reader, writer).
    vm.getitem(&info, &Value::Int(if encode { 0 } else { 1 }))
}

/// The first item of what a codec function returned (`(result, consumed)`).
fn codec_result(vm: &mut Vm, result: Value) -> PyResult<Value> {
    match result {
        Value::Tuple(t) if t.items.len() == 2 => Ok(t.items[0].clone()),
        _ => Err(vm.type_error("encoder must return a tuple (object, integer)")),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if crate::codecs::lookup(encoding).is_none() {
        let func = python_codec(vm, encoding, true)?;
        let result = vm.call_value(&func, &[Value::str(text), Value::str(errors)], &[])?;
        return match codec_result(vm, result)? {
            Value::Bytes(b) => Ok(b.data.to_vec()),
            other => Err(vm.type_error(format!(
                "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                vm.type_name(&other)
            ))),
        };
    }
    let codec = lookup(vm, encoding)?;
    if codec == Codec::Utf8 && errors == "strict" && !super::surrogate::contains(text) {
        return Ok(text.as_bytes().to_vec());
    }
    let names = |c: char| unicode_names2::name(c).map(|n| n.to_string());
    match crate::codecs::encode_with_names(text, codec, errors, &names) {
        Err(Failure::UnknownHandler(name)) => match registered_handler(vm, &name)? {
            Some(handler) => encode_with_handler(vm, text, codec, &handler),
            None => Err(codec_error(vm, Failure::UnknownHandler(name), Value::None)),
        },
        r => r.map_err(|f| codec_error(vm, f, Value::str(text))),
    }
}

/// The function `codecs.register_error` registered under `name`, if the `codecs` module was
/// imported and has one.
fn registered_handler(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(codecs) = vm.sys_modules_get("codecs") else {
        return Ok(None);
    };
    let key = vm.intern("_handlers");
    match vm.getattr_opt(&codecs, &key)? {
        Some(Value::Dict(handlers)) => Ok(handlers.get_str(name)),
        _ => Ok(None),
    }
}

/// The codec a stream goes on with after its start (no second byte-order mark).
fn continued(codec: Codec, start: &[u8]) -> Codec {
    match (codec, start) {
        (Codec::Utf8Sig, _) => Codec::Utf8,
        (Codec::Utf16, [0xFE, 0xFF, ..]) => Codec::Utf16Be,
        (Codec::Utf16, _) => Codec::Utf16Le,
        (Codec::Utf32, [0, 0, 0xFE, 0xFF, ..]) => Codec::Utf32Be,
        (Codec::Utf32, _) => Codec::Utf32Le,
        _ => codec,
    }
}

/// What an error handler returned: `(replacement, position)`, the position from the end when
/// negative, within `0..=len`.
fn handler_answer(
    vm: &mut Vm,
    answer: Value,
    len: usize,
    encode: bool,
) -> PyResult<(Value, usize)> {
    let pair = match &answer {
        Value::Tuple(t) if t.items.len() == 2 => {
            let ok_kind = match &t.items[0] {
                Value::Str(_) => true,
                Value::Bytes(_) => encode,
                _ => false,
            };
            (ok_kind && matches!(t.items[1], Value::Int(_) | Value::BigInt(_)))
                .then(|| (t.items[0].clone(), t.items[1].clone()))
        }
        _ => None,
    };
    let Some((replacement, pos)) = pair else {
        let want = if encode {
            "(str/bytes, int)"
        } else {
            "(str, int)"
        };
        return Err(vm.type_error(format!(
            "{} error handler must return {want} tuple",
            if encode { "encoding" } else { "decoding" }
        )));
    };
    let pos = vm.int_arg(&pos, "")?;
    let pos = if pos < 0 { pos + len as i64 } else { pos };
    match usize::try_from(pos) {
        Ok(p) if p <= len => Ok((replacement, p)),
        _ => Err(vm.new_error(
            ExcKind::IndexError,
            format!("position {pos} from error handler out of bounds"),
        )),
    }
}

/// What `handler` answers to the failure `e` of the piece of `object` starting at `pos`
/// (the exception it gets counts positions in the whole object).
fn ask_handler(
    vm: &mut Vm,
    handler: &Value,
    e: crate::codecs::CodecError,
    pos: usize,
    object: &Value,
    len: usize,
    encode: bool,
) -> PyResult<(Value, usize)> {
    let shifted = crate::codecs::CodecError {
        start: pos + e.start,
        end: pos + e.end,
        ..e
    };
    let failure = if encode {
        Failure::Encode(shifted)
    } else {
        Failure::Decode(shifted)
    };
    let exc = codec_error(vm, failure, object.clone());
    let answer = vm.call_value(handler, &[Value::Instance(exc.exc)], &[])?;
    handler_answer(vm, answer, len, encode)
}

/// The characters `from..to` of `text`.
fn char_range(text: &str, from: usize, to: usize) -> &str {
    let mut at = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let start = at.nth(from).unwrap_or(text.len());
    let end = if to > from {
        at.nth(to - from - 1).unwrap_or(text.len())
    } else {
        start
    };
    &text[start..end]
}

/// `text.encode(codec, errors)` with a handler registered by `codecs.register_error`: each
/// failure becomes a UnicodeEncodeError the handler answers with a replacement and where to
/// go on.
fn encode_with_handler(
    vm: &mut Vm,
    text: &str,
    codec: Codec,
    handler: &Value,
) -> PyResult<Vec<u8>> {
    let len = text.chars().count();
    let object = Value::str(text);
    let mut out = Vec::new();
    let mut pos = 0;
    let mut now = codec;
    loop {
        let rest = char_range(text, pos, len);
        let failure = match crate::codecs::encode(rest, now, "strict") {
            Ok(data) => {
                out.extend(data);
                return Ok(out);
            }
            Err(Failure::Encode(e)) => e,
            Err(f) => return Err(codec_error(vm, f, object)),
        };
        let done = crate::codecs::encode(char_range(rest, 0, failure.start), now, "strict")
            .map_err(|f| codec_error(vm, f, object.clone()))?;
        out.extend(done);
        now = continued(now, &[]);
        let (replacement, next) = ask_handler(vm, handler, failure, pos, &object, len, true)?;
        match replacement {
            Value::Bytes(b) => out.extend_from_slice(&b.data),
            Value::Str(s) => {
                let data = crate::codecs::encode(s.as_str(), now, "strict")
                    .map_err(|f| codec_error(vm, f, Value::Str(s.clone())))?;
                out.extend(data);
            }
            _ => {}
        }
        pos = next;
    }
}

/// `data.decode(codec, errors)` with a handler registered by `codecs.register_error`.
fn decode_with_handler(
    vm: &mut Vm,
    data: &[u8],
    codec: Codec,
    handler: &Value,
) -> PyResult<String> {
    let (data, codec) = match (codec, data) {
        (Codec::Utf8Sig, [0xEF, 0xBB, 0xBF, rest @ ..]) => (rest, Codec::Utf8),
        (Codec::Utf8Sig, _) => (data, Codec::Utf8),
        _ => (data, codec),
    };
    let object = new_bytes(data.to_vec());
    let mut out = String::new();
    let mut pos = 0;
    let mut now = codec;
    loop {
        let rest = &data[pos..];
        let failure = match crate::codecs::decode(rest, now, "strict") {
            Ok(text) => {
                out.push_str(&text);
                return Ok(out);
            }
            Err(Failure::Decode(e)) => e,
            Err(f) => return Err(codec_error(vm, f, object)),
        };
        let done = crate::codecs::decode(&rest[..failure.start], now, "strict")
            .map_err(|f| codec_error(vm, f, object.clone()))?;
        out.push_str(&done);
        if pos == 0 {
            now = continued(now, data);
        }
        let (replacement, next) =
            ask_handler(vm, handler, failure, pos, &object, data.len(), false)?;
        if let Value::Str(s) = replacement {
            out.push_str(s.as_str());
        }
        pos = next;
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if crate::codecs::lookup(encoding).is_none() {
        let func = python_codec(vm, encoding, false)?;
        let input = new_bytes(data.to_vec());
        let result = vm.call_value(&func, &[input, Value::str(errors)], &[])?;
        return match codec_result(vm, result)? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(vm.type_error(format!(
                "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                vm.type_name(&other)
            ))),
        };
    }
    let codec = lookup(vm, encoding)?;
    match crate::codecs::decode(data, codec, errors) {
        Err(Failure::UnknownHandler(name)) => match registered_handler(vm, &name)? {
            Some(handler) => decode_with_handler(vm, data, codec, &handler),
            None => Err(codec_error(vm, Failure::UnknownHandler(name), Value::None)),
        },
        r => r.map_err(|f| {
            let object = crate::codecs::decode_error_object(codec, data).to_vec();
            codec_error(vm, f, new_bytes(object))
        }),
    }
}

/// The bytes of `data` that an adjusted slice (`start`, `step`, `count`) selects: a run
/// copied at once when the step is 1.
pub(crate) fn slice_bytes(data: &[u8], start: i64, step: i64, count: usize) -> Vec<u8> {
    if step == 1 {
        let start = start as usize;
        return data[start..start + count].to_vec();
    }
    (0..count)
        .map(|k| data[(start + k as i64 * step) as usize])
        .collect()
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    if data.is_empty() {
        // The one empty `bytes`, as CPython's.
        thread_local! {
            static EMPTY: Rc<PyBytes> = Rc::new(PyBytes { data: Box::default() });
        }
        return Value::Bytes(EMPTY.with(Rc::clone));
    }
    Value::Bytes(Rc::new(PyBytes { data: data.into() }))
}

/// `bytes(x)`, `bytes(text, encoding[, errors])`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_params("bytes", &args, &["source", "encoding", "errors"])?;
    let source = args.arg(0, "source");
    let encoding = args.arg(1, "encoding");
    text_params(vm, "bytes", encoding, args.arg(2, "errors"))?;
    if let (Some(v @ Value::Instance(_)), None) = (source, encoding) {
        if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
            return match r {
                Value::Bytes(_) => Ok(r),
                // A bytes subclass instance is accepted, as the bytes it extends.
                Value::Instance(ref i) if matches!(i.base, Some(Value::Bytes(_))) => {
                    Ok(i.base.clone().unwrap_or_default())
                }
                other => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&other)
                ))),
            };
        }
    }
    let (source, encoding) = match (source, encoding) {
        (Some(s), Some(e)) => (Some(s.plain_text()), Some(e.plain_text())),
        (Some(s), None) => (Some(s.plain_number()), None),
        other => other,
    };
    match (source, encoding) {
        (None, _) => Ok(new_bytes(Vec::new())),
        (Some(Value::Str(s)), Some(Value::Str(enc))) => {
            let errors = errors_arg(vm, args.arg(2, "errors"))?;
            Ok(new_bytes(encode(vm, s.as_str(), enc.as_str(), &errors)?))
        }
        (Some(Value::Str(_)), None) => Err(vm.type_error("string argument without an encoding")),
        (Some(Value::Bytes(b)), None) => Ok(Value::Bytes(b.clone())),
        (Some(v @ Value::Instance(_)), None)
            if crate::object::types::memoryview::as_view(v).is_some() =>
        {
            match buffer_data(v) {
                Some(data) => Ok(new_bytes(data)),
                None => Err(vm.value_error("operation forbidden on released memoryview object")),
            }
        }
        (Some(Value::ByteArray(b)), None) => Ok(new_bytes(b.data.borrow().clone())),
        (Some(Value::Bool(b)), None) => Ok(new_bytes(vec![0; usize::from(*b)])),
        (Some(Value::BigInt(_)), None) => Err(vm.new_error(
            crate::error::ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        (Some(Value::Int(n)), None) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n > 1 << 30 || !crate::limits::may_allocate(*n as usize) {
                return Err(vm.memory_error());
            }
            Ok(new_bytes(vec![0; *n as usize]))
        }
        (Some(other @ Value::Instance(_)), None)
            if vm.type_of(other).lookup("__index__").is_some() =>
        {
            // An object with `__index__` is a size, before any iteration.
            let n = vm
                .call_special(other, "__index__", &[])?
                .unwrap_or_default();
            let n = vm.int_arg(&n, "")?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > 1 << 30 || !crate::limits::may_allocate(n as usize) {
                return Err(vm.memory_error());
            }
            Ok(new_bytes(vec![0; n as usize]))
        }
        (Some(other), None) => {
            let items = vm.collect_or(other, true, |vm| {
                vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(other)
                ))
            })?;
            let mut data = Vec::with_capacity(items.len());
            for item in &items {
                if let Value::BigInt(_) = item.plain_number() {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
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

/// `bytes()`/`bytearray()`: `encoding` and `errors`, when given, must be strings.
pub(crate) fn text_params(
    vm: &mut Vm,
    func: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<()> {
    for (name, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v {
            if !matches!(v.plain_text(), Value::Str(_)) {
                return Err(vm.type_error(format!(
                    "{func}() argument '{name}' must be str, not {}",
                    vm.arg_type_name(v)
                )));
            }
        }
    }
    Ok(())
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`), copied.
pub fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::ByteArray(b) => Some(b.data.borrow().clone()),
        Value::Instance(i) => match &i.base {
            Some(base @ (Value::Bytes(_) | Value::ByteArray(_))) => buffer_data(base),
            _ => crate::object::types::memoryview::view_bytes(v),
        },
        _ => None,
    }
}

/// The bytes of any object exporting a buffer: `bytes`, `bytearray`, a memoryview, or an
/// object with `__buffer__` (such as `array.array`), copied; `None` for other objects.
pub fn exported_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(data) = buffer_data(v) {
        return Ok(Some(data));
    }
    if let Value::Instance(_) = v {
        let key = vm.intern("__buffer__");
        if let Some(hook) = vm.getattr_opt(v, &key)? {
            let view = vm.call_value(&hook, &[Value::Int(0)], &[])?;
            return Ok(crate::object::types::memoryview::view_bytes(&view));
        }
    }
    Ok(None)
}

/// The bytes of a bytes-like argument, or CPython's `TypeError`.
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match exported_bytes(vm, v)? {
        Some(data) => Ok(data),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// CPython's canonical name of a codec pyrs has (`LookupError` for others).
pub fn canonical_codec(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    lookup(vm, encoding).map(crate::codecs::canonical_name)
}

/// `bytes` and `bytearray` share their read-only methods.
pub const METHODS: &[(&str, NativeFn)] = crate::object::types::bytes_ops::METHODS;

pub const CLASS_METHODS: &[(&str, NativeFn)] =
    &[("fromhex", crate::object::types::bytes_ops::fromhex)];

pub const STATIC_METHODS: &[(&str, NativeFn)] =
    &[("maketrans", crate::object::types::bytes_ops::maketrans)];
