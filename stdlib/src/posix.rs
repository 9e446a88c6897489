//! The `posix` module: the system calls `os` is built on (`os.py` adds the rest in Python),
//! over `wasi-sys`. Paths may be str, bytes or path-like; names come back in the type the path
//! was given in; errors are CPython's `OSError` subclasses naming the path.

use std::rc::Rc;

use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::{Args, ExcKind, PyModule, PyResult, Value, Vm};
use pyrs_wasi_sys::{self as sys, OpenOptions, TimeSpec};

/// Linux `O_*` flags, as `os.open` takes them.
const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;
const O_NONBLOCK: i64 = 0o4000;
const O_DSYNC: i64 = 0o10000;
const O_DIRECTORY: i64 = 0o200000;
const O_NOFOLLOW: i64 = 0o400000;
const O_CLOEXEC: i64 = 0o2000000;
const O_SYNC: i64 = 0o4010000;

/// `os._exit(status)`: ends the process now, without `atexit` functions or `finally`
/// blocks (the standard streams are flushed, as a terminal would have shown their text).
fn exit_now(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("_exit", &args, 1, 1)?;
    let status = vm.int_arg(&args.pos[0], "")?;
    vm.flush_std();
    sys::exit(i32::try_from(status).unwrap_or(1))
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("posix");
    let functions: &[(&'static str, pyrs_vm::NativeFn)] = &[
        ("stat", stat),
        ("lstat", lstat),
        ("fstat", fstat),
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("fspath", fspath),
        ("_scandir", scandir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("unlink", unlink),
        ("remove", unlink),
        ("rename", rename),
        ("replace", rename),
        ("symlink", symlink),
        ("readlink", readlink),
        ("link", link),
        ("utime", utime),
        ("open", open),
        ("read", read),
        ("write", write),
        ("close", close),
        ("lseek", lseek),
        ("fsync", fsync),
        ("fdatasync", fdatasync),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("isatty", isatty),
        ("urandom", urandom),
        ("access", access),
        ("chmod", chmod),
        ("strerror", strerror),
        ("_preopened_dirs", preopened_dirs),
        ("_exit", exit_now),
    ];
    for (name, f) in functions {
        vm.add_function(&m, name, *f);
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", 0),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_ACCMODE", 3),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
        ("O_NONBLOCK", O_NONBLOCK),
        ("O_NDELAY", O_NONBLOCK),
        ("O_DSYNC", O_DSYNC),
        ("O_SYNC", O_SYNC),
        ("O_RSYNC", O_SYNC),
        ("O_DIRECTORY", O_DIRECTORY),
        ("O_NOFOLLOW", O_NOFOLLOW),
        ("O_CLOEXEC", O_CLOEXEC),
        ("O_NOCTTY", 0o400),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("EX_OK", 0),
    ];
    for (name, v) in consts {
        vm.set_attr(&m, name, Value::Int(*v));
    }
    let environ = Rc::new(pyrs_vm::PyDict::new());
    for entry in sys::environ() {
        if let Some((k, v)) = entry.split_once('=') {
            vm.dict_set(&environ, Value::str(k), Value::str(v))?;
        }
    }
    vm.set_attr(&m, "environ", Value::Dict(environ));
    Ok(m)
}

/// A path argument: the text for the system and the str/bytes object errors name.
struct PathArg {
    text: String,
    object: Value,
    bytes: bool,
}

/// What a `path` parameter accepted: a path, or a file descriptor where allowed.
enum Target {
    Path(PathArg),
    Fd(u32),
}

fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<PathArg> {
    named_path_arg(vm, func, "path", v)
}

/// A path argument whose type errors name it (`rename: dst should be ...`).
fn named_path_arg(vm: &mut Vm, func: &str, name: &str, v: &Value) -> PyResult<PathArg> {
    match target_arg_named(vm, func, name, v, false)? {
        Target::Path(p) => Ok(p),
        Target::Fd(_) => Err(vm.type_error(format!(
            "{func}: {name} should be string, bytes or os.PathLike, not int"
        ))),
    }
}

fn target_arg(vm: &mut Vm, func: &str, v: &Value, allow_fd: bool) -> PyResult<Target> {
    target_arg_named(vm, func, "path", v, allow_fd)
}

fn target_arg_named(
    vm: &mut Vm,
    func: &str,
    name: &str,
    v: &Value,
    allow_fd: bool,
) -> PyResult<Target> {
    if allow_fd {
        if let Value::Int(fd) = v {
            return u32::try_from(*fd)
                .map(Target::Fd)
                .map_err(|_| vm.value_error("fd is less than 0 (or too large)"));
        }
    }
    let object = match vm.fspath(v) {
        Ok(o) => o,
        Err(e) if vm.err_matches(&e, ExcKind::TypeError) => {
            let what = if allow_fd {
                "string, bytes, os.PathLike or integer"
            } else {
                "string, bytes or os.PathLike"
            };
            return Err(vm.type_error(format!(
                "{func}: {name} should be {what}, not {}",
                vm.type_name(v)
            )));
        }
        Err(e) => return Err(e),
    };
    let text = vm.path_string(&object)?;
    let bytes = matches!(object.plain_text(), Value::Bytes(_));
    Ok(Target::Path(PathArg {
        text,
        object,
        bytes,
    }))
}

/// A name in the type the path was given in.
fn name_value(name: &str, bytes: bool) -> Value {
    if bytes {
        new_bytes(name.as_bytes().to_vec())
    } else {
        Value::str(name)
    }
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let fd = vm.int_arg(v, "")?;
    u32::try_from(fd).map_err(|_| vm.os_error(sys::OsError::new(sys::EBADF)))
}

/// The `follow_symlinks` keyword (default true).
fn follow_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => vm.truthy(&v),
    }
}

