//! Numbered slots for native state that a Python object of the library owns (a `Random`
//! generator, a hash object, a zlib stream): the object keeps the number, the module keeps
//! the state in a `Vec` whose freed numbers are used again.

use std::cell::RefCell;

use pyrs_vm::{PyResult, Value, Vm};

/// Puts `state` in the first free slot, or a new one, and returns its number.
pub fn store<T>(slots: &RefCell<Vec<Option<T>>>, state: T) -> usize {
    let mut slots = slots.borrow_mut();
    match slots.iter().position(Option::is_none) {
        Some(free) => {
            slots[free] = Some(state);
            free
        }
        None => {
            slots.push(Some(state));
            slots.len() - 1
        }
    }
}

/// Takes the state out of slot `n` (for a call that needs it by value), or None when the
/// slot is empty or names nothing.
pub fn take<T>(slots: &RefCell<Vec<Option<T>>>, n: usize) -> Option<T> {
    slots.borrow_mut().get_mut(n).and_then(Option::take)
}

/// Puts state taken with [`take`] back in slot `n`.
pub fn put_back<T>(slots: &RefCell<Vec<Option<T>>>, n: usize, state: T) {
    if let Some(place) = slots.borrow_mut().get_mut(n) {
        *place = Some(state);
    }
}

/// Empties slot `n`; a number that names no slot is ignored.
pub fn release<T>(slots: &RefCell<Vec<Option<T>>>, n: usize) {
    if let Some(s) = slots.borrow_mut().get_mut(n) {
        *s = None;
    }
}

/// A slot number argument: an int, where a negative one names no slot (`usize::MAX`).
pub fn number(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(usize::try_from(vm.int_arg(v, "")?).unwrap_or(usize::MAX))
}
