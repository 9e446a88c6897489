//! The narrow OS surface of pyrs: arguments, environment, files and directories, clocks,
//! randomness and exit.
//!
//! Everything the interpreter asks of the operating system goes through this crate. On
//! `wasm32-wasip1` it calls WASI preview1 through the `wasi` crate (`wasi.rs`): the preopened
//! directories are found once, a current directory is emulated inside them, and every path is
//! resolved against the preopen that holds it. Elsewhere it falls back on `std` (`native.rs`)
//! so unit tests and benches run on the host. Errors carry Linux errno numbers (`errno.rs`) so
//! messages match CPython on Linux.

pub mod errno;
pub mod sandbox;

#[cfg(target_os = "wasi")]
mod wasi;
#[cfg(target_os = "wasi")]
use wasi as imp;

#[cfg(not(target_os = "wasi"))]
mod native;
#[cfg(not(target_os = "wasi"))]
use native as imp;

/// A file descriptor.
pub type Fd = u32;

/// File descriptor of standard input.
pub const STDIN: Fd = 0;
/// File descriptor of standard output.
pub const STDOUT: Fd = 1;
/// File descriptor of standard error.
pub const STDERR: Fd = 2;

pub const EPERM: i32 = 1;
pub const ENOENT: i32 = 2;
pub const EIO: i32 = 5;
pub const EBADF: i32 = 9;
pub const EAGAIN: i32 = 11;
pub const EACCES: i32 = 13;
pub const EEXIST: i32 = 17;
pub const EXDEV: i32 = 18;
pub const ENOTDIR: i32 = 20;
pub const EISDIR: i32 = 21;
pub const EINVAL: i32 = 22;
pub const ENOTTY: i32 = 25;
pub const ESPIPE: i32 = 29;
pub const ENOSYS: i32 = 38;
pub const ENOTEMPTY: i32 = 39;
pub const ELOOP: i32 = 40;
pub const ENOTSUP: i32 = 95;

/// An OS error, carrying the Linux errno number that CPython would report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsError {
    pub errno: i32,
    /// The path lies outside every directory the host granted (`--dir`): the sandbox, not
    /// the file system, refused it.
    pub outside: bool,
}

impl OsError {
    pub const fn new(errno: i32) -> OsError {
        OsError {
            errno,
            outside: false,
        }
    }

    /// The text `strerror` gives on Linux, as CPython prints it after `[Errno N]`.
    pub fn strerror(&self) -> String {
        errno::message(self.errno)
    }
}

pub type OsResult<T> = Result<T, OsError>;

/// What a directory entry or a stat result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    Unknown,
    BlockDevice,
    CharDevice,
    Directory,
    Regular,
    Socket,
    Symlink,
}

/// What `stat` reports. Times are nanoseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stat {
    pub dev: u64,
    pub ino: u64,
    pub kind: FileType,
    pub nlink: u64,
    pub size: u64,
    pub atime_ns: u64,
    pub mtime_ns: u64,
    pub ctime_ns: u64,
    /// Permission bits when the platform has them (never on WASI).
    pub perm: Option<u32>,
}

/// One entry of a directory listing (never `.` or `..`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    pub name: String,
    pub kind: FileType,
    pub ino: u64,
}

/// How `open` opens a path, as the `O_*` flags say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenOptions {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub exclusive: bool,
    pub truncate: bool,
    pub directory: bool,
    /// Do not follow a symbolic link in the last component (`O_NOFOLLOW`).
    pub nofollow: bool,
}

/// Where a seek offset counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whence {
    Start,
    Current,
    End,
}

/// A time to set with `set_times`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSpec {
    Omit,
    Now,
    At(u64),
}

/// The command-line arguments, `argv[0]` first, decoded lossily as UTF-8.
pub fn args() -> Vec<String> {
    imp::args()
}

/// The environment as `NAME=value` strings.
pub fn environ() -> Vec<String> {
    imp::environ()
}

/// Writes all of `bytes` to `fd`.
pub fn write_all(fd: Fd, mut bytes: &[u8]) -> OsResult<()> {
    while !bytes.is_empty() {
        let n = write(fd, bytes)?;
        if n == 0 {
            return Err(OsError::new(EIO));
        }
        bytes = &bytes[n..];
    }
    Ok(())
}

/// Writes some of `bytes` to `fd`; the count written.
pub fn write(fd: Fd, bytes: &[u8]) -> OsResult<usize> {
    if (fd == STDOUT || fd == STDERR) && sandbox::capture(fd, bytes) {
        return Ok(bytes.len());
    }
    imp::write(fd, bytes)
}

/// Reads at most `buf.len()` bytes from `fd`; 0 means end of file.
pub fn read(fd: Fd, buf: &mut [u8]) -> OsResult<usize> {
    imp::read(fd, buf)
}

