//! `BytesIO` and `StringIO`: streams over memory, with CPython's positioning rules (writing
//! past the end pads with zeros, `truncate` keeps the position).

use std::cell::RefCell;
use std::rc::Rc;

use super::{borrow, this, Method};
use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::bytes::new_bytes;
use crate::object::types::Args;
use crate::object::Value;

/// The state of a `BytesIO`.
struct BytesIo {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
    /// The bytearray `getbuffer()` views: while a view of it lives, it holds the data (the
    /// view writes through) and the stream cannot change size.
    view: Option<Rc<crate::object::types::bytearray::PyByteArray>>,
}

impl BytesIo {
    /// Takes the data back from the exported bytearray, and forgets it once no view of it
    /// remains.
    fn settle(&mut self) {
        if let Some(ba) = &self.view {
            self.buf = ba.data.borrow().clone();
            if ba.exports.get() == 0 {
                self.view = None;
            }
        }
    }

    /// CPython's refusal to resize (write, truncate, close) while a view lives.
    fn check_unexported(&self, vm: &mut Vm) -> PyResult<()> {
        match &self.view {
            Some(ba) if ba.exports.get() > 0 => Err(vm.new_error(
                ExcKind::BufferError,
                "Existing exports of data: object cannot be re-sized",
            )),
            _ => Ok(()),
        }
    }
}

fn bytes_get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<BytesIo>>> {
    let inst = this(vm, args, method)?;
    super::state::<BytesIo>(vm, inst)
}

/// Runs `f` on the open `BytesIO` behind `self`.
fn with_bytes<T>(
    vm: &mut Vm,
    args: &Args<'_>,
    method: &str,
    f: impl FnOnce(&mut Vm, &mut BytesIo) -> PyResult<T>,
) -> PyResult<T> {
    let cell = bytes_get(vm, args, method)?;
    let mut st = borrow(vm, &cell, "BytesIO")?;
    if st.closed {
        return Err(super::closed_error(vm));
    }
    st.settle();
    f(vm, &mut st)
}

fn b_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [initial] = vm.bind_args("BytesIO", &rest, &["initial_bytes"], 0)?;
    let buf = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(v) => super::bytes_like(vm, &v)?,
    };
    let st = BytesIo {
        buf,
        pos: 0,
        closed: false,
        view: None,
    };
    inst.set_native(Rc::new(RefCell::new(st)));
    Ok(Value::None)
}

fn b_take(st: &mut BytesIo, n: Option<usize>) -> Vec<u8> {
    let start = st.pos.min(st.buf.len());
    let end = match n {
        None => st.buf.len(),
        Some(n) => start.saturating_add(n).min(st.buf.len()),
    };
    st.pos = end.max(st.pos);
    st.buf[start..end].to_vec()
}

fn b_getvalue(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytes(vm, &args, "getvalue", |_, st| Ok(new_bytes(st.buf.clone())))
}

fn b_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("read", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with_bytes(vm, &args, "read", |_, st| Ok(new_bytes(b_take(st, n))))
}

fn b_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("readline", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with_bytes(vm, &args, "readline", |_, st| Ok(new_bytes(b_line(st, n))))
}

fn b_line(st: &mut BytesIo, limit: Option<usize>) -> Vec<u8> {
    let start = st.pos.min(st.buf.len());
    let rest = &st.buf[start..];
    let mut n = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if let Some(l) = limit {
        n = n.min(l);
    }
    b_take(st, Some(n))
}

fn b_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = with_bytes(vm, &args, "__next__", |_, st| Ok(b_line(st, None)))?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(new_bytes(line))
}

fn b_readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("readinto", args.pos.len().saturating_sub(1), 1, 1)?;
    let target = args.pos[1].clone();
    let room = crate::object::types::bytearray::writable_len(vm, &target)?;
    let data = with_bytes(vm, &args, "readinto", |_, st| Ok(b_take(st, Some(room))))?;
    crate::object::types::bytearray::write_into(vm, &target, &data)?;
    Ok(Value::from(data.len()))
}

