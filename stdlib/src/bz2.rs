//! `_bzip2`: bzip2 streams (crate `bzip2` on `libbz2-rs-sys`, a Rust port of libbzip2 1.0.8
//! that writes the same bytes as the C library CPython links). Compressor and decompressor
//! states live in numbered slots owned by the objects of `_bz2` (Python); the stream
//! bookkeeping (`eof`, `unused_data`, `needs_input`) is kept there too.

use std::cell::RefCell;
use std::rc::Rc;

use bzip2::{Action, Compress, Compression, Decompress, Status};
use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::{Args, ExcKind, PyErr, PyModule, PyResult, Value, Vm};

use crate::slots;

enum Stream {
    Compress(Box<Compress>),
    Decompress(Box<Decompress>),
}

thread_local! {
    static SLOTS: RefCell<Vec<Option<Stream>>> = const { RefCell::new(Vec::new()) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_bzip2");
    vm.add_function(&m, "compressor", compressor);
    vm.add_function(&m, "compress", compress);
    vm.add_function(&m, "decompressor", decompressor);
    vm.add_function(&m, "decompress", decompress);
    vm.add_function(&m, "free", free);
    Ok(m)
}

/// Runs `f` on the stream in slot `n`.
fn with_stream<T>(
    vm: &mut Vm,
    n: &Value,
    f: impl FnOnce(&mut Vm, &mut Stream) -> PyResult<T>,
) -> PyResult<T> {
    let n = slots::number(vm, n)?;
    let Some(mut stream) = SLOTS.with(|s| slots::take(s, n)) else {
        return Err(vm.value_error("stream already released"));
    };
    let r = f(vm, &mut stream);
    SLOTS.with(|s| slots::put_back(s, n, stream));
    r
}

fn bz_error(vm: &mut Vm, e: bzip2::Error) -> PyErr {
    match e {
        bzip2::Error::Data | bzip2::Error::DataMagic => {
            vm.new_error(ExcKind::OSError, "Invalid data stream")
        }
        bzip2::Error::Param => {
            vm.value_error("Internal error - invalid parameters passed to libbzip2")
        }
        bzip2::Error::Sequence => vm.new_error(
            ExcKind::RuntimeError,
            "Internal error - Invalid sequence of commands sent to libbzip2",
        ),
    }
}

/// Room for more output, failing with MemoryError rather than trapping.
fn grow(vm: &mut Vm, out: &mut Vec<u8>, want: usize) -> PyResult<()> {
    out.try_reserve(want).map_err(|_| vm.memory_error())
}

/// `compressor(level)`: a new compressor's slot.
fn compressor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("compressor", &args, 1, 1)?;
    let level = vm.int_arg(&args.pos[0], "")?.clamp(1, 9) as u32;
    let c = Compress::new(Compression::new(level), 0);
    let n = SLOTS.with(|s| slots::store(s, Stream::Compress(Box::new(c))));
    Ok(Value::from(n))
}

/// `compress(slot, data, finish)`: the output for `data` (all of it consumed), and with
/// `finish` the end of the stream.
fn compress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("compress", &args, 3, 3)?;
    let data = pyrs_vm::object::types::bytes::bytes_like(vm, &args.pos[1])?;
    let finish = vm.truthy(&args.pos[2])?;
    let out = with_stream(vm, &args.pos[0], |vm, s| {
        let Stream::Compress(c) = s else {
            return Err(vm.type_error("not a compressor"));
        };
        let mut out: Vec<u8> = Vec::new();
        let start = c.total_in();
        loop {
            let used = (c.total_in() - start) as usize;
            let action = if finish { Action::Finish } else { Action::Run };
            if out.capacity() - out.len() < 8192 {
                let want = 8192.max(out.len());
                grow(vm, &mut out, want)?;
            }
            let before = c.total_out();
            let status = c
                .compress_vec(&data[used..], &mut out, action)
                .map_err(|e| bz_error(vm, e))?;
            let used = (c.total_in() - start) as usize;
            let produced = c.total_out() != before;
            match status {
                Status::StreamEnd => break,
                _ if !finish && used == data.len() && out.len() < out.capacity() => break,
                _ if !finish && used == data.len() && !produced => break,
                _ => {}
            }
        }
        Ok(out)
    })?;
    Ok(new_bytes(out))
}

/// `decompressor()`: a new decompressor's slot.
fn decompressor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("decompressor", &args, 0, 0)?;
    let d = Decompress::new(false);
    let n = SLOTS.with(|s| slots::store(s, Stream::Decompress(Box::new(d))));
    Ok(Value::from(n))
}

/// `decompress(slot, data, max_length)`: `(output, bytes of data consumed, at the end of
/// the stream)`. A negative `max_length` sets no limit. Stops when the input is used up,
/// the stream ends or the output reaches `max_length`.
fn decompress(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("decompress", &args, 3, 3)?;
    let data = pyrs_vm::object::types::bytes::bytes_like(vm, &args.pos[1])?;
    let limit = vm.int_arg(&args.pos[2], "")?;
    let limit = usize::try_from(limit).ok();
    let (out, used, end) = with_stream(vm, &args.pos[0], |vm, s| {
        let Stream::Decompress(d) = s else {
            return Err(vm.type_error("not a decompressor"));
        };
        let mut out: Vec<u8> = Vec::new();
        let start = d.total_in();
        let mut end = false;
        // As CPython: one call with whatever room is left (none, for max_length=0), then
        // stop at the end of the stream or of the input, or when the output is full.
        loop {
            let used = (d.total_in() - start) as usize;
            let room = match limit {
                Some(l) => l.saturating_sub(out.len()).min(65536),
                None => 65536.max(out.len()),
            };
            grow(vm, &mut out, room)?;
            let mut chunk = vec![0u8; room];
            let before = d.total_out();
            let status = d
                .decompress(&data[used..], &mut chunk)
                .map_err(|e| bz_error(vm, e))?;
            let written = (d.total_out() - before) as usize;
            out.extend_from_slice(&chunk[..written]);
            let now = (d.total_in() - start) as usize;
            if status == Status::StreamEnd {
                end = true;
                break;
            }
            if now == data.len() || limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            if written < room && now == used {
                break;
            }
        }
        Ok((out, (d.total_in() - start) as usize, end))
    })?;
    Ok(Value::tuple(vec![
        new_bytes(out),
        Value::from(used),
        Value::Bool(end),
    ]))
}

fn free(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("free", &args, 1, 1)?;
    let n = slots::number(vm, &args.pos[0])?;
    SLOTS.with(|s| slots::release(s, n));
    Ok(Value::None)
}