/// Reads from `fd` to its end.
pub fn read_to_end(fd: Fd, data: &mut Vec<u8>) -> OsResult<()> {
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = read(fd, &mut chunk)?;
        if n == 0 {
            return Ok(());
        }
        data.extend_from_slice(&chunk[..n]);
    }
}

/// Whether a path names a directory by its form (`dir/`, `dir/.`), as POSIX requires.
fn names_directory(path: &str) -> bool {
    path.ends_with('/') || path.ends_with("/.") || path == "." || path == ".."
}

/// Opens `path`; the new descriptor is owned by the caller, who closes it.
pub fn open(path: &str, how: &OpenOptions) -> OsResult<Fd> {
    let fd = imp::open(path, how)?;
    if names_directory(path) && !how.directory {
        match imp::fstat(fd) {
            Ok(st) if st.kind != FileType::Directory => {
                let _ = imp::close(fd);
                return Err(OsError::new(ENOTDIR));
            }
            _ => {}
        }
    }
    Ok(fd)
}

pub fn close(fd: Fd) -> OsResult<()> {
    imp::close(fd)
}

/// Moves the file position; the new position from the start.
pub fn seek(fd: Fd, offset: i64, whence: Whence) -> OsResult<u64> {
    imp::seek(fd, offset, whence)
}

/// Flushes file data and metadata to storage.
pub fn sync(fd: Fd) -> OsResult<()> {
    imp::sync(fd)
}

/// Flushes file data to storage.
pub fn datasync(fd: Fd) -> OsResult<()> {
    imp::datasync(fd)
}

/// Truncates or extends the file to `len` bytes.
pub fn set_len(fd: Fd, len: u64) -> OsResult<()> {
    imp::set_len(fd, len)
}

pub fn fstat(fd: Fd) -> OsResult<Stat> {
    imp::fstat(fd)
}

/// `stat` (following symbolic links) or `lstat`.
pub fn stat(path: &str, follow: bool) -> OsResult<Stat> {
    if names_directory(path) {
        let st = imp::stat(path, true)?;
        if st.kind != FileType::Directory {
            return Err(OsError::new(ENOTDIR));
        }
        return Ok(st);
    }
    imp::stat(path, follow)
}

/// Whether `fd` can be positioned (`lseek(fd, 0, SEEK_CUR)` succeeds).
pub fn is_seekable(fd: Fd) -> bool {
    imp::is_seekable(fd)
}

/// Whether `fd` is a terminal.
pub fn is_terminal(fd: Fd) -> bool {
    if (fd == STDOUT || fd == STDERR) && sandbox::capturing() {
        return false;
    }
    imp::is_terminal(fd)
}

/// The entries of a directory, without `.` and `..`, in the order the system gives them.
pub fn read_dir(path: &str) -> OsResult<Vec<DirEntry>> {
    imp::read_dir(path)
}

pub fn mkdir(path: &str) -> OsResult<()> {
    imp::mkdir(path)
}

pub fn rmdir(path: &str) -> OsResult<()> {
    imp::rmdir(path)
}

/// Removes a file (not a directory).
pub fn unlink(path: &str) -> OsResult<()> {
    if names_directory(path) {
        stat(path, true)?;
        return Err(OsError::new(EISDIR));
    }
    imp::unlink(path)
}

/// Renames `from` to `to`, replacing `to` when it exists.
pub fn rename(from: &str, to: &str) -> OsResult<()> {
    imp::rename(from, to)
}

/// Creates the symbolic link `link` pointing at `target` (stored as given).
pub fn symlink(target: &str, link: &str) -> OsResult<()> {
    imp::symlink(target, link)
}

pub fn readlink(path: &str) -> OsResult<String> {
    imp::readlink(path)
}

/// Creates the hard link `link` to the existing file `target`.
pub fn hard_link(target: &str, link: &str) -> OsResult<()> {
    imp::hard_link(target, link)
}

/// Sets access and modification times of a path.
pub fn set_times(path: &str, atime: TimeSpec, mtime: TimeSpec, follow: bool) -> OsResult<()> {
    imp::set_times(path, atime, mtime, follow)
}

/// Sets access and modification times of an open file.
pub fn fset_times(fd: Fd, atime: TimeSpec, mtime: TimeSpec) -> OsResult<()> {
    imp::fset_times(fd, atime, mtime)
}

/// The current directory, absolute.
pub fn getcwd() -> String {
    imp::getcwd()
}

/// `path` joined to the current directory (`.` and empty components removed).
pub fn absolute(path: &str) -> String {
    join_path(&getcwd(), path)
}

/// Why a path was refused by the sandbox, for the message of the `PermissionError`: it names
/// the directory to grant when the path lies outside every granted one.
pub fn outside_hint(path: &str) -> String {
    if sandbox::files_denied() {
        return "this session may not use the file system".to_string();
    }
    let target = normalize_path(&absolute(path));
    let inside = preopened_dirs()
        .iter()
        .any(|dir| dir == "/" || target == *dir || target.starts_with(&format!("{dir}/")));
    if inside {
        return "outside the directories granted to this WebAssembly program".to_string();
    }
    let parent = match target.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => target[..i].to_string(),
    };
    format!(
        "outside the directories granted to this WebAssembly program; grant it with `wasmtime run --dir {parent}`"
    )
}

