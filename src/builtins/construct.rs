//! Constructors of the built-in types (`int(...)`, `list(...)`, `type(...)` ...).

use num_bigint::BigInt;

use super::functions::{float_to_int, to_float};
use super::{as_str, check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::numfmt;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Dispatch a call of a built-in type.
pub fn construct_builtin(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = &vm.types;
    if cls == t.type_ {
        if args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(vm.type_of(args[0])));
        }
        if args.len() != 3 {
            return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
        }
        let meta = vm.types.type_;
        // Bases of another metaclass: that metaclass builds the class.
        if let Some(winner) = vm.winning_metaclass(args[1]) {
            if winner != meta {
                return vm.call(Value::Obj(winner), args, kw);
            }
        }
        return super::class::type_new(vm, meta, args[0], args[1], args[2], kw);
    }
    if cls == t.object {
        if !args.is_empty() || !kw.is_empty() {
            return Err(PyErr::type_error("object() takes no arguments"));
        }
        let o = vm.types.object;
        return Ok(vm.new_instance(o, &[]));
    }
    if cls == t.int {
        return int_new(vm, args, kw);
    }
    if cls == t.array {
        return crate::stdlib::array::construct(vm, cls, args, kw);
    }
    if cls == t.random {
        return crate::stdlib::random::construct(vm, cls, args, kw);
    }
    if cls == t.memoryview {
        return super::memoryview::construct(vm, args, kw);
    }
    if cls == t.cdata || cls == t.cfuncptr {
        return Err(PyErr::type_error("abstract class"));
    }
    if cls == t.weakref {
        return crate::stdlib::weakref::construct(vm, args, kw);
    }
    if cls == t.mappingproxy {
        return mappingproxy_new(vm, args, kw);
    }
    if cls == t.float {
        no_kwargs("float", kw)?;
        check_args("float", args, 0, 1)?;
        return match args.first() {
            None => Ok(Value::Float(0.0)),
            Some(v) => float_new(vm, *v),
        };
    }
    if cls == t.bool {
        no_kwargs("bool", kw)?;
        check_args("bool", args, 0, 1)?;
        return match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(*v)?)),
        };
    }
    if cls == t.str {
        return str_new(vm, args, kw);
    }
    if cls == t.complex {
        check_kwargs("complex", kw, &["real", "imag"])?;
        let re = args
            .first()
            .copied()
            .or_else(|| kwarg(kw, "real"))
            .unwrap_or(Value::Int(0));
        let im = args
            .get(1)
            .copied()
            .or_else(|| kwarg(kw, "imag"))
            .unwrap_or(Value::Int(0));
        // As CPython: a complex part contributes its other component, a real
        // one is taken as is (so complex(1, -0.0) keeps the negative zero).
        let (mut real, mut imag) = match re.payload() {
            Some(Payload::Complex(r, i)) => (*r, Some(*i)),
            Some(Payload::Str(s)) => {
                let txt = s.as_str().trim().to_string();
                return parse_complex(vm, &txt);
            }
            _ => (to_float(vm, re)?, None),
        };
        let (c, d) = match im.payload() {
            Some(Payload::Complex(r, i)) => (*r, Some(*i)),
            _ => (to_float(vm, im)?, None),
        };
        if let Some(d) = d {
            real -= d;
        }
        let im_given = args.len() > 1 || kwarg(kw, "imag").is_some();
        imag = Some(match (imag, im_given) {
            (Some(b), true) => b + c,
            (Some(b), false) => b,
            (None, _) => c,
        });
        let ty = vm.types.complex;
        let imag = imag.unwrap_or(0.0);
        return Ok(Value::Obj(vm.alloc(ty, Payload::Complex(real, imag))));
    }
    if cls == t.list {
        no_kwargs("list", kw)?;
        check_args("list", args, 0, 1)?;
        let items = match args.first() {
            Some(v) => vm.collect_iterable(*v)?,
            None => Vec::new(),
        };
        return Ok(vm.new_list(items));
    }
    if cls == t.tuple {
        no_kwargs("tuple", kw)?;
        check_args("tuple", args, 0, 1)?;
        if let Some(Value::Obj(o)) = args.first() {
            // A tuple is returned as it is; a tuple subclass's is copied.
            if matches!(o.payload, Payload::Tuple(_)) && o.ty() == vm.types.tuple {
                return Ok(args[0]);
            }
        }
        let items = match args.first() {
            Some(v) => vm.collect_iterable(*v)?,
            None => Vec::new(),
        };
        return Ok(vm.new_tuple(items));
    }
    if cls == t.dict {
        check_args("dict", args, 0, 1)?;
        let d = vm.new_dict();
        vm.tmp_roots.push(Value::Obj(d));
        let r = dict_fill(vm, d, args.first().copied(), kw);
        vm.tmp_roots.pop();
        r?;
        return Ok(Value::Obj(d));
    }
    if cls == t.set || cls == t.frozenset {
        let frozen = cls == t.frozenset;
        let name = if frozen { "frozenset" } else { "set" };
        no_kwargs(name, kw)?;
        check_args(name, args, 0, 1)?;
        if frozen {
            if let Some(Value::Obj(o)) = args.first() {
                if matches!(o.payload, Payload::FrozenSet(_)) {
                    return Ok(args[0]);
                }
            }
        }
        let s = vm.new_set(frozen);
        if let Some(v) = args.first() {
            vm.tmp_roots.push(Value::Obj(s));
            let r = super::set::set_update_from(vm, s, *v);
            vm.tmp_roots.pop();
            r?;
        }
        return Ok(Value::Obj(s));
    }
    if cls == t.range {
        no_kwargs("range", kw)?;
        if args
            .iter()
            .any(|a| matches!(a.payload(), Some(Payload::Int(_))))
        {
            return big_range(vm, args);
        }
        let mut ints = Vec::new();
        for a in args {
            ints.push(vm.to_index(*a)?);
        }
        let (start, stop, step) = match ints.len() {
            1 => (0, ints[0], 1),
            2 => (ints[0], ints[1], 1),
            3 => (ints[0], ints[1], ints[2]),
            0 => {
                return Err(PyErr::type_error(
                    "range expected at least 1 argument, got 0",
                ))
            }
            n => {
                return Err(PyErr::type_error(format!(
                    "range expected at most 3 arguments, got {n}"
                )))
            }
        };
        if step == 0 {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        let ty = vm.types.range;
        return Ok(Value::Obj(
            vm.alloc(ty, Payload::Range { start, stop, step }),
        ));
    }
    if cls == t.slice {
        no_kwargs("slice", kw)?;
        let (a, b, c) = match args.len() {
            1 => (Value::None, args[0], Value::None),
            2 => (args[0], args[1], Value::None),
            3 => (args[0], args[1], args[2]),
            n => {
                return Err(PyErr::type_error(format!(
                    "slice expected at least 1 argument, got {n}"
                )))
            }
        };
        let ty = vm.types.slice;
        return Ok(Value::Obj(vm.alloc(
            ty,
            Payload::Slice {
                start: a,
                stop: b,
                step: c,
            },
        )));
    }
    if cls == t.bytes || cls == t.bytearray {
        return super::bytes::bytes_new(vm, cls, args, kw);
    }
    if cls == t.property {
        check_kwargs("property", kw, &["fget", "fset", "fdel", "doc"])?;
        let get = |i: usize, n: &str| {
            args.get(i)
                .copied()
                .or_else(|| kwarg(kw, n))
                .unwrap_or(Value::None)
        };
        let (fget, fset, fdel, mut doc) = (
            get(0, "fget"),
            get(1, "fset"),
            get(2, "fdel"),
            get(3, "doc"),
        );
        if doc.is_none() && !fget.is_none() {
            let dn = vm.names.__doc__;
            doc = vm.getattr_opt(fget, dn)?.unwrap_or(Value::None);
        }
        let ty = vm.types.property;
        return Ok(Value::Obj(vm.alloc(
            ty,
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
            },
        )));
    }
    if cls == t.classmethod || cls == t.staticmethod {
        check_args(
            if cls == t.classmethod {
                "classmethod"
            } else {
                "staticmethod"
            },
            args,
            1,
            1,
        )?;
        let p = if cls == t.classmethod {
            Payload::ClassMethod(args[0])
        } else {
            Payload::StaticMethod(args[0])
        };
        return Ok(Value::Obj(vm.alloc(cls, p)));
    }
    if cls == t.enumerate {
        return super::functions::enumerate(vm, args, kw);
    }
    if cls == t.zip {
        return super::functions::zip(vm, args, kw);
    }
    if cls == t.map {
        return super::functions::map(vm, args, kw);
    }
    if cls == t.filter {
        return super::functions::filter(vm, args, kw);
    }
    if cls == t.reversed {
        return super::functions::reversed(vm, args, kw);
    }
    if cls == t.super_ {
        return super::object::super_new(vm, args);
    }
    if cls == t.method {
        return method_new(vm, args, kw);
    }
    let name = cls
        .as_type()
        .map(|t| t.name.get().clone())
        .unwrap_or_default();
    Err(PyErr::type_error(format!(
        "cannot create '{name}' instances"
    )))
}

