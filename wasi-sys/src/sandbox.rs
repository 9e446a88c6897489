//! What an embedder switches per session: standard output and error captured into buffers
//! instead of written to the host, and no file system at all (every path is refused as
//! lying outside the granted directories).

use std::cell::{Cell, RefCell};

thread_local! {
    /// Captured standard output and error, while capture is on.
    static CAPTURED: RefCell<Option<(Vec<u8>, Vec<u8>)>> = const { RefCell::new(None) };
    static NO_FILES: Cell<bool> = const { Cell::new(false) };
}

/// Starts capturing what is written to standard output and error (`true`), or stops and
/// drops what was captured (`false`).
pub fn set_capture(on: bool) {
    CAPTURED.with(|c| *c.borrow_mut() = on.then(Default::default));
}

/// Whether standard output and error are being captured.
pub fn capturing() -> bool {
    CAPTURED.with(|c| c.borrow().is_some())
}

/// Takes what was captured so far: (standard output, standard error).
pub fn take_captured() -> (Vec<u8>, Vec<u8>) {
    CAPTURED.with(|c| match c.borrow_mut().as_mut() {
        Some((out, err)) => (std::mem::take(out), std::mem::take(err)),
        None => Default::default(),
    })
}

/// Appends `bytes` written to `fd` (standard output or error) to the capture; false when
/// capture is off.
pub(crate) fn capture(fd: crate::Fd, bytes: &[u8]) -> bool {
    CAPTURED.with(|c| match c.borrow_mut().as_mut() {
        Some((out, err)) => {
            let buf = if fd == crate::STDOUT { out } else { err };
            buf.extend_from_slice(bytes);
            true
        }
        None => false,
    })
}

/// Refuses (`true`) or allows every path operation from now on.
pub fn set_files_denied(denied: bool) {
    NO_FILES.with(|n| n.set(denied));
}

/// Whether path operations are refused.
pub fn files_denied() -> bool {
    NO_FILES.with(Cell::get)
}
