//! WASI preview1 through the `wasi` crate: the only place pyrs makes system calls on wasm32.
//!
//! Paths are resolved as wasi-libc resolves them: a relative path is joined to the emulated
//! current directory (initially `/`, or `$PWD` when the host set it to a granted directory),
//! the leading `/` is dropped, and the preopened directory
//! whose name is the longest prefix of what remains opens it (`--dir .` is the prefix ``, so it
//! holds every path). The runtime itself refuses a path that climbs out of its preopen.
#![expect(unsafe_code, reason = "the wasi crate's preview1 calls are unsafe FFI")]

use std::cell::RefCell;

use crate::{DirEntry, Fd, FileType, OpenOptions, OsError, OsResult, Stat, TimeSpec, Whence};

/// Maps a WASI errno to the Linux number CPython reports.
fn os_error(errno: wasi::Errno) -> OsError {
    let linux = match errno.raw() {
        1 => 7,    // 2big
        2 => 13,   // acces
        3 => 98,   // addrinuse
        4 => 99,   // addrnotavail
        5 => 97,   // afnosupport
        6 => 11,   // again
        7 => 114,  // already
        8 => 9,    // badf
        9 => 74,   // badmsg
        10 => 16,  // busy
        11 => 125, // canceled
        12 => 10,  // child
        13 => 103, // connaborted
        14 => 111, // connrefused
        15 => 104, // connreset
        16 => 35,  // deadlk
        17 => 89,  // destaddrreq
        18 => 33,  // dom
        19 => 122, // dquot
        20 => 17,  // exist
        21 => 14,  // fault
        22 => 27,  // fbig
        23 => 113, // hostunreach
        24 => 43,  // idrm
        25 => 84,  // ilseq
        26 => 115, // inprogress
        27 => 4,   // intr
        28 => 22,  // inval
        29 => 5,   // io
        30 => 106, // isconn
        31 => 21,  // isdir
        32 => 40,  // loop
        33 => 24,  // mfile
        34 => 31,  // mlink
        35 => 90,  // msgsize
        36 => 72,  // multihop
        37 => 36,  // nametoolong
        38 => 100, // netdown
        39 => 102, // netreset
        40 => 101, // netunreach
        41 => 23,  // nfile
        42 => 105, // nobufs
        43 => 19,  // nodev
        44 => 2,   // noent
        45 => 8,   // noexec
        46 => 37,  // nolck
        47 => 67,  // nolink
        48 => 12,  // nomem
        49 => 42,  // nomsg
        50 => 92,  // noprotoopt
        51 => 28,  // nospc
        52 => 38,  // nosys
        53 => 107, // notconn
        54 => 20,  // notdir
        55 => 39,  // notempty
        56 => 131, // notrecoverable
        57 => 88,  // notsock
        58 => 95,  // notsup
        59 => 25,  // notty
        60 => 6,   // nxio
        61 => 75,  // overflow
        62 => 130, // ownerdead
        63 => 1,   // perm
        64 => 32,  // pipe
        65 => 71,  // proto
        66 => 93,  // protonosupport
        67 => 91,  // prototype
        68 => 34,  // range
        69 => 30,  // rofs
        70 => 29,  // spipe
        71 => 3,   // srch
        72 => 116, // stale
        73 => 110, // timedout
        74 => 26,  // txtbsy
        75 => 18,  // xdev
        76 => {
            // notcapable: the path climbs out of the granted directory.
            return OsError {
                errno: crate::EACCES,
                outside: true,
            };
        }
        _ => 5,
    };
    OsError::new(linux)
}

/// Splits a block of NUL-terminated strings as `args_get`/`environ_get` fill it.
fn split_nul_strings(buf: &[u8], count: usize) -> Vec<String> {
    buf.split(|&b| b == 0)
        .take(count)
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .collect()
}

