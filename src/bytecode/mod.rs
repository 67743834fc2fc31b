//! Bytecode: the instruction set, code objects and the disassembler.
#![deny(unsafe_code)]
pub mod code;
pub mod disasm;
pub mod opcodes;

pub use code::{CodeFlags, CodeObject, Const, ExcEntry};
pub use opcodes::{BinOp, CmpOp, Instr};
