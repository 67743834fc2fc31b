//! Operators: arithmetic on the built-in numeric types (ints stay `i64` until they
//! overflow, then become big ints), sequence operators, and the special-method
//! protocol for user classes with its reflected-operand rules
//! (https://docs.python.org/3/reference/datamodel.html#emulating-numeric-types):
//! if the right operand's type is a proper subclass of the left's and overrides the
//! reflected method, it is tried first; `NotImplemented` passes to the other side.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::dictops::bigint_to_f64;
use super::frame::OnReturn;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::{BinOp, Instr};
use crate::objects::{ObjRef, Payload, Value};

/// A numeric operand.
pub(super) enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
    Complex(f64, f64),
}

pub(super) fn as_num(v: Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(i)),
        Value::Bool(b) => Some(Num::Small(b as i64)),
        Value::Float(f) => Some(Num::Float(f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(Num::Int(b.clone())),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            Payload::Boxed(x) => as_num(*x),
            _ => None,
        },
        _ => None,
    }
}

impl Num {
    fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::Small(i) => Ok(*i as f64),
            Num::Int(b) => {
                let f = bigint_to_f64(b);
                if f.is_infinite() {
                    return Err(PyErr::overflow_error("int too large to convert to float"));
                }
                Ok(f)
            }
            Num::Float(f) => Ok(*f),
            Num::Complex(r, _) => Ok(*r),
        }
    }
    pub(super) fn to_big(&self) -> BigInt {
        match self {
            Num::Small(i) => BigInt::from(*i),
            Num::Int(b) => b.clone(),
            _ => BigInt::zero(),
        }
    }
    fn is_int(&self) -> bool {
        matches!(self, Num::Small(_) | Num::Int(_))
    }
    pub(super) fn complex(&self) -> PyResult<(f64, f64)> {
        match self {
            Num::Complex(r, i) => Ok((*r, *i)),
            _ => Ok((self.to_f64()?, 0.0)),
        }
    }
}

/// Python float floor division and modulo (CPython's float_divmod).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Python float `**`: Ok(Ok(real)) or Ok(Err(complex)) for negative base, fractional exponent.
pub fn float_pow(a: f64, b: f64) -> PyResult<Result<f64, (f64, f64)>> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return Ok(Err(complex_pow((a, 0.0), (b, 0.0))?));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Ok(r))
}

/// Complex division by Smith's method (as CPython's `_Py_c_quot`): scale by the
/// larger component of the divisor to avoid overflow and underflow.
fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PyErr::zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // An integral exponent up to 100 is done by repeated multiplication, as
    // CPython does (so (1j)**2 is exactly -1).
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = complex_mul(result, base);
            }
            base = complex_mul(base, base);
            k >>= 1;
        }
        return Ok(if n < 0 {
            complex_div((1.0, 0.0), result)
        } else {
            result
        });
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

impl Vm {
    fn new_complex(&mut self, r: f64, i: f64) -> Value {
        let ty = self.types.complex;
        Value::Obj(self.alloc(ty, Payload::Complex(r, i)))
    }