pub fn args() -> Vec<String> {
    // SAFETY: the buffers are sized as args_sizes_get reports.
    unsafe {
        let Ok((count, size)) = wasi::args_sizes_get() else {
            return Vec::new();
        };
        let mut ptrs = vec![std::ptr::null_mut::<u8>(); count];
        let mut buf = vec![0u8; size];
        if wasi::args_get(ptrs.as_mut_ptr(), buf.as_mut_ptr()).is_err() {
            return Vec::new();
        }
        split_nul_strings(&buf, count)
    }
}

pub fn environ() -> Vec<String> {
    // SAFETY: the buffers are sized as environ_sizes_get reports.
    unsafe {
        let Ok((count, size)) = wasi::environ_sizes_get() else {
            return Vec::new();
        };
        let mut ptrs = vec![std::ptr::null_mut::<u8>(); count];
        let mut buf = vec![0u8; size];
        if wasi::environ_get(ptrs.as_mut_ptr(), buf.as_mut_ptr()).is_err() {
            return Vec::new();
        }
        split_nul_strings(&buf, count)
    }
}

/// EBADF when `fd` was opened without the access an operation needs.
fn check_access(fd: Fd, write: bool) -> OsResult<()> {
    let allowed = ACCESS.with(|a| {
        a.borrow()
            .get(&fd)
            .is_none_or(|&(r, w)| if write { w } else { r })
    });
    if allowed {
        Ok(())
    } else {
        Err(OsError::new(crate::EBADF))
    }
}

pub fn write(fd: Fd, bytes: &[u8]) -> OsResult<usize> {
    check_access(fd, true)?;
    let iov = wasi::Ciovec {
        buf: bytes.as_ptr(),
        buf_len: bytes.len(),
    };
    // SAFETY: iov points into `bytes`, alive for the call.
    unsafe { wasi::fd_write(fd, &[iov]) }.map_err(os_error)
}

pub fn read(fd: Fd, buf: &mut [u8]) -> OsResult<usize> {
    check_access(fd, false)?;
    let iov = wasi::Iovec {
        buf: buf.as_mut_ptr(),
        buf_len: buf.len(),
    };
    // SAFETY: iov points into `buf`, alive and writable for the call.
    unsafe { wasi::fd_read(fd, &[iov]) }.map_err(os_error)
}

/// A preopened directory: its descriptor, the guest name the host gave it, and that name as
/// a path prefix (no leading `/` or `./`, no trailing `/`; `` for `.` and `/`).
struct Preopen {
    fd: Fd,
    prefix: String,
}

thread_local! {
    /// (readable, writable) of the descriptors `open` returned: the runtime may hand out a
    /// descriptor with more access than the flags asked for (O_CREAT alone is writable), and
    /// POSIX says EBADF for the rest.
    static ACCESS: RefCell<std::collections::HashMap<Fd, (bool, bool)>> =
        RefCell::new(std::collections::HashMap::new());
    static PREOPENS: Vec<Preopen> = find_preopens();
    static CWD: RefCell<String> = RefCell::new(initial_cwd());
}

/// The current directory at start: `$PWD` when it names a granted directory, else `/`.
fn initial_cwd() -> String {
    let pwd = environ()
        .into_iter()
        .find_map(|e| e.strip_prefix("PWD=").map(str::to_string));
    let Some(pwd) = pwd.filter(|p| p.starts_with('/')) else {
        return "/".to_string();
    };
    let pwd = crate::normalize_path(&pwd);
    let target = pwd.trim_start_matches('/');
    let granted = PREOPENS.with(|preopens| {
        preopens.iter().any(|p| {
            !p.prefix.is_empty()
                && (target == p.prefix || target.starts_with(&format!("{}/", p.prefix)))
        })
    });
    if granted {
        pwd
    } else {
        "/".to_string()
    }
}

