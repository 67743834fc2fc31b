//! The `math` module: every function and constant of CPython 3.11's.
//!
//! Float functions follow CPython's error conventions: a NaN result from non-NaN
//! arguments is ValueError("math domain error"), an infinite result from finite
//! arguments is OverflowError("math range error"), and special values (inf, nan)
//! pass through as C99 Annex F says. Most functions are the C library's (Rust's
//! `f64` methods call the C library's libm; the inverse hyperbolic functions,
//! `erf`, `erfc`, `gamma`, `lgamma` and `remainder` call it directly, `libm_sys`).
//! Where CPython's build uses other implementations (its own `gamma` and `lgamma`;
//! possibly another libm), transcendental results can differ in the last bit.
//!
//! Integer functions (`factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`) work on
//! arbitrary-precision ints and take anything with `__index__`. `fsum` is exactly
//! rounded (Shewchuk's partials, with CPython's handling of overflow and specials).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::functions::to_float;
use crate::builtins::{check_args, check_kwargs, kwarg};
use crate::bytecode::BinOp;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The C library functions Rust's `f64` does not expose.
#[allow(unsafe_code)]
mod libm_sys {
    extern "C" {
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
        fn tgamma(x: f64) -> f64;
        fn lgamma(x: f64) -> f64;
        fn remainder(x: f64, y: f64) -> f64;
        fn asinh(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
    }
    // SAFETY (all): pure C99 functions of doubles, no pointers, no global state
    // besides `signgam` for lgamma, which is never read.
    pub fn erf_(x: f64) -> f64 {
        unsafe { erf(x) }
    }
    pub fn erfc_(x: f64) -> f64 {
        unsafe { erfc(x) }
    }
    pub fn tgamma_(x: f64) -> f64 {
        unsafe { tgamma(x) }
    }
    pub fn lgamma_(x: f64) -> f64 {
        unsafe { lgamma(x) }
    }
    pub fn remainder_(x: f64, y: f64) -> f64 {
        unsafe { remainder(x, y) }
    }
    pub fn asinh_(x: f64) -> f64 {
        unsafe { asinh(x) }
    }
    pub fn acosh_(x: f64) -> f64 {
        unsafe { acosh(x) }
    }
    pub fn atanh_(x: f64) -> f64 {
        unsafe { atanh(x) }
    }
}

fn set(vm: &mut Vm, d: ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    let _ = vm.dict_set_str(d, k, v);
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// CPython's `math_1`: apply `f`, then classify the result.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

macro_rules! unary {
    ($($name:ident($overflow:expr) => $f:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                crate::builtins::no_kwargs(stringify!($name), kw)?;
                check_args(concat!("math.", stringify!($name)), args, 1, 1)?;
                let x = to_float(vm, args[0])?;
                let f: fn(f64) -> f64 = $f;
                Ok(Value::Float(checked(x, f(x), $overflow)?))
            }
        )*
    };
}

unary! {
    sqrt(false) => f64::sqrt,
    exp(true) => f64::exp,
    exp2(true) => f64::exp2,
    expm1(true) => f64::exp_m1,
    sin(false) => f64::sin,
    cos(false) => f64::cos,
    tan(false) => f64::tan,
    asin(false) => f64::asin,
    acos(false) => f64::acos,
    atan(false) => f64::atan,
    sinh(true) => f64::sinh,
    cosh(true) => f64::cosh,
    tanh(false) => f64::tanh,
    asinh(false) => libm_sys::asinh_,
    acosh(false) => libm_sys::acosh_,
    atanh(false) => |x| if x.abs() >= 1.0 { f64::NAN } else { libm_sys::atanh_(x) },
    fabs(false) => f64::abs,
    cbrt(false) => f64::cbrt,
    erf(false) => libm_sys::erf_,
    erfc(false) => libm_sys::erfc_,
    log1p(false) => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() },
    degrees(true) => f64::to_degrees,
    radians(false) => f64::to_radians,
}

