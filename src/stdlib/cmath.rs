//! `cmath`: the complex-number versions of the math functions.
//!
//! Arguments are complex, float, int, or objects with `__complex__`, `__float__`
//! or `__index__`. The functions use the textbook formulas (Kahan's square root;
//! the inverse functions through `log` and `sqrt`), so away from branch cuts and
//! overflow they agree with CPython's to the last few bits; results for infinite
//! and NaN parts, and the signs of zero on branch cuts, follow the formulas rather
//! than CPython's special-value tables. `log(0)` and other poles raise
//! ValueError("math domain error"), as CPython does.

use crate::builtins::check_args;
use crate::builtins::functions::to_float;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];
type C = (f64, f64);

/// A complex argument.
fn arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    let v = Vm::unboxed(v);
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return Ok((*r, *i));
    }
    if let Value::Obj(_) = v {
        let k = vm.intern("__complex__");
        if vm.lookup_special(v, k).is_some() {
            let r = vm.call_method(v, k, &[])?;
            if let Some(Payload::Complex(re, im)) = r.payload() {
                return Ok((*re, *im));
            }
            return Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(r)
            )));
        }
    }
    match to_float(vm, v) {
        Ok(x) => Ok((x, 0.0)),
        Err(_) => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

fn new(vm: &mut Vm, z: C) -> Value {
    let ty = vm.types.complex;
    Value::Obj(vm.alloc(ty, Payload::Complex(z.0, z.1)))
}

fn div(a: C, b: C) -> C {
    // Smith's algorithm.
    if b.0.abs() >= b.1.abs() {
        let r = b.1 / b.0;
        let d = b.0 + b.1 * r;
        ((a.0 + a.1 * r) / d, (a.1 - a.0 * r) / d)
    } else {
        let r = b.0 / b.1;
        let d = b.0 * r + b.1;
        ((a.0 * r + a.1) / d, (a.1 * r - a.0) / d)
    }
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale tiny arguments up by 2^106 (whose root is 2^53) to keep their bits.
        let (sx, sy) = (ax * 2f64.powi(106), ay * 2f64.powi(106));
        ((sx + sx.hypot(sy)) / 2.0).sqrt() * 2f64.powi(-53)
    } else {
        // sqrt((ax + |z|) / 2), computed on z/8 so that it cannot overflow.
        ((ax / 8.0 + (ax / 8.0).hypot(ay / 8.0)) * 4.0).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> C {
    let r = z.0.exp();
    if z.1 == 0.0 {
        return (r, z.1);
    }
    (r * z.1.cos(), r * z.1.sin())
}

fn c_log(z: C) -> PyResult<C> {
    if z.0 == 0.0 && z.1 == 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok((z.0.hypot(z.1).ln(), z.1.atan2(z.0)))
}

fn c_sinh(z: C) -> C {
    (z.0.sinh() * z.1.cos(), z.0.cosh() * z.1.sin())
}

fn c_cosh(z: C) -> C {
    (z.0.cosh() * z.1.cos(), z.0.sinh() * z.1.sin())
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > 354.0 {
        // tanh saturates; avoid inf/inf.
        return (
            1f64.copysign(x),
            4.0 * (2.0 * y).sin() * (-2.0 * x.abs()).exp(),
        );
    }
    let d = (2.0 * x).cosh() + (2.0 * y).cos();
    ((2.0 * x).sinh() / d, (2.0 * y).sin() / d)
}

/// f(z) = -i g(iz) for the trigonometric functions from the hyperbolic ones.
fn via_hyperbolic(z: C, g: impl Fn(C) -> C) -> C {
    let w = g((-z.1, z.0));
    (w.1, -w.0)
}

fn c_sin(z: C) -> C {
    (z.0.sin() * z.1.cosh(), z.0.cos() * z.1.sinh())
}

fn c_cos(z: C) -> C {
    (z.0.cos() * z.1.cosh(), -(z.0.sin() * z.1.sinh()))
}

// The inverse functions use the square-root products of Kahan's "Branch cuts
// for complex elementary functions", which keep small arguments accurate.

fn c_asinh(z: C) -> PyResult<C> {
    let s1 = c_sqrt((1.0 + z.1, -z.0)); // sqrt(1 - iz)
    let s2 = c_sqrt((1.0 - z.1, z.0)); // sqrt(1 + iz)
    Ok((
        (s1.0 * s2.1 - s2.0 * s1.1).asinh(),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn c_acosh(z: C) -> PyResult<C> {
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    Ok(((s1.0 * s2.0 + s1.1 * s2.1).asinh(), 2.0 * s1.1.atan2(s2.0)))
}

fn c_asin(z: C) -> PyResult<C> {
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    Ok((
        z.0.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        (s1.0 * s2.1 - s2.0 * s1.1).asinh(),
    ))
}

fn c_acos(z: C) -> PyResult<C> {
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    Ok((2.0 * s1.0.atan2(s2.0), (s2.0 * s1.1 - s2.1 * s1.0).asinh()))
}

fn c_atanh(z: C) -> PyResult<C> {
    if z.0 < 0.0 {
        let w = c_atanh((-z.0, -z.1))?;
        return Ok((-w.0, -w.1));
    }
    let ay = z.1.abs();
    if z.0 == 1.0 && ay == 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
    Ok((re, im))
}

fn c_atan(z: C) -> PyResult<C> {
    // atan(z) = -i atanh(iz).
    let w = c_atanh((-z.1, z.0))?;
    Ok((w.1, -w.0))
}

fn result(vm: &mut Vm, z: C, input: C) -> PyResult<Value> {
    let finite_in = input.0.is_finite() && input.1.is_finite();
    if finite_in && (z.0.is_infinite() || z.1.is_infinite()) {
        return Err(PyErr::overflow_error("math range error"));
    }
    if finite_in && (z.0.is_nan() || z.1.is_nan()) {
        return Err(PyErr::value_error("math domain error"));
    }
    Ok(new(vm, z))
}

macro_rules! cfunc {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                check_args(concat!("cmath.", stringify!($name)), args, 1, 1)?;
                let z = arg(vm, args[0])?;
                let f: fn(C) -> PyResult<C> = $f;
                let r = f(z)?;
                result(vm, r, z)
            }
        )*
    };
}

cfunc! {
    sqrt => |z| Ok(c_sqrt(z)),
    exp => |z| Ok(c_exp(z)),
    sin => |z| Ok(c_sin(z)),
    cos => |z| Ok(c_cos(z)),
    tan => |z| Ok(via_hyperbolic(z, c_tanh)),
    sinh => |z| Ok(c_sinh(z)),
    cosh => |z| Ok(c_cosh(z)),
    tanh => |z| Ok(c_tanh(z)),
    asinh => c_asinh,
    acosh => c_acosh,
    atanh => c_atanh,
    asin => c_asin,
    acos => c_acos,
    atan => c_atan,
    log10 => |z| { let l = c_log(z)?; Ok((l.0 / std::f64::consts::LN_10, l.1 / std::f64::consts::LN_10)) },
}

fn log(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("log", args, 1, 2)?;
    let z = arg(vm, args[0])?;
    let mut l = c_log(z)?;
    if let Some(b) = args.get(1) {
        let b = arg(vm, *b)?;
        let lb = c_log(b)?;
        if lb == (0.0, 0.0) {
            return Err(PyErr::zero_division("complex division by zero"));
        }
        l = div(l, lb);
    }
    result(vm, l, z)
}

fn phase(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("phase", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn polar(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("polar", args, 1, 1)?;
    let z = arg(vm, args[0])?;
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(z.1.atan2(z.0))]))
}

fn rect(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("rect", args, 2, 2)?;
    let r = to_float(vm, args[0])?;
    let phi = to_float(vm, args[1])?;
    if phi == 0.0 {
        return Ok(new(vm, (r, phi * r)));
    }
    let z = (r * phi.cos(), r * phi.sin());
    result(vm, z, (r, phi))
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> bool,
    any: bool,
) -> PyResult<Value> {
    check_args(name, args, 1, 1)?;
    let z = arg(vm, args[0])?;
    Ok(Value::Bool(if any {
        f(z.0) || f(z.1)
    } else {
        f(z.0) && f(z.1)
    }))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite, false)
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite, true)
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan, true)
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::check_kwargs("isclose", kw, &["a", "b", "rel_tol", "abs_tol"])?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let get = |i: usize, n: &str| {
        args.get(i)
            .copied()
            .or_else(|| crate::builtins::kwarg(kw, n))
    };
    let (Some(a), Some(b)) = (get(0, "a"), get(1, "b")) else {
        return Err(PyErr::type_error(
            "isclose() missing required argument 'b' (pos 2)",
        ));
    };
    let (a, b) = (arg(vm, a)?, arg(vm, b)?);
    let rel = match crate::builtins::kwarg(kw, "rel_tol") {
        Some(v) => to_float(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match crate::builtins::kwarg(kw, "abs_tol") {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let (ma, mb) = (a.0.hypot(a.1), b.0.hypot(b.1));
    Ok(Value::Bool(
        diff <= rel * mb || diff <= rel * ma || diff <= abs_tol,
    ))
}

/// Create the `cmath` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("cmath");
    let d = vm.instance_dict(m).unwrap();
    let consts = [
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    for (n, v) in consts {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    for (n, z) in [("infj", (0.0, f64::INFINITY)), ("nanj", (0.0, f64::NAN))] {
        let v = new(vm, z);
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    m
}
