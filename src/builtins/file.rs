//! File objects returned by `open()` (text and binary), and the standard streams.

use std::io::{Read, Seek, Write};

use super::{as_str, check_kwargs, kwarg};
use crate::objects::object::FileObj;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn os_err(vm: &mut Vm, e: std::io::Error, path: &str) -> PyErr {
    os_error(vm, &e, Some(path), None)
}

/// The C library's message for an errno (`os.strerror`).
pub fn strerror_text(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError (or the subclass CPython maps its errno to) for a failed system
/// call on `path` (and `path2`, for two-path calls like rename): args
/// `(errno, strerror, filename[, None, filename2])`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: Option<&str>, path2: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let kind = match errno {
        2 => ExcKind::FileNotFoundError,
        1 | 13 => ExcKind::PermissionError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    let msg = vm.new_str(strerror_text(errno));
    let mut args = vec![Value::Int(errno as i64), msg];
    if let Some(p) = path {
        let p = vm.new_str(p);
        args.push(p);
        if let Some(p2) = path2 {
            let p2 = vm.new_str(p2);
            args.push(Value::None);
            args.push(p2);
        }
    }
    PyErr::exc(vm.new_exception(kind, args))
}

/// `open(file, mode='r', ...)`
pub fn open(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs(
        "open",
        kw,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
        ],
    )?;
    let file = args
        .first()
        .copied()
        .or_else(|| kwarg(kw, "file"))
        .ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let path = match as_str(&file) {
        Some(s) => s.to_string(),
        None => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(file)
            )))
        }
    };
    let mode_v = args.get(1).copied().or_else(|| kwarg(kw, "mode"));
    let mode = mode_v.as_ref().and_then(as_str).unwrap_or("r").to_string();
    let binary = mode.contains('b');
    let translate = !binary && !matches!(kwarg(kw, "newline").as_ref().and_then(as_str), Some(""));
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable);
    if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
        readable = mode.contains('+');
        writable = true;
    } else if mode.contains('a') {
        opts.append(true).create(true);
        readable = mode.contains('+');
        writable = true;
    } else if mode.contains('x') {
        opts.write(true).create_new(true);
        readable = mode.contains('+');
        writable = true;
    } else {
        readable = true;
        writable = mode.contains('+');
    }
    opts.read(readable);
    if writable && !mode.contains('a') && !mode.contains('w') && !mode.contains('x') {
        opts.write(true);
    }
    if mode.chars().any(|c| !"rwaxbt+U".contains(c)) {
        return Err(PyErr::value_error(format!("invalid mode: '{mode}'")));
    }
    if std::path::Path::new(&path).is_dir() {
        let m = vm.new_str("Is a directory");
        let p = vm.new_str(path.as_str());
        return Err(PyErr::exc(vm.new_exception(
            ExcKind::IsADirectoryError,
            vec![Value::Int(21), m, p],
        )));
    }
    let f = opts.open(&path).map_err(|e| os_err(vm, e, &path))?;
    let ty = if binary {
        vm.types.binary_file
    } else {
        vm.types.file
    };
    let name = vm.new_str(path);
    let mode_s = if binary {
        mode.clone()
    } else {
        mode.replace('t', "")
    };
    Ok(Value::Obj(vm.alloc(
        ty,
        Payload::File(Box::new(FileObj {
            file: Mut::new(Some(f)),
            rbuf: Mut::new(Vec::new()),
            binary,
            readable,
            writable,
            name,
            mode: mode_s,
            std: 0,
            translate,
        })),
    )))
}

fn this(vm: &Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::File(_)) => Ok(o),
        _ => Err(PyErr::type_error(format!(
            "expected a file object, got {}",
            vm.type_name(v)
        ))),
    }
}

fn file_of(o: ObjRef) -> &'static FileObj {
    crate::objects::object::extend_file(o)
}

