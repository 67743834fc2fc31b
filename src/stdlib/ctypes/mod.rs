//! `_ctypes`: the native part of `ctypes` (which is `modules/ctypes/`).
//!
//! Split of the work: the C side (libraries, call interfaces) is the
//! `pyjit-ffi` crate; this module owns C memory and the foreign-call path; the
//! Python package builds ctypes' type system (simple types, arrays, pointers,
//! structures) on top, as classes derived from the native `_CData`.
//!
//! Memory: every ctypes instance is an object of a class derived from `_CData`
//! whose payload is a [`CDataObj`]: a pointer and size, the aligned storage when
//! the object owns its memory, and `base` (the object whose memory a view such
//! as a structure field or `from_address` result lives in, kept alive by it).
//! Storage never moves (the GC does not move objects), so addresses handed to C
//! stay valid while the object lives. Bytes a `c_char_p` stored in ctypes
//! memory points at are copied NUL-terminated into `keep`, owned by the
//! object; a `c_char_p` argument of a foreign call points at a copy that lives
//! as long as the bytes object (`Heap::c_copy`).
//!
//! The natives here read and write values by the one-letter codes of the simple
//! types (`convert`), at an offset inside an object's memory, checked against
//! its size. Arrays of and pointers to simple types have native item methods
//! (`Array.__getitem__` is `_ctypes._array_getitem`), and the dispatch loop
//! reads and writes their items directly while their class keeps those
//! methods (`get_item_fast`, validated by the type epoch).
//!
//! Foreign calls are `func`; callbacks (C calling Python) are `callback`.
//!
//! Reading and writing C memory is unsafe by nature; this module (unlike the
//! rest of `stdlib`) allows `unsafe`, each block with its `SAFETY:` reason.
#![allow(unsafe_code)]

pub mod callback;
pub mod convert;
pub mod func;

use std::cell::Cell;

use pyjit_ffi::CType;

use crate::builtins::check_args;
use crate::objects::object::Mut;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The memory of a ctypes instance.
pub struct CDataObj {
    /// Address of the first byte.
    pub ptr: Cell<usize>,
    /// Size in bytes.
    pub size: Cell<usize>,
    /// Storage when the object owns its memory (8-byte aligned words).
    owned: Mut<Vec<u64>>,
    /// The object whose memory this one is part of (None when owning).
    pub base: Cell<Value>,
    /// Objects kept alive for C (what CPython keeps in `_objects`).
    pub objects: Cell<Value>,
    /// NUL-terminated copies of bytes/str values stored as pointers.
    keep: Mut<Vec<Box<[u8]>>>,
    /// Made by `from_buffer`: `base` counts this object as a buffer export
    /// (so it cannot resize under it) until the collector frees this object.
    pub exporting: Cell<bool>,
    /// For an array of (or a pointer to) a simple type, its element type,
    /// element size and length (`i64::MAX` for a pointer), read from the
    /// class on the first item access (these classes are final once made).
    array: Cell<Option<ArrayShape>>,
    /// `Vm::type_epoch` when the class's `__getitem__` and `__setitem__`
    /// were found to be the native ones of `array` (so the dispatch loop may
    /// read and write items directly); 0 when not known.
    native_items: Cell<u64>,
}

/// What a ctypes instance learnt about its class's items (`array` and
/// `native_items`): instances of one class made in a row (a callback's
/// arguments) start from the previous one's.
#[derive(Clone, Copy, Default)]
pub struct ItemCache(Option<ArrayShape>, u64);

impl CDataObj {
    /// See `ItemCache`.
    pub fn item_cache(&self) -> ItemCache {
        ItemCache(self.array.get(), self.native_items.get())
    }

    /// Start from what another instance of the same class learnt.
    pub fn set_item_cache(&self, c: ItemCache) {
        self.array.set(c.0);
        self.native_items.set(c.1);
    }
}

/// See `CDataObj::array`.
#[derive(Clone, Copy)]
struct ArrayShape {
    code: char,
    ty: CType,
    size: i64,
    len: i64,
}

impl CDataObj {
    /// Zeroed memory of `size` bytes owned by the object.
    pub fn owning(size: usize) -> CDataObj {
        let mut words = vec![0u64; size.div_ceil(8).max(1)];
        let ptr = words.as_mut_ptr() as usize;
        CDataObj {
            ptr: Cell::new(ptr),
            size: Cell::new(size),
            owned: Mut::new(words),
            base: Cell::new(Value::None),
            objects: Cell::new(Value::None),
            keep: Mut::new(Vec::new()),
            exporting: Cell::new(false),
            array: Cell::new(None),
            native_items: Cell::new(0),
        }
    }

