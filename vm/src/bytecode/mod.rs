//! Bytecode: the instruction set, code objects with their side tables, and the disassembler.

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcode;
pub mod verify;

pub use code::{AttrCache, AttrKind, CachedFn, Code, CodeFlags, ExcEntry, ATTR_WAYS};
pub use opcode::{BinOp, CmpOp, Instr, Op};