/// Rejects a `dir_fd` other than None: WASI paths are resolved from the preopens.
fn no_dir_fd(vm: &mut Vm, func: &str, v: Option<Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => Ok(()),
        Some(_) => Err(vm.new_error(
            ExcKind::NotImplementedError,
            format!("{func}: dir_fd unavailable on this platform"),
        )),
    }
}

/// `(mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns)`, the fields
/// `os.stat_result` is built from.
fn stat_tuple(st: &sys::Stat) -> Value {
    let kind: u32 = match st.kind {
        sys::FileType::Directory => 0o040000,
        sys::FileType::Regular => 0o100000,
        sys::FileType::Symlink => 0o120000,
        sys::FileType::CharDevice => 0o020000,
        sys::FileType::BlockDevice => 0o060000,
        sys::FileType::Socket => 0o140000,
        sys::FileType::Unknown => 0,
    };
    let mode = kind | st.perm.unwrap_or(0);
    let big = |n: u64| Value::from(usize::try_from(n).unwrap_or(usize::MAX));
    let ns = |n: u64| Value::from_bigint(num_bigint::BigInt::from(n));
    Value::tuple(vec![
        Value::Int(i64::from(mode)),
        ns(st.ino),
        ns(st.dev),
        big(st.nlink),
        Value::Int(0),
        Value::Int(0),
        ns(st.size),
        ns(st.atime_ns),
        ns(st.mtime_ns),
        ns(st.ctime_ns),
    ])
}

fn stat_impl(vm: &mut Vm, args: &Args<'_>, func: &str, default_follow: bool) -> PyResult<Value> {
    let [path, dir_fd, follow] =
        vm.bind_args(func, args, &["path", "dir_fd", "follow_symlinks"], 1)?;
    no_dir_fd(vm, func, dir_fd)?;
    let follow = default_follow && follow_arg(vm, follow)?;
    match target_arg(vm, func, &path.unwrap_or_default(), default_follow)? {
        Target::Fd(fd) => sys::fstat(fd)
            .map(|st| stat_tuple(&st))
            .map_err(|e| vm.os_error(e)),
        Target::Path(p) => sys::stat(&p.text, follow)
            .map(|st| stat_tuple(&st))
            .map_err(|e| vm.os_error_path(e, &p.object)),
    }
}

fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, &args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_impl(vm, &args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("fstat", &args, 1, 1)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    sys::fstat(fd)
        .map(|st| stat_tuple(&st))
        .map_err(|e| vm.os_error(e))
}

fn getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getcwd", &args, 0, 0)?;
    Ok(Value::string(sys::getcwd()))
}

fn getcwdb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getcwdb", &args, 0, 0)?;
    Ok(new_bytes(sys::getcwd().into_bytes()))
}

fn chdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = vm.bind_args("chdir", &args, &["path"], 1)?;
    match target_arg(vm, "chdir", &path.unwrap_or_default(), true)? {
        Target::Path(p) => sys::chdir(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?,
        // WASI cannot change to a directory given by descriptor.
        Target::Fd(_) => return Err(vm.os_error(sys::OsError::new(sys::ENOTSUP))),
    }
    Ok(Value::None)
}

/// The path argument of listdir/scandir: None means `.`.
fn dir_arg(vm: &mut Vm, func: &str, v: Option<Value>) -> PyResult<PathArg> {
    match v {
        None | Some(Value::None) => Ok(PathArg {
            text: ".".to_string(),
            object: Value::str("."),
            bytes: false,
        }),
        Some(v) => match vm.fspath(&v) {
            Ok(_) => path_arg(vm, func, &v),
            Err(e) if vm.err_matches(&e, ExcKind::TypeError) => Err(vm.type_error(format!(
                "{func}: path should be string, bytes, os.PathLike, integer or None, not {}",
                vm.type_name(&v)
            ))),
            Err(e) => Err(e),
        },
    }
}

/// `fspath(path)`: a str or bytes path as it is, else what `__fspath__` gives.
fn fspath(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = vm.bind_args("fspath", &args, &["path"], 1)?;
    vm.fspath(&path.unwrap_or_default())
}

fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = vm.bind_args("listdir", &args, &["path"], 0)?;
    let p = dir_arg(vm, "listdir", path)?;
    let entries = sys::read_dir(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    Ok(Value::list(
        entries
            .iter()
            .map(|e| name_value(&e.name, p.bytes))
            .collect(),
    ))
}

/// `_scandir(path)`: `(name, d_type, inode)` for each entry; `os.scandir` builds `DirEntry`s.
fn scandir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = vm.bind_args("scandir", &args, &["path"], 0)?;
    let p = dir_arg(vm, "scandir", path)?;
    let entries = sys::read_dir(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    let items = entries
        .iter()
        .map(|e| {
            let d_type = match e.kind {
                sys::FileType::Directory => 4,
                sys::FileType::Regular => 8,
                sys::FileType::Symlink => 10,
                sys::FileType::CharDevice => 2,
                sys::FileType::BlockDevice => 6,
                sys::FileType::Socket => 12,
                sys::FileType::Unknown => 0,
            };
            Value::tuple(vec![
                name_value(&e.name, p.bytes),
                Value::Int(d_type),
                Value::from_bigint(num_bigint::BigInt::from(e.ino)),
            ])
        })
        .collect();
    Ok(Value::list(items))
}

fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, _mode, dir_fd] = vm.bind_args("mkdir", &args, &["path", "mode", "dir_fd"], 1)?;
    no_dir_fd(vm, "mkdir", dir_fd)?;
    let p = path_arg(vm, "mkdir", &path.unwrap_or_default())?;
    sys::mkdir(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, dir_fd] = vm.bind_args("rmdir", &args, &["path", "dir_fd"], 1)?;
    no_dir_fd(vm, "rmdir", dir_fd)?;
    let p = path_arg(vm, "rmdir", &path.unwrap_or_default())?;
    sys::rmdir(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    Ok(Value::None)
}

fn unlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, dir_fd] = vm.bind_args("remove", &args, &["path", "dir_fd"], 1)?;
    no_dir_fd(vm, "remove", dir_fd)?;
    let p = path_arg(vm, "remove", &path.unwrap_or_default())?;
    sys::unlink(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    Ok(Value::None)
}

