//! Foreign functions: `_ctypes.CFuncPtr`, the native base of ctypes' function
//! pointer classes (`CDLL._FuncPtr`, `CFUNCTYPE(...)` results).
//!
//! A function object holds the C address, its `argtypes`/`restype`/`errcheck`,
//! and the call interface prepared for them: the interface and the per-argument
//! conversions are computed once per signature and reused until `argtypes` or
//! `restype` change (the JIT will read the same data to emit a direct call).
//! Class attributes `_argtypes_`/`_restype_` give the defaults, as in CPython.

use std::cell::Cell;
use std::rc::Rc;

use pyjit_ffi::{CType, CallInterface, Slot};

use super::convert;
use super::CDataObj;
use crate::objects::object::Mut;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// How one argument declared in `argtypes` is converted: a simple type's
/// code and C type, or code 'X' (with C type Pointer) for the other ctypes
/// types (pointers, arrays), whose `from_param` decides and which pass an
/// address. (Arguments beyond `argtypes` get CPython's default conversions.)
type ArgConv = (char, CType);

/// How the result is converted.
#[derive(Clone)]
enum RetConv {
    Void,
    /// A simple type's value.
    Simple(char, CType),
    /// A callable that is not a ctypes type: called with the C int result.
    Callable(Value),
    /// A subclass of a simple type: an instance holding the result.
    Instance(ObjRef, CType),
}

/// The conversions and call interfaces of one signature.
struct Prepared {
    /// The `argtypes` and `restype` objects this was made for.
    key: (Value, Value),
    /// The argument classes (for `from_param` of non-simple ones).
    classes: Vec<Value>,
    args: Vec<ArgConv>,
    ret: RetConv,
    /// The interface for exactly the declared arguments.
    cif: CallInterface,
    /// The last interface used for calls with other arguments (without
    /// `argtypes`, or with extra arguments): reused while they keep their types.
    other: Mut<Option<CallInterface>>,
}

/// The state of a foreign function object.
pub struct CFuncObj {
    pub addr: Cell<usize>,
    pub argtypes: Cell<Value>,
    pub restype: Cell<Value>,
    pub errcheck: Cell<Value>,
    /// Shared so that a call keeps the signature it started with even if
    /// Python code run by a conversion (`from_param`) changes `argtypes`.
    prepared: Mut<Option<Rc<Prepared>>>,
}

impl CFuncObj {
    pub fn new(addr: usize) -> CFuncObj {
        CFuncObj {
            addr: Cell::new(addr),
            argtypes: Cell::new(Value::Empty),
            restype: Cell::new(Value::Empty),
            errcheck: Cell::new(Value::None),
            prepared: Mut::new(None),
        }
    }

    /// Call `f` on every heap reference.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.argtypes.get());
        f(self.restype.get());
        f(self.errcheck.get());
        if let Some(p) = self.prepared.get().as_ref() {
            f(p.key.0);
            f(p.key.1);
            for c in &p.classes {
                f(*c);
            }
            if let RetConv::Callable(c) = p.ret {
                f(c);
            }
            if let RetConv::Instance(c, ..) = p.ret {
                f(Value::Obj(c));
            }
        }
    }
}

fn this(vm: &Vm, v: Value) -> PyResult<&'static CFuncObj> {
    v.as_obj()
        .and_then(crate::objects::object::extend_cfunc)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor requires a 'CFuncPtr' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

/// The simple-type code of a ctypes class (`_type_` of one character), if any.
fn simple_code(vm: &mut Vm, cls: Value) -> PyResult<Option<(char, CType)>> {
    if !cls.as_obj().is_some_and(|c| c.as_type().is_some()) {
        return Ok(None);
    }
    let name = vm.intern("_type_");
    let Some(t) = vm.getattr_opt(cls, name)? else {
        return Ok(None);
    };
    Ok(match t.payload() {
        Some(Payload::Str(s)) if s.char_len() == 1 => {
            let c = s.char_at(0);
            convert::ctype_of(c).map(|ty| (c, ty))
        }
        _ => None,
    })
}

/// The class attribute `name` of `f`'s class, or `default`.
fn class_attr(vm: &mut Vm, f: Value, name: &str, default: Value) -> PyResult<Value> {
    let ty = vm.type_of(f);
    let k = vm.intern(name);
    Ok(vm.getattr_opt(Value::Obj(ty), k)?.unwrap_or(default))
}