/// `types.MethodType(function, instance)`: `function` bound to `instance`.
fn method_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("method", kw)?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            args.len()
        )));
    }
    let (func, self_) = (args[0], args[1]);
    if !super::functions::is_callable(vm, func) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if self_.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    let ty = vm.types.method;
    Ok(Value::Obj(vm.alloc(ty, Payload::Method { func, self_ })))
}

/// `range(...)` with an argument beyond i64: a `BigRange`.
fn big_range(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut ints = Vec::new();
    for a in args {
        match big(*a) {
            Some(b) => ints.push(b),
            None => {
                let i = vm.to_index(*a)?;
                ints.push(BigInt::from(i));
            }
        }
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::from(0), ints[0].clone(), BigInt::from(1)),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::from(1)),
        3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == BigInt::from(0) {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    let ty = vm.types.range;
    Ok(Value::Obj(vm.alloc(
        ty,
        Payload::BigRange(Box::new([start, stop, step])),
    )))
}

/// Number of items of a big range.
pub fn big_range_len(r: &[BigInt; 3]) -> BigInt {
    use num_integer::Integer;
    let (start, stop, step) = (&r[0], &r[1], &r[2]);
    let zero = BigInt::from(0);
    if step > &zero && start < stop {
        Integer::div_floor(&(stop - start - BigInt::from(1)), step) + BigInt::from(1)
    } else if step < &zero && start > stop {
        Integer::div_floor(&(start - stop - BigInt::from(1)), &-step) + BigInt::from(1)
    } else {
        zero
    }
}

