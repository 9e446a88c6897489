//! The object model: the `Value` type, the heap types behind it, hash tables and formatting.

pub mod finalize;
pub mod format;
pub mod gc;
pub mod path;
pub mod table;
pub mod types;
mod value;

pub use value::{discard, discard_slot, holds_handle, Value};

/// Adds a weak reference to a list of them, first letting go of the dead ones whenever the
/// list is full; it then keeps room for as many again as are alive, so each push costs
/// constant time on average however many stay alive.
pub fn push_weak<T: ?Sized>(list: &mut Vec<std::rc::Weak<T>>, item: std::rc::Weak<T>) {
    if list.len() == list.capacity() {
        list.retain(|w| w.strong_count() > 0);
        list.reserve(list.len().max(4));
    }
    list.push(item);
}