    /// A view of `size` bytes at `addr`, inside `base`'s memory (or foreign).
    pub fn view(addr: usize, size: usize, base: Value) -> CDataObj {
        CDataObj {
            ptr: Cell::new(addr),
            size: Cell::new(size),
            owned: Mut::new(Vec::new()),
            base: Cell::new(base),
            objects: Cell::new(Value::None),
            keep: Mut::new(Vec::new()),
            exporting: Cell::new(false),
            array: Cell::new(None),
            native_items: Cell::new(0),
        }
    }

    /// Call `f` on every heap reference.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.base.get());
        f(self.objects.get());
    }

    /// The object's memory (what its buffer exports).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` addresses `size` bytes that live as long as the object
        // (owned storage, or `base`'s memory kept alive by it, or C memory the
        // program vouched for with from_address).
        unsafe { std::slice::from_raw_parts(self.ptr.get() as *const u8, self.size.get()) }
    }

    /// The object's memory, writable.
    #[allow(clippy::mut_from_ref)]
    pub fn bytes_mut(&self) -> &mut [u8] {
        // SAFETY: as for `bytes`; the VM is single-threaded and callers do not
        // hold another reference to this memory while writing.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.get() as *mut u8, self.size.get()) }
    }

    /// The address `offset` bytes in, if `len` bytes fit there.
    fn at(&self, offset: i64, len: usize) -> PyResult<usize> {
        if offset < 0 || offset as usize + len > self.size.get() {
            return Err(PyErr::value_error(format!(
                "ctypes memory access out of range: {len} bytes at offset {offset} of {}",
                self.size.get()
            )));
        }
        Ok(self.ptr.get() + offset as usize)
    }

    /// Resize owned memory to `size` bytes (contents kept, new bytes zero;
    /// shrinking keeps the storage).
    fn resize(&self, size: usize) {
        let words = self.owned.get();
        let old = self.size.get();
        if size > words.len() * 8 {
            let mut bigger = vec![0u64; size.div_ceil(8).max(1)];
            // SAFETY: both regions are valid for `old` bytes and do not overlap.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    self.ptr.get() as *const u8,
                    bigger.as_mut_ptr() as *mut u8,
                    old,
                )
            };
            self.ptr.set(bigger.as_mut_ptr() as usize);
            *words = bigger;
        } else if size > old {
            // Growing back within the storage: the bytes gained read as zero.
            // SAFETY: the storage has room for `size` bytes.
            unsafe { std::ptr::write_bytes((self.ptr.get() + old) as *mut u8, 0, size - old) };
        }
        self.size.set(size);
    }
}

/// `bytes` followed by `zeros` zero bytes (a C string's terminator).
fn terminated(bytes: &[u8], zeros: usize) -> Box<[u8]> {
    let mut v = Vec::with_capacity(bytes.len() + zeros);
    v.extend_from_slice(bytes);
    v.resize(bytes.len() + zeros, 0);
    v.into_boxed_slice()
}

impl CDataObj {
    /// Keep `copy` (a C string) as long as this object; its address.
    fn keep(&self, copy: Box<[u8]>) -> usize {
        let addr = copy.as_ptr() as usize;
        self.keep.get().push(copy);
        addr
    }
}

/// The memory of a ctypes instance `v`, or TypeError.
pub fn cdata(vm: &Vm, v: Value) -> PyResult<&'static CDataObj> {
    v.as_obj()
        .and_then(crate::objects::object::extend_cdata)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "expected a ctypes instance, not {}",
                vm.type_name(v)
            ))
        })
}

/// A code argument: a one-character str naming a simple type.
fn code_arg(vm: &Vm, v: Value) -> PyResult<(char, CType)> {
    let c = match v.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => s.char_at(0),
        _ => {
            return Err(PyErr::type_error(format!(
                "a type code is required, not {}",
                vm.type_name(v)
            )))
        }
    };
    let ty = convert::ctype_of(c)
        .ok_or_else(|| PyErr::value_error(format!("unknown ctypes type code '{c}'")))?;
    Ok((c, ty))
}

/// `_get(obj, offset, code)`: the value of type `code` at `offset` in `obj`.
fn get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_get", args, 3, 3)?;
    let m = cdata(vm, args[0])?;
    let offset = vm.to_index(args[1])?;
    let (code, ty) = code_arg(vm, args[2])?;
    let p = m.at(offset, ty.size())?;
    read_value(vm, p, code, ty)
}

