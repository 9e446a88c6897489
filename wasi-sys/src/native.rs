//! The host fallback of the OS surface, on `std`, for unit tests and benches. Descriptors are
//! numbers handed out from a table of open `std::fs::File`s (0-2 are the standard streams).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::{DirEntry, Fd, FileType, OpenOptions, OsError, OsResult, Stat, TimeSpec, Whence};

fn os_error(err: &std::io::Error) -> OsError {
    OsError::new(err.raw_os_error().unwrap_or(crate::EIO))
}

thread_local! {
    static FILES: RefCell<HashMap<Fd, File>> = RefCell::new(HashMap::new());
    static NEXT_FD: RefCell<Fd> = const { RefCell::new(3) };
}

/// Runs `f` on the open file `fd`.
fn with_file<T>(fd: Fd, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> OsResult<T> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        let file = files.get_mut(&fd).ok_or(OsError::new(crate::EBADF))?;
        f(file).map_err(|e| os_error(&e))
    })
}

pub fn args() -> Vec<String> {
    std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

pub fn environ() -> Vec<String> {
    std::env::vars_os()
        .map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy()))
        .collect()
}

pub fn write(fd: Fd, bytes: &[u8]) -> OsResult<usize> {
    let result = match fd {
        crate::STDOUT => {
            let mut out = std::io::stdout();
            out.write(bytes).and_then(|n| out.flush().map(|()| n))
        }
        crate::STDERR => std::io::stderr().write(bytes),
        crate::STDIN => return Err(OsError::new(crate::EBADF)),
        _ => return with_file(fd, |f| f.write(bytes)),
    };
    result.map_err(|e| os_error(&e))
}

pub fn read(fd: Fd, buf: &mut [u8]) -> OsResult<usize> {
    match fd {
        crate::STDIN => std::io::stdin().read(buf).map_err(|e| os_error(&e)),
        crate::STDOUT | crate::STDERR => Err(OsError::new(crate::EBADF)),
        _ => with_file(fd, |f| f.read(buf)),
    }
}

pub fn open(path: &str, how: &OpenOptions) -> OsResult<Fd> {
    let file = if how.directory {
        let md = std::fs::metadata(path).map_err(|e| os_error(&e))?;
        if !md.is_dir() {
            return Err(OsError::new(crate::ENOTDIR));
        }
        File::open(path)
    } else {
        std::fs::OpenOptions::new()
            .read(how.read || !how.write)
            .write(how.write && !how.append)
            .append(how.append)
            .create(how.create && !how.exclusive)
            .create_new(how.create && how.exclusive)
            .truncate(how.truncate)
            .open(path)
    }
    .map_err(|e| os_error(&e))?;
    let fd = NEXT_FD.with(|n| {
        let mut n = n.borrow_mut();
        let fd = *n;
        *n += 1;
        fd
    });
    FILES.with(|files| files.borrow_mut().insert(fd, file));
    Ok(fd)
}

pub fn close(fd: Fd) -> OsResult<()> {
    FILES
        .with(|files| files.borrow_mut().remove(&fd))
        .map(drop)
        .ok_or(OsError::new(crate::EBADF))
}

pub fn seek(fd: Fd, offset: i64, whence: Whence) -> OsResult<u64> {
    let pos = match whence {
        Whence::Start => {
            SeekFrom::Start(u64::try_from(offset).map_err(|_| OsError::new(crate::EINVAL))?)
        }
        Whence::Current => SeekFrom::Current(offset),
        Whence::End => SeekFrom::End(offset),
    };
    with_file(fd, |f| f.seek(pos))
}

pub fn sync(fd: Fd) -> OsResult<()> {
    with_file(fd, |f| f.sync_all())
}

pub fn datasync(fd: Fd) -> OsResult<()> {
    with_file(fd, |f| f.sync_data())
}

pub fn set_len(fd: Fd, len: u64) -> OsResult<()> {
    with_file(fd, |f| f.set_len(len))
}

fn file_type(ft: std::fs::FileType) -> FileType {
    if ft.is_symlink() {
        FileType::Symlink
    } else if ft.is_dir() {
        FileType::Directory
    } else if ft.is_file() {
        FileType::Regular
    } else {
        FileType::Unknown
    }
}

fn to_stat(md: &std::fs::Metadata) -> Stat {
    use std::os::unix::fs::MetadataExt;
    let kind = file_type(md.file_type());
    let ns = |secs: i64, nanos: i64| {
        u64::try_from(secs)
            .unwrap_or(0)
            .saturating_mul(1_000_000_000)
            .saturating_add(u64::try_from(nanos).unwrap_or(0))
    };
    Stat {
        dev: md.dev(),
        ino: md.ino(),
        kind,
        nlink: md.nlink(),
        size: md.size(),
        atime_ns: ns(md.atime(), md.atime_nsec()),
        mtime_ns: ns(md.mtime(), md.mtime_nsec()),
        ctime_ns: ns(md.ctime(), md.ctime_nsec()),
        perm: Some(md.mode() & 0o7777),
    }
}

