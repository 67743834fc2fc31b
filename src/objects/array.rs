//! Storage of `array.array` (the module is `stdlib::array`): one typed `Vec` per
//! array, so the elements are a single contiguous allocation aligned for their C
//! type, with pointer, length and capacity, and the typecode in the enum tag
//! (DESIGN.md decision 3). The buffer's address is stable until a resize.

use num_bigint::BigInt;

use super::object::Mut;
use super::Value;
use crate::vm::Vm;

/// The elements of an array, one variant per C type.
#[derive(Clone, Debug)]
pub enum ArrayData {
    I8(Vec<i8>),
    U8(Vec<u8>),
    I16(Vec<i16>),
    U16(Vec<u16>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    I64(Vec<i64>),
    U64(Vec<u64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    /// 'u': wchar_t code points (4 bytes on Linux).
    Wchar(Vec<u32>),
}

/// Apply `$body` to the inner `Vec` of an `ArrayData`, whatever its element type.
macro_rules! with_vec {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            ArrayData::I8($v) => $body,
            ArrayData::U8($v) => $body,
            ArrayData::I16($v) => $body,
            ArrayData::U16($v) => $body,
            ArrayData::I32($v) => $body,
            ArrayData::U32($v) => $body,
            ArrayData::I64($v) => $body,
            ArrayData::U64($v) => $body,
            ArrayData::F32($v) => $body,
            ArrayData::F64($v) => $body,
            ArrayData::Wchar($v) => $body,
        }
    };
}

pub(crate) use with_vec;

/// Apply `$body` to two `ArrayData` of the same variant (None otherwise).
macro_rules! with_two {
    ($a:expr, $b:expr, $x:ident, $y:ident => $body:expr) => {
        match ($a, $b) {
            (ArrayData::I8($x), ArrayData::I8($y)) => Some($body),
            (ArrayData::U8($x), ArrayData::U8($y)) => Some($body),
            (ArrayData::I16($x), ArrayData::I16($y)) => Some($body),
            (ArrayData::U16($x), ArrayData::U16($y)) => Some($body),
            (ArrayData::I32($x), ArrayData::I32($y)) => Some($body),
            (ArrayData::U32($x), ArrayData::U32($y)) => Some($body),
            (ArrayData::I64($x), ArrayData::I64($y)) => Some($body),
            (ArrayData::U64($x), ArrayData::U64($y)) => Some($body),
            (ArrayData::F32($x), ArrayData::F32($y)) => Some($body),
            (ArrayData::F64($x), ArrayData::F64($y)) => Some($body),
            (ArrayData::Wchar($x), ArrayData::Wchar($y)) => Some($body),
            _ => None,
        }
    };
}
pub(crate) use with_two;

/// An `array.array` object.
pub struct ArrayObj {
    /// One of `TYPECODES`.
    pub typecode: char,
    /// The elements.
    pub data: Mut<ArrayData>,
}

/// One element, converted and range-checked for its typecode.
#[derive(Clone, Copy)]
pub enum Elem {
    Int(i128),
    Float(f64),
    Char(u32),
}

