//! The buffer protocol: the raw bytes of `bytes`, `bytearray` and `array.array`
//! (and later of ndarray and ctypes objects), and the layout of the `memoryview`
//! objects that look at them. The Python-facing type is `builtins::memoryview`.
//!
//! A memoryview never holds a pointer into its exporter. It holds the exporter (a
//! strong reference) and a strided description of the items it shows: the byte
//! offset of the first item, a shape, strides in bytes, and the item format. Every
//! access borrows the exporter's storage anew (`with_bytes`, `with_bytes_mut`) and
//! is bounds-checked, so a view can never reach freed or foreign memory.
//!
//! Invariants:
//! - `obj` is the exporter that owns the memory, never another memoryview: a view
//!   of a view shares its exporter (as CPython's views share one managed buffer).
//! - While a view is not released its exporter counts one export in
//!   `Heap::exports`, and exporters refuse to change their size while counted.
//!   Releasing a view, or the collector freeing an unreleased one, removes it.
//! - Every item of an unreleased view lies inside the exporter's bytes: exporters
//!   cannot resize while exported, and views are only ever narrowed.

use std::cell::Cell;

use super::object::Payload;
use super::Value;

/// An item format of the buffer protocol: a `struct` native format character,
/// or (`text`) another PEP 3118 format an exporter describes its items with
/// (ctypes' `'<i'`, `'T{<i:x:<d:y:}'`, `'&<i'`), whose items memoryview does
/// not unpack, as in CPython.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Format {
    /// The character (`'w'` for the 4-byte wide characters of `array('u')`;
    /// `'\0'` with `text`).
    pub code: char,
    /// Bytes per item.
    pub size: usize,
    /// Spelled with the `@` prefix (kept in `format`, as CPython keeps it).
    pub at: bool,
    /// A format that is not a native single character (interned: the set of
    /// such formats is the set of ctypes types' layouts, small).
    pub text: Option<&'static str>,
}

impl Format {
    /// Unsigned bytes, the format of `bytes` and `bytearray`.
    pub const BYTE: Format = Format {
        code: 'B',
        size: 1,
        at: false,
        text: None,
    };

    /// A native single-character format, optionally prefixed with `@` (what
    /// `memoryview.cast` accepts).
    pub fn parse(s: &str) -> Option<Format> {
        let at = s.starts_with('@');
        let s = s.strip_prefix('@').unwrap_or(s);
        let mut chars = s.chars();
        let code = chars.next()?;
        if chars.next().is_some() {
            return None;
        }
        let size = native_size(code)?;
        Some(Format {
            code,
            size,
            at,
            text: None,
        })
    }

    /// The format of an `array.array` typecode.
    pub fn of_typecode(tc: char) -> Format {
        if tc == 'u' {
            return Format {
                code: 'w',
                size: 4,
                at: false,
                text: None,
            };
        }
        Format::parse(&tc.to_string()).expect("array typecodes are struct formats")
    }

    /// The format `text` of items of `size` bytes: a native one when it is a
    /// native single character, else one memoryview cannot unpack. (ctypes
    /// describes unions as 'B' items of the union's size: as in CPython, an
    /// item then reads as its first bytes.)
    pub fn described(text: &str, size: usize) -> Format {
        if let Some(f) = Format::parse(text).filter(|f| f.size <= size) {
            return Format { size, ..f };
        }
        Format {
            code: '\0',
            size,
            at: false,
            text: Some(intern_format(text)),
        }
    }

    /// Can items of this format be read and written (a native format)?
    pub fn can_unpack(&self) -> bool {
        self.text.is_none() && self.code != 'w'
    }

    /// CPython's NotImplementedError message for item access in a format
    /// memoryview does not unpack (None when it does).
    pub fn unsupported(&self) -> Option<String> {
        match self.text {
            Some(t) => Some(format!("memoryview: unsupported format {t}")),
            None if self.code == 'w' => Some("memoryview: format w not supported".into()),
            None => None,
        }
    }

    /// For a byte-order-prefixed single-item format (`'<i'`, `'>H'`), the
    /// native format of the same item and whether its bytes are big-endian:
    /// how `struct` (and so memoryview comparison) reads such items.
    pub fn standard_item(&self) -> Option<(Format, bool)> {
        let t = self.text?;
        let big = match t.as_bytes().first()? {
            b'<' => false,
            b'>' | b'!' => true,
            _ => return None,
        };
        let native = Format::parse(&t[1..]).filter(|f| f.size == self.size && f.can_unpack())?;
        Some((native, big))
    }

    /// The format string Python code sees.
    pub fn as_str(&self) -> String {
        if let Some(t) = self.text {
            return t.to_string();
        }
        if self.at {
            format!("@{}", self.code)
        } else {
            self.code.to_string()
        }
    }