fn closed_err() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// Register file methods.
pub fn install(vm: &mut Vm) {
    for ty in [vm.types.file, vm.types.binary_file] {
        let methods: &[(&'static str, crate::objects::NativeFn)] = &[
            ("read", read),
            ("readline", readline_m),
            ("readlines", readlines),
            ("write", write),
            ("writelines", writelines),
            ("close", close),
            ("flush", flush),
            ("seek", seek),
            ("tell", tell),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", enter),
            ("__next__", next),
            ("readable", readable),
            ("writable", writable),
        ];
        for (n, f) in methods {
            vm.add_method(ty, n, *f);
        }
        vm.add_getter(ty, "closed", closed);
        vm.add_getter(ty, "encoding", |vm, a, _| {
            // Standard streams follow PYTHONIOENCODING's usual value; files opened in
            // text mode use the locale's, UTF-8 here.
            let std = matches!(a[0].payload(), Some(Payload::File(f)) if f.std != 0);
            Ok(vm.new_str(if std { "utf-8" } else { "UTF-8" }))
        });
        vm.add_getter(ty, "name", name);
        vm.add_getter(ty, "mode", mode);
    }
}

fn read_all(f: &FileObj) -> PyResult<Vec<u8>> {
    let mut out = std::mem::take(f.rbuf.get());
    match f.file.get() {
        Some(file) => {
            file.read_to_end(&mut out)
                .map_err(|e| PyErr::os_error(e.to_string()))?;
        }
        None => return Err(closed_err()),
    }
    Ok(out)
}

fn to_value(vm: &mut Vm, f: &FileObj, data: Vec<u8>) -> PyResult<Value> {
    if f.binary {
        Ok(vm.new_bytes(data))
    } else {
        match String::from_utf8(data) {
            Ok(s) => Ok(vm.new_str(if f.translate {
                s.replace("\r\n", "\n").replace('\r', "\n")
            } else {
                s
            })),
            Err(_) => Err(PyErr::msg(
                ExcKind::UnicodeDecodeError,
                "'utf-8' codec can't decode bytes",
            )),
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    if f.std == 3 {
        return read_stdin(vm, args.get(1).copied());
    }
    if f.file.get().is_none() {
        return Err(closed_err());
    }
    if !f.readable {
        return Err(PyErr::msg(ExcKind::UnsupportedOperation, "not readable"));
    }
    let n = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.to_index(*v)?,
    };
    if n < 0 {
        let data = read_all(f)?;
        return to_value(vm, f, data);
    }
    if f.binary {
        let mut buf = std::mem::take(f.rbuf.get());
        let mut rest = vec![0u8; (n as usize).saturating_sub(buf.len())];
        if !rest.is_empty() {
            let file = f.file.get().as_mut().unwrap();
            let got = file
                .read(&mut rest)
                .map_err(|e| PyErr::os_error(e.to_string()))?;
            rest.truncate(got);
            buf.extend(rest);
        }
        if buf.len() > n as usize {
            *f.rbuf.get() = buf.split_off(n as usize);
        }
        return Ok(vm.new_bytes(buf));
    }
    // Text: read n characters.
    let all = read_all(f)?;
    let s = String::from_utf8_lossy(&all).into_owned();
    let cut: String = s.chars().take(n as usize).collect();
    let rest = s[cut.len()..].as_bytes().to_vec();
    *f.rbuf.get() = rest;
    Ok(vm.new_str(cut))
}

/// `sys.stdin.read([n])`: everything up to end of input, or n characters.
fn read_stdin(vm: &mut Vm, n: Option<Value>) -> PyResult<Value> {
    use std::io::Read;
    vm.flush_stdout();
    let n = match n {
        Some(Value::None) | None => -1,
        Some(v) => vm.to_index(v)?,
    };
    let mut out = String::new();
    if n < 0 {
        std::io::stdin()
            .read_to_string(&mut out)
            .map_err(|e| PyErr::os_error(e.to_string()))?;
        return Ok(vm.new_str(out));
    }
    // Character by character (UTF-8 sequences kept whole).
    let mut stdin = std::io::stdin().lock();
    let mut byte = [0u8; 1];
    let mut pending = Vec::new();
    while out.chars().count() < n as usize {
        match stdin.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                pending.push(byte[0]);
                if let Ok(s) = std::str::from_utf8(&pending) {
                    out.push_str(s);
                    pending.clear();
                } else if pending.len() >= 4 {
                    out.push_str(&String::from_utf8_lossy(&pending));
                    pending.clear();
                }
            }
            Err(e) => return Err(PyErr::os_error(e.to_string())),
        }
    }
    Ok(vm.new_str(out))
}

/// One line (with its newline) from a file object; empty at EOF.
pub fn readline(vm: &mut Vm, o: ObjRef, limit: i64) -> PyResult<Value> {
    let f = file_of(o);
    if f.std == 3 {
        let mut line = String::new();
        vm.flush_stdout();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| PyErr::os_error(e.to_string()))?;
        return Ok(vm.new_str(line));
    }
    if f.file.get().is_none() {
        return Err(closed_err());
    }
    let mut line = Vec::new();
    loop {
        if let Some(pos) = f.rbuf.get().iter().position(|b| *b == b'\n') {
            let rest = f.rbuf.get().split_off(pos + 1);
            line.extend(std::mem::replace(f.rbuf.get(), rest));
            break;
        }
        line.extend(std::mem::take(f.rbuf.get()));
        let mut chunk = vec![0u8; 8192];
        let got = f
            .file
            .get()
            .as_mut()
            .unwrap()
            .read(&mut chunk)
            .map_err(|e| PyErr::os_error(e.to_string()))?;
        if got == 0 {
            break;
        }
        chunk.truncate(got);
        *f.rbuf.get() = chunk;
    }
    if limit >= 0 && line.len() > limit as usize {
        let rest = line.split_off(limit as usize);
        let mut r = rest;
        r.extend(std::mem::take(f.rbuf.get()));
        *f.rbuf.get() = r;
    }
    to_value(vm, f, line)
}

