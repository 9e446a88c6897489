//! `FileIO`: the raw stream over one file descriptor, which it owns (closed on `close()` and
//! when the object is freed, unless `closefd=False`).

use std::cell::RefCell;
use std::rc::Rc;

use super::{borrow, state, this, unsupported, Method};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, PyInstance};
use crate::object::Value;
use pyrs_wasi_sys as sys;

/// The state of a `FileIO`.
pub(crate) struct FileIo {
    /// -1 once closed.
    pub fd: i64,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// Whether seeking works, found out on first use.
    pub seekable: Option<bool>,
}

impl Drop for FileIo {
    fn drop(&mut self) {
        if self.fd >= 0 && self.closefd {
            let _ = sys::close(self.fd as u32);
        }
    }
}

impl FileIo {
    fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }

    fn fd(&self) -> Option<u32> {
        u32::try_from(self.fd).ok()
    }
}

/// What a mode string asks of `FileIO`: (readable, writable, appending, created, open flags).
pub(crate) fn parse_raw_mode(
    vm: &mut Vm,
    mode: &str,
) -> PyResult<(bool, bool, bool, bool, sys::OpenOptions)> {
    let (mut r, mut w, mut a, mut x, mut plus) = (false, false, false, false, false);
    let mut rwax = 0;
    let bad = |vm: &mut Vm| {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                rwax += 1;
                if rwax > 1 {
                    return Err(bad(vm));
                }
                match c {
                    'r' => r = true,
                    'w' => w = true,
                    'a' => a = true,
                    _ => x = true,
                }
            }
            '+' => {
                if plus {
                    return Err(bad(vm));
                }
                plus = true;
            }
            'b' => {}
            _ => return Err(vm.value_error(format!("invalid mode: {mode}"))),
        }
    }
    if rwax == 0 {
        return Err(bad(vm));
    }
    let readable = r || plus;
    let writable = w || a || x || plus;
    let how = sys::OpenOptions {
        read: readable,
        write: writable,
        append: a,
        create: w || a || x,
        exclusive: x,
        truncate: w,
        ..sys::OpenOptions::default()
    };
    Ok((readable, writable, a, x, how))
}

/// A new `FileIO` state over an already open descriptor.
pub(crate) fn new_state(fd: i64, mode: &str, closefd: bool) -> FileIo {
    FileIo {
        fd,
        readable: mode.contains('r') || mode.contains('+'),
        writable: mode.contains(['w', 'a', 'x', '+']),
        appending: mode.contains('a'),
        created: mode.contains('x'),
        closefd,
        seekable: None,
    }
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__init__")?.clone();
    let rest = args.after_self();
    let [file, mode, closefd, opener] =
        vm.bind_args("FileIO", &rest, &["file", "mode", "closefd", "opener"], 1)?;
    let file = file.unwrap_or_default();
    let mode = match mode {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "FileIO() argument 'mode' must be str, not {}",
                vm.arg_type_name(&other)
            )))
        }
    };
    let closefd = match closefd {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let opener = opener.filter(|o| !o.is_none());
    open_into(vm, &inst, &file, &mode, closefd, opener.as_ref())?;
    Ok(Value::None)
}

/// Opens `file` and makes `inst` a `FileIO` over it (shared by `FileIO()` and `open()`).
pub(crate) fn open_into(
    vm: &mut Vm,
    inst: &Rc<PyInstance>,
    file: &Value,
    mode: &str,
    closefd: bool,
    opener: Option<&Value>,
) -> PyResult<()> {
    if let Value::Float(_) = file {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let (readable, writable, appending, created, how) = parse_raw_mode(vm, mode)?;
    let (fd, owned, name) = match file {
        Value::Int(_) | Value::Bool(_) => {
            let fd = vm.int_arg(file, "")?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            (fd, closefd, file.clone())
        }
        _ => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let name = vm.fspath(file)?;
            let path = vm.path_string(&name)?;
            let fd = match opener {
                Some(opener) => {
                    let flags = crate::io::open::os_flags(&how);
                    let fd = vm.call_value(opener, &[name.clone(), Value::Int(flags)], &[])?;
                    if !matches!(fd, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                        return Err(vm.type_error("expected integer from opener"));
                    }
                    let fd = vm.int_arg(&fd, "")?;
                    if fd < 0 {
                        return Err(vm.value_error(format!("opener returned {fd}")));
                    }
                    fd
                }
                None => match sys::open(&path, &how) {
                    Ok(fd) => i64::from(fd),
                    Err(e) => return Err(vm.os_error_path(e, &name)),
                },
            };
            (fd, true, name)
        }
    };
    let mut st = FileIo {
        fd,
        readable,
        writable,
        appending,
        created,
        closefd: owned,
        seekable: None,
    };
    let Some(raw_fd) = st.fd() else {
        return Err(vm.value_error("negative file descriptor"));
    };
    match sys::fstat(raw_fd) {
        Ok(info) if info.kind == sys::FileType::Directory => {
            let e = sys::OsError::new(sys::EISDIR);
            st.closefd = owned;
            drop(st);
            return Err(vm.os_error_path(e, &name));
        }
        Err(e) if e.errno == sys::EBADF => {
            st.closefd = false;
            return Err(vm.os_error(e));
        }
        _ => {}
    }
    if appending {
        let _ = sys::seek(raw_fd, 0, sys::Whence::End);
    }
    inst.set_native(Rc::new(RefCell::new(st)));
    vm.dict_set(&inst.dict, Value::str("name"), name)?;
    Ok(())
}