    /// One item decoded from its native bytes (`b.len() == self.size`); None for
    /// formats that cannot be unpacked (`'w'`, `text` formats).
    pub fn unpack(&self, b: &[u8]) -> Option<Scalar> {
        if !self.can_unpack() {
            return None;
        }
        let natural = native_size(self.code).unwrap_or(self.size);
        let b = b.get(..natural)?;
        fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
            b.try_into().expect("item of the format's size")
        }
        Some(match self.code {
            'b' => Scalar::Int(i8::from_ne_bytes(arr(b)) as i128),
            'B' => Scalar::Int(b[0] as i128),
            'c' => Scalar::Byte(b[0]),
            '?' => Scalar::Bool(b[0] != 0),
            'h' => Scalar::Int(i16::from_ne_bytes(arr(b)) as i128),
            'H' => Scalar::Int(u16::from_ne_bytes(arr(b)) as i128),
            'i' => Scalar::Int(i32::from_ne_bytes(arr(b)) as i128),
            'I' => Scalar::Int(u32::from_ne_bytes(arr(b)) as i128),
            'l' | 'q' | 'n' => Scalar::Int(i64::from_ne_bytes(arr(b)) as i128),
            'L' | 'Q' | 'N' | 'P' => Scalar::Int(u64::from_ne_bytes(arr(b)) as i128),
            'f' => Scalar::Float(f32::from_ne_bytes(arr(b)) as f64),
            'd' => Scalar::Float(f64::from_ne_bytes(arr(b))),
            _ => return None,
        })
    }

    /// The range of an integer format (None for the others).
    pub fn int_range(&self) -> Option<(i128, i128)> {
        Some(match self.code {
            'b' => (i8::MIN as i128, i8::MAX as i128),
            'B' => (0, u8::MAX as i128),
            'h' => (i16::MIN as i128, i16::MAX as i128),
            'H' => (0, u16::MAX as i128),
            'i' => (i32::MIN as i128, i32::MAX as i128),
            'I' => (0, u32::MAX as i128),
            'l' | 'q' | 'n' => (i64::MIN as i128, i64::MAX as i128),
            'L' | 'Q' | 'N' | 'P' => (0, u64::MAX as i128),
            _ => return None,
        })
    }

    /// Encode one item into `out` (`out.len() == self.size`). The caller has
    /// checked that the scalar suits the format (an int within `int_range`, a
    /// float for 'f'/'d', a byte for 'c', a bool for '?').
    pub fn pack(&self, s: Scalar, out: &mut [u8]) {
        match (self.code, s) {
            ('f', Scalar::Float(x)) => out[..4].copy_from_slice(&(x as f32).to_ne_bytes()),
            ('d', Scalar::Float(x)) => out[..8].copy_from_slice(&x.to_ne_bytes()),
            ('c', Scalar::Byte(x)) => out[0] = x,
            ('?', Scalar::Bool(x)) => out[0] = x as u8,
            (_, Scalar::Int(x)) => {
                // Two's complement truncation to the item size: the value is in
                // range, so this is the item's native representation.
                // (An item wider than its code, ctypes' 'B' unions, gets its
                // first bytes written, as it is read.)
                let n = native_size(self.code)
                    .unwrap_or(self.size)
                    .min(self.size)
                    .min(16);
                out[..n].copy_from_slice(&x.to_ne_bytes()[..n]);
            }
            _ => unreachable!("scalar not checked against the format"),
        }
    }
}

// `pack` of an int takes the low bytes of an i128: only right on little-endian.
#[cfg(not(target_endian = "little"))]
compile_error!("buffer item packing assumes a little-endian target");

/// One item of a buffer, decoded.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
    /// A 'c' item: a bytes object of length 1 in Python.
    Byte(u8),
}

/// A `memoryview`.
pub struct MemoryViewObj {
    /// The exporter (bytes, bytearray or array; see the module invariants).
    pub obj: Value,
    /// `release()` was called (or the view was used as a context manager).
    pub released: Cell<bool>,
    /// `hash(view)`, once computed.
    pub hash: Cell<Option<i64>>,
    /// Writes are refused (a bytes exporter, or `toreadonly()`).
    pub readonly: bool,
    /// Item format.
    pub format: Format,
    /// Byte offset of the first item in the exporter's bytes.
    pub offset: usize,
    /// Items per dimension.
    pub shape: Vec<usize>,
    /// Bytes between consecutive items, per dimension.
    pub strides: Vec<isize>,
}

impl MemoryViewObj {
    /// Number of items.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    /// `nbytes`: the size of the items laid out contiguously.
    pub fn nbytes(&self) -> usize {
        self.item_count() * self.format.size
    }

