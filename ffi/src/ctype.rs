//! The C types a call interface is made of: scalars ([`CType`]) and
//! structures passed by value ([`ArgType::Struct`]).

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

/// The type of one argument or result: a scalar, or a structure passed by
/// value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ArgType {
    /// A scalar.
    Scalar(CType),
    /// A structure given by its scalar members in memory order (nested
    /// structures flattened, arrays expanded). Its layout is C's natural one
    /// for those members; a packed structure cannot be described this way.
    Struct(Vec<CType>),
}

impl ArgType {
    /// Size in bytes (a structure's includes its padding).
    pub fn size(&self) -> usize {
        match self {
            ArgType::Scalar(t) => t.size(),
            ArgType::Struct(members) => {
                let end = members
                    .iter()
                    .fold(0usize, |at, t| at.next_multiple_of(t.align()) + t.size());
                end.next_multiple_of(self.align())
            }
        }
    }

    /// Alignment in bytes.
    pub fn align(&self) -> usize {
        match self {
            ArgType::Scalar(t) => t.align(),
            ArgType::Struct(members) => members.iter().map(|t| t.align()).max().unwrap_or(1),
        }
    }

    pub(crate) fn ffi_type(&self) -> Type {
        match self {
            ArgType::Scalar(t) => t.ffi_type(),
            ArgType::Struct(members) => Type::structure(members.iter().map(|t| t.ffi_type())),
        }
    }
}

impl From<CType> for ArgType {
    fn from(t: CType) -> ArgType {
        ArgType::Scalar(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_layout_is_natural() {
        let s = ArgType::Struct(vec![CType::I8, CType::F64, CType::I16]);
        assert_eq!((s.size(), s.align()), (24, 8));
        let s = ArgType::Struct(vec![CType::I32, CType::I32, CType::I8]);
        assert_eq!((s.size(), s.align()), (12, 4));
        assert_eq!(ArgType::Struct(vec![]).size(), 0);
    }
}
