//! The host fallback of the OS surface, on `std`, for unit tests and benches.

use crate::OsError;
use std::io::{Read, Write};

fn os_error(err: &std::io::Error) -> OsError {
    OsError {
        errno: err.raw_os_error().unwrap_or(crate::EIO),
    }
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

pub fn write_all(fd: u32, bytes: &[u8]) -> Result<(), OsError> {
    let result = match fd {
        crate::STDOUT => std::io::stdout()
            .write_all(bytes)
            .and_then(|()| std::io::stdout().flush()),
        crate::STDERR => std::io::stderr().write_all(bytes),
        _ => {
            return Err(OsError {
                errno: crate::EBADF,
            })
        }
    };
    result.map_err(|e| os_error(&e))
}

pub fn read(fd: u32, buf: &mut [u8]) -> Result<usize, OsError> {
    match fd {
        crate::STDIN => std::io::stdin().read(buf).map_err(|e| os_error(&e)),
        _ => Err(OsError {
            errno: crate::EBADF,
        }),
    }
}

pub fn read_file(path: &str) -> Result<Vec<u8>, OsError> {
    std::fs::read(path).map_err(|e| os_error(&e))
}

pub fn is_file(path: &str) -> bool {
    std::path::Path::new(path).is_file()
}

pub fn monotonic_ns() -> u64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX)
}

pub fn realtime_ns() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

pub fn exit(code: i32) -> ! {
    std::process::exit(code)
}