/// The effective `argtypes` and `restype` of `f` (instance, then class, then
/// the default `c_int` result).
fn signature_objects(vm: &mut Vm, f: Value, func: &CFuncObj) -> PyResult<(Value, Value)> {
    let argtypes = match func.argtypes.get() {
        Value::Empty => class_attr(vm, f, "_argtypes_", Value::None)?,
        v => v,
    };
    let restype = match func.restype.get() {
        Value::Empty => match class_attr(vm, f, "_restype_", Value::Empty)? {
            Value::Empty => c_int_class(vm)?,
            v => v,
        },
        v => v,
    };
    Ok((argtypes, restype))
}

fn c_int_class(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.import_module("ctypes")?;
    let k = vm.intern("c_int");
    vm.getattr(m, k)
}

/// `ctypes.ArgumentError(msg)` (the class the Python package registers in
/// `_ctypes`).
fn argument_error(vm: &mut Vm, msg: String) -> PyErr {
    let class = vm.import_module("_ctypes").and_then(|m| {
        let k = vm.intern("ArgumentError");
        vm.getattr(m, k)
    });
    let Ok(class) = class else {
        return PyErr::type_error(msg);
    };
    let text = vm.new_str(msg);
    match vm.call(class, &[text], &[]) {
        Ok(Value::Obj(exc)) => PyErr::exc(exc),
        Ok(_) => PyErr::type_error("ArgumentError is not an exception class"),
        Err(e) => e,
    }
}

/// "TypeError: message" of an error, as ArgumentError quotes it.
fn error_text(vm: &mut Vm, e: PyErr) -> String {
    let o = Value::Obj(vm.exc_object(e));
    let name = vm.type_name(o);
    let msg = vm.str(o).unwrap_or_default();
    format!("{name}: {msg}")
}

fn prepare(vm: &mut Vm, argtypes: Value, restype: Value) -> PyResult<Prepared> {
    let mut args = Vec::new();
    let mut classes = Vec::new();
    if !argtypes.is_none() {
        for (i, t) in vm.collect_iterable(argtypes)?.into_iter().enumerate() {
            match simple_code(vm, t)? {
                Some(conv) => args.push(conv),
                None if is_pointer_like(vm, t) => args.push(('X', CType::Pointer)),
                None if matches!(
                    meta_name(vm, t).as_deref(),
                    Some("PyCStructType" | "UnionType")
                ) =>
                {
                    return Err(PyErr::not_implemented(format!(
                        "argtypes item {} ({}): passing structures and unions by value is \
                         not implemented in pyjit yet (pass a pointer or byref)",
                        i + 1,
                        vm.repr(t)?
                    )))
                }
                None if has_from_param(vm, t)? => args.push(('F', CType::I64)),
                None => {
                    return Err(PyErr::not_implemented(format!(
                        "argtypes item {} ({}): passing this type by value is not \
                         implemented in pyjit yet",
                        i + 1,
                        vm.repr(t)?
                    )))
                }
            }
            classes.push(t);
        }
    }
    let ret = if restype.is_none() {
        RetConv::Void
    } else {
        match simple_code(vm, restype)? {
            Some((c, ty)) => {
                let cls = restype.as_obj().expect("a class");
                let direct = vm.import_module("ctypes").and_then(|m| {
                    let k = vm.intern("_SimpleCData");
                    vm.getattr(m, k)
                })?;
                let base_is_simple = cls
                    .as_type()
                    .and_then(|t| t.bases.get().first().copied())
                    .is_some_and(|b| Value::Obj(b).is(direct));
                if base_is_simple {
                    RetConv::Simple(c, ty)
                } else {
                    RetConv::Instance(cls, ty)
                }
            }
            None if is_pointer_class(vm, restype) => {
                RetConv::Instance(restype.as_obj().expect("a class"), CType::Pointer)
            }
            None if crate::builtins::functions::is_callable(vm, restype) => {
                RetConv::Callable(restype)
            }
            None => {
                return Err(PyErr::type_error(
                    "restype must be a type, a callable, or None",
                ))
            }
        }
    };
    let ctypes: Vec<CType> = args.iter().map(|a| a.1).collect();
    let ret_ty = match &ret {
        RetConv::Void => CType::Void,
        RetConv::Simple(_, ty) | RetConv::Instance(_, ty) => *ty,
        RetConv::Callable(_) => CType::I32,
    };
    let cif = CallInterface::new(&ctypes, ret_ty, None).map_err(PyErr::runtime_error)?;
    Ok(Prepared {
        key: (argtypes, restype),
        classes,
        args,
        ret,
        cif,
        other: Mut::new(None),
    })
}