    /// Arithmetic on built-in numbers; None when an operand is not a number.
    fn numeric_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        let (x, y) = match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok(None),
        };
        if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
            let (ar, ai) = x.complex()?;
            let (br, bi) = y.complex()?;
            let r = match op {
                BinOp::Add => (ar + br, ai + bi),
                BinOp::Sub => (ar - br, ai - bi),
                BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
                BinOp::TrueDiv => {
                    if br == 0.0 && bi == 0.0 {
                        return Err(PyErr::zero_division("complex division by zero"));
                    }
                    complex_div((ar, ai), (br, bi))
                }
                BinOp::Pow => complex_pow((ar, ai), (br, bi))?,
                _ => return Ok(None),
            };
            return Ok(Some(self.new_complex(r.0, r.1)));
        }
        if x.is_int() && y.is_int() {
            return self.int_binop(x, y, op).map(Some);
        }
        let (p, q) = (x.to_f64()?, y.to_f64()?);
        let r = match op {
            BinOp::Add => p + q,
            BinOp::Sub => p - q,
            BinOp::Mul => p * q,
            BinOp::TrueDiv => {
                if q == 0.0 {
                    return Err(PyErr::zero_division("float division by zero"));
                }
                p / q
            }
            BinOp::FloorDiv => {
                if q == 0.0 {
                    return Err(PyErr::zero_division("float floor division by zero"));
                }
                float_divmod(p, q).0
            }
            BinOp::Mod => {
                if q == 0.0 {
                    return Err(PyErr::zero_division("float modulo"));
                }
                float_divmod(p, q).1
            }
            BinOp::Pow => match float_pow(p, q)? {
                Ok(f) => f,
                Err((r, i)) => return Ok(Some(self.new_complex(r, i))),
            },
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    fn int_binop(&mut self, x: Num, y: Num, op: BinOp) -> PyResult<Value> {
        if let (Num::Small(p), Num::Small(q)) = (&x, &y) {
            let (p, q) = (*p, *q);
            let fast = match op {
                BinOp::Add => p.checked_add(q),
                BinOp::Sub => p.checked_sub(q),
                BinOp::Mul => p.checked_mul(q),
                BinOp::And => Some(p & q),
                BinOp::Or => Some(p | q),
                BinOp::Xor => Some(p ^ q),
                BinOp::FloorDiv if q != 0 && !(p == i64::MIN && q == -1) => {
                    Some(Integer::div_floor(&p, &q))
                }
                BinOp::Mod if q != 0 && q != -1 => Some(Integer::mod_floor(&p, &q)),
                BinOp::Mod if q == -1 => Some(0),
                BinOp::LShift if (0..63).contains(&q) => {
                    let r = p.checked_shl(q as u32).filter(|r| (r >> q) == p);
                    r
                }
                BinOp::RShift if q >= 0 => Some(if q >= 64 {
                    if p < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    p >> q
                }),
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(Value::Int(r));
            }
        }
        let (p, q) = (x.to_big(), y.to_big());
        let r = match op {
            BinOp::Add => p + q,
            BinOp::Sub => p - q,
            BinOp::Mul => {
                if p.bits() + q.bits() > 64 * 1024 * 1024 * 8 {
                    return Err(PyErr::memory_error(""));
                }
                p * q
            }
            BinOp::TrueDiv => {
                if q.is_zero() {
                    return Err(PyErr::zero_division("division by zero"));
                }
                return int_true_div(&p, &q).map(Value::Float);
            }
            BinOp::FloorDiv => {
                if q.is_zero() {
                    return Err(PyErr::zero_division("integer division or modulo by zero"));
                }
                p.div_floor(&q)
            }
            BinOp::Mod => {
                if q.is_zero() {
                    return Err(PyErr::zero_division("integer modulo by zero"));
                }
                p.mod_floor(&q)
            }
            BinOp::Pow => {
                if q.is_negative() {
                    if p.is_zero() {
                        return Err(PyErr::zero_division(
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let pf = bigint_to_f64(&p);
                    let qf = bigint_to_f64(&q);
                    return match float_pow(pf, qf)? {
                        Ok(f) => Ok(Value::Float(f)),
                        Err((r, i)) => Ok(self.new_complex(r, i)),
                    };
                }
                let e = match q.to_u32() {
                    Some(e) => e,
                    None => {
                        if p.is_zero() || p == BigInt::from(1) {
                            return Ok(self.new_int(p));
                        }
                        if p == BigInt::from(-1) {
                            return Ok(Value::Int(if q.is_even() { 1 } else { -1 }));
                        }
                        return Err(PyErr::memory_error(""));
                    }
                };
                if (p.bits() as u128) * (e as u128) > 8 * 1024 * 1024 * 1024 {
                    return Err(PyErr::memory_error(""));
                }
                num_traits::pow::Pow::pow(p, e)
            }
            BinOp::LShift => {
                if q.is_negative() {
                    return Err(PyErr::value_error("negative shift count"));
                }
                let s = q.to_u64().unwrap_or(u64::MAX);
                if p.is_zero() {
                    return Ok(Value::Int(0));
                }
                if s > 1 << 31 {
                    return Err(PyErr::memory_error(""));
                }
                p << s
            }
            BinOp::RShift => {
                if q.is_negative() {
                    return Err(PyErr::value_error("negative shift count"));
                }
                let s = q.to_u64().unwrap_or(u64::MAX);
                if s > p.bits() + 1 {
                    return Ok(Value::Int(if p.is_negative() { -1 } else { 0 }));
                }
                p >> s
            }
            BinOp::And => p & q,
            BinOp::Or => p | q,
            BinOp::Xor => p ^ q,
            BinOp::MatMul => {
                return Err(PyErr::type_error(
                    "unsupported operand type(s) for @: 'int' and 'int'",
                ))
            }
        };
        Ok(self.new_int(r))
    }

    /// Operators on built-in types; None means "not implemented for these operands".
    pub(crate) fn builtin_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        if let Some(r) = self.numeric_binop(a, b, op)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::stdlib::array::binop(self, a, b, op)? {
            return Ok(Some(r));
        }
        if op == BinOp::Or && self.is_union_operand(a) && self.is_union_operand(b) {
            let is_type = |v: Value| v.as_obj().is_some_and(|o| o.as_type().is_some());
            if is_type(a) || is_type(b) {
                return self.type_union(a, b).map(Some);
            }
        }
        let (ao, bo) = (a.as_obj(), b.as_obj());
        match op {
            BinOp::Add => {
                if let (Some(x), Some(y)) = (ao, bo) {
                    match (&x.payload, &y.payload) {
                        (Payload::Str(s), Payload::Str(t)) => {
                            let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
                            r.push_str(s.as_str());
                            r.push_str(t.as_str());
                            return Ok(Some(self.new_str(r)));
                        }
                        (Payload::List(l), Payload::List(m)) => {
                            let mut v = l.get().clone();
                            v.extend_from_slice(m.get());
                            return Ok(Some(self.new_list(v)));
                        }
                        (Payload::Tuple(l), Payload::Tuple(m)) => {
                            let mut v = l.to_vec();
                            v.extend_from_slice(m);
                            return Ok(Some(self.new_tuple(v)));
                        }
                        (Payload::Bytes(l), Payload::Bytes(m)) => {
                            let mut v = l.to_vec();
                            v.extend_from_slice(m);
                            return Ok(Some(self.new_bytes(v)));
                        }
                        (Payload::ByteArray(l), Payload::Bytes(m))
                        | (Payload::Bytes(m), Payload::ByteArray(l))
                            if matches!(x.payload, Payload::ByteArray(_)) =>
                        {
                            let mut v = l.get().clone();
                            v.extend_from_slice(m);
                            let ty = self.types.bytearray;
                            return Ok(Some(Value::Obj(
                                self.alloc(ty, Payload::ByteArray(crate::objects::Mut::new(v))),
                            )));
                        }
                        _ => {}
                    }
                }
                if let Some(x) = ao {
                    match &x.payload {
                        Payload::List(_) if !self.type_is_user(x.ty()) => {
                            return Err(PyErr::type_error(format!(
                                "can only concatenate list (not \"{}\") to list",
                                self.type_name(b)
                            )));
                        }
                        Payload::Tuple(_) if !self.type_is_user(x.ty()) => {
                            return Err(PyErr::type_error(format!(
                                "can only concatenate tuple (not \"{}\") to tuple",
                                self.type_name(b)
                            )));
                        }
                        Payload::Str(_) if !self.is_user_value(b) => {
                            return Err(PyErr::type_error(format!(
                                "can only concatenate str (not \"{}\") to str",
                                self.type_name(b)
                            )));
                        }
                        Payload::Bytes(l) if !self.is_user_value(b) => {
                            if let Some(m) = crate::builtins::memoryview::buffer_bytes(b) {
                                let mut v = l.to_vec();
                                v.extend_from_slice(&m);
                                return Ok(Some(self.new_bytes(v)));
                            }
                            return Err(PyErr::type_error(format!(
                                "can't concat {} to {}",
                                self.type_name(b),
                                self.type_name(a)
                            )));
                        }
                        Payload::ByteArray(l) if !self.is_user_value(b) => {
                            if let Some(m) = crate::builtins::memoryview::buffer_bytes(b) {
                                let mut v = l.get().clone();
                                v.extend_from_slice(&m);
                                return Ok(Some(crate::builtins::construct::new_bytearray(
                                    self, v,
                                )));
                            }
                            return Err(PyErr::type_error(format!(
                                "can't concat {} to {}",
                                self.type_name(b),
                                self.type_name(a)
                            )));
                        }
                        _ => {}
                    }
                }
            }
            BinOp::Mul => {
                let (seq, n) = match (a, b) {
                    (Value::Obj(_), Value::Int(_) | Value::Bool(_)) => (a, b),
                    (Value::Int(_) | Value::Bool(_), Value::Obj(_)) => (b, a),
                    (Value::Obj(x), Value::Obj(y))
                        if is_sequence(x)
                            && self.is_user_value(b)
                            && self.lookup_in_mro(y.ty(), self.names.__index__).is_some() =>
                    {
                        let n = self.to_index(b)?;
                        return self.builtin_binop(a, Value::Int(n), op);
                    }
                    (Value::Obj(x), Value::Obj(y))
                        if is_sequence(y)
                            && self.is_user_value(a)
                            && self.lookup_in_mro(x.ty(), self.names.__index__).is_some() =>
                    {
                        let n = self.to_index(a)?;
                        return self.builtin_binop(Value::Int(n), b, op);
                    }
                    (Value::Obj(x), Value::Obj(y)) => {
                        if is_sequence(x)
                            && !matches!(y.payload, Payload::Int(_))
                            && !self.is_user_value(b)
                        {
                            return Err(PyErr::type_error(format!(
                                "can't multiply sequence by non-int of type '{}'",
                                self.type_name(b)
                            )));
                        }
                        if is_sequence(y)
                            && !matches!(x.payload, Payload::Int(_))
                            && !self.is_user_value(a)
                            && !is_sequence(x)
                        {
                            return Err(PyErr::type_error(format!(
                                "can't multiply sequence by non-int of type '{}'",
                                self.type_name(a)
                            )));
                        }
                        if matches!(y.payload, Payload::Int(_)) && is_sequence(x) {
                            return Err(PyErr::overflow_error(format!(
                                "cannot fit 'int' into an index-sized integer"
                            )));
                        }
                        if matches!(x.payload, Payload::Int(_)) && is_sequence(y) {
                            return Err(PyErr::overflow_error(format!(
                                "cannot fit 'int' into an index-sized integer"
                            )));
                        }
                        return Ok(None);
                    }
                    _ => {
                        if let Some(x) = ao.or(bo) {
                            if is_sequence(x) && !self.is_user_value(a) && !self.is_user_value(b) {
                                let other = if ao.is_some() { b } else { a };
                                return Err(PyErr::type_error(format!(
                                    "can't multiply sequence by non-int of type '{}'",
                                    self.type_name(other)
                                )));
                            }
                        }
                        return Ok(None);
                    }
                };
                let n = match n {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    _ => 0,
                };
                let n = n.max(0) as usize;
                let o = seq.as_obj().unwrap();
                // Like CPython: str/bytes whose size overflows are an OverflowError,
                // anything merely too big to allocate is a MemoryError.
                let cap_check = |len: usize| -> PyResult<()> {
                    match len.checked_mul(n) {
                        _ if len == 0 => Ok(()),
                        Some(t) if t <= isize::MAX as usize && t > (1usize << 34) => {
                            Err(PyErr::memory_error(""))
                        }
                        Some(t) if t <= isize::MAX as usize => Ok(()),
                        _ => Err(PyErr::memory_error("")),
                    }
                };
                let text_check = |len: usize, what: &str| -> PyResult<()> {
                    match len.checked_mul(n) {
                        Some(t) if t > isize::MAX as usize => {
                            Err(PyErr::overflow_error(format!("repeated {what} too long")))
                        }
                        None => Err(PyErr::overflow_error(format!("repeated {what} too long"))),
                        _ => cap_check(len),
                    }
                };
                match &o.payload {
                    Payload::Str(s) => {
                        text_check(s.as_str().len(), "string is")?;
                        return Ok(Some(self.new_str(s.as_str().repeat(n))));
                    }
                    Payload::List(l) => {
                        cap_check(l.get().len() * 16)?;
                        let src = l.get().clone();
                        let mut v = Vec::new();
                        v.try_reserve_exact(src.len() * n)
                            .map_err(|_| PyErr::memory_error(""))?;
                        for _ in 0..n {
                            v.extend_from_slice(&src);
                        }
                        return Ok(Some(self.new_list(v)));
                    }
                    Payload::Tuple(t) => {
                        cap_check(t.len() * 16)?;
                        let mut v = Vec::with_capacity(t.len() * n);
                        for _ in 0..n {
                            v.extend_from_slice(t);
                        }
                        return Ok(Some(self.new_tuple(v)));
                    }
                    Payload::Bytes(bs) => {
                        text_check(bs.len(), "bytes are")?;
                        return Ok(Some(self.new_bytes(bs.repeat(n))));
                    }
                    Payload::ByteArray(bs) => {
                        cap_check(bs.get().len())?;
                        let v = bs.get().repeat(n);
                        let ty = self.types.bytearray;
                        return Ok(Some(Value::Obj(
                            self.alloc(ty, Payload::ByteArray(crate::objects::Mut::new(v))),
                        )));
                    }
                    _ => {}
                }
            }
            BinOp::Mod => {
                if let Some(x) = ao {
                    if let Payload::Str(s) = &x.payload {
                        let fmt = s.as_str().to_string();
                        return self.percent_format(&fmt, b).map(Some);
                    }
                    if let Payload::Bytes(bs) = &x.payload {
                        // bytes % args: format through latin-1 text, bytes-like arguments
                        // inserted raw (`%b` is `%s` of their latin-1 text).
                        let fmt: String = bytes_format_as_text(bs);
                        let latin = |vm: &mut Vm, v: Value| -> Value {
                            match crate::builtins::memoryview::buffer_bytes(v) {
                                Some(d) => {
                                    let t: String = d.iter().map(|c| *c as char).collect();
                                    vm.new_str(t)
                                }
                                None => v,
                            }
                        };
                        let args = match b.tuple() {
                            Some(t) => {
                                let items: Vec<Value> =
                                    t.to_vec().into_iter().map(|v| latin(self, v)).collect();
                                self.new_tuple(items)
                            }
                            None => latin(self, b),
                        };
                        let r = self.percent_format(&fmt, args)?;
                        let out: Vec<u8> = r
                            .payload()
                            .and_then(|p| {
                                if let Payload::Str(s) = p {
                                    Some(s.as_str().chars().map(|c| c as u32 as u8).collect())
                                } else {
                                    None
                                }
                            })
                            .unwrap_or_default();
                        return Ok(Some(self.new_bytes(out)));
                    }
                }
            }
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
                if let (Some(x), Some(y)) = (ao, bo) {
                    let is_set =
                        |o: ObjRef| matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_));
                    if is_set(x) && is_set(y) {
                        return crate::builtins::set::set_binop(self, x, y, op).map(Some);
                    }
                    if op == BinOp::Or {
                        if let (Payload::Dict(_), Payload::Dict(_)) = (&x.payload, &y.payload) {
                            let d = self.new_dict();
                            self.dict_update_from(d, a, false)?;
                            self.dict_update_from(d, b, false)?;
                            return Ok(Some(Value::Obj(d)));
                        }
                    }
                    if let (Payload::DictView { .. }, _) | (_, Payload::DictView { .. }) =
                        (&x.payload, &y.payload)
                    {
                        return crate::builtins::set::view_binop(self, a, b, op).map(Some);
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn is_user_value(&self, v: Value) -> bool {
        self.type_is_user(self.type_of(v))
    }

    pub(super) fn is_not_implemented(&self, v: Value) -> bool {
        matches!(v, Value::Obj(o) if o == self.not_implemented)
    }

    /// True when `sub` is `sup` or inherits from it.
    pub fn is_subtype(&self, sub: ObjRef, sup: ObjRef) -> bool {
        if sub == sup {
            return true;
        }
        sub.as_type()
            .map(|t| t.mro.get().contains(&sup))
            .unwrap_or(false)
    }

    /// `a op b`
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match self.binary_op_opt(a, b, op)? {
            Some(v) => Ok(v),
            None => Err(self.unsupported_binop(a, b, op)),
        }
    }

    /// Can `v` be an operand of `X | Y` between types (a type, or None)?
    fn is_union_operand(&self, v: Value) -> bool {
        v.is_none() || v.as_obj().is_some_and(|o| o.as_type().is_some())
    }

    /// `a | b` for types: a `types.UnionType` (built by the bundled `types`).
    fn type_union(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let types = self.import_module("types")?;
        let k = self.intern("_union_of");
        let f = self.getattr(types, k)?;
        self.call(f, &[a, b], &[])
    }

    #[cold]
    #[inline(never)]
    fn unsupported_binop(&self, a: Value, b: Value, op: BinOp) -> PyErr {
        // A sequence times a non-integer: CPython's sequence repeat says so.
        if op == BinOp::Mul {
            let seq = |v: Value| v.as_obj().is_some_and(is_sequence);
            let other = if seq(a) {
                Some(b)
            } else if seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(other) = other {
                return PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
        }
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op == BinOp::Pow {
                "** or pow()"
            } else {
                op.symbol()
            },
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn binary_op_opt(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let (ua, ub) = (self.type_is_user(ta), self.type_is_user(tb));
        if !ua && !ub {
            return self.builtin_binop(a, b, op);
        }
        let [fwd, rev, _] = self.binop_dunder_names(op);
        let mut tried_rev = false;
        if ub && ta != tb && self.is_subtype(tb, ta) {
            if let Some(f) = self.dispatch_dunder(tb, rev) {
                tried_rev = true;
                let r = self.call_dunder(f, b, a, tb)?;
                if !self.is_not_implemented(r) {
                    return Ok(Some(r));
                }
            }
        }
        let mut own = None;
        if ua {
            own = self.dispatch_dunder(ta, fwd);
            if let Some(f) = own {
                let r = self.call_dunder(f, a, b, ta)?;
                if !self.is_not_implemented(r) {
                    return Ok(Some(r));
                }
            }
        }
        self.binary_op_rest(a, b, op, own.is_some(), tried_rev)
    }

    /// The steps of `a op b` after the reflected-first and forward methods: the
    /// built-in behaviour for built-in and derived operands, then the reflected method.
    /// `has_forward`: `a`'s type has its own forward method (it was tried).
    fn binary_op_rest(
        &mut self,
        a: Value,
        b: Value,
        op: BinOp,
        has_forward: bool,
        tried_rev: bool,
    ) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let (ua, ub) = (self.type_is_user(ta), self.type_is_user(tb));
        let rev = self.binop_dunder_names(op)[1];
        // A class derived from a built-in without its own method gets the
        // built-in behaviour (on the value itself for int and float subclasses).
        let (da, db) = (self.type_is_derived(ta), self.type_is_derived(tb));
        let (va, mut vb) = (Vm::unboxed(a), Vm::unboxed(b));
        // `text % args` formats the arguments themselves (`%s` of an int
        // subclass calls its __str__).
        if op == BinOp::Mod
            && matches!(
                va.payload(),
                Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
            )
        {
            vb = b;
        }
        if !ua || (da && !has_forward) {
            if let Some(r) = self.builtin_binop(va, vb, op)? {
                return Ok(Some(r));
            }
        }
        if ta != tb && !tried_rev {
            let mut own = None;
            if ub {
                own = self.dispatch_dunder(tb, rev);
                if let Some(f) = own {
                    let r = self.call_dunder(f, b, a, tb)?;
                    if !self.is_not_implemented(r) {
                        return Ok(Some(r));
                    }
                }
            }
            if (!ub && ua) || (db && own.is_none()) {
                if let Some(r) = self.builtin_binop(va, vb, op)? {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a op b` for the dispatch loop. When the method to try first is `a`'s forward
    /// method and a plain Python function, its frame is pushed rather than run to
    /// completion (`Ok(None)`), so the operator costs one frame push and no nested
    /// dispatch loop. The stack under that frame holds `a, b` (rooted, and read back
    /// by `binary_op_returned`), then the function and its two arguments.
    pub fn binary_op_or_frame(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let reflected_first = ta != tb && self.type_is_user(tb) && self.is_subtype(tb, ta);
        if self.type_is_user(ta) && !self.type_is_derived(ta) && !reflected_first {
            let fwd = self.binop_dunder_names(op)[0];
            if let Some(f @ Value::Obj(fo)) = self.dispatch_dunder(ta, fwd) {
                if let Payload::Function(func) = &fo.payload {
                    let ret_base = self.stack.len();
                    self.stack.extend_from_slice(&[a, b, f, a, b]);
                    return match self.call_function(fo, func, ret_base, ret_base + 3, 2, None)? {
                        None => {
                            self.frames.last_mut().unwrap().on_return = OnReturn::BinaryOp(op);
                            Ok(None)
                        }
                        Some(r) if self.is_not_implemented(r) => {
                            self.binary_op_after_forward(a, b, op).map(Some)
                        }
                        Some(r) => Ok(Some(r)),
                    };
                }
            }
        }
        self.binary_op(a, b, op).map(Some)
    }

    /// The result of a forward method frame pushed by `binary_op_or_frame`, whose
    /// operands are `stack[ret_base..ret_base + 2]`: `r`, or on NotImplemented the
    /// rest of the operator protocol.
    pub fn binary_op_returned(&mut self, ret_base: usize, op: BinOp, r: Value) -> PyResult<Value> {
        if !self.is_not_implemented(r) {
            return Ok(r);
        }
        let (a, b) = (self.stack[ret_base], self.stack[ret_base + 1]);
        self.binary_op_after_forward(a, b, op)
    }

    fn binary_op_after_forward(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match self.binary_op_rest(a, b, op, true, false)? {
            Some(v) => Ok(v),
            None => Err(self.unsupported_binop(a, b, op)),
        }
    }

    pub(super) fn call_dunder(
        &mut self,
        f: Value,
        slf: Value,
        other: Value,
        ty: ObjRef,
    ) -> PyResult<Value> {
        if f.is_none() {
            return Ok(Value::Obj(self.not_implemented));
        }
        if crate::vm::attr::is_plain_function(f) {
            self.call(f, &[slf, other], &[])
        } else {
            let bound = self.bind_descriptor(f, slf, ty)?;
            self.call(bound, &[other], &[])
        }
    }

    /// `a op= b`
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let ta = self.type_of(a);
        let user = self.type_is_user(ta);
        if user {
            let [_, _, iname] = self.binop_dunder_names(op);
            if let Some(f) = self.dispatch_dunder(ta, iname) {
                let r = self.call_dunder(f, a, b, ta)?;
                if !self.is_not_implemented(r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = crate::stdlib::array::inplace(self, a, b, op)? {
            return Ok(r);
        }
        if !user || self.type_is_derived(ta) {
            if let Some(r) = crate::builtins::bytes::bytearray_inplace(self, a, b, op)? {
                return Ok(r);
            }
        }
        if let (true, Value::Obj(o)) = (!user || self.type_is_derived(ta), a) {
            match (&o.payload, op) {
                (Payload::List(l), BinOp::Add) => {
                    let items = self.collect_iterable(b)?;
                    l.get().extend(items);
                    return Ok(a);
                }
                (Payload::List(l), BinOp::Mul) => {
                    let n = match b {
                        Value::Int(i) => i.max(0) as usize,
                        Value::Bool(x) => x as usize,
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "can't multiply sequence by non-int of type '{}'",
                                self.type_name(b)
                            )))
                        }
                    };
                    let src = l.get().clone();
                    let mut v = Vec::with_capacity(src.len() * n);
                    for _ in 0..n {
                        v.extend_from_slice(&src);
                    }
                    *l.get() = v;
                    return Ok(a);
                }
                (Payload::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                    if let Some(bo) = b.as_obj() {
                        if matches!(bo.payload, Payload::Set(_) | Payload::FrozenSet(_)) {
                            crate::builtins::set::set_inplace(self, o, bo, op)?;
                            return Ok(a);
                        }
                    }
                }
                (Payload::Dict(_), BinOp::Or) => {
                    crate::builtins::construct::dict_update(self, o, Some(b), &[])?;
                    return Ok(a);
                }
                _ => {}
            }
        }
        match self.binary_op_opt(a, b, op)? {
            Some(v) => Ok(v),
            None => Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&mut self, a: Value, op: Instr) -> PyResult<Value> {
        let (sym, dunder) = match op {
            Instr::UnaryNeg => ("-", self.names.__neg__),
            Instr::UnaryPos => ("+", self.names.__pos__),
            _ => ("~", self.names.__invert__),
        };
        match (a, op) {
            (Value::Int(i), Instr::UnaryNeg) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_int(-BigInt::from(i)),
                })
            }
            (Value::Int(i), Instr::UnaryPos) => return Ok(Value::Int(i)),
            (Value::Int(i), _) => return Ok(Value::Int(!i)),
            (Value::Bool(b), Instr::UnaryNeg) => return Ok(Value::Int(-(b as i64))),
            (Value::Bool(b), Instr::UnaryPos) => return Ok(Value::Int(b as i64)),
            (Value::Bool(b), _) => return Ok(Value::Int(!(b as i64))),
            (Value::Float(f), Instr::UnaryNeg) => return Ok(Value::Float(-f)),
            (Value::Float(f), Instr::UnaryPos) => return Ok(Value::Float(f)),
            (Value::Obj(o), _) => match &o.payload {
                Payload::Int(b) => {
                    let r = match op {
                        Instr::UnaryNeg => -b.clone(),
                        Instr::UnaryPos => b.clone(),
                        _ => -(b.clone()) - 1,
                    };
                    return Ok(self.new_int(r));
                }
                Payload::Complex(r, i) if op != Instr::UnaryInvert => {
                    let (r, i) = if op == Instr::UnaryNeg {
                        (-r, -i)
                    } else {
                        (*r, *i)
                    };
                    return Ok(self.new_complex(r, i));
                }
                _ => {
                    let ty = o.ty();
                    if self.lookup_in_mro(ty, dunder).is_some() {
                        return self.call_method(a, dunder, &[]);
                    }
                }
            },
            _ => {}
        }
        Err(PyErr::type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::None | Value::Empty => false,
            Value::Obj(o) if self.is_derived(v) => {
                // A class derived from a built-in: its own __bool__ or __len__,
                // else the base's truth.
                if let Some(f) = self.derived_override(v, self.names.__bool__) {
                    let r = self.call_dunder_unary(f, v, o.ty())?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(r)
                        ))),
                    };
                }
                if self.derived_override(v, self.names.__len__).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                match &o.payload {
                    Payload::Boxed(x) => return self.truthy(*x),
                    _ => return self.truthy_payload(v, o),
                }
            }
            Value::Obj(o) => return self.truthy_payload(v, o),
        })
    }

    fn truthy_payload(&mut self, v: Value, o: ObjRef) -> PyResult<bool> {
        Ok(match &o.payload {
            Payload::Str(s) => s.char_len() != 0,
            Payload::List(l) => !l.get().is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::Dict(d) => d.get().len() != 0,
            Payload::Set(s) | Payload::FrozenSet(s) => s.get().len() != 0,
            Payload::Int(b) => !b.is_zero(),
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.get().is_empty(),
            Payload::Array(a) => !a.data.get().is_empty(),
            Payload::MemoryView(m) => crate::builtins::memoryview::view_len(m)? != 0,
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Payload::Range { start, stop, step } => {
                if *step > 0 {
                    start < stop
                } else {
                    start > stop
                }
            }
            Payload::DictView { dict, .. } => dict.as_dict().unwrap().get().len() != 0,
            Payload::BigRange(r) => {
                crate::builtins::construct::big_range_len(r) != num_bigint::BigInt::from(0)
            }
            Payload::Instance(_) | Payload::Exception(_) => {
                let ty = o.ty();
                if let Some(f) = self.lookup_in_mro(ty, self.names.__bool__) {
                    let r = self.call_dunder_unary(f, v, ty)?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(r)
                        ))),
                    };
                }
                if self.lookup_in_mro(ty, self.names.__len__).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    fn call_dunder_unary(&mut self, f: Value, slf: Value, ty: ObjRef) -> PyResult<Value> {
        if crate::vm::attr::is_plain_function(f) {
            self.call(f, &[slf], &[])
        } else {
            let bound = self.bind_descriptor(f, slf, ty)?;
            self.call(bound, &[], &[])
        }
    }
}

fn is_sequence(o: ObjRef) -> bool {
    matches!(
        o.payload,
        Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    )
}

/// A bytes `%` format as latin-1 text, with each `%b` conversion spelled `%s`.
fn bytes_format_as_text(fmt: &[u8]) -> String {
    let mut out = String::with_capacity(fmt.len());
    let mut in_spec = false;
    for &c in fmt {
        let ch = c as char;
        if in_spec {
            if ch.is_ascii_alphabetic() || ch == '%' {
                in_spec = false;
                out.push(if ch == 'b' { 's' } else { ch });
                continue;
            }
        } else if ch == '%' {
            in_spec = true;
        }
        out.push(ch);
    }
    out
}

/// `p / q` for ints, correctly rounded (round half to even) like CPython's, with
/// subnormal results rounded once and OverflowError beyond the float range.
/// `q` is not zero.
pub(crate) fn int_true_div(p: &BigInt, q: &BigInt) -> PyResult<f64> {
    const EXACT: u64 = 1 << 53;
    if let (Some(a), Some(b)) = (p.to_i64(), q.to_i64()) {
        if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
            return Ok(a as f64 / b as f64); // both exact: IEEE division rounds once
        }
    }
    let negative = p.is_negative() != q.is_negative();
    let (a, b) = (p.abs(), q.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let diff = a.bits() as i64 - b.bits() as i64; // a/b in [2^(diff-1), 2^(diff+1))
    if diff > 1025 {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    // Quotient with 55 or 56 significant bits (two guard bits beyond 53), or, for
    // a subnormal result, in units of 2^-1076 (two bits below the smallest float).
    let shift = (55 - diff).min(1076);
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (mut quo, rem) = n.div_rem(&d);
    let inexact = !rem.is_zero();
    let bits = quo.bits() as i64;
    // Bits to drop so that 53 remain (or the subnormal grid of 2^-1074).
    let drop = if shift == 1076 && bits <= 55 {
        2
    } else {
        (bits - 53).max(0)
    };
    let mut scale = -shift;
    if drop > 0 {
        let half = BigInt::from(1) << (drop - 1) as usize;
        let low = &quo & ((BigInt::from(1) << drop as usize) - 1);
        quo >>= drop as usize;
        scale += drop;
        let round_up = low > half || (low == half && (inexact || quo.is_odd()));
        if round_up {
            quo += 1;
        }
    }
    // quo has at most 54 bits (53 after a carry to 2^53): exact as a float.
    let m = quo.to_f64().unwrap_or(f64::MAX);
    // Exact: the value is on the float grid by construction (or overflows).
    let r = crate::stdlib::math::ldexp_f64(m, scale);
    if r.is_infinite() {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -r } else { r })
}
