//! `gc`: the collector's interface as programs use it: `collect()` runs a
//! collection now (when no native function is active below the caller, as at a
//! safepoint), `enable()`/`disable()`/`isenabled()` keep CPython's flag.
//! pyjit's collector is a tracing mark-sweep that runs at safepoints whatever
//! the flag says (there are no reference counts to fall back on); the flag is
//! kept so that code saving and restoring it works.

use std::cell::Cell;

use crate::builtins::check_args;
use crate::objects::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

fn collect(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("collect", args, 0, 1)?;
    if let Some(g) = args.first() {
        let g = vm.to_index(*g)?;
        if !(0..=2).contains(&g) {
            return Err(crate::vm::PyErr::value_error("invalid generation"));
        }
    }
    vm.collect_if_safe();
    Ok(Value::Int(0))
}

fn enable(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("enable", args, 0, 0)?;
    ENABLED.with(|e| e.set(true));
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("disable", args, 0, 0)?;
    ENABLED.with(|e| e.set(false));
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("isenabled", args, 0, 0)?;
    Ok(Value::Bool(ENABLED.with(|e| e.get())))
}

/// Create the `gc` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("gc");
    let d = vm.instance_dict(m).unwrap();
    let functions: &[(&'static str, crate::objects::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
    ];
    for (n, f) in functions {
        let k = vm.intern(n);
        let v = vm.new_builtin(n, *f);
        let _ = vm.dict_set_str(d, k, v);
    }
    m
}
