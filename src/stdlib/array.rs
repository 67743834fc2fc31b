//! The `array` module: `array.array`, a sequence of raw machine numbers.
//!
//! Storage (DESIGN.md decision 3): one typed `Vec` per array (`ArrayData`), so the
//! elements are a single contiguous allocation aligned for their type, with a
//! pointer, length and capacity, and the typecode in the enum tag. The pointer is
//! stable until a resize. Elements are never boxed: reading `a[i]` of a 'd' array
//! gives an unboxed float `Value`, and a store converts straight into the buffer.
//!
//! Conversions follow CPython's `arraymodule.c`, messages included: small integer
//! types go through a C `short`/`int`/`long` conversion first (hence "signed short
//! integer is greater than maximum" for `array('b', [70000])`), unsigned types refuse
//! negatives, 'f' rounds to float32, 'u' takes one-character strings.
//!
//! Arrays export their element buffer (`objects::buffer`, `builtins::memoryview`):
//! every operation that changes the length first asks `check_resize`, which raises
//! CPython's BufferError while a memoryview of the array is alive.
//!
//! Not yet here: pickling.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::check_args;
use crate::objects::array::{with_two, with_vec, ArrayData, ArrayObj, Elem};
use crate::objects::object::Mut;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The typecodes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The array payload of `v`, if it is an array.
pub fn array_of(v: Value) -> Option<&'static ArrayObj> {
    match v {
        Value::Obj(o) => crate::objects::object::extend_array(o),
        _ => None,
    }
}

fn this(vm: &Vm, v: Value) -> PyResult<&'static ArrayObj> {
    array_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// BufferError unless the array `arr` may change size (no live memoryview of it);
/// `roots`: values the caller still needs that are not on the value stack (see
/// `Vm::check_resizable`).
fn check_resize(vm: &mut Vm, arr: Value, roots: &[Value]) -> PyResult<()> {
    vm.check_resizable(
        arr,
        roots,
        "cannot resize an array that is exporting buffers",
    )
}

fn overflow(msg: &str) -> PyErr {
    PyErr::overflow_error(msg.to_string())
}

