//! Fast paths of the dispatch loop, inlined into it: int/float arithmetic and
//! comparisons on unboxed values (no allocation, no protocol lookup), and list/dict
//! item access. Each returns None (or defers to the general protocol) when its case
//! does not apply, so the result is always what the general path would give.

use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::array::ArrayData;
use crate::objects::{Payload, Value};

impl Vm {
    /// `obj[idx]`: an in-range list index is inlined into the dispatch loop; the
    /// dict case and everything else are out of line.
    #[inline(always)]
    pub(super) fn load_item(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, idx) {
            match &o.payload {
                Payload::List(l) if o.ty() == self.types.list => {
                    let l = l.get();
                    let j = if i < 0 { i + l.len() as i64 } else { i };
                    if let Some(&v) = usize::try_from(j).ok().and_then(|j| l.get(j)) {
                        return Ok(v);
                    }
                }
                // array('d'): the double straight from the buffer, unboxed.
                Payload::Array(a) if o.ty() == self.types.array => {
                    if let ArrayData::F64(v) = a.data.get() {
                        let j = if i < 0 { i + v.len() as i64 } else { i };
                        if let Some(&x) = usize::try_from(j).ok().and_then(|j| v.get(j)) {
                            return Ok(Value::Float(x));
                        }
                    }
                }
                _ => {}
            }
        }
        self.load_item_slow(obj, idx)
    }

    #[inline(never)]
    fn load_item_slow(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match (&o.payload, idx) {
                // array.array: the element straight from the buffer, unboxed.
                (Payload::Array(_), Value::Int(i)) if o.ty() == self.types.array => {
                    if let Some(v) = crate::stdlib::array::get_item_fast(obj, i, self) {
                        return Ok(v);
                    }
                }
                (Payload::Dict(_), _) if o.ty() == self.types.dict => {
                    return match self.dict_get(o, idx)? {
                        Some(v) => Ok(v),
                        None => Err(PyErr::key_error(idx)),
                    };
                }
                // ctypes arrays and pointers of simple types: the item in C memory.
                (Payload::CData(m), Value::Int(i)) => {
                    if let Some(v) = crate::stdlib::ctypes::get_item_fast(self, obj, m, i)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        self.getitem(obj, idx)
    }

    /// `obj[idx] = v`: an in-range list index is inlined into the dispatch loop.
    #[inline(always)]
    pub(super) fn store_item(&mut self, obj: Value, idx: Value, v: Value) -> PyResult<()> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, idx) {
            match &o.payload {
                Payload::List(l) if o.ty() == self.types.list => {
                    let l = l.get();
                    let j = if i < 0 { i + l.len() as i64 } else { i };
                    if let Some(slot) = usize::try_from(j).ok().and_then(|j| l.get_mut(j)) {
                        *slot = v;
                        return Ok(());
                    }
                }
                // array('d') = float: straight into the buffer.
                Payload::Array(a) if o.ty() == self.types.array => {
                    if let (ArrayData::F64(d), Value::Float(x)) = (a.data.get(), v) {
                        let j = if i < 0 { i + d.len() as i64 } else { i };
                        if let Some(slot) = usize::try_from(j).ok().and_then(|j| d.get_mut(j)) {
                            *slot = x;
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        self.store_item_slow(obj, idx, v)
    }

    #[inline(never)]
    fn store_item_slow(&mut self, obj: Value, idx: Value, v: Value) -> PyResult<()> {
        let exact_array = matches!(obj, Value::Obj(o) if o.ty() == self.types.array);
        if let (true, Value::Int(i)) = (exact_array, idx) {
            // array.array: converted straight into the buffer.
            if crate::stdlib::array::set_item_fast(self, obj, i, v)? {
                return Ok(());
            }
        }
        if let (Value::Obj(o), Value::Int(i)) = (obj, idx) {
            if let Payload::CData(m) = &o.payload {
                // ctypes arrays and pointers of simple types.
                if crate::stdlib::ctypes::set_item_fast(self, obj, m, i, v)? {
                    return Ok(());
                }
            }
        }
        self.setitem(obj, idx, v)
    }
}

/// Int/float arithmetic without allocation; None when the general path is needed.
#[inline(always)]
pub fn fast_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDiv if y != 0 => {
                if x == i64::MIN && y == -1 {
                    return None;
                }
                Some(Value::Int(
                    x.div_euclid(y)
                        - if (x.rem_euclid(y) != 0) && (y < 0) {
                            1
                        } else {
                            0
                        },
                ))
            }
            BinOp::Mod if y != 0 => {
                if y == -1 {
                    return Some(Value::Int(0));
                }
                let r = x % y;
                Some(Value::Int(if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }))
            }
            BinOp::TrueDiv if y != 0 => {
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Some(Value::Float(x as f64 / y as f64))
                } else {
                    None
                }
            }
            BinOp::And => Some(Value::Int(x & y)),
            BinOp::Or => Some(Value::Int(x | y)),
            BinOp::Xor => Some(Value::Int(x ^ y)),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_op(op, x, y),
        (Value::Float(x), Value::Int(y)) => float_op(op, x, y as f64),
        (Value::Int(x), Value::Float(y)) => float_op(op, x as f64, y),
        _ => None,
    }
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// Int/float comparisons without the general protocol.
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(compare_ord(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(compare_ord(op, x, y)),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            Some(compare_ord(op, x, y as f64))
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            Some(compare_ord(op, x as f64, y))
        }
        _ => None,
    }
}

/// `x op y` for an ordered type (floats: NaN compares unequal and unordered).
#[inline(always)]
pub fn compare_ord<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
