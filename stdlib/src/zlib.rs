//! `_zlib`: DEFLATE streams (crate `miniz_oxide`) and the CRC-32 (`crc32fast`) and Adler-32
//! (`adler2`) checksums behind `zlib`. Compressor and decompressor states live in numbered
//! slots owned by `zlib`'s Python objects; the zlib and gzip framing choices are made there.

use std::cell::RefCell;
use std::rc::Rc;

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::object::types::int::index_big;
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

use crate::slots;

enum Stream {
    /// A compressor, and how many bytes of the zlib header are still to be written as
    /// zlib writes them for level 0 (miniz_oxide declares a smaller window there).
    Deflate(Box<CompressorOxide>, usize),
    /// A decompressor, and how many bytes of its next output were already handed out: a
    /// call limited by `max_length` can stop inside the output of one input byte, which then
    /// stays unconsumed (in `unconsumed_tail`) so that nothing is lost.
    Inflate(Box<InflateState>, usize),
}

thread_local! {
    static SLOTS: RefCell<Vec<Option<Stream>>> = const { RefCell::new(Vec::new()) };
}

fn store(s: Stream) -> Value {
    Value::from(SLOTS.with(|slots| slots::store(slots, s)))
}

fn take(vm: &mut Vm, slot: usize) -> PyResult<Stream> {
    SLOTS
        .with(|slots| slots::take(slots, slot))
        .ok_or_else(|| vm.value_error("stream already released"))
}

fn put_back(slot: usize, s: Stream) {
    SLOTS.with(|slots| slots::put_back(slots, slot, s));
}

fn data_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    pyrs_vm::object::types::bytes::bytes_like(vm, v)
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_zlib");
    vm.add_function(&m, "crc32", crc32);
    vm.add_function(&m, "adler32", adler32);
    vm.add_function(&m, "deflate_new", deflate_new);
    vm.add_function(&m, "deflate", deflate);
    vm.add_function(&m, "inflate_new", inflate_new);
    vm.add_function(&m, "inflate", inflate);
    vm.add_function(&m, "inflate_copy", inflate_copy);
    vm.add_function(&m, "free", free);
    Ok(m)
}

/// The running checksum argument: any int, taken modulo 2**32 as zlib does.
fn start_value(vm: &mut Vm, args: &Args<'_>, default: u32) -> PyResult<u32> {
    match args.pos.get(1) {
        None => Ok(default),
        Some(v) => {
            let Some(n) = index_big(vm, v)? else {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            };
            let m: num_bigint::BigInt = n & num_bigint::BigInt::from(u32::MAX);
            Ok(u32::try_from(&m).unwrap_or(0))
        }
    }
}

fn crc32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("crc32", &args, 1, 2)?;
    let data = data_arg(vm, &args.pos[0])?;
    let start = start_value(vm, &args, 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(i64::from(h.finalize())))
}

fn adler32(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("adler32", &args, 1, 2)?;
    let data = data_arg(vm, &args.pos[0])?;
    let start = start_value(vm, &args, 1)?;
    let mut h = adler2::Adler32::from_checksum(start);
    h.write_slice(&data);
    Ok(Value::Int(i64::from(h.checksum())))
}

/// `deflate_new(level, raw, strategy)`: a compressor writing a zlib stream, or raw DEFLATE
/// when `raw` (the gzip framing is added by `zlib`).
fn deflate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("deflate_new", &args, 3, 3)?;
    let level = vm.int_arg(&args.pos[0], "")?;
    let raw = vm.truthy(&args.pos[1])?;
    let strategy = vm.int_arg(&args.pos[2], "")?;
    let level = if level < 0 { 6 } else { level.min(9) } as i32;
    let bits = if raw { -15 } else { 15 };
    let flags = create_comp_flags_from_zip_params(level, bits, strategy.clamp(0, 4) as i32);
    let header = if level == 0 && !raw { 2 } else { 0 };
    Ok(store(Stream::Deflate(
        Box::new(CompressorOxide::new(flags)),
        header,
    )))
}

