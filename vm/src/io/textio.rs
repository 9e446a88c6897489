//! `TextIOWrapper` (text over a buffered binary stream: decoding in chunks, universal newlines,
//! `tell`/`seek` as byte positions, line buffering) and `IncrementalNewlineDecoder`.

use std::cell::RefCell;
use std::rc::Rc;

use super::buffered::{self, Buffered};
use super::{borrow, call_method, get_attr, this, unsupported, Method};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::bytes::new_bytes;
use crate::object::types::{surrogate, Args, PyInstance, PyStr};
use crate::object::Value;

/// How many bytes one read from the buffer asks for.
const CHUNK_SIZE: usize = 8192;

/// Newline kinds seen while decoding, for the `newlines` attribute.
const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The newline state of universal-newline decoding.
#[derive(Default, Clone)]
struct NewlineState {
    /// A `\r` ended the last input and was held back (it may start a `\r\n`).
    pendingcr: bool,
    seen: u8,
}

impl NewlineState {
    /// Applies universal-newline rules to freshly decoded text.
    fn process(&mut self, mut text: String, final_: bool, translate: bool) -> String {
        if self.pendingcr && (!text.is_empty() || final_) {
            text.insert(0, '\r');
            self.pendingcr = false;
        }
        if !final_ && text.ends_with('\r') {
            text.pop();
            self.pendingcr = true;
        }
        if !text.contains('\r') {
            if text.contains('\n') {
                self.seen |= SEEN_LF;
            }
            return text;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    self.seen |= SEEN_CRLF;
                    i += 2;
                }
                b'\r' => {
                    self.seen |= SEEN_CR;
                    i += 1;
                }
                b'\n' => {
                    self.seen |= SEEN_LF;
                    i += 1;
                }
                _ => i += 1,
            }
        }
        if translate {
            text = text.replace("\r\n", "\n").replace('\r', "\n");
        }
        text
    }

    fn newlines(&self) -> Value {
        let mut kinds = Vec::new();
        if self.seen & SEEN_CR != 0 {
            kinds.push(Value::str("\r"));
        }
        if self.seen & SEEN_LF != 0 {
            kinds.push(Value::str("\n"));
        }
        if self.seen & SEEN_CRLF != 0 {
            kinds.push(Value::str("\r\n"));
        }
        match kinds.len() {
            0 => Value::None,
            1 => kinds.pop().unwrap_or_default(),
            _ => Value::tuple(kinds),
        }
    }
}

/// A codec as the text layer uses it: by canonical name, UTF-8 decoded incrementally. A codec
/// with a byte-order mark writes and reads it at the start of the stream only.
#[derive(Clone)]
struct Codec {
    name: &'static str,
    errors: String,
    /// The BOM was written (or the stream did not start empty).
    bom_written: bool,
    /// What the rest of the input is decoded as once its start was read.
    decode_as: Option<&'static str>,
}

