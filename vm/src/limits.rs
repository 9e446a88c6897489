//! Limits an embedder puts on the interpreter: a memory cap, counted by an allocator the
//! embedding binary installs (`CountingAlloc`), and the step budget kept by `Vm` (see
//! `Vm::set_step_budget`). A script that goes over either gets a Python exception at its
//! next check point (a loop's back edge or a call), never a trap.
//!
//! Without `CountingAlloc` installed (the CLI) nothing is counted and no cap applies.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

thread_local! {
    /// Bytes allocated and not yet freed, while `CountingAlloc` is the global allocator.
    static LIVE: Cell<usize> = const { Cell::new(0) };
    /// The value of `LIVE` beyond which allocations count as over the cap.
    static CAP: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// A global allocator that counts the bytes live in the heap, so a memory cap can be
/// enforced: `#[global_allocator] static A: CountingAlloc<System> = CountingAlloc(System);`.
pub struct CountingAlloc<A>(pub A);

// SAFETY: every method forwards to the inner allocator with the caller's own arguments and
// only adds bookkeeping in thread-local cells (no allocation, no re-entry).
#[allow(unsafe_code)]
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAlloc<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            LIVE.with(|l| l.set(l.get().saturating_add(layout.size())));
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            LIVE.with(|l| l.set(l.get().saturating_add(layout.size())));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { self.0.dealloc(ptr, layout) };
        LIVE.with(|l| l.set(l.get().saturating_sub(layout.size())));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.with(|l| {
                l.set(
                    l.get()
                        .saturating_sub(layout.size())
                        .saturating_add(new_size),
                )
            });
        }
        p
    }
}

/// Bytes live in the heap (0 unless `CountingAlloc` is installed).
pub fn live_bytes() -> usize {
    LIVE.with(Cell::get)
}

/// Sets the live-byte count beyond which the interpreter raises `MemoryError`; `None`
/// removes the cap.
pub fn set_memory_ceiling(ceiling: Option<usize>) {
    CAP.with(|c| c.set(ceiling.unwrap_or(usize::MAX)));
}

/// Whether the heap has grown past the cap.
pub fn over_cap() -> bool {
    LIVE.with(Cell::get) > CAP.with(Cell::get)
}

/// Whether `bytes` more may be allocated without going past the cap: a large allocation
/// (a repeated sequence, a preallocated buffer) asks first, so it fails with `MemoryError`
/// before it takes the memory.
pub fn may_allocate(bytes: usize) -> bool {
    let cap = CAP.with(Cell::get);
    cap == usize::MAX || LIVE.with(Cell::get).saturating_add(bytes) <= cap
}

/// Whether a cap is set.
pub fn capped() -> bool {
    CAP.with(Cell::get) != usize::MAX
}
