//! `memoryview`: views of the memory of `bytes`, `bytearray` and `array.array`
//! through the buffer protocol (layout and invariants: `objects::buffer`).
//!
//! Items are decoded from and encoded into the exporter's bytes on every access,
//! with CPython's rules and messages: ints (and bools) for the integer formats,
//! range-checked; ints or floats for 'f'/'d'; length-1 bytes for 'c'; anything for
//! '?' (its truth value). Multi-dimensional views come from `cast(fmt, shape)`;
//! as in CPython they support tuple indexing, `tolist` and `tobytes` but not
//! sub-views (`m[0]` of a 2-d view is NotImplementedError).
//!
//! A view created by Python code counts as an export of its exporter until it is
//! released (`release()`, the end of a `with` block) or collected; see
//! `Vm::check_resizable` for how resizing an exported object is refused.

use super::{check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::buffer::{
    exporter_layout, with_bytes, with_bytes_mut, Format, MemoryViewObj, Scalar,
};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The view behind `v`, if `v` is a memoryview (released or not).
pub fn view_of(v: Value) -> Option<&'static MemoryViewObj> {
    match v {
        Value::Obj(o) => crate::objects::object::extend_memoryview(o),
        _ => None,
    }
}

/// The unreleased view `self` of a method.
fn this(vm: &Vm, v: Value) -> PyResult<&'static MemoryViewObj> {
    let m = view_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'memoryview' object but received a '{}'",
            vm.type_name(v)
        ))
    })?;
    live(m)?;
    Ok(m)
}

/// ValueError for a released view.
pub fn live(m: &MemoryViewObj) -> PyResult<()> {
    if m.released.get() {
        return Err(PyErr::value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(())
}

/// `memoryview(object)`
pub fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("memoryview", kw, &["object"])?;
    let obj = match (args.first(), kwarg(kw, "object")) {
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for memoryview() given by name ('object') and position (1)",
            ))
        }
        (Some(v), None) => *v,
        (None, Some(v)) => v,
        (None, None) => {
            return Err(PyErr::type_error(
                "memoryview() missing required argument 'object' (pos 1)",
            ))
        }
    };
    if args.len() + kw.len() > 1 {
        return Err(PyErr::type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len() + kw.len()
        )));
    }
    view_of_object(vm, obj)
}

/// A new view of all of `obj`: an exporter, or another view (sharing its exporter).
pub fn view_of_object(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if let Some(m) = view_of(obj) {
        live(m)?;
        let copy = MemoryViewObj {
            obj: m.obj,
            released: Default::default(),
            hash: Default::default(),
            readonly: m.readonly,
            format: m.format,
            offset: m.offset,
            shape: m.shape.clone(),
            strides: m.strides.clone(),
        };
        return Ok(new_view(vm, copy));
    }
    if matches!(Vm::unboxed(obj).payload(), Some(Payload::CData(_))) {
        // ctypes instances describe their items (format, shape) themselves.
        let (format, shape) = crate::stdlib::ctypes::buffer_layout(vm, obj)?;
        let mut strides = vec![0isize; shape.len()];
        let mut step = format.size as isize;
        for (d, &n) in shape.iter().enumerate().rev() {
            strides[d] = step;
            step *= n as isize;
        }
        let view = MemoryViewObj {
            obj: Vm::unboxed(obj),
            released: Default::default(),
            hash: Default::default(),
            readonly: false,
            format,
            offset: 0,
            shape,
            strides,
        };
        return Ok(new_view(vm, view));
    }
    let Some((format, len, readonly)) = exporter_layout(Vm::unboxed(obj)) else {
        return Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        )));
    };
    let view = MemoryViewObj {
        obj,
        released: Default::default(),
        hash: Default::default(),
        readonly,
        format,
        offset: 0,
        shape: vec![len],
        strides: vec![format.size as isize],
    };
    Ok(new_view(vm, view))
}

/// Allocate a view and count its export.
fn new_view(vm: &mut Vm, view: MemoryViewObj) -> Value {
    if let Value::Obj(e) = view.obj {
        vm.heap.add_export(e);
    }
    let ty = vm.types.memoryview;
    Value::Obj(vm.alloc(ty, Payload::MemoryView(Box::new(view))))
}