/// The codec without a byte-order mark that `name` goes on as after its start.
fn without_bom(name: &'static str, start: &[u8]) -> &'static str {
    match (name, start) {
        ("utf-8-sig", _) => "utf-8",
        ("utf-16", [0xFE, 0xFF, ..]) => "utf-16-be",
        ("utf-16", _) => "utf-16-le",
        ("utf-32", [0, 0, 0xFE, 0xFF, ..]) => "utf-32-be",
        ("utf-32", _) => "utf-32-le",
        _ => name,
    }
}

impl Codec {
    /// Decodes `data`; with `final_` false, an incomplete UTF-8 sequence at the end is left
    /// for the next call: (text, bytes consumed).
    fn decode(&mut self, vm: &mut Vm, data: &[u8], final_: bool) -> PyResult<(String, usize)> {
        let name = self.decode_as.unwrap_or(self.name);
        let unit = match name {
            "utf-16" | "utf-16-le" | "utf-16-be" => 2,
            "utf-32" | "utf-32-le" | "utf-32-be" => 4,
            _ => 1,
        };
        if self.decode_as.is_none() && !data.is_empty() {
            let bom_coded = matches!(self.name, "utf-16" | "utf-32");
            if bom_coded && data.len() < unit && !final_ {
                // Not enough bytes yet to tell whether the stream starts with a BOM.
                return Ok((String::new(), 0));
            }
            let as_ = without_bom(self.name, data);
            let bom = match as_ {
                "utf-16-le" => [0xFF, 0xFE, 0, 0].as_slice(),
                "utf-16-be" => &[0xFE, 0xFF],
                "utf-32-le" => &[0xFF, 0xFE, 0, 0],
                _ => &[0, 0, 0xFE, 0xFF],
            };
            if bom_coded && data.len() >= unit && !data.starts_with(&bom[..unit]) {
                let msg = if unit == 2 { "UTF-16" } else { "UTF-32" };
                return Err(vm.new_error(
                    ExcKind::UnicodeError,
                    format!("{msg} stream does not start with BOM"),
                ));
            }
            self.decode_as = Some(as_);
        }
        let mut end = data.len();
        if !final_ {
            if name == "utf-8" {
                end -= incomplete_utf8_tail(data);
            } else if unit > 1 {
                // A partial code unit, or a UTF-16 high surrogate whose pair has not come.
                end -= end % unit;
                let big =
                    name == "utf-16-be" || (name == "utf-16" && data.starts_with(&[0xFE, 0xFF]));
                if unit == 2 && end >= 2 {
                    let (a, b) = (data[end - 2], data[end - 1]);
                    let high = if big { a } else { b };
                    if (0xD8..0xDC).contains(&high) {
                        end -= 2;
                    }
                }
            }
        }
        let slice = &data[..end];
        let text = if name == "utf-8" {
            match std::str::from_utf8(slice) {
                Ok(s) if !surrogate::contains(s) => s.to_string(),
                _ => crate::object::types::bytes::decode(vm, slice, name, &self.errors)?,
            }
        } else {
            crate::object::types::bytes::decode(vm, slice, name, &self.errors)?
        };
        Ok((text, end))
    }

    fn encode(&mut self, vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
        let name = if self.bom_written {
            without_bom(self.name, &[])
        } else {
            self.name
        };
        if name == "utf-8" && !surrogate::contains(text) {
            return Ok(text.as_bytes().to_vec());
        }
        let data = crate::object::types::bytes::encode(vm, text, name, &self.errors)?;
        self.bom_written |= !text.is_empty();
        Ok(data)
    }
}

/// How many bytes at the end of `data` start a UTF-8 sequence that is not complete yet.
fn incomplete_utf8_tail(data: &[u8]) -> usize {
    for back in 1..=3.min(data.len()) {
        let b = data[data.len() - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        return if need > back { back } else { 0 };
    }
    0
}

/// The state of a `TextIOWrapper`.
pub(crate) struct TextIo {
    buffer: Value,
    /// The buffer's state when it is exactly one of our buffered classes.
    fast: Option<Rc<RefCell<Buffered>>>,
    encoding: Value,
    codec: Codec,
    /// `None`: universal newlines.
    newline: Option<String>,
    readuniversal: bool,
    readtranslate: bool,
    /// What `\n` becomes on write (`None`: no translation).
    writenl: Option<String>,
    line_buffering: bool,
    write_through: bool,
    /// The decoded chunk being read: `decoded[dpos..]` is not returned yet.
    decoded: String,
    dpos: usize,
    /// Undecoded bytes (an incomplete character) carried to the next chunk.
    pending: Vec<u8>,
    nl: NewlineState,
    /// For `tell()`: the bytes that produced `decoded` (carried state first) and how many of
    /// them were carried from before the chunk.
    snapshot: Option<(Vec<u8>, usize)>,
    /// False while iterating with `next()` (CPython refuses `tell()` then).
    telling: bool,
    seekable: bool,
    readable: bool,
    writable: bool,
    detached: bool,
    /// Encoded text not passed to the buffer yet (CPython's pending bytes): it goes on when
    /// it reaches a chunk, on a line end under line buffering, and on flush/seek/tell/close.
    outgoing: Vec<u8>,
    /// `_CHUNK_SIZE`: how many bytes a read asks the buffer for, and how much encoded text
    /// waits before it is passed on.
    chunk: usize,
}

impl Drop for TextIo {
    fn drop(&mut self) {
        // Freed without flush(): the text still reaches the buffer, which writes it out
        // when it is freed or at exit.
        if self.outgoing.is_empty() {
            return;
        }
        if let Some(b) = &self.fast {
            if let Ok(mut b) = b.try_borrow_mut() {
                b.push_unflushed(&self.outgoing);
            }
        }
    }
}

impl TextIo {
    fn unread(&self) -> &str {
        &self.decoded[self.dpos..]
    }

    fn reset_decoder(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.pending.clear();
        self.nl.pendingcr = false;
        self.snapshot = None;
    }
}

fn canonical_encoding(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    if encoding == "locale" {
        return Ok("utf-8");
    }
    crate::object::types::bytes::canonical_codec(vm, encoding)
}

fn newline_arg(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => match s.as_str() {
            "" | "\n" | "\r" | "\r\n" => Ok(Some(s.as_str().to_string())),
            other => Err(vm.value_error(format!("illegal newline value: {other}"))),
        },
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument 'newline' must be str or None, not {}",
            vm.arg_type_name(&other)
        ))),
    }
}

fn str_or_none(
    vm: &mut Vm,
    v: Option<Value>,
    func: &str,
    name: &str,
) -> PyResult<Option<Rc<PyStr>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument '{name}' must be str or None, not {}",
            vm.arg_type_name(&other)
        ))),
    }
}

/// The settings of a new text wrapper.
pub(crate) struct TextOptions {
    pub encoding: Option<Rc<PyStr>>,
    pub errors: Option<Rc<PyStr>>,
    pub newline: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
}

