//! `bytearray`: a mutable `bytes`. Construction, item and slice assignment, the mutating
//! methods (the read-only ones are shared with `bytes` in `bytes_ops.rs`), and the helpers the
//! io classes use to fill a caller's buffer (`readinto`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::bytes::exported_bytes;
use crate::object::types::{Args, NativeFn, PySlice};
use crate::object::Value;

/// A `bytearray`.
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Memoryviews using the buffer: while any is alive its size cannot change.
    pub exports: std::cell::Cell<usize>,
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(PyByteArray {
        data: RefCell::new(data),
        exports: std::cell::Cell::new(0),
    }))
}

/// BufferError when a memoryview of `b` is alive.
fn resizable(vm: &mut Vm, b: &PyByteArray) -> PyResult<()> {
    if b.exports.get() > 0 {
        return Err(vm.new_error(
            crate::error::ExcKind::BufferError,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// How many bytes a `readinto` target can take (a bytearray, for now).
pub(crate) fn writable_len(vm: &mut Vm, target: &Value) -> PyResult<usize> {
    writable_len_for(vm, target, "readinto() argument")
}

/// `writable_len` naming the argument as the caller's message does (`readinto() argument 1`).
pub(crate) fn writable_len_for(vm: &mut Vm, target: &Value, what: &str) -> PyResult<usize> {
    match target {
        Value::ByteArray(b) => Ok(b.data.borrow().len()),
        other => match writable_view(other) {
            Some(v) => Ok(v.nbytes()),
            None => Err(vm.type_error(format!(
                "{what} must be read-write bytes-like object, not {}",
                vm.type_name(other)
            ))),
        },
    }
}

/// A memoryview that may be written through: contiguous, over a bytearray, not read-only
/// or released.
fn writable_view(target: &Value) -> Option<Rc<super::memoryview::MemoryView>> {
    let v = super::memoryview::as_view(target)?;
    let ok = !v.readonly
        && !v.released.get()
        && v.contiguous()
        && matches!(v.source, Value::ByteArray(_));
    ok.then_some(v)
}

/// Copies `data` to the start of a `readinto` target.
pub(crate) fn write_into(vm: &mut Vm, target: &Value, data: &[u8]) -> PyResult<()> {
    match target {
        Value::ByteArray(b) => {
            let mut buf = b.data.borrow_mut();
            let n = data.len().min(buf.len());
            buf[..n].copy_from_slice(&data[..n]);
            Ok(())
        }
        other => {
            let Some(v) = writable_view(other) else {
                return Err(vm.type_error(format!(
                    "readinto() argument must be read-write bytes-like object, not {}",
                    vm.arg_type_name(other)
                )));
            };
            let Value::ByteArray(b) = &v.source else {
                unreachable!("writable_view checked the exporter")
            };
            let mut buf = b.data.borrow_mut();
            for (at, chunk) in v.offsets().into_iter().zip(data.chunks(v.itemsize)) {
                if let Some(dst) = buf.get_mut(at..at + chunk.len()) {
                    dst.copy_from_slice(chunk);
                }
            }
            Ok(())
        }
    }
}

/// A byte value from an int argument, with CPython's errors.
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if let Value::BigInt(_) = v.plain_number() {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    let n = vm.int_arg(v, "")?;
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The bytes an iterable of ints (or a bytes-like object) gives.
pub(crate) fn bytes_from(vm: &mut Vm, source: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = exported_bytes(vm, source)? {
        return Ok(data);
    }
    if let Value::Str(_) = source {
        return Err(vm.type_error("string argument without an encoding"));
    }
    let items = vm.collect_or(source, true, |vm| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytearray",
            vm.type_name(source)
        ))
    })?;
    let mut data = Vec::with_capacity(items.len());
    for item in &items {
        data.push(byte_arg(vm, item)?);
    }
    Ok(data)
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable)`, `bytearray(text, encoding[, errors])`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, encoding, errors] =
        vm.bind_args("bytearray", &args, &["source", "encoding", "errors"], 0)?;
    crate::object::types::bytes::text_params(vm, "bytearray", encoding.as_ref(), errors.as_ref())?;
    let data = match (source, encoding) {
        (None, None) => Vec::new(),
        (Some(Value::Str(s)), Some(Value::Str(enc))) => {
            let errors = match errors {
                Some(Value::Str(e)) => e.as_str().to_string(),
                _ => "strict".to_string(),
            };
            crate::object::types::bytes::encode(vm, s.as_str(), enc.as_str(), &errors)?
        }
        (Some(Value::Str(_)), None) => {
            return Err(vm.type_error("string argument without an encoding"))
        }
        (Some(_), Some(_)) | (None, Some(_)) => {
            return Err(vm.type_error("encoding without a string argument"))
        }
        (Some(n @ (Value::Int(_) | Value::BigInt(_))), None) => {
            let n = vm.int_arg(&n, "")?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > 1 << 30 || !crate::limits::may_allocate(n as usize) {
                return Err(vm.memory_error());
            }
            vec![0; n as usize]
        }
        (Some(source), None) => bytes_from(vm, &source)?,
    };
    Ok(new_bytearray(data))
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyByteArray>> {
    match args.pos.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

/// `b[key]`.
pub(crate) fn getitem(vm: &mut Vm, b: &PyByteArray, key: &Value) -> PyResult<Value> {
    // The indices are worked out first (an `__index__` may resize the array), then the bytes
    // read in place, as CPython reads the length after the slice's parts.
    if let Value::Slice(s) = key {
        let parts = vm.slice_unpack(s)?;
        let data = b.data.borrow();
        let (start, _, step, count) = crate::interp::adjust_slice(parts, data.len());
        let out = crate::object::types::bytes::slice_bytes(&data, start, step, count);
        return Ok(new_bytearray(out));
    }
    let len = b.data.borrow().len();
    let i = vm.seq_index(key, len, "bytearray")?;
    match b.data.borrow().get(i) {
        Some(&byte) => Ok(Value::Int(i64::from(byte))),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// `b[key] = value`.
pub(crate) fn setitem(vm: &mut Vm, b: &PyByteArray, key: &Value, value: Value) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let new = match &value {
            Value::Int(_) | Value::Bool(_) | Value::Str(_) => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            other => bytes_from(vm, other)?,
        };
        return set_slice(vm, b, s, new);
    }
    let len = b.data.borrow().len();
    let i = vm.seq_index(key, len, "bytearray")?;
    let v = byte_arg(vm, &value)?;
    match b.data.borrow_mut().get_mut(i) {
        Some(slot) => *slot = v,
        None => return Err(vm.index_error("bytearray index out of range")),
    }
    Ok(())
}

fn set_slice(vm: &mut Vm, b: &PyByteArray, s: &PySlice, new: Vec<u8>) -> PyResult<()> {
    let len = b.data.borrow().len();
    let (start, stop, step, count) = vm.slice_indices(s, len)?;
    if step == 1 && new.len() != count {
        resizable(vm, b)?;
    }
    let mut data = b.data.borrow_mut();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64) as usize).min(data.len());
        data.splice(start..stop, new);
        return Ok(());
    }
    if new.len() != count {
        drop(data);
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {count}",
            new.len()
        )));
    }
    for (k, v) in new.into_iter().enumerate() {
        data[(start + k as i64 * step) as usize] = v;
    }
    Ok(())
}

/// `del b[key]`.
pub(crate) fn delitem(vm: &mut Vm, b: &PyByteArray, key: &Value) -> PyResult<()> {
    resizable(vm, b)?;
    let len = b.data.borrow().len();
    if let Value::Slice(s) = key {
        let (start, _, step, count) = vm.slice_indices(s, len)?;
        let mut drop_at: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        drop_at.sort_unstable();
        let mut data = b.data.borrow_mut();
        let mut i = 0;
        data.retain(|_| {
            let keep = drop_at.binary_search(&i).is_err();
            i += 1;
            keep
        });
        return Ok(());
    }
    let i = vm.seq_index(key, len, "bytearray")?;
    b.data.borrow_mut().remove(i);
    Ok(())
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "append")?;
    resizable(vm, b)?;
    vm.check_count("append", args.pos.len() - 1, 1, 1)?;
    let v = byte_arg(vm, &args.pos[1])?;
    b.data.borrow_mut().push(v);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "extend")?;
    resizable(vm, b)?;
    vm.check_count("extend", args.pos.len() - 1, 1, 1)?;
    if let Value::Str(_) = &args.pos[1] {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
    }
    let source = &args.pos[1];
    if vm.lacks_iter_protocol(source) {
        let msg = format!("can't extend bytearray with {}", vm.type_name(source));
        return Err(vm.type_error(msg));
    }
    let data = bytes_from(vm, source)?;
    b.data.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "insert")?;
    resizable(vm, b)?;
    vm.check_count("insert", args.pos.len() - 1, 2, 2)?;
    let i = vm.int_arg(&args.pos[1], "")?;
    let v = byte_arg(vm, &args.pos[2])?;
    let mut data = b.data.borrow_mut();
    let len = data.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(at as usize, v);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "pop")?;
    resizable(vm, b)?;
    vm.check_count("pop", args.pos.len() - 1, 0, 1)?;
    let len = b.data.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = match args.pos.get(1) {
        Some(v) => vm.int_arg(v, "")?,
        None => -1,
    };
    let at = if i < 0 { i + len as i64 } else { i };
    if at < 0 || at >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = b.data.borrow_mut().remove(at as usize);
    Ok(Value::Int(i64::from(v)))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "remove")?;
    resizable(vm, b)?;
    vm.check_count("remove", args.pos.len() - 1, 1, 1)?;
    let v = byte_arg(vm, &args.pos[1])?;
    let found = b.data.borrow().iter().position(|&x| x == v);
    match found {
        Some(i) => {
            b.data.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "clear")?;
    resizable(vm, b)?;
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "copy")?;
    let data = b.data.borrow().clone();
    Ok(new_bytearray(data))
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "reverse")?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__iadd__")?;
    resizable(vm, b)?;
    vm.check_count("__iadd__", args.pos.len() - 1, 1, 1)?;
    let Some(data) = exported_bytes(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args.pos[1])
        )));
    };
    b.data.borrow_mut().extend_from_slice(&data);
    Ok(args.pos[0].clone())
}

fn alloc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = this(vm, &args, "__alloc__")?;
    let cap = b.data.borrow().capacity() + 1;
    Ok(Value::from(cap))
}

/// `bytearray.__reduce_ex__(protocol)`: the data as bytes from protocol 3, as a latin-1
/// string before (`__reduce__` is protocol 0); nothing for an empty array.
fn reduce_ex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let protocol = match args.pos.get(1) {
        Some(p) => vm.int_arg(p, "")?,
        None => 0,
    };
    let obj = args.pos.first().cloned().unwrap_or_default();
    let data = match &obj {
        Value::ByteArray(b) => b.data.borrow().clone(),
        Value::Instance(i) => match &i.base {
            Some(Value::ByteArray(b)) => b.data.borrow().clone(),
            _ => {
                return Err(
                    vm.type_error("descriptor '__reduce_ex__' requires a 'bytearray' object")
                )
            }
        },
        _ => return Err(vm.type_error("descriptor '__reduce_ex__' requires a 'bytearray' object")),
    };
    let (ty, state) = crate::object::types::set::reduce_parts(vm, &obj)?;
    let init = if data.is_empty() {
        Vec::new()
    } else if protocol < 3 {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        vec![Value::string(text), Value::str("latin-1")]
    } else {
        vec![crate::object::types::bytes::new_bytes(data)]
    };
    Ok(Value::tuple(vec![ty, Value::tuple(init), state]))
}

fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    reduce_ex(
        vm,
        Args {
            pos: &[this, Value::Int(0)],
            kw: &[],
        },
    )
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__reduce__", reduce),
    ("__reduce_ex__", reduce_ex),
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("__iadd__", iadd),
    ("__alloc__", alloc),
];