pub fn fstat(fd: Fd) -> OsResult<Stat> {
    with_file(fd, |f| f.metadata()).map(|md| to_stat(&md))
}

pub fn stat(path: &str, follow: bool) -> OsResult<Stat> {
    let md = if follow {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    };
    md.map(|md| to_stat(&md)).map_err(|e| os_error(&e))
}

pub fn is_seekable(fd: Fd) -> bool {
    seek(fd, 0, Whence::Current).is_ok()
}

pub fn is_terminal(fd: Fd) -> bool {
    use std::io::IsTerminal;
    match fd {
        crate::STDIN => std::io::stdin().is_terminal(),
        crate::STDOUT => std::io::stdout().is_terminal(),
        crate::STDERR => std::io::stderr().is_terminal(),
        _ => false,
    }
}

pub fn read_dir(path: &str) -> OsResult<Vec<DirEntry>> {
    use std::os::unix::fs::DirEntryExt;
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| os_error(&e))? {
        let entry = entry.map_err(|e| os_error(&e))?;
        let kind = file_type(entry.file_type().map_err(|e| os_error(&e))?);
        out.push(DirEntry {
            name: entry.file_name().to_string_lossy().into_owned(),
            kind,
            ino: entry.ino(),
        });
    }
    Ok(out)
}

pub fn mkdir(path: &str) -> OsResult<()> {
    std::fs::create_dir(path).map_err(|e| os_error(&e))
}

pub fn rmdir(path: &str) -> OsResult<()> {
    std::fs::remove_dir(path).map_err(|e| os_error(&e))
}

pub fn unlink(path: &str) -> OsResult<()> {
    std::fs::remove_file(path).map_err(|e| os_error(&e))
}

pub fn rename(from: &str, to: &str) -> OsResult<()> {
    std::fs::rename(from, to).map_err(|e| os_error(&e))
}

pub fn symlink(target: &str, link: &str) -> OsResult<()> {
    std::os::unix::fs::symlink(target, link).map_err(|e| os_error(&e))
}

pub fn readlink(path: &str) -> OsResult<String> {
    std::fs::read_link(path)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| os_error(&e))
}

pub fn hard_link(target: &str, link: &str) -> OsResult<()> {
    std::fs::hard_link(target, link).map_err(|e| os_error(&e))
}

/// `std` sets both times at once: an omitted one keeps the file's current value.
fn file_times(current: &Stat, atime: TimeSpec, mtime: TimeSpec) -> std::fs::FileTimes {
    let at = |t: TimeSpec, keep: u64| {
        let ns = match t {
            TimeSpec::Omit => keep,
            TimeSpec::Now => realtime_ns(),
            TimeSpec::At(ns) => ns,
        };
        std::time::UNIX_EPOCH + std::time::Duration::from_nanos(ns)
    };
    std::fs::FileTimes::new()
        .set_accessed(at(atime, current.atime_ns))
        .set_modified(at(mtime, current.mtime_ns))
}

pub fn set_times(path: &str, atime: TimeSpec, mtime: TimeSpec, _follow: bool) -> OsResult<()> {
    let current = stat(path, true)?;
    let file = File::options()
        .write(true)
        .open(path)
        .or_else(|_| File::open(path))
        .map_err(|e| os_error(&e))?;
    file.set_times(file_times(&current, atime, mtime))
        .map_err(|e| os_error(&e))
}

pub fn fset_times(fd: Fd, atime: TimeSpec, mtime: TimeSpec) -> OsResult<()> {
    let current = fstat(fd)?;
    with_file(fd, |f| f.set_times(file_times(&current, atime, mtime)))
}

pub fn getcwd() -> String {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "/".to_string())
}

pub fn chdir(path: &str) -> OsResult<()> {
    std::env::set_current_dir(path).map_err(|e| os_error(&e))
}

pub fn preopened_dirs() -> Vec<String> {
    vec!["/".to_string()]
}

pub fn random(buf: &mut [u8]) -> OsResult<()> {
    let mut f = File::open("/dev/urandom").map_err(|e| os_error(&e))?;
    f.read_exact(buf).map_err(|e| os_error(&e))
}

pub fn sleep(ns: u64) -> OsResult<()> {
    std::thread::sleep(std::time::Duration::from_nanos(ns));
    Ok(())
}

pub fn monotonic_ns() -> u64 {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|start| u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX))
}

pub fn realtime_ns() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

pub fn process_time_ns() -> u64 {
    monotonic_ns()
}

pub fn exit(code: i32) -> ! {
    std::process::exit(code)
}
