//! Python values to and from C memory, by ctypes' one-letter type codes
//! (`_type_` of the simple types): what `.value`, fields, array items and
//! function arguments and results go through.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyjit_ffi::CType;

use crate::objects::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The C type a simple-type code stands for (None for an unknown code).
pub fn ctype_of(code: char) -> Option<CType> {
    Some(match code {
        '?' => CType::Bool,
        'c' | 'b' => CType::I8,
        'B' => CType::U8,
        'h' => CType::I16,
        'H' => CType::U16,
        'i' => CType::I32,
        'u' | 'I' => CType::U32,
        'l' | 'q' => CType::I64,
        'L' | 'Q' => CType::U64,
        'f' => CType::F32,
        'd' | 'g' => CType::F64,
        'z' | 'Z' | 'P' => CType::Pointer,
        _ => return None,
    })
}

/// An int argument's low 64 bits (ctypes wraps out-of-range integers).
pub fn wrapped_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let v = Vm::unboxed(v);
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            let Payload::Int(n) = &o.payload else {
                unreachable!()
            };
            Ok(low_bits(n))
        }
        _ => {
            let idx = vm.index_value(v)?;
            match idx {
                Value::Int(i) => Ok(i),
                Value::Obj(o) => match &o.payload {
                    Payload::Int(n) => Ok(low_bits(n)),
                    _ => Ok(0),
                },
                _ => Ok(0),
            }
        }
    }
}

fn low_bits(n: &BigInt) -> i64 {
    let m: BigInt = n & BigInt::from(u64::MAX);
    m.to_u64().unwrap_or(0) as i64
}

/// A float argument (`__float__`, or an int).
pub fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match Vm::unboxed(v) {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        u if vm.has_index(u) && !has_float(vm, u) => {
            let i = vm.index_value(u)?;
            crate::builtins::functions::to_float(vm, i)
        }
        u => crate::builtins::functions::to_float(vm, u).map_err(|e| {
            if matches!(u.payload(), Some(Payload::Int(_))) {
                e
            } else {
                PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))
            }
        }),
    }
}

fn has_float(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(o) => vm.lookup_in_mro(o.ty(), vm.names.__float__).is_some(),
        _ => false,
    }
}

/// Write the integer `v` as `ty` at `p`.
///
/// # Safety
/// `p` must be valid for writing `ty.size()` bytes.
pub unsafe fn write_int(p: *mut u8, ty: CType, v: i64) {
    let b = v.to_ne_bytes();
    let n = ty.size();
    let src = if cfg!(target_endian = "little") {
        &b[..n]
    } else {
        &b[8 - n..]
    };
    // SAFETY: the caller guarantees `n` writable bytes at `p`.
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), p, n) };
}

/// Read an integer of type `ty` at `p` (sign- or zero-extended; u64 keeps its bits).
///
/// # Safety
/// `p` must be valid for reading `ty.size()` bytes.
pub unsafe fn read_int(p: *const u8, ty: CType) -> i64 {
    let mut s = pyjit_ffi::Slot::default();
    // SAFETY: the caller guarantees `ty.size()` readable bytes at `p`.
    unsafe { std::ptr::copy_nonoverlapping(p, s.0.as_mut_ptr(), ty.size()) };
    s.to_int(ty)
}

/// The Python int of a C integer read as i64 from type `ty` (u64 above i64::MAX
/// becomes a big int).
pub fn int_value(vm: &mut Vm, ty: CType, v: i64) -> Value {
    if ty == CType::U64 && v < 0 {
        return vm.new_int(BigInt::from(v as u64));
    }
    Value::Int(v)
}

/// The bytes of a NUL-terminated C string at `addr`.
///
/// # Safety
/// `addr` must point at a readable NUL-terminated string.
pub unsafe fn c_string(addr: usize) -> Vec<u8> {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ffi::CStr::from_ptr(addr as *const std::ffi::c_char) }
        .to_bytes()
        .to_vec()
}

/// The text of a NUL-terminated `wchar_t` (UTF-32) string at `addr`.
///
/// # Safety
/// `addr` must point at a readable, aligned, NUL-terminated wchar_t string.
pub unsafe fn c_wstring(addr: usize) -> String {
    let mut out = String::new();
    let mut p = addr as *const u32;
    loop {
        // SAFETY: guaranteed by the caller; we stop at the terminator.
        let c = unsafe { p.read_unaligned() };
        if c == 0 {
            break;
        }
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        // SAFETY: still inside the string (the terminator is not yet reached).
        p = unsafe { p.add(1) };
    }
    out
}

/// A one-character value for code `c` (`c_char`): bytes/bytearray of length 1
/// or an int in range(256).
pub fn char_byte(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let err = || PyErr::type_error("one character bytes, bytearray or integer expected");
    match v.payload() {
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
        Some(Payload::ByteArray(b)) if b.get().len() == 1 => Ok(b.get()[0]),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => Err(err()),
        _ => match Vm::unboxed(v) {
            Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
            Value::Bool(b) => Ok(b as u8),
            Value::Int(_) => Err(err()),
            _ => {
                let _ = vm;
                Err(err())
            }
        },
    }
}

/// A one-character str for code `u` (`c_wchar`).
pub fn wchar(vm: &Vm, v: Value) -> PyResult<char> {
    match v.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => Ok(s.char_at(0)),
        Some(Payload::Str(_)) => Err(PyErr::type_error("one character unicode string expected")),
        _ => Err(PyErr::type_error(format!(
            "unicode string expected instead of {} instance",
            vm.type_name(v)
        ))),
    }
}
