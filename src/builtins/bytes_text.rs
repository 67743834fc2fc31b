//! The text-like methods of `bytes` and `bytearray` beyond the core ones in
//! `builtins::bytes`: searching from the right, partitioning, stripping one side,
//! padding, case changes, classification, tabs and translation. The work is done
//! by the byte functions of `objects::text`; these natives parse arguments with
//! CPython's messages and give back an object of the receiver's type.

use super::bytes::bytes_of;
use super::check_method_args;
use crate::objects::text::{self, TextError};
use crate::objects::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(crate::objects::ObjRef, Value)];

fn text_err(e: TextError) -> PyErr {
    match e {
        TextError::Value(m) => PyErr::value_error(m),
        TextError::Type(m) => PyErr::type_error(m),
    }
}

/// A new object of the receiver's kind (bytearray stays bytearray).
fn like(vm: &mut Vm, receiver: Value, data: Vec<u8>) -> Value {
    if matches!(receiver.payload(), Some(Payload::ByteArray(_))) {
        let ty = vm.types.bytearray;
        Value::Obj(vm.alloc(
            ty,
            Payload::ByteArray(crate::objects::object::Mut::new(data)),
        ))
    } else {
        vm.new_bytes(data)
    }
}

fn kwarg(kw: Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str().is_some_and(|s| s.as_str() == name))
        .map(|(_, v)| *v)
}

/// The sub-sequence argument of find/index/count: bytes-like or an int byte.
pub fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Value::Int(_) | Value::Bool(_) => {
            let i = vm.to_index(v)?;
            if (0..256).contains(&i) {
                Ok(vec![i as u8])
            } else {
                Err(PyErr::value_error("byte must be in range(0, 256)"))
            }
        }
        _ => bytes_of(vm, v).map_err(|_| {
            PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))
        }),
    }
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.to_index(*v)?)),
    }
}

/// rfind / index / rindex.
fn search(vm: &mut Vm, args: &[Value], name: &str, rev: bool, raise: bool) -> PyResult<Value> {
    check_method_args(name, &args[1..], 1, 3)?;
    let b = bytes_of(vm, args[0])?;
    let sub = sub_arg(vm, args[1])?;
    let (s, e) = (opt_index(vm, args.get(2))?, opt_index(vm, args.get(3))?);
    let i = if rev {
        text::rfind(&b[..], &sub[..], s, e)
    } else {
        text::find(&b[..], &sub[..], s, e)
    };
    if i < 0 && raise {
        return Err(PyErr::value_error("subsection not found"));
    }
    Ok(Value::Int(i))
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    search(vm, args, "rfind", true, false)
}
fn index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    search(vm, args, "index", false, true)
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    search(vm, args, "rindex", true, true)
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_method_args("rsplit", &args[1..], 0, 2)?;
    let b = bytes_of(vm, args[0])?;
    let sep = match args.get(1).copied().or_else(|| kwarg(kw, "sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(vm, v)?),
    };
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let parts: Vec<Vec<u8>> = text::rsplit(&b[..], sep.as_deref(), maxsplit)
        .map_err(text_err)?
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect();
    let items = parts.into_iter().map(|p| like(vm, args[0], p)).collect();
    Ok(vm.new_list(items))
}

fn partition_common(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    check_method_args(name, &args[1..], 1, 1)?;
    let b = bytes_of(vm, args[0])?;
    let sep = bytes_of(vm, args[1])?;
    let parts = if rev {
        text::rpartition(&b[..], &sep[..])
    } else {
        text::partition(&b[..], &sep[..])
    }
    .map_err(text_err)?;
    let parts: Vec<Vec<u8>> = parts.iter().map(|p| p.to_vec()).collect();
    let items = parts.into_iter().map(|p| like(vm, args[0], p)).collect();
    Ok(vm.new_tuple(items))
}
fn partition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_common(vm, args, "partition", false)
}
fn rpartition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_common(vm, args, "rpartition", true)
}

fn strip_side(vm: &mut Vm, args: &[Value], name: &str, left: bool) -> PyResult<Value> {
    check_method_args(name, &args[1..], 0, 1)?;
    let b = bytes_of(vm, args[0])?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(vm, *v)?),
    };
    let r = if left {
        text::lstrip(&b[..], chars.as_deref())
    } else {
        text::rstrip(&b[..], chars.as_deref())
    };
    let r = r.to_vec();
    Ok(like(vm, args[0], r))
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_side(vm, args, "lstrip", true)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_side(vm, args, "rstrip", false)
}

