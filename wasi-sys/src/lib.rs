//! The narrow OS surface of pyrs: arguments, stdio, whole-file reads, clocks and exit.
//!
//! Everything the interpreter asks of the operating system goes through this crate. On
//! `wasm32-wasip1` it calls WASI preview1 through the `wasi` crate (`wasi.rs`); elsewhere it
//! falls back on `std` (`native.rs`) so unit tests and benches run on the host. Errors carry
//! Linux errno numbers so messages match CPython on Linux.

#[cfg(target_os = "wasi")]
mod wasi;
#[cfg(target_os = "wasi")]
use wasi as imp;

#[cfg(not(target_os = "wasi"))]
mod native;
#[cfg(not(target_os = "wasi"))]
use native as imp;

/// File descriptor of standard input.
pub const STDIN: u32 = 0;
/// File descriptor of standard output.
pub const STDOUT: u32 = 1;
/// File descriptor of standard error.
pub const STDERR: u32 = 2;

/// An OS error, carrying the Linux errno number that CPython would report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsError {
    pub errno: i32,
}

pub const ENOENT: i32 = 2;
pub const EBADF: i32 = 9;
pub const EACCES: i32 = 13;
pub const EEXIST: i32 = 17;
pub const ENOTDIR: i32 = 20;
pub const EISDIR: i32 = 21;
pub const EINVAL: i32 = 22;
pub const EIO: i32 = 5;
pub const EPERM: i32 = 1;

impl OsError {
    /// The text `strerror` gives on Linux, as CPython prints it after `[Errno N]`.
    pub fn strerror(&self) -> &'static str {
        match self.errno {
            EPERM => "Operation not permitted",
            ENOENT => "No such file or directory",
            EIO => "Input/output error",
            EBADF => "Bad file descriptor",
            EACCES => "Permission denied",
            EEXIST => "File exists",
            ENOTDIR => "Not a directory",
            EISDIR => "Is a directory",
            EINVAL => "Invalid argument",
            _ => "Unknown error",
        }
    }
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
pub fn write_all(fd: u32, bytes: &[u8]) -> Result<(), OsError> {
    imp::write_all(fd, bytes)
}

/// Reads at most `buf.len()` bytes from `fd`; 0 means end of file.
pub fn read(fd: u32, buf: &mut [u8]) -> Result<usize, OsError> {
    imp::read(fd, buf)
}

/// Reads a whole file into memory.
pub fn read_file(path: &str) -> Result<Vec<u8>, OsError> {
    imp::read_file(path)
}

/// Whether `path` names an existing regular file.
pub fn is_file(path: &str) -> bool {
    imp::is_file(path)
}

/// Nanoseconds from an arbitrary fixed point, never going backwards.
pub fn monotonic_ns() -> u64 {
    imp::monotonic_ns()
}

/// Nanoseconds since the Unix epoch.
pub fn realtime_ns() -> u64 {
    imp::realtime_ns()
}

/// Ends the process with `code`.
pub fn exit(code: i32) -> ! {
    imp::exit(code)
}
