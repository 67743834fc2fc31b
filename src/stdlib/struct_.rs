//! `_struct`: packing Python values into C structs and back (the `struct` module
//! is `modules/struct.py`, which adds the `Struct` class on top).
//!
//! A format is parsed into a `Layout`: each item's code, count, byte offset and
//! size, the total size and the number of values. The first character picks the
//! mode: `@` (the default: native sizes and alignment), `=`, `<`, `>`, `!`
//! (standard sizes, no alignment, the given byte order). Native order is little
//! endian here (`compile_error!` otherwise). Errors are `struct.error` with
//! CPython's messages, except the OverflowError of floats too large for 'e' (and
//! for 'f' in standard mode) and the TypeErrors of wrong buffer types.
//!
//! Buffers are read through the buffer protocol (bytes, bytearray, array,
//! contiguous memoryviews) and `pack_into` writes through it.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::memoryview::buffer_bytes;
use crate::objects::buffer::{with_bytes_mut, MemoryViewObj};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

#[cfg(not(target_endian = "little"))]
compile_error!("_struct assumes a little-endian target for native order");

/// One format code with its repeat count.
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    /// Repeat count (the byte length for 's' and 'p').
    count: usize,
    /// Byte offset of the first element.
    offset: usize,
    /// Bytes per element.
    size: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Layout {
    items: Vec<Item>,
    size: usize,
    nvalues: usize,
    big_endian: bool,
    native: bool,
}

/// `struct.error(msg)` as a PyErr. The class is defined by `modules/struct.py`,
/// which hands it to this module as `_struct._error_class` (so rebinding
/// `struct.error` or `_struct.error` does not change what is raised, as in
/// CPython; a non-exception there gives a TypeError).
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = vm.new_str(msg.into());
    let _ = vm.import_module("struct");
    let cls = vm.import_module("_struct").ok().and_then(|m| {
        let k = vm.intern("_error_class");
        vm.instance_dict(m).and_then(|d| vm.dict_get_str_pure(d, k))
    });
    match cls {
        Some(c) => match vm.call(c, &[msg], &[]) {
            Ok(Value::Obj(e)) if e.as_exc().is_some() => PyErr::exc(e),
            Ok(_) => PyErr::type_error("exceptions must derive from BaseException"),
            Err(e) => e,
        },
        None => PyErr::value_error("struct.error"),
    }
}

/// Size and alignment of a code in native mode, or in standard mode.
fn size_align(code: u8, native: bool) -> Option<(usize, usize)> {
    let std = |s: usize| Some((s, 1));
    let nat = |s: usize| Some((s, s));
    match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => Some((1, 1)),
        b'h' | b'H' | b'e' => {
            if native {
                nat(2)
            } else {
                std(2)
            }
        }
        b'i' | b'I' | b'f' => {
            if native {
                nat(4)
            } else {
                std(4)
            }
        }
        b'l' | b'L' => {
            if native {
                nat(8)
            } else {
                std(4)
            }
        }
        b'q' | b'Q' | b'd' => {
            if native {
                nat(8)
            } else {
                std(8)
            }
        }
        b'n' | b'N' | b'P' if native => nat(8),
        _ => None,
    }
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let bytes = fmt.as_bytes();
    let (mut native, mut big_endian, mut pos) = (true, false, 0);
    match bytes.first() {
        Some(b'@') => pos = 1,
        Some(b'=') | Some(b'<') => {
            native = false;
            pos = 1;
        }
        Some(b'>') | Some(b'!') => {
            native = false;
            big_endian = true;
            pos = 1;
        }
        _ => {}
    }
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    while pos < bytes.len() {
        let c = bytes[pos];
        if c.is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while pos < bytes.len() && bytes[pos].is_ascii_digit() {
            let d = (bytes[pos] - b'0') as usize;
            count = match count
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|n| n.checked_add(d))
            {
                Some(n) => Some(n),
                None => return Err(too_long(vm)),
            };
            pos += 1;
        }
        let Some(&code) = bytes.get(pos) else {
            return Err(error(vm, "repeat count given without format specifier"));
        };
        pos += 1;
        let Some((esize, align)) = size_align(code, native) else {
            return Err(error(vm, "bad char in struct format"));
        };
        let count = count.unwrap_or(1);
        // Native alignment applies even to a zero count ("2s0i" is 4 bytes).
        if align > 1 {
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(|| too_long(vm))?;
        }
        let item = Item {
            code,
            count,
            offset: size,
            size: esize,
        };
        let bytes_used = esize.checked_mul(count).ok_or_else(|| too_long(vm))?;
        size = size.checked_add(bytes_used).ok_or_else(|| too_long(vm))?;
        if size > isize::MAX as usize {
            return Err(too_long(vm));
        }
        nvalues += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        items.push(item);
    }
    Ok(Layout {
        items,
        size,
        nvalues,
        big_endian,
        native,
    })
}