/// The slot and C type of an argument without an `argtypes` entry.
fn default_arg(vm: &mut Vm, keep: &CDataObj, i: usize, v: Value) -> PyResult<(Slot, CType)> {
    let u = Vm::unboxed(v);
    match u {
        Value::None => return Ok((Slot::pointer(0), CType::Pointer)),
        Value::Int(x) => return Ok((Slot::int(CType::I32, x), CType::I32)),
        Value::Bool(b) => return Ok((Slot::int(CType::I32, b as i64), CType::I32)),
        _ => {}
    }
    match u.payload() {
        Some(Payload::Int(n)) => {
            use num_traits::ToPrimitive;
            if n.to_i64().is_some() || n.to_u64().is_some() {
                let x = convert::wrapped_int(vm, u)?;
                return Ok((Slot::int(CType::I32, x), CType::I32));
            }
            return Err(argument_error(
                vm,
                format!("argument {}: OverflowError: int too long to convert", i + 1),
            ));
        }
        Some(Payload::Bytes(_)) => {
            let bits = super::value_bits(vm, keep, 'z', CType::Pointer, u)?;
            return Ok((Slot::pointer(bits as usize), CType::Pointer));
        }
        Some(Payload::Str(_)) => {
            let bits = super::value_bits(vm, keep, 'Z', CType::Pointer, u)?;
            return Ok((Slot::pointer(bits as usize), CType::Pointer));
        }
        Some(Payload::CData(m)) => {
            // A simple instance passes its value; anything else its address.
            let cls = Value::Obj(vm.type_of(v));
            if let Some((_, ty)) = simple_code(vm, cls)? {
                let mut s = Slot::default();
                // SAFETY: the instance's memory holds one value of its type.
                unsafe {
                    std::ptr::copy_nonoverlapping(
                        m.ptr.get() as *const u8,
                        s.0.as_mut_ptr(),
                        ty.size(),
                    )
                };
                return Ok((s, ty));
            }
            if is_pointer_class(vm, cls) {
                let addr = pointer_bits(vm, v)?;
                return Ok((Slot::pointer(addr), CType::Pointer));
            }
            return Ok((Slot::pointer(m.ptr.get()), CType::Pointer));
        }
        _ => {}
    }
    // Objects standing for a C value (`byref` results, user classes).
    let k = vm.intern("_as_parameter_");
    if let Some(inner) = vm.getattr_opt(v, k)? {
        return default_arg(vm, keep, i, inner);
    }
    Err(argument_error(
        vm,
        format!(
            "argument {}: TypeError: Don't know how to convert parameter {}",
            i + 1,
            i + 1
        ),
    ))
}

