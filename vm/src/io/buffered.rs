//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and `BufferedRWPair`: a buffer over a
//! raw stream. Over a `FileIO` the raw calls go straight to its descriptor; over any other raw
//! object they are Python method calls (`readinto`, `write`, `seek`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use super::fileio::{self, FileIo};
use super::{borrow, call_method, get_attr, this, unsupported, Method, DEFAULT_BUFFER_SIZE};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::bytes::new_bytes;
use crate::object::types::{Args, PyInstance};
use crate::object::Value;

/// The state of a buffered stream.
pub(crate) struct Buffered {
    /// The raw stream (`None` once detached).
    pub raw: Value,
    /// The raw stream's state when it is exactly a `FileIO` (no Python overrides to honour).
    raw_file: Option<Rc<RefCell<FileIo>>>,
    pub readable: bool,
    pub writable: bool,
    size: usize,
    /// Read-ahead: `rbuf[rpos..]` is data read from the raw stream and not yet returned.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Data written and not yet passed to the raw stream.
    wbuf: Vec<u8>,
    detached: bool,
}

impl Drop for Buffered {
    fn drop(&mut self) {
        // Freed without close(): what was written still reaches the file.
        if self.wbuf.is_empty() {
            return;
        }
        if let Some(file) = &self.raw_file {
            if let Ok(st) = file.try_borrow() {
                if let Ok(fd) = u32::try_from(st.fd) {
                    let _ = pyrs_wasi_sys::write_all(fd, &self.wbuf);
                }
            }
        }
    }
}

impl Buffered {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Whether the raw stream is closed, when it is a `FileIO` (known without Python calls).
    pub(crate) fn raw_file_closed(&self) -> Option<bool> {
        self.raw_file.as_ref().map(|f| f.borrow().fd < 0)
    }

    /// Adds data to the write buffer without passing anything on (a text layer being freed).
    pub(crate) fn push_unflushed(&mut self, data: &[u8]) {
        self.wbuf.extend_from_slice(data);
    }

    fn take_unread(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }
}

/// Creates the state of a buffered stream over `raw` and stores it in `inst`.
pub(crate) fn attach(
    vm: &mut Vm,
    inst: &Rc<PyInstance>,
    raw: Value,
    size: usize,
    readable: bool,
    writable: bool,
) -> Rc<RefCell<Buffered>> {
    let raw_file = match &raw {
        Value::Instance(r) if Rc::ptr_eq(&r.class(), &vm.io.file_io) => {
            r.native::<RefCell<FileIo>>()
        }
        _ => None,
    };
    let state = Rc::new(RefCell::new(Buffered {
        raw,
        raw_file,
        readable,
        writable,
        size,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        detached: false,
    }));
    inst.set_native(state.clone());
    if writable {
        vm.register_writer(&state);
    }
    state
}

fn buffer_size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<usize> {
    match v {
        None => Ok(DEFAULT_BUFFER_SIZE),
        Some(v) => {
            let n = vm.int_arg(&v, "")?;
            if n <= 0 {
                return Err(vm.value_error("buffer size must be strictly positive"));
            }
            usize::try_from(n).map_err(|_| vm.overflow_error("buffer size too large"))
        }
    }
}

/// `__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)` for the three single-stream classes.
fn init_with(
    vm: &mut Vm,
    args: &Args<'_>,
    kind: &'static str,
    r: bool,
    w: bool,
) -> PyResult<Value> {
    let inst = this(vm, args, "__init__")?.clone();
    let rest = args.after_self();
    let [raw, size] = vm.bind_args(kind, &rest, &["raw", "buffer_size"], 1)?;
    let raw = raw.unwrap_or_default();
    let size = buffer_size_arg(vm, size)?;
    if r && w {
        check_raw(vm, &raw, "seekable", "File or stream is not seekable.")?;
    }
    if r {
        check_raw(vm, &raw, "readable", "File or stream is not readable.")?;
    }
    if w {
        check_raw(vm, &raw, "writable", "File or stream is not writable.")?;
    }
    attach(vm, &inst, raw, size, r, w);
    Ok(Value::None)
}