/// An integer for an integer typecode: the value of an int (or of `__index__`).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let v = Vm::unboxed(v);
    if let Some(b) = crate::vm::dictops::to_bigint(v) {
        return Ok(b);
    }
    if matches!(v, Value::Obj(_)) && vm.lookup_special(v, vm.names.__index__).is_some() {
        let r = vm.call_method(v, vm.names.__index__, &[])?;
        if let Some(b) = crate::vm::dictops::to_bigint(r) {
            return Ok(b);
        }
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// Convert `v` to an element of typecode `tc`, with CPython's checks and messages.
fn convert(vm: &mut Vm, tc: char, v: Value) -> PyResult<Elem> {
    match tc {
        'f' | 'd' => {
            let x = match Vm::unboxed(v) {
                Value::Float(f) => f,
                Value::Int(i) => i as f64,
                Value::Bool(b) => b as i64 as f64,
                other => crate::builtins::functions::to_float(vm, other).map_err(|_| {
                    PyErr::type_error(format!("must be real number, not {}", vm.type_name(other)))
                })?,
            };
            return Ok(Elem::Float(x));
        }
        'u' => {
            let c = v
                .as_obj()
                .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                .filter(|s| s.chars().count() == 1)
                .and_then(|s| s.chars().next());
            return c
                .map(|c| Elem::Char(c as u32))
                .ok_or_else(|| PyErr::type_error("array item must be unicode character"));
        }
        _ => {}
    }
    let b = int_arg(vm, v)?;
    let as_long = || {
        b.to_i64()
            .ok_or_else(|| overflow("Python int too large to convert to C long"))
    };
    let range = |x: i64, lo: i64, hi: i64, what: &str| -> PyResult<i64> {
        if x < lo {
            Err(overflow(&format!("{what} is less than minimum")))
        } else if x > hi {
            Err(overflow(&format!("{what} is greater than maximum")))
        } else {
            Ok(x)
        }
    };
    let x: i128 = match tc {
        'b' => {
            let s = range(
                as_long()?,
                i16::MIN as i64,
                i16::MAX as i64,
                "signed short integer",
            )?;
            range(s, i8::MIN as i64, i8::MAX as i64, "signed char")? as i128
        }
        'B' => range(as_long()?, 0, u8::MAX as i64, "unsigned byte integer")? as i128,
        'h' => range(
            as_long()?,
            i16::MIN as i64,
            i16::MAX as i64,
            "signed short integer",
        )? as i128,
        'H' => {
            let i = range(
                as_long()?,
                i32::MIN as i64,
                i32::MAX as i64,
                "signed integer",
            )?;
            range(i, 0, u16::MAX as i64, "unsigned short")? as i128
        }
        'i' => range(
            as_long()?,
            i32::MIN as i64,
            i32::MAX as i64,
            "signed integer",
        )? as i128,
        'I' | 'L' => {
            if b.is_negative() {
                return Err(overflow("can't convert negative value to unsigned int"));
            }
            let u = b
                .to_u64()
                .ok_or_else(|| overflow("Python int too large to convert to C unsigned long"))?;
            if tc == 'I' && u > u32::MAX as u64 {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            u as i128
        }
        'l' => as_long()? as i128,
        'q' => b
            .to_i64()
            .ok_or_else(|| overflow("int too big to convert"))? as i128,
        'Q' => {
            if b.is_negative() {
                return Err(overflow("can't convert negative int to unsigned"));
            }
            b.to_u64()
                .ok_or_else(|| overflow("int too big to convert"))? as i128
        }
        _ => unreachable!("typecode checked at construction"),
    };
    Ok(Elem::Int(x))
}

/// A new array object of typecode `tc` holding `data`.
fn new_array(vm: &mut Vm, cls: ObjRef, tc: char, data: ArrayData) -> Value {
    Value::Obj(vm.alloc(
        cls,
        Payload::Array(Box::new(ArrayObj {
            typecode: tc,
            data: Mut::new(data),
        })),
    ))
}

/// `array.array(typecode[, initializer])`
pub fn construct(vm: &mut Vm, cls: ObjRef, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    if args.is_empty() {
        return Err(PyErr::type_error(
            "array() takes at least 1 argument (0 given)",
        ));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let tc = match args[0]
        .as_obj()
        .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
    {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
        Some(_) | None => {
            return Err(PyErr::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(args[0])
            )))
        }
    };
    if !TYPECODES.contains(tc) {
        return Err(PyErr::value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let arr = new_array(vm, cls, tc, ArrayData::empty(tc));
    if let Some(&init) = args.get(1) {
        let a = array_of(arr).unwrap();
        if let Some(Payload::Str(s)) = init.payload() {
            if tc != 'u' {
                return Err(PyErr::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{tc}'"
                )));
            }
            let d = a.data.get();
            for c in s.as_str().chars() {
                d.put(d.len(), Elem::Char(c as u32));
            }
            return Ok(arr);
        }
        if let Some(bytes) = bytes_of(init) {
            frombytes_into(vm, arr, a, &bytes)?;
            return Ok(arr);
        }
        if let Some(src) = array_of(init) {
            if tc == 'u' && src.typecode != 'u' {
                return Err(PyErr::type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    tc
                )));
            }
            let n = src.data.get().len();
            for i in 0..n {
                let v = src.data.get().get(i, vm);
                let e = convert(vm, tc, v)?;
                let d = a.data.get();
                d.put(d.len(), e);
            }
            return Ok(arr);
        }
        // The new array is only referenced from here while the iterable (maybe a
        // generator, maybe collecting garbage) runs.
        vm.tmp_roots.push(arr);
        let r = extend_iterable(vm, arr, a, init);
        vm.tmp_roots.pop();
        r?;
    }
    Ok(arr)
}