fn b_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let cell = bytes_get(vm, &args, "write")?;
    if cell.borrow().closed {
        return Err(super::closed_error(vm));
    }
    let data = super::bytes_like(vm, &args.pos[1])?;
    let mut st = borrow(vm, &cell, "BytesIO")?;
    st.settle();
    st.check_unexported(vm)?;
    let pos = st.pos;
    if pos > st.buf.len() {
        st.buf.resize(pos, 0);
    }
    let end = pos + data.len();
    if end > st.buf.len() {
        st.buf.resize(end, 0);
    }
    st.buf[pos..end].copy_from_slice(&data);
    st.pos = end;
    Ok(Value::from(data.len()))
}

fn b_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("seek", args.pos.len().saturating_sub(1), 1, 2)?;
    let pos = vm.int_arg(&args.pos[1], "")?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.int_arg(w, "")?,
        None => 0,
    };
    with_bytes(vm, &args, "seek", |vm, st| {
        let base = match whence {
            0 => {
                if pos < 0 {
                    return Err(vm.value_error(format!("negative seek value {pos}")));
                }
                0
            }
            1 => st.pos as i64,
            2 => st.buf.len() as i64,
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        st.pos = usize::try_from(base.saturating_add(pos).max(0)).unwrap_or(usize::MAX);
        Ok(Value::from(st.pos))
    })
}

fn b_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytes(vm, &args, "tell", |_, st| Ok(Value::from(st.pos)))
}

fn b_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("truncate", args.pos.len().saturating_sub(1), 0, 1)?;
    let size = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.int_arg(v, "")?),
    };
    with_bytes(vm, &args, "truncate", |vm, st| {
        st.check_unexported(vm)?;
        let size = match size {
            None => st.pos,
            Some(n) if n < 0 => return Err(vm.value_error(format!("negative size value {n}"))),
            Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
        };
        if size < st.buf.len() {
            st.buf.truncate(size);
        }
        Ok(Value::from(size))
    })
}

fn b_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytes_get(vm, &args, "close")?;
    let mut st = borrow(vm, &cell, "BytesIO")?;
    st.settle();
    st.check_unexported(vm)?;
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::None)
}

fn b_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = bytes_get(vm, &args, "closed")?;
    let closed = cell.borrow().closed;
    Ok(Value::Bool(closed))
}

fn b_true(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytes(vm, &args, "readable", |_, _| Ok(Value::Bool(true)))
}

fn b_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytes(vm, &args, "flush", |_, _| Ok(Value::None))
}

fn b_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_bytes(vm, &args, "isatty", |_, _| Ok(Value::Bool(false)))
}

/// The instance `__dict__` for `__getstate__`: a copy, or None when empty.
fn state_dict(args: &Args<'_>) -> Value {
    match args.pos.first() {
        Some(Value::Instance(inst)) if !inst.dict.is_empty() => {
            crate::object::types::dict::dict_copy_value(&inst.dict)
        }
        _ => Value::None,
    }
}

/// `__getstate__()`: (value, position, dict).
fn b_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (value, pos) = with_bytes(vm, &args, "__getstate__", |_, st| {
        Ok((new_bytes(st.buf.clone()), Value::from(st.pos)))
    })?;
    Ok(Value::tuple(vec![value, pos, state_dict(&args)]))
}

/// `__setstate__((value, position, dict))`: what `copy` and `pickle` restore.
fn b_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = setstate_items(vm, &args, 3, "_io.BytesIO")?;
    let this = args.pos[0].clone();
    b_init(
        vm,
        Args {
            pos: &[this, items[0].clone()],
            kw: &[],
        },
    )?;
    let pos = state_position(vm, &items[1])?;
    with_bytes(vm, &args, "__setstate__", |_, st| {
        st.pos = pos;
        Ok(())
    })?;
    restore_dict(vm, &args, &items[2])?;
    Ok(Value::None)
}

