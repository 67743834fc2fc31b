//! The `sys` module.

use crate::objects::{ObjRef, Value};
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn set(vm: &mut Vm, d: ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    let _ = vm.dict_set_str(d, k, v);
}

/// Create the `sys` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("sys");
    let d = vm.instance_dict(m).unwrap();
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set(vm, d, "argv", argv);
    let mut path = Vec::new();
    if let Some(script) = vm.argv.first() {
        let dir = std::path::Path::new(script)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        path.push(if dir.is_empty() { ".".to_string() } else { dir });
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(
            pp.split(':')
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        );
    }
    let path: Vec<Value> = path.into_iter().map(|p| vm.new_str(p)).collect();
    let path = vm.new_list(path);
    set(vm, d, "path", path);
    let mods = vm.modules;
    set(vm, d, "modules", Value::Obj(mods));
    set(vm, d, "maxsize", Value::Int(i64::MAX));
    let v = vm.new_str("3.11.7 (pyjit 0.1.0)");
    set(vm, d, "version", v);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]);
    set(vm, d, "version_info", vi);
    let p = vm.new_str("linux");
    set(vm, d, "platform", p);
    let b = vm.new_str("little");
    set(vm, d, "byteorder", b);
    for (name, which) in [("stdout", 1u8), ("stderr", 2), ("stdin", 3)] {
        let s = crate::builtins::file::std_stream(vm, which);
        set(vm, d, name, s);
        let dunder: &'static str = match which {
            1 => "__stdout__",
            2 => "__stderr__",
            _ => "__stdin__",
        };
        set(vm, d, dunder, s);
    }
    let f = vm.new_builtin("exit", exit);
    set(vm, d, "exit", f);
    let f = vm.new_builtin("getrecursionlimit", getrecursionlimit);
    set(vm, d, "getrecursionlimit", f);
    let f = vm.new_builtin("setrecursionlimit", setrecursionlimit);
    set(vm, d, "setrecursionlimit", f);
    let f = vm.new_builtin("_getframe", crate::builtins::introspect::getframe);
    set(vm, d, "_getframe", f);
    let f = vm.new_builtin("exc_info", exc_info);
    set(vm, d, "exc_info", f);
    m
}

/// `sys.exit(code=None)` (also the `exit` and `quit` built-ins that CPython's `site` adds).
pub fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let code = args.first().copied().unwrap_or(Value::None);
    let e = vm.new_exception(ExcKind::SystemExit, args.to_vec());
    let k = vm.intern("code");
    let d = e.as_exc().unwrap().dict;
    vm.dict_set_str(d, k, code)?;
    Err(PyErr::exc(e))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("setrecursionlimit", args, 1, 1)?;
    let n = match args[0] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => vm.to_index(v)?,
    };
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n.min(10_000_000) as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let e = vm.exc_info;
    if let Value::Obj(o) = e {
        let t = Value::Obj(o.ty());
        return Ok(vm.new_tuple(vec![t, e, Value::None]));
    }
    Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]))
}