/// The bytes of a bytes or bytearray value.
fn bytes_of(v: Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.get().clone()),
        _ => None,
    }
}

fn frombytes_into(vm: &mut Vm, arr: Value, a: &ArrayObj, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(a.data.get().itemsize()) {
        return Err(PyErr::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    if !b.is_empty() {
        check_resize(vm, arr, &[])?;
    }
    let d = a.data.get();
    d.extend_from_bytes(b);
    Ok(())
}

/// Append every item of an iterable, converting each (all or nothing, as CPython's
/// `extend` with a non-array is item by item: items before a bad one stay).
fn extend_iterable(vm: &mut Vm, arr: Value, a: &ArrayObj, it: Value) -> PyResult<()> {
    let items = vm.collect_iterable(it)?;
    for (i, &v) in items.iter().enumerate() {
        let e = convert(vm, a.typecode, v)?;
        // The items not converted yet are only referenced from here.
        check_resize(vm, arr, &items[i..])?;
        let d = a.data.get();
        d.put(d.len(), e);
    }
    Ok(())
}

/// Create the `array` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("array");
    let d = vm.instance_dict(m).unwrap();
    let ty = vm.types.array;
    let k = vm.intern("array");
    let _ = vm.dict_set_str(d, k, Value::Obj(ty));
    let k = vm.intern("ArrayType");
    let _ = vm.dict_set_str(d, k, Value::Obj(ty));
    let k = vm.intern("typecodes");
    let v = vm.new_str(TYPECODES);
    let _ = vm.dict_set_str(d, k, v);
    m
}

/// Register the methods of `array.array`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.array;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("__len__", |vm, a, _| {
            Ok(Value::Int(this(vm, a[0])?.data.get().len() as i64))
        }),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iadd__", |vm, a, _| {
            check_args("array.__iadd__", &a[1..], 1, 1)?;
            let r = inplace(vm, a[0], a[1], crate::bytecode::BinOp::Add)?;
            Ok(r.unwrap_or(Value::Obj(vm.not_implemented)))
        }),
        ("__imul__", |vm, a, _| {
            check_args("array.__imul__", &a[1..], 1, 1)?;
            let n = vm.to_index(a[1])?;
            let r = inplace(vm, a[0], Value::Int(n), crate::bytecode::BinOp::Mul)?;
            Ok(r.unwrap_or(Value::Obj(vm.not_implemented)))
        }),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("tofile", tofile),
        ("fromfile", fromfile),
        ("fromunicode", fromunicode),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
    vm.add_getter(t, "typecode", |vm, a, _| {
        let tc = this(vm, a[0])?.typecode;
        Ok(vm.new_str(tc.to_string()))
    });
    vm.add_getter(t, "itemsize", |vm, a, _| {
        Ok(Value::Int(this(vm, a[0])?.data.get().itemsize() as i64))
    });
}

fn index_of(vm: &mut Vm, a: &ArrayObj, idx: Value, what: &str) -> PyResult<usize> {
    let n = a.data.get().len() as i64;
    let int_like = matches!(Vm::unboxed(idx), Value::Int(_) | Value::Bool(_))
        || crate::vm::dictops::to_bigint(Vm::unboxed(idx)).is_some()
        || matches!(idx, Value::Obj(_)) && vm.lookup_special(idx, vm.names.__index__).is_some();
    if !int_like {
        return Err(PyErr::type_error("array indices must be integers"));
    }
    let i = vm.to_index(idx)?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error(what.to_string()));
    }
    Ok(j as usize)
}

fn slice_of(v: Value) -> Option<ObjRef> {
    v.as_obj()
        .filter(|o| matches!(o.payload, Payload::Slice { .. }))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.__getitem__", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    if let Some(s) = slice_of(args[1]) {
        let si = vm.slice_indices(s, a.data.get().len())?;
        let data = a.data.get().select(si.indices());
        let ty = vm.types.array;
        return Ok(new_array(vm, ty, a.typecode, data));
    }
    let i = index_of(vm, a, args[1], "array index out of range")?;
    Ok(a.data.get().get(i, vm))
}

