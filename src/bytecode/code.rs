//! Code objects as the compiler produces them.
//!
//! A `CodeObject` is plain data (no heap `Value`s): constants are `Const`s, names are
//! Rust strings. The VM turns it into a runtime code object once (interning names,
//! allocating constants), so the compiler never touches the GC heap.
//!
//! Frame layout the interpreter builds from it: `varnames.len()` local slots, then
//! `cellvars.len() + freevars.len()` cell slots, then the value stack.

use num_bigint::BigInt;
use std::rc::Rc;

use super::opcodes::Instr;

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// An int literal (may be big).
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal.
    Complex(f64, f64),
    /// A str literal.
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
    /// A tuple of constants (keyword-name tuples, folded literals).
    Tuple(Vec<Const>),
    /// A nested code object (function, class body, comprehension).
    Code(Rc<CodeObject>),
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Is a generator function.
    pub generator: bool,
    /// Runs with a locals dict (module and class bodies, exec).
    pub uses_locals_dict: bool,
}

/// One exception-table entry: instructions in `start..end` that raise jump to
/// `target` after the stack is cut to `depth` items and the exception is pushed.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler entry.
    pub target: u32,
    /// Value-stack depth (above the frame's cells) to restore.
    pub depth: u32,
}

/// A compiled function, class body, comprehension or module.
#[derive(Debug)]
pub struct CodeObject {
    /// `co_name`
    pub name: String,
    /// `__qualname__` of functions made from this code.
    pub qualname: String,
    /// Source file name.
    pub filename: Rc<str>,
    /// Line of the `def` (1 for modules).
    pub firstlineno: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Flags.
    pub flags: CodeFlags,
    /// Local variable names; parameters first, then `*args`, then `**kwargs`.
    pub varnames: Vec<String>,
    /// Names of cells created by this frame.
    pub cellvars: Vec<String>,
    /// For each cellvar that is also a parameter, the parameter's local index.
    pub cell2arg: Vec<Option<u32>>,
    /// Names of cells received from the closure.
    pub freevars: Vec<String>,
    /// Global, attribute and import names.
    pub names: Vec<String>,
    /// Constants.
    pub consts: Vec<Const>,
    /// Instructions.
    pub code: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Exception handlers, innermost first for nested ranges.
    pub exc_table: Vec<ExcEntry>,
    /// Maximum value-stack depth.
    pub max_stack: u32,
    /// Docstring, if the body starts with one.
    pub doc: Option<String>,
}

impl CodeObject {
    /// Number of local slots plus cell slots.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
}
