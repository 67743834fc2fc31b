//! C-level foreign calls for pyjit: shared libraries and their symbols
//! (`libloading`), calls through prepared call interfaces and closures that
//! C can call (`libffi`).
//!
//! This crate knows C types, not Python objects: the VM's `ctypes` converts
//! Python values to and from the raw [`Slot`]s these calls take and return.
//! Handles and addresses are plain integers so that the VM (and later the JIT)
//! can keep them in its own objects.

#![deny(missing_docs)]

mod call;
mod closure;
mod ctype;
mod errno;
mod library;

pub use call::{CallInterface, Slot};
pub use closure::{Closure, Handler};
pub use ctype::{ArgType, CType};
pub use errno::{errno, set_errno};
pub use library::{dlopen, dlsym, RTLD_GLOBAL, RTLD_LOCAL, RTLD_NOW};