/// A two-path call (rename, link, symlink): both arguments checked, errors name both.
fn two_paths(
    vm: &mut Vm,
    func: &str,
    args: &Args<'_>,
    names: &[&str; 2],
) -> PyResult<(PathArg, PathArg)> {
    let rest = Args {
        pos: &args.pos[..args.pos.len().min(2)],
        kw: &[],
    };
    let [a, b] = vm.bind_args(func, &rest, names, 0)?;
    let mut a = a;
    let mut b = b;
    for (k, v) in args.kw {
        match k.as_str() {
            n if n == names[0] && a.is_none() => a = Some(v.clone()),
            n if n == names[1] && b.is_none() => b = Some(v.clone()),
            "src_dir_fd" | "dst_dir_fd" | "dir_fd" => no_dir_fd(vm, func, Some(v.clone()))?,
            "follow_symlinks" | "target_is_directory" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {func}()"
                )))
            }
        }
    }
    let (Some(a), Some(b)) = (a, b) else {
        let missing = if args.pos.is_empty() {
            names[0]
        } else {
            names[1]
        };
        return Err(vm.type_error(format!(
            "{func}() missing required argument '{missing}' (pos {})",
            if missing == names[0] { 1 } else { 2 }
        )));
    };
    let a = named_path_arg(vm, func, names[0], &a)?;
    let b = named_path_arg(vm, func, names[1], &b)?;
    Ok((a, b))
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_paths(vm, "rename", &args, &["src", "dst"])?;
    sys::rename(&a.text, &b.text)
        .map_err(|e| vm.os_error_with(e, Some(&a.object), Some(&b.object)))?;
    Ok(Value::None)
}

fn link(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two_paths(vm, "link", &args, &["src", "dst"])?;
    sys::hard_link(&a.text, &b.text)
        .map_err(|e| vm.os_error_with(e, Some(&a.object), Some(&b.object)))?;
    Ok(Value::None)
}

fn symlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let positional = Args {
        pos: &args.pos[..args.pos.len().min(2)],
        kw: args.kw,
    };
    let (a, b) = two_paths(vm, "symlink", &positional, &["src", "dst"])?;
    sys::symlink(&a.text, &b.text)
        .map_err(|e| vm.os_error_with(e, Some(&a.object), Some(&b.object)))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, dir_fd] = vm.bind_args("readlink", &args, &["path", "dir_fd"], 1)?;
    no_dir_fd(vm, "readlink", dir_fd)?;
    let p = path_arg(vm, "readlink", &path.unwrap_or_default())?;
    let target = sys::readlink(&p.text).map_err(|e| vm.os_error_path(e, &p.object))?;
    Ok(name_value(&target, p.bytes))
}

/// One time of `utime`'s `times` (seconds) or `ns` (nanoseconds) pair.
fn time_value(vm: &mut Vm, v: &Value, ns: bool) -> PyResult<u64> {
    if ns {
        let n = vm.int_arg(v, "")?;
        return Ok(u64::try_from(n).unwrap_or(0));
    }
    let secs = match v {
        Value::Float(f) => *f,
        other => vm.int_arg(other, "")? as f64,
    };
    Ok((secs * 1e9).round().max(0.0) as u64)
}

fn utime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, times, ns, dir_fd, follow] = vm.bind_args(
        "utime",
        &args,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    no_dir_fd(vm, "utime", dir_fd)?;
    let follow = follow_arg(vm, follow)?;
    let times = times.filter(|t| !t.is_none());
    let (pair, is_ns) = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), None) => (Some(t), false),
        (None, Some(n)) => (Some(n), true),
        (None, None) => (None, false),
    };
    let (atime, mtime) = match pair {
        None => (TimeSpec::Now, TimeSpec::Now),
        Some(Value::Tuple(t)) if t.items.len() == 2 => (
            TimeSpec::At(time_value(vm, &t.items[0], is_ns)?),
            TimeSpec::At(time_value(vm, &t.items[1], is_ns)?),
        ),
        Some(_) => {
            let what = if is_ns { "ns" } else { "times" };
            let msg = if is_ns {
                "utime: 'ns' must be a tuple of two ints".to_string()
            } else {
                format!("utime: '{what}' must be either a tuple of two ints or None")
            };
            return Err(vm.type_error(msg));
        }
    };
    // CPython's utime errors name no file.
    match target_arg(vm, "utime", &path.unwrap_or_default(), true)? {
        Target::Fd(fd) => sys::fset_times(fd, atime, mtime).map_err(|e| vm.os_error(e))?,
        Target::Path(p) => {
            sys::set_times(&p.text, atime, mtime, follow).map_err(|e| vm.os_error(e))?
        }
    }
    Ok(Value::None)
}

fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, flags, _mode, dir_fd] =
        vm.bind_args("open", &args, &["path", "flags", "mode", "dir_fd"], 2)?;
    no_dir_fd(vm, "open", dir_fd)?;
    let p = path_arg(vm, "open", &path.unwrap_or_default())?;
    let flags = vm.int_arg(&flags.unwrap_or_default(), "")?;
    let access = flags & 3;
    let how = OpenOptions {
        read: access == 0 || access == O_RDWR,
        write: access == O_WRONLY || access == O_RDWR,
        append: flags & O_APPEND != 0,
        create: flags & O_CREAT != 0,
        exclusive: flags & O_EXCL != 0,
        truncate: flags & O_TRUNC != 0,
        directory: flags & O_DIRECTORY != 0,
        nofollow: flags & O_NOFOLLOW != 0,
    };
    let fd = sys::open(&p.text, &how).map_err(|e| vm.os_error_path(e, &p.object))?;
    if !how.directory {
        if let Ok(st) = sys::fstat(fd) {
            if st.kind == sys::FileType::Directory && how.write {
                let _ = sys::close(fd);
                return Err(vm.os_error_path(sys::OsError::new(sys::EISDIR), &p.object));
            }
        }
    }
    Ok(Value::Int(i64::from(fd)))
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("read", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let n = vm.int_arg(&args.pos[1], "")?;
    if n < 0 {
        return Err(vm.os_error(sys::OsError::new(sys::EINVAL)));
    }
    let mut buf = vec![0u8; usize::try_from(n).unwrap_or(0).min(1 << 30)];
    let got = sys::read(fd, &mut buf).map_err(|e| {
        // Reading a directory descriptor is EISDIR on Linux.
        let dir = e.errno == sys::EBADF
            && sys::fstat(fd).is_ok_and(|st| st.kind == sys::FileType::Directory);
        vm.os_error(if dir {
            sys::OsError::new(sys::EISDIR)
        } else {
            e
        })
    })?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("write", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let data = pyrs_vm::object::types::bytes::bytes_like(vm, &args.pos[1])?;
    let n = sys::write(fd, &data).map_err(|e| vm.os_error(e))?;
    Ok(Value::from(n))
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd] = vm.bind_args("close", &args, &["fd"], 1)?;
    let fd = fd_arg(vm, &fd.unwrap_or_default())?;
    sys::close(fd).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn lseek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("lseek", &args, 3, 3)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let pos = vm.int_arg(&args.pos[1], "")?;
    let whence = match vm.int_arg(&args.pos[2], "")? {
        0 => sys::Whence::Start,
        1 => sys::Whence::Current,
        2 => sys::Whence::End,
        _ => return Err(vm.os_error(sys::OsError::new(sys::EINVAL))),
    };
    let at = sys::seek(fd, pos, whence).map_err(|e| vm.os_error(e))?;
    Ok(Value::from(usize::try_from(at).unwrap_or(usize::MAX)))
}

/// An fd argument: an int, or an object with `fileno()`.
fn fileno_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    if let Value::Int(_) | Value::Bool(_) = v {
        return fd_arg(vm, v);
    }
    let fileno = vm.getattr(v, &Rc::new(pyrs_vm::PyStr::new("fileno")))?;
    let fd = vm.call_value(&fileno, &[], &[])?;
    fd_arg(vm, &fd)
}