/// The Python value of type `code` stored at `p`.
pub fn read_value(vm: &mut Vm, p: usize, code: char, ty: CType) -> PyResult<Value> {
    // SAFETY: callers pass an address inside a live object's memory with room
    // for `ty`, or an address C gave for that type.
    let raw = unsafe { convert::read_int(p as *const u8, ty) };
    Ok(match code {
        '?' => Value::Bool(raw != 0),
        'c' => vm.new_bytes(vec![raw as u8]),
        'u' => vm.char_str(char::from_u32(raw as u32).unwrap_or('\u{FFFD}')),
        'f' => Value::Float(f32::from_bits(raw as u32) as f64),
        'd' | 'g' => Value::Float(f64::from_bits(raw as u64)),
        'z' if raw == 0 => Value::None,
        // SAFETY: a non-NULL c_char_p points at a NUL-terminated string.
        'z' => vm.new_bytes(unsafe { convert::c_string(raw as usize) }),
        'Z' if raw == 0 => Value::None,
        // SAFETY: a non-NULL c_wchar_p points at a NUL-terminated wide string.
        'Z' => vm.new_str(unsafe { convert::c_wstring(raw as usize) }),
        'P' if raw == 0 => Value::None,
        'P' => convert::int_value(vm, CType::U64, raw),
        _ => convert::int_value(vm, ty, raw),
    })
}

/// `_set(obj, offset, code, value)`: store `value` as type `code`.
fn set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_set", args, 4, 4)?;
    let m = cdata(vm, args[0])?;
    let offset = vm.to_index(args[1])?;
    let (code, ty) = code_arg(vm, args[2])?;
    let p = m.at(offset, ty.size())?;
    let bits = value_bits(vm, Some(m), code, ty, args[3])?;
    // SAFETY: `p` has room for `ty` (checked by `at`).
    unsafe { convert::write_int(p as *mut u8, ty, bits) };
    Ok(Value::None)
}

/// The bits to store for `v` as type `code`, with CPython's conversions and
/// messages. For the pointer codes, bytes and str values are copied
/// NUL-terminated: into `owner`'s keep list when storing into ctypes memory,
/// or (`owner` None: a foreign-call argument) into a copy that lives as long
/// as the bytes/str object itself (`Heap::c_copy`), so that C keeping the
/// pointer past the call (strtol's end pointer) still sees the text.
pub fn value_bits(
    vm: &mut Vm,
    owner: Option<&CDataObj>,
    code: char,
    ty: CType,
    v: Value,
) -> PyResult<i64> {
    Ok(match code {
        '?' => vm.truthy(v)? as i64,
        'c' => convert::char_byte(vm, v)? as i64,
        'u' => convert::wchar(vm, v)? as i64,
        'f' => (convert::real(vm, v)? as f32).to_bits() as i64,
        'd' | 'g' => convert::real(vm, v)?.to_bits() as i64,
        'z' => match v.payload() {
            Some(Payload::Bytes(b)) => match owner {
                Some(owner) => {
                    owner.objects.set(v);
                    owner.keep(terminated(b, 1)) as i64
                }
                None => {
                    let o = v.as_obj().expect("bytes are objects");
                    vm.heap.c_copy(o, || terminated(b, 1)) as i64
                }
            },
            _ if v.is_none() => 0,
            _ if matches!(Vm::unboxed(v), Value::Int(_) | Value::Bool(_)) || is_bigint(v) => {
                convert::wrapped_int(vm, v)?
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "bytes or integer address expected instead of {} instance",
                    vm.type_name(v)
                )))
            }
        },
        'Z' => match v.payload() {
            Some(Payload::Str(s)) => {
                let units = || -> Box<[u8]> {
                    let units: Vec<u8> = s
                        .as_str()
                        .chars()
                        .flat_map(|c| (c as u32).to_ne_bytes())
                        .collect();
                    terminated(&units, 4)
                };
                match owner {
                    Some(owner) => {
                        owner.objects.set(v);
                        owner.keep(units()) as i64
                    }
                    None => {
                        let o = v.as_obj().expect("strs are objects");
                        vm.heap.c_copy(o, units) as i64
                    }
                }
            }
            _ if v.is_none() => 0,
            _ if matches!(Vm::unboxed(v), Value::Int(_) | Value::Bool(_)) || is_bigint(v) => {
                convert::wrapped_int(vm, v)?
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "unicode string or integer address expected instead of {} instance",
                    vm.type_name(v)
                )))
            }
        },
        'P' => match Vm::unboxed(v) {
            Value::None => 0,
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ if is_bigint(v) => convert::wrapped_int(vm, v)?,
            _ => return Err(PyErr::type_error("cannot be converted to pointer")),
        },
        _ => {
            let _ = ty;
            convert::wrapped_int(vm, v)?
        }
    })
}

fn is_bigint(v: Value) -> bool {
    matches!(Vm::unboxed(v).payload(), Some(Payload::Int(_)))
}

/// `addressof(obj)`.
fn addressof(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("addressof", args, 1, 1)?;
    let m = cdata(vm, args[0]).map_err(|_| PyErr::type_error("invalid type"))?;
    Ok(convert::int_value(vm, CType::U64, m.ptr.get() as i64))
}

