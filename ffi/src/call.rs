//! Prepared call interfaces: one per C signature, reused for every call.

use std::ffi::c_void;

use libffi::middle::{Arg, Cif, CodePtr, Ret};

use crate::{ArgType, CType};

/// One argument or result: 16 bytes, aligned, holding any scalar C value at
/// offset 0 in the machine's byte order.
#[repr(C, align(16))]
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub struct Slot(pub [u8; 16]);

impl Slot {
    /// An integer stored as C type `ty` (truncated to its width).
    pub fn int(ty: CType, v: i64) -> Slot {
        let mut s = Slot::default();
        let b = v.to_ne_bytes();
        let n = ty.size().min(8);
        // Little- and big-endian machines both keep the low bytes of `v`.
        if cfg!(target_endian = "little") {
            s.0[..n].copy_from_slice(&b[..n]);
        } else {
            s.0[..n].copy_from_slice(&b[8 - n..]);
        }
        s
    }

    /// A `double` or `float`.
    pub fn float(ty: CType, v: f64) -> Slot {
        let mut s = Slot::default();
        match ty {
            CType::F32 => s.0[..4].copy_from_slice(&(v as f32).to_ne_bytes()),
            _ => s.0[..8].copy_from_slice(&v.to_ne_bytes()),
        }
        s
    }

    /// A pointer.
    pub fn pointer(p: usize) -> Slot {
        Slot::int(CType::Pointer, p as i64)
    }

    /// The value as C type `ty` read back as an i64 (sign- or zero-extended;
    /// u64 values keep their bits).
    pub fn to_int(&self, ty: CType) -> i64 {
        let b = &self.0;
        match ty {
            CType::Bool => (b[0] != 0) as i64,
            CType::I8 => b[0] as i8 as i64,
            CType::U8 => b[0] as i64,
            CType::I16 => i16::from_ne_bytes([b[0], b[1]]) as i64,
            CType::U16 => u16::from_ne_bytes([b[0], b[1]]) as i64,
            CType::I32 => i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64,
            CType::U32 => u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64,
            _ => i64::from_ne_bytes(b[..8].try_into().expect("8 bytes")),
        }
    }

    /// The value as a `double` (a `float` is widened).
    pub fn to_float(&self, ty: CType) -> f64 {
        let b = &self.0;
        match ty {
            CType::F32 => f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64,
            _ => f64::from_ne_bytes(b[..8].try_into().expect("8 bytes")),
        }
    }
}

/// A libffi call interface for one C signature.
pub struct CallInterface {
    cif: Cif,
    args: Vec<ArgType>,
    ret: ArgType,
}

impl CallInterface {
    /// Prepare the interface for `ret f(args...)` of scalar types; for a
    /// variadic function, `fixed` is the number of arguments before the `...`.
    pub fn new(args: &[CType], ret: CType, fixed: Option<usize>) -> Result<CallInterface, String> {
        let args: Vec<ArgType> = args.iter().map(|&t| t.into()).collect();
        CallInterface::with_types(&args, &ret.into(), fixed)
    }

    /// Prepare the interface for a signature that may pass or return
    /// structures by value.
    pub fn with_types(
        args: &[ArgType],
        ret: &ArgType,
        fixed: Option<usize>,
    ) -> Result<CallInterface, String> {
        let types = args.iter().map(|t| t.ffi_type());
        let cif = match fixed {
            Some(n) => Cif::try_new_variadic(types, n, ret.ffi_type()),
            None => Cif::try_new(types, ret.ffi_type()),
        }
        .map_err(|e| format!("cannot prepare the call interface: {e:?}"))?;
        Ok(CallInterface {
            cif,
            args: args.to_vec(),
            ret: ret.clone(),
        })
    }

    /// The argument types.
    pub fn arg_types(&self) -> &[ArgType] {
        &self.args
    }

    /// The result type.
    pub fn ret_type(&self) -> &ArgType {
        &self.ret
    }

    /// Bytes a result buffer must have: the result's size, and at least a
    /// register (libffi writes small integer results as a whole register).
    pub fn ret_buffer_size(&self) -> usize {
        self.ret.size().max(16)
    }