fn find_preopens() -> Vec<Preopen> {
    let mut found = Vec::new();
    for fd in 3u32.. {
        // SAFETY: fd_prestat_get only writes its out-parameter.
        let Ok(prestat) = (unsafe { wasi::fd_prestat_get(fd) }) else {
            break;
        };
        if prestat.tag != wasi::PREOPENTYPE_DIR.raw() {
            continue;
        }
        // SAFETY: the union's only variant is `dir`, as the tag says.
        let len = unsafe { prestat.u.dir.pr_name_len };
        let mut name = vec![0u8; len];
        // SAFETY: `name` has the length the runtime reported.
        if unsafe { wasi::fd_prestat_dir_name(fd, name.as_mut_ptr(), len) }.is_err() {
            continue;
        }
        let name = String::from_utf8_lossy(&name)
            .trim_end_matches('\0')
            .to_string();
        let mut prefix = name.as_str();
        loop {
            if let Some(rest) = prefix.strip_prefix('/') {
                prefix = rest;
            } else if let Some(rest) = prefix.strip_prefix("./") {
                prefix = rest;
            } else if prefix == "." {
                prefix = "";
            } else {
                break;
            }
        }
        let prefix = prefix.trim_end_matches('/').to_string();
        found.push(Preopen { fd, prefix });
    }
    found
}

/// Finds the preopened directory that holds `path` and the path relative to it.
fn resolve(path: &str) -> OsResult<(Fd, String)> {
    if path.is_empty() {
        return Err(OsError::new(crate::ENOENT));
    }
    if crate::sandbox::files_denied() {
        return Err(OsError {
            errno: crate::EACCES,
            outside: true,
        });
    }
    let abs = CWD.with(|cwd| crate::join_path(&cwd.borrow(), path));
    let target = abs.trim_start_matches('/');
    PREOPENS.with(|preopens| {
        let mut best: Option<&Preopen> = None;
        for p in preopens.iter().rev() {
            let matches = p.prefix.is_empty()
                || target == p.prefix
                || target
                    .strip_prefix(p.prefix.as_str())
                    .is_some_and(|rest| rest.starts_with('/'));
            if matches && best.is_none_or(|b| p.prefix.len() > b.prefix.len()) {
                best = Some(p);
            }
        }
        let p = best.ok_or(OsError {
            errno: crate::EACCES,
            outside: true,
        })?;
        let rel = target[p.prefix.len()..].trim_start_matches('/');
        if climbs_out(rel) {
            return Err(OsError {
                errno: crate::EACCES,
                outside: true,
            });
        }
        Ok((
            p.fd,
            if rel.is_empty() {
                ".".to_string()
            } else {
                rel.to_string()
            },
        ))
    })
}

/// Whether a path relative to a preopen climbs above it with `..` (the runtime would refuse
/// it; refusing it here says why).
fn climbs_out(rel: &str) -> bool {
    let mut depth = 0usize;
    for part in rel.split('/') {
        match part {
            "" | "." => {}
            ".." => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return true,
            },
            _ => depth += 1,
        }
    }
    false
}

/// The error of an operation on `path`: the runtime's refusal to follow a symbolic link out
/// of its preopen (EPERM/ENOTCAPABLE) is reported as the sandbox's.
fn path_error(dir: Fd, rel: &str, errno: wasi::Errno) -> OsError {
    let refused = errno == wasi::ERRNO_PERM || errno == wasi::ERRNO_NOTCAPABLE;
    let mut buf = [0u8; 1];
    // SAFETY: `buf` is writable for its length; only success matters here.
    if refused && unsafe { wasi::path_readlink(dir, rel, buf.as_mut_ptr(), buf.len()) }.is_ok() {
        return OsError {
            errno: crate::EACCES,
            outside: true,
        };
    }
    os_error(errno)
}

pub fn preopened_dirs() -> Vec<String> {
    PREOPENS.with(|p| p.iter().map(|p| format!("/{}", p.prefix)).collect())
}

