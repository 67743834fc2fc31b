//! Methods and attributes of `int`, `float` and `complex`.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::check_args;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::dictops::to_bigint;
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Register number methods.
pub fn install(vm: &mut Vm) {
    let i = vm.types.int;
    vm.add_method(i, "bit_length", bit_length);
    vm.add_method(i, "bit_count", bit_count);
    vm.add_method(i, "conjugate", identity);
    vm.add_method(i, "__index__", identity);
    vm.add_method(i, "__int__", identity);
    vm.add_method(i, "__float__", to_float_m);
    vm.add_getter(i, "real", identity);
    vm.add_getter(i, "imag", zero);
    vm.add_getter(i, "numerator", identity);
    vm.add_getter(i, "denominator", one);
    vm.add_method(i, "to_bytes", to_bytes);
    vm.add_classmethod(i, "from_bytes", from_bytes);
    vm.add_method(i, "as_integer_ratio", int_ratio);
    let f = vm.types.float;
    vm.add_method(f, "is_integer", is_integer);
    vm.add_method(f, "conjugate", identity);
    vm.add_method(f, "__float__", identity);
    vm.add_method(f, "__int__", float_int);
    vm.add_method(f, "__trunc__", float_int);
    vm.add_method(f, "hex", float_hex);
    vm.add_classmethod(f, "fromhex", float_fromhex);
    vm.add_method(f, "as_integer_ratio", float_ratio);
    vm.add_getter(f, "real", identity);
    vm.add_getter(f, "imag", fzero);
    let c = vm.types.complex;
    vm.add_getter(c, "real", creal);
    vm.add_getter(c, "imag", cimag);
    vm.add_method(c, "conjugate", conjugate);
    install_number_dunders(vm);
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match args[0] {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}
fn zero(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn fzero(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}
fn one(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(1))
}
fn to_float_m(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(super::functions::to_float(vm, args[0])?))
}
fn bit_length(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = to_bigint(args[0]).unwrap_or_default();
    Ok(Value::Int(b.abs().bits() as i64))
}
fn bit_count(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = to_bigint(args[0]).unwrap_or_default();
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}
fn int_ratio(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = identity(vm, args, &[])?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}
fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = to_bigint(args[0]).unwrap_or_default();
    let length = match args.get(1).copied().or_else(|| super::kwarg(kw, "length")) {
        Some(v) => vm.to_index(v)? as usize,
        None => 1,
    };
    let order = args
        .get(2)
        .copied()
        .or_else(|| super::kwarg(kw, "byteorder"));
    let little = match order.as_ref().map(|o| super::as_str(o)) {
        None => false,
        Some(Some("little")) => true,
        Some(Some("big")) => false,
        Some(_) => {
            return Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    };
    let signed = match super::kwarg(kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(PyErr::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes = vec![0];
    }
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}
fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    }
    let data = match super::memoryview::buffer_bytes_any(args[1]) {
        Some(r) => r?,
        None => super::bytes::bytes_from_ints(vm, args[1])?,
    };
    let order = args
        .get(2)
        .copied()
        .or_else(|| super::kwarg(kw, "byteorder"));
    let little = match order.as_ref().map(|o| super::as_str(o)) {
        None => false,
        Some(Some("little")) => true,
        Some(Some("big")) => false,
        Some(_) => {
            return Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    };
    let signed = match super::kwarg(kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let r = match (little, signed) {
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
    };
    Ok(vm.new_int(r))
}
fn is_integer(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}
fn float_int(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0] {
        Value::Float(f) => super::functions::float_to_int(vm, f),
        v => Ok(v),
    }
}
fn float_hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = match args[0] {
        Value::Float(f) => f,
        _ => 0.0,
    };
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        // Always 13 hex digits of fraction, as CPython prints them.
        let m = format!("{mant:013x}");
        format!(
            "{sign}0x{lead}.{m}p{}{}",
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    Ok(vm.new_str(s))
}
fn float_ratio(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = match args[0] {
        Value::Float(f) => f,
        _ => 0.0,
    };
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (mant, -1074)
    } else {
        (mant | (1 << 52), exp - 1075)
    };
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    num /= &g;
    den /= &g;
    if f < 0.0 {
        num = -num;
    }
    let n = vm.new_int(num);
    let d = vm.new_int(den);
    Ok(vm.new_tuple(vec![n, d]))
}
fn creal(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Complex(r, _)) => Ok(Value::Float(*r)),
        _ => Ok(Value::Float(0.0)),
    }
}
fn cimag(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Complex(_, i)) => Ok(Value::Float(*i)),
        _ => Ok(Value::Float(0.0)),
    }
}
fn conjugate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("conjugate", &args[1..], 0, 0)?;
    match args[0].payload() {
        Some(Payload::Complex(r, i)) => {
            let ty = vm.types.complex;
            Ok(Value::Obj(vm.alloc(ty, Payload::Complex(*r, -*i))))
        }
        _ => Ok(args[0]),
    }
}

/// Can `this.__op__(other)` handle `other` (else NotImplemented)? ints only take
/// ints; floats take ints and floats.
fn is_num_for(this: Value, other: Value) -> bool {
    let int_like = |v: Value| {
        matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
    };
    if matches!(this, Value::Float(_)) {
        int_like(other) || matches!(other, Value::Float(_))
    } else {
        int_like(other)
    }
}

macro_rules! num_dunders {
    ($( $name:ident => $op:ident, $rev:expr );* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                check_args(stringify!($name), &args[1..], 1, 1)?;
                let (a, b) = if $rev { (args[1], args[0]) } else { (args[0], args[1]) };
                if !is_num_for(args[0], args[1]) {
                    return Ok(Value::Obj(vm.not_implemented));
                }
                vm.binary_op(a, b, crate::bytecode::BinOp::$op)
            }
        )*
        fn install_dunders(vm: &mut Vm, ty: ObjRef) {
            $( vm.add_method(ty, stringify!($name), $name); )*
        }
    };
}