fn dict_fill(vm: &mut Vm, d: ObjRef, src: Option<Value>, kw: Kw) -> PyResult<()> {
    if let Some(src) = src {
        let is_map = match src {
            Value::Obj(o) => {
                o.as_dict().is_some() || {
                    let k = vm.names.keys;
                    vm.getattr_opt(src, k)?.is_some()
                }
            }
            _ => false,
        };
        if is_map {
            vm.dict_update_from(d, src, false)?;
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.iter_next(it)? {
                let pair = match vm.collect_iterable(item) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_set(d, pair[0], pair[1])?;
                i += 1;
            }
        }
    }
    for (k, v) in kw {
        vm.dict_set_str(d, *k, *v)?;
    }
    Ok(())
}

/// `dict.update(...)` semantics.
pub fn dict_update(vm: &mut Vm, d: ObjRef, src: Option<Value>, kw: Kw) -> PyResult<()> {
    dict_fill(vm, d, src, kw)
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let bad = || PyErr::value_error("complex() arg is a malformed string");
    let t = s.trim_start_matches('(').trim_end_matches(')');
    let (re, im) = if let Some(body) = t.strip_suffix('j').or_else(|| t.strip_suffix('J')) {
        // find split point: last + or - not at start and not after 'e'
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        match split {
            Some(i) => {
                let re = numfmt::parse_float(&body[..i]).ok_or_else(bad)?;
                let ims = &body[i..];
                let im = if ims == "+" {
                    1.0
                } else if ims == "-" {
                    -1.0
                } else {
                    numfmt::parse_float(ims).ok_or_else(bad)?
                };
                (re, im)
            }
            None => {
                let im = if body.is_empty() || body == "+" {
                    1.0
                } else if body == "-" {
                    -1.0
                } else {
                    numfmt::parse_float(body).ok_or_else(bad)?
                };
                (0.0, im)
            }
        }
    } else {
        (numfmt::parse_float(t).ok_or_else(bad)?, 0.0)
    };
    let ty = vm.types.complex;
    Ok(Value::Obj(vm.alloc(ty, Payload::Complex(re, im))))
}

