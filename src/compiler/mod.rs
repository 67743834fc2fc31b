//! Source -> code objects: `ast` (parsing), `symtable` (scopes), `codegen` (bytecode).
//!
//! Entry points compile a module, an `eval` expression or a REPL entry into a
//! `CodeObject`. Errors come back as `CompileError` (SyntaxError data).
#![deny(unsafe_code)]

pub mod ast;
pub mod codegen;
pub mod error;
pub mod symtable;

pub use ast::ParseMode;
pub use error::{CompileError, ErrorKind};

use crate::bytecode::CodeObject;

/// Compile `source` in the given mode.
pub fn compile(source: &str, filename: &str, mode: ParseMode) -> Result<CodeObject, CompileError> {
    let module = ast::parse(source, mode, filename)?;
    codegen::compile_mod(&module, source, filename, mode)
}