/// The bytes of the items of `m`, in C order.
pub fn view_bytes(m: &MemoryViewObj) -> PyResult<Vec<u8>> {
    let size = m.format.size;
    with_bytes(m.obj, |b| {
        if m.c_contiguous() {
            return b.get(m.offset..m.offset + m.nbytes()).map(|x| x.to_vec());
        }
        let mut out = Vec::with_capacity(m.nbytes());
        for p in m.positions() {
            out.extend_from_slice(b.get(p..p + size)?);
        }
        Some(out)
    })
    .flatten()
    .ok_or_else(gone)
}

/// The error for a view whose memory is no longer there (released, or its
/// exporter shrank while Python code ran in the middle of an operation).
fn gone() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

/// The bytes of a value that exports a C-contiguous buffer (bytes, bytearray,
/// array, or a contiguous unreleased memoryview), as consumers that take a
/// "bytes-like object" read them; None for anything else.
pub fn buffer_bytes(v: Value) -> Option<Vec<u8>> {
    if let Some(m) = view_of(v) {
        return (!m.released.get() && m.c_contiguous())
            .then(|| view_bytes(m).ok())
            .flatten();
    }
    with_bytes(Vm::unboxed(v), |b| b.to_vec())
}

/// The bytes of any buffer, in C order whatever its layout (what `bytes(x)` and
/// `int.from_bytes(x)` read); an error for a released view, None for values that
/// are not buffers.
pub fn buffer_bytes_any(v: Value) -> Option<PyResult<Vec<u8>>> {
    if let Some(m) = view_of(v) {
        return Some(live(m).and_then(|_| view_bytes(m)));
    }
    with_bytes(Vm::unboxed(v), |b| Ok(b.to_vec()))
}

/// The argument of `array.frombytes`: a C-contiguous buffer of single bytes.
pub fn byte_buffer_arg(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    let not_bytes = || PyErr::type_error("a bytes-like object is required");
    if let Some(m) = view_of(v) {
        live(m)?;
        if !m.c_contiguous() {
            return Err(PyErr::buffer_error(
                "memoryview: underlying buffer is not C-contiguous",
            ));
        }
        if m.format.size != 1 {
            return Err(not_bytes());
        }
        return view_bytes(m);
    }
    match exporter_layout(Vm::unboxed(v)) {
        Some((f, _, _)) if f.size != 1 => Err(not_bytes()),
        Some(_) => Ok(buffer_bytes(v).unwrap_or_default()),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn scalar_value(vm: &mut Vm, m: &MemoryViewObj, s: Option<Scalar>) -> PyResult<Value> {
    Ok(match s {
        Some(Scalar::Int(x)) => match i64::try_from(x) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int(num_bigint::BigInt::from(x)),
        },
        Some(Scalar::Float(x)) => Value::Float(x),
        Some(Scalar::Bool(x)) => Value::Bool(x),
        Some(Scalar::Byte(x)) => vm.new_bytes(vec![x]),
        None => {
            let msg = m.format.unsupported();
            return Err(PyErr::not_implemented(msg.unwrap_or_else(|| {
                format!("memoryview: format {} not supported", m.format.as_str())
            })));
        }
    })
}

/// The item at byte position `p`.
fn read_item(vm: &mut Vm, m: &MemoryViewObj, p: usize) -> PyResult<Value> {
    let size = m.format.size;
    let s = with_bytes(m.obj, |b| b.get(p..p + size).map(|x| m.format.unpack(x)))
        .flatten()
        .ok_or_else(gone)?;
    scalar_value(vm, m, s)
}

/// `v` converted for the item format of `m`, with CPython's errors.
fn to_scalar(vm: &mut Vm, m: &MemoryViewObj, v: Value) -> PyResult<Scalar> {
    let f = m.format;
    let bad_type =
        || PyErr::type_error(format!("memoryview: invalid type for format '{}'", f.code));
    let bad_value =
        || PyErr::value_error(format!("memoryview: invalid value for format '{}'", f.code));
    if let Some(msg) = f.unsupported() {
        return Err(PyErr::not_implemented(msg));
    }
    let v = Vm::unboxed(v);
    match f.code {
        'f' | 'd' => match v {
            Value::Float(x) => Ok(Scalar::Float(x)),
            Value::Int(i) => Ok(Scalar::Float(i as f64)),
            Value::Bool(b) => Ok(Scalar::Float(b as i64 as f64)),
            _ => match crate::vm::dictops::to_bigint(v) {
                Some(b) => {
                    let x = crate::vm::dictops::bigint_to_f64(&b);
                    if x.is_infinite() {
                        return Err(PyErr::overflow_error("int too large to convert to float"));
                    }
                    Ok(Scalar::Float(x))
                }
                None => Err(bad_type()),
            },
        },
        'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Scalar::Byte(b[0])),
            Some(Payload::Bytes(_)) => Err(bad_value()),
            _ => Err(bad_type()),
        },
        '?' => Ok(Scalar::Bool(vm.truthy(v)?)),
        _ => {
            let (lo, hi) = f.int_range().expect("integer format");
            let x: i128 = match v {
                Value::Int(i) => i as i128,
                Value::Bool(b) => b as i128,
                Value::Float(_) => return Err(bad_type()),
                _ => match crate::vm::dictops::to_bigint(v) {
                    Some(b) => {
                        use num_traits::ToPrimitive;
                        b.to_i128().ok_or_else(bad_value)?
                    }
                    None if indexable(vm, v) => vm.to_index(v)? as i128,
                    None => return Err(bad_type()),
                },
            };
            if x < lo || x > hi {
                return Err(bad_value());
            }
            Ok(Scalar::Int(x))
        }
    }
}

