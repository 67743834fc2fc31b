//! Python exceptions on the Rust side.
//!
//! Runtime code returns `PyResult<T>`; the error is a `PyErr`, either an exception
//! object or a not-yet-allocated exception (kind + message or argument) that the VM
//! materializes when it is caught or printed. This lets code without VM access raise.
//!
//! `exceptions!` is the one table of built-in exception classes (name, parent).

use crate::objects::{ObjRef, Value};

macro_rules! exceptions {
    ($( $name:ident : $parent:expr ),* $(,)?) => {
        /// Built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ExcKind { $( $name ),* }
        impl ExcKind {
            /// All kinds, parents before children.
            pub const ALL: &'static [ExcKind] = &[ $( ExcKind::$name ),* ];
            /// Class name.
            pub fn name(self) -> &'static str {
                match self { $( ExcKind::$name => stringify!($name) ),* }
            }
            /// Parent class (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self { $( ExcKind::$name => $parent ),* }
            }
        }
    };
}

use ExcKind as K;
exceptions! {
    BaseException: None,
    SystemExit: Some(K::BaseException),
    KeyboardInterrupt: Some(K::BaseException),
    GeneratorExit: Some(K::BaseException),
    Exception: Some(K::BaseException),
    StopIteration: Some(K::Exception),
    StopAsyncIteration: Some(K::Exception),
    ArithmeticError: Some(K::Exception),
    FloatingPointError: Some(K::ArithmeticError),
    OverflowError: Some(K::ArithmeticError),
    ZeroDivisionError: Some(K::ArithmeticError),
    AssertionError: Some(K::Exception),
    AttributeError: Some(K::Exception),
    BufferError: Some(K::Exception),
    EOFError: Some(K::Exception),
    ImportError: Some(K::Exception),
    ModuleNotFoundError: Some(K::ImportError),
    LookupError: Some(K::Exception),
    IndexError: Some(K::LookupError),
    KeyError: Some(K::LookupError),
    MemoryError: Some(K::Exception),
    NameError: Some(K::Exception),
    UnboundLocalError: Some(K::NameError),
    OSError: Some(K::Exception),
    BlockingIOError: Some(K::OSError),
    ChildProcessError: Some(K::OSError),
    ConnectionError: Some(K::OSError),
    BrokenPipeError: Some(K::ConnectionError),
    FileExistsError: Some(K::OSError),
    FileNotFoundError: Some(K::OSError),
    InterruptedError: Some(K::OSError),
    IsADirectoryError: Some(K::OSError),
    NotADirectoryError: Some(K::OSError),
    PermissionError: Some(K::OSError),
    ProcessLookupError: Some(K::OSError),
    TimeoutError: Some(K::OSError),
    UnsupportedOperation: Some(K::OSError),
    ReferenceError: Some(K::Exception),
    RuntimeError: Some(K::Exception),
    NotImplementedError: Some(K::RuntimeError),
    RecursionError: Some(K::RuntimeError),
    SyntaxError: Some(K::Exception),
    IndentationError: Some(K::SyntaxError),
    TabError: Some(K::IndentationError),
    SystemError: Some(K::Exception),
    TypeError: Some(K::Exception),
    ValueError: Some(K::Exception),
    UnicodeError: Some(K::ValueError),
    UnicodeDecodeError: Some(K::UnicodeError),
    UnicodeEncodeError: Some(K::UnicodeError),
    Warning: Some(K::Exception),
    UserWarning: Some(K::Warning),
    DeprecationWarning: Some(K::Warning),
    PendingDeprecationWarning: Some(K::Warning),
    SyntaxWarning: Some(K::Warning),
    RuntimeWarning: Some(K::Warning),
    FutureWarning: Some(K::Warning),
    ImportWarning: Some(K::Warning),
    UnicodeWarning: Some(K::Warning),
    BytesWarning: Some(K::Warning),
    ResourceWarning: Some(K::Warning),
    EncodingWarning: Some(K::Warning),
}

/// A raised Python exception.
///
/// One pointer wide, so that `PyResult<Value>` is 16 bytes (a `Value` tag has spare
/// values to mark the error case) and comes back from a call in two registers
/// instead of through memory; errors are rare, so the box costs little.
#[derive(Clone, Debug)]
pub struct PyErr(Box<PyErrKind>);

/// What a `PyErr` holds.
#[derive(Clone, Debug)]
pub enum PyErrKind {
    /// An exception instance.
    Exc(ObjRef),
    /// A built-in exception with one str argument, not yet allocated.
    Msg(ExcKind, String),
    /// A built-in exception with one argument (e.g. KeyError(key)), not yet allocated.
    Arg(ExcKind, Value),
    /// A built-in exception with no arguments.
    Bare(ExcKind),
}

impl PyErr {
    /// An exception instance.
    pub fn exc(o: ObjRef) -> PyErr {
        PyErr(Box::new(PyErrKind::Exc(o)))
    }
    /// A built-in exception with a message.
    pub fn msg(k: ExcKind, m: impl Into<String>) -> PyErr {
        PyErr(Box::new(PyErrKind::Msg(k, m.into())))
    }
    /// A built-in exception with one argument.
    pub fn arg(k: ExcKind, v: Value) -> PyErr {
        PyErr(Box::new(PyErrKind::Arg(k, v)))
    }
    /// A built-in exception without arguments.
    pub fn bare(k: ExcKind) -> PyErr {
        PyErr(Box::new(PyErrKind::Bare(k)))
    }
    /// What this error holds.
    pub fn kind(&self) -> &PyErrKind {
        &self.0
    }
    /// The contents, by value.
    pub fn into_kind(self) -> PyErrKind {
        *self.0
    }
}

impl std::fmt::Debug for crate::objects::Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Empty => write!(f, "<empty>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Obj(o) => write!(f, "{o:?}"),
        }
    }
}

/// Result of runtime operations.
pub type PyResult<T> = Result<T, PyErr>;

macro_rules! ctor {
    ($($fname:ident => $kind:ident),* $(,)?) => {
        impl PyErr {
            $(
                #[doc = concat!("A new `", stringify!($kind), "` with a message.")]
                pub fn $fname(msg: impl Into<String>) -> PyErr { PyErr::msg(ExcKind::$kind, msg) }
            )*
        }
    };
}

ctor! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    attribute_error => AttributeError,
    name_error => NameError,
    zero_division => ZeroDivisionError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    not_implemented => NotImplementedError,
    recursion_error => RecursionError,
    memory_error => MemoryError,
    import_error => ImportError,
    os_error => OSError,
    unbound_local => UnboundLocalError,
    assertion_error => AssertionError,
    eof_error => EOFError,
    system_error => SystemError,
    buffer_error => BufferError,
    unicode_error => UnicodeError,
    lookup_error => LookupError,
}

impl PyErr {
    /// `KeyError(key)`.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::arg(ExcKind::KeyError, key)
    }
    /// `StopIteration` (with a value unless None).
    pub fn stop_iteration(v: Value) -> PyErr {
        if v.is_none() {
            PyErr::bare(ExcKind::StopIteration)
        } else {
            PyErr::arg(ExcKind::StopIteration, v)
        }
    }
}