fn check_raw(vm: &mut Vm, raw: &Value, ability: &str, msg: &str) -> PyResult<()> {
    let able = call_method(vm, raw, ability, &[])?;
    if !vm.truthy(&able)? {
        return Err(unsupported(vm, msg));
    }
    Ok(())
}

fn reader_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    init_with(vm, &args, "BufferedReader", true, false)
}

fn writer_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    init_with(vm, &args, "BufferedWriter", false, true)
}

fn random_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    init_with(vm, &args, "BufferedRandom", true, true)
}

// ----- raw stream access -----

/// Whether the raw stream is closed.
fn raw_closed(vm: &mut Vm, st: &Buffered) -> PyResult<bool> {
    if let Some(f) = &st.raw_file {
        return Ok(f.borrow().fd < 0);
    }
    let closed = get_attr(vm, &st.raw, "closed")?;
    vm.truthy(&closed)
}

/// ValueError with `msg` when the stream is closed and nothing is left to read.
fn check_closed(vm: &mut Vm, st: &Buffered, msg: &str) -> PyResult<()> {
    if st.detached {
        return Err(vm.value_error("raw stream has been detached"));
    }
    if st.unread() == 0 && raw_closed(vm, st)? {
        return Err(vm.value_error(msg));
    }
    Ok(())
}

/// One raw read of at most `n` bytes; `None` when it would block.
fn raw_read(vm: &mut Vm, st: &Buffered, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = &st.raw_file {
        let f = f.borrow();
        return fileio::read_some(vm, &f, n);
    }
    let buf = crate::object::types::bytearray::new_bytearray(vec![0; n]);
    let got = call_method(vm, &st.raw, "readinto", std::slice::from_ref(&buf))?;
    if got.is_none() {
        return Ok(None);
    }
    let got = vm.int_arg(&got, "")?;
    let mut data = crate::object::types::bytes::buffer_data(&buf).unwrap_or_default();
    let got = usize::try_from(got)
        .ok()
        .filter(|&g| g <= n)
        .ok_or_else(|| {
            vm.new_error(
                ExcKind::OSError,
                format!("raw readinto() returned invalid length {got} (should have been between 0 and {n})"),
            )
        })?;
    data.truncate(got);
    Ok(Some(data))
}

/// Reads the rest of the raw stream.
fn raw_read_all(vm: &mut Vm, st: &Buffered) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = &st.raw_file {
        let f = f.borrow();
        return fileio::read_all(vm, &f).map(Some);
    }
    let has_readall = vm
        .getattr_opt(
            &st.raw,
            &Rc::new(crate::object::types::PyStr::new("readall")),
        )?
        .is_some();
    if has_readall {
        let data = call_method(vm, &st.raw, "readall", &[])?;
        if data.is_none() {
            return Ok(None);
        }
        return super::bytes_like(vm, &data).map(Some);
    }
    let mut data = Vec::new();
    loop {
        match raw_read(vm, st, DEFAULT_BUFFER_SIZE)? {
            None if data.is_empty() => return Ok(None),
            None => return Ok(Some(data)),
            Some(chunk) if chunk.is_empty() => return Ok(Some(data)),
            Some(chunk) => data.extend_from_slice(&chunk),
        }
    }
}

/// Writes all of `data` to the raw stream.
fn raw_write_all(vm: &mut Vm, st: &Buffered, mut data: &[u8]) -> PyResult<()> {
    if let Some(f) = &st.raw_file {
        let f = f.borrow();
        return fileio::write_all(vm, &f, data);
    }
    while !data.is_empty() {
        let n = raw_write_some(vm, st, data)?;
        data = &data[n..];
    }
    Ok(())
}

fn raw_seek(vm: &mut Vm, st: &Buffered, pos: i64, whence: i64) -> PyResult<i64> {
    if let Some(f) = &st.raw_file {
        let f = f.borrow();
        return fileio::seek_fd(vm, &f, pos, whence).map(|p| p as i64);
    }
    let r = call_method(vm, &st.raw, "seek", &[Value::Int(pos), Value::Int(whence)])?;
    let r = vm.int_arg(&r, "")?;
    if r < 0 {
        return Err(vm.new_error(
            ExcKind::OSError,
            format!("Raw stream returned invalid position {r}"),
        ));
    }
    Ok(r)
}