/// The items of a `__setstate__` tuple of `n` items.
fn setstate_items(vm: &mut Vm, args: &Args<'_>, n: usize, class: &str) -> PyResult<Vec<Value>> {
    match args.pos.get(1) {
        Some(Value::Tuple(t)) if t.items.len() == n => Ok(t.items.to_vec()),
        Some(other) => Err(vm.type_error(format!(
            "{class}.__setstate__ argument should be {n}-tuple, got {}",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("__setstate__() takes exactly one argument (0 given)")),
    }
}

fn state_position(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let pos = vm.int_arg(v, "")?;
    if pos < 0 {
        return Err(vm.value_error("position value cannot be negative"));
    }
    Ok(pos as usize)
}

/// The instance dict of a `__setstate__` tuple (None or a dict) goes into `__dict__`.
fn restore_dict(vm: &mut Vm, args: &Args<'_>, d: &Value) -> PyResult<()> {
    if let (Some(Value::Instance(inst)), Value::Dict(d)) = (args.pos.first(), d) {
        for (k, v) in d.items() {
            vm.dict_set(&inst.dict, k, v)?;
        }
    }
    Ok(())
}

/// `getbuffer()`: a writable memoryview of the stream's bytes.
fn b_getbuffer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("getbuffer", args.pos.len().saturating_sub(1), 0, 0)?;
    let shared = with_bytes(vm, &args, "getbuffer", |_, st| {
        let ba = match &st.view {
            Some(ba) => ba.clone(),
            None => {
                let ba = Rc::new(crate::object::types::bytearray::PyByteArray {
                    data: RefCell::new(st.buf.clone()),
                    exports: std::cell::Cell::new(0),
                });
                st.view = Some(ba.clone());
                ba
            }
        };
        Ok(Value::ByteArray(ba))
    })?;
    let pos = [shared];
    crate::object::types::memoryview::construct(vm, Args { pos: &pos, kw: &[] })
}

/// `__iter__`: the object itself, even when closed (as CPython's BytesIO).
fn b_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytes_get(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

pub(super) const BYTES_METHODS: &[Method] = &[
    Method::Fn("__init__", b_init),
    Method::Fn("__iter__", b_iter),
    Method::Fn("__getstate__", b_getstate),
    Method::Fn("__setstate__", b_setstate),
    Method::Fn("getvalue", b_getvalue),
    Method::Fn("getbuffer", b_getbuffer),
    Method::Fn("read", b_read),
    Method::Fn("read1", b_read),
    Method::Fn("readline", b_readline),
    Method::Fn("__next__", b_next),
    Method::Fn("readinto", b_readinto),
    Method::Fn("readinto1", b_readinto),
    Method::Fn("write", b_write),
    Method::Fn("seek", b_seek),
    Method::Fn("tell", b_tell),
    Method::Fn("truncate", b_truncate),
    Method::Fn("close", b_close),
    Method::Get("closed", b_closed),
    Method::Fn("readable", b_true),
    Method::Fn("writable", b_true),
    Method::Fn("seekable", b_true),
    Method::Fn("flush", b_flush),
    Method::Fn("isatty", b_isatty),
];

/// A `StringIO`'s text, indexed by character: one byte per character while every one is
/// below U+0100 (as CPython's compact strings store them), a `char` each once one is not.
enum Chars {
    Narrow(Vec<u8>),
    Wide(Vec<char>),
}

impl Chars {
    fn of(text: &str) -> Chars {
        let mut c = Chars::Narrow(Vec::new());
        c.write_at(0, text);
        c
    }

    fn len(&self) -> usize {
        match self {
            Chars::Narrow(b) => b.len(),
            Chars::Wide(c) => c.len(),
        }
    }

    fn truncate(&mut self, n: usize) {
        match self {
            Chars::Narrow(b) => b.truncate(n),
            Chars::Wide(c) => c.truncate(n),
        }
    }

    /// Writes `text` from character `at` on, over what is there and past the end; a gap
    /// before `at` is filled with NULs.
    fn write_at(&mut self, at: usize, text: &str) {
        if let Chars::Narrow(b) = self {
            if text.chars().any(|c| c as u32 > 0xFF) {
                let wide = b.iter().map(|&x| char::from(x)).collect();
                *self = Chars::Wide(wide);
            }
        }
        match self {
            Chars::Narrow(b) => {
                if at > b.len() {
                    b.resize(at, 0);
                }
                if at == b.len() && text.is_ascii() {
                    b.extend_from_slice(text.as_bytes());
                    return;
                }
                for (i, c) in (at..).zip(text.chars()) {
                    // (below U+0100: checked above)
                    let x = c as u32 as u8;
                    match b.get_mut(i) {
                        Some(slot) => *slot = x,
                        None => b.push(x),
                    }
                }
            }
            Chars::Wide(w) => {
                if at > w.len() {
                    w.resize(at, '\0');
                }
                for (i, c) in (at..).zip(text.chars()) {
                    match w.get_mut(i) {
                        Some(slot) => *slot = c,
                        None => w.push(c),
                    }
                }
            }
        }
    }

    /// The characters from `start` to `end` (clamped to the text) as a string.
    fn text(&self, start: usize, end: usize) -> String {
        let end = end.min(self.len());
        let start = start.min(end);
        match self {
            Chars::Narrow(b) => {
                let part = &b[start..end];
                match std::str::from_utf8(part) {
                    Ok(ascii) if part.is_ascii() => ascii.to_string(),
                    _ => part.iter().map(|&x| char::from(x)).collect(),
                }
            }
            Chars::Wide(w) => w[start..end].iter().collect(),
        }
    }

    /// How many characters from `start` end the line there (its newline included), if one
    /// does.
    fn line_len(&self, start: usize, newline: Option<&str>) -> Option<usize> {
        let start = start.min(self.len());
        match self {
            Chars::Narrow(b) => line_len_in(&b[start..], newline),
            Chars::Wide(w) => line_len_in(&w[start..], newline),
        }
    }
}

/// [`Chars::line_len`] over one of its representations.
fn line_len_in<T: Copy + Into<char>>(rest: &[T], newline: Option<&str>) -> Option<usize> {
    let at = |i: usize| rest.get(i).map(|&c| c.into());
    match newline {
        None | Some("\n") => rest.iter().position(|&c| c.into() == '\n').map(|i| i + 1),
        Some("") => rest
            .iter()
            .position(|&c| matches!(c.into(), '\r' | '\n'))
            .map(|i| {
                if at(i) == Some('\r') && at(i + 1) == Some('\n') {
                    i + 2
                } else {
                    i + 1
                }
            }),
        Some(nl) => {
            let nl: Vec<char> = nl.chars().collect();
            rest.windows(nl.len())
                .position(|w| w.iter().zip(&nl).all(|(&c, &n)| c.into() == n))
                .map(|i| i + nl.len())
        }
    }
}

/// The state of a `StringIO`: positions are character counts.
struct StringIo {
    buf: Chars,
    pos: usize,
    closed: bool,
    /// None: universal newlines (translated); "": universal, untranslated; else the newline.
    newline: Option<String>,
    seen: u8,
}

impl StringIo {
    /// What `write` stores for `text`: newlines translated as the `newline` argument says.
    fn translate(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' if self.newline.is_none() || self.newline.as_deref() == Some("") => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                        self.seen |= 4;
                        if self.newline.is_none() {
                            out.push('\n');
                        } else {
                            out.push_str("\r\n");
                        }
                    } else {
                        self.seen |= 1;
                        out.push(if self.newline.is_none() { '\n' } else { '\r' });
                    }
                }
                '\n' => {
                    self.seen |= 2;
                    match self.newline.as_deref() {
                        Some(nl @ ("\r" | "\r\n")) => out.push_str(nl),
                        _ => out.push('\n'),
                    }
                }
                c => out.push(c),
            }
        }
        out
    }

    fn write(&mut self, text: &str) {
        let stored = self.translate(text);
        self.buf.write_at(self.pos, &stored);
        self.pos += stored.chars().count();
    }

    /// The end (exclusive) of the line starting at `pos`.
    fn line_end(&self, limit: Option<usize>) -> usize {
        let start = self.pos.min(self.buf.len());
        let n = self.buf.line_len(start, self.newline.as_deref());
        let n = n.unwrap_or(self.buf.len() - start);
        start + limit.map_or(n, |l| n.min(l))
    }

    fn take_to(&mut self, end: usize) -> String {
        let start = self.pos.min(self.buf.len());
        let end = end.max(start);
        self.pos = end.max(self.pos);
        self.buf.text(start, end)
    }
}

