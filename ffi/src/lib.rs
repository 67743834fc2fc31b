//! C-level foreign calls for pyjit: shared libraries and their symbols
//! (`libloading`), and calls through prepared call interfaces (`libffi`).
//!
//! This crate knows C types, not Python objects: the VM's `ctypes` converts
//! Python values to and from the raw [`Slot`]s these calls take and return.
//! Handles and addresses are plain integers so that the VM (and later the JIT)
//! can keep them in its own objects.

#![deny(missing_docs)]

mod call;
mod ctype;
mod library;

pub use call::{CallInterface, Slot};
pub use ctype::CType;
pub use library::{dlopen, dlsym, RTLD_GLOBAL, RTLD_LOCAL, RTLD_NOW};
