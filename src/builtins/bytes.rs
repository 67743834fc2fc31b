//! `bytes` and `bytearray`: construction, decoding and methods.

use super::{as_str, check_args, check_kwargs, check_method_args, kwarg, no_kwargs};
use crate::objects::text;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The bytes of a bytes-like value.
pub fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.get().clone()),
        _ => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// Decode bytes with a codec name.
pub fn decode(vm: &mut Vm, b: &[u8], enc: &str) -> PyResult<Value> {
    match enc {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => {
                let pos = e.valid_up_to();
                Err(PyErr::msg(
                    ExcKind::UnicodeDecodeError,
                    format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", b[pos]),
                ))
            }
        },
        "ascii" | "us-ascii" => {
            if let Some(pos) = b.iter().position(|c| *c >= 128) {
                return Err(PyErr::msg(
                    ExcKind::UnicodeDecodeError,
                    format!("'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)", b[pos]),
                ));
            }
            Ok(vm.new_str(String::from_utf8_lossy(b).into_owned()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(vm.new_str(b.iter().map(|c| *c as char).collect::<String>()))
        }
        other => Err(PyErr::lookup_error(format!("unknown encoding: {other}"))),
    }
}

/// `bytes(...)` / `bytearray(...)`
pub fn bytes_new(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("bytes", kw, &["source", "encoding", "errors"])?;
    let src = args.first().copied().or_else(|| kwarg(kw, "source"));
    let enc = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let data: Vec<u8> = match src {
        None => Vec::new(),
        Some(v) => {
            if let Some(s) = as_str(&v) {
                let e = match enc.as_ref().and_then(as_str) {
                    Some(e) => e.to_lowercase().replace('_', "-"),
                    None => return Err(PyErr::type_error("string argument without an encoding")),
                };
                match e.as_str() {
                    "utf-8" | "utf8" | "ascii" => s.as_bytes().to_vec(),
                    "latin-1" | "latin1" => s.chars().map(|c| c as u32 as u8).collect(),
                    other => return Err(PyErr::lookup_error(format!("unknown encoding: {other}"))),
                }
            } else {
                match v {
                    Value::Int(n) => {
                        if n < 0 {
                            return Err(PyErr::value_error("negative count"));
                        }
                        if n > 1 << 34 {
                            return Err(PyErr::memory_error(""));
                        }
                        vec![0; n as usize]
                    }
                    _ => match v.payload() {
                        Some(Payload::Bytes(b)) => b.to_vec(),
                        Some(Payload::ByteArray(b)) => b.get().clone(),
                        _ => {
                            let items = match vm.collect_iterable(v) {
                                Ok(i) => i,
                                Err(_) => {
                                    return Err(PyErr::type_error(format!(
                                        "cannot convert '{}' object to bytes",
                                        vm.type_name(v)
                                    )))
                                }
                            };
                            let mut out = Vec::with_capacity(items.len());
                            for it in items {
                                let i = vm.to_index(it)?;
                                if !(0..256).contains(&i) {
                                    return Err(PyErr::value_error(
                                        "bytes must be in range(0, 256)",
                                    ));
                                }
                                out.push(i as u8);
                            }
                            out
                        }
                    },
                }
            }
        }
    };
    if cls == vm.types.bytearray {
        let ty = vm.types.bytearray;
        return Ok(Value::Obj(vm.alloc(ty, Payload::ByteArray(Mut::new(data)))));
    }
    Ok(vm.new_bytes(data))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    bytes_of(vm, args[0])
}

fn same_kind(vm: &mut Vm, like: Value, data: Vec<u8>) -> Value {
    if matches!(like.payload(), Some(Payload::ByteArray(_))) {
        let ty = vm.types.bytearray;
        Value::Obj(vm.alloc(ty, Payload::ByteArray(Mut::new(data))))
    } else {
        vm.new_bytes(data)
    }
}

/// Register bytes and bytearray methods.
pub fn install(vm: &mut Vm) {
    for ty in [vm.types.bytes, vm.types.bytearray] {
        let methods: &[(&'static str, crate::objects::NativeFn)] = &[
            ("decode", decode_m),
            ("hex", hex),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("count", count),
            ("join", join),
            ("split", split),
            ("strip", strip),
            ("replace", replace),
            ("upper", upper),
            ("lower", lower),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isspace", isspace),
        ];
        for (n, f) in methods {
            vm.add_method(ty, n, *f);
        }
    }
    let ba = vm.types.bytearray;
    vm.add_method(ba, "append", ba_append);
    vm.add_method(ba, "extend", ba_extend);
    vm.add_method(ba, "pop", ba_pop);
    vm.add_classmethod(vm.types.bytes, "fromhex", fromhex);
}

fn decode_m(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("decode", kw, &["encoding", "errors"])?;
    let b = this(vm, args)?;
    let enc = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let enc = enc
        .as_ref()
        .and_then(as_str)
        .unwrap_or("utf-8")
        .to_lowercase()
        .replace('_', "-");
    decode(vm, &b, &enc)
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hex", kw)?;
    let b = this(vm, args)?;
    let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(vm.new_str(s))
}

fn fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("fromhex", kw)?;
    check_method_args("bytes.fromhex", &args[1..], 1, 1)?;
    let s = as_str(&args[1]).ok_or_else(|| PyErr::type_error("fromhex() argument must be str"))?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() % 2 != 0 {
        return Err(PyErr::value_error(
            "non-hexadecimal number found in fromhex() arg",
        ));
    }
    let mut out = Vec::new();
    for pair in digits.chunks(2) {
        let t: String = pair.iter().collect();
        out.push(
            u8::from_str_radix(&t, 16)
                .map_err(|_| PyErr::value_error("non-hexadecimal number found in fromhex() arg"))?,
        );
    }
    Ok(vm.new_bytes(out))
}

fn arg_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    bytes_of(vm, v)
}

