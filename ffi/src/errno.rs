//! The calling thread's C `errno`, for ctypes' `use_errno` functions (their
//! private errno copy is swapped with the real one around each call).

use std::os::raw::c_int;

extern "C" {
    /// glibc's and musl's accessor of the thread's errno.
    fn __errno_location() -> *mut c_int;
}

/// The current `errno`.
pub fn errno() -> i32 {
    // SAFETY: __errno_location returns the calling thread's errno, valid for
    // the thread's life.
    unsafe { *__errno_location() }
}

/// Set `errno`.
pub fn set_errno(value: i32) {
    // SAFETY: as in `errno`.
    unsafe { *__errno_location() = value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errno_round_trips() {
        set_errno(42);
        assert_eq!(errno(), 42);
        assert_eq!(std::io::Error::last_os_error().raw_os_error(), Some(42));
        set_errno(0);
        assert_eq!(errno(), 0);
    }
}
