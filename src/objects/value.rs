//! `Value`: the unboxed representation of every Python value.
//!
//! Layout (DESIGN.md decision 1): a `#[repr(C, u64)]` enum of 16 bytes: the tag in
//! the low byte of the word at offset 0 (the other seven bytes are zero) and the
//! 8-byte payload at offset 8, for every variant including `Bool`. `None`, `bool`,
//! machine ints (`i64`) and floats (`f64`) live in the payload and are never
//! heap-allocated; everything else is a pointer to a heap object (`ObjRef`). The JIT
//! reads the tag byte and the payload at these fixed offsets (see `TAG_*` and the
//! layout test).
//!
//! Why a word-sized tag: with a `u8` tag, `Bool`'s payload sat at offset 1, so the
//! compiler copied every `Value` as a byte plus two overlapping unaligned 8-byte
//! moves (bytes 1..9 and 8..16). A later 8-byte load of the payload then straddled
//! two stores, which defeats store-to-load forwarding; on the interpreter's value
//! stack that stall cost about a third of the run time of call-heavy programs. With
//! the tag widened, a copy is two aligned 8-byte moves.
//!
//! Invariants:
//! - An int that fits in `i64` is always `Value::Int`; a heap big int never does.
//! - `Value::Empty` is the VM's "no value" (an unbound local, an absent `self` in a
//!   method call); Python code can never observe it.

use super::object::ObjRef;

/// A Python value, or `Empty` for an unbound slot.
#[derive(Clone, Copy)]
#[repr(C, u64)]
pub enum Value {
    /// Unbound slot (CPython's NULL). Never visible to Python code.
    Empty = 0,
    /// `None`.
    None = 1,
    /// `True` / `False`.
    Bool(bool) = 2,
    /// A Python int in machine range.
    Int(i64) = 3,
    /// A Python float.
    Float(f64) = 4,
    /// Any heap object.
    Obj(ObjRef) = 5,
}

/// Tag byte of `Value::Int` (for the JIT).
pub const TAG_INT: u8 = 3;
/// Tag byte of `Value::Float` (for the JIT).
pub const TAG_FLOAT: u8 = 4;
/// Tag byte of `Value::Obj` (for the JIT).
pub const TAG_OBJ: u8 = 5;

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Pop the top of the interpreter's value stack; see `load_value`.
///
/// Panics on an empty stack (a compiler bug, as with `Vec::pop().unwrap()`).
#[inline(always)]
pub fn pop_value(stack: &mut Vec<Value>) -> Value {
    let len = stack.len();
    assert!(len > 0, "pop from an empty value stack");
    let v = load_value(stack, len - 1);
    stack.truncate(len - 1);
    v
}

/// `slots[i]`, read as two 8-byte loads (tag, then payload). Stores of a `Value`
/// compile to two 8-byte moves; the 16-byte vector load a plain copy compiles to
/// cannot be forwarded from those two stores, so reading a value written just
/// before (the interpreter's value stack and locals, all the time) stalled until
/// the stores reached the cache.
#[inline(always)]
pub fn load_value(slots: &[Value], i: usize) -> Value {
    let slot: *const Value = &slots[i];
    // SAFETY: `slot` points to an initialized `Value`, which is two words
    // (`repr(C, u64)`): a valid tag and its payload. Reading them as `u64`s and
    // transmuting back yields the same value. Volatile keeps the loads separate.
    unsafe {
        let p = slot as *const u64;
        let words = [
            std::ptr::read_volatile(p),
            std::ptr::read_volatile(p.add(1)),
        ];
        std::mem::transmute::<[u64; 2], Value>(words)
    }
}

impl Value {
    /// The heap object, if this value is one.
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
    /// True for `Value::Empty`.
    #[inline]
    pub fn is_empty(self) -> bool {
        matches!(self, Value::Empty)
    }
    /// True for `None`.
    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity comparison (`is`). Ints and floats compare by value (as PyPy does).
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Empty, Value::Empty) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Self {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_layout_is_fixed() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        let v = Value::Int(0x1234);
        // SAFETY: test-only peek at the documented repr(C, u64) layout.
        let bytes: [u8; 16] = unsafe { std::mem::transmute(v) };
        assert_eq!(bytes[0], TAG_INT);
        assert_eq!(&bytes[1..8], &[0; 7]);
        assert_eq!(i64::from_le_bytes(bytes[8..16].try_into().unwrap()), 0x1234);
        // SAFETY: as above.
        let bytes: [u8; 16] = unsafe { std::mem::transmute(Value::Bool(true)) };
        assert_eq!(bytes[0], 2);
        assert_eq!(
            bytes[8], 1,
            "a bool's payload is at offset 8 like every other"
        );
    }

    fn same(a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Empty, Value::Empty) | (Value::None, Value::None) => true,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
            _ => false,
        }
    }

    #[test]
    fn word_loads_round_trip_every_scalar_variant() {
        let vals = [
            Value::Empty,
            Value::None,
            Value::Bool(true),
            Value::Bool(false),
            Value::Int(-7),
            Value::Float(2.5),
        ];
        let mut stack = vals.to_vec();
        for (i, v) in vals.iter().enumerate() {
            assert!(same(load_value(&stack, i), *v), "slot {i}");
        }
        for v in vals.iter().rev() {
            assert!(same(pop_value(&mut stack), *v));
        }
        assert!(stack.is_empty());
    }
}

impl Value {
    /// The payload of a heap value (borrowed from this `Value`).
    #[inline]
    pub fn payload(&self) -> Option<&super::object::Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }
    /// The items of a tuple value.
    #[inline]
    pub fn tuple(&self) -> Option<&[Value]> {
        match self {
            Value::Obj(o) => o.as_tuple(),
            _ => None,
        }
    }
}