/// `_size(obj)`: the size of an instance's memory.
fn size(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_size", args, 1, 1)?;
    Ok(Value::Int(cdata(vm, args[0])?.size.get() as i64))
}

/// `_raw(obj)`: a copy of an instance's memory as bytes.
fn raw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_raw", args, 1, 1)?;
    let m = cdata(vm, args[0])?;
    // SAFETY: the object's memory is `size` readable bytes.
    let b = unsafe { std::slice::from_raw_parts(m.ptr.get() as *const u8, m.size.get()) };
    Ok(vm.new_bytes(b.to_vec()))
}

/// `_write(obj, offset, data)`: copy the bytes of the buffer `data` (bytes, or
/// a ctypes instance's memory) into `obj` at `offset`.
fn write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_write", args, 3, 3)?;
    let m = cdata(vm, args[0])?;
    let offset = vm.to_index(args[1])?;
    let data = crate::builtins::memoryview::buffer_bytes(args[2])
        .ok_or_else(|| PyErr::type_error("a bytes-like object is required"))?;
    let p = m.at(offset, data.len())?;
    // SAFETY: `p` has room for `data` (checked by `at`); `data` is a copy, so
    // the regions cannot overlap.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), p as *mut u8, data.len()) };
    Ok(Value::None)
}

/// The element type, element size and length of array `arr` (with memory
/// `m`) when its elements are of a simple type (`_elem_code_` of its class).
fn array_shape(vm: &mut Vm, m: &CDataObj, arr: Value) -> PyResult<Option<ArrayShape>> {
    if let Some(shape) = m.array.get() {
        return Ok(Some(shape));
    }
    let cls = Value::Obj(vm.type_of(arr));
    let k = vm.names._elem_code_;
    let Some((code, ty)) = vm.getattr_opt(cls, k)?.and_then(|v| match v.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => {
            let c = s.char_at(0);
            convert::ctype_of(c).map(|t| (c, t))
        }
        _ => None,
    }) else {
        return Ok(None);
    };
    let k = vm.names._elem_size_;
    let size = match vm.getattr_opt(cls, k)? {
        Some(v) => vm.to_index(v)?,
        None => return Ok(None),
    };
    let k = vm.names._length_;
    let len = match vm.getattr_opt(cls, k)? {
        Some(v) => vm.to_index(v)?,
        None => i64::MAX, // a pointer
    };
    let shape = ArrayShape {
        code,
        ty,
        size,
        len,
    };
    m.array.set(Some(shape));
    Ok(Some(shape))
}

/// The Python fallback `name` of an array class, called with `args`.
fn array_slow(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let cls = Value::Obj(vm.type_of(args[0]));
    let k = vm.intern(name);
    let f = vm.getattr(cls, k)?;
    vm.call(f, args, &[])
}

/// The address of item `i` (negative: from the end) of an array of `len`
/// items of `size` bytes in `m`; IndexError outside it.
fn array_item_addr(m: &CDataObj, i: i64, size: i64, len: i64, ty: CType) -> PyResult<usize> {
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::index_error("invalid index"));
    }
    m.at(j * size, ty.size())
}

/// For `arr[i]` (memory `m`) when its elements are of a simple type whose
/// code is not in `slow` (those take the Python path): the item's address
/// and the array's shape.
fn array_item(
    vm: &mut Vm,
    m: &CDataObj,
    arr: Value,
    i: i64,
    slow: &[char],
) -> PyResult<Option<(usize, ArrayShape)>> {
    let Some(shape) = array_shape(vm, m, arr)? else {
        return Ok(None);
    };
    if slow.contains(&shape.code) {
        return Ok(None);
    }
    let p = array_item_addr(m, i, shape.size, shape.len, shape.ty)?;
    Ok(Some((p, shape)))
}

/// `Array.__getitem__`: an int index into an array of a simple type is read
/// here; anything else goes to the Python `_getitem_slow`.
fn array_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__getitem__", &args[1..], 1, 1)?;
    if let Value::Int(i) = args[1] {
        let m = cdata(vm, args[0])?;
        if let Some((p, s)) = array_item(vm, m, args[0], i, &['c', 'u'])? {
            return read_value(vm, p, s.code, s.ty);
        }
    }
    array_slow(vm, "_getitem_slow", args)
}

/// `Array.__setitem__`: as `array_getitem`, for stores.
fn array_setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__setitem__", &args[1..], 2, 2)?;
    if let Value::Int(i) = args[1] {
        let m = cdata(vm, args[0])?;
        if let Some((p, ArrayShape { code, ty, .. })) =
            array_item(vm, m, args[0], i, &['c', 'u', 'z', 'Z'])?
        {
            let bits = value_bits(vm, Some(m), code, ty, args[2])?;
            // SAFETY: `p` has room for `ty` (checked by `at`).
            unsafe { convert::write_int(p as *mut u8, ty, bits) };
            return Ok(Value::None);
        }
    }
    array_slow(vm, "_setitem_slow", args)
}