/// The format argument: str or bytes.
fn format_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<String> {
    let Some(&v) = v else {
        return Err(PyErr::type_error("missing format argument"));
    };
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ))),
    }
}

/// An integer to pack: an int or anything with `__index__`.
fn int_value(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let not_int = |vm: &mut Vm| error(vm, "required argument is not an integer");
    if matches!(Vm::unboxed(v), Value::Float(_)) {
        return Err(not_int(vm));
    }
    match vm.index_value(v) {
        Ok(i) => Ok(crate::vm::dictops::to_bigint(i).unwrap_or_default()),
        Err(_) => Err(not_int(vm)),
    }
}

/// A float to pack (ints and objects with `__float__`/`__index__` too).
fn float_value(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match crate::builtins::functions::to_float(vm, v) {
        Ok(x) => Ok(x),
        Err(_) => Err(error(vm, "required argument is not a float")),
    }
}

/// The range error of an integer code (CPython words them code by code).
fn range_error(vm: &mut Vm, code: u8, native: bool, n: &BigInt) -> PyErr {
    let msg = match code {
        b'b' => "byte format requires -128 <= number <= 127".to_string(),
        b'B' => "ubyte format requires 0 <= number <= 255".to_string(),
        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
        b'H' => "ushort format requires 0 <= number <= 65535".to_string(),
        b'i' => "'i' format requires -2147483648 <= number <= 2147483647".to_string(),
        b'I' if !n.is_negative() => "'I' format requires 0 <= number <= 4294967295".to_string(),
        b'l' if !native => "'l' format requires -2147483648 <= number <= 2147483647".to_string(),
        b'L' if !native && !n.is_negative() => {
            "'L' format requires 0 <= number <= 4294967295".to_string()
        }
        _ => "argument out of range".to_string(),
    };
    error(vm, msg)
}

fn put_int(out: &mut [u8], x: i128, big_endian: bool) {
    let le = x.to_le_bytes();
    let n = out.len();
    if big_endian {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le[n - 1 - k];
        }
    } else {
        out.copy_from_slice(&le[..n]);
    }
}

fn get_int(b: &[u8], signed: bool, big_endian: bool) -> i128 {
    let mut le = [0u8; 16];
    let n = b.len();
    for k in 0..n {
        le[k] = if big_endian { b[n - 1 - k] } else { b[k] };
    }
    let mut x = i128::from_le_bytes(le);
    if signed && n < 16 && b[if big_endian { 0 } else { n - 1 }] & 0x80 != 0 {
        x -= 1i128 << (8 * n);
    }
    x
}