fn string_get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<StringIo>>> {
    let inst = this(vm, args, method)?;
    super::state::<StringIo>(vm, inst)
}

fn with_string<T>(
    vm: &mut Vm,
    args: &Args<'_>,
    method: &str,
    f: impl FnOnce(&mut Vm, &mut StringIo) -> PyResult<T>,
) -> PyResult<T> {
    let cell = string_get(vm, args, method)?;
    let mut st = borrow(vm, &cell, "StringIO")?;
    if st.closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    f(vm, &mut st)
}

fn s_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [initial, newline] = vm.bind_args("StringIO", &rest, &["initial_value", "newline"], 0)?;
    let newline = match newline {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(Value::Str(s)) => match s.as_str() {
            "" | "\n" | "\r" | "\r\n" => Some(s.as_str().to_string()),
            other => {
                let shown = crate::object::types::str::repr_str(other);
                return Err(vm.value_error(format!("illegal newline value: {shown}")));
            }
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "newline must be str or None, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let initial = match initial {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s),
        Some(other) => {
            return Err(vm.type_error(format!(
                "initial_value must be str or None, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let mut st = StringIo {
        buf: Chars::Narrow(Vec::new()),
        pos: 0,
        closed: false,
        newline,
        seen: 0,
    };
    if let Some(text) = initial {
        st.write(text.as_str());
        st.pos = 0;
    }
    inst.set_native(Rc::new(RefCell::new(st)));
    Ok(Value::None)
}

fn s_getvalue(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_string(vm, &args, "getvalue", |_, st| {
        Ok(Value::string(st.buf.text(0, usize::MAX)))
    })
}

fn s_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("read", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = super::size_arg(vm, args.pos.get(1))?;
    with_string(vm, &args, "read", |_, st| {
        let end = match n {
            None => st.buf.len(),
            Some(n) => st.pos.saturating_add(n).min(st.buf.len()),
        };
        Ok(Value::string(st.take_to(end)))
    })
}

fn s_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("readline", args.pos.len().saturating_sub(1), 0, 1)?;
    let n = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => usize::try_from(vm.int_arg(v, "")?).ok(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "integer argument expected, got '{}'",
                vm.type_name(other)
            )))
        }
    };
    with_string(vm, &args, "readline", |_, st| {
        let end = st.line_end(n);
        Ok(Value::string(st.take_to(end)))
    })
}

