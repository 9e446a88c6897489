//! WASI preview1 through the `wasi` crate: the only place pyrs makes system calls on wasm32.
#![expect(unsafe_code, reason = "the wasi crate's preview1 calls are unsafe FFI")]

use crate::OsError;

/// Maps a WASI errno to the Linux number CPython reports.
fn os_error(errno: wasi::Errno) -> OsError {
    let linux = match errno {
        wasi::ERRNO_NOENT => crate::ENOENT,
        wasi::ERRNO_BADF => crate::EBADF,
        wasi::ERRNO_ACCES | wasi::ERRNO_NOTCAPABLE => crate::EACCES,
        wasi::ERRNO_EXIST => crate::EEXIST,
        wasi::ERRNO_NOTDIR => crate::ENOTDIR,
        wasi::ERRNO_ISDIR => crate::EISDIR,
        wasi::ERRNO_INVAL => crate::EINVAL,
        wasi::ERRNO_PERM => crate::EPERM,
        _ => crate::EIO,
    };
    OsError { errno: linux }
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

pub fn write_all(fd: u32, mut bytes: &[u8]) -> Result<(), OsError> {
    while !bytes.is_empty() {
        let iov = wasi::Ciovec {
            buf: bytes.as_ptr(),
            buf_len: bytes.len(),
        };
        // SAFETY: iov points into `bytes`, alive for the call.
        let written = unsafe { wasi::fd_write(fd, &[iov]) }.map_err(os_error)?;
        if written == 0 {
            return Err(OsError { errno: crate::EIO });
        }
        bytes = &bytes[written..];
    }
    Ok(())
}

pub fn read(fd: u32, buf: &mut [u8]) -> Result<usize, OsError> {
    let iov = wasi::Iovec {
        buf: buf.as_mut_ptr(),
        buf_len: buf.len(),
    };
    // SAFETY: iov points into `buf`, alive and writable for the call.
    unsafe { wasi::fd_read(fd, &[iov]) }.map_err(os_error)
}

/// The preopened directories: (fd, name).
fn preopens() -> Vec<(u32, String)> {
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
        found.push((fd, name));
    }
    found
}

/// Finds the preopened directory that holds `path` and the path relative to it.
fn resolve(path: &str) -> Option<(u32, String)> {
    let mut best: Option<(u32, String, usize)> = None;
    for (fd, name) in preopens() {
        let rel = if path.starts_with('/') {
            let dir = name.trim_end_matches('/');
            if !name.starts_with('/') {
                continue;
            }
            if dir.is_empty() {
                Some(path.trim_start_matches('/').to_string())
            } else if path == dir {
                Some(".".to_string())
            } else {
                path.strip_prefix(dir)
                    .and_then(|r| r.strip_prefix('/'))
                    .map(str::to_string)
            }
        } else if name == "." || name == "./" {
            Some(path.to_string())
        } else {
            None
        };
        if let Some(rel) = rel {
            let score = name.len();
            if best.as_ref().is_none_or(|b| score > b.2) {
                best = Some((fd, rel, score));
            }
        }
    }
    best.map(|(fd, rel, _)| (fd, if rel.is_empty() { ".".to_string() } else { rel }))
}

fn open_read(path: &str) -> Result<u32, OsError> {
    let (dir, rel) = resolve(path).ok_or(OsError {
        errno: crate::ENOENT,
    })?;
    let rights = wasi::RIGHTS_FD_READ | wasi::RIGHTS_FD_FILESTAT_GET | wasi::RIGHTS_FD_SEEK;
    // SAFETY: plain FFI call with a valid string.
    unsafe { wasi::path_open(dir, wasi::LOOKUPFLAGS_SYMLINK_FOLLOW, &rel, 0, rights, 0, 0) }
        .map_err(os_error)
}

pub fn read_file(path: &str) -> Result<Vec<u8>, OsError> {
    let fd = open_read(path)?;
    let result = read_open_file(fd);
    // SAFETY: fd was opened above and is closed once.
    let _ = unsafe { wasi::fd_close(fd) };
    result
}

fn read_open_file(fd: u32) -> Result<Vec<u8>, OsError> {
    // SAFETY: fd_filestat_get only writes its out-parameter.
    let stat = unsafe { wasi::fd_filestat_get(fd) }.map_err(os_error)?;
    if stat.filetype == wasi::FILETYPE_DIRECTORY {
        return Err(OsError {
            errno: crate::EISDIR,
        });
    }
    let mut data = Vec::with_capacity(usize::try_from(stat.size).unwrap_or(0));
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = read(fd, &mut chunk)?;
        if n == 0 {
            return Ok(data);
        }
        data.extend_from_slice(&chunk[..n]);
    }
}

pub fn is_file(path: &str) -> bool {
    let Ok(fd) = open_read(path) else {
        return false;
    };
    // SAFETY: fd was just opened; closed once.
    let is_file = unsafe { wasi::fd_filestat_get(fd) }
        .is_ok_and(|stat| stat.filetype == wasi::FILETYPE_REGULAR_FILE);
    // SAFETY: as above.
    let _ = unsafe { wasi::fd_close(fd) };
    is_file
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

pub fn exit(code: i32) -> ! {
    // SAFETY: proc_exit does not return.
    unsafe { wasi::proc_exit(code as u32) };
    unreachable!("proc_exit returned")
}