fn get(vm: &mut Vm, args: &Args<'_>, method: &str) -> PyResult<Rc<RefCell<FileIo>>> {
    let inst = this(vm, args, method)?;
    state::<FileIo>(vm, inst)
}

/// The open descriptor, or FileIO's closed-file ValueError.
fn open_fd(vm: &mut Vm, st: &FileIo) -> PyResult<u32> {
    st.fd()
        .ok_or_else(|| vm.value_error("I/O operation on closed file"))
}

/// Reads at most `n` bytes with one system call (`None` would block).
pub(crate) fn read_some(vm: &mut Vm, st: &FileIo, n: usize) -> PyResult<Option<Vec<u8>>> {
    let fd = open_fd(vm, st)?;
    if !st.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let mut buf = vec![0u8; n];
    match sys::read(fd, &mut buf) {
        Ok(got) => {
            buf.truncate(got);
            Ok(Some(buf))
        }
        Err(e) if e.errno == sys::EAGAIN => Ok(None),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// Reads to the end of the file.
pub(crate) fn read_all(vm: &mut Vm, st: &FileIo) -> PyResult<Vec<u8>> {
    let fd = open_fd(vm, st)?;
    if !st.readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let mut data = Vec::new();
    if let (Ok(info), Ok(pos)) = (sys::fstat(fd), sys::seek(fd, 0, sys::Whence::Current)) {
        if info.size > pos {
            data.reserve(usize::try_from(info.size - pos).unwrap_or(0));
        }
    }
    sys::read_to_end(fd, &mut data).map_err(|e| vm.os_error(e))?;
    Ok(data)
}

/// Writes with one system call; the count written (`None` would block).
pub(crate) fn write_some(vm: &mut Vm, st: &FileIo, data: &[u8]) -> PyResult<Option<usize>> {
    let fd = open_fd(vm, st)?;
    if !st.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    match sys::write(fd, data) {
        Ok(n) => Ok(Some(n)),
        Err(e) if e.errno == sys::EAGAIN => Ok(None),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// Writes all of `data` (used by the buffered layer over a `FileIO`).
pub(crate) fn write_all(vm: &mut Vm, st: &FileIo, data: &[u8]) -> PyResult<()> {
    let fd = open_fd(vm, st)?;
    if !st.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    sys::write_all(fd, data).map_err(|e| vm.os_error(e))
}

pub(crate) fn seek_fd(vm: &mut Vm, st: &FileIo, pos: i64, whence: i64) -> PyResult<u64> {
    let fd = open_fd(vm, st)?;
    let whence = match whence {
        0 => sys::Whence::Start,
        1 => sys::Whence::Current,
        2 => sys::Whence::End,
        _ => return Err(vm.os_error(sys::OsError::new(sys::EINVAL))),
    };
    sys::seek(fd, pos, whence).map_err(|e| vm.os_error(e))
}

/// Closes the descriptor (once); errors from the system are raised.
pub(crate) fn close_state(vm: &mut Vm, st: &mut FileIo) -> PyResult<()> {
    let fd = std::mem::replace(&mut st.fd, -1);
    if fd >= 0 && st.closefd {
        sys::close(fd as u32).map_err(|e| vm.os_error(e))?;
    }
    Ok(())
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "read")?;
    vm.check_count("read", args.pos.len() - 1, 0, 1)?;
    let size = super::size_arg(vm, args.pos.get(1))?;
    let st = borrow(vm, &cell, "FileIO")?;
    let data = match size {
        None => Some(read_all(vm, &st)?),
        Some(n) => read_some(vm, &st, n)?,
    };
    Ok(data.map_or(Value::None, crate::object::types::bytes::new_bytes))
}

fn readall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "readall")?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(crate::object::types::bytes::new_bytes(read_all(vm, &st)?))
}

fn readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "readinto")?;
    vm.check_count("readinto", args.pos.len() - 1, 1, 1)?;
    let target = args.pos[1].clone();
    let room =
        crate::object::types::bytearray::writable_len_for(vm, &target, "readinto() argument 1")?;
    let data = {
        let st = borrow(vm, &cell, "FileIO")?;
        read_some(vm, &st, room)?
    };
    match data {
        None => Ok(Value::None),
        Some(data) => {
            crate::object::types::bytearray::write_into(vm, &target, &data)?;
            Ok(Value::from(data.len()))
        }
    }
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "write")?;
    vm.check_count("write", args.pos.len() - 1, 1, 1)?;
    let data = super::bytes_like(vm, &args.pos[1])?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(write_some(vm, &st, &data)?.map_or(Value::None, Value::from))
}