/// `a[i]` for the interpreter's item fast path.
pub fn get_item_fast(v: Value, i: i64, vm: &mut Vm) -> Option<Value> {
    let a = array_of(v)?;
    let d = a.data.get();
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return None;
    }
    Some(d.get(j as usize, vm))
}

/// `a[i] = v` for the interpreter's item fast path: Ok(false) when `i` is out of
/// range (the general path then raises).
pub fn set_item_fast(vm: &mut Vm, arr: Value, i: i64, v: Value) -> PyResult<bool> {
    let Some(a) = array_of(arr) else {
        return Ok(false);
    };
    let in_range = |a: &ArrayObj| {
        let n = a.data.get().len() as i64;
        let j = if i < 0 { i + n } else { i };
        (0..n).contains(&j).then_some(j as usize)
    };
    // The index is checked first (IndexError before TypeError, as in CPython), and
    // again after the conversion, which may have run Python code.
    if in_range(a).is_none() {
        return Ok(false);
    }
    let e = convert(vm, a.typecode, v)?;
    match in_range(a) {
        Some(j) => {
            a.data.get().put(j, e);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `a[i] = v`, `a[i:j] = other` (`args`: the array, the index, the value).
pub fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.__setitem__", &args[1..], 2, 2)?;
    let a = this(vm, args[0])?;
    let v = args[2];
    if let Some(s) = slice_of(args[1]) {
        let Some(src) = array_of(v) else {
            return Err(PyErr::type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(v)
            )));
        };
        if src.typecode != a.typecode {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ));
        }
        let n = a.data.get().len();
        let si = vm.slice_indices(s, n)?;
        let src_data = src.data.get().clone();
        // CPython refuses any slice assignment that is not an exact-size overwrite
        // of a non-empty slice while exported, even one that keeps the size.
        if si.step == 1 && (src_data.is_empty() || src_data.len() != si.len) {
            check_resize(vm, args[0], &[])?;
        }
        let d = a.data.get();
        if si.step == 1 {
            let start = si.start as usize;
            let stop = start + si.len;
            with_two!(d, &src_data, x, y => {
                x.splice(start..stop, y.iter().copied());
            });
            return Ok(Value::None);
        }
        if src_data.len() != si.len {
            return Err(PyErr::value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src_data.len(),
                si.len
            )));
        }
        let idx: Vec<usize> = si.indices().collect();
        with_two!(d, &src_data, x, y => {
            for (k, &i) in idx.iter().enumerate() {
                x[i] = y[k];
            }
        });
        return Ok(Value::None);
    }
    let i = index_of(vm, a, args[1], "array assignment index out of range")?;
    let e = convert(vm, a.typecode, v)?;
    a.data.get().put(i, e);
    Ok(Value::None)
}

/// `del a[i]`, `del a[i:j]` (`args`: the array, the index).
pub fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.__delitem__", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    let n = a.data.get().len();
    let mut del: Vec<usize> = match slice_of(args[1]) {
        Some(s) => {
            let idx: Vec<usize> = vm.slice_indices(s, n)?.indices().collect();
            // CPython refuses any slice deletion while exported, even an empty one.
            check_resize(vm, args[0], &[])?;
            idx
        }
        None => {
            let i = index_of(vm, a, args[1], "array assignment index out of range")?;
            check_resize(vm, args[0], &[])?;
            vec![i]
        }
    };
    del.sort_unstable();
    del.dedup();
    let keep: Vec<usize> = (0..n).filter(|i| del.binary_search(i).is_err()).collect();
    let d = a.data.get();
    *d = d.select(keep.into_iter());
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.__contains__", &args[1..], 1, 1)?;
    Ok(Value::Bool(
        find(vm, args[0], args[1], 0, usize::MAX)?.is_some(),
    ))
}

