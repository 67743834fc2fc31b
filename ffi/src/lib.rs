//! C-level foreign calls (placeholder until the ctypes issue).
#![deny(missing_docs)]