/// The rights a descriptor opened for reading or writing needs.
const READ_RIGHTS: wasi::Rights = wasi::RIGHTS_FD_READ
    | wasi::RIGHTS_FD_SEEK
    | wasi::RIGHTS_FD_TELL
    | wasi::RIGHTS_FD_FILESTAT_GET
    | wasi::RIGHTS_FD_READDIR
    | wasi::RIGHTS_FD_ADVISE
    | wasi::RIGHTS_FD_FDSTAT_SET_FLAGS
    | wasi::RIGHTS_POLL_FD_READWRITE;
const WRITE_RIGHTS: wasi::Rights = wasi::RIGHTS_FD_WRITE
    | wasi::RIGHTS_FD_SEEK
    | wasi::RIGHTS_FD_TELL
    | wasi::RIGHTS_FD_FILESTAT_GET
    | wasi::RIGHTS_FD_FILESTAT_SET_SIZE
    | wasi::RIGHTS_FD_FILESTAT_SET_TIMES
    | wasi::RIGHTS_FD_ALLOCATE
    | wasi::RIGHTS_FD_DATASYNC
    | wasi::RIGHTS_FD_SYNC
    | wasi::RIGHTS_FD_FDSTAT_SET_FLAGS
    | wasi::RIGHTS_POLL_FD_READWRITE;
/// Every right, for what a directory descriptor hands on to what is opened through it.
const ALL_RIGHTS: wasi::Rights = (1 << 29) - 1;

pub fn open(path: &str, how: &OpenOptions) -> OsResult<Fd> {
    let (dir, rel) = resolve(path)?;
    let mut oflags = 0;
    if how.create {
        oflags |= wasi::OFLAGS_CREAT;
    }
    if how.exclusive {
        oflags |= wasi::OFLAGS_EXCL;
    }
    if how.truncate {
        oflags |= wasi::OFLAGS_TRUNC;
    }
    if how.directory {
        oflags |= wasi::OFLAGS_DIRECTORY;
    }
    let mut rights = wasi::RIGHTS_FD_FILESTAT_GET | wasi::RIGHTS_FD_SEEK | wasi::RIGHTS_FD_TELL;
    if how.read || !how.write {
        rights |= READ_RIGHTS;
    }
    if how.write {
        rights |= WRITE_RIGHTS;
    }
    let inheriting = if how.directory { ALL_RIGHTS } else { 0 };
    let fdflags = if how.append { wasi::FDFLAGS_APPEND } else { 0 };
    let lookup = if how.nofollow {
        0
    } else {
        wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
    };
    // SAFETY: plain FFI call with a valid string.
    let fd = unsafe { wasi::path_open(dir, lookup, &rel, oflags, rights, inheriting, fdflags) }
        .map_err(|e| path_error(dir, &rel, e))?;
    let access = (how.read || !how.write, how.write);
    ACCESS.with(|a| a.borrow_mut().insert(fd, access));
    Ok(fd)
}

pub fn close(fd: Fd) -> OsResult<()> {
    ACCESS.with(|a| a.borrow_mut().remove(&fd));
    // SAFETY: closing a descriptor the caller owns.
    unsafe { wasi::fd_close(fd) }.map_err(os_error)
}

pub fn seek(fd: Fd, offset: i64, whence: Whence) -> OsResult<u64> {
    let whence = match whence {
        Whence::Start => wasi::WHENCE_SET,
        Whence::Current => wasi::WHENCE_CUR,
        Whence::End => wasi::WHENCE_END,
    };
    // SAFETY: plain FFI call.
    unsafe { wasi::fd_seek(fd, offset, whence) }.map_err(os_error)
}

pub fn sync(fd: Fd) -> OsResult<()> {
    // SAFETY: plain FFI call.
    unsafe { wasi::fd_sync(fd) }.map_err(os_error)
}

pub fn datasync(fd: Fd) -> OsResult<()> {
    // SAFETY: plain FFI call.
    unsafe { wasi::fd_datasync(fd) }.map_err(os_error)
}