/// IEEE half precision from a double, rounding to nearest even; None on overflow.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Scale so that the half's least significant bit is 1.0, then round.
    let e = crate::stdlib::math::frexp_f64(a).1 as i32;
    // a in [2^(e-1), 2^e): a normal half has e-1 in -14..=15.
    let bits = if a == 0.0 {
        0u32
    } else if e - 1 < -14 {
        // Subnormal: units of 2^-24.
        (a * 2f64.powi(24)).round_ties_even() as u32
    } else {
        let m = (a * 2f64.powi(11 - e)).round_ties_even() as u32; // 11 significant bits
        let (m, e) = if m == 1 << 11 {
            (m >> 1, e + 1)
        } else {
            (m, e)
        };
        let exp = (e - 1 + 15) as u32;
        if exp >= 31 {
            return None;
        }
        (exp << 10) | (m & 0x3ff)
    };
    Some(sign | bits as u16)
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// Pack `values` into `out` (`out.len() == layout.size`).
fn pack_values(vm: &mut Vm, l: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vi = 0;
    for item in &l.items {
        let (code, be) = (item.code, l.big_endian);
        match code {
            b'x' => continue,
            b's' | b'p' => {
                let v = values[vi];
                vi += 1;
                let data = match v.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    Some(Payload::ByteArray(b)) => b.get().clone(),
                    _ => {
                        let c = code as char;
                        return Err(error(
                            vm,
                            format!("argument for '{c}' must be a bytes object"),
                        ));
                    }
                };
                let field = &mut out[item.offset..item.offset + item.count];
                if code == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if !field.is_empty() {
                    let n = data.len().min(field.len() - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let v = values[vi];
            vi += 1;
            let at = item.offset + k * item.size;
            let dst = &mut out[at..at + item.size];
            match code {
                b'c' => match v.payload() {
                    Some(Payload::Bytes(b)) if b.len() == 1 => dst[0] = b[0],
                    Some(Payload::ByteArray(b)) if b.get().len() == 1 => dst[0] = b.get()[0],
                    _ => return Err(error(vm, "char format requires a bytes object of length 1")),
                },
                b'?' => dst[0] = vm.truthy(v)? as u8,
                b'e' => {
                    let x = float_value(vm, v)?;
                    let h = f64_to_f16(x).ok_or_else(|| {
                        PyErr::overflow_error("float too large to pack with e format")
                    })?;
                    put_int(dst, h as i128, be);
                }
                b'f' => {
                    let x = float_value(vm, v)?;
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() && !l.native {
                        return Err(PyErr::overflow_error(
                            "float too large to pack with f format",
                        ));
                    }
                    put_int(dst, f.to_bits() as i128, be);
                }
                b'd' => {
                    let x = float_value(vm, v)?;
                    put_int(dst, x.to_bits() as i128, be);
                }
                _ => {
                    let n = int_value(vm, v)?;
                    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                    let bits = 8 * item.size as u32;
                    let (lo, hi): (i128, i128) = if code == b'P' {
                        // A pointer: any int that fits 64 bits, negative ones wrap.
                        (i64::MIN as i128, u64::MAX as i128)
                    } else if signed {
                        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                    } else {
                        (0, (1i128 << bits) - 1)
                    };
                    let x = n.to_i128().filter(|x| (lo..=hi).contains(x));
                    let Some(x) = x else {
                        return Err(range_error(vm, code, l.native, &n));
                    };
                    put_int(dst, x, be);
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, l: &Layout, b: &[u8]) -> Value {
    let mut out = Vec::with_capacity(l.nvalues);
    for item in &l.items {
        let be = l.big_endian;
        match item.code {
            b'x' => continue,
            b's' => {
                let v = vm.new_bytes(b[item.offset..item.offset + item.count].to_vec());
                out.push(v);
                continue;
            }
            b'p' => {
                let field = &b[item.offset..item.offset + item.count];
                let data = match field.split_first() {
                    Some((&n, rest)) => rest[..(n as usize).min(rest.len())].to_vec(),
                    None => Vec::new(),
                };
                let v = vm.new_bytes(data);
                out.push(v);
                continue;
            }
            _ => {}
        }
        for k in 0..item.count {
            let at = item.offset + k * item.size;
            let src = &b[at..at + item.size];
            let v = match item.code {
                b'c' => vm.new_bytes(vec![src[0]]),
                b'?' => Value::Bool(src[0] != 0),
                b'e' => Value::Float(f16_to_f64(get_int(src, false, be) as u16)),
                b'f' => Value::Float(f32::from_bits(get_int(src, false, be) as u32) as f64),
                b'd' => Value::Float(f64::from_bits(get_int(src, false, be) as u64)),
                code => {
                    let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                    let x = get_int(src, signed, be);
                    match i64::try_from(x) {
                        Ok(i) => Value::Int(i),
                        Err(_) => vm.new_int(BigInt::from(x)),
                    }
                }
            };
            out.push(v);
        }
    }
    vm.new_tuple(out)
}

/// The contiguous bytes of a buffer argument.
fn read_buffer(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("pack", kw)?;
    let fmt = format_arg(vm, args.first())?;
    let l = parse(vm, &fmt)?;
    let values = &args[1..];
    if values.len() != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                l.nvalues,
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, values, &mut out)?;
    Ok(vm.new_bytes(out))
}

fn unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("unpack", kw)?;
    crate::builtins::check_args("unpack", args, 2, 2)?;
    let fmt = format_arg(vm, args.first())?;
    let l = parse(vm, &fmt)?;
    let b = read_buffer(vm, args[1])?;
    if b.len() != l.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(unpack_values(vm, &l, &b))
}

fn calcsize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("calcsize", kw)?;
    crate::builtins::check_args("calcsize", args, 1, 1)?;
    let fmt = format_arg(vm, args.first())?;
    Ok(Value::Int(parse(vm, &fmt)?.size as i64))
}

/// A negative offset counts from the end; CPython's message when it is too far.
fn resolve_offset(vm: &mut Vm, offset: i64, len: usize) -> PyResult<usize> {
    if offset < 0 {
        if offset + (len as i64) < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        return Ok((offset + len as i64) as usize);
    }
    Ok(offset as usize)
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::check_kwargs("unpack_from", kw, &["buffer", "offset"])?;
    let fmt = format_arg(vm, args.first())?;
    let l = parse(vm, &fmt)?;
    let buf = args
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(kw, "buffer"))
        .ok_or_else(|| {
            PyErr::type_error("unpack_from() missing required argument 'buffer' (pos 2)")
        })?;
    let offset = match args
        .get(2)
        .copied()
        .or_else(|| crate::builtins::kwarg(kw, "offset"))
    {
        Some(o) => vm.to_index(o)?,
        None => 0,
    };
    let b = read_buffer(vm, buf)?;
    let off = resolve_offset(vm, offset, b.len())?;
    if b.len() < off || b.len() - off < l.size {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                l.size + off,
                l.size,
                off,
                b.len()
            ),
        ));
    }
    Ok(unpack_values(vm, &l, &b[off..off + l.size]))
}

