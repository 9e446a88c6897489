//! A cache of class attribute look-ups: (class, interned name) → what the class's MRO gives.
//! Attribute access on instances asks it first, skipping a dict probe per class of the MRO.
//! Every change a look-up could observe empties it: a class attribute set or deleted, a class
//! created or freed (its address may be reused). Entries hold the name (so its address stays
//! unique) and the value found; emptying drops them outside the cache's borrow, since dropping
//! a value can free a class, which empties the cache again.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::types::{PyStr, PyType};
use crate::object::Value;

/// Entries; a power of two.
const SIZE: usize = 1024;

struct Entry {
    class: usize,
    name: Rc<PyStr>,
    found: Option<Value>,
}

thread_local! {
    static CACHE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
    /// Entries filled since the cache was last emptied.
    static FILLED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Counts the emptyings: per-instruction caches (`bytecode::AttrCache`) hold the epoch
    /// they were filled in.
    static EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// The current epoch: it changes whenever a cached look-up may have changed.
pub fn epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

fn slot_of(class: usize, name: usize) -> usize {
    ((class >> 4) ^ (name >> 4) ^ (name >> 12)) & (SIZE - 1)
}

/// `class.lookup(name)`, from the cache when it holds the answer.
pub fn lookup(class: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
    let key = Rc::as_ptr(class) as usize;
    let slot = slot_of(key, Rc::as_ptr(name) as usize);
    let hit = CACHE.with(|c| {
        let cache = c.borrow();
        match cache.get(slot) {
            Some(Some(e)) if e.class == key && Rc::ptr_eq(&e.name, name) => Some(e.found.clone()),
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = class.lookup_hashed(name.as_str(), name.hash());
    let entry = Entry {
        class: key,
        name: name.clone(),
        found: found.clone(),
    };
    let replaced = CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.is_empty() {
            cache.resize_with(SIZE, || None);
        }
        cache[slot].replace(entry)
    });
    if replaced.is_none() {
        FILLED.with(|f| f.set(f.get() + 1));
    }
    drop(replaced);
    found
}

/// Empties the cache: a class changed, was created or was freed.
pub fn invalidate() {
    EPOCH.with(|e| e.set(e.get() + 1));
    if FILLED.with(|f| f.replace(0)) == 0 {
        return;
    }
    let mut old = CACHE.with(|c| std::mem::take(&mut *c.borrow_mut()));
    // Dropping an entry may free a class, which empties the (now detached) cache again.
    for entry in old.iter_mut() {
        drop(entry.take());
    }
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.is_empty() {
            *cache = old;
        }
    });
}