/// Are `obj`'s item methods the native array or pointer ones (`kind` tells
/// which), with a cached shape? Checked once per class change (type epoch).
fn native_items(vm: &mut Vm, obj: Value, m: &CDataObj) -> PyResult<Option<(bool, ArrayShape)>> {
    let epoch = vm.type_epoch.get() + 1;
    if m.native_items.get() != epoch {
        let ty = vm.type_of(obj);
        let is = |f: Option<Value>, native: crate::objects::NativeFn| {
            let func = f.and_then(|f| match f.payload() {
                Some(Payload::Builtin(b)) => Some(b.func as usize),
                _ => None,
            });
            func == Some(native as usize)
        };
        let get = vm.lookup_in_mro(ty, vm.names.__getitem__);
        let set = vm.lookup_in_mro(ty, vm.names.__setitem__);
        let array = is(get, array_getitem) && is(set, array_setitem);
        let pointer = is(get, pointer_getitem) && is(set, pointer_setitem);
        if !array && !pointer {
            return Ok(None);
        }
        if array_shape(vm, m, obj)?.is_none() {
            return Ok(None);
        }
        m.native_items.set(epoch);
    }
    let shape = m.array.get().expect("cached with native_items");
    Ok(Some((shape.len != i64::MAX, shape)))
}

/// `obj[i]` from the dispatch loop for a ctypes array or pointer whose class
/// uses the native item methods; None to take the general path.
pub fn get_item_fast(vm: &mut Vm, obj: Value, m: &CDataObj, i: i64) -> PyResult<Option<Value>> {
    let Some((is_array, shape)) = native_items(vm, obj, m)? else {
        return Ok(None);
    };
    let ArrayShape {
        code,
        ty,
        size,
        len,
    } = shape;
    if is_array {
        if code == 'c' || code == 'u' {
            return Ok(None);
        }
        let p = array_item_addr(m, i, size, len, ty)?;
        return read_value(vm, p, code, ty).map(Some);
    }
    match pointer_item(vm, &[obj, Value::Int(i)])? {
        Some((p, _)) => read_value(vm, p, code, ty).map(Some),
        None => Ok(None),
    }
}

/// `obj[i] = v` from the dispatch loop (see `get_item_fast`); false to take
/// the general path.
pub fn set_item_fast(vm: &mut Vm, obj: Value, m: &CDataObj, i: i64, v: Value) -> PyResult<bool> {
    let Some((is_array, shape)) = native_items(vm, obj, m)? else {
        return Ok(false);
    };
    if matches!(shape.code, 'c' | 'u' | 'z' | 'Z') {
        return Ok(false);
    }
    let args = [obj, Value::Int(i), v];
    if is_array {
        array_setitem(vm, &args, &[])?;
    } else {
        pointer_setitem(vm, &args, &[])?;
    }
    Ok(true)
}

/// `_Pointer.__getitem__`: an int index through a pointer to a simple type
/// is read here; anything else goes to the Python `_getitem_slow`.
fn pointer_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__getitem__", &args[1..], 1, 1)?;
    if let Some(p) = pointer_item(vm, args)? {
        let ArrayShape { code, ty, .. } = p.1;
        return read_value(vm, p.0, code, ty);
    }
    array_slow(vm, "_getitem_slow", args)
}

/// `_Pointer.__setitem__`: as `pointer_getitem`, for stores.
fn pointer_setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__setitem__", &args[1..], 2, 2)?;
    if let Some((p, ArrayShape { code, ty, .. })) = pointer_item(vm, args)? {
        if !matches!(code, 'z' | 'Z') {
            let m = cdata(vm, args[0])?;
            let bits = value_bits(vm, Some(m), code, ty, args[2])?;
            // SAFETY: the program vouches for the memory a pointer points at
            // (ctypes' contract, as in CPython).
            unsafe { convert::write_int(p as *mut u8, ty, bits) };
            return Ok(Value::None);
        }
    }
    array_slow(vm, "_setitem_slow", args)
}

/// For `pointer[i]` with an int `i` and a pointer to a simple type: the
/// item's address and type. None for the slow path (which also raises the
/// NULL pointer error).
fn pointer_item(vm: &mut Vm, args: &[Value]) -> PyResult<Option<(usize, ArrayShape)>> {
    let Value::Int(i) = args[1] else {
        return Ok(None);
    };
    let m = cdata(vm, args[0])?;
    let Some(shape) = array_shape(vm, m, args[0])? else {
        return Ok(None);
    };
    let held = m.at(0, 8)?;
    // SAFETY: a pointer instance's memory holds one pointer (checked by `at`).
    let addr = unsafe { convert::read_int(held as *const u8, CType::Pointer) } as usize;
    if addr == 0 {
        return Ok(None);
    }
    Ok(Some((
        addr.wrapping_add(i.wrapping_mul(shape.size) as usize),
        shape,
    )))
}

