//! Text streams over the standard file descriptors (`sys.stdout`, `sys.stderr`): buffered
//! writes through `wasi-sys`, flushed at exit, before input, and when the buffer fills.

use std::cell::RefCell;

/// A writable text stream that owns its file descriptor.
pub struct Stream {
    pub fd: u32,
    pub name: &'static str,
    buffer: RefCell<Vec<u8>>,
    buffered: bool,
}

const FLUSH_AT: usize = 8 * 1024;

impl Stream {
    pub fn new(fd: u32, name: &'static str, buffered: bool) -> Stream {
        Stream {
            fd,
            name,
            buffer: RefCell::new(Vec::new()),
            buffered,
        }
    }

    /// Writes text; errors from the OS are reported as their errno.
    pub fn write(&self, text: &str) -> Result<(), pyrs_wasi_sys::OsError> {
        if !self.buffered {
            return pyrs_wasi_sys::write_all(self.fd, text.as_bytes());
        }
        let full = {
            let mut buf = self.buffer.borrow_mut();
            buf.extend_from_slice(text.as_bytes());
            buf.len() >= FLUSH_AT
        };
        if full {
            self.flush()?;
        }
        Ok(())
    }

    pub fn flush(&self) -> Result<(), pyrs_wasi_sys::OsError> {
        let data = std::mem::take(&mut *self.buffer.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        pyrs_wasi_sys::write_all(self.fd, &data)
    }
}
