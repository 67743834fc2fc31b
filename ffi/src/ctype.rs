//! The C types a call interface is made of.

use libffi::middle::Type;

/// A C scalar type (what a ctypes simple type stands for).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CType {
    /// `void` (results only).
    Void,
    /// `_Bool`.
    Bool,
    /// `signed char`.
    I8,
    /// `unsigned char`.
    U8,
    /// `short`.
    I16,
    /// `unsigned short`.
    U16,
    /// `int`.
    I32,
    /// `unsigned int`.
    U32,
    /// `long long` (and `long` on LP64).
    I64,
    /// `unsigned long long` (and `unsigned long` on LP64).
    U64,
    /// `float`.
    F32,
    /// `double` (pyjit's `c_longdouble` is an alias of it).
    F64,
    /// Any data or function pointer.
    Pointer,
}

impl CType {
    /// Size in bytes (`sizeof`).
    pub fn size(self) -> usize {
        match self {
            CType::Void => 0,
            CType::Bool | CType::I8 | CType::U8 => 1,
            CType::I16 | CType::U16 => 2,
            CType::I32 | CType::U32 | CType::F32 => 4,
            CType::I64 | CType::U64 | CType::F64 | CType::Pointer => 8,
        }
    }

    /// Alignment in bytes (x86-64 and AArch64 System V: equal to the size).
    pub fn align(self) -> usize {
        self.size().max(1)
    }

    /// Is this an integer type (including `_Bool`)?
    pub fn is_integer(self) -> bool {
        !matches!(self, CType::Void | CType::F32 | CType::F64 | CType::Pointer)
    }

    /// Is this a signed integer type?
    pub fn is_signed(self) -> bool {
        matches!(self, CType::I8 | CType::I16 | CType::I32 | CType::I64)
    }

    pub(crate) fn ffi_type(self) -> Type {
        match self {
            CType::Void => Type::void(),
            CType::Bool | CType::U8 => Type::u8(),
            CType::I8 => Type::i8(),
            CType::I16 => Type::i16(),
            CType::U16 => Type::u16(),
            CType::I32 => Type::i32(),
            CType::U32 => Type::u32(),
            CType::I64 => Type::i64(),
            CType::U64 => Type::u64(),
            CType::F32 => Type::f32(),
            CType::F64 => Type::f64(),
            CType::Pointer => Type::pointer(),
        }
    }
}
