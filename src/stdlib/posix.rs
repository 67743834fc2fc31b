//! `posix`: the operating-system calls under `os` (which is `modules/os.py`,
//! with `os.path` in `modules/posixpath.py`).
//!
//! Paths are str (bytes paths are refused with TypeError); failures raise the
//! OSError subclass CPython picks for the errno, with `errno`, `strerror`,
//! `filename` (and `filename2` for two-path calls) set (`builtins::file::os_error`).

use crate::builtins::file::os_error;
use crate::builtins::{check_args, kwarg};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// A path argument: a str, or an object with `__fspath__` returning one.
fn path_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<String> {
    if let Some(Payload::Str(s)) = v.payload() {
        return Ok(s.as_str().to_string());
    }
    let k = vm.intern("__fspath__");
    if matches!(v, Value::Obj(_)) && vm.lookup_special(v, k).is_some() {
        let r = vm.call_method(v, k, &[])?;
        if let Some(Payload::Str(s)) = r.payload() {
            return Ok(s.as_str().to_string());
        }
    }
    // The kinds of path each call accepts in CPython (file descriptors, None).
    let kinds = match fname {
        "listdir" => "string, bytes, os.PathLike, integer or None",
        "stat" | "chdir" => "string, bytes, os.PathLike or integer",
        _ => "string, bytes or os.PathLike",
    };
    Err(PyErr::type_error(format!(
        "{fname}: path should be {kinds}, not {}",
        vm.type_name(v)
    )))
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("getcwd", args, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("chdir", args, 1, 1)?;
    let p = path_arg(vm, "chdir", args[0])?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    none()
}

fn listdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("listdir", args, 0, 1)?;
    let p = match args.first() {
        Some(v) if !v.is_none() => path_arg(vm, "listdir", *v)?,
        _ => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(&p), None))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::check_kwargs("mkdir", kw, &["path", "mode"])?;
    check_args("mkdir", args, 0, 2)?;
    let Some(v) = args.first().copied().or_else(|| kwarg(kw, "path")) else {
        return Err(PyErr::type_error(
            "mkdir() missing required argument 'path' (pos 1)",
        ));
    };
    let p = path_arg(vm, "mkdir", v)?;
    let mode = match args.get(1).copied().or_else(|| kwarg(kw, "mode")) {
        Some(m) => vm.to_index(m)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| os_error(vm, &e, Some(&p), None))?;
    none()
}

fn one_path(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    op: fn(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    check_args(name, args, 1, 1)?;
    let p = path_arg(vm, name, args[0])?;
    op(&p).map_err(|e| os_error(vm, &e, Some(&p), None))?;
    none()
}

fn rmdir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    one_path(vm, "rmdir", args, |p| std::fs::remove_dir(p))
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    one_path(vm, "remove", args, |p| std::fs::remove_file(p))
}

fn rename(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("rename", args, 2, 2)?;
    let a = path_arg(vm, "rename", args[0])?;
    let b = path_arg(vm, "rename", args[1])?;
    std::fs::rename(&a, &b).map_err(|e| os_error(vm, &e, Some(&a), Some(&b)))?;
    none()
}

/// `stat(path)` as the ten fields of `os.stat_result` (times as floats) plus
/// the integer nanosecond times; `modules/os.py` wraps them.
fn stat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::check_kwargs("stat", kw, &["path", "follow_symlinks"])?;
    check_args("stat", args, 1, 1)?;
    let p = path_arg(vm, "stat", args[0])?;
    let follow = match kwarg(kw, "follow_symlinks") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, &e, Some(&p), None))?;
    use std::os::unix::fs::MetadataExt;
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| (s as i128) * 1_000_000_000 + ns as i128;
    let mut items = vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ];
    for ns in [
        nanos(md.atime(), md.atime_nsec()),
        nanos(md.mtime(), md.mtime_nsec()),
        nanos(md.ctime(), md.ctime_nsec()),
    ] {
        let v = vm.new_int(num_bigint::BigInt::from(ns));
        items.push(v);
    }
    Ok(vm.new_tuple(items))
}

fn getpid(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("urandom", args, 1, 1)?;
    let n = vm.to_index(args[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    use std::io::Read;
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, None, None))?;
    Ok(vm.new_bytes(buf))
}

fn strerror(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("strerror", args, 1, 1)?;
    let code = vm.to_index(args[0])? as i32;
    let text = crate::builtins::file::strerror_text(code);
    Ok(vm.new_str(text))
}

fn putenv(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("putenv", args, 2, 2)?;
    let k = path_arg(vm, "putenv", args[0])?;
    let v = path_arg(vm, "putenv", args[1])?;
    if k.is_empty() || k.contains('=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    none()
}

fn unsetenv(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("unsetenv", args, 1, 1)?;
    let k = path_arg(vm, "unsetenv", args[0])?;
    std::env::remove_var(k);
    none()
}

/// Create the `posix` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("posix");
    let d = vm.instance_dict(m).unwrap();
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("stat", stat),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("strerror", strerror),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    // The environment at start-up, as str to str.
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        let _ = vm.dict_set(env, k, v);
    }
    let k = vm.intern("environ");
    let _ = vm.dict_set_str(d, k, Value::Obj(env));
    m
}
