//! A first `math` module (the full module is its own issue) and `time`.

use crate::builtins::functions::to_float;
use crate::objects::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn set(vm: &mut Vm, d: ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    let _ = vm.dict_set_str(d, k, v);
}

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                crate::builtins::check_args(stringify!($name), args, 1, 1)?;
                let x = to_float(vm, args[0])?;
                let f: fn(f64) -> PyResult<f64> = $f;
                Ok(Value::Float(f(x)?))
            }
        )*
    };
}

fn domain(ok: bool, r: f64) -> PyResult<f64> {
    if ok {
        Ok(r)
    } else {
        Err(PyErr::value_error("math domain error"))
    }
}

unary! {
    sqrt => |x| domain(x >= 0.0 || x.is_nan(), x.sqrt()),
    exp => |x| { let r = x.exp(); if r.is_infinite() && x.is_finite() { Err(PyErr::overflow_error("math range error")) } else { Ok(r) } },
    sin => |x| domain(!x.is_infinite(), x.sin()),
    cos => |x| domain(!x.is_infinite(), x.cos()),
    tan => |x| domain(!x.is_infinite(), x.tan()),
    atan => |x| Ok(x.atan()),
    asin => |x| domain((-1.0..=1.0).contains(&x) || x.is_nan(), x.asin()),
    acos => |x| domain((-1.0..=1.0).contains(&x) || x.is_nan(), x.acos()),
    fabs => |x| Ok(x.abs()),
    log10 => |x| domain(x > 0.0 || x.is_nan(), x.log10()),
    log2 => |x| domain(x > 0.0 || x.is_nan(), x.log2()),
}

fn log(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("log", args, 1, 2)?;
    let x = to_float(vm, args[0])?;
    if x <= 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = x.ln();
    match args.get(1) {
        Some(b) => {
            let b = to_float(vm, *b)?;
            if b <= 0.0 {
                return Err(PyErr::value_error("math domain error"));
            }
            Ok(Value::Float(r / b.ln()))
        }
        None => Ok(Value::Float(r)),
    }
}

fn floor_ceil(vm: &mut Vm, args: &[Value], up: bool) -> PyResult<Value> {
    crate::builtins::check_args(if up { "ceil" } else { "floor" }, args, 1, 1)?;
    match args[0] {
        Value::Int(_) | Value::Bool(_) => Ok(args[0]),
        Value::Obj(o) if matches!(o.payload, crate::objects::Payload::Int(_)) => Ok(args[0]),
        v => {
            let x = to_float(vm, v)?;
            let r = if up { x.ceil() } else { x.floor() };
            crate::builtins::functions::float_to_int(vm, r)
        }
    }
}
fn floor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, false)
}
fn ceil(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    floor_ceil(vm, args, true)
}
fn atan2(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("atan2", args, 2, 2)?;
    let (y, x) = (to_float(vm, args[0])?, to_float(vm, args[1])?);
    Ok(Value::Float(y.atan2(x)))
}
fn hypot(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = to_float(vm, *a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}
fn pow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("pow", args, 2, 2)?;
    let (x, y) = (to_float(vm, args[0])?, to_float(vm, args[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::value_error("math domain error"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}
fn isnan(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(to_float(vm, args[0])?.is_nan()))
}
fn isinf(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(to_float(vm, args[0])?.is_infinite()))
}
fn isfinite(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(to_float(vm, args[0])?.is_finite()))
}
fn trunc(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = to_float(vm, args[0])?;
    crate::builtins::functions::float_to_int(vm, x)
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
        ("sqrt", sqrt),
        ("exp", exp),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("atan", atan),
        ("asin", asin),
        ("acos", acos),
        ("fabs", fabs),
        ("log", log),
        ("log10", log10),
        ("log2", log2),
        ("floor", floor),
        ("ceil", ceil),
        ("atan2", atan2),
        ("hypot", hypot),
        ("pow", pow),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("trunc", trunc),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        set(vm, d, n, v);
    }
    m
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn time_perf(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = to_float(vm, args[0])?;
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

/// Create the `time` module (basics).
pub fn make_time(vm: &mut Vm) -> Value {
    let m = vm.new_module("time");
    let d = vm.instance_dict(m).unwrap();
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("time", time_time),
        ("perf_counter", time_perf),
        ("monotonic", time_perf),
        ("process_time", time_perf),
        ("sleep", time_sleep),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        set(vm, d, n, v);
    }
    m
}