fn pack_into(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("pack_into", kw)?;
    let fmt = format_arg(vm, args.first())?;
    let l = parse(vm, &fmt)?;
    let Some(&buf) = args.get(1) else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(&offset) = args.get(2) else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    let values = &args[3..];
    if values.len() != l.nvalues {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                l.nvalues,
                values.len()
            ),
        ));
    }
    // The target: a writable exporter or a writable, contiguous view of one.
    let view: Option<&MemoryViewObj> = buf
        .as_obj()
        .and_then(crate::objects::object::extend_memoryview);
    let (target, base, len) = match view {
        Some(m) if !m.readonly && !m.released.get() && m.c_contiguous() => {
            (m.obj, m.offset, m.nbytes())
        }
        None if matches!(
            buf.payload(),
            Some(Payload::ByteArray(_) | Payload::Array(_))
        ) =>
        {
            let n = crate::objects::buffer::with_bytes(buf, |b| b.len()).unwrap_or(0);
            (buf, 0, n)
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                vm.type_name(buf)
            )))
        }
    };
    let offset = vm.to_index(offset)?;
    let off = resolve_offset(vm, offset, len)?;
    if len < off || len - off < l.size {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                l.size + off,
                l.size,
                off,
                len
            ),
        ));
    }
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, values, &mut out)?;
    let start = base + off;
    with_bytes_mut(target, |b| {
        if let Some(dst) = b.get_mut(start..start + out.len()) {
            dst.copy_from_slice(&out);
        }
    });
    Ok(Value::None)
}

fn iter_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("iter_unpack", kw)?;
    crate::builtins::check_args("iter_unpack", args, 2, 2)?;
    let fmt = format_arg(vm, args.first())?;
    let l = parse(vm, &fmt)?;
    if l.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let b = read_buffer(vm, args[1])?;
    if b.len() % l.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let tuples: Vec<Value> = b
        .chunks_exact(l.size)
        .map(|chunk| unpack_values(vm, &l, chunk))
        .collect();
    let list = vm.new_list(tuples);
    vm.get_iter(list)
}

/// Create the `_struct` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_struct");
    let d = vm.instance_dict(m).unwrap();
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("pack", pack),
        ("unpack", unpack),
        ("calcsize", calcsize),
        ("unpack_from", unpack_from),
        ("pack_into", pack_into),
        ("iter_unpack", iter_unpack),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip() {
        for (x, bits) in [
            (1.5, 0x3e00u16),
            (65504.0, 0x7bff),
            (-0.0, 0x8000),
            (0.1, 0x2e66),
        ] {
            assert_eq!(f64_to_f16(x), Some(bits), "{x}");
            if x != 0.1 {
                assert_eq!(f16_to_f64(bits), x);
            }
        }
        assert_eq!(f64_to_f16(65520.0), None);
        assert_eq!(f16_to_f64(1), 5.960464477539063e-08);
    }

    #[test]
    fn integers_in_both_orders() {
        let mut b = [0u8; 2];
        put_int(&mut b, 258, true);
        assert_eq!(b, [1, 2]);
        assert_eq!(get_int(&b, false, true), 258);
        put_int(&mut b, -2, false);
        assert_eq!(get_int(&b, true, false), -2);
    }
}