/// Passes the pending writes to the raw stream.
fn flush_writes(vm: &mut Vm, st: &mut Buffered) -> PyResult<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.wbuf);
    let result = raw_write_all(vm, st, &data);
    if result.is_err() && st.wbuf.is_empty() {
        // Keep the data for a later attempt rather than losing it.
        st.wbuf = data;
    }
    result
}

/// Drops the read-ahead, moving the raw position back to where the reader is.
fn rewind_reads(vm: &mut Vm, st: &mut Buffered) -> PyResult<()> {
    let unread = st.unread();
    st.rbuf.clear();
    st.rpos = 0;
    if unread > 0 {
        raw_seek(vm, st, -(unread as i64), 1)?;
    }
    Ok(())
}

/// Flushes a writer's data (interpreter exit and `flush()`).
pub(crate) fn flush_state(vm: &mut Vm, cell: &Rc<RefCell<Buffered>>) -> PyResult<()> {
    let mut st = borrow(vm, cell, "buffered writer")?;
    if st.detached || st.wbuf.is_empty() {
        return Ok(());
    }
    flush_writes(vm, &mut st)
}

// ----- operations used by TextIOWrapper and the methods -----

/// `read(n)`: `None` means to the end; the result is `None` when nothing is available
/// without blocking.
pub(crate) fn read(vm: &mut Vm, st: &mut Buffered, n: Option<usize>) -> PyResult<Option<Vec<u8>>> {
    check_closed(vm, st, "read of closed file")?;
    if !st.readable {
        return Err(unsupported(vm, "read"));
    }
    flush_writes(vm, st)?;
    let Some(n) = n else {
        let mut data = st.take_unread(usize::MAX);
        return match raw_read_all(vm, st)? {
            Some(rest) => {
                data.extend_from_slice(&rest);
                Ok(Some(data))
            }
            None if data.is_empty() => Ok(None),
            None => Ok(Some(data)),
        };
    };
    let mut data = st.take_unread(n);
    while data.len() < n {
        let want = n - data.len();
        if want >= st.size {
            match raw_read(vm, st, want)? {
                None if data.is_empty() => return Ok(None),
                None => break,
                Some(chunk) if chunk.is_empty() => break,
                Some(chunk) => data.extend_from_slice(&chunk),
            }
            continue;
        }
        match raw_read(vm, st, st.size)? {
            None if data.is_empty() => return Ok(None),
            None => break,
            Some(chunk) if chunk.is_empty() => break,
            Some(chunk) => {
                st.rbuf = chunk;
                st.rpos = 0;
                data.extend(st.take_unread(want));
            }
        }
    }
    Ok(Some(data))
}

/// `read1(n)`: what is buffered, else at most one raw read.
pub(crate) fn read1(vm: &mut Vm, st: &mut Buffered, n: Option<usize>) -> PyResult<Vec<u8>> {
    check_closed(vm, st, "read of closed file")?;
    if !st.readable {
        return Err(unsupported(vm, "read1"));
    }
    flush_writes(vm, st)?;
    let n = n.unwrap_or(st.size);
    if n == 0 {
        return Ok(Vec::new());
    }
    if st.unread() > 0 {
        return Ok(st.take_unread(n));
    }
    let chunk = raw_read(vm, st, n.max(st.size))?.unwrap_or_default();
    st.rbuf = chunk;
    st.rpos = 0;
    Ok(st.take_unread(n))
}

/// `peek()`: the buffered data, reading once when there is none.
fn peek_data(vm: &mut Vm, st: &mut Buffered) -> PyResult<Vec<u8>> {
    check_closed(vm, st, "peek of closed file")?;
    if !st.readable {
        return Err(unsupported(vm, "peek"));
    }
    flush_writes(vm, st)?;
    if st.unread() == 0 {
        st.rbuf = raw_read(vm, st, st.size)?.unwrap_or_default();
        st.rpos = 0;
    }
    Ok(st.rbuf[st.rpos..].to_vec())
}

