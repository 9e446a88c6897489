//! Bytecode: the instruction set, code objects with their side tables, and the disassembler.

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{AttrCache, Code, CodeFlags, ExcEntry};
pub use opcode::{BinOp, CmpOp, Instr, Op};