/// `_memmove(dst, src, n)` on raw addresses (the program vouches for them, as
/// with CPython's ctypes.memmove).
fn memmove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("memmove", args, 3, 3)?;
    let dst = convert::wrapped_int(vm, args[0])? as usize;
    let src = convert::wrapped_int(vm, args[1])? as usize;
    let n = vm.to_index(args[2])?.max(0) as usize;
    // SAFETY: the addresses come from the program, which vouches for them
    // exactly as it does with C's memmove.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n) };
    Ok(convert::int_value(vm, CType::U64, dst as i64))
}

/// `_memset(dst, c, n)` on a raw address.
fn memset(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("memset", args, 3, 3)?;
    let dst = convert::wrapped_int(vm, args[0])? as usize;
    let c = convert::wrapped_int(vm, args[1])? as u8;
    let n = vm.to_index(args[2])?.max(0) as usize;
    // SAFETY: as for memmove.
    unsafe { std::ptr::write_bytes(dst as *mut u8, c, n) };
    Ok(convert::int_value(vm, CType::U64, dst as i64))
}

/// `_string_at(address, size)`: `size` bytes at `address`, or up to the NUL
/// when `size` is -1.
fn string_at(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("string_at", args, 2, 2)?;
    let addr = convert::wrapped_int(vm, args[0])? as usize;
    let size = vm.to_index(args[1])?;
    let bytes = if size < 0 {
        // SAFETY: the program vouches for a NUL-terminated string at `addr`.
        unsafe { convert::c_string(addr) }
    } else {
        // SAFETY: the program vouches for `size` readable bytes at `addr`.
        unsafe { std::slice::from_raw_parts(addr as *const u8, size as usize) }.to_vec()
    };
    Ok(vm.new_bytes(bytes))
}

/// `_wstring_at(address, size)`: `size` wide characters, or up to the NUL.
fn wstring_at(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("wstring_at", args, 2, 2)?;
    let addr = convert::wrapped_int(vm, args[0])? as usize;
    let size = vm.to_index(args[1])?;
    let text = if size < 0 {
        // SAFETY: the program vouches for a NUL-terminated wide string.
        unsafe { convert::c_wstring(addr) }
    } else {
        // SAFETY: the program vouches for `size` wide characters at `addr`.
        let units = unsafe { std::slice::from_raw_parts(addr as *const u32, size as usize) };
        units
            .iter()
            .map(|&u| char::from_u32(u).unwrap_or('\u{FFFD}'))
            .collect()
    };
    Ok(vm.new_str(text))
}

/// `_view(cls, address, base)`: an instance of `cls` over memory at `address`
/// (of `cls._size_` bytes), keeping `base` alive.
fn view(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_view", args, 3, 3)?;
    let cls = args[0]
        .as_obj()
        .filter(|c| c.as_type().is_some())
        .ok_or_else(|| PyErr::type_error("_view() needs a ctypes type"))?;
    let size = class_size(vm, cls)?;
    let addr = convert::wrapped_int(vm, args[1])? as usize;
    let obj = CDataObj::view(addr, size, args[2]);
    Ok(Value::Obj(vm.alloc(cls, Payload::CData(Box::new(obj)))))
}

/// `_from_buffer(cls, source, offset)`: an instance of `cls` sharing the memory
/// of a writable buffer (bytearray, array), which cannot be resized while the
/// instance lives.
fn from_buffer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("from_buffer", args, 3, 3)?;
    let cls = args[0]
        .as_obj()
        .filter(|c| c.as_type().is_some())
        .ok_or_else(|| PyErr::type_error("from_buffer() needs a ctypes type"))?;
    let size = class_size(vm, cls)?;
    let mut source = Vm::unboxed(args[1]);
    let offset = vm.to_index(args[2])?;
    if offset < 0 {
        return Err(PyErr::value_error("offset cannot be negative"));
    }
    // A memoryview lends its part of its exporter's memory.
    let mut window = None;
    if let Some(mv) = crate::builtins::memoryview::view_of(source) {
        crate::builtins::memoryview::live(mv)?;
        if mv.readonly {
            return Err(PyErr::type_error("underlying buffer is not writable"));
        }
        if !mv.c_contiguous() {
            return Err(PyErr::type_error("underlying buffer is not C contiguous"));
        }
        window = Some((mv.offset, mv.nbytes()));
        source = mv.obj;
    }
    let Some((addr, len)) = crate::objects::buffer::with_bytes_mut(source, |b| match window {
        Some((start, n)) => (b.as_mut_ptr() as usize + start, n),
        None => (b.as_mut_ptr() as usize, b.len()),
    }) else {
        return Err(match crate::objects::buffer::exporter_layout(source) {
            Some(_) => PyErr::type_error("underlying buffer is not writable"),
            None => PyErr::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(args[1])
            )),
        });
    };
    if (len as i64) < offset + size as i64 {
        return Err(PyErr::value_error(format!(
            "Buffer size too small ({len} instead of at least {} bytes)",
            offset as usize + size
        )));
    }
    let exporter = source.as_obj().expect("a buffer exporter is a heap object");
    let obj = CDataObj::view(addr + offset as usize, size, source);
    obj.exporting.set(true);
    vm.heap.add_export(exporter);
    Ok(Value::Obj(vm.alloc(cls, Payload::CData(Box::new(obj)))))
}