/// `float(x)`
pub fn float_new(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) => {
                return match numfmt::parse_float(s.as_str()) {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(PyErr::value_error(format!(
                        "could not convert string to float: {}",
                        crate::objects::text::str_repr(s.as_str())
                    ))),
                };
            }
            Payload::Bytes(b) => {
                let s = String::from_utf8_lossy(b).into_owned();
                return match numfmt::parse_float(&s) {
                    Some(f) => Ok(Value::Float(f)),
                    None => Err(PyErr::value_error(format!(
                        "could not convert string to float: {}",
                        crate::objects::text::bytes_repr(b, "b")
                    ))),
                };
            }
            _ => {}
        }
    }
    match to_float(vm, v) {
        Ok(f) => Ok(Value::Float(f)),
        // Other buffers are read as text (CPython: memoryview, array, ctypes).
        Err(_) if super::memoryview::buffer_bytes(v).is_some() => {
            let b = super::memoryview::buffer_bytes(v).unwrap_or_default();
            match numfmt::parse_float(&String::from_utf8_lossy(&b)) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    vm.repr(v)?
                ))),
            }
        }
        Err(_) if !matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_))) => {
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
        Err(e) => Err(e),
    }
}

fn int_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("int", kw, &["base"])?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).copied().or_else(|| kwarg(kw, "base"));
    let x = match args.first() {
        Some(x) => *x,
        None => {
            if base.is_some() {
                return Err(PyErr::type_error("int() missing string argument"));
            }
            return Ok(Value::Int(0));
        }
    };
    if let Some(b) = base {
        let b = vm.to_index(b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let text = match x.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(bs)) => String::from_utf8_lossy(bs).into_owned(),
            Some(Payload::ByteArray(bs)) => String::from_utf8_lossy(bs.get()).into_owned(),
            _ => {
                return Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        return parse_int_str(vm, &text, b as u32, x);
    }
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => float_to_int(vm, f),
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) => Ok(x),
            Payload::Str(s) => {
                let t = s.as_str().to_string();
                parse_int_str(vm, &t, 10, x)
            }
            Payload::Bytes(bs) => {
                let t = String::from_utf8_lossy(bs).into_owned();
                parse_int_str(vm, &t, 10, x)
            }
            Payload::ByteArray(bs) => {
                let t = String::from_utf8_lossy(bs.get()).into_owned();
                parse_int_str(vm, &t, 10, x)
            }
            _ => {
                let ty = o.ty();
                for name in [vm.names.__int__, vm.names.__index__, vm.names.__trunc__] {
                    if vm.lookup_in_mro(ty, name).is_some() {
                        let r = vm.call_method(x, name, &[])?;
                        return match r {
                            Value::Int(_) => Ok(r),
                            Value::Bool(b) => Ok(Value::Int(b as i64)),
                            Value::Obj(ro) if matches!(ro.payload, Payload::Int(_)) => Ok(r),
                            _ => Err(PyErr::type_error(format!(
                                "__int__ returned non-int (type {})",
                                vm.type_name(r)
                            ))),
                        };
                    }
                }
                // Any other buffer is read as bytes (CPython: memoryview, array, ctypes).
                if let Some(b) = super::memoryview::buffer_bytes(x) {
                    let t = String::from_utf8_lossy(&b).into_owned();
                    let shown = vm.new_bytes(b);
                    return parse_int_str(vm, &t, 10, shown);
                }
                Err(PyErr::type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(x)
                )))
            }
        },
        _ => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