/// Runs `f` over growing output buffers until it neither consumes nor writes any more.
fn pump(
    input: &[u8],
    mut step: impl FnMut(&[u8], &mut [u8]) -> miniz_oxide::StreamResult,
    limit: usize,
) -> (Vec<u8>, usize, Result<MZStatus, MZError>) {
    let mut out = Vec::new();
    let mut consumed = 0;
    let mut chunk = vec![0u8; 16384];
    loop {
        let room = if limit > 0 {
            (limit - out.len()).min(chunk.len())
        } else {
            chunk.len()
        };
        if room == 0 {
            return (out, consumed, Ok(MZStatus::Ok));
        }
        let r = step(&input[consumed..], &mut chunk[..room]);
        consumed += r.bytes_consumed;
        // Output memory cannot hold (a decompression bomb) is an error, not a trap.
        if out.try_reserve(r.bytes_written).is_err() {
            return (Vec::new(), consumed, Err(MZError::Mem));
        }
        out.extend_from_slice(&chunk[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => return (out, consumed, r.status),
            Ok(_) if r.bytes_written == room => continue,
            // Progress with input left: go on (output the stream held back may come
            // without any input being consumed).
            Ok(_) if (r.bytes_consumed > 0 || r.bytes_written > 0) && consumed < input.len() => {
                continue
            }
            Err(MZError::Buf) if r.bytes_written > 0 || r.bytes_consumed > 0 => continue,
            Err(MZError::Buf) => return (out, consumed, Ok(MZStatus::Ok)),
            status => return (out, consumed, status),
        }
    }
}

/// `deflate(slot, data, flush)`: the compressed bytes ready after feeding `data` with zlib's
/// flush mode (0 none, 2 sync, 3 full, 4 finish).
fn deflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("deflate", &args, 3, 3)?;
    let slot = slots::number(vm, &args.pos[0])?;
    let data = data_arg(vm, &args.pos[1])?;
    let flush = match vm.int_arg(&args.pos[2], "")? {
        0 => MZFlush::None,
        1 | 2 => MZFlush::Sync,
        3 => MZFlush::Full,
        _ => MZFlush::Finish,
    };
    let Stream::Deflate(mut c, mut header) = take(vm, slot)? else {
        return Err(vm.value_error("not a compressor"));
    };
    let (mut out, _, status) = pump(
        &data,
        |i, o| miniz_oxide::deflate::stream::deflate(&mut c, i, o, flush),
        0,
    );
    // zlib's header for a stored stream: a 32K window, the fastest-level flag.
    for b in out.iter_mut().take(header) {
        *b = [0x78, 0x01][2 - header];
        header -= 1;
    }
    put_back(slot, Stream::Deflate(c, header));
    match status {
        Ok(_) => Ok(new_bytes(out)),
        Err(MZError::Mem) => Err(vm.memory_error()),
        Err(e) => Err(vm.value_error(format!("Error {} while compressing data", e as i32))),
    }
}

/// `inflate_new(raw)`: a decompressor of a zlib stream, or of raw DEFLATE.
fn inflate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("inflate_new", &args, 1, 1)?;
    let format = if vm.truthy(&args.pos[0])? {
        DataFormat::Raw
    } else {
        DataFormat::Zlib
    };
    Ok(store(Stream::Inflate(InflateState::new_boxed(format), 0)))
}