/// `readline(limit)`: up to and including the next `\n`.
pub(crate) fn readline(vm: &mut Vm, st: &mut Buffered, limit: Option<usize>) -> PyResult<Vec<u8>> {
    check_closed(vm, st, "readline of closed file")?;
    if !st.readable {
        return Err(unsupported(vm, "readline"));
    }
    flush_writes(vm, st)?;
    let limit = limit.unwrap_or(usize::MAX);
    let mut line = Vec::new();
    loop {
        let avail = &st.rbuf[st.rpos..];
        let room = limit - line.len();
        let scan = &avail[..avail.len().min(room)];
        if let Some(i) = scan.iter().position(|&b| b == b'\n') {
            line.extend(st.take_unread(i + 1));
            return Ok(line);
        }
        let n = scan.len();
        line.extend(st.take_unread(n));
        if line.len() >= limit {
            return Ok(line);
        }
        match raw_read(vm, st, st.size)? {
            Some(chunk) if !chunk.is_empty() => {
                st.rbuf = chunk;
                st.rpos = 0;
            }
            _ => return Ok(line),
        }
    }
}

/// `write(data)` as CPython's BufferedWriter: what fits in the buffer stays there; else the
/// buffer is written out, then the data too while more than a buffer remains, and the rest is
/// kept.
pub(crate) fn write(vm: &mut Vm, st: &mut Buffered, data: &[u8]) -> PyResult<()> {
    if st.detached {
        return Err(vm.value_error("raw stream has been detached"));
    }
    if raw_closed(vm, st)? {
        return Err(vm.value_error("write to closed file"));
    }
    if !st.writable {
        return Err(unsupported(vm, "write"));
    }
    if st.unread() > 0 {
        rewind_reads(vm, st)?;
    } else {
        st.rbuf.clear();
        st.rpos = 0;
    }
    if st.wbuf.len() + data.len() <= st.size {
        st.wbuf.extend_from_slice(data);
        return Ok(());
    }
    flush_writes(vm, st)?;
    let mut rest = data;
    while rest.len() > st.size {
        let n = raw_write_some(vm, st, rest)?;
        rest = &rest[n..];
    }
    st.wbuf.extend_from_slice(rest);
    Ok(())
}

/// One raw write; the count written.
fn raw_write_some(vm: &mut Vm, st: &Buffered, data: &[u8]) -> PyResult<usize> {
    if let Some(f) = &st.raw_file {
        let f = f.borrow();
        return Ok(fileio::write_some(vm, &f, data)?.unwrap_or(0));
    }
    let n = call_method(vm, &st.raw, "write", &[new_bytes(data.to_vec())])?;
    if n.is_none() {
        return Err(vm.new_error(
            ExcKind::BlockingIOError,
            "write could not complete without blocking",
        ));
    }
    let n = vm.int_arg(&n, "")?;
    usize::try_from(n)
        .ok()
        .filter(|&n| n <= data.len())
        .ok_or_else(|| {
            vm.new_error(
                ExcKind::OSError,
                format!(
                    "raw write() returned invalid length {n} (should have been between 0 and {})",
                    data.len()
                ),
            )
        })
}

/// `flush()`: pending writes to the raw stream, then the raw stream's own flush (a reader
/// only asks the raw stream, whose error a closed file gives).
pub(crate) fn flush(vm: &mut Vm, st: &mut Buffered) -> PyResult<()> {
    if st.detached {
        return Err(vm.value_error("raw stream has been detached"));
    }
    if st.writable {
        if raw_closed(vm, st)? {
            return Err(vm.value_error("flush of closed file"));
        }
        flush_writes(vm, st)?;
        if st.raw_file.is_some() {
            return Ok(());
        }
    }
    if let Some(f) = &st.raw_file {
        if f.borrow().fd < 0 {
            return Err(super::closed_error(vm));
        }
        return Ok(());
    }
    call_method(vm, &st.raw, "flush", &[]).map(|_| ())
}

pub(crate) fn tell(vm: &mut Vm, st: &mut Buffered) -> PyResult<i64> {
    if st.detached {
        return Err(vm.value_error("raw stream has been detached"));
    }
    let raw = raw_seek(vm, st, 0, 1)?;
    Ok(raw - st.unread() as i64 + st.wbuf.len() as i64)
}