/// `CFuncPtr.__call__(*args)`.
fn call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = args[0];
    let func = this(vm, f)?;
    let args = &args[1..];
    if args.len() > 1024 {
        let msg = format!("too many arguments ({}), maximum is 1024", args.len());
        return Err(argument_error(vm, msg));
    }
    let (argtypes, restype) = signature_objects(vm, f, func)?;
    let fresh = !matches!(func.prepared.get().as_ref(),
        Some(p) if p.key.0.is(argtypes) && p.key.1.is(restype));
    if fresh {
        let p = prepare(vm, argtypes, restype)?;
        *func.prepared.get() = Some(Rc::new(p));
    }
    let prep = Rc::clone(func.prepared.get().as_ref().expect("prepared above"));
    let (conv, classes) = (&prep.args, &prep.classes);
    let nfixed = conv.len();
    if args.len() < nfixed || !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "this function takes at least {nfixed} argument{} ({} given)",
            if nfixed == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let keep = CDataObj::view(0, 0, Value::None);
    let mut slots = Vec::with_capacity(args.len());
    let mut types = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        match conv.get(i) {
            Some(&('F', _)) => {
                // Not a ctypes type: its from_param result is converted as an
                // argument without argtypes.
                let p = call_from_param(vm, classes[i], a, i)?;
                let (s, ty) = default_arg(vm, &keep, i, p)?;
                slots.push(s);
                types.push(ty);
            }
            Some(&('X', _)) => {
                let p = call_from_param(vm, classes[i], a, i)?;
                let addr = pointer_bits(vm, p)?;
                slots.push(Slot::pointer(addr));
                types.push(CType::Pointer);
            }
            Some(&(code, ty)) => {
                let bits = match simple_instance_bits(vm, a, code, ty)? {
                    Some(b) => b,
                    None => match param_bits(vm, &keep, code, ty, a) {
                        Ok(Some(b)) => b,
                        Ok(None) => {
                            let msg = format!("argument {}: TypeError: wrong type", i + 1);
                            return Err(argument_error(vm, msg));
                        }
                        Err(e) => {
                            let text = error_text(vm, e);
                            return Err(argument_error(vm, format!("argument {}: {text}", i + 1)));
                        }
                    },
                };
                slots.push(Slot::int(ty, bits));
                types.push(ty);
            }
            None => {
                let (s, ty) = default_arg(vm, &keep, i, a)?;
                slots.push(s);
                types.push(ty);
            }
        }
    }
    let result = if types.as_slice() == prep.cif.arg_types() {
        // SAFETY: the signature is the one the program declared for this
        // address (ctypes' contract); strings live in `keep` for the call.
        unsafe { prep.cif.call(func.addr.get(), &slots) }
    } else {
        let other = prep.other.get();
        if other
            .as_ref()
            .is_none_or(|c| c.arg_types() != types.as_slice())
        {
            let ret_ty = prep.cif.ret_type();
            *other = Some(CallInterface::new(&types, ret_ty, None).map_err(PyErr::runtime_error)?);
        }
        let cif = other.as_ref().expect("made above");
        // SAFETY: as above.
        unsafe { cif.call(func.addr.get(), &slots) }
    };
    drop(keep);
    let value = match prep.ret {
        RetConv::Void => Value::None,
        RetConv::Simple(code, ty) => {
            let p = result.0.as_ptr() as usize;
            super::read_value(vm, p, code, ty)?
        }
        RetConv::Callable(c) => {
            let r = Value::Int(result.to_int(CType::I32));
            vm.call(c, &[r], &[])?
        }
        RetConv::Instance(cls, ty) => {
            let obj = CDataObj::owning(ty.size());
            // SAFETY: the new object owns `ty.size()` bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    result.0.as_ptr(),
                    obj.ptr.get() as *mut u8,
                    ty.size(),
                )
            };
            Value::Obj(vm.alloc(cls, Payload::CData(Box::new(obj))))
        }
    };
    match func.errcheck.get() {
        Value::None => Ok(value),
        check => {
            let argt = vm.new_tuple(args.to_vec());
            vm.call(check, &[value, f, argt], &[])
        }
    }
}

/// The bits of argument `a` for an `argtypes` entry of simple type `code`, or
/// None when the type's `from_param` refuses the value ("wrong type").
fn param_bits(
    vm: &mut Vm,
    keep: &CDataObj,
    code: char,
    ty: CType,
    a: Value,
) -> PyResult<Option<i64>> {
    let u = Vm::unboxed(a);
    let is_int =
        matches!(u, Value::Int(_) | Value::Bool(_)) || matches!(u.payload(), Some(Payload::Int(_)));
    let accepted = match code {
        '?' => true,
        'f' | 'd' | 'g' => {
            if !(is_int || matches!(u, Value::Float(_))) {
                return as_parameter(vm, keep, code, ty, a);
            }
            // An int too large for a double is refused like a wrong type.
            return Ok(super::value_bits(vm, keep, code, ty, a).ok());
        }
        'c' => is_int || matches!(u.payload(), Some(Payload::Bytes(b)) if b.len() == 1),
        'u' => matches!(u.payload(), Some(Payload::Str(s)) if s.char_len() == 1),
        'z' | 'Z' if matches!(u.payload(), Some(Payload::CData(_))) => {
            // A character array passes its address.
            let cls = Value::Obj(vm.type_of(u));
            if is_pointer_like(vm, cls) {
                return Ok(Some(pointer_bits(vm, u)? as i64));
            }
            false
        }
        'z' => u.is_none() || matches!(u.payload(), Some(Payload::Bytes(_))),
        'Z' => u.is_none() || matches!(u.payload(), Some(Payload::Str(_))),
        'P' => {
            return Ok(Some(match u.payload() {
                Some(Payload::Bytes(_)) => super::value_bits(vm, keep, 'z', ty, u)?,
                Some(Payload::Str(_)) => super::value_bits(vm, keep, 'Z', ty, u)?,
                Some(Payload::CData(_)) => pointer_bits(vm, u)? as i64,
                _ if u.is_none() || is_int => super::value_bits(vm, keep, 'P', ty, u)?,
                _ => return as_parameter(vm, keep, code, ty, a),
            }))
        }
        _ => is_int,
    };
    if !accepted {
        return as_parameter(vm, keep, code, ty, a);
    }
    super::value_bits(vm, keep, code, ty, a).map(Some)
}

