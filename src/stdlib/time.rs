//! The `time` module: clocks and `sleep` (strftime and friends are still to come).

use crate::builtins::functions::to_float;
use crate::objects::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

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

/// Create the `time` module.
pub fn make(vm: &mut Vm) -> Value {
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
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    m
}