/// Changes the current directory.
pub fn chdir(path: &str) -> OsResult<()> {
    imp::chdir(path)
}

/// The directories the host granted, as the guest names them (`/` for `--dir .`).
pub fn preopened_dirs() -> Vec<String> {
    if sandbox::files_denied() {
        return Vec::new();
    }
    imp::preopened_dirs()
}

/// Fills `buf` with random bytes from the system.
pub fn random(buf: &mut [u8]) -> OsResult<()> {
    imp::random(buf)
}

/// Sleeps for `ns` nanoseconds.
pub fn sleep(ns: u64) -> OsResult<()> {
    imp::sleep(ns)
}

/// Reads a whole file into memory.
pub fn read_file(path: &str) -> OsResult<Vec<u8>> {
    let fd = open(
        path,
        &OpenOptions {
            read: true,
            ..OpenOptions::default()
        },
    )?;
    let result = fstat(fd).and_then(|st| {
        if st.kind == FileType::Directory {
            return Err(OsError::new(EISDIR));
        }
        let mut data = Vec::with_capacity(usize::try_from(st.size).unwrap_or(0));
        read_to_end(fd, &mut data).map(|()| data)
    });
    let _ = close(fd);
    result
}

/// Whether `path` names an existing regular file (following symbolic links).
pub fn is_file(path: &str) -> bool {
    stat(path, true).is_ok_and(|st| st.kind == FileType::Regular)
}

/// Whether `path` names an existing directory (following symbolic links).
pub fn is_dir(path: &str) -> bool {
    stat(path, true).is_ok_and(|st| st.kind == FileType::Directory)
}

/// Nanoseconds from an arbitrary fixed point, never going backwards.
pub fn monotonic_ns() -> u64 {
    imp::monotonic_ns()
}

/// Nanoseconds since the Unix epoch.
pub fn realtime_ns() -> u64 {
    imp::realtime_ns()
}

/// CPU time used by the process, in nanoseconds.
pub fn process_time_ns() -> u64 {
    imp::process_time_ns()
}

/// Ends the process with `code`.
pub fn exit(code: i32) -> ! {
    imp::exit(code)
}

/// Joins a relative `path` to the absolute directory `base` and removes `.` and empty
/// components (`..` is kept: only the file system knows where it leads through links).
pub fn join_path(base: &str, path: &str) -> String {
    let mut out = String::from("/");
    let full = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{base}/{path}")
    };
    for part in full.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(part);
    }
    out
}

/// `path` made absolute and normal, resolving `..` lexically (`/..` stays `/`).
pub fn normalize_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_and_normalize() {
        assert_eq!(join_path("/", "a/b"), "/a/b");
        assert_eq!(join_path("/x", "./a//b/"), "/x/a/b");
        assert_eq!(join_path("/x", "/abs"), "/abs");
        assert_eq!(join_path("/x", "../y"), "/x/../y");
        assert_eq!(normalize_path("/x/../y/./z/"), "/y/z");
        assert_eq!(normalize_path("/../.."), "/");
    }

    #[test]
    fn errno_messages() {
        assert_eq!(OsError::new(ENOENT).strerror(), "No such file or directory");
        assert_eq!(errno::message(4242), "Unknown error 4242");
        assert_eq!(errno::number("EWOULDBLOCK"), Some(EAGAIN));
    }

    #[test]
    fn files_round_trip() {
        let dir = std::env::temp_dir().join(format!("pyrs-wasi-sys-{}", std::process::id()));
        let dir = dir.to_string_lossy().into_owned();
        let _ = std::fs::remove_dir_all(&dir);
        mkdir(&dir).unwrap();
        assert_eq!(mkdir(&dir).unwrap_err().errno, EEXIST);
        let file = format!("{dir}/a.txt");
        let how = OpenOptions {
            write: true,
            create: true,
            truncate: true,
            ..OpenOptions::default()
        };
        let fd = open(&file, &how).unwrap();
        write_all(fd, b"hello world").unwrap();
        assert_eq!(seek(fd, 0, Whence::Current).unwrap(), 11);
        set_len(fd, 5).unwrap();
        close(fd).unwrap();
        assert_eq!(read_file(&file).unwrap(), b"hello");
        assert_eq!(stat(&file, true).unwrap().size, 5);
        let names: Vec<String> = read_dir(&dir)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["a.txt"]);
        rename(&file, &format!("{dir}/b.txt")).unwrap();
        assert_eq!(stat(&file, true).unwrap_err().errno, ENOENT);
        assert_eq!(rmdir(&dir).unwrap_err().errno, ENOTEMPTY);
        unlink(&format!("{dir}/b.txt")).unwrap();
        rmdir(&dir).unwrap();
    }
}