fn write_item(vm: &mut Vm, m: &MemoryViewObj, p: usize, v: Value) -> PyResult<()> {
    let s = to_scalar(vm, m, v)?;
    // The conversion may have run Python code that released the view.
    live(m)?;
    let size = m.format.size;
    with_bytes_mut(m.obj, |b| {
        b.get_mut(p..p + size).map(|x| m.format.pack(s, x))
    })
    .flatten()
    .ok_or_else(gone)
}

/// Item index `i` of dimension `dim` (0-based), negative from the end.
fn dim_index(m: &MemoryViewObj, dim: usize, i: i64) -> PyResult<usize> {
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error(format!(
            "index out of bounds on dimension {}",
            dim + 1
        )));
    }
    Ok(j as usize)
}

/// Can `v` be an index (an int, or an object with `__index__`)?
fn indexable(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || vm.has_index(v)
}

fn slice_obj(v: Value) -> Option<ObjRef> {
    v.as_obj()
        .filter(|o| matches!(o.payload, Payload::Slice { .. }))
}

/// Where a subscript of `m` leads.
enum Target {
    /// One item, at this byte position.
    Item(usize),
    /// A slice along the first dimension: (offset, len, stride).
    Slice(usize, usize, isize),
}

fn target(vm: &mut Vm, m: &MemoryViewObj, key: Value, for_set: bool) -> PyResult<Target> {
    if m.shape.is_empty() {
        return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
    }
    if let Some(s) = slice_obj(key) {
        let si = vm.slice_indices(s, m.shape[0])?;
        let start = if si.len == 0 { 0 } else { si.start as usize };
        let offset = (m.offset as isize + start as isize * m.strides[0]) as usize;
        // A step so large that at most one item is selected may overflow: the
        // stride of a one-item dimension is never used.
        let stride = m.strides[0]
            .checked_mul(si.step as isize)
            .unwrap_or(m.strides[0]);
        return Ok(Target::Slice(offset, si.len, stride));
    }
    if let Some(items) = key.as_obj().and_then(|o| o.as_tuple().map(|t| t.to_vec())) {
        if items.iter().any(|v| slice_obj(*v).is_some()) {
            return Err(PyErr::not_implemented(
                "memoryview slice assignments are currently restricted to ndim = 1".to_string(),
            ));
        }
        if items.len() < m.shape.len() {
            return Err(PyErr::not_implemented(
                "sub-views are not implemented".to_string(),
            ));
        }
        if items.len() > m.shape.len() {
            return Err(PyErr::type_error(format!(
                "cannot index {}-dimension view with {}-element tuple",
                m.shape.len(),
                items.len()
            )));
        }
        let mut index = Vec::with_capacity(items.len());
        for (d, v) in items.iter().enumerate() {
            if !indexable(vm, *v) {
                return Err(PyErr::type_error("memoryview: invalid slice key"));
            }
            let i = vm.to_index(*v)?;
            index.push(dim_index(m, d, i)?);
        }
        return Ok(Target::Item(m.position(&index)));
    }
    if !indexable(vm, key) {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    }
    if m.shape.len() != 1 {
        return Err(PyErr::not_implemented(if for_set {
            "sub-views are not implemented".to_string()
        } else {
            "multi-dimensional sub-views are not implemented".to_string()
        }));
    }
    let i = vm.to_index(key)?;
    Ok(Target::Item(m.position(&[dim_index(m, 0, i)?])))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("memoryview.__getitem__", &args[1..], 1, 1)?;
    let m = this(vm, args[0])?;
    let t = target(vm, m, args[1], false)?;
    // Finding the target may have run Python code (`__index__`) that released it.
    live(m)?;
    match t {
        Target::Item(p) => read_item(vm, m, p),
        Target::Slice(offset, len, stride) => {
            let mut shape = m.shape.clone();
            let mut strides = m.strides.clone();
            shape[0] = len;
            strides[0] = stride;
            let view = MemoryViewObj {
                obj: m.obj,
                released: Default::default(),
                hash: Default::default(),
                readonly: m.readonly,
                format: m.format,
                offset,
                shape,
                strides,
            };
            Ok(new_view(vm, view))
        }
    }
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("memoryview.__setitem__", &args[1..], 2, 2)?;
    let m = this(vm, args[0])?;
    if m.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let t = target(vm, m, args[1], true)?;
    live(m)?;
    match t {
        Target::Item(p) => write_item(vm, m, p, args[2])?,
        Target::Slice(..) if m.shape.len() != 1 => {
            return Err(PyErr::not_implemented(
                "memoryview slice assignments are currently restricted to ndim = 1".to_string(),
            ))
        }
        Target::Slice(offset, len, stride) => {
            let src = args[2];
            // The source's layout must match the destination's: same format and shape.
            let (src_format, src_len) = match view_of(src) {
                Some(s) => {
                    live(s)?;
                    (
                        s.format,
                        if s.shape.len() == 1 {
                            s.shape[0]
                        } else {
                            usize::MAX
                        },
                    )
                }
                None => match exporter_layout(Vm::unboxed(src)) {
                    Some((f, n, _)) => (f, n),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(src)
                        )))
                    }
                },
            };
            let same_format = src_format.code == m.format.code && src_format.size == m.format.size;
            if !same_format || src_len != len {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            // Copy the source first: it may share memory with the destination.
            let data = match buffer_bytes_any(src) {
                Some(r) => r?,
                None => Vec::new(),
            };
            live(m)?;
            let size = m.format.size;
            let done = with_bytes_mut(m.obj, |b| {
                for (k, chunk) in data.chunks_exact(size).enumerate() {
                    let p = (offset as isize + k as isize * stride) as usize;
                    b.get_mut(p..p + size)?.copy_from_slice(chunk);
                }
                Some(())
            });
            done.flatten().ok_or_else(gone)?;
        }
    }
    Ok(Value::None)
}

