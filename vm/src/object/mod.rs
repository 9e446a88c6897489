//! The object model: the `Value` type, the heap types behind it, hash tables and formatting.

pub mod finalize;
pub mod format;
pub mod gc;
pub mod path;
pub mod table;
pub mod types;
mod value;

pub use value::{discard, discard_slot, Value};