fn opt_i(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.to_index(*v)?)),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("startswith", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = arg_bytes(vm, args[1])?;
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    Ok(Value::Bool(text::startswith(&b[..], &p[..], s, e)))
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("endswith", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = arg_bytes(vm, args[1])?;
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    Ok(Value::Bool(text::endswith(&b[..], &p[..], s, e)))
}
fn find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("find", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = match args[1] {
        Value::Int(i) => vec![i as u8],
        v => arg_bytes(vm, v)?,
    };
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    Ok(Value::Int(text::find(&b[..], &p[..], s, e)))
}
fn count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("count", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = match args[1] {
        Value::Int(i) => vec![i as u8],
        v => arg_bytes(vm, v)?,
    };
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    Ok(Value::Int(text::count(&b[..], &p[..], s, e) as i64))
}
fn join(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("bytes.join", &args[1..], 1, 1)?;
    let sep = this(vm, args)?;
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, *it) {
            Ok(b) => out.extend_from_slice(&b),
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(*it)
                )))
            }
        }
    }
    Ok(same_kind(vm, args[0], out))
}
fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    let sep = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let sep = match sep {
        Some(s) => Some(arg_bytes(vm, s)?),
        None => None,
    };
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let parts = text::split(&b[..], sep.as_deref(), maxsplit).map_err(|e| match e {
        text::TextError::Value(m) => PyErr::value_error(m),
        text::TextError::Type(m) => PyErr::type_error(m),
    })?;
    let parts: Vec<Vec<u8>> = parts.into_iter().map(|p| p.to_vec()).collect();
    let vals = parts
        .into_iter()
        .map(|p| same_kind(vm, args[0], p))
        .collect();
    Ok(vm.new_list(vals))
}
fn strip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_bytes(vm, *v)?),
    };
    let r = text::strip(&b[..], chars.as_deref()).to_vec();
    Ok(same_kind(vm, args[0], r))
}
fn replace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("replace", &args[1..], 2, 3)?;
    let b = this(vm, args)?;
    let old = arg_bytes(vm, args[1])?;
    let new = arg_bytes(vm, args[2])?;
    let count = match args.get(3) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let r = text::bytes_replace(&b, &old, &new, count);
    Ok(same_kind(vm, args[0], r))
}
fn upper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    let r = text::bytes_upper(&b);
    Ok(same_kind(vm, args[0], r))
}
fn lower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    let r = text::bytes_lower(&b);
    Ok(same_kind(vm, args[0], r))
}
fn isdigit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::Bool(text::bytes_isdigit(&b)))
}
fn isalpha(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::Bool(text::bytes_isalpha(&b)))
}
fn isspace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args)?;
    Ok(Value::Bool(text::bytes_isspace(&b)))
}
fn ba_append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("append", &args[1..], 1, 1)?;
    let i = vm.to_index(args[1])?;
    if !(0..256).contains(&i) {
        return Err(PyErr::value_error("byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        b.get().push(i as u8);
    }
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("extend", &args[1..], 1, 1)?;
    let data = match bytes_of(vm, args[1]) {
        Ok(d) => d,
        Err(_) => {
            let items = vm.collect_iterable(args[1])?;
            let mut out = Vec::new();
            for it in items {
                out.push(vm.to_index(it)? as u8);
            }
            out
        }
    };
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        b.get().extend_from_slice(&data);
    }
    Ok(Value::None)
}
fn ba_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let _ = vm;
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        return match b.get().pop() {
            Some(x) => Ok(Value::Int(x as i64)),
            None => Err(PyErr::index_error("pop from empty bytearray")),
        };
    }
    Ok(Value::None)
}