fn readline_m(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let limit = match args.get(1) {
        Some(v) if !v.is_none() => vm.to_index(*v)?,
        _ => -1,
    };
    readline(vm, o, limit)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let mut out = Vec::new();
    loop {
        let l = readline(vm, o, -1)?;
        if vm.len(l)? == 0 {
            break;
        }
        out.push(l);
    }
    Ok(vm.new_list(out))
}

fn next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let l = readline(vm, o, -1)?;
    if vm.len(l)? == 0 {
        return Err(PyErr::bare(ExcKind::StopIteration));
    }
    Ok(l)
}

fn write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    let v = args.get(1).copied().unwrap_or(Value::None);
    let (data, n) = if f.binary {
        let b = super::bytes::bytes_of(vm, v)?;
        let n = b.len();
        (b, n)
    } else {
        match as_str(&v) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => {
                return Err(PyErr::type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(v)
                )))
            }
        }
    };
    match f.std {
        1 => {
            let _ = vm.stdout.write_all(&data);
            return Ok(Value::Int(n as i64));
        }
        2 => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(&data);
            return Ok(Value::Int(n as i64));
        }
        _ => {}
    }
    if !f.writable {
        return Err(PyErr::msg(ExcKind::UnsupportedOperation, "not writable"));
    }
    match f.file.get() {
        Some(file) => file
            .write_all(&data)
            .map_err(|e| PyErr::os_error(e.to_string()))?,
        None => return Err(closed_err()),
    }
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = vm.collect_iterable(args[1])?;
    for it in items {
        write(vm, &[args[0], it], &[])?;
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    if f.std != 0 {
        vm.flush_stdout();
        return Ok(Value::None);
    }
    *f.file.get() = None;
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    if f.std == 1 {
        vm.flush_stdout();
    } else if let Some(file) = f.file.get() {
        let _ = file.flush();
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    let off = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => 0,
    };
    let whence = match args.get(2) {
        Some(v) => vm.to_index(*v)?,
        None => 0,
    };
    f.rbuf.get().clear();
    let pos = match whence {
        0 => std::io::SeekFrom::Start(off as u64),
        1 => std::io::SeekFrom::Current(off),
        _ => std::io::SeekFrom::End(off),
    };
    match f.file.get() {
        Some(file) => Ok(Value::Int(
            file.seek(pos).map_err(|e| PyErr::os_error(e.to_string()))? as i64,
        )),
        None => Err(closed_err()),
    }
}

fn tell(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    let buffered = f.rbuf.get().len() as i64;
    match f.file.get() {
        Some(file) => Ok(Value::Int(
            file.stream_position()
                .map_err(|e| PyErr::os_error(e.to_string()))? as i64
                - buffered,
        )),
        None => Err(closed_err()),
    }
}

fn enter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    if file_of(o).file.get().is_none() && file_of(o).std == 0 {
        return Err(closed_err());
    }
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    close(vm, &args[..1], &[])?;
    Ok(Value::Bool(false))
}

fn readable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    Ok(Value::Bool(file_of(o).readable))
}
fn writable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    Ok(Value::Bool(file_of(o).writable))
}
fn closed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let f = file_of(o);
    Ok(Value::Bool(f.std == 0 && f.file.get().is_none()))
}
fn name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    Ok(file_of(o).name)
}
fn mode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let o = this(vm, args[0])?;
    let m = file_of(o).mode.clone();
    Ok(vm.new_str(m))
}

/// A standard stream object (1 stdout, 2 stderr, 3 stdin).
pub fn std_stream(vm: &mut Vm, which: u8) -> Value {
    let ty = vm.types.file;
    let name = vm.new_str(match which {
        1 => "<stdout>",
        2 => "<stderr>",
        _ => "<stdin>",
    });
    Value::Obj(vm.alloc(
        ty,
        Payload::File(Box::new(FileObj {
            file: Mut::new(None),
            rbuf: Mut::new(Vec::new()),
            binary: false,
            readable: which == 3,
            writable: which != 3,
            name,
            mode: if which == 3 { "r".into() } else { "w".into() },
            std: which,
            translate: false,
        })),
    ))
}
