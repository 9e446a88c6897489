//! The abstract I/O classes `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`:
//! the generic methods a Python subclass inherits (context manager, iteration, `readline` over
//! `read`, `readlines`, `writelines`, `close`/`closed`), written as calls to the object's own
//! Python-visible methods so overrides are honoured.

use super::{call_method, get_attr, unsupported, Method};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::Args;
use crate::object::Value;

/// The flag `_IOBase.close` sets in the instance `__dict__`.
const CLOSED_FLAG: &str = "__IOBase_closed";

fn this_value(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    match args.pos.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '_io._IOBase' object needs an argument"
        ))),
    }
}

/// Raises ValueError when `obj.closed` is true.
pub(crate) fn check_closed(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    let closed = get_attr(vm, obj, "closed")?;
    if vm.truthy(&closed)? {
        return Err(super::closed_error(vm));
    }
    Ok(())
}

fn closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "closed")?;
    Ok(match &obj {
        Value::Instance(inst) => inst.dict.get_str(CLOSED_FLAG).unwrap_or(Value::Bool(false)),
        _ => Value::Bool(false),
    })
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "close")?;
    let Value::Instance(inst) = &obj else {
        return Ok(Value::None);
    };
    if inst
        .dict
        .get_str(CLOSED_FLAG)
        .is_some_and(|v| v.is(&Value::Bool(true)))
    {
        return Ok(Value::None);
    }
    let flushed = call_method(vm, &obj, "flush", &[]);
    vm.dict_set(&inst.dict, Value::str(CLOSED_FLAG), Value::Bool(true))?;
    flushed.map(|_| Value::None)
}

/// `IOBase.__del__`: a stream still open when it dies is closed, as CPython's finalizer
/// does; errors are silent there (they are reported only in CPython's development mode).
fn del(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "__del__")?;
    let key = vm.intern("closed");
    let open = match vm.getattr(&obj, &key) {
        Ok(flag) => matches!(vm.truthy(&flag), Ok(false)),
        Err(_) => false,
    };
    if open {
        let _ = call_method(vm, &obj, "close", &[]);
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "flush")?;
    check_closed(vm, &obj)?;
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "__enter__")?;
    check_closed(vm, &obj)?;
    Ok(obj)
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "__exit__")?;
    call_method(vm, &obj, "close", &[])
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "__iter__")?;
    check_closed(vm, &obj)?;
    Ok(obj)
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "__next__")?;
    let line = call_method(vm, &obj, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn false_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let _ = this_value(vm, &args, "readable")?;
    Ok(Value::Bool(false))
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "isatty")?;
    check_closed(vm, &obj)?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn seek(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn truncate(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "tell")?;
    call_method(vm, &obj, "seek", &[Value::Int(0), Value::Int(1)])
}

/// `readline(size=-1)` over `read` (and `peek`, when the object has one).
fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "readline")?;
    vm.check_count("readline", args.pos.len().saturating_sub(1), 0, 1)?;
    let limit = super::size_arg(vm, args.pos.get(1))?;
    let peek = vm.getattr_opt(
        &obj,
        &std::rc::Rc::new(crate::object::types::PyStr::new("peek")),
    )?;
    let mut line: Vec<u8> = Vec::new();
    loop {
        if limit.is_some_and(|l| line.len() >= l) {
            break;
        }
        let mut want = 1usize;
        if let Some(peek) = &peek {
            let ahead = vm.call_value(peek, &[Value::Int(1)], &[])?;
            let ahead = super::bytes_like(vm, &ahead)?;
            if ahead.is_empty() {
                break;
            }
            want = match ahead.iter().position(|&b| b == b'\n') {
                Some(i) => i + 1,
                None => ahead.len(),
            };
            if let Some(l) = limit {
                want = want.min(l - line.len());
            }
        }
        let chunk = call_method(vm, &obj, "read", &[Value::from(want)])?;
        if chunk.is_none() {
            break;
        }
        let chunk = match &chunk {
            Value::Bytes(b) => b.data.to_vec(),
            other => {
                return Err(vm.new_error(
                    ExcKind::OSError,
                    format!(
                        "read() should have returned a bytes object, not '{}'",
                        vm.type_name(other)
                    ),
                ))
            }
        };
        if chunk.is_empty() {
            break;
        }
        line.extend_from_slice(&chunk);
        if line.ends_with(b"\n") {
            break;
        }
    }
    Ok(crate::object::types::bytes::new_bytes(line))
}

fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "readlines")?;
    vm.check_count("readlines", args.pos.len().saturating_sub(1), 0, 1)?;
    let hint = super::size_arg(vm, args.pos.get(1))?.filter(|&h| h > 0);
    let it = vm.iter(&obj)?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "writelines")?;
    vm.check_count("writelines", args.pos.len().saturating_sub(1), 1, 1)?;
    check_closed(vm, &obj)?;
    let it = vm.iter(&args.pos[1])?;
    while let Some(line) = vm.next(&it)? {
        call_method(vm, &obj, "write", &[line])?;
    }
    Ok(Value::None)
}

fn check_closed_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "_checkClosed")?;
    check_closed(vm, &obj)?;
    Ok(Value::None)
}