fn gamma(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.gamma", args, 1, 1)?;
    let x = to_float(vm, args[0])?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    // Poles at zero and the negative integers, and gamma(-inf).
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain_error());
    }
    let r = libm_sys::tgamma_(x);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn lgamma(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.lgamma", args, 1, 1)?;
    let x = to_float(vm, args[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain_error());
    }
    let r = libm_sys::lgamma_(x);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// `f(v)` for a logarithm `f` of an int or float argument. An int too large for a
/// float is split as `m * 2**e` with `0.5 <= m < 1`, giving `f(m) + e * f(2)` (as
/// CPython's `loghelper`).
fn log_with(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let v = Vm::unboxed(v);
    if let Some(Payload::Int(b)) = v.payload() {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let e = b.bits();
        let top = (b >> (e - 64)).to_f64().unwrap_or(f64::MAX);
        let m = top / 2f64.powi(64);
        return Ok(f(m) + e as f64 * f(2.0));
    }
    let x = to_float(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn ln_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    log_with(vm, v, f64::ln)
}

fn log(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = ln_of(vm, args[0])?;
    match args.get(1) {
        Some(b) => {
            let den = ln_of(vm, *b)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}

fn log2(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.log2", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.log10", args, 1, 1)?;
    Ok(Value::Float(log_with(vm, args[0], f64::log10)?))
}

/// `floor`/`ceil`: ints unchanged, `__floor__`/`__ceil__` honoured, floats rounded.
fn floor_ceil(vm: &mut Vm, args: &[Value], up: bool) -> PyResult<Value> {
    let name = if up { "math.ceil" } else { "math.floor" };
    check_args(name, args, 1, 1)?;
    let v = args[0];
    match Vm::unboxed(v) {
        Value::Int(_) => return Ok(Vm::unboxed(v)),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => return Ok(Value::Obj(o)),
        Value::Float(x) => {
            let r = if up { x.ceil() } else { x.floor() };
            return crate::builtins::functions::float_to_int(vm, r);
        }
        _ => {}
    }
    let dunder = vm.intern(if up { "__ceil__" } else { "__floor__" });
    if vm.lookup_special(v, dunder).is_some() {
        return vm.call_method(v, dunder, &[]);
    }
    let x = to_float(vm, v)?;
    let r = if up { x.ceil() } else { x.floor() };
    crate::builtins::functions::float_to_int(vm, r)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, false)
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, true)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.trunc", args, 1, 1)?;
    let v = args[0];
    match Vm::unboxed(v) {
        Value::Int(_) | Value::Bool(_) => return Ok(Value::Int(to_i64_lossy(Vm::unboxed(v)))),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => return Ok(Value::Obj(o)),
        Value::Float(x) => return crate::builtins::functions::float_to_int(vm, x),
        _ => {}
    }
    let dunder = vm.intern("__trunc__");
    if vm.lookup_special(v, dunder).is_some() {
        return vm.call_method(v, dunder, &[]);
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

fn to_i64_lossy(v: Value) -> i64 {
    match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => 0,
    }
}

fn two_floats(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    check_args(name, args, 2, 2)?;
    Ok((to_float(vm, args[0])?, to_float(vm, args[1])?))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", args)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm_sys::remainder_(x, y)))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args)?;
    // C99 Annex F special cases, as CPython's math.pow.
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(if y == 0.0 || x == 1.0 {
            1.0
        } else {
            f64::NAN
        }));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain_error());
    }
    if x < 0.0 && y != y.floor() {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.frexp", args, 1, 1)?;
    let x = to_float(vm, args[0])?;
    let (m, e) = frexp_f64(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `x = m * 2**e` with `0.5 <= |m| < 1` (x itself for 0, inf and nan).
pub(crate) fn frexp_f64(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f64(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("ldexp", args, 2, 2)?;
    let x = to_float(vm, args[0])?;
    let e = match Vm::unboxed(args[1]) {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            let Payload::Int(b) = &o.payload else {
                unreachable!()
            };
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp_f64(x, e.clamp(-2200, 2200));
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// `x * 2**e`, multiplying in steps whose powers of two stay finite and normal
/// (exact whenever the result is a normal float or on the subnormal grid).
pub(crate) fn ldexp_f64(x: f64, e: i64) -> f64 {
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        left -= step;
    }
    r
}

fn modf(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.modf", args, 1, 1)?;
    let x = to_float(vm, args[0])?;
    // The fractional part keeps the sign of x, zero included.
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn nextafter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", args)?;
    Ok(Value::Float(next_toward(x, y)))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.ulp", args, 1, 1)?;
    let x = to_float(vm, args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest finite float: the gap below it.
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(next - x))
}

fn hypot(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(to_float(vm, *a)?);
    }
    Ok(Value::Float(vector_norm(&xs)))
}

/// Euclidean norm with inf beating nan (as CPython's `vector_norm`), scaled so
/// the squares neither overflow nor underflow.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    if xs.len() == 2 {
        return xs[0].hypot(xs[1]);
    }
    // Sum of squares of the scaled values, compensated (Neumaier).
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for x in xs {
        let t = x / max;
        let sq = t * t;
        let s = sum + sq;
        comp += if sum.abs() >= sq.abs() {
            (sum - s) + sq
        } else {
            (sq - s) + sum
        };
        sum = s;
    }
    max * (sum + comp).sqrt()
}

fn dist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("dist", args, 2, 2)?;
    let tuple_of = |vm: &mut Vm, v: Value| -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::Tuple(t)) => Ok(t.to_vec()),
            Some(Payload::List(_)) | Some(_) if !matches!(v.payload(), Some(Payload::Str(_))) => {
                vm.collect_iterable(v)
            }
            _ => Err(PyErr::type_error(format!(
                "dist(): argument must be tuple, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let (p, q) = (tuple_of(vm, args[0])?, tuple_of(vm, args[1])?);
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        diffs.push(to_float(vm, a)? - to_float(vm, b)?);
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.isnan", args, 1, 1)?;
    Ok(Value::Bool(to_float(vm, args[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.isinf", args, 1, 1)?;
    Ok(Value::Bool(to_float(vm, args[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.isfinite", args, 1, 1)?;
    Ok(Value::Bool(to_float(vm, args[0])?.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("isclose", kw, &["a", "b", "rel_tol", "abs_tol"])?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let arg = |i: usize, name: &str| args.get(i).copied().or_else(|| kwarg(kw, name));
    let (Some(a), Some(b)) = (arg(0, "a"), arg(1, "b")) else {
        let missing = if arg(0, "a").is_none() { "a" } else { "b" };
        let pos = if missing == "a" { 1 } else { 2 };
        return Err(PyErr::type_error(format!(
            "isclose() missing required argument '{missing}' (pos {pos})"
        )));
    };
    let (a, b) = (to_float(vm, a)?, to_float(vm, b)?);
    let rel = match kwarg(kw, "rel_tol") {
        Some(v) => to_float(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol") {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// `fsum(iterable)`: the exactly rounded sum (Shewchuk's algorithm with a list
/// of non-overlapping partials, then a correctly rounded total).
fn fsum(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.fsum", args, 1, 1)?;
    let items = vm.collect_iterable(args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in items {
        let mut x = to_float(vm, v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An intermediate overflow, or an inf/nan input.
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    // Sum from the top, then correct the rounding of the last step (half-way
    // cases go the way the remaining partials point).
    let mut hi = 0.0f64;
    if let Some(&last) = partials.last() {
        let mut n = partials.len() - 1;
        hi = last;
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// `prod(iterable, *, start=1)` with the `*` operator of the values.
fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("prod", kw, &["start"])?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut acc = kwarg(kw, "start").unwrap_or(Value::Int(1));
    let items = vm.collect_iterable(args[0])?;
    for v in items {
        acc = vm.binary_op(acc, v, BinOp::Mul)?;
    }
    Ok(acc)
}

/// An integer argument (anything with `__index__`), as a big int.
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let i = vm.index_value(v)?;
    Ok(crate::vm::dictops::to_bigint(i).unwrap_or_default())
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.factorial", args, 1, 1)?;
    if matches!(Vm::unboxed(args[0]), Value::Float(_)) {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(vm, args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().filter(|&n| n <= 1 << 24).ok_or_else(|| {
        PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(vm.new_int(product_range(1, n)))
}

/// `lo * (lo+1) * ... * hi` (1 when empty), splitting the range in halves so the
/// big multiplications are balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn comb(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("comb", args, 2, 2)?;
    let n = int_arg(vm, args[0])?;
    let k = int_arg(vm, args[1])?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().ok_or_else(|| {
        PyErr::overflow_error("min(n - k, k) must not exceed 9223372036854775807")
    })?;
    // C(n, k) = prod_{i=1..k} (n - k + i) / i, exact at every step.
    let mut acc = BigInt::one();
    let base = &n - BigInt::from(k);
    for i in 1..=k {
        acc = acc * (&base + BigInt::from(i)) / BigInt::from(i);
    }
    Ok(vm.new_int(acc))
}

fn perm(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("perm", args, 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        return factorial(vm, &args[..1], &[]);
    }
    let n = int_arg(vm, args[0])?;
    let k = int_arg(vm, args[1])?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| PyErr::overflow_error("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
    }
    Ok(vm.new_int(acc))
}

fn gcd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in args {
        let x = int_arg(vm, *a)?;
        acc = acc.gcd(&x);
    }
    Ok(vm.new_int(acc))
}

fn lcm(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for a in args {
        let x = int_arg(vm, *a)?;
        if x.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        if !acc.is_zero() {
            acc = acc.lcm(&x);
        }
    }
    Ok(vm.new_int(acc.abs()))
}

fn isqrt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("math.isqrt", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

/// Create the `math` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    let d = vm.instance_dict(m).unwrap();
    set(vm, d, "pi", Value::Float(std::f64::consts::PI));
    set(vm, d, "e", Value::Float(std::f64::consts::E));
    set(vm, d, "tau", Value::Float(std::f64::consts::TAU));
    set(vm, d, "inf", Value::Float(f64::INFINITY));
    set(vm, d, "nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        set(vm, d, n, v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_neighbours() {
        assert_eq!(frexp_f64(8.0), (0.5, 4));
        assert_eq!(frexp_f64(-3.0), (-0.75, 2));
        assert_eq!(frexp_f64(f64::from_bits(1)), (0.5, -1073));
        assert_eq!(next_toward(1.0, 2.0), 1.0000000000000002);
        assert_eq!(next_toward(0.0, -1.0), -f64::from_bits(1));
        assert_eq!(product_range(1, 20).to_string(), "2432902008176640000");
        assert_eq!(
            product_range(1, 25).to_string(),
            "15511210043330985984000000"
        );
    }
}