    /// Call the function at `fun` with `args` (one slot per argument; every
    /// argument must be a scalar).
    ///
    /// # Safety
    /// `fun` must be the address of a C function with exactly this signature,
    /// and every pointer passed in `args` must be valid for what it does.
    pub unsafe fn call(&self, fun: usize, args: &[Slot]) -> Slot {
        assert_eq!(args.len(), self.args.len(), "one slot per argument");
        assert!(
            self.ret.size() <= std::mem::size_of::<Slot>(),
            "a structure result needs call_raw"
        );
        let argv: Vec<Arg> = args.iter().map(|s| Arg::new(&s.0)).collect();
        let mut ret = Slot::default();
        let code = CodePtr::from_ptr(fun as *const c_void);
        // SAFETY: the caller guarantees the signature; the result slot is 16
        // aligned bytes, at least the register libffi writes.
        unsafe { self.cif.call_return_into(code, &argv, Ret::new(&mut ret.0)) };
        ret
    }

    /// Call the function at `fun` with arguments given by address (each
    /// pointing at a value of its argument type), writing the result to `ret`.
    ///
    /// # Safety
    /// As [`CallInterface::call`]; besides, each `args[i]` must point at
    /// `arg_types()[i].size()` readable bytes, and `ret` at
    /// `ret_buffer_size()` writable bytes aligned for the result.
    pub unsafe fn call_raw(&self, fun: usize, args: &[*const u8], ret: *mut u8) {
        assert_eq!(args.len(), self.args.len(), "one pointer per argument");
        let mut argv: Vec<*mut c_void> = args.iter().map(|&p| p as *mut c_void).collect();
        let code = CodePtr::from_ptr(fun as *const c_void);
        // SAFETY: the caller guarantees the signature and the buffers; the
        // argument array has one value pointer per argument of the cif.
        unsafe {
            libffi::low::call_return_into(
                self.cif.as_raw_ptr(),
                code,
                argv.as_mut_ptr(),
                ret as *mut c_void,
            )
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{dlopen, dlsym, RTLD_NOW};

    fn sym(lib: &str, name: &str) -> usize {
        dlsym(dlopen(Some(lib), RTLD_NOW).unwrap(), name).unwrap()
    }

    #[test]
    fn calls_libm_and_libc() {
        let cos = CallInterface::new(&[CType::F64], CType::F64, None).unwrap();
        // SAFETY: cos is double(double).
        let r = unsafe { cos.call(sym("libm.so.6", "cos"), &[Slot::float(CType::F64, 0.0)]) };
        assert_eq!(r.to_float(CType::F64), 1.0);

        let labs = CallInterface::new(&[CType::I64], CType::I64, None).unwrap();
        // SAFETY: labs is long(long).
        let r = unsafe { labs.call(sym("libc.so.6", "labs"), &[Slot::int(CType::I64, -42)]) };
        assert_eq!(r.to_int(CType::I64), 42);

        let text = b"hello\0";
        let strlen = CallInterface::new(&[CType::Pointer], CType::U64, None).unwrap();
        let p = Slot::pointer(text.as_ptr() as usize);
        // SAFETY: strlen is size_t(const char *) and the text is NUL-terminated.
        let r = unsafe { strlen.call(sym("libc.so.6", "strlen"), &[p]) };
        assert_eq!(r.to_int(CType::U64), 5);
    }

    #[test]
    fn narrow_results_are_extended() {
        let abs = CallInterface::new(&[CType::I32], CType::I32, None).unwrap();
        // SAFETY: abs is int(int).
        let r = unsafe { abs.call(sym("libc.so.6", "abs"), &[Slot::int(CType::I32, -7)]) };
        assert_eq!(r.to_int(CType::I32), 7);
        assert_eq!(Slot::int(CType::I8, 0x1ff).to_int(CType::I8), -1);
        assert_eq!(Slot::int(CType::U16, -1).to_int(CType::U16), 0xffff);
    }
}