/// `_checkReadable`/`_checkWritable`/`_checkSeekable`: UnsupportedOperation when the
/// object says it cannot.
fn check_ability(vm: &mut Vm, args: &Args<'_>, ability: &str, msg: &str) -> PyResult<Value> {
    let obj = this_value(vm, args, ability)?;
    let able = call_method(vm, &obj, ability, &[])?;
    if !vm.truthy(&able)? {
        return Err(unsupported(vm, msg));
    }
    Ok(Value::None)
}

fn check_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_ability(vm, &args, "readable", "File or stream is not readable.")
}

fn check_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_ability(vm, &args, "writable", "File or stream is not writable.")
}

fn check_seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_ability(vm, &args, "seekable", "File or stream is not seekable.")
}

pub(super) const IOBASE_METHODS: &[Method] = &[
    Method::Fn("__del__", del),
    Method::Fn("__enter__", enter),
    Method::Fn("__exit__", exit),
    Method::Fn("__iter__", iter),
    Method::Fn("__next__", next),
    Method::Fn("close", close),
    Method::Get("closed", closed),
    Method::Fn("flush", flush),
    Method::Fn("fileno", fileno),
    Method::Fn("isatty", isatty),
    Method::Fn("readable", false_),
    Method::Fn("writable", false_),
    Method::Fn("seekable", false_),
    Method::Fn("seek", seek),
    Method::Fn("tell", tell),
    Method::Fn("truncate", truncate),
    Method::Fn("readline", readline),
    Method::Fn("readlines", readlines),
    Method::Fn("writelines", writelines),
    Method::Fn("_checkClosed", check_closed_method),
    Method::Fn("_checkReadable", check_readable),
    Method::Fn("_checkWritable", check_writable),
    Method::Fn("_checkSeekable", check_seekable),
];

/// `_RawIOBase.read(size=-1)`: `readall()`, or `readinto` a fresh buffer.
fn raw_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "read")?;
    vm.check_count("read", args.pos.len().saturating_sub(1), 0, 1)?;
    let Some(size) = super::size_arg(vm, args.pos.get(1))? else {
        return call_method(vm, &obj, "readall", &[]);
    };
    let buf = crate::object::types::bytearray::new_bytearray(vec![0; size]);
    let n = call_method(vm, &obj, "readinto", std::slice::from_ref(&buf))?;
    if n.is_none() {
        return Ok(Value::None);
    }
    let n = vm.int_arg(&n, "")?;
    let data = crate::object::types::bytes::buffer_data(&buf).unwrap_or_default();
    let n = usize::try_from(n).unwrap_or(0).min(data.len());
    Ok(crate::object::types::bytes::new_bytes(data[..n].to_vec()))
}

/// `_RawIOBase.readall()`: `read` in chunks until end of file.
fn raw_readall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = this_value(vm, &args, "readall")?;
    let mut data = Vec::new();
    loop {
        let chunk = call_method(vm, &obj, "read", &[Value::from(super::DEFAULT_BUFFER_SIZE)])?;
        if chunk.is_none() {
            if data.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let chunk = super::bytes_like(vm, &chunk)?;
        if chunk.is_empty() {
            break;
        }
        data.extend_from_slice(&chunk);
    }
    Ok(crate::object::types::bytes::new_bytes(data))
}

fn not_implemented(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.new_error(ExcKind::NotImplementedError, ""))
}

pub(super) const RAW_METHODS: &[Method] = &[
    Method::Fn("read", raw_read),
    Method::Fn("readall", raw_readall),
    Method::Fn("readinto", not_implemented),
    Method::Fn("write", not_implemented),
];

fn unsupported_read(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn unsupported_read1(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn unsupported_write(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn unsupported_detach(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn unsupported_readline(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

/// `readinto(b)` / `readinto1(b)` over `read` / `read1`.
fn readinto_with(vm: &mut Vm, args: &Args<'_>, read: &str) -> PyResult<Value> {
    let obj = this_value(vm, args, read)?;
    vm.check_count(read, args.pos.len().saturating_sub(1), 1, 1)?;
    let target = args.pos[1].clone();
    let room = crate::object::types::bytearray::writable_len(vm, &target)?;
    let data = call_method(vm, &obj, read, &[Value::from(room)])?;
    let data = super::bytes_like(vm, &data)?;
    let n = data.len().min(room);
    crate::object::types::bytearray::write_into(vm, &target, &data[..n])?;
    Ok(Value::from(n))
}

fn buffered_readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    readinto_with(vm, &args, "read")
}

fn buffered_readinto1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    readinto_with(vm, &args, "read1")
}

pub(super) const BUFFERED_METHODS: &[Method] = &[
    Method::Fn("read", unsupported_read),
    Method::Fn("read1", unsupported_read1),
    Method::Fn("readinto", buffered_readinto),
    Method::Fn("readinto1", buffered_readinto1),
    Method::Fn("write", unsupported_write),
    Method::Fn("detach", unsupported_detach),
];

fn none_property(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

pub(super) const TEXT_METHODS: &[Method] = &[
    Method::Fn("read", unsupported_read),
    Method::Fn("readline", unsupported_readline),
    Method::Fn("write", unsupported_write),
    Method::Fn("detach", unsupported_detach),
    Method::Get("encoding", none_property),
    Method::Get("newlines", none_property),
    Method::Get("errors", none_property),
];