fn remove_affix(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    check_method_args(name, &args[1..], 1, 1)?;
    let b = bytes_of(vm, args[0])?;
    let affix = bytes_of(vm, args[1])?;
    let r = if prefix {
        text::removeprefix(&b[..], &affix[..])
    } else {
        text::removesuffix(&b[..], &affix[..])
    };
    let r = r.to_vec();
    Ok(like(vm, args[0], r))
}
fn removeprefix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}
fn removesuffix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_method_args("splitlines", &args[1..], 0, 1)?;
    let b = bytes_of(vm, args[0])?;
    let keepends = match args.get(1).copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let lines: Vec<Vec<u8>> = text::bytes_splitlines(&b, keepends)
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect();
    let items = lines.into_iter().map(|p| like(vm, args[0], p)).collect();
    Ok(vm.new_list(items))
}

fn pad(vm: &mut Vm, args: &[Value], name: &str, kind: char) -> PyResult<Value> {
    check_method_args(name, &args[1..], 1, 2)?;
    let b = bytes_of(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(f)) if f.len() == 1 => f[0],
            Some(Payload::ByteArray(f)) if f.get().len() == 1 => f.get()[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(*v)
                )))
            }
        },
    };
    let r = text::bytes_pad(&b, width, fill, kind);
    Ok(like(vm, args[0], r))
}
fn center(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "center", 'c')
}
fn ljust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "ljust", 'l')
}
fn rjust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad(vm, args, "rjust", 'r')
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("zfill", &args[1..], 1, 1)?;
    let b = bytes_of(vm, args[0])?;
    let width = vm.to_index(args[1])?;
    let r = text::bytes_zfill(&b, width);
    Ok(like(vm, args[0], r))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_method_args("expandtabs", &args[1..], 0, 1)?;
    let b = bytes_of(vm, args[0])?;
    let tabsize = match args.get(1).copied().or_else(|| kwarg(kw, "tabsize")) {
        Some(v) => vm.to_index(v)?,
        None => 8,
    };
    let r = text::bytes_expandtabs(&b, tabsize);
    Ok(like(vm, args[0], r))
}

macro_rules! transform {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
            check_method_args(stringify!($name), &args[1..], 0, 0)?;
            let b = bytes_of(vm, args[0])?;
            let r = $f(&b);
            Ok(like(vm, args[0], r))
        }
    )*};
}
transform! {
    capitalize => text::bytes_capitalize,
    title => text::bytes_title,
    swapcase => text::bytes_swapcase,
}

macro_rules! predicate {
    ($($name:ident => $f:path),* $(,)?) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
            check_method_args(stringify!($name), &args[1..], 0, 0)?;
            let b = bytes_of(vm, args[0])?;
            Ok(Value::Bool($f(&b)))
        }
    )*};
}
predicate! {
    islower => text::bytes_islower,
    isupper => text::bytes_isupper,
    istitle => text::bytes_istitle,
    isalnum => text::bytes_isalnum,
    isascii => text::bytes_isascii,
}

/// `translate(table, /, delete=b'')`: `table` is None or 256 bytes.
fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_method_args("translate", &args[1..], 1, 2)?;
    let b = bytes_of(vm, args[0])?;
    let table = match args[1] {
        Value::None => None,
        t => {
            let t = bytes_of(vm, t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match args.get(2).copied().or_else(|| kwarg(kw, "delete")) {
        Some(d) => bytes_of(vm, d)?,
        None => Vec::new(),
    };
    let r: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(like(vm, args[0], r))
}

/// `bytes.maketrans(from, to)`: the identity table with `from` mapped to `to`.
fn maketrans(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_method_args("maketrans", args, 2, 2)?;
    let from = bytes_of(vm, args[0])?;
    let to = bytes_of(vm, args[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

/// Register these methods on bytes and bytearray.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("rsplit", rsplit),
        ("partition", partition),
        ("rpartition", rpartition),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("splitlines", splitlines),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isalnum", isalnum),
        ("isascii", isascii),
        ("translate", translate),
    ];
    for ty in [vm.types.bytes, vm.types.bytearray] {
        for (n, f) in methods {
            vm.add_method(ty, n, *f);
        }
        vm.add_static(ty, "maketrans", maketrans);
    }
}
