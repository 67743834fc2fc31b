//! `bytes` and `bytearray`: construction, decoding and methods.

use super::{as_str, check_args, check_kwargs, check_method_args, kwarg, no_kwargs};
use crate::objects::text;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The bytes of a bytes-like value: bytes, bytearray, or any other object that
/// exports a buffer (array, memoryview).
pub fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.get().clone()),
        _ => match super::memoryview::buffer_bytes(v) {
            Some(b) => Ok(b),
            None => Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// The bytes of an iterable of ints in range(0, 256) (what `bytes(iterable)` and
/// `int.from_bytes` take when given no buffer).
pub fn bytes_from_ints(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::None) || as_str(&v).is_some() {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        )));
    }
    if vm.get_iter(v).is_err() {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(v)
        )));
    }
    let items = vm.collect_iterable(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.to_index(it)?;
        if !(0..256).contains(&i) {
            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

/// `hex([sep[, bytes_per_sep]])` of `b` (bytes, bytearray and memoryview share it):
/// `sep` goes between groups of `bytes_per_sep` bytes counted from the right, or
/// from the left when it is negative.
pub fn hex_of(vm: &mut Vm, b: &[u8], args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("hex", kw, &["sep", "bytes_per_sep"])?;
    check_args("hex", args, 0, 2)?;
    let sep = args.first().copied().or_else(|| kwarg(kw, "sep"));
    let per = args.get(1).copied().or_else(|| kwarg(kw, "bytes_per_sep"));
    let digits = |x: &[u8]| -> String { x.iter().map(|c| format!("{c:02x}")).collect() };
    let Some(sep) = sep else {
        return Ok(vm.new_str(digits(b)));
    };
    let sep: String = match sep.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(x)) => String::from_utf8_lossy(x).into_owned(),
        _ => return Err(PyErr::type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    if per == 0 || b.is_empty() {
        return Ok(vm.new_str(digits(b)));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups counted from the right: the first group may be short.
        let first = match b.len() % n {
            0 => n,
            r => r,
        };
        let mut out = vec![digits(&b[..first])];
        out.extend(b[first..].chunks(n).map(digits));
        out
    } else {
        b.chunks(n).map(digits).collect()
    };
    Ok(vm.new_str(groups.join(&sep)))
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
        "utf-8-sig" | "utf8-sig" => {
            let rest = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b);
            decode(vm, rest, "utf-8")
        }
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let (big, data, name) = utf_order(b, enc, 2, &[0xff, 0xfe], &[0xfe, 0xff]);
            let units: Vec<u16> = data
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| {
                    if big {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            let mut out = String::new();
            for (k, r) in char::decode_utf16(units.iter().copied()).enumerate() {
                match r {
                    Ok(c) => out.push(c),
                    Err(_) => {
                        let pos = 2 * k + (b.len() - data.len());
                        return Err(PyErr::msg(
                            ExcKind::UnicodeDecodeError,
                            format!("'{name}' codec can't decode bytes in position {pos}-{}: illegal encoding", pos + 1),
                        ));
                    }
                }
            }
            if data.len() % 2 == 1 {
                let pos = b.len() - 1;
                return Err(PyErr::msg(
                    ExcKind::UnicodeDecodeError,
                    format!("'{name}' codec can't decode byte 0x{:02x} in position {pos}: truncated data", b[pos]),
                ));
            }
            Ok(vm.new_str(out))
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let (big, data, name) = utf_order(b, enc, 4, &[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);
            let skipped = b.len() - data.len();
            let mut out = String::new();
            for (k, c) in data.chunks(4).enumerate() {
                let pos = skipped + 4 * k;
                if c.len() < 4 {
                    return Err(PyErr::msg(
                        ExcKind::UnicodeDecodeError,
                        format!("'{name}' codec can't decode bytes in position {pos}-{}: truncated data", b.len() - 1),
                    ));
                }
                let u = if big {
                    u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                } else {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                };
                match char::from_u32(u) {
                    Some(ch) => out.push(ch),
                    None => {
                        let why = if (0xd800..0xe000).contains(&u) {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        return Err(PyErr::msg(
                            ExcKind::UnicodeDecodeError,
                            format!(
                                "'{name}' codec can't decode bytes in position {pos}-{}: {why}",
                                pos + 3
                            ),
                        ));
                    }
                }
            }
            Ok(vm.new_str(out))
        }
        other => Err(PyErr::lookup_error(format!("unknown encoding: {other}"))),
    }
}

/// Byte order, data after any byte-order mark, and codec name (as CPython names
/// it in errors) of a UTF-16/32 decode: "-le"/"-be" codecs are explicit; the
/// plain codec reads a BOM and defaults to little endian.
fn utf_order<'a>(
    b: &'a [u8],
    enc: &str,
    width: usize,
    le_bom: &[u8],
    be_bom: &[u8],
) -> (bool, &'a [u8], String) {
    let base = if width == 2 { "utf-16" } else { "utf-32" };
    if enc.ends_with("be") {
        return (true, b, format!("{base}-be"));
    }
    if enc.ends_with("le") {
        return (false, b, format!("{base}-le"));
    }
    if b.starts_with(le_bom) {
        return (false, &b[width..], format!("{base}-le"));
    }
    if b.starts_with(be_bom) {
        return (true, &b[width..], format!("{base}-be"));
    }
    (false, b, format!("{base}-le"))
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
                        _ => match super::memoryview::buffer_bytes_any(v) {
                            Some(bytes) => bytes?,
                            None => bytes_from_ints(vm, v)?,
                        },
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
            ("__len__", super::container_dunders::len),
            ("__getitem__", super::container_dunders::getitem),
            ("__contains__", super::container_dunders::contains),
            ("__iter__", super::container_dunders::iter),
        ];
        for (n, f) in methods {
            vm.add_method(ty, n, *f);
        }
    }
    let ba = vm.types.bytearray;
    vm.add_method(ba, "append", ba_append);
    vm.add_method(ba, "extend", ba_extend);
    vm.add_method(ba, "pop", ba_pop);
    vm.add_method(ba, "insert", ba_insert);
    vm.add_method(ba, "remove", ba_remove);
    vm.add_method(ba, "clear", ba_clear);
    vm.add_method(ba, "reverse", ba_reverse);
    vm.add_method(ba, "copy", ba_copy);
    vm.add_method(ba, "__iadd__", ba_iadd);
    vm.add_method(ba, "__imul__", ba_imul);
    vm.add_method(ba, "__setitem__", super::container_dunders::setitem);
    vm.add_method(ba, "__delitem__", super::container_dunders::delitem);
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
    let b = this(vm, args)?;
    hex_of(vm, &b, &args[1..], kw)
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

/// `startswith`/`endswith`: the prefix is bytes-like or a tuple of them.
fn affix_test(vm: &mut Vm, args: &[Value], name: &str, start: bool) -> PyResult<Value> {
    check_method_args(name, &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    let candidates = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args[1]],
    };
    let is_tuple = matches!(args[1].payload(), Some(Payload::Tuple(_)));
    for c in candidates {
        let p = match super::memoryview::buffer_bytes(c) {
            Some(p) => p,
            None if is_tuple => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(c)
                )))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(c)
                )))
            }
        };
        let hit = if start {
            text::startswith(&b[..], &p[..], s, e)
        } else {
            text::endswith(&b[..], &p[..], s, e)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
fn startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix_test(vm, args, "startswith", true)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix_test(vm, args, "endswith", false)
}
fn find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("find", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = super::bytes_text::sub_arg(vm, args[1])?;
    let (s, e) = (opt_i(vm, args.get(2))?, opt_i(vm, args.get(3))?);
    Ok(Value::Int(text::find(&b[..], &p[..], s, e)))
}
fn count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("count", &args[1..], 1, 3)?;
    let b = this(vm, args)?;
    let p = super::bytes_text::sub_arg(vm, args[1])?;
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
/// BufferError unless the bytearray `b` may change size (no live memoryview of
/// it); see `Vm::check_resizable` for `roots`.
pub fn check_bytearray_resize(vm: &mut Vm, b: Value, roots: &[Value]) -> PyResult<()> {
    vm.check_resizable(
        b,
        roots,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// The storage of the bytearray `self` of a method.
fn ba_this(vm: &Vm, v: Value) -> PyResult<&'static Mut<Vec<u8>>> {
    v.as_obj()
        .and_then(crate::objects::object::extend_bytearray)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor requires a 'bytearray' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

/// A byte argument: an int in range(0, 256).
fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let i = vm.to_index(v)?;
    if !(0..256).contains(&i) {
        return Err(PyErr::value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// `b += x` and `b *= n` on a bytearray, in place (None when they do not apply).
pub fn bytearray_inplace(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::bytecode::BinOp,
) -> PyResult<Option<Value>> {
    use crate::bytecode::BinOp;
    let Some(v) = a
        .as_obj()
        .and_then(crate::objects::object::extend_bytearray)
    else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(bytes) = super::memoryview::buffer_bytes(b) else {
                return Err(PyErr::type_error(format!(
                    "can't concat {} to {}",
                    vm.type_name(b),
                    vm.type_name(a)
                )));
            };
            if !bytes.is_empty() {
                check_bytearray_resize(vm, a, &[b])?;
            }
            v.get().extend_from_slice(&bytes);
            Ok(Some(a))
        }
        BinOp::Mul if matches!(b, Value::Int(_) | Value::Bool(_)) => {
            let n = match b {
                Value::Int(i) => i.max(0) as usize,
                _ => matches!(b, Value::Bool(true)) as usize,
            };
            let len = v.get().len();
            if len > 0 && n != 1 {
                check_bytearray_resize(vm, a, &[b])?;
            }
            let Some(total) = len.checked_mul(n) else {
                return Err(PyErr::memory_error(""));
            };
            let mut out = Vec::new();
            out.try_reserve(total)
                .map_err(|_| PyErr::memory_error(""))?;
            for _ in 0..n {
                out.extend_from_slice(v.get());
            }
            *v.get() = out;
            Ok(Some(a))
        }
        _ => Ok(None),
    }
}

fn ba_iadd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__iadd__", &args[1..], 1, 1)?;
    let r = bytearray_inplace(vm, args[0], args[1], crate::bytecode::BinOp::Add)?;
    Ok(r.unwrap_or(Value::Obj(vm.not_implemented)))
}

fn ba_imul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__imul__", &args[1..], 1, 1)?;
    let n = vm.to_index(args[1])?;
    let r = bytearray_inplace(vm, args[0], Value::Int(n), crate::bytecode::BinOp::Mul)?;
    Ok(r.unwrap_or(Value::Obj(vm.not_implemented)))
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("append", &args[1..], 1, 1)?;
    let x = byte_arg(vm, args[1])?;
    check_bytearray_resize(vm, args[0], &[])?;
    ba_this(vm, args[0])?.get().push(x);
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("extend", &args[1..], 1, 1)?;
    if let Some(m) = args[1]
        .as_obj()
        .and_then(crate::objects::object::extend_memoryview)
    {
        if !m.released.get() && !m.c_contiguous() {
            return Err(PyErr::type_error(
                "can't set bytearray slice from memoryview",
            ));
        }
    }
    let data = match bytes_of(vm, args[1]) {
        Ok(d) => d,
        Err(_) => {
            let items = vm.collect_iterable(args[1])?;
            let mut out = Vec::new();
            for it in items {
                out.push(byte_arg(vm, it)?);
            }
            out
        }
    };
    if !data.is_empty() {
        check_bytearray_resize(vm, args[0], &[])?;
    }
    ba_this(vm, args[0])?.get().extend_from_slice(&data);
    Ok(Value::None)
}
fn ba_pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let n = ba_this(vm, args[0])?.get().len() as i64;
    if n == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    check_bytearray_resize(vm, args[0], &[])?;
    Ok(Value::Int(
        ba_this(vm, args[0])?.get().remove(j as usize) as i64
    ))
}
fn ba_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("insert", &args[1..], 2, 2)?;
    let i = vm.to_index(args[1])?;
    let x = byte_arg(vm, args[2])?;
    check_bytearray_resize(vm, args[0], &[])?;
    let n = ba_this(vm, args[0])?.get().len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    ba_this(vm, args[0])?.get().insert(i, x);
    Ok(Value::None)
}
fn ba_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("remove", &args[1..], 1, 1)?;
    let x = byte_arg(vm, args[1])?;
    let Some(i) = ba_this(vm, args[0])?.get().iter().position(|&c| c == x) else {
        return Err(PyErr::value_error("value not found in bytearray"));
    };
    check_bytearray_resize(vm, args[0], &[])?;
    ba_this(vm, args[0])?.get().remove(i);
    Ok(Value::None)
}
fn ba_clear(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("clear", &args[1..], 0, 0)?;
    if !ba_this(vm, args[0])?.get().is_empty() {
        check_bytearray_resize(vm, args[0], &[])?;
    }
    ba_this(vm, args[0])?.get().clear();
    Ok(Value::None)
}
fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("reverse", &args[1..], 0, 0)?;
    ba_this(vm, args[0])?.get().reverse();
    Ok(Value::None)
}
fn ba_copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("copy", &args[1..], 0, 0)?;
    let data = ba_this(vm, args[0])?.get().clone();
    Ok(super::construct::new_bytearray(vm, data))
}