fn seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "seek")?;
    vm.check_count("seek", args.pos.len() - 1, 1, 2)?;
    let pos = vm.int_arg(&args.pos[1], "")?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.int_arg(w, "")?,
        None => 0,
    };
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::from(seek_fd(vm, &st, pos, whence)?))
}

fn tell(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "tell")?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::from(seek_fd(vm, &st, 0, 1)?))
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "truncate")?;
    vm.check_count("truncate", args.pos.len() - 1, 0, 1)?;
    let st = borrow(vm, &cell, "FileIO")?;
    let fd = open_fd(vm, &st)?;
    if !st.writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match args.pos.get(1) {
        None | Some(Value::None) => seek_fd(vm, &st, 0, 1)?,
        Some(v) => {
            let n = vm.int_arg(v, "")?;
            u64::try_from(n).map_err(|_| vm.os_error(sys::OsError::new(sys::EINVAL)))?
        }
    };
    sys::set_len(fd, size).map_err(|e| vm.os_error(e))?;
    Ok(Value::from(size))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "close")?.clone();
    let cell = state::<FileIo>(vm, &inst)?;
    if cell.borrow().fd < 0 {
        return Ok(Value::None);
    }
    // _IOBase.close: flush (a subclass may buffer), then mark closed.
    let flushed = super::call_method(vm, &args.pos[0], "flush", &[]);
    let closed = {
        let mut st = borrow(vm, &cell, "FileIO")?;
        close_state(vm, &mut st)
    };
    vm.dict_set(&inst.dict, Value::str("__IOBase_closed"), Value::Bool(true))?;
    flushed?;
    closed.map(|()| Value::None)
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "flush")?;
    let st = borrow(vm, &cell, "FileIO")?;
    if st.fd < 0 {
        return Err(super::closed_error(vm));
    }
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "fileno")?;
    let st = borrow(vm, &cell, "FileIO")?;
    let fd = open_fd(vm, &st)?;
    Ok(Value::Int(i64::from(fd)))
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "isatty")?;
    let st = borrow(vm, &cell, "FileIO")?;
    let fd = open_fd(vm, &st)?;
    Ok(Value::Bool(sys::is_terminal(fd)))
}

fn readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "readable")?;
    let st = borrow(vm, &cell, "FileIO")?;
    open_fd(vm, &st)?;
    Ok(Value::Bool(st.readable))
}

fn writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "writable")?;
    let st = borrow(vm, &cell, "FileIO")?;
    open_fd(vm, &st)?;
    Ok(Value::Bool(st.writable))
}

pub(crate) fn is_seekable(vm: &mut Vm, st: &mut FileIo) -> PyResult<bool> {
    let fd = open_fd(vm, st)?;
    if let Some(s) = st.seekable {
        return Ok(s);
    }
    let s = sys::is_seekable(fd);
    st.seekable = Some(s);
    Ok(s)
}

fn seekable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "seekable")?;
    let mut st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::Bool(is_seekable(vm, &mut st)?))
}

fn closed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "closed")?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::Bool(st.fd < 0))
}

fn closefd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "closefd")?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::Bool(st.closefd))
}

fn mode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cell = get(vm, &args, "mode")?;
    let st = borrow(vm, &cell, "FileIO")?;
    Ok(Value::str(st.mode()))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let inst = this(vm, &args, "__repr__")?.clone();
    let cell = state::<FileIo>(vm, &inst)?;
    let (fd, mode, closefd) = {
        let st = borrow(vm, &cell, "FileIO")?;
        (st.fd, st.mode(), st.closefd)
    };
    let cls = format!("_io.{}", inst.class().name().as_str());
    if fd < 0 {
        return Ok(Value::string(format!("<{cls} [closed]>")));
    }
    let closefd = if closefd { "True" } else { "False" };
    let text = match super::dict_attr(&inst, "name") {
        Some(name) => {
            let name = vm.repr(&name)?;
            format!("<{cls} name={name} mode='{mode}' closefd={closefd}>")
        }
        None => format!("<{cls} fd={fd} mode='{mode}' closefd={closefd}>"),
    };
    Ok(Value::string(text))
}

pub(super) const METHODS: &[Method] = &[
    Method::Fn("__init__", init),
    Method::Fn("read", read),
    Method::Fn("readall", readall),
    Method::Fn("readinto", readinto),
    Method::Fn("write", write),
    Method::Fn("seek", seek),
    Method::Fn("tell", tell),
    Method::Fn("truncate", truncate),
    Method::Fn("close", close),
    Method::Fn("flush", flush),
    Method::Fn("fileno", fileno),
    Method::Fn("isatty", isatty),
    Method::Fn("__getstate__", super::no_pickle),
    Method::Fn("readable", readable),
    Method::Fn("writable", writable),
    Method::Fn("seekable", seekable),
    Method::Get("closed", closed),
    Method::Get("closefd", closefd),
    Method::Get("mode", mode),
    Method::Fn("__repr__", repr),
];
