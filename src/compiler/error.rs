//! Compile-time errors: the data of a `SyntaxError` (or subclass) before the VM turns
//! it into a Python exception.

/// Which SyntaxError subclass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
    /// `RecursionError` (nesting too deep to compile)
    Recursion,
}

/// A syntax error with CPython's fields.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// Exception class.
    pub kind: ErrorKind,
    /// Message (`msg`).
    pub msg: String,
    /// `filename`
    pub filename: String,
    /// `lineno` (1-based)
    pub lineno: u32,
    /// `offset` (1-based column)
    pub col: u32,
    /// The offending source line.
    pub text: Option<String>,
}

impl ErrorKind {
    /// Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}