/// The name of `cls`'s metaclass, if `cls` is a class.
fn meta_name(vm: &Vm, cls: Value) -> Option<String> {
    let c = cls.as_obj().filter(|c| c.as_type().is_some())?;
    let meta = vm.type_of(Value::Obj(c));
    meta.as_type().map(|t| t.name.get().clone())
}

/// Is `cls` a ctypes type passed by address (pointer or array)?
fn is_pointer_like(vm: &mut Vm, cls: Value) -> bool {
    matches!(
        meta_name(vm, cls).as_deref(),
        Some("PyCPointerType" | "PyCArrayType")
    )
}

/// `cls.from_param(a)` for argument `i`, its errors as ArgumentError.
fn call_from_param(vm: &mut Vm, cls: Value, a: Value, i: usize) -> PyResult<Value> {
    let k = vm.intern("from_param");
    let from_param = vm.getattr(cls, k)?;
    match vm.call(from_param, &[a], &[]) {
        Ok(p) => Ok(p),
        Err(e) => {
            let text = error_text(vm, e);
            Err(argument_error(vm, format!("argument {}: {text}", i + 1)))
        }
    }
}

/// Does `cls` have a `from_param` (an argument type that converts values)?
fn has_from_param(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    let k = vm.intern("from_param");
    Ok(vm.getattr_opt(cls, k)?.is_some())
}

/// Is `cls` a ctypes pointer type?
fn is_pointer_class(vm: &mut Vm, cls: Value) -> bool {
    meta_name(vm, cls).as_deref() == Some("PyCPointerType")
}

/// The address a `from_param` result stands for: None is NULL, an int is an
/// address, a pointer instance gives the address it holds, another ctypes
/// instance its own address, and `_as_parameter_` is followed.
fn pointer_bits(vm: &mut Vm, p: Value) -> PyResult<usize> {
    match Vm::unboxed(p) {
        Value::None => return Ok(0),
        Value::Int(i) => return Ok(i as usize),
        _ => {}
    }
    if let Some(Payload::CData(m)) = p.payload() {
        let cls = Value::Obj(vm.type_of(p));
        let holds_pointer = is_pointer_class(vm, cls)
            || matches!(simple_code(vm, cls)?, Some(('z' | 'Z' | 'P', _)));
        if holds_pointer {
            // SAFETY: a pointer instance holds one pointer.
            let held = unsafe { convert::read_int(m.ptr.get() as *const u8, CType::Pointer) };
            return Ok(held as usize);
        }
        return Ok(m.ptr.get());
    }
    let k = vm.intern("_as_parameter_");
    match vm.getattr_opt(p, k)? {
        Some(inner) => pointer_bits(vm, inner),
        None => Err(PyErr::type_error(format!(
            "cannot pass {} as a pointer",
            vm.type_name(p)
        ))),
    }
}

/// The bits of an argument's `_as_parameter_`, or None when it has none.
fn as_parameter(
    vm: &mut Vm,
    keep: &CDataObj,
    code: char,
    ty: CType,
    a: Value,
) -> PyResult<Option<i64>> {
    let k = vm.intern("_as_parameter_");
    match vm.getattr_opt(a, k)? {
        Some(inner) => match simple_instance_bits(vm, inner, code, ty)? {
            Some(b) => Ok(Some(b)),
            None => param_bits(vm, keep, code, ty, inner),
        },
        None => Ok(None),
    }
}

