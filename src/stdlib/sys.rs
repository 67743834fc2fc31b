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
    // version_info, float_info, int_info, hash_info, flags and implementation are
    // set by the bundled `_sysinfo` module (stdlib::install).
    set(vm, d, "hexversion", Value::Int(0x030b_07f0));
    set(vm, d, "api_version", Value::Int(1013));
    set(vm, d, "maxunicode", Value::Int(0x10_ffff));
    set(vm, d, "dont_write_bytecode", Value::Bool(true));
    let s = vm.new_str("short");
    set(vm, d, "float_repr_style", s);
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = std::path::Path::new(&exe)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    set(vm, d, "executable", exe);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.as_str());
        set(vm, d, name, p);
    }
    let args: Vec<Value> = std::env::args().map(|a| vm.new_str(a)).collect();
    let orig = vm.new_list(args);
    set(vm, d, "orig_argv", orig);
    for name in ["warnoptions", "path_hooks", "meta_path"] {
        let l = vm.new_list(Vec::new());
        set(vm, d, name, l);
    }
    let names: Vec<Value> = super::NATIVE.iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    set(vm, d, "builtin_module_names", names);
    let c = vm.new_str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\npyjit: see its README.");
    set(vm, d, "copyright", c);
    for (name, f) in [
        ("getsizeof", getsizeof as crate::objects::NativeFn),
        ("intern", intern),
        ("getdefaultencoding", utf8),
        ("getfilesystemencoding", utf8),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
    ] {
        let f = vm.new_builtin(name, f);
        set(vm, d, name, f);
    }
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
    crate::builtins::check_args("exit", args, 0, 1)?;
    // As CPython raises it: a tuple becomes the exception's args, None no args
    // (`code` is then computed from the args).
    let eargs = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match v.tuple() {
            Some(t) => t.to_vec(),
            None => vec![*v],
        },
    };
    let e = vm.new_exception(ExcKind::SystemExit, eargs);
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
        let tb = vm.traceback_object(o);
        return Ok(vm.new_tuple(vec![t, e, tb]));
    }
    Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]))
}

/// `sys.getsizeof(obj)`: the size CPython 3.11 reports on 64-bit Linux for the
/// common built-in types (header plus items), and 56 for other objects. pyjit's own
/// layout differs (ints and floats are not objects at all), so this is an estimate
/// for code that budgets memory, not a measurement.
fn getsizeof(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("getsizeof", args, 1, 2)?;
    use crate::objects::Payload;
    let n = match args[0] {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(0) => 24,
        Value::Int(i) => 24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as i64 + 29) / 30),
        Value::Float(_) => 24,
        Value::Empty => 16,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => {
                let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                let (base, width) = match max {
                    0..=0x7f => (49, 1),
                    0x80..=0xff => (73, 1),
                    0x100..=0xffff => (74, 2),
                    _ => (76, 4),
                };
                base + width * s.char_len() as i64
            }
            Payload::Bytes(b) => 33 + b.len() as i64,
            Payload::ByteArray(b) => 57 + b.get().capacity() as i64,
            Payload::List(l) => 56 + 8 * l.get().capacity() as i64,
            Payload::Tuple(t) => 40 + 8 * t.len() as i64,
            Payload::Dict(d) => 64 + 24 * d.get().len() as i64,
            Payload::Set(s) | Payload::FrozenSet(s) => 216 + 16 * s.get().len() as i64,
            Payload::Int(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30),
            Payload::Complex(..) => 32,
            _ => 56,
        },
    };
    let _ = vm;
    Ok(Value::Int(n))
}

/// `sys.intern(s)`
fn intern(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("intern", args, 1, 1)?;
    match args[0]
        .as_obj()
        .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
    {
        Some(s) if vm.type_of(args[0]) == vm.types.str => Ok(Value::Obj(vm.intern(&s))),
        _ => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(args[0])
        ))),
    }
}

/// `sys.getdefaultencoding()`, `sys.getfilesystemencoding()`
fn utf8(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

/// `sys.displayhook(value)`: print the repr of a non-None value and keep it in
/// `builtins._`.
fn displayhook(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("displayhook", args, 1, 1)?;
    let v = args[0];
    if !v.is_none() {
        let s = vm.repr(v)?;
        use std::io::Write;
        let _ = writeln!(vm.stdout, "{s}");
        let b = vm.builtins;
        let name = vm.intern("_");
        vm.dict_set_str(b, name, v)?;
    }
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the exception as an uncaught
/// one is printed.
fn excepthook(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("excepthook", args, 3, 3)?;
    vm.flush_stdout();
    match args[1] {
        Value::Obj(e) if e.as_exc().is_some() => vm.print_exception(e),
        other => {
            let s = vm.str(other)?;
            eprintln!("{}: {s}", vm.type_name(other));
        }
    }
    Ok(Value::None)
}