pub fn set_len(fd: Fd, len: u64) -> OsResult<()> {
    // SAFETY: plain FFI call.
    unsafe { wasi::fd_filestat_set_size(fd, len) }.map_err(os_error)
}

fn file_type(t: wasi::Filetype) -> FileType {
    match t {
        wasi::FILETYPE_BLOCK_DEVICE => FileType::BlockDevice,
        wasi::FILETYPE_CHARACTER_DEVICE => FileType::CharDevice,
        wasi::FILETYPE_DIRECTORY => FileType::Directory,
        wasi::FILETYPE_REGULAR_FILE => FileType::Regular,
        wasi::FILETYPE_SOCKET_DGRAM | wasi::FILETYPE_SOCKET_STREAM => FileType::Socket,
        wasi::FILETYPE_SYMBOLIC_LINK => FileType::Symlink,
        _ => FileType::Unknown,
    }
}

fn to_stat(st: &wasi::Filestat) -> Stat {
    Stat {
        dev: st.dev,
        ino: st.ino,
        kind: file_type(st.filetype),
        nlink: st.nlink,
        size: st.size,
        atime_ns: st.atim,
        mtime_ns: st.mtim,
        ctime_ns: st.ctim,
        perm: None,
    }
}

pub fn fstat(fd: Fd) -> OsResult<Stat> {
    // SAFETY: fd_filestat_get only writes its out-parameter.
    unsafe { wasi::fd_filestat_get(fd) }
        .map(|st| to_stat(&st))
        .map_err(os_error)
}

pub fn stat(path: &str, follow: bool) -> OsResult<Stat> {
    let (dir, rel) = resolve(path)?;
    let flags = if follow {
        wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
    } else {
        0
    };
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_filestat_get(dir, flags, &rel) }
        .map(|st| to_stat(&st))
        .map_err(|e| path_error(dir, &rel, e))
}

/// The kind of file `fd` refers to.
fn filetype(fd: Fd) -> Result<wasi::Filetype, wasi::Errno> {
    // SAFETY: fd_fdstat_get only writes its out-parameter.
    unsafe { wasi::fd_fdstat_get(fd) }.map(|st| st.fs_filetype)
}

pub fn is_seekable(fd: Fd) -> bool {
    let kind = filetype(fd);
    // Only files move: a stream (a standard one, a socket) is asked nothing more, since a
    // failing call costs the runtime far more than this one.
    let may_move = kind.map_or(true, |k| {
        k == wasi::FILETYPE_REGULAR_FILE
            || k == wasi::FILETYPE_BLOCK_DEVICE
            || k == wasi::FILETYPE_DIRECTORY
    });
    may_move && seek(fd, 0, Whence::Current).is_ok()
}

pub fn is_terminal(fd: Fd) -> bool {
    filetype(fd).is_ok_and(|k| k == wasi::FILETYPE_CHARACTER_DEVICE)
}

/// Size of a `dirent` header before its name.
const DIRENT_SIZE: usize = 24;

pub fn read_dir(path: &str) -> OsResult<Vec<DirEntry>> {
    let fd = open(
        path,
        &OpenOptions {
            read: true,
            directory: true,
            ..OpenOptions::default()
        },
    )?;
    let result = read_dir_fd(fd);
    let _ = close(fd);
    result
}