fn s_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let line = with_string(vm, &args, "__next__", |_, st| {
        let end = st.line_end(None);
        Ok(st.take_to(end))
    })?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

/// `file.write(text)` on a `StringIO` (print's writes), without looking the method up.
pub(crate) fn write_string_io(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let pos = [file.clone(), Value::str(text)];
    s_write(vm, Args { pos: &pos, kw: &[] }).map(drop)
}

fn s_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("write", args.pos.len().saturating_sub(1), 1, 1)?;
    let text = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "string argument expected, got '{}'",
                vm.type_name(other)
            )))
        }
    };
    with_string(vm, &args, "write", |_, st| {
        st.write(text.as_str());
        Ok(Value::from(text.char_len()))
    })
}

fn s_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("seek", args.pos.len().saturating_sub(1), 1, 2)?;
    let pos = vm.int_arg(&args.pos[1], "")?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.int_arg(w, "")?,
        None => 0,
    };
    with_string(vm, &args, "seek", |vm, st| {
        match whence {
            0 => {
                if pos < 0 {
                    return Err(vm.value_error(format!("Negative seek position {pos}")));
                }
                st.pos = usize::try_from(pos).unwrap_or(usize::MAX);
            }
            1 => {
                if pos != 0 {
                    return Err(
                        vm.new_error(ExcKind::OSError, "Can't do nonzero cur-relative seeks")
                    );
                }
            }
            2 => {
                if pos != 0 {
                    return Err(
                        vm.new_error(ExcKind::OSError, "Can't do nonzero cur-relative seeks")
                    );
                }
                st.pos = st.buf.len();
            }
            _ => {
                return Err(
                    vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        }
        Ok(Value::from(st.pos))
    })
}

fn s_tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_string(vm, &args, "tell", |_, st| Ok(Value::from(st.pos)))
}

fn s_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("truncate", args.pos.len().saturating_sub(1), 0, 1)?;
    let size = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.int_arg(v, "")?),
    };
    with_string(vm, &args, "truncate", |vm, st| {
        let size = match size {
            None => st.pos,
            Some(n) if n < 0 => return Err(vm.value_error(format!("Negative size value {n}"))),
            Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
        };
        if size < st.buf.len() {
            st.buf.truncate(size);
        }
        Ok(Value::from(size))
    })
}