pub(crate) fn seek(vm: &mut Vm, st: &mut Buffered, pos: i64, whence: i64) -> PyResult<i64> {
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    check_closed(vm, st, "seek of closed file")?;
    if st.raw_file.is_none() {
        let seekable = call_method(vm, &st.raw, "seekable", &[])?;
        if !vm.truthy(&seekable)? {
            return Err(unsupported(vm, "File or stream is not seekable."));
        }
    }
    flush_writes(vm, st)?;
    let pos = if whence == 1 {
        pos - st.unread() as i64
    } else {
        pos
    };
    st.rbuf.clear();
    st.rpos = 0;
    raw_seek(vm, st, pos, whence)
}

/// `close()`: flush, then close the raw stream; the flush error wins.
pub(crate) fn close(vm: &mut Vm, cell: &Rc<RefCell<Buffered>>) -> PyResult<()> {
    let (raw, flushed) = {
        let mut st = borrow(vm, cell, "buffered stream")?;
        if st.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        if raw_closed(vm, &st)? {
            return Ok(());
        }
        let flushed = if st.writable {
            flush_writes(vm, &mut st)
        } else {
            Ok(())
        };
        st.rbuf.clear();
        st.rpos = 0;
        if flushed.is_err() {
            st.wbuf.clear();
        }
        (st.raw.clone(), flushed)
    };
    let closed = call_method(vm, &raw, "close", &[]);
    flushed?;
    closed.map(|_| ())
}

// ----- Python methods -----

fn get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<Buffered>>> {
    let inst = this(vm, args, method)?;
    super::state::<Buffered>(vm, inst)
}

/// Runs `f` on the borrowed state of `self`.
fn with<T>(
    vm: &mut Vm,
    args: &Args<'_>,
    method: &str,
    f: impl FnOnce(&mut Vm, &mut Buffered) -> PyResult<T>,
) -> PyResult<T> {
    let cell = get(vm, args, method)?;
    let mut st = borrow(vm, &cell, method)?;
    f(vm, &mut st)
}

fn m_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("read", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    if n.is_none() {
        if let Some(v) = args.pos.get(1).filter(|v| !v.is_none()) {
            if vm.int_arg(v, "")? < -1 {
                return Err(vm.value_error("read length must be non-negative or -1"));
            }
        }
    }
    let data = with(vm, &args, "read", |vm, st| read(vm, st, n))?;
    Ok(data.map_or(Value::None, new_bytes))
}

fn m_read1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("read1", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with(vm, &args, "read1", |vm, st| read1(vm, st, n)).map(new_bytes)
}

fn readinto_impl(vm: &mut Vm, args: &Args<'_>, one: bool) -> PyResult<Value> {
    let name = if one { "readinto1" } else { "readinto" };
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 1)?;
    let target = args.pos[1].clone();
    let room = crate::object::types::bytearray::writable_len(vm, &target)?;
    let data = with(vm, args, name, |vm, st| {
        check_closed(vm, st, &format!("{name} of closed file"))?;
        if one {
            read1(vm, st, Some(room))
        } else {
            Ok(read(vm, st, Some(room))?.unwrap_or_default())
        }
    })?;
    crate::object::types::bytearray::write_into(vm, &target, &data)?;
    Ok(Value::from(data.len()))
}

fn m_readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    readinto_impl(vm, &args, false)
}

fn m_readinto1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    readinto_impl(vm, &args, true)
}

fn m_peek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("peek", args.pos.len().saturating_sub(1), 0, 1)?;
    with(vm, &args, "peek", peek_data).map(new_bytes)
}

fn m_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("readline", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with(vm, &args, "readline", |vm, st| readline(vm, st, n)).map(new_bytes)
}

fn m_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = with(vm, &args, "__next__", |vm, st| readline(vm, st, None))?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(new_bytes(line))
}

fn m_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let data = super::bytes_like(vm, &args.pos[1])?;
    with(vm, &args, "write", |vm, st| write(vm, st, &data))?;
    Ok(Value::from(data.len()))
}