num_dunders! {
    __add__ => Add, false; __radd__ => Add, true;
    __sub__ => Sub, false; __rsub__ => Sub, true;
    __mul__ => Mul, false; __rmul__ => Mul, true;
    __truediv__ => TrueDiv, false; __rtruediv__ => TrueDiv, true;
    __floordiv__ => FloorDiv, false; __rfloordiv__ => FloorDiv, true;
    __mod__ => Mod, false; __rmod__ => Mod, true;
    __pow__ => Pow, false; __rpow__ => Pow, true;
    __and__ => And, false; __rand__ => And, true;
    __or__ => Or, false; __ror__ => Or, true;
    __xor__ => Xor, false; __rxor__ => Xor, true;
    __lshift__ => LShift, false; __rlshift__ => LShift, true;
    __rshift__ => RShift, false; __rrshift__ => RShift, true;
}

macro_rules! cmp_dunders {
    ($( $name:ident => $op:ident );* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                check_args(stringify!($name), &args[1..], 1, 1)?;
                if !is_num_for(args[0], args[1]) {
                    return Ok(Value::Obj(vm.not_implemented));
                }
                vm.rich_compare(args[0], args[1], crate::bytecode::CmpOp::$op)
            }
        )*
        fn install_cmp(vm: &mut Vm, ty: ObjRef) {
            $( vm.add_method(ty, stringify!($name), $name); )*
        }
    };
}

cmp_dunders! {
    __eq__ => Eq; __ne__ => Ne; __lt__ => Lt; __le__ => Le; __gt__ => Gt; __ge__ => Ge;
}

fn __neg__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.unary_op(args[0], crate::bytecode::Instr::UnaryNeg)
}
fn __pos__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.unary_op(args[0], crate::bytecode::Instr::UnaryPos)
}
fn __invert__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.unary_op(args[0], crate::bytecode::Instr::UnaryInvert)
}
fn __abs__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::functions::abs(vm, &args[..1], &[])
}
fn __bool__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(args[0])?))
}
fn __hash__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(args[0])?))
}
fn __repr__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}
fn __format__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__format__", &args[1..], 1, 1)?;
    let spec = super::as_str(&args[1]).unwrap_or("").to_string();
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}

/// Special methods shared by int and float.
pub fn install_number_dunders(vm: &mut Vm) {
    for ty in [vm.types.int, vm.types.float] {
        install_dunders(vm, ty);
        install_cmp(vm, ty);
        vm.add_method(ty, "__neg__", __neg__);
        vm.add_method(ty, "__pos__", __pos__);
        vm.add_method(ty, "__abs__", __abs__);
        vm.add_method(ty, "__bool__", __bool__);
        vm.add_method(ty, "__hash__", __hash__);
        vm.add_method(ty, "__repr__", __repr__);
        vm.add_method(ty, "__str__", __repr__);
        vm.add_method(ty, "__format__", __format__);
    }
    let i = vm.types.int;
    vm.add_method(i, "__invert__", __invert__);
    for ty in [vm.types.int, vm.types.float] {
        vm.add_method(ty, "__round__", __round__);
        vm.add_method(ty, "__trunc__", __trunc__);
        vm.add_method(ty, "__floor__", __floor__);
        vm.add_method(ty, "__ceil__", __ceil__);
    }
}

fn __round__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = vm.builtins;
    let k = vm.intern("round");
    let f = vm.dict_get_str_pure(b, k).unwrap_or(Value::None);
    vm.call(f, args, &[])
}
fn __trunc__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0] {
        Value::Float(f) => super::functions::float_to_int(vm, f),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => Ok(v),
    }
}
fn __floor__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0] {
        Value::Float(f) => super::functions::float_to_int(vm, f.floor()),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => Ok(v),
    }
}
fn __ceil__(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0] {
        Value::Float(f) => super::functions::float_to_int(vm, f.ceil()),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v => Ok(v),
    }
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`, or
/// inf/infinity/nan, correctly rounded; a subclass is called with the value.
fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::check_args("fromhex", &args[1..], 1, 1)?;
    let cls = args[0];
    let Some(text) = super::as_str(&args[1]).map(|s| s.to_string()) else {
        return Err(PyErr::type_error(format!(
            "bad argument type for built-in operation"
        )));
    };
    let x = parse_hex_float(&text)?;
    if cls.as_obj() == Some(vm.types.float) {
        return Ok(Value::Float(x));
    }
    vm.call(cls, &[Value::Float(x)], &[])
}

fn parse_hex_float(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let s = text.trim();
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut m = BigInt::from(0);
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        m = (m << 4) + BigInt::from(d);
    }
    let mut e: i64 = match exp {
        Some(t) => {
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Exponents beyond any float's range saturate (the value is then 0 or
            // too large, unless the mantissa is 0).
            t.parse::<i64>().unwrap_or(if t.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    if m.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let too_large = || PyErr::overflow_error("hexadecimal value too large to represent as a float");
    let bits = m.bits() as i64;
    if bits + e > 1025 {
        return Err(too_large());
    }
    if bits + e < -1080 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let x = if e >= 0 {
        crate::vm::ops::int_true_div(&(m << e as usize), &BigInt::from(1))
    } else {
        crate::vm::ops::int_true_div(&m, &(BigInt::from(1) << (-e) as usize))
    }
    .map_err(|_| too_large())?;
    Ok(if negative { -x } else { x })
}