fn parse_int_str(vm: &mut Vm, text: &str, base: u32, orig: Value) -> PyResult<Value> {
    match numfmt::parse_int(text, base) {
        Some(b) => Ok(vm.new_int(b)),
        None => {
            let r = vm.repr(orig)?;
            Err(PyErr::value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `str(object='')` / `str(bytes, encoding, errors)`
fn str_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("str", kw, &["object", "encoding", "errors"])?;
    let obj = args.first().copied().or_else(|| kwarg(kw, "object"));
    let encoding = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let obj = match obj {
        Some(o) => o,
        None => return Ok(vm.new_str("")),
    };
    if encoding.is_some() || args.len() > 2 || kwarg(kw, "errors").is_some() {
        let bytes = super::bytes::bytes_of(vm, obj).map_err(|_| {
            PyErr::type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(obj)
            ))
        })?;
        let enc = encoding
            .as_ref()
            .and_then(as_str)
            .unwrap_or("utf-8")
            .to_lowercase()
            .replace('_', "-");
        return super::bytes::decode(vm, &bytes, &enc);
    }
    if let Value::Obj(o) = obj {
        if o.as_str().is_some() && !vm.type_is_user(o.ty()) {
            return Ok(obj);
        }
    }
    let s = vm.str(obj)?;
    Ok(vm.new_str(s))
}

/// Empty bytearray storage helper.
pub fn new_bytearray(vm: &mut Vm, v: Vec<u8>) -> Value {
    let ty = vm.types.bytearray;
    Value::Obj(vm.alloc(ty, Payload::ByteArray(Mut::new(v))))
}

/// Big int from a value (for constructors).
pub fn big(v: Value) -> Option<BigInt> {
    crate::vm::dictops::to_bigint(v)
}

/// `mappingproxy(mapping)`: a read-only view of a dict (or dict subclass).
fn mappingproxy_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("mappingproxy", kw)?;
    check_args("mappingproxy", args, 1, 1)?;
    let m = args[0];
    match m.payload() {
        Some(Payload::Dict(_)) => {
            let ty = vm.types.mappingproxy;
            let d = m.as_obj().expect("a dict payload is a heap object");
            Ok(Value::Obj(vm.alloc(ty, Payload::MappingProxy(d))))
        }
        Some(Payload::MappingProxy(d)) => {
            let (ty, d) = (vm.types.mappingproxy, *d);
            Ok(Value::Obj(vm.alloc(ty, Payload::MappingProxy(d))))
        }
        Some(Payload::List(_) | Payload::Tuple(_)) | None => Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(m)
        ))),
        Some(_) => {
            let keys = vm.intern("keys");
            if vm.getattr_opt(m, keys)?.is_some() {
                Err(PyErr::not_implemented(
                    "pyjit's mappingproxy can only wrap a dict",
                ))
            } else {
                Err(PyErr::type_error(format!(
                    "mappingproxy() argument must be a mapping, not {}",
                    vm.type_name(m)
                )))
            }
        }
    }
}