fn s_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = string_get(vm, &args, "close")?;
    let mut st = borrow(vm, &cell, "StringIO")?;
    st.closed = true;
    st.buf = Chars::Narrow(Vec::new());
    Ok(Value::None)
}

fn s_closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = string_get(vm, &args, "closed")?;
    let closed = cell.borrow().closed;
    Ok(Value::Bool(closed))
}

fn s_true(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_string(vm, &args, "readable", |_, _| Ok(Value::Bool(true)))
}

/// `isatty()`: the `_IOBase` method, whose closed-file message ends with a period.
fn s_false(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = string_get(vm, &args, "isatty")?;
    if cell.borrow().closed {
        return Err(super::closed_error(vm));
    }
    Ok(Value::Bool(false))
}

/// `flush()`: the `_IOBase` method, which does not see StringIO's own closed flag.
fn s_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    string_get(vm, &args, "flush")?;
    Ok(Value::None)
}

fn s_newlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_string(vm, &args, "newlines", |_, st| {
        if !matches!(st.newline.as_deref(), None | Some("")) {
            return Ok(Value::None);
        }
        let mut kinds = Vec::new();
        for (bit, nl) in [(1, "\r"), (2, "\n"), (4, "\r\n")] {
            if st.seen & bit != 0 {
                kinds.push(Value::str(nl));
            }
        }
        Ok(match kinds.len() {
            0 => Value::None,
            1 => kinds.pop().unwrap_or_default(),
            _ => Value::tuple(kinds),
        })
    })
}

/// `__getstate__()`: (value, newline, position, dict).
fn s_getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (value, newline, pos) = with_string(vm, &args, "__getstate__", |_, st| {
        let newline = st.newline.as_deref().map_or(Value::None, Value::str);
        Ok((
            Value::string(st.buf.text(0, usize::MAX)),
            newline,
            Value::from(st.pos),
        ))
    })?;
    Ok(Value::tuple(vec![value, newline, pos, state_dict(&args)]))
}

/// `__setstate__((value, newline, position, dict))`: the buffer is restored as it was, with
/// no newline translation.
fn s_setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = setstate_items(vm, &args, 4, "_io.StringIO")?;
    let this = args.pos[0].clone();
    // Universal newlines read the value again (which records the newlines seen); a fixed
    // newline was already translated into the buffer.
    let universal = matches!(&items[1], Value::None)
        || matches!(&items[1], Value::Str(s) if s.as_str().is_empty());
    let initial = if universal {
        items[0].clone()
    } else {
        Value::None
    };
    s_init(
        vm,
        Args {
            pos: &[this, initial, items[1].clone()],
            kw: &[],
        },
    )?;
    let text: Option<Chars> = match &items[0] {
        _ if universal => None,
        Value::Str(s) => Some(Chars::of(s.as_str())),
        other => {
            return Err(vm.type_error(format!(
                "initial_value must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let pos = state_position(vm, &items[2])?;
    with_string(vm, &args, "__setstate__", |_, st| {
        if let Some(text) = text {
            st.buf = text;
        }
        st.pos = pos;
        Ok(())
    })?;
    restore_dict(vm, &args, &items[3])?;
    Ok(Value::None)
}

fn s_line_buffering(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_string(vm, &args, "line_buffering", |_, _| Ok(Value::Bool(false)))
}

pub(super) const STRING_METHODS: &[Method] = &[
    Method::Fn("__init__", s_init),
    Method::Fn("getvalue", s_getvalue),
    Method::Fn("read", s_read),
    Method::Fn("readline", s_readline),
    Method::Fn("__next__", s_next),
    Method::Fn("write", s_write),
    Method::Fn("seek", s_seek),
    Method::Fn("tell", s_tell),
    Method::Fn("truncate", s_truncate),
    Method::Fn("close", s_close),
    Method::Get("closed", s_closed),
    Method::Fn("readable", s_true),
    Method::Fn("writable", s_true),
    Method::Fn("seekable", s_true),
    Method::Fn("isatty", s_false),
    Method::Fn("flush", s_flush),
    Method::Get("newlines", s_newlines),
    Method::Get("line_buffering", s_line_buffering),
    Method::Fn("__getstate__", s_getstate),
    Method::Fn("__setstate__", s_setstate),
];