/// `inflate(slot, data, max_length)` -> `(output, bytes consumed, status)`, status 0 going
/// on, 1 at the end of the stream, or an error: -3 bad data, -4 a wrong checksum, -5 no
/// progress possible.
fn inflate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("inflate", &args, 3, 3)?;
    let slot = slots::number(vm, &args.pos[0])?;
    let data = data_arg(vm, &args.pos[1])?;
    let limit = usize::try_from(vm.int_arg(&args.pos[2], "")?).unwrap_or(0);
    let Stream::Inflate(mut s, handed) = take(vm, slot)? else {
        return Err(vm.value_error("not a decompressor"));
    };
    let (mut out, consumed, status, held) = if limit == 0 {
        let (out, consumed, status) = inflate_all(&mut s, &data);
        (out, consumed, status, 0)
    } else {
        inflate_limited(&mut s, &data, limit + handed)
    };
    out.drain(..handed.min(out.len()));
    if let Err(MZError::Mem) = status {
        put_back(slot, Stream::Inflate(s, held));
        return Err(vm.memory_error());
    }
    let code = match status {
        Ok(MZStatus::StreamEnd) => 1,
        Ok(_) => 0,
        Err(MZError::Buf) => -5,
        Err(_) if s.last_status() == TINFLStatus::Adler32Mismatch => -4,
        Err(_) => -3,
    };
    put_back(slot, Stream::Inflate(s, held));
    Ok(Value::tuple(vec![
        new_bytes(out),
        Value::from(consumed),
        Value::Int(code),
    ]))
}

type Inflated = (Vec<u8>, usize, Result<MZStatus, MZError>);

/// Decompresses all of `input` it can.
fn inflate_all(s: &mut InflateState, input: &[u8]) -> Inflated {
    pump(
        input,
        |i, o| miniz_oxide::inflate::stream::inflate(s, i, o, MZFlush::None),
        0,
    )
}

/// At most `need` bytes of output, consuming only the input they come from, as zlib does
/// (miniz_oxide reads ahead and keeps output back instead). Input is tried in growing
/// chunks on a copy of the state; in the chunk that goes past `need`, the longest prefix
/// that does not is found by bisection. When one more byte's output goes past `need`, the
/// part that fits is handed out and the byte stays unconsumed; the last value returned is
/// how much of that byte's output was handed out already.
fn inflate_limited(
    s: &mut Box<InflateState>,
    input: &[u8],
    need: usize,
) -> (Vec<u8>, usize, Result<MZStatus, MZError>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    let mut chunk = 64;
    while at < input.len() {
        let end = (at + chunk).min(input.len());
        let mut trial = s.clone();
        let (more, used, status) = inflate_all(&mut trial, &input[at..end]);
        if out.len() + more.len() <= need {
            *s = trial;
            out.extend_from_slice(&more);
            let whole = at + used == end;
            at += used;
            if !matches!(status, Ok(MZStatus::Ok)) || !whole {
                return (out, at, status, 0);
            }
            chunk *= 2;
            continue;
        }
        let (mut fits, mut over) = (at, end);
        while over - fits > 1 {
            let mid = fits + (over - fits) / 2;
            let mut trial = s.clone();
            let (more, _, _) = inflate_all(&mut trial, &input[at..mid]);
            if out.len() + more.len() <= need {
                fits = mid;
            } else {
                over = mid;
            }
        }
        if fits > at {
            let (more, used, _) = inflate_all(s, &input[at..fits]);
            out.extend_from_slice(&more);
            at += used;
        }
        let mut trial = s.clone();
        let (more, _, _) = inflate_all(&mut trial, &input[at..(at + 1).min(input.len())]);
        let part = more.len().min(need.saturating_sub(out.len()));
        out.extend_from_slice(&more[..part]);
        return (out, at, Ok(MZStatus::Ok), part);
    }
    (out, at, Ok(MZStatus::Ok), 0)
}

fn inflate_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("inflate_copy", &args, 1, 1)?;
    let slot = slots::number(vm, &args.pos[0])?;
    let copy = SLOTS.with(|slots| match slots.borrow().get(slot) {
        Some(Some(Stream::Inflate(s, held))) => Some((s.clone(), *held)),
        _ => None,
    });
    match copy {
        Some((s, held)) => Ok(store(Stream::Inflate(s, held))),
        None => Err(vm.value_error("Inconsistent stream state")),
    }
}

fn free(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("free", &args, 1, 1)?;
    let slot = slots::number(vm, &args.pos[0])?;
    SLOTS.with(|s| slots::release(s, slot));
    Ok(Value::None)
}