/// The first index in `start..stop` whose element equals `x`.
fn find(vm: &mut Vm, arr: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let a = this(vm, arr)?;
    let mut i = start;
    while i < stop.min(a.data.get().len()) {
        let v = a.data.get().get(i, vm);
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(vm.new_iter(crate::objects::object::IterKind::GetItem(args[0]), 0))
}

/// `repr(a)`: `array('d', [1.0, 2.0])`, `array('u', 'text')`, `array('b')`.
pub fn repr_array(vm: &mut Vm, v: Value) -> PyResult<String> {
    let a = this(vm, v)?;
    let tc = a.typecode;
    // The type's short name, as CPython's repr uses it ("array", or a subclass's).
    let full = vm.type_name(v);
    let name = full.rsplit('.').next().unwrap_or(&full).to_string();
    let n = a.data.get().len();
    if n == 0 {
        return Ok(format!("{name}('{tc}')"));
    }
    if tc == 'u' {
        let s = unicode_of(a);
        return Ok(format!(
            "{name}('u', {})",
            crate::objects::text::str_repr(&s)
        ));
    }
    let mut parts = Vec::with_capacity(n);
    for i in 0..n {
        let x = a.data.get().get(i, vm);
        parts.push(vm.repr(x)?);
    }
    Ok(format!("{name}('{tc}', [{}])", parts.join(", ")))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = repr_array(vm, args[0])?;
    Ok(vm.new_str(s))
}

fn unicode_of(a: &ArrayObj) -> String {
    match a.data.get() {
        ArrayData::Wchar(v) => v
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect(),
        _ => String::new(),
    }
}

fn copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let data = a.data.get().clone();
    let ty = vm.type_of(args[0]);
    Ok(new_array(vm, ty, a.typecode, data))
}