fn m_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "flush", flush)?;
    Ok(Value::None)
}

fn m_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "tell", tell).map(Value::Int)
}

fn m_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("seek", args.pos.len().saturating_sub(1), 1, 2)?;
    let pos = vm.int_arg(&args.pos[1], "")?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.int_arg(w, "")?,
        None => 0,
    };
    with(vm, &args, "seek", |vm, st| seek(vm, st, pos, whence)).map(Value::Int)
}

fn m_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("truncate", args.pos.len().saturating_sub(1), 0, 1)?;
    let pos = args.pos.get(1).cloned().unwrap_or_default();
    let raw = with(vm, &args, "truncate", |vm, st| {
        check_closed(vm, st, "truncate of closed file")?;
        if !st.writable {
            return Err(unsupported(vm, "truncate"));
        }
        flush_writes(vm, st)?;
        let here = tell(vm, st)?;
        rewind_reads(vm, st)?;
        Ok((st.raw.clone(), here))
    })?;
    let (raw, here) = raw;
    let pos = if pos.is_none() { Value::Int(here) } else { pos };
    call_method(vm, &raw, "truncate", &[pos])
}

fn m_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "close")?;
    close(vm, &cell)?;
    Ok(Value::None)
}

fn m_detach(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "detach", |vm, st| {
        flush(vm, st)?;
        st.detached = true;
        st.raw_file = None;
        Ok(std::mem::replace(&mut st.raw, Value::None))
    })
}

/// Methods that ask the raw stream (`fileno`, `isatty`, `readable`, ...).
fn forward(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let raw = with(vm, args, name, |vm, st| {
        if st.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        Ok(st.raw.clone())
    })?;
    call_method(vm, &raw, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "fileno")
}

fn m_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "isatty")
}

fn m_seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "seekable")
}

fn m_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ok = with(vm, &args, "readable", |_, st| Ok(st.readable))?;
    if !ok {
        return Ok(Value::Bool(false));
    }
    forward(vm, &args, "readable")
}

fn m_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ok = with(vm, &args, "writable", |_, st| Ok(st.writable))?;
    if !ok {
        return Ok(Value::Bool(false));
    }
    forward(vm, &args, "writable")
}

fn raw_attr(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let raw = with(vm, args, name, |vm, st| {
        if st.detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        Ok(st.raw.clone())
    })?;
    get_attr(vm, &raw, name)
}

fn p_raw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "raw", |_, st| Ok(st.raw.clone()))
}

fn p_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    raw_attr(vm, &args, "closed")
}

fn p_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    raw_attr(vm, &args, "name")
}

fn p_mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    raw_attr(vm, &args, "mode")
}

fn m_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__repr__")?.clone();
    let cls = super::class_display(&inst);
    let raw = {
        let cell = super::state::<Buffered>(vm, &inst)?;
        let st = borrow(vm, &cell, "__repr__")?;
        st.raw.clone()
    };
    let name = vm.getattr_opt(&raw, &Rc::new(crate::object::types::PyStr::new("name")));
    match name {
        Ok(Some(name)) => {
            let name = vm.repr(&name)?;
            Ok(Value::string(format!("<{cls} name={name}>")))
        }
        Ok(None) => Ok(Value::string(format!("<{cls}>"))),
        Err(e) if vm.err_matches(&e, ExcKind::ValueError) => Ok(Value::string(format!("<{cls}>"))),
        Err(e) => Err(e),
    }
}

pub(super) const COMMON_METHODS: &[Method] = &[
    Method::Fn("flush", m_flush),
    Method::Fn("tell", m_tell),
    Method::Fn("seek", m_seek),
    Method::Fn("truncate", m_truncate),
    Method::Fn("close", m_close),
    Method::Fn("detach", m_detach),
    Method::Fn("fileno", m_fileno),
    Method::Fn("isatty", m_isatty),
    Method::Fn("readable", m_readable),
    Method::Fn("__getstate__", super::no_pickle),
    Method::Fn("writable", m_writable),
    Method::Fn("seekable", m_seekable),
    Method::Member("raw", p_raw),
    Method::Get("closed", p_closed),
    Method::Get("name", p_name),
    Method::Get("mode", p_mode),
    Method::Fn("__repr__", m_repr),
];