fn read_dir_fd(fd: Fd) -> OsResult<Vec<DirEntry>> {
    let mut entries = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    let mut cookie: u64 = 0;
    loop {
        // SAFETY: `buf` is writable for its whole length.
        let used = unsafe { wasi::fd_readdir(fd, buf.as_mut_ptr(), buf.len(), cookie) }
            .map_err(os_error)?;
        let mut at = 0;
        let mut progressed = false;
        while at + DIRENT_SIZE <= used {
            let head = &buf[at..at + DIRENT_SIZE];
            let field = |i: usize| u64::from_le_bytes(head[i..i + 8].try_into().unwrap_or([0; 8]));
            let next = field(0);
            let ino = field(8);
            let namlen = u32::from_le_bytes(head[16..20].try_into().unwrap_or([0; 4])) as usize;
            let kind = head[20];
            if at + DIRENT_SIZE + namlen > used {
                break;
            }
            let name = &buf[at + DIRENT_SIZE..at + DIRENT_SIZE + namlen];
            if name != b"." && name != b".." {
                entries.push(DirEntry {
                    name: String::from_utf8_lossy(name).into_owned(),
                    kind: file_type(match kind {
                        1 => wasi::FILETYPE_BLOCK_DEVICE,
                        2 => wasi::FILETYPE_CHARACTER_DEVICE,
                        3 => wasi::FILETYPE_DIRECTORY,
                        4 => wasi::FILETYPE_REGULAR_FILE,
                        5 => wasi::FILETYPE_SOCKET_DGRAM,
                        6 => wasi::FILETYPE_SOCKET_STREAM,
                        7 => wasi::FILETYPE_SYMBOLIC_LINK,
                        _ => wasi::FILETYPE_UNKNOWN,
                    }),
                    ino,
                });
            }
            cookie = next;
            progressed = true;
            at += DIRENT_SIZE + namlen;
        }
        if used < buf.len() {
            return Ok(entries);
        }
        // The buffer came back full: read on with one twice as large. (wasmtime walks the
        // directory from its start to the cookie on every call, so a fixed size would make
        // listing quadratic; this also makes room for an entry that did not fit.)
        if !progressed || buf.len() < 4 << 20 {
            buf.resize(buf.len() * 2, 0);
        }
    }
}

pub fn mkdir(path: &str) -> OsResult<()> {
    let (dir, rel) = resolve(path)?;
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_create_directory(dir, &rel) }.map_err(os_error)
}

pub fn rmdir(path: &str) -> OsResult<()> {
    let (dir, rel) = resolve(path)?;
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_remove_directory(dir, &rel) }.map_err(os_error)
}

pub fn unlink(path: &str) -> OsResult<()> {
    let (dir, rel) = resolve(path)?;
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_unlink_file(dir, &rel) }.map_err(os_error)
}

pub fn rename(from: &str, to: &str) -> OsResult<()> {
    let (from_dir, from_rel) = resolve(from)?;
    let (to_dir, to_rel) = resolve(to)?;
    // SAFETY: plain FFI call with valid strings.
    unsafe { wasi::path_rename(from_dir, &from_rel, to_dir, &to_rel) }.map_err(os_error)
}

pub fn symlink(target: &str, link: &str) -> OsResult<()> {
    let (dir, rel) = resolve(link)?;
    // SAFETY: plain FFI call with valid strings.
    unsafe { wasi::path_symlink(target, dir, &rel) }.map_err(os_error)
}

pub fn readlink(path: &str) -> OsResult<String> {
    let (dir, rel) = resolve(path)?;
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: `buf` is writable for its whole length.
        let n = unsafe { wasi::path_readlink(dir, &rel, buf.as_mut_ptr(), buf.len()) }
            .map_err(os_error)?;
        if n < buf.len() {
            return Ok(String::from_utf8_lossy(&buf[..n]).into_owned());
        }
        buf.resize(buf.len() * 2, 0);
    }
}

pub fn hard_link(target: &str, link: &str) -> OsResult<()> {
    let (from_dir, from_rel) = resolve(target)?;
    let (to_dir, to_rel) = resolve(link)?;
    // SAFETY: plain FFI call with valid strings.
    unsafe { wasi::path_link(from_dir, 0, &from_rel, to_dir, &to_rel) }.map_err(os_error)
}

