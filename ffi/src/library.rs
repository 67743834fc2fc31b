//! Opening shared libraries and finding their symbols.
//!
//! Handles are never closed (as in CPython's ctypes): a function pointer taken
//! from a library stays valid for the life of the process, whatever happens to
//! the Python object that loaded it.

use std::ffi::c_void;
use std::os::raw::c_int;

use libloading::os::unix::Library;

pub use libloading::os::unix::{RTLD_GLOBAL, RTLD_LOCAL, RTLD_NOW};

/// Open the library `name` (None: the program itself) with `dlopen` flags
/// `mode`; the handle, or the C library's error text (what CPython's OSError
/// says).
pub fn dlopen(name: Option<&str>, mode: c_int) -> Result<usize, String> {
    let lib = match name {
        None => Library::this(),
        // SAFETY: loading a library runs its initialisers; that is what the
        // Python program asked for, as with CPython's ctypes.
        Some(n) => unsafe { Library::open(Some(n), mode) }.map_err(|e| e.to_string())?,
    };
    Ok(lib.into_raw() as usize)
}

/// The address of `symbol` in the library `handle` (from [`dlopen`]), or the C
/// library's error text.
pub fn dlsym(handle: usize, symbol: &str) -> Result<usize, String> {
    // SAFETY: `handle` came from `dlopen` above and is never closed; the
    // Library is turned back into its raw handle before it could drop.
    let lib = unsafe { Library::from_raw(handle as *mut c_void) };
    // SAFETY: the symbol is only read as an address, never called here.
    let found = unsafe { lib.get::<*mut c_void>(symbol.as_bytes()) }.map(|s| *s as usize);
    let _ = lib.into_raw();
    found.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_libc_symbols_and_reports_missing_ones() {
        let h = dlopen(Some("libc.so.6"), RTLD_NOW).expect("libc");
        assert_ne!(dlsym(h, "strlen").unwrap(), 0);
        let e = dlsym(h, "no_such_symbol_here").unwrap_err();
        assert!(e.contains("undefined symbol: no_such_symbol_here"), "{e}");
        let e = dlopen(Some("libnonexistent.so"), RTLD_NOW).unwrap_err();
        assert!(e.contains("cannot open shared object file"), "{e}");
        assert!(dlsym(dlopen(None, RTLD_NOW).unwrap(), "malloc").is_ok());
    }
}