/// `_resize(obj, size)`: grow an owning instance's memory.
fn resize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("resize", args, 2, 2)?;
    let m = cdata(vm, args[0]).map_err(|_| PyErr::type_error("excepted ctypes instance"))?;
    let size = vm.to_index(args[1])?;
    let min = class_size(vm, args[0].as_obj().expect("an instance").ty())?;
    if size < min as i64 {
        return Err(PyErr::value_error(format!("minimum size is {min}")));
    }
    if m.owned.get().is_empty() {
        return Err(PyErr::value_error(
            "Memory cannot be resized because this object doesn't own it",
        ));
    }
    m.resize(size as usize);
    Ok(Value::None)
}

/// `_keep(obj, value)`: keep `value` alive as long as `obj`: `_objects` is
/// then a dict by `id(value)`, as CPython's for cast results.
fn keep(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_keep", args, 2, 2)?;
    let m = cdata(vm, args[0])?;
    let Value::Obj(kept) = args[1] else {
        return Ok(Value::None); // not a heap object: nothing to keep alive
    };
    let dict = match m.objects.get() {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => o,
        _ => {
            let d = vm.new_dict();
            m.objects.set(Value::Obj(d));
            d
        }
    };
    vm.dict_set(dict, Value::Int(kept.addr() as i64), args[1])?;
    Ok(Value::None)
}

/// `_objects(obj)`: the objects kept alive for `obj` (None when there are none).
fn objects(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_objects", args, 1, 1)?;
    Ok(cdata(vm, args[0])?.objects.get())
}

/// `_base(obj)`: the object whose memory `obj` is a view of, or None.
fn base(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_base", args, 1, 1)?;
    Ok(cdata(vm, args[0])?.base.get())
}

/// `_owns(obj)`: does `obj` own its memory?
fn owns(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_owns", args, 1, 1)?;
    Ok(Value::Bool(!cdata(vm, args[0])?.owned.get().is_empty()))
}

/// `_size_` of a ctypes class (TypeError "abstract class" without one).
pub fn class_size(vm: &mut Vm, cls: ObjRef) -> PyResult<usize> {
    let name = vm.intern("_size_");
    match vm.getattr_opt(Value::Obj(cls), name)? {
        Some(v) => Ok(vm.to_index(v)?.max(0) as usize),
        None => Err(PyErr::type_error("abstract class")),
    }
}

/// `_CData.__new__(cls, ...)`: zeroed memory of `cls._size_` bytes.
pub fn new_payload(vm: &mut Vm, cls: ObjRef) -> PyResult<Payload> {
    let size = class_size(vm, cls)?;
    Ok(Payload::CData(Box::new(CDataObj::owning(size))))
}

/// `dlopen(name, mode)`: a library handle (OSError with the C library's text).
fn dlopen(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("dlopen", args, 1, 2)?;
    let name = match args[0].payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_string()),
        _ if args[0].is_none() => None,
        _ => {
            return Err(PyErr::type_error(format!(
                "expected str or None, not {}",
                vm.type_name(args[0])
            )))
        }
    };
    let mode = match args.get(1) {
        Some(m) => vm.to_index(*m)? as i32,
        None => pyjit_ffi::RTLD_NOW | pyjit_ffi::RTLD_LOCAL,
    };
    let handle =
        pyjit_ffi::dlopen(name.as_deref(), mode | pyjit_ffi::RTLD_NOW).map_err(PyErr::os_error)?;
    Ok(convert::int_value(vm, CType::U64, handle as i64))
}

/// `dlsym(handle, name)`: a symbol's address (AttributeError with the C
/// library's text).
fn dlsym(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("dlsym", args, 2, 2)?;
    let handle = convert::wrapped_int(vm, args[0])? as usize;
    let name = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("symbol name must be a str")),
    };
    let addr = pyjit_ffi::dlsym(handle, &name).map_err(PyErr::attribute_error)?;
    Ok(convert::int_value(vm, CType::U64, addr as i64))
}