/// WASI's (timestamp, flags) pair for an access and a modification time.
fn time_flags(atime: TimeSpec, mtime: TimeSpec) -> (u64, u64, wasi::Fstflags) {
    let mut flags = 0;
    let mut one = |t: TimeSpec, set: wasi::Fstflags, now: wasi::Fstflags| match t {
        TimeSpec::Omit => 0,
        TimeSpec::Now => {
            flags |= now;
            0
        }
        TimeSpec::At(ns) => {
            flags |= set;
            ns
        }
    };
    let a = one(atime, wasi::FSTFLAGS_ATIM, wasi::FSTFLAGS_ATIM_NOW);
    let m = one(mtime, wasi::FSTFLAGS_MTIM, wasi::FSTFLAGS_MTIM_NOW);
    (a, m, flags)
}

pub fn set_times(path: &str, atime: TimeSpec, mtime: TimeSpec, follow: bool) -> OsResult<()> {
    let (dir, rel) = resolve(path)?;
    let (a, m, flags) = time_flags(atime, mtime);
    let lookup = if follow {
        wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
    } else {
        0
    };
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_filestat_set_times(dir, lookup, &rel, a, m, flags) }.map_err(os_error)
}

pub fn fset_times(fd: Fd, atime: TimeSpec, mtime: TimeSpec) -> OsResult<()> {
    let (a, m, flags) = time_flags(atime, mtime);
    // SAFETY: plain FFI call.
    unsafe { wasi::fd_filestat_set_times(fd, a, m, flags) }.map_err(os_error)
}

pub fn getcwd() -> String {
    CWD.with(|c| c.borrow().clone())
}

pub fn chdir(path: &str) -> OsResult<()> {
    let st = stat(path, true)?;
    if st.kind != FileType::Directory {
        return Err(OsError::new(crate::ENOTDIR));
    }
    let abs = CWD.with(|cwd| crate::join_path(&cwd.borrow(), path));
    CWD.with(|cwd| *cwd.borrow_mut() = crate::normalize_path(&abs));
    Ok(())
}

pub fn random(buf: &mut [u8]) -> OsResult<()> {
    // SAFETY: `buf` is writable for its whole length.
    unsafe { wasi::random_get(buf.as_mut_ptr(), buf.len()) }.map_err(os_error)
}

pub fn sleep(ns: u64) -> OsResult<()> {
    if ns == 0 {
        return Ok(());
    }
    let sub = wasi::Subscription {
        userdata: 0,
        u: wasi::SubscriptionU {
            tag: wasi::EVENTTYPE_CLOCK.raw(),
            u: wasi::SubscriptionUU {
                clock: wasi::SubscriptionClock {
                    id: wasi::CLOCKID_MONOTONIC,
                    timeout: ns,
                    precision: 0,
                    flags: 0,
                },
            },
        },
    };
    let mut event = std::mem::MaybeUninit::<wasi::Event>::uninit();
    // SAFETY: one subscription in, room for one event out.
    unsafe { wasi::poll_oneoff(&sub, event.as_mut_ptr(), 1) }.map_err(os_error)?;
    Ok(())
}

fn clock(id: wasi::Clockid) -> u64 {
    // SAFETY: plain FFI call.
    unsafe { wasi::clock_time_get(id, 1) }.unwrap_or(0)
}

pub fn monotonic_ns() -> u64 {
    clock(wasi::CLOCKID_MONOTONIC)
}

pub fn realtime_ns() -> u64 {
    clock(wasi::CLOCKID_REALTIME)
}

pub fn process_time_ns() -> u64 {
    clock(wasi::CLOCKID_PROCESS_CPUTIME_ID)
}

pub fn exit(code: i32) -> ! {
    // WASI hosts (wasmtime) refuse statuses of 126 and above with a trap: say so briefly and
    // end with 1 instead.
    let code = if (0..126).contains(&code) {
        code
    } else {
        let note = format!(
            "pyrs: exit status {code} is outside the 0-125 a WASI host accepts; exiting with 1\n"
        );
        let _ = write(2, note.as_bytes());
        1
    };
    // SAFETY: proc_exit does not return.
    unsafe { wasi::proc_exit(code as u32) };
    unreachable!("proc_exit returned")
}
