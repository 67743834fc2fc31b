//! Closures: C function pointers whose calls run Rust code (what ctypes
//! callbacks are made of).
//!
//! A [`Closure`] owns libffi's executable trampoline and a handler. C calls
//! the address [`Closure::code`] returns with the signature the closure was
//! made for; libffi collects the arguments and the handler receives one
//! pointer per argument and the result buffer. The address stays valid until
//! the closure is dropped: whoever hands it to C keeps the closure alive.

use std::ffi::c_void;

use libffi::low::ffi_cif;
use libffi::middle::{Cif, ClosureOnce};

use crate::ArgType;

/// What a closure runs: `(argument pointers, result buffer)`. Argument `i`
/// points at a value of the closure's argument type `i`; the result buffer
/// holds at least the result's size and at least 8 bytes, and an integer
/// result narrower than 8 bytes must be written widened to 8 (libffi returns
/// the whole register).
pub type Handler = Box<dyn Fn(&[*const u8], *mut u8)>;

/// A C function pointer that calls a [`Handler`].
pub struct Closure {
    inner: ClosureOnce,
}

impl Closure {
    /// A closure for C signature `ret (*)(args...)`.
    pub fn new(args: &[ArgType], ret: &ArgType, handler: Handler) -> Result<Closure, String> {
        let cif = Cif::try_new(args.iter().map(|t| t.ffi_type()), ret.ffi_type())
            .map_err(|e| format!("cannot prepare the callback interface: {e:?}"))?;
        let inner = ClosureOnce::try_new(cif, trampoline, handler)
            .map_err(|e| format!("cannot allocate the callback: {e:?}"))?;
        Ok(Closure { inner })
    }

    /// The address C calls.
    pub fn code(&self) -> usize {
        *self.inner.code_ptr() as usize
    }
}

/// The function libffi runs for every call of a closure.
unsafe extern "C" fn trampoline(
    cif: &ffi_cif,
    result: &mut u8,
    args: *const *const c_void,
    handler: &mut Option<Handler>,
) {
    let n = cif.nargs as usize;
    let argv: &[*const u8] = if n == 0 || args.is_null() {
        &[]
    } else {
        // SAFETY: libffi passes one value pointer per argument of the cif.
        unsafe { std::slice::from_raw_parts(args as *const *const u8, n) }
    };
    if let Some(h) = handler.as_ref() {
        h(argv, result as *mut u8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CType, CallInterface, Slot};
    use std::cell::Cell;
    use std::rc::Rc;

    #[test]
    fn c_calls_the_handler() {
        let calls = Rc::new(Cell::new(0));
        let seen = Rc::clone(&calls);
        let args = [ArgType::Scalar(CType::I32), ArgType::Scalar(CType::F64)];
        let ret = ArgType::Scalar(CType::I64);
        let closure = Closure::new(
            &args,
            &ret,
            Box::new(move |argv, result| {
                seen.set(seen.get() + 1);
                // SAFETY: the signature is (int, double) -> long.
                unsafe {
                    let a = *(argv[0] as *const i32);
                    let b = *(argv[1] as *const f64);
                    *(result as *mut i64) = a as i64 * b as i64;
                }
            }),
        )
        .unwrap();
        let cif = CallInterface::new(&[CType::I32, CType::F64], CType::I64, None).unwrap();
        let argv = [Slot::int(CType::I32, -6), Slot::float(CType::F64, 7.0)];
        // SAFETY: the closure has exactly this signature.
        let r = unsafe { cif.call(closure.code(), &argv) };
        assert_eq!(r.to_int(CType::I64), -42);
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn structures_pass_by_value_both_ways() {
        // struct { int a; double b; } swap(struct s): through a closure.
        let pair = ArgType::Struct(vec![CType::I32, CType::F64]);
        let closure = Closure::new(
            std::slice::from_ref(&pair),
            &pair,
            Box::new(|argv, result| {
                // SAFETY: one struct { int; double } argument and result.
                unsafe {
                    let a = *(argv[0] as *const i32);
                    let b = *(argv[0].add(8) as *const f64);
                    *(result as *mut i32) = b as i32;
                    *(result.add(8) as *mut f64) = a as f64;
                }
            }),
        )
        .unwrap();
        let cif = CallInterface::with_types(std::slice::from_ref(&pair), &pair, None).unwrap();
        let mut arg = [0u64; 2];
        let mut out = [0u64; 4];
        // SAFETY: 16-byte buffers laid out as struct { int; double }.
        unsafe {
            *(arg.as_mut_ptr() as *mut i32) = 3;
            *(arg.as_mut_ptr().add(1) as *mut f64) = 9.0;
            cif.call_raw(
                closure.code(),
                &[arg.as_ptr() as *const u8],
                out.as_mut_ptr() as *mut u8,
            );
            assert_eq!(*(out.as_ptr() as *const i32), 9);
            assert_eq!(*(out.as_ptr().add(1) as *const f64), 3.0);
        }
    }
}