/// `sizeof` of a simple type code.
fn code_size(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_code_size", args, 1, 1)?;
    let (_, ty) = code_arg(vm, args[0])?;
    Ok(Value::Int(ty.size() as i64))
}

/// `__init__` of `_CData` and `CFuncPtr`: the memory is set up by `__new__`;
/// the Python classes' own `__init__` take the values.
fn init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// Register `_CData` and `CFuncPtr` natives.
pub fn install(vm: &mut Vm) {
    for t in [vm.types.cdata, vm.types.cfuncptr] {
        vm.add_method(t, "__init__", init);
    }
    let t = vm.types.cdata;
    vm.add_getter(t, "_b_needsfree_", |vm, a, _| {
        Ok(Value::Int(!cdata(vm, a[0])?.owned.get().is_empty() as i64))
    });
    vm.add_getter(t, "_b_base_", |vm, a, _| Ok(cdata(vm, a[0])?.base.get()));
    vm.add_getter(t, "_objects", |vm, a, _| Ok(cdata(vm, a[0])?.objects.get()));
    func::install(vm);
}

/// Create the `_ctypes` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_ctypes");
    let d = vm.instance_dict(m).unwrap();
    let functions: &[(&'static str, crate::objects::NativeFn)] = &[
        ("_get", get),
        ("_set", set),
        ("addressof", addressof),
        ("_size", size),
        ("_raw", raw),
        ("_view", view),
        ("_write", write),
        ("_from_buffer", from_buffer),
        ("_memmove", memmove),
        ("_memset", memset),
        ("_string_at", string_at),
        ("_wstring_at", wstring_at),
        ("resize", resize),
        ("_keep", keep),
        ("_objects", objects),
        ("_base", base),
        ("_owns", owns),
        ("dlopen", dlopen),
        ("dlsym", dlsym),
        ("_code_size", code_size),
        ("get_errno", func::get_errno),
        ("set_errno", func::set_errno),
    ];
    for (n, f) in functions {
        let k = vm.intern(n);
        let v = vm.new_builtin(n, *f);
        let _ = vm.dict_set_str(d, k, v);
    }
    // Methods of `_CData` (they bind to the instance when a class stores
    // them: `Array.__getitem__ = _ctypes._array_getitem`).
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("_array_getitem", array_getitem),
        ("_array_setitem", array_setitem),
        ("_pointer_getitem", pointer_getitem),
        ("_pointer_setitem", pointer_setitem),
    ];
    for (n, f) in methods {
        let k = vm.intern(n);
        let v = vm.new_native(n, *f, Some(vm.types.cdata));
        let _ = vm.dict_set_str(d, k, v);
    }
    for (n, ty) in [("_CData", vm.types.cdata), ("CFuncPtr", vm.types.cfuncptr)] {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, Value::Obj(ty));
    }
    for (n, v) in [
        ("RTLD_LOCAL", pyjit_ffi::RTLD_LOCAL),
        ("RTLD_GLOBAL", pyjit_ffi::RTLD_GLOBAL),
    ] {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, Value::Int(v as i64));
    }
    m
}

/// The buffer layout of ctypes instance `obj` for a memoryview: the format and
/// shape its class describes (`ctypes._buffer_info`), as CPython exports them.
pub fn buffer_layout(
    vm: &mut Vm,
    obj: Value,
) -> PyResult<(crate::objects::buffer::Format, Vec<usize>)> {
    use crate::objects::buffer::Format;
    let m = cdata(vm, obj)?;
    let whole = (Format::BYTE, vec![m.size.get()]);
    let cls = Value::Obj(vm.type_of(obj));
    let module = vm.import_module("ctypes")?;
    let k = vm.intern("_buffer_info");
    let describe = vm.getattr(module, k)?;
    let info = vm.call(describe, &[cls], &[])?;
    let Some([fmt, itemsize, shape]) = info.tuple() else {
        return Ok(whole);
    };
    let (fmt, itemsize, shape) = (*fmt, *itemsize, *shape);
    let text = match fmt.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => return Ok(whole),
    };
    let itemsize = vm.to_index(itemsize)?.max(0) as usize;
    let mut dims = Vec::new();
    for d in vm.collect_iterable(shape)? {
        dims.push(vm.to_index(d)?.max(0) as usize);
    }
    // The described items must lie inside the object's memory.
    let described = dims.iter().try_fold(itemsize, |acc, &n| acc.checked_mul(n));
    if itemsize == 0 || described.is_none_or(|n| n > m.size.get()) {
        return Ok(whole);
    }
    Ok((Format::described(&text, itemsize), dims))
}