/// The bits of an argument that is already an instance of the simple type
/// expected (`c_int(5)` for a `c_int` argument).
fn simple_instance_bits(vm: &mut Vm, a: Value, code: char, ty: CType) -> PyResult<Option<i64>> {
    let Some(Payload::CData(m)) = a.payload() else {
        return Ok(None);
    };
    let cls = Value::Obj(vm.type_of(a));
    match simple_code(vm, cls)? {
        Some((c, _)) if c == code || convert::ctype_of(c) == Some(ty) => {
            // SAFETY: the instance's memory holds one value of this type.
            Ok(Some(unsafe {
                convert::read_int(m.ptr.get() as *const u8, ty)
            }))
        }
        _ => Ok(None),
    }
}

/// `CFuncPtr(address)` / `CFuncPtr((name, dll))` for a class derived from it.
pub fn new_payload(vm: &mut Vm, args: &[Value]) -> PyResult<Payload> {
    let addr = match args.first() {
        None => 0,
        Some(a) => match a.tuple() {
            Some([name, dll]) => {
                let (name, dll) = (*name, *dll);
                let k = vm.intern("_handle");
                let handle = vm.getattr(dll, k)?;
                let handle = convert::wrapped_int(vm, handle)? as usize;
                let sym = match name.payload() {
                    Some(Payload::Str(s)) => s.as_str().to_string(),
                    _ => return Err(PyErr::type_error("function name must be a str")),
                };
                pyjit_ffi::dlsym(handle, &sym).map_err(PyErr::attribute_error)?
            }
            _ if matches!(Vm::unboxed(*a), Value::Int(_)) || vm.has_index(*a) => {
                convert::wrapped_int(vm, *a)? as usize
            }
            _ if crate::builtins::functions::is_callable(vm, *a) => {
                return Err(PyErr::not_implemented(
                    "ctypes callbacks (CFUNCTYPE of a Python callable) are not implemented in pyjit yet",
                ))
            }
            _ => return Err(PyErr::type_error("argument must be callable or integer function address")),
        },
    };
    Ok(Payload::CFunc(Box::new(CFuncObj::new(addr))))
}

fn argtypes_get(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    match f.argtypes.get() {
        Value::Empty => class_attr(vm, a[0], "_argtypes_", Value::None),
        v => Ok(v),
    }
}

fn argtypes_set(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    let v = a.get(1).copied().unwrap_or(Value::None);
    if !v.is_none() && !matches!(v.payload(), Some(Payload::Tuple(_) | Payload::List(_))) {
        return Err(PyErr::type_error("_argtypes_ must be a sequence of types"));
    }
    if !v.is_none() {
        for (i, t) in vm.collect_iterable(v)?.into_iter().enumerate() {
            if !has_from_param(vm, t)? {
                return Err(PyErr::type_error(format!(
                    "item {} in _argtypes_ has no from_param method",
                    i + 1
                )));
            }
        }
    }
    f.argtypes.set(v);
    Ok(Value::None)
}

fn restype_get(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    match f.restype.get() {
        Value::Empty => {
            let default = c_int_class(vm)?;
            class_attr(vm, a[0], "_restype_", default)
        }
        v => Ok(v),
    }
}

fn restype_set(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    match a.get(1) {
        None => f.restype.set(Value::Empty),
        Some(&v) => {
            if !v.is_none()
                && simple_code(vm, v)?.is_none()
                && !crate::builtins::functions::is_callable(vm, v)
            {
                return Err(PyErr::type_error(
                    "restype must be a type, a callable, or None",
                ));
            }
            f.restype.set(v);
        }
    }
    Ok(Value::None)
}

fn errcheck_get(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this(vm, a[0])?.errcheck.get())
}

fn errcheck_set(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    let v = a.get(1).copied().unwrap_or(Value::None);
    if !v.is_none() && !crate::builtins::functions::is_callable(vm, v) {
        return Err(PyErr::type_error("the errcheck attribute must be callable"));
    }
    f.errcheck.set(v);
    Ok(Value::None)
}

fn address(vm: &mut Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this(vm, a[0])?;
    Ok(convert::int_value(vm, CType::U64, f.addr.get() as i64))
}

/// Register the methods and attributes of `CFuncPtr`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.cfuncptr;
    vm.add_method(t, "__call__", call);
    vm.add_method(t, "_address", address);
    let props: &[(
        &'static str,
        crate::objects::NativeFn,
        crate::objects::NativeFn,
    )] = &[
        ("argtypes", argtypes_get, argtypes_set),
        ("restype", restype_get, restype_set),
        ("errcheck", errcheck_get, errcheck_set),
    ];
    for (n, get, set) in props {
        vm.add_property(t, n, *get, *set);
    }
}
