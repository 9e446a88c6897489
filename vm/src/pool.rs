//! The small-block allocator the `pyrs` binaries install: the interpreter makes and frees
//! small blocks all the time (boxed objects, argument vectors, the regular-expression
//! engine's mark stacks), and a free list per size class serves them in a few instructions,
//! where the system allocator (dlmalloc under WASI) searches its bins and merges neighbours.
//!
//! Blocks of at most `MAX_SMALL` bytes (alignment at most 16) are cut from 64 KiB chunks
//! taken from the system allocator, in classes 16 bytes apart; a freed block goes on its
//! class's list and serves the next request of that class. Anything larger goes to the
//! system allocator unchanged.
//!
//! The price: chunks are never given back and a freed block serves only its own class, so a
//! program's footprint is the sum of each class's peak (plus the large blocks' peak) rather
//! than one overall peak; a program that frees a million small objects of one size and then
//! makes objects of another keeps both. A session's memory cap (`limits`) counts live bytes,
//! not the blocks kept on the lists. Because chunks stay, a block may be freed by any thread:
//! each thread keeps its own lists (WASI has one thread; a thread that ends leaves its lists
//! unused).

#![expect(unsafe_code, reason = "an allocator hands out raw memory")]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// Distance between size classes, and the alignment every small block has.
const STEP: usize = 16;
/// Number of size classes: blocks of 16, 32, …, 512 bytes.
const CLASSES: usize = 32;
/// The largest block served from the lists.
const MAX_SMALL: usize = STEP * CLASSES;
/// Bytes taken from the system allocator at a time.
const CHUNK: usize = 64 * 1024;
const CHUNK_LAYOUT: Layout = match Layout::from_size_align(CHUNK, STEP) {
    Ok(layout) => layout,
    Err(_) => panic!("a chunk's layout is valid"),
};

/// One thread's lists and the chunk it is cutting new blocks from.
struct Pool {
    /// The first free block of each class; each free block starts with the next one.
    free: [Cell<*mut u8>; CLASSES],
    /// The uncut part of the current chunk.
    next: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    static POOL: Pool = const {
        Pool {
            free: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            next: Cell::new(ptr::null_mut()),
            end: Cell::new(ptr::null_mut()),
        }
    };
}

/// The global allocator: `#[global_allocator] static A: PoolAlloc = PoolAlloc;`.
pub struct PoolAlloc;

/// The size class of a layout the lists serve, or `None` for one the system allocator
/// takes.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    (size != 0 && size <= MAX_SMALL && align <= STEP).then(|| (size - 1) / STEP)
}

/// A block of class `class` (null when the system allocator has no memory left): the first on
/// its list, inline at the call site; `cut` only when the list is empty.
#[inline]
fn take(class: usize) -> *mut u8 {
    let head = POOL.try_with(|pool| {
        let head = pool.free[class].get();
        if !head.is_null() {
            // SAFETY: a block on a free list is a free block of this class, at least 16
            // bytes, 16-aligned, whose first word is the next free block (written by `give`).
            pool.free[class].set(unsafe { head.cast::<*mut u8>().read() });
        }
        head
    });
    match head {
        Ok(head) if !head.is_null() => head,
        _ => cut(class),
    }
}

/// A fresh block of class `class`, cut from the current chunk or a new one (null when the
/// system allocator has none). When the thread's lists cannot be reached (it is being torn
/// down), a whole class-sized block from the system allocator, so that it can join a list
/// when freed.
#[cold]
#[inline(never)]
fn cut(class: usize) -> *mut u8 {
    let size = (class + 1) * STEP;
    POOL.try_with(|pool| {
        let next = pool.next.get();
        if (pool.end.get() as usize).wrapping_sub(next as usize) >= size {
            pool.next.set(next.wrapping_add(size));
            return next;
        }
        // SAFETY: a valid, non-zero layout; a null result is passed on as the allocation
        // failing.
        let chunk = unsafe { System.alloc(CHUNK_LAYOUT) };
        if !chunk.is_null() {
            pool.next.set(chunk.wrapping_add(size));
            pool.end.set(chunk.wrapping_add(CHUNK));
        }
        chunk
    })
    .unwrap_or_else(|_| {
        // SAFETY: a valid, non-zero layout.
        unsafe { System.alloc(Layout::from_size_align(size, STEP).unwrap()) }
    })
}

/// Puts a block of class `class` on its list (on a thread being torn down it is left
/// unused).
#[inline]
fn give(block: *mut u8, class: usize) {
    let _ = POOL.try_with(|pool| {
        // SAFETY: the block was handed out for this class and is no longer used: its first
        // word holds the list's link until it is handed out again.
        unsafe { block.cast::<*mut u8>().write(pool.free[class].get()) };
        pool.free[class].set(block);
    });
}

// SAFETY: small blocks come from chunks that are never freed and are each on at most one
// list at a time (handed out by `take`, returned by `dealloc` once); the rest is the system
// allocator's, called with the caller's own arguments.
unsafe impl GlobalAlloc for PoolAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => take(class),
            // SAFETY: forwarded unchanged.
            None => unsafe { System.alloc(layout) },
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            Some(class) => {
                let p = take(class);
                if !p.is_null() {
                    // SAFETY: the block has at least `layout.size()` bytes.
                    unsafe { ptr::write_bytes(p, 0, layout.size()) };
                }
                p
            }
            // SAFETY: forwarded unchanged.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    // (out of line: inlined into every drop as well, the module grew by 200 KB for 1% fewer
    // instructions)
    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            Some(class) => give(ptr, class),
            // SAFETY: forwarded unchanged: a block of this layout came from `System`.
            None => unsafe { System.dealloc(ptr, layout) },
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // SAFETY: forwarded unchanged.
            (None, None) => unsafe { System.realloc(ptr, layout, new_size) },
            (Some(a), Some(b)) if a == b => ptr,
            _ => {
                // SAFETY: the caller guarantees `new_size` with `layout.align()` is a valid
                // layout; the old block holds `layout.size()` bytes and the new one
                // `new_size`, and they do not overlap.
                unsafe {
                    let grown = Layout::from_size_align_unchecked(new_size, layout.align());
                    let q = self.alloc(grown);
                    if !q.is_null() {
                        ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                    q
                }
            }
        }
    }
}