fn fsync(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("fsync", &args, 1, 1)?;
    let fd = fileno_arg(vm, &args.pos[0])?;
    sys::sync(fd).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn fdatasync(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("fdatasync", &args, 1, 1)?;
    let fd = fileno_arg(vm, &args.pos[0])?;
    sys::datasync(fd).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn length_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let n = vm.int_arg(v, "")?;
    u64::try_from(n).map_err(|_| vm.os_error(sys::OsError::new(sys::EINVAL)))
}

fn ftruncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("ftruncate", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let len = length_arg(vm, &args.pos[1])?;
    sys::set_len(fd, len).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, length] = vm.bind_args("truncate", &args, &["path", "length"], 2)?;
    let target = target_arg(vm, "truncate", &path.unwrap_or_default(), true)?;
    let len = match (&target, vm.int_arg(&length.unwrap_or_default(), "")?) {
        (_, n) if n >= 0 => n as u64,
        (Target::Path(p), _) => {
            return Err(vm.os_error_path(sys::OsError::new(sys::EINVAL), &p.object))
        }
        (Target::Fd(_), _) => return Err(vm.os_error(sys::OsError::new(sys::EINVAL))),
    };
    match target {
        Target::Fd(fd) => sys::set_len(fd, len).map_err(|e| vm.os_error(e))?,
        Target::Path(p) => {
            let how = OpenOptions {
                write: true,
                ..OpenOptions::default()
            };
            let fd = sys::open(&p.text, &how).map_err(|e| vm.os_error_path(e, &p.object))?;
            let result = sys::set_len(fd, len);
            let _ = sys::close(fd);
            result.map_err(|e| vm.os_error_path(e, &p.object))?;
        }
    }
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("isatty", &args, 1, 1)?;
    let fd = vm.int_arg(&args.pos[0], "")?;
    Ok(Value::Bool(u32::try_from(fd).is_ok_and(sys::is_terminal)))
}

fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("urandom", &args, 1, 1)?;
    let n = vm.int_arg(&args.pos[0], "")?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; usize::try_from(n).unwrap_or(0)];
    sys::random(&mut buf).map_err(|e| vm.os_error(e))?;
    Ok(new_bytes(buf))
}

fn access(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, mode, dir_fd, _eff, follow] = vm.bind_args(
        "access",
        &args,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    no_dir_fd(vm, "access", dir_fd)?;
    let mode = vm.int_arg(&mode.unwrap_or_default(), "")?;
    let follow = follow_arg(vm, follow)?;
    let p = path_arg(vm, "access", &path.unwrap_or_default())?;
    // WASI has no permission bits: what exists may be read and written, nothing executed
    // (as wasi-libc answers).
    Ok(Value::Bool(
        sys::stat(&p.text, follow).is_ok() && mode & 1 == 0,
    ))
}

fn chmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, mode, dir_fd, follow] = vm.bind_args(
        "chmod",
        &args,
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    no_dir_fd(vm, "chmod", dir_fd)?;
    vm.int_arg(&mode.unwrap_or_default(), "")?;
    let follow = follow_arg(vm, follow)?;
    // WASI keeps no permission bits: chmod only checks that the file is there.
    match target_arg(vm, "chmod", &path.unwrap_or_default(), true)? {
        Target::Fd(fd) => sys::fstat(fd).map(drop).map_err(|e| vm.os_error(e))?,
        Target::Path(p) => sys::stat(&p.text, follow)
            .map(drop)
            .map_err(|e| vm.os_error_path(e, &p.object))?,
    }
    Ok(Value::None)
}

fn strerror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("strerror", &args, 1, 1)?;
    let code = vm.int_arg(&args.pos[0], "")?;
    Ok(Value::string(sys::errno::message(
        i32::try_from(code).unwrap_or(i32::MAX),
    )))
}

fn preopened_dirs(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(
        sys::preopened_dirs()
            .iter()
            .map(|d| Value::str(d))
            .collect(),
    ))
}