impl ArrayData {
    pub fn empty(tc: char) -> ArrayData {
        match tc {
            'b' => ArrayData::I8(Vec::new()),
            'B' => ArrayData::U8(Vec::new()),
            'h' => ArrayData::I16(Vec::new()),
            'H' => ArrayData::U16(Vec::new()),
            'i' => ArrayData::I32(Vec::new()),
            'I' => ArrayData::U32(Vec::new()),
            'l' | 'q' => ArrayData::I64(Vec::new()),
            'L' | 'Q' => ArrayData::U64(Vec::new()),
            'f' => ArrayData::F32(Vec::new()),
            'd' => ArrayData::F64(Vec::new()),
            _ => ArrayData::Wchar(Vec::new()),
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        with_vec!(self, v => v.len())
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes per element.
    pub fn itemsize(&self) -> usize {
        match self {
            ArrayData::I8(_) | ArrayData::U8(_) => 1,
            ArrayData::I16(_) | ArrayData::U16(_) => 2,
            ArrayData::I32(_) | ArrayData::U32(_) | ArrayData::F32(_) | ArrayData::Wchar(_) => 4,
            ArrayData::I64(_) | ArrayData::U64(_) | ArrayData::F64(_) => 8,
        }
    }

    /// Element `i` as a Python value (no allocation for numbers).
    #[inline]
    pub fn get(&self, i: usize, vm: &mut Vm) -> Value {
        if let ArrayData::F64(v) = self {
            return Value::Float(v[i]);
        }
        self.get_other(i, vm)
    }

    #[inline(never)]
    fn get_other(&self, i: usize, vm: &mut Vm) -> Value {
        match self {
            ArrayData::I8(v) => Value::Int(v[i] as i64),
            ArrayData::U8(v) => Value::Int(v[i] as i64),
            ArrayData::I16(v) => Value::Int(v[i] as i64),
            ArrayData::U16(v) => Value::Int(v[i] as i64),
            ArrayData::I32(v) => Value::Int(v[i] as i64),
            ArrayData::U32(v) => Value::Int(v[i] as i64),
            ArrayData::I64(v) => Value::Int(v[i]),
            ArrayData::U64(v) => match i64::try_from(v[i]) {
                Ok(x) => Value::Int(x),
                Err(_) => vm.new_int(BigInt::from(v[i])),
            },
            ArrayData::F32(v) => Value::Float(v[i] as f64),
            ArrayData::F64(v) => Value::Float(v[i]),
            ArrayData::Wchar(v) => {
                let c = char::from_u32(v[i]).unwrap_or('\u{FFFD}');
                vm.new_str(c.to_string())
            }
        }
    }

    /// Store a converted element at `i` (`i == len` appends).
    pub fn put(&mut self, i: usize, e: Elem) {
        fn set<T>(v: &mut Vec<T>, i: usize, x: T) {
            if i == v.len() {
                v.push(x);
            } else {
                v[i] = x;
            }
        }
        match (self, e) {
            (ArrayData::I8(v), Elem::Int(x)) => set(v, i, x as i8),
            (ArrayData::U8(v), Elem::Int(x)) => set(v, i, x as u8),
            (ArrayData::I16(v), Elem::Int(x)) => set(v, i, x as i16),
            (ArrayData::U16(v), Elem::Int(x)) => set(v, i, x as u16),
            (ArrayData::I32(v), Elem::Int(x)) => set(v, i, x as i32),
            (ArrayData::U32(v), Elem::Int(x)) => set(v, i, x as u32),
            (ArrayData::I64(v), Elem::Int(x)) => set(v, i, x as i64),
            (ArrayData::U64(v), Elem::Int(x)) => set(v, i, x as u64),
            (ArrayData::F32(v), Elem::Float(x)) => set(v, i, x as f32),
            (ArrayData::F64(v), Elem::Float(x)) => set(v, i, x),
            (ArrayData::Wchar(v), Elem::Char(c)) => set(v, i, c),
            _ => unreachable!("element converted for another typecode"),
        }
    }

    /// The elements' memory as bytes (native byte order).
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: every element type is a plain integer or float: no padding, every
        // byte initialized, alignment of u8 is 1, and the length is the vector's
        // size in bytes, so the slice covers exactly the elements.
        with_vec!(self, v => unsafe {
            std::slice::from_raw_parts(v.as_ptr() as *const u8, std::mem::size_of_val(&v[..]))
        })
    }

    /// The elements' memory as writable bytes.
    pub fn as_bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `as_bytes`; in addition every bit pattern is a valid value
        // of these element types (integers, floats, and u32 code units for 'u'),
        // so any bytes written through the slice leave valid elements.
        with_vec!(self, v => unsafe {
            std::slice::from_raw_parts_mut(v.as_mut_ptr() as *mut u8, std::mem::size_of_val(&v[..]))
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        with_vec!(self, v => v.iter().flat_map(|x| x.to_ne_bytes()).collect())
    }

    pub fn extend_from_bytes(&mut self, b: &[u8]) {
        macro_rules! ext {
            ($v:ident, $t:ty) => {{
                let n = std::mem::size_of::<$t>();
                $v.extend(
                    b.chunks_exact(n)
                        .map(|c| <$t>::from_ne_bytes(c.try_into().unwrap())),
                )
            }};
        }
        match self {
            ArrayData::I8(v) => ext!(v, i8),
            ArrayData::U8(v) => ext!(v, u8),
            ArrayData::I16(v) => ext!(v, i16),
            ArrayData::U16(v) => ext!(v, u16),
            ArrayData::I32(v) => ext!(v, i32),
            ArrayData::U32(v) => ext!(v, u32),
            ArrayData::I64(v) => ext!(v, i64),
            ArrayData::U64(v) => ext!(v, u64),
            ArrayData::F32(v) => ext!(v, f32),
            ArrayData::F64(v) => ext!(v, f64),
            ArrayData::Wchar(v) => ext!(v, u32),
        }
    }

    pub fn byteswap(&mut self) {
        match self {
            ArrayData::I8(_) | ArrayData::U8(_) => {}
            ArrayData::I16(v) => v.iter_mut().for_each(|x| *x = x.swap_bytes()),
            ArrayData::U16(v) => v.iter_mut().for_each(|x| *x = x.swap_bytes()),
            ArrayData::I32(v) => v.iter_mut().for_each(|x| *x = x.swap_bytes()),
            ArrayData::U32(v) | ArrayData::Wchar(v) => {
                v.iter_mut().for_each(|x| *x = x.swap_bytes())
            }
            ArrayData::I64(v) => v.iter_mut().for_each(|x| *x = x.swap_bytes()),
            ArrayData::U64(v) => v.iter_mut().for_each(|x| *x = x.swap_bytes()),
            ArrayData::F32(v) => v
                .iter_mut()
                .for_each(|x| *x = f32::from_bits(x.to_bits().swap_bytes())),
            ArrayData::F64(v) => v
                .iter_mut()
                .for_each(|x| *x = f64::from_bits(x.to_bits().swap_bytes())),
        }
    }

    /// The elements at `idx`, as a new `ArrayData`.
    pub fn select(&self, idx: impl Iterator<Item = usize>) -> ArrayData {
        let idx: Vec<usize> = idx.collect();
        macro_rules! pick {
            ($v:ident, $k:ident) => {
                ArrayData::$k(idx.iter().map(|&i| $v[i]).collect())
            };
        }
        match self {
            ArrayData::I8(v) => pick!(v, I8),
            ArrayData::U8(v) => pick!(v, U8),
            ArrayData::I16(v) => pick!(v, I16),
            ArrayData::U16(v) => pick!(v, U16),
            ArrayData::I32(v) => pick!(v, I32),
            ArrayData::U32(v) => pick!(v, U32),
            ArrayData::I64(v) => pick!(v, I64),
            ArrayData::U64(v) => pick!(v, U64),
            ArrayData::F32(v) => pick!(v, F32),
            ArrayData::F64(v) => pick!(v, F64),
            ArrayData::Wchar(v) => pick!(v, Wchar),
        }
    }
}