/// Makes `inst` a text wrapper over `buffer`.
pub(crate) fn attach(
    vm: &mut Vm,
    inst: &Rc<PyInstance>,
    buffer: Value,
    opts: TextOptions,
) -> PyResult<()> {
    // `encoding="locale"` names the locale's encoding, which is UTF-8 under WASI.
    let encoding = match opts.encoding {
        Some(e) if e.as_str() != "locale" => Value::Str(e),
        Some(_) => Value::str("UTF-8"),
        None => Value::str("utf-8"),
    };
    let name = canonical_encoding(vm, encoding.as_str().map_or("utf-8", PyStr::as_str))?;
    let errors = opts
        .errors
        .map_or("strict".to_string(), |e| e.as_str().to_string());
    let fast = match &buffer {
        Value::Instance(b)
            if Rc::ptr_eq(&b.class(), &vm.io.buffered_reader)
                || Rc::ptr_eq(&b.class(), &vm.io.buffered_writer)
                || Rc::ptr_eq(&b.class(), &vm.io.buffered_random) =>
        {
            b.native::<RefCell<Buffered>>()
        }
        _ => None,
    };
    let ask = |vm: &mut Vm, what: &str| -> PyResult<bool> {
        let v = call_method(vm, &buffer, what, &[])?;
        vm.truthy(&v)
    };
    let readable = ask(vm, "readable")?;
    let writable = ask(vm, "writable")?;
    let seekable = ask(vm, "seekable")?;
    // Appending to a stream that is not empty writes no BOM.
    let mut bom_written = false;
    if seekable && writable && without_bom(name, &[]) != name {
        let at = call_method(vm, &buffer, "tell", &[])?;
        bom_written = !matches!(at, Value::Int(0));
    }
    let newline = opts.newline;
    let st = TextIo {
        buffer,
        fast,
        encoding,
        codec: Codec {
            name,
            errors,
            bom_written,
            decode_as: None,
        },
        readuniversal: newline.as_deref().is_none_or(str::is_empty),
        readtranslate: newline.is_none(),
        writenl: match newline.as_deref() {
            Some("\r") | Some("\r\n") => newline.clone(),
            _ => None,
        },
        newline,
        line_buffering: opts.line_buffering,
        write_through: opts.write_through,
        decoded: String::new(),
        dpos: 0,
        pending: Vec::new(),
        nl: NewlineState::default(),
        snapshot: None,
        telling: seekable,
        seekable,
        readable,
        writable,
        detached: false,
        outgoing: Vec::new(),
        chunk: CHUNK_SIZE,
    };
    let state = Rc::new(RefCell::new(st));
    if writable {
        vm.register_text_writer(&state);
    }
    inst.set_native(state);
    Ok(())
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)`.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [buffer, encoding, errors, newline, line_buffering, write_through] = vm.bind_args(
        "TextIOWrapper",
        &rest,
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let f = "TextIOWrapper";
    let opts = TextOptions {
        encoding: str_or_none(vm, encoding, f, "encoding")?,
        errors: str_or_none(vm, errors, f, "errors")?,
        newline: newline_arg(vm, newline, f)?,
        line_buffering: line_buffering.map_or(Ok(false), |v| vm.truthy(&v))?,
        write_through: write_through.map_or(Ok(false), |v| vm.truthy(&v))?,
    };
    attach(vm, &inst, buffer.unwrap_or_default(), opts)?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<TextIo>>> {
    let inst = this(vm, args, method)?;
    super::state::<TextIo>(vm, inst)
}

fn check_attached(vm: &mut Vm, st: &TextIo) -> PyResult<()> {
    if st.detached {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    Ok(())
}

/// Whether the underlying buffer is closed.
fn buffer_closed(vm: &mut Vm, st: &TextIo) -> PyResult<bool> {
    if let Some(closed) = st.fast.as_ref().and_then(|b| b.borrow().raw_file_closed()) {
        return Ok(closed);
    }
    let closed = get_attr(vm, &st.buffer, "closed")?;
    vm.truthy(&closed)
}

fn check_open(vm: &mut Vm, st: &TextIo) -> PyResult<()> {
    check_attached(vm, st)?;
    if buffer_closed(vm, st)? {
        return Err(super::closed_error(vm));
    }
    Ok(())
}

fn check_readable(vm: &mut Vm, st: &TextIo) -> PyResult<()> {
    check_open(vm, st)?;
    if !st.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Reads one chunk from the buffer and decodes it into `decoded` (replacing what was fully
/// read). Returns false at end of file.
fn read_chunk(vm: &mut Vm, st: &mut TextIo, size: usize) -> PyResult<bool> {
    let data = match &st.fast {
        Some(b) => {
            let b = b.clone();
            let mut b = borrow(vm, &b, "buffered reader")?;
            buffered::read1(vm, &mut b, Some(size))?
        }
        None => {
            let v = call_method(vm, &st.buffer, "read1", &[Value::from(size)])?;
            match &v {
                Value::Bytes(b) => b.data.to_vec(),
                other => {
                    return Err(vm.type_error(format!(
                        "underlying read1() should have returned a bytes-like object, not '{}'",
                        vm.type_name(other)
                    )))
                }
            }
        }
    };
    let eof = data.is_empty();
    let carried_state = st.nl.clone();
    let mut input = std::mem::take(&mut st.pending);
    let carried = input.len() + usize::from(carried_state.pendingcr);
    input.extend_from_slice(&data);
    let (text, used) = st.codec.decode(vm, &input, eof)?;
    st.pending = input[used..].to_vec();
    let text = if st.readuniversal {
        st.nl.process(text, eof, st.readtranslate)
    } else {
        text
    };
    if st.telling {
        let mut bytes = Vec::with_capacity(input.len() + 1);
        if carried_state.pendingcr {
            bytes.push(b'\r');
        }
        bytes.extend_from_slice(&input);
        st.snapshot = Some((bytes, carried));
    }
    st.decoded = text;
    st.dpos = 0;
    Ok(!eof || !st.decoded.is_empty())
}

/// The end of the first line in `text` (index after its line ending), by the wrapper's rules.
fn find_line_end(st: &TextIo, text: &str) -> Option<usize> {
    if st.readtranslate {
        return text.find('\n').map(|i| i + 1);
    }
    if st.readuniversal {
        let i = text.find(['\r', '\n'])?;
        let b = text.as_bytes();
        return Some(if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        });
    }
    let nl = st.newline.as_deref().unwrap_or("\n");
    text.find(nl).map(|i| i + nl.len())
}

/// Byte index in `text` after `n` characters (or its length).
fn char_boundary(text: &str, n: usize) -> usize {
    if text.is_ascii() {
        return n.min(text.len());
    }
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// `readline(limit)`: up to and including the next line ending, at most `limit` characters.
pub(crate) fn readline(vm: &mut Vm, st: &mut TextIo, limit: Option<usize>) -> PyResult<String> {
    check_readable(vm, st)?;
    let mut line = String::new();
    let mut count = 0;
    loop {
        let rest = st.unread();
        let end = find_line_end(st, rest);
        let cut = limit.map(|l| char_boundary(rest, l - count));
        let take = match (end, cut) {
            (Some(e), Some(c)) => Some(e.min(c)),
            (Some(e), None) => Some(e),
            (None, Some(c)) if c < rest.len() => Some(c),
            _ => None,
        };
        if let Some(n) = take {
            line.push_str(&rest[..n]);
            st.dpos += n;
            return Ok(line);
        }
        count += rest.chars().count();
        line.push_str(rest);
        st.dpos = st.decoded.len();
        if limit.is_some_and(|l| count >= l) || !read_chunk(vm, st, st.chunk)? {
            return Ok(line);
        }
        // newline='\r\n' whose `\r` ended the last chunk.
        let crlf = !st.readuniversal && st.newline.as_deref() == Some("\r\n");
        if crlf && line.ends_with('\r') && st.unread().starts_with('\n') {
            line.push('\n');
            st.dpos += 1;
            return Ok(line);
        }
    }
}

/// `read(n)`: `None` reads to the end.
pub(crate) fn read(vm: &mut Vm, st: &mut TextIo, n: Option<usize>) -> PyResult<String> {
    check_readable(vm, st)?;
    let Some(n) = n else {
        let mut text = st.unread().to_string();
        st.dpos = st.decoded.len();
        let rest = match &st.fast {
            Some(b) => {
                let b = b.clone();
                let mut b = borrow(vm, &b, "buffered reader")?;
                buffered::read(vm, &mut b, None)?.unwrap_or_default()
            }
            None => {
                let v = call_method(vm, &st.buffer, "read", &[])?;
                match crate::object::types::bytes::buffer_data(&v) {
                    Some(data) => data,
                    None => {
                        return Err(
                            vm.type_error(format!("can't concat {} to bytes", vm.type_name(&v)))
                        )
                    }
                }
            }
        };
        let mut input = std::mem::take(&mut st.pending);
        input.extend_from_slice(&rest);
        let (decoded, _) = st.codec.decode(vm, &input, true)?;
        let decoded = if st.readuniversal {
            st.nl.process(decoded, true, st.readtranslate)
        } else {
            decoded
        };
        text.push_str(&decoded);
        st.decoded.clear();
        st.dpos = 0;
        st.snapshot = None;
        return Ok(text);
    };
    let mut out = String::new();
    let mut count = 0;
    loop {
        let rest = st.unread();
        let cut = char_boundary(rest, n - count);
        count += rest[..cut].chars().count();
        out.push_str(&rest[..cut]);
        st.dpos += cut;
        if count >= n || !read_chunk(vm, st, st.chunk)? {
            return Ok(out);
        }
    }
}

/// `write(text)`: encoded into the pending text, passed on as CPython does.
pub(crate) fn write(vm: &mut Vm, st: &mut TextIo, text: &str) -> PyResult<()> {
    check_open(vm, st)?;
    if !st.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let translated;
    let mut text = text;
    if let Some(nl) = &st.writenl {
        if text.contains('\n') {
            translated = text.replace('\n', nl);
            text = &translated;
        }
    }
    let needflush = st.line_buffering && text.contains(['\n', '\r']);
    let data = st.codec.encode(vm, text)?;
    if !st.decoded.is_empty() || st.snapshot.is_some() {
        st.reset_decoder();
    }
    if st.outgoing.len() + data.len() > st.chunk {
        write_pending(vm, st)?;
    }
    st.outgoing.extend_from_slice(&data);
    if st.outgoing.len() >= st.chunk || needflush || st.write_through {
        write_pending(vm, st)?;
    }
    if needflush {
        match &st.fast {
            Some(b) => {
                let b = b.clone();
                let mut b = borrow(vm, &b, "buffered writer")?;
                buffered::flush(vm, &mut b)?;
            }
            None => {
                call_method(vm, &st.buffer, "flush", &[])?;
            }
        }
    }
    Ok(())
}

/// Passes the pending text to the buffer.
pub(crate) fn write_pending(vm: &mut Vm, st: &mut TextIo) -> PyResult<()> {
    if st.outgoing.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.outgoing);
    match &st.fast {
        Some(b) => {
            let b = b.clone();
            let mut b = borrow(vm, &b, "buffered writer")?;
            buffered::write(vm, &mut b, &data)
        }
        None => call_method(vm, &st.buffer, "write", &[new_bytes(data)]).map(|_| ()),
    }
}

/// Flushes the pending text of a text file still open (at interpreter exit).
pub(crate) fn flush_pending_state(vm: &mut Vm, cell: &Rc<RefCell<TextIo>>) -> PyResult<()> {
    let mut st = borrow(vm, cell, "TextIOWrapper")?;
    if st.detached {
        return Ok(());
    }
    write_pending(vm, &mut st)
}

fn flush_buffer(vm: &mut Vm, st: &mut TextIo) -> PyResult<()> {
    check_open(vm, st)?;
    st.telling = st.seekable;
    write_pending(vm, st)?;
    match &st.fast {
        Some(b) => {
            let b = b.clone();
            let mut b = borrow(vm, &b, "buffered writer")?;
            buffered::flush(vm, &mut b)
        }
        None => call_method(vm, &st.buffer, "flush", &[]).map(|_| ()),
    }
}

fn buffer_tell(vm: &mut Vm, st: &TextIo) -> PyResult<i64> {
    match &st.fast {
        Some(b) => {
            let b = b.clone();
            let mut b = borrow(vm, &b, "buffered stream")?;
            buffered::tell(vm, &mut b)
        }
        None => {
            let v = call_method(vm, &st.buffer, "tell", &[])?;
            vm.int_arg(&v, "")
        }
    }
}

fn tell(vm: &mut Vm, st: &mut TextIo) -> PyResult<i64> {
    check_open(vm, st)?;
    if !st.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    if !st.telling {
        return Err(vm.new_error(ExcKind::OSError, "telling position disabled by next() call"));
    }
    flush_buffer(vm, st)?;
    let pos = buffer_tell(vm, st)?;
    let Some((bytes, carried)) = st.snapshot.clone() else {
        return Ok(pos);
    };
    let chunk_len = bytes.len() - carried;
    let start = pos - chunk_len as i64 - carried as i64;
    let consumed = st.decoded[..st.dpos].chars().count();
    if consumed == 0 {
        return Ok(start);
    }
    // The shortest prefix of the bytes that decodes to the characters already returned. As
    // CPython's tell(), the decoding starts afresh: the newlines seen are then only those of
    // that prefix.
    let decode_prefix = |vm: &mut Vm, p: usize| -> PyResult<(usize, u8)> {
        let mut nl = NewlineState::default();
        let mut codec = st.codec.clone();
        if start == 0 {
            codec.decode_as = None;
        }
        let (text, _) = codec.decode(vm, &bytes[..p], false)?;
        let text = if st.readuniversal {
            nl.process(text, false, st.readtranslate)
        } else {
            text
        };
        Ok((text.chars().count(), nl.seen))
    };
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if decode_prefix(vm, mid)?.0 >= consumed {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    st.nl.seen = decode_prefix(vm, lo)?.1;
    Ok(start + lo as i64)
}

/// `seek(cookie, whence)`: as CPython, the cookie is compared with 0 and converted with
/// `int()`, and whence 0 returns the cookie object itself.
fn seek(vm: &mut Vm, st: &mut TextIo, cookie: &Value, whence: i64) -> PyResult<Value> {
    check_open(vm, st)?;
    if !st.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let zero = Value::Int(0);
    match whence {
        0 => {}
        1 | 2 => {
            if !vm.compare_bool(cookie, &zero, crate::bytecode::CmpOp::Eq)? {
                let what = if whence == 1 { "cur" } else { "end" };
                return Err(unsupported(
                    vm,
                    &format!("can't do nonzero {what}-relative seeks"),
                ));
            }
            if whence == 1 {
                let here = tell(vm, st)?;
                return seek(vm, st, &Value::Int(here), 0);
            }
            flush_buffer(vm, st)?;
            st.reset_decoder();
            return buffer_seek(vm, st, 0, 2).map(Value::Int);
        }
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    if vm.compare_bool(cookie, &zero, crate::bytecode::CmpOp::Lt)? {
        let shown = vm.repr(cookie)?;
        return Err(vm.value_error(format!("negative seek position {shown}")));
    }
    let target = match cookie {
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        other => vm.int_arg(other, "")?,
    };
    flush_buffer(vm, st)?;
    st.reset_decoder();
    buffer_seek(vm, st, target, 0)?;
    // Back at the start, a BOM is read and written again.
    st.codec.bom_written = target != 0;
    if target == 0 {
        st.codec.decode_as = None;
    }
    Ok(cookie.clone())
}

fn buffer_seek(vm: &mut Vm, st: &TextIo, pos: i64, whence: i64) -> PyResult<i64> {
    match &st.fast {
        Some(b) => {
            let b = b.clone();
            let mut b = borrow(vm, &b, "buffered stream")?;
            buffered::seek(vm, &mut b, pos, whence)
        }
        None => {
            let v = call_method(
                vm,
                &st.buffer,
                "seek",
                &[Value::Int(pos), Value::Int(whence)],
            )?;
            vm.int_arg(&v, "")
        }
    }
}

// ----- Python methods -----

/// Runs `f` on the borrowed state of `self`.
fn with<T>(
    vm: &mut Vm,
    args: &Args<'_>,
    method: &str,
    f: impl FnOnce(&mut Vm, &mut TextIo) -> PyResult<T>,
) -> PyResult<T> {
    let cell = get(vm, args, method)?;
    let mut st = borrow(vm, &cell, "TextIOWrapper")?;
    f(vm, &mut st)
}

/// `write` on a text wrapper from Rust (print's fast path).
pub(crate) fn write_str(vm: &mut Vm, inst: &PyInstance, text: &str) -> PyResult<()> {
    let cell = super::state::<TextIo>(vm, inst)?;
    let mut st = borrow(vm, &cell, "TextIOWrapper")?;
    write(vm, &mut st, text)
}

/// `readline` on a text wrapper from Rust (input's fast path).
pub(crate) fn readline_str(vm: &mut Vm, inst: &PyInstance) -> PyResult<String> {
    let cell = super::state::<TextIo>(vm, inst)?;
    let mut st = borrow(vm, &cell, "TextIOWrapper")?;
    readline(vm, &mut st, None)
}

/// `flush` on a text wrapper from Rust.
pub(crate) fn flush_str(vm: &mut Vm, inst: &PyInstance) -> PyResult<()> {
    let cell = super::state::<TextIo>(vm, inst)?;
    let mut st = borrow(vm, &cell, "TextIOWrapper")?;
    flush_buffer(vm, &mut st)
}

fn m_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("read", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with(vm, &args, "read", |vm, st| read(vm, st, n)).map(Value::string)
}

fn m_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("readline", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with(vm, &args, "readline", |vm, st| readline(vm, st, n)).map(Value::string)
}

fn m_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__next__")?.clone();
    match next_line(vm, &inst)? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `__next__` of a text file: the next line, `None` at the end (the `for` loop's fast path).
pub(crate) fn next_line(vm: &mut Vm, inst: &PyInstance) -> PyResult<Option<Value>> {
    let cell = super::state::<TextIo>(vm, inst)?;
    let mut st = borrow(vm, &cell, "TextIOWrapper")?;
    st.telling = false;
    let line = readline(vm, &mut st, None)?;
    if line.is_empty() {
        st.snapshot = None;
        st.telling = st.seekable;
        return Ok(None);
    }
    Ok(Some(Value::string(line)))
}

fn m_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let text = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    with(vm, &args, "write", |vm, st| write(vm, st, text.as_str()))?;
    Ok(Value::from(text.char_len()))
}

fn m_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "flush", flush_buffer)?;
    Ok(Value::None)
}

fn m_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "tell", tell).map(Value::Int)
}

fn m_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("seek", args.pos.len().saturating_sub(1), 1, 2)?;
    let cookie = args.pos[1].clone();
    let whence = match args.pos.get(2) {
        Some(w) => vm.int_arg(w, "")?,
        None => 0,
    };
    with(vm, &args, "seek", |vm, st| seek(vm, st, &cookie, whence))
}

fn m_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("truncate", args.pos.len().saturating_sub(1), 0, 1)?;
    let buffer = with(vm, &args, "truncate", |vm, st| {
        flush_buffer(vm, st)?;
        Ok(st.buffer.clone())
    })?;
    let pos = args.pos.get(1).cloned().unwrap_or_default();
    call_method(vm, &buffer, "truncate", &[pos])
}

fn m_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (closed, buffer) = with(vm, &args, "close", |vm, st| {
        check_attached(vm, st)?;
        Ok((buffer_closed(vm, st)?, st.buffer.clone()))
    })?;
    if closed {
        return Ok(Value::None);
    }
    let flushed = call_method(vm, &args.pos[0], "flush", &[]);
    let result = call_method(vm, &buffer, "close", &[]);
    flushed?;
    result.map(|_| Value::None)
}

fn m_detach(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "detach", |vm, st| {
        check_attached(vm, st)?;
        flush_buffer(vm, st)?;
        st.detached = true;
        st.fast = None;
        Ok(std::mem::replace(&mut st.buffer, Value::None))
    })
}

fn forward(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let buffer = with(vm, args, name, |vm, st| {
        check_attached(vm, st)?;
        Ok(st.buffer.clone())
    })?;
    call_method(vm, &buffer, name, &[])
}

fn m_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "fileno")
}

fn m_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "isatty")
}

fn m_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "readable")
}

fn m_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "writable")
}

fn m_seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    forward(vm, &args, "seekable")
}

fn p_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let buffer = with(vm, &args, "closed", |vm, st| {
        check_attached(vm, st)?;
        Ok(st.buffer.clone())
    })?;
    get_attr(vm, &buffer, "closed")
}

fn p_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let buffer = with(vm, &args, "name", |vm, st| {
        check_attached(vm, st)?;
        Ok(st.buffer.clone())
    })?;
    get_attr(vm, &buffer, "name")
}

fn p_buffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "buffer", |_, st| Ok(st.buffer.clone()))
}

fn p_encoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "encoding", |_, st| Ok(st.encoding.clone()))
}

fn p_errors(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "errors", |_, st| {
        Ok(Value::str(&st.codec.errors))
    })
}

fn p_newlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "newlines", |_, st| {
        Ok(if st.readuniversal {
            st.nl.newlines()
        } else {
            Value::None
        })
    })
}

fn p_line_buffering(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "line_buffering", |_, st| {
        Ok(Value::Bool(st.line_buffering))
    })
}

fn p_write_through(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with(vm, &args, "write_through", |_, st| {
        Ok(Value::Bool(st.write_through))
    })
}

fn p_chunk_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = get(vm, &args, "_CHUNK_SIZE")?;
    let chunk = st.borrow().chunk;
    Ok(Value::from(chunk))
}

/// `_CHUNK_SIZE = n`: a positive int.
fn set_chunk_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let st = get(vm, &args, "_CHUNK_SIZE")?;
    let value = args.pos.get(1).cloned().unwrap_or_default();
    let n = vm.int_arg(&value, "")?;
    match usize::try_from(n) {
        Ok(n) if n > 0 => st.borrow_mut().chunk = n,
        _ => return Err(vm.value_error("a strictly positive integer is required")),
    }
    Ok(Value::None)
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`.
fn m_reconfigure(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let rest = Args {
        pos: &[],
        kw: args.kw,
    };
    let [encoding, errors, newline, line_buffering, write_through] = vm.bind_args(
        "reconfigure",
        &rest,
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
    )?;
    let f = "reconfigure";
    let encoding = str_or_none(vm, encoding, f, "encoding")?;
    let errors = str_or_none(vm, errors, f, "errors")?;
    let newline_given = args.kw.iter().any(|(k, _)| k.as_str() == "newline");
    let newline = newline_arg(vm, newline, f)?;
    let line_buffering = match line_buffering {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(&v)?),
    };
    let write_through = match write_through {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(&v)?),
    };
    let codec_name = match &encoding {
        Some(e) => Some(canonical_encoding(vm, e.as_str())?),
        None => None,
    };
    let changes_decoding = encoding.is_some() || newline_given;
    with(vm, &args, "reconfigure", |vm, st| {
        if changes_decoding && (!st.decoded.is_empty() || st.snapshot.is_some()) {
            return Err(unsupported(
                vm,
                "It is not possible to set the encoding or newline of stream after the first read",
            ));
        }
        flush_buffer(vm, st)?;
        if let (Some(e), Some(name)) = (encoding, codec_name) {
            st.encoding = Value::Str(e);
            st.codec.name = name;
            st.codec.decode_as = None;
            if errors.is_none() {
                st.codec.errors = "strict".to_string();
            }
        }
        if let Some(e) = errors {
            st.codec.errors = e.as_str().to_string();
        }
        if newline_given {
            st.readuniversal = newline.as_deref().is_none_or(str::is_empty);
            st.readtranslate = newline.is_none();
            st.writenl = match newline.as_deref() {
                Some("\r") | Some("\r\n") => newline.clone(),
                _ => None,
            };
            st.newline = newline;
        }
        if let Some(l) = line_buffering {
            st.line_buffering = l;
        }
        if let Some(w) = write_through {
            st.write_through = w;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

fn m_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__repr__")?.clone();
    let cls = super::class_display(&inst);
    let mut text = format!("<{cls}");
    let name = vm.getattr_opt(&args.pos[0], &Rc::new(PyStr::new("name")));
    match name {
        Ok(Some(name)) => text.push_str(&format!(" name={}", vm.repr(&name)?)),
        Ok(None) => {}
        Err(e)
            if vm.err_matches(&e, ExcKind::ValueError)
                || vm.err_matches(&e, ExcKind::AttributeError) => {}
        Err(e) => return Err(e),
    }
    if let Some(mode) = inst.dict.get_str("mode") {
        text.push_str(&format!(" mode={}", vm.repr(&mode)?));
    }
    let encoding = with(vm, &args, "__repr__", |_, st| Ok(st.encoding.clone()))?;
    text.push_str(&format!(" encoding={}>", vm.repr(&encoding)?));
    Ok(Value::string(text))
}

pub(super) const METHODS: &[Method] = &[
    Method::Fn("__init__", init),
    Method::Fn("read", m_read),
    Method::Fn("readline", m_readline),
    Method::Fn("__next__", m_next),
    Method::Fn("write", m_write),
    Method::Fn("flush", m_flush),
    Method::Fn("tell", m_tell),
    Method::Fn("seek", m_seek),
    Method::Fn("truncate", m_truncate),
    Method::Fn("close", m_close),
    Method::Fn("detach", m_detach),
    Method::Fn("fileno", m_fileno),
    Method::Fn("isatty", m_isatty),
    Method::Fn("__getstate__", super::no_pickle),
    Method::Fn("readable", m_readable),
    Method::Fn("writable", m_writable),
    Method::Fn("seekable", m_seekable),
    Method::Fn("reconfigure", m_reconfigure),
    Method::Get("closed", p_closed),
    Method::Get("name", p_name),
    Method::Member("buffer", p_buffer),
    Method::Member("encoding", p_encoding),
    Method::Member("errors", p_errors),
    Method::Get("newlines", p_newlines),
    Method::Member("line_buffering", p_line_buffering),
    Method::Member("write_through", p_write_through),
    Method::GetSet("_CHUNK_SIZE", p_chunk_size, set_chunk_size),
    Method::Fn("__repr__", m_repr),
];

// ----- IncrementalNewlineDecoder -----

/// The state of an `IncrementalNewlineDecoder`.
struct NewlineDecoder {
    decoder: Value,
    translate: bool,
    nl: NewlineState,
}

fn dec_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [decoder, translate, _errors] = vm.bind_args(
        "IncrementalNewlineDecoder",
        &rest,
        &["decoder", "translate", "errors"],
        2,
    )?;
    let translate = match translate {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let st = NewlineDecoder {
        decoder: decoder.unwrap_or_default(),
        translate,
        nl: NewlineState::default(),
    };
    inst.set_native(Rc::new(RefCell::new(st)));
    Ok(Value::None)
}

fn dec_get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<NewlineDecoder>>> {
    let inst = this(vm, args, method)?;
    super::state::<NewlineDecoder>(vm, inst)
}

fn dec_decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = dec_get(vm, &args, "decode")?;
    let rest = args.after_self();
    let [input, final_] = vm.bind_args("decode", &rest, &["input", "final"], 1)?;
    let input = input.unwrap_or_default();
    let final_ = match &final_ {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let decoder = cell.borrow().decoder.clone();
    let text = if decoder.is_none() {
        input
    } else {
        let kw = [(Rc::new(PyStr::new("final")), Value::Bool(final_))];
        let decode = get_attr(vm, &decoder, "decode")?;
        vm.call_value(&decode, &[input], &kw)?
    };
    let Value::Str(s) = &text else {
        return Err(vm.type_error(format!(
            "decoder should return a string result, not '{}'",
            vm.type_name(&text)
        )));
    };
    let mut st = borrow(vm, &cell, "IncrementalNewlineDecoder")?;
    let translate = st.translate;
    Ok(Value::string(st.nl.process(
        s.as_str().to_string(),
        final_,
        translate,
    )))
}

fn dec_reset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = dec_get(vm, &args, "reset")?;
    let decoder = {
        let mut st = borrow(vm, &cell, "IncrementalNewlineDecoder")?;
        st.nl = NewlineState::default();
        st.decoder.clone()
    };
    if !decoder.is_none() {
        call_method(vm, &decoder, "reset", &[])?;
    }
    Ok(Value::None)
}

fn dec_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = dec_get(vm, &args, "getstate")?;
    let pendingcr = i64::from(cell.borrow().nl.pendingcr);
    Ok(Value::tuple(vec![
        new_bytes(Vec::new()),
        Value::Int(pendingcr),
    ]))
}

fn dec_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = dec_get(vm, &args, "setstate")?;
    vm.check_count("setstate", args.pos.len().saturating_sub(1), 1, 1)?;
    let items = vm.collect(&args.pos[1])?;
    let flag = match items.get(1) {
        Some(v) => vm.int_arg(v, "")?,
        None => 0,
    };
    cell.borrow_mut().nl.pendingcr = flag & 1 != 0;
    Ok(Value::None)
}

fn dec_newlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = dec_get(vm, &args, "newlines")?;
    let v = cell.borrow().nl.newlines();
    Ok(v)
}

pub(super) const DECODER_METHODS: &[Method] = &[
    Method::Fn("__init__", dec_init),
    Method::Fn("decode", dec_decode),
    Method::Fn("reset", dec_reset),
    Method::Fn("getstate", dec_getstate),
    Method::Fn("setstate", dec_setstate),
    Method::Get("newlines", dec_newlines),
];