    /// True when the items are laid out in C order with no gaps.
    pub fn c_contiguous(&self) -> bool {
        let mut expect = self.format.size as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n > 1 && s != expect {
                return false;
            }
            expect *= n as isize;
        }
        true
    }

    /// True when the items are laid out in Fortran order with no gaps.
    pub fn f_contiguous(&self) -> bool {
        let mut expect = self.format.size as isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            if n > 1 && s != expect {
                return false;
            }
            expect *= n as isize;
        }
        true
    }

    /// Byte position of the item at `index` (one index per dimension, each in
    /// range).
    pub fn position(&self, index: &[usize]) -> usize {
        let mut p = self.offset as isize;
        for (&i, &s) in index.iter().zip(&self.strides) {
            p += i as isize * s;
        }
        p as usize
    }

    /// Byte positions of every item, in C order.
    pub fn positions(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.item_count());
        let mut index = vec![0usize; self.shape.len()];
        if self.shape.contains(&0) {
            return out;
        }
        loop {
            out.push(self.position(&index));
            // Odometer increment, last dimension fastest.
            let mut d = self.shape.len();
            loop {
                if d == 0 {
                    return out;
                }
                d -= 1;
                index[d] += 1;
                if index[d] < self.shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
    }
}

/// The size of an item of native format character `code`.
fn native_size(code: char) -> Option<usize> {
    Some(match code {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'P' | 'd' => 8,
        _ => return None,
    })
}

/// The interned copy of format string `text` (see `Format::text`).
fn intern_format(text: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static FORMATS: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut guard = FORMATS.lock().unwrap_or_else(|e| e.into_inner());
    let set = guard.get_or_insert_with(HashSet::new);
    if let Some(t) = set.get(text) {
        return t;
    }
    let t: &'static str = Box::leak(text.to_string().into_boxed_str());
    set.insert(t);
    t
}

/// The memory layout an exporter offers: its item format, item count and whether
/// it may be written. None for objects that do not export buffers.
pub fn exporter_layout(v: Value) -> Option<(Format, usize, bool)> {
    match v.payload()? {
        Payload::Bytes(b) => Some((Format::BYTE, b.len(), true)),
        Payload::ByteArray(b) => Some((Format::BYTE, b.get().len(), false)),
        Payload::Array(a) => Some((Format::of_typecode(a.typecode), a.data.get().len(), false)),
        Payload::CData(m) => Some((Format::BYTE, m.size.get(), false)),
        _ => None,
    }
}

/// Run `f` on the bytes of an exporter (None if `v` is not one).
pub fn with_bytes<R>(v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(b.get())),
        Payload::Array(a) => Some(f(a.data.get().as_bytes())),
        Payload::CData(m) => Some(f(m.bytes())),
        _ => None,
    }
}

/// Run `f` on the bytes of a writable exporter (None if `v` is not one).
pub fn with_bytes_mut<R>(v: Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    match v.payload()? {
        Payload::ByteArray(b) => Some(f(b.get())),
        Payload::Array(a) => Some(f(a.data.get().as_bytes_mut())),
        Payload::CData(m) => Some(f(m.bytes_mut())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_their_items() {
        let cases = [
            ("b", Scalar::Int(-128)),
            ("B", Scalar::Int(255)),
            ("h", Scalar::Int(-2)),
            ("H", Scalar::Int(65535)),
            ("i", Scalar::Int(-7)),
            ("I", Scalar::Int(u32::MAX as i128)),
            ("@q", Scalar::Int(i64::MIN as i128)),
            ("Q", Scalar::Int(u64::MAX as i128)),
            ("f", Scalar::Float(1.5)),
            ("d", Scalar::Float(-0.25)),
            ("c", Scalar::Byte(b'x')),
            ("?", Scalar::Bool(true)),
        ];
        for (s, x) in cases {
            let f = Format::parse(s).unwrap();
            let mut buf = vec![0u8; f.size];
            f.pack(x, &mut buf);
            assert_eq!(f.unpack(&buf), Some(x), "format {s}");
        }
        assert_eq!(Format::parse("dd"), None);
        assert_eq!(Format::parse("<d"), None);
        assert_eq!(Format::of_typecode('u').unpack(&[0; 4]), None);
    }

    #[test]
    fn strided_positions_and_contiguity() {
        let v = MemoryViewObj {
            obj: Value::None,
            released: Cell::new(false),
            hash: Cell::new(None),
            readonly: true,
            format: Format::BYTE,
            offset: 1,
            shape: vec![2, 3],
            strides: vec![3, 1],
        };
        assert_eq!(v.positions(), vec![1, 2, 3, 4, 5, 6]);
        assert!(v.c_contiguous() && !v.f_contiguous());
        let every_other = MemoryViewObj {
            shape: vec![3],
            strides: vec![-2],
            offset: 5,
            ..v
        };
        assert_eq!(every_other.positions(), vec![5, 3, 1]);
        assert!(!every_other.c_contiguous());
    }
}
