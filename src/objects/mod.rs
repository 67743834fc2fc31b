//! The object model: values, heap object layout, and the data structures behind
//! built-in types (strings, hash tables, number formatting).

pub mod array;
pub mod buffer;
pub mod hashtable;
pub mod map;
pub mod numfmt;
pub mod object;
pub mod str;
pub mod text;
pub mod value;

pub use object::{BuiltinFn, IterKind, Mut, NativeFn, ObjRef, Payload, PyObject};
pub use value::Value;