fn append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.append", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    let e = convert(vm, a.typecode, args[1])?;
    check_resize(vm, args[0], &[])?;
    let d = a.data.get();
    d.put(d.len(), e);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.extend", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    if let Some(src) = array_of(args[1]) {
        if src.typecode != a.typecode {
            return Err(PyErr::type_error("can only extend with array of same kind"));
        }
        let more = src.data.get().clone();
        if !more.is_empty() {
            check_resize(vm, args[0], &[])?;
        }
        with_two!(a.data.get(), &more, x, y => x.extend_from_slice(y));
        return Ok(Value::None);
    }
    extend_iterable(vm, args[0], a, args[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.insert", &args[1..], 2, 2)?;
    let a = this(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    let e = convert(vm, a.typecode, args[2])?;
    check_resize(vm, args[0], &[])?;
    // The length only now: the conversions may have run Python code.
    let n = a.data.get().len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let d = a.data.get();
    let n = d.len();
    d.put(n, e);
    // Rotate the new last element into place.
    with_vec!(d, v => v[i..].rotate_right(1));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.pop", &args[1..], 0, 1)?;
    let a = this(vm, args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let n = a.data.get().len() as i64;
    if n == 0 {
        return Err(PyErr::index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    check_resize(vm, args[0], &[])?;
    let v = a.data.get().get(j as usize, vm);
    with_vec!(a.data.get(), d => { d.remove(j as usize); });
    Ok(v)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.remove", &args[1..], 1, 1)?;
    match find(vm, args[0], args[1], 0, usize::MAX)? {
        Some(i) => {
            check_resize(vm, args[0], &[])?;
            let a = this(vm, args[0])?;
            with_vec!(a.data.get(), d => { d.remove(i); });
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.index", &args[1..], 1, 3)?;
    let a = this(vm, args[0])?;
    let n = a.data.get().len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, dflt: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.to_index(*v)?,
            None => dflt,
        };
        Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
    };
    let start = bound(vm, args.get(2), 0)?;
    let stop = bound(vm, args.get(3), n)?;
    match find(vm, args[0], args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.count", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    let mut c = 0;
    let mut i = 0;
    while i < a.data.get().len() {
        let v = a.data.get().get(i, vm);
        if vm.eq(v, args[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    with_vec!(a.data.get(), d => d.reverse());
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let (addr, n) = with_vec!(a.data.get(), d => (d.as_ptr() as usize as i64, d.len() as i64));
    Ok(vm.new_tuple(vec![Value::Int(addr), Value::Int(n)]))
}

fn byteswap(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args[0])?.data.get().byteswap();
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this(vm, args[0])?.data.get().to_bytes();
    Ok(vm.new_bytes(b))
}

fn frombytes(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.frombytes", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    let b = crate::builtins::memoryview::byte_buffer_arg(vm, args[1])?;
    frombytes_into(vm, args[0], a, &b)?;
    Ok(Value::None)
}

/// `a.tofile(f)`: the machine bytes, through `f.write`.
fn tofile(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.tofile", &args[1..], 1, 1)?;
    let b = this(vm, args[0])?.data.get().to_bytes();
    if b.is_empty() {
        // CPython writes block by block: nothing at all for an empty array.
        return Ok(Value::None);
    }
    let b = vm.new_bytes(b);
    let w = vm.intern("write");
    vm.call_method(args[1], w, &[b])?;
    Ok(Value::None)
}

/// `a.fromfile(f, n)`: n items read with `f.read`; EOFError (after appending the
/// whole items that were there) when the file is shorter.
fn fromfile(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.fromfile", &args[1..], 2, 2)?;
    let a = this(vm, args[0])?;
    let n = vm.to_index(args[2])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let size = a.data.get().itemsize();
    let want = (n as usize)
        .checked_mul(size)
        .ok_or_else(|| PyErr::memory_error(""))?;
    let r = vm.intern("read");
    let got = vm.call_method(args[1], r, &[Value::Int(want as i64)])?;
    let Some(b) = bytes_of(got) else {
        return Err(PyErr::type_error("read() didn't return bytes"));
    };
    let whole = b.len() / size * size;
    frombytes_into(vm, args[0], a, &b[..whole])?;
    if b.len() < want {
        return Err(PyErr::msg(
            crate::vm::ExcKind::EOFError,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    let n = a.data.get().len();
    let items: Vec<Value> = (0..n).map(|i| a.data.get().get(i, vm)).collect();
    Ok(vm.new_list(items))
}

fn fromlist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.fromlist", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    let Some(items) = args[1]
        .as_obj()
        .and_then(|o| o.as_list().map(|l| l.get().clone()))
    else {
        return Err(PyErr::type_error("arg must be list"));
    };
    // All or nothing.
    let mut elems = Vec::with_capacity(items.len());
    for v in items {
        elems.push(convert(vm, a.typecode, v)?);
    }
    if !elems.is_empty() {
        check_resize(vm, args[0], &[])?;
    }
    let d = a.data.get();
    for e in elems {
        d.put(d.len(), e);
    }
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = this(vm, args[0])?;
    if a.typecode != 'u' {
        return Err(PyErr::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let s = unicode_of(a);
    Ok(vm.new_str(s))
}

fn fromunicode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("array.fromunicode", &args[1..], 1, 1)?;
    let a = this(vm, args[0])?;
    if a.typecode != 'u' {
        return Err(PyErr::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let Some(s) = args[1]
        .as_obj()
        .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
    else {
        return Err(PyErr::type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(args[1])
        )));
    };
    if !s.is_empty() {
        check_resize(vm, args[0], &[])?;
    }
    let d = a.data.get();
    for c in s.chars() {
        d.put(d.len(), Elem::Char(c as u32));
    }
    Ok(Value::None)
}

/// `a + b`, `a * n`, `n * a` for arrays (None when the operands do not apply).
pub fn binop(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::bytecode::BinOp,
) -> PyResult<Option<Value>> {
    use crate::bytecode::BinOp;
    match op {
        BinOp::Add => {
            let Some(x) = array_of(a) else {
                return Ok(None);
            };
            let Some(y) = array_of(b) else {
                return Err(PyErr::type_error(format!(
                    "can only append array (not \"{}\") to array",
                    vm.type_name(b)
                )));
            };
            if x.typecode != y.typecode {
                return Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                ));
            }
            let mut data = x.data.get().clone();
            let more = y.data.get().clone();
            with_two!(&mut data, &more, p, q => p.extend_from_slice(q));
            let ty = vm.types.array;
            Ok(Some(new_array(vm, ty, x.typecode, data)))
        }
        BinOp::Mul => {
            let (arr, n) = match (array_of(a), array_of(b)) {
                (Some(x), None) => (x, b),
                (None, Some(y)) => (y, a),
                _ => return Ok(None),
            };
            let n = match Vm::unboxed(n) {
                Value::Int(i) => i.max(0) as usize,
                Value::Bool(t) => t as usize,
                Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                    return Err(PyErr::overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
                _ => return Ok(None),
            };
            let src = arr.data.get();
            if n.checked_mul(src.len())
                .is_none_or(|t| t > (isize::MAX as usize) / 8)
            {
                return Err(PyErr::memory_error(""));
            }
            let idx = (0..n).flat_map(|_| 0..src.len());
            let data = src.select(idx);
            let ty = vm.types.array;
            Ok(Some(new_array(vm, ty, arr.typecode, data)))
        }
        _ => Ok(None),
    }
}

/// `a += b`, `a *= n` in place.
pub fn inplace(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::bytecode::BinOp,
) -> PyResult<Option<Value>> {
    use crate::bytecode::BinOp;
    let Some(x) = array_of(a) else {
        return Ok(None);
    };
    match op {
        BinOp::Add => {
            let Some(y) = array_of(b) else {
                return Err(PyErr::type_error(format!(
                    "can only extend array with array (not \"{}\")",
                    vm.type_name(b)
                )));
            };
            if x.typecode != y.typecode {
                return Err(PyErr::type_error("can only extend with array of same kind"));
            }
            let more = y.data.get().clone();
            if !more.is_empty() {
                check_resize(vm, a, &[b])?;
            }
            with_two!(x.data.get(), &more, p, q => p.extend_from_slice(q));
            Ok(Some(a))
        }
        BinOp::Mul => {
            let n = match Vm::unboxed(b) {
                Value::Int(i) => i.max(0) as usize,
                Value::Bool(t) => t as usize,
                _ => return Ok(None),
            };
            let len = x.data.get().len();
            if len > 0 && n != 1 {
                check_resize(vm, a, &[b])?;
            }
            let d = x.data.get();
            *d = d.select((0..n).flat_map(|_| 0..len));
            Ok(Some(a))
        }
        _ => Ok(None),
    }
}

/// Rich comparison of two arrays, element by element as sequences compare.
pub fn compare(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: crate::bytecode::CmpOp,
) -> PyResult<Option<bool>> {
    use crate::bytecode::CmpOp;
    let (Some(x), Some(y)) = (array_of(a), array_of(b)) else {
        return Ok(None);
    };
    let (n, m) = (x.data.get().len(), y.data.get().len());
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && n != m {
        return Ok(Some(op == CmpOp::Ne));
    }
    let mut i = 0;
    while i < n.min(m) {
        let p = x.data.get().get(i, vm);
        let q = y.data.get().get(i, vm);
        if !vm.eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(Some(false)),
                CmpOp::Ne => Ok(Some(true)),
                _ => {
                    let r = vm.rich_compare(p, q, op)?;
                    Ok(Some(vm.truthy(r)?))
                }
            };
        }
        i += 1;
    }
    Ok(Some(match op {
        CmpOp::Eq => true,
        CmpOp::Ne => false,
        CmpOp::Lt => n < m,
        CmpOp::Le => n <= m,
        CmpOp::Gt => n > m,
        CmpOp::Ge => n >= m,
    }))
}