fn nested_list(
    vm: &mut Vm,
    m: &MemoryViewObj,
    dim: usize,
    index: &mut Vec<usize>,
) -> PyResult<Value> {
    let mut items = Vec::with_capacity(m.shape[dim]);
    for i in 0..m.shape[dim] {
        index.push(i);
        let v = if dim + 1 == m.shape.len() {
            read_item(vm, m, m.position(index))?
        } else {
            nested_list(vm, m, dim + 1, index)?
        };
        index.pop();
        items.push(v);
    }
    Ok(vm.new_list(items))
}

/// `m.tolist()`: nested lists of the items (the single item for a 0-d view).
fn tolist_of(vm: &mut Vm, m: &MemoryViewObj) -> PyResult<Value> {
    if !m.format.can_unpack() {
        return scalar_value(vm, m, None);
    }
    if m.shape.is_empty() {
        return read_item(vm, m, m.offset);
    }
    nested_list(vm, m, 0, &mut Vec::new())
}

fn tolist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("tolist", kw)?;
    check_args("tolist", &args[1..], 0, 0)?;
    let m = this(vm, args[0])?;
    tolist_of(vm, m)
}

fn tobytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("tobytes", kw, &["order"])?;
    check_args("tobytes", &args[1..], 0, 1)?;
    let m = this(vm, args[0])?;
    let order = args.get(1).copied().or_else(|| kwarg(kw, "order"));
    if let Some(o) = order.filter(|o| !o.is_none()) {
        let s = o
            .as_obj()
            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()));
        if !matches!(s.as_deref(), Some("C" | "F" | "A")) {
            return Err(PyErr::value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    let b = view_bytes(m)?;
    Ok(vm.new_bytes(b))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = this(vm, args[0])?;
    let b = view_bytes(m)?;
    super::bytes::hex_of(vm, &b, &args[1..], kw)
}

fn cast(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("cast", kw, &["format", "shape"])?;
    check_args("cast", &args[1..], 0, 2)?;
    let m = this(vm, args[0])?;
    let fmt = args.get(1).copied().or_else(|| kwarg(kw, "format"));
    let shape = args.get(2).copied().or_else(|| kwarg(kw, "shape"));
    let Some(fmt) = fmt else {
        return Err(PyErr::type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let Some(fs) = fmt
        .as_obj()
        .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
    else {
        return Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(fmt)
        )));
    };
    if !m.c_contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let Some(format) = Format::parse(&fs) else {
        return Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_like = |f: Format| matches!(f.code, 'B' | 'b' | 'c');
    if !byte_like(m.format) && !byte_like(format) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    let new_shape: Vec<usize> = match shape {
        None | Some(Value::None) => {
            if nbytes % format.size != 0 {
                return Err(PyErr::type_error(
                    "memoryview: length is not a multiple of itemsize",
                ));
            }
            vec![nbytes / format.size]
        }
        Some(s) => {
            let is_seq = matches!(s.payload(), Some(Payload::List(_) | Payload::Tuple(_)));
            if !is_seq {
                return Err(PyErr::type_error("shape must be a list or a tuple"));
            }
            if m.item_count() == 0 {
                return Err(PyErr::type_error(
                    "memoryview: cannot cast view with zeros in shape or strides",
                ));
            }
            let dims = vm.collect_iterable(s)?;
            if m.shape.len() != 1 && dims.len() != 1 {
                return Err(PyErr::type_error(
                    "memoryview: cast must be 1D -> ND or ND -> 1D",
                ));
            }
            if dims.len() > 64 {
                return Err(PyErr::value_error(
                    "memoryview: number of dimensions must not exceed 64",
                ));
            }
            let mut out = Vec::with_capacity(dims.len());
            for d in dims {
                let Value::Int(n) = d else {
                    return Err(PyErr::type_error(
                        "memoryview.cast(): elements of shape must be integers",
                    ));
                };
                if n <= 0 {
                    return Err(PyErr::value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
                out.push(n as usize);
            }
            let product = out
                .iter()
                .try_fold(format.size, |acc, &n| acc.checked_mul(n));
            if product != Some(nbytes) {
                return Err(PyErr::type_error(
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            out
        }
    };
    // C-order strides for the new shape.
    let mut strides = vec![0isize; new_shape.len()];
    let mut step = format.size as isize;
    for (d, &n) in new_shape.iter().enumerate().rev() {
        strides[d] = step;
        step *= n as isize;
    }
    let view = MemoryViewObj {
        obj: m.obj,
        released: Default::default(),
        hash: Default::default(),
        readonly: m.readonly,
        format,
        offset: m.offset,
        shape: new_shape,
        strides,
    };
    Ok(new_view(vm, view))
}

fn release_view(vm: &mut Vm, m: &MemoryViewObj) {
    if !m.released.replace(true) {
        if let Value::Obj(e) = m.obj {
            vm.heap.remove_export(e);
        }
    }
}

fn release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("release", &args[1..], 0, 0)?;
    if let Some(m) = view_of(args[0]) {
        release_view(vm, m);
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(m) = view_of(args[0]) {
        release_view(vm, m);
    }
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("toreadonly", &args[1..], 0, 0)?;
    let m = this(vm, args[0])?;
    let view = MemoryViewObj {
        obj: m.obj,
        released: Default::default(),
        hash: Default::default(),
        readonly: true,
        format: m.format,
        offset: m.offset,
        shape: m.shape.clone(),
        strides: m.strides.clone(),
    };
    Ok(new_view(vm, view))
}

fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = this(vm, args[0])?;
    Ok(Value::Int(view_len(m)? as i64))
}

/// `len(m)`: items along the first dimension.
pub fn view_len(m: &MemoryViewObj) -> PyResult<usize> {
    live(m)?;
    m.shape
        .first()
        .copied()
        .ok_or_else(|| PyErr::type_error("0-dim memory has no length"))
}

/// The items of a one-dimensional view, for iteration.
pub fn iter_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let m = this(vm, v)?;
    match m.shape.len() {
        0 => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        1 => {
            let mut out = Vec::with_capacity(m.shape[0]);
            for i in 0..m.shape[0] {
                out.push(read_item(vm, m, m.position(&[i]))?);
            }
            Ok(out)
        }
        _ => Err(PyErr::not_implemented(
            "multi-dimensional sub-views are not implemented".to_string(),
        )),
    }
}

/// `m == other`: equal when `other` exports a buffer of the same shape whose
/// items compare equal one by one (whatever the two formats are). None when
/// `a` is not a memoryview.
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    let Some(m) = view_of(a) else {
        return Ok(None);
    };
    // A released view equals only itself; otherwise items are compared even with
    // itself (a NaN item makes a view unequal to itself).
    if m.released.get() || view_of(b).is_some_and(|o| o.released.get()) {
        return Ok(Some(a.as_obj() == b.as_obj()));
    }
    if !comparable(&m.format) {
        return Ok(Some(false));
    }
    let other = match view_of(b) {
        Some(_) => b,
        None if exporter_layout(Vm::unboxed(b)).is_some() => view_of_object(vm, b)?,
        None => return Ok(None),
    };
    let o = view_of(other).expect("a view");
    let unpackable = comparable(&o.format);
    let r = if o.shape != m.shape || !unpackable {
        Ok(false)
    } else {
        items_equal(vm, m, o)
    };
    if view_of(b).is_none() {
        release_view(vm, o);
    }
    r.map(Some)
}

/// Can the items of `f` be compared? Native formats, and the byte-order
/// prefixed ones `struct` reads (as CPython compares through `struct`).
fn comparable(f: &Format) -> bool {
    f.can_unpack() || f.standard_item().is_some()
}

/// The item at byte position `p` for a comparison (see `comparable`).
fn compared_item(vm: &mut Vm, m: &MemoryViewObj, p: usize) -> PyResult<Value> {
    let Some((native, big)) = m.format.standard_item() else {
        return read_item(vm, m, p);
    };
    let size = m.format.size;
    let s = with_bytes(m.obj, |b| {
        b.get(p..p + size).and_then(|x| {
            let mut x = x.to_vec();
            if big {
                x.reverse();
            }
            native.unpack(&x)
        })
    })
    .flatten()
    .ok_or_else(gone)?;
    scalar_value(vm, m, Some(s))
}

/// Item-by-item equality of two views of the same shape.
fn items_equal(vm: &mut Vm, m: &MemoryViewObj, o: &MemoryViewObj) -> PyResult<bool> {
    for (p, q) in m.positions().into_iter().zip(o.positions()) {
        let x = compared_item(vm, m, p)?;
        let y = compared_item(vm, o, q)?;
        // Fresh values in CPython: no identity shortcut (a NaN item is unequal).
        let item_eq = match crate::vm::fastpath::fast_compare(crate::bytecode::CmpOp::Eq, x, y) {
            Some(r) => r,
            None => vm.eq(x, y)?,
        };
        if !item_eq {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `hash(m)`: that of its bytes, for read-only views of byte formats whose
/// exporter is hashable. Computed once: a released view still answers.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(h) = view_of(v).and_then(|m| m.hash.get()) {
        return Ok(h);
    }
    let m = this(vm, v)?;
    if !m.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format.code, 'B' | 'b' | 'c') {
        return Err(PyErr::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    if !matches!(m.obj.payload(), Some(Payload::Bytes(_))) {
        vm.hash(m.obj)?;
    }
    let b = view_bytes(m)?;
    let b = vm.new_bytes(b);
    let h = vm.hash(b)?;
    m.hash.set(Some(h));
    Ok(h)
}

/// `repr(m)`
pub fn repr(o: ObjRef) -> String {
    let released = view_of(Value::Obj(o)).is_some_and(|m| m.released.get());
    if released {
        format!("<released memory at {:#x}>", o.addr())
    } else {
        format!("<memory at {:#x}>", o.addr())
    }
}

fn shape_tuple(vm: &mut Vm, xs: Vec<i64>) -> Value {
    let items = xs.into_iter().map(Value::Int).collect();
    vm.new_tuple(items)
}

/// Register the methods and attributes of `memoryview`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__len__", len),
        ("__iter__", |vm, a, _| {
            this(vm, a[0])?;
            vm.get_iter_builtin(a[0])
        }),
        ("__delitem__", |vm, a, _| {
            this(vm, a[0])?;
            Err(PyErr::type_error("cannot delete memory"))
        }),
        ("__enter__", enter),
        ("__exit__", exit),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("hex", hex),
        ("cast", cast),
        ("release", release),
        ("toreadonly", toreadonly),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
    let getters: &[(&'static str, crate::objects::NativeFn)] = &[
        ("obj", |vm, a, _| Ok(this(vm, a[0])?.obj)),
        ("nbytes", |vm, a, _| {
            Ok(Value::Int(this(vm, a[0])?.nbytes() as i64))
        }),
        ("readonly", |vm, a, _| {
            Ok(Value::Bool(this(vm, a[0])?.readonly))
        }),
        ("itemsize", |vm, a, _| {
            Ok(Value::Int(this(vm, a[0])?.format.size as i64))
        }),
        ("format", |vm, a, _| {
            let f = this(vm, a[0])?.format.as_str();
            Ok(vm.new_str(f))
        }),
        ("ndim", |vm, a, _| {
            Ok(Value::Int(this(vm, a[0])?.shape.len() as i64))
        }),
        ("shape", |vm, a, _| {
            let s = this(vm, a[0])?.shape.iter().map(|&n| n as i64).collect();
            Ok(shape_tuple(vm, s))
        }),
        ("strides", |vm, a, _| {
            let s = this(vm, a[0])?.strides.iter().map(|&n| n as i64).collect();
            Ok(shape_tuple(vm, s))
        }),
        ("suboffsets", |vm, a, _| {
            this(vm, a[0])?;
            Ok(shape_tuple(vm, Vec::new()))
        }),
        ("c_contiguous", |vm, a, _| {
            Ok(Value::Bool(this(vm, a[0])?.c_contiguous()))
        }),
        ("f_contiguous", |vm, a, _| {
            Ok(Value::Bool(this(vm, a[0])?.f_contiguous()))
        }),
        ("contiguous", |vm, a, _| {
            let m = this(vm, a[0])?;
            Ok(Value::Bool(m.c_contiguous() || m.f_contiguous()))
        }),
        ("released", |_, a, _| {
            Ok(Value::Bool(view_of(a[0]).is_some_and(|m| m.released.get())))
        }),
    ];
    for (n, f) in getters {
        vm.add_getter(t, n, *f);
    }
}