pub(super) const READER_METHODS: &[Method] = &[
    Method::Fn("__init__", reader_init),
    Method::Fn("read", m_read),
    Method::Fn("read1", m_read1),
    Method::Fn("readinto", m_readinto),
    Method::Fn("readinto1", m_readinto1),
    Method::Fn("peek", m_peek),
    Method::Fn("readline", m_readline),
    Method::Fn("__next__", m_next),
];

pub(super) const WRITER_METHODS: &[Method] = &[
    Method::Fn("__init__", writer_init),
    Method::Fn("write", m_write),
];

/// Added last to `BufferedRandom`, so its `__init__` replaces the reader's and writer's.
pub(super) const RANDOM_METHODS: &[Method] = &[Method::Fn("__init__", random_init)];

/// `BufferedRWPair(reader, writer, buffer_size)`: a reader and a writer as one stream, kept
/// as two buffered objects in the instance.
fn pair_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [reader, writer, size] = vm.bind_args(
        "BufferedRWPair",
        &rest,
        &["reader", "writer", "buffer_size"],
        2,
    )?;
    let size = buffer_size_arg(vm, size)?;
    let (reader, writer) = (reader.unwrap_or_default(), writer.unwrap_or_default());
    check_raw(vm, &reader, "readable", "File or stream is not readable.")?;
    check_raw(vm, &writer, "writable", "File or stream is not writable.")?;
    let r = Rc::new(PyInstance::new(vm.io.buffered_reader.clone()));
    attach(vm, &r, reader, size, true, false);
    let w = Rc::new(PyInstance::new(vm.io.buffered_writer.clone()));
    attach(vm, &w, writer, size, false, true);
    vm.dict_set(&inst.dict, Value::str("_reader"), Value::Instance(r))?;
    vm.dict_set(&inst.dict, Value::str("_writer"), Value::Instance(w))?;
    Ok(Value::None)
}

fn pair_part(vm: &mut Vm, args: &Args<'_>, part: &str) -> PyResult<Value> {
    let inst = this(vm, args, part)?;
    inst.dict
        .get_str(part)
        .ok_or_else(|| vm.value_error("I/O operation on uninitialized object"))
}

fn pair_call(vm: &mut Vm, args: &Args<'_>, part: &str, name: &str) -> PyResult<Value> {
    let obj = pair_part(vm, args, part)?;
    call_method(vm, &obj, name, &args.pos[1..])
}

fn pair_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "read")
}

fn pair_read1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "read1")
}

fn pair_readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "readinto")
}

fn pair_readinto1(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "readinto1")
}

fn pair_peek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "peek")
}

fn pair_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_reader", "readable")
}

fn pair_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_writer", "write")
}

fn pair_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_writer", "flush")
}

fn pair_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pair_call(vm, &args, "_writer", "writable")
}

fn pair_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let w = pair_call(vm, &args, "_writer", "isatty")?;
    if vm.truthy(&w)? {
        return Ok(w);
    }
    pair_call(vm, &args, "_reader", "isatty")
}

fn pair_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let w = pair_part(vm, &args, "_writer")?;
    get_attr(vm, &w, "closed")
}

fn pair_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let w = pair_call(vm, &args, "_writer", "close");
    let r = pair_call(vm, &args, "_reader", "close");
    w?;
    r
}

pub(super) const RWPAIR_METHODS: &[Method] = &[
    Method::Fn("__init__", pair_init),
    Method::Fn("read", pair_read),
    Method::Fn("read1", pair_read1),
    Method::Fn("readinto", pair_readinto),
    Method::Fn("readinto1", pair_readinto1),
    Method::Fn("peek", pair_peek),
    Method::Fn("readable", pair_readable),
    Method::Fn("write", pair_write),
    Method::Fn("flush", pair_flush),
    Method::Fn("writable", pair_writable),
    Method::Fn("isatty", pair_isatty),
    Method::Fn("close", pair_close),
    Method::Get("closed", pair_closed),
];
