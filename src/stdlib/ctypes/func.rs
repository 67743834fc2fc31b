//! Foreign functions: `_ctypes.CFuncPtr`, the native base of ctypes' function
//! pointer classes (`CDLL._FuncPtr`, `CFUNCTYPE(...)` results).
//!
//! A function object holds the C address, its `argtypes`/`restype`/`errcheck`,
//! and the call interface prepared for them: the interface and the per-argument
//! conversions are computed once per signature and reused until `argtypes` or
//! `restype` change (the JIT will read the same data to emit a direct call).
//! Class attributes `_argtypes_`/`_restype_` give the defaults, as in CPython.
//! Structures and unions pass and return by value as libffi struct types made
//! from their scalar members (`ctypes._ffi_leaves`). A call roots everything
//! it uses (`tmp_roots`), because callbacks it makes may run the collector.

use std::cell::Cell;
use std::rc::Rc;

use pyjit_ffi::{ArgType, CType, CallInterface, Slot};

use super::convert;
use super::CDataObj;
use crate::objects::object::Mut;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// How one argument declared in `argtypes` is converted. (Arguments beyond
/// `argtypes` get CPython's default conversions.)
#[derive(Clone, PartialEq)]
pub enum ArgConv {
    /// A simple type: its code and C type.
    Simple(char, CType),
    /// A pointer or array type: its `from_param` decides, an address is passed.
    Pointer,
    /// A class that is not a ctypes type but has `from_param`: the result is
    /// converted as an argument without `argtypes`.
    FromParam,
    /// A structure or union passed by value.
    Record(ArgType),
}

impl ArgConv {
    /// The C type passed (a `FromParam` argument's is known per call only).
    fn arg_type(&self) -> ArgType {
        match self {
            ArgConv::Simple(_, t) => ArgType::Scalar(*t),
            ArgConv::Pointer => ArgType::Scalar(CType::Pointer),
            ArgConv::FromParam => ArgType::Scalar(CType::I64),
            ArgConv::Record(t) => t.clone(),
        }
    }
}

/// How the result is converted.
#[derive(Clone)]
enum RetConv {
    Void,
    /// A simple type's value.
    Simple(char, CType),
    /// A callable that is not a ctypes type: called with the C int result.
    Callable(Value),
    /// A subclass of a simple type, or a pointer type: an instance holding
    /// the result.
    Instance(ObjRef, CType),
    /// A structure or union returned by value: an instance holding it.
    Record(ObjRef, ArgType),
}

impl RetConv {
    /// The C result type.
    fn ret_type(&self) -> ArgType {
        match self {
            RetConv::Void => ArgType::Scalar(CType::Void),
            RetConv::Simple(_, ty) | RetConv::Instance(_, ty) => ArgType::Scalar(*ty),
            RetConv::Callable(_) => ArgType::Scalar(CType::I32),
            RetConv::Record(_, ty) => ty.clone(),
        }
    }
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
    other: Mut<Option<Rc<CallInterface>>>,
    /// The class's `_flags_` ask for `use_errno`: the C errno is swapped
    /// with ctypes' private copy around the call.
    use_errno: bool,
}

/// `_FUNCFLAG_USE_ERRNO` of `_flags_`.
const FUNCFLAG_USE_ERRNO: i64 = 0x8;

thread_local! {
    /// ctypes' private copy of errno (`ctypes.get_errno`/`set_errno`).
    static PRIVATE_ERRNO: Cell<i32> = const { Cell::new(0) };
}

/// Swap the C errno with ctypes' private copy.
fn swap_errno() {
    let private = PRIVATE_ERRNO.with(|e| e.replace(pyjit_ffi::errno()));
    pyjit_ffi::set_errno(private);
}

/// `get_errno()`: ctypes' private copy of errno.
pub fn get_errno(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "_ctypes.get_errno() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::Int(PRIVATE_ERRNO.with(|e| e.get()) as i64))
}

/// `set_errno(value)`: set ctypes' private errno; the old value.
pub fn set_errno(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.len()
        )));
    }
    let v = vm.to_index(args[0])?;
    let v = i32::try_from(v)
        .map_err(|_| PyErr::overflow_error("signed integer is greater than maximum"))?;
    Ok(Value::Int(PRIVATE_ERRNO.with(|e| e.replace(v)) as i64))
}

impl Prepared {
    /// Call `f` on every heap reference.
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.key.0);
        f(self.key.1);
        for c in &self.classes {
            f(*c);
        }
        match self.ret {
            RetConv::Callable(c) => f(c),
            RetConv::Instance(c, ..) | RetConv::Record(c, ..) => f(Value::Obj(c)),
            RetConv::Void | RetConv::Simple(..) => {}
        }
    }
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
    /// For a callback (a function pointer made from a Python callable): the
    /// closure at `addr` and the callable.
    callback: Option<super::callback::Callback>,
}

impl CFuncObj {
    pub fn new(addr: usize) -> CFuncObj {
        CFuncObj {
            addr: Cell::new(addr),
            argtypes: Cell::new(Value::Empty),
            restype: Cell::new(Value::Empty),
            errcheck: Cell::new(Value::None),
            prepared: Mut::new(None),
            callback: None,
        }
    }

    /// Call `f` on every heap reference.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.argtypes.get());
        f(self.restype.get());
        f(self.errcheck.get());
        if let Some(cb) = &self.callback {
            cb.trace(f);
        }
        if let Some(p) = self.prepared.get().as_ref() {
            p.trace(f);
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

/// Is simple-type class `cls` one of ctypes' own simple types (derived
/// directly from `_SimpleCData`), whose values convert to Python values? (The
/// values of its subclasses stay instances.)
pub fn is_simple_direct(vm: &mut Vm, cls: Value) -> PyResult<bool> {
    let direct = vm.import_module("ctypes").and_then(|m| {
        let k = vm.intern("_SimpleCData");
        vm.getattr(m, k)
    })?;
    let Some(c) = cls.as_obj() else {
        return Ok(false);
    };
    Ok(c.as_type()
        .and_then(|t| t.bases.get().first().copied())
        .is_some_and(|b| Value::Obj(b).is(direct)))
}

/// The simple-type code of a ctypes class (`_type_` of one character), if any.
pub fn simple_code(vm: &mut Vm, cls: Value) -> PyResult<Option<(char, CType)>> {
    if !cls.as_obj().is_some_and(|c| c.as_type().is_some()) {
        return Ok(None);
    }
    let name = vm.names._type_;
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

fn prepare(vm: &mut Vm, argtypes: Value, restype: Value, flags: i64) -> PyResult<Prepared> {
    let mut args = Vec::new();
    let mut classes = Vec::new();
    if !argtypes.is_none() {
        for (i, t) in vm.collect_iterable(argtypes)?.into_iter().enumerate() {
            match simple_code(vm, t)? {
                Some((c, ty)) => args.push(ArgConv::Simple(c, ty)),
                None if is_pointer_like(vm, t) => args.push(ArgConv::Pointer),
                None if is_record_class(vm, t) => {
                    args.push(ArgConv::Record(record_type(vm, t, "argtypes item", i + 1)?))
                }
                None if has_from_param(vm, t)? => args.push(ArgConv::FromParam),
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
                if is_simple_direct(vm, restype)? {
                    RetConv::Simple(c, ty)
                } else {
                    RetConv::Instance(restype.as_obj().expect("a class"), ty)
                }
            }
            None if is_pointer_class(vm, restype) => {
                RetConv::Instance(restype.as_obj().expect("a class"), CType::Pointer)
            }
            None if is_record_class(vm, restype) => {
                let ty = record_type(vm, restype, "restype", 0)?;
                RetConv::Record(restype.as_obj().expect("a class"), ty)
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
    let types: Vec<ArgType> = args.iter().map(ArgConv::arg_type).collect();
    let cif =
        CallInterface::with_types(&types, &ret.ret_type(), None).map_err(PyErr::runtime_error)?;
    Ok(Prepared {
        key: (argtypes, restype),
        classes,
        args,
        ret,
        cif,
        other: Mut::new(None),
        use_errno: flags & FUNCFLAG_USE_ERRNO != 0,
    })
}

/// The slot and C type of an argument without an `argtypes` entry.
fn default_arg(vm: &mut Vm, i: usize, v: Value) -> PyResult<(Slot, CType)> {
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
            let bits = super::value_bits(vm, None, 'z', CType::Pointer, u)?;
            return Ok((Slot::pointer(bits as usize), CType::Pointer));
        }
        Some(Payload::Str(_)) => {
            let bits = super::value_bits(vm, None, 'Z', CType::Pointer, u)?;
            return Ok((Slot::pointer(bits as usize), CType::Pointer));
        }
        Some(Payload::CFunc(f)) => return Ok((Slot::pointer(f.addr.get()), CType::Pointer)),
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
    let k = vm.names._as_parameter_;
    if let Some(inner) = vm.getattr_opt(v, k)? {
        return default_arg(vm, i, inner);
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
        let flags = class_attr(vm, f, "_flags_", Value::Int(0))?;
        let flags = convert::wrapped_int(vm, flags).unwrap_or(0);
        let p = prepare(vm, argtypes, restype, flags)?;
        *func.prepared.get() = Some(Rc::new(p));
    }
    let prep = Rc::clone(func.prepared.get().as_ref().expect("prepared above"));
    // Callbacks during the call may collect (see `callback`): everything the
    // call uses is rooted until it returns (the signature's objects, which
    // Python code could drop from the function, and from_param results).
    let mark = vm.tmp_roots.len();
    prep.trace(&mut |v| vm.tmp_roots.push(v));
    let r = call_prepared(vm, f, func, &prep, args, kw);
    vm.tmp_roots.truncate(mark);
    r
}

/// The call of `f` (state `func`) with signature `prep`.
fn call_prepared(
    vm: &mut Vm,
    f: Value,
    func: &CFuncObj,
    prep: &Prepared,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    let (conv, classes) = (&prep.args, &prep.classes);
    let nfixed = conv.len();
    if args.len() < nfixed || !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "this function takes at least {nfixed} argument{} ({} given)",
            if nfixed == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut vals = Vec::with_capacity(args.len());
    let mut types = Vec::with_capacity(args.len());
    for (i, &a) in args.iter().enumerate() {
        let (val, ty) = match conv.get(i) {
            Some(ArgConv::FromParam) => {
                // Not a ctypes type: its from_param result is converted as an
                // argument without argtypes.
                let p = call_from_param(vm, classes[i], a, i)?;
                vm.tmp_roots.push(p);
                let (s, ty) = default_arg(vm, i, p)?;
                (ArgVal::Slot(s), ArgType::Scalar(ty))
            }
            Some(ArgConv::Pointer) => {
                let p = call_from_param(vm, classes[i], a, i)?;
                vm.tmp_roots.push(p);
                let addr = pointer_bits(vm, p)?;
                (
                    ArgVal::Slot(Slot::pointer(addr)),
                    ArgType::Scalar(CType::Pointer),
                )
            }
            Some(ArgConv::Record(ty)) => {
                let p = call_from_param(vm, classes[i], a, i)?;
                vm.tmp_roots.push(p);
                let m = match p.payload() {
                    Some(Payload::CData(m)) if m.size.get() >= ty.size() => m,
                    _ => {
                        let msg = format!("argument {}: TypeError: wrong type", i + 1);
                        return Err(argument_error(vm, msg));
                    }
                };
                (ArgVal::Memory(m.ptr.get()), ty.clone())
            }
            Some(&ArgConv::Simple(code, ty)) => {
                let bits = match simple_instance_bits(vm, a, code, ty)? {
                    Some(b) => b,
                    None => match param_bits(vm, code, ty, a) {
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
                (ArgVal::Slot(Slot::int(ty, bits)), ArgType::Scalar(ty))
            }
            None => {
                let (s, ty) = default_arg(vm, i, a)?;
                (ArgVal::Slot(s), ArgType::Scalar(ty))
            }
        };
        vals.push(val);
        types.push(ty);
    }
    let ptrs: Vec<*const u8> = vals
        .iter()
        .map(|v| match v {
            ArgVal::Slot(s) => s.0.as_ptr(),
            ArgVal::Memory(addr) => *addr as *const u8,
        })
        .collect();
    // Held by reference count: a callback run during the call may replace
    // the function's other interface.
    let other_cif: Rc<CallInterface>;
    let cif = if types.as_slice() == prep.cif.arg_types() {
        &prep.cif
    } else {
        let other = prep.other.get();
        if other
            .as_ref()
            .is_none_or(|c| c.arg_types() != types.as_slice())
        {
            let ret_ty = prep.cif.ret_type();
            let made =
                CallInterface::with_types(&types, ret_ty, None).map_err(PyErr::runtime_error)?;
            *other = Some(Rc::new(made));
        }
        other_cif = Rc::clone(other.as_ref().expect("made above"));
        &other_cif
    };
    let mut result = vec![0u64; cif.ret_buffer_size().div_ceil(8)];
    {
        let _vm_for_callbacks = super::callback::ForeignCall::enter(vm);
        if prep.use_errno {
            swap_errno();
        }
        // SAFETY: the signature is the one the program declared for this
        // address (ctypes' contract); strings live as long as their objects and
        // structures in theirs (rooted by the caller); `result` has the
        // buffer size the interface asks for.
        unsafe { cif.call_raw(func.addr.get(), &ptrs, result.as_mut_ptr() as *mut u8) };
        if prep.use_errno {
            swap_errno();
        }
    }
    let result_addr = result.as_ptr() as usize;
    let value = match &prep.ret {
        RetConv::Void => Value::None,
        &RetConv::Simple(code, ty) => super::read_value(vm, result_addr, code, ty)?,
        &RetConv::Callable(c) => {
            // SAFETY: the result buffer holds the C int result.
            let r = unsafe { convert::read_int(result_addr as *const u8, CType::I32) };
            vm.call(c, &[Value::Int(r)], &[])?
        }
        RetConv::Instance(cls, ty) => new_instance(vm, *cls, result_addr, ty.size()),
        RetConv::Record(cls, ty) => new_instance(vm, *cls, result_addr, ty.size()),
    };
    match func.errcheck.get() {
        Value::None => Ok(value),
        check => {
            let argt = vm.new_tuple(args.to_vec());
            let r = vm.call(check, &[value, f, argt], &[])?;
            // Returning the arguments unchanged means "the result as it is".
            Ok(if r.is(argt) { value } else { r })
        }
    }
}

/// One argument's value for a foreign call: a scalar in a slot, or the
/// address of a structure's memory.
enum ArgVal {
    Slot(Slot),
    Memory(usize),
}

/// A new instance of ctypes class `cls` owning a copy of `size` bytes at `addr`.
pub fn new_instance(vm: &mut Vm, cls: ObjRef, addr: usize, size: usize) -> Value {
    let obj = CDataObj::owning(size);
    // SAFETY: `addr` holds `size` readable bytes (callers' contract); the new
    // object owns `size` bytes.
    unsafe { std::ptr::copy_nonoverlapping(addr as *const u8, obj.ptr.get() as *mut u8, size) };
    Value::Obj(vm.alloc(cls, Payload::CData(Box::new(obj))))
}

/// The bits of argument `a` for an `argtypes` entry of simple type `code`, or
/// None when the type's `from_param` refuses the value ("wrong type").
fn param_bits(vm: &mut Vm, code: char, ty: CType, a: Value) -> PyResult<Option<i64>> {
    let u = Vm::unboxed(a);
    let is_int =
        matches!(u, Value::Int(_) | Value::Bool(_)) || matches!(u.payload(), Some(Payload::Int(_)));
    let accepted = match code {
        '?' => true,
        'f' | 'd' | 'g' => {
            if !(is_int || matches!(u, Value::Float(_))) {
                return as_parameter(vm, code, ty, a);
            }
            // An int too large for a double is refused like a wrong type.
            return Ok(super::value_bits(vm, None, code, ty, a).ok());
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
                Some(Payload::Bytes(_)) => super::value_bits(vm, None, 'z', ty, u)?,
                Some(Payload::Str(_)) => super::value_bits(vm, None, 'Z', ty, u)?,
                Some(Payload::CFunc(_)) => pointer_bits(vm, u)? as i64,
                Some(Payload::CData(_)) => {
                    // Pointers, arrays and the pointer-valued simple types.
                    let cls = Value::Obj(vm.type_of(u));
                    let pointer_valued = is_pointer_like(vm, cls)
                        || matches!(simple_code(vm, cls)?, Some(('z' | 'Z' | 'P', _)));
                    if !pointer_valued {
                        return as_parameter(vm, code, ty, a);
                    }
                    pointer_bits(vm, u)? as i64
                }
                _ if u.is_none() || is_int => super::value_bits(vm, None, 'P', ty, u)?,
                _ => return as_parameter(vm, code, ty, a),
            }));
        }
        _ => is_int,
    };
    if !accepted {
        return as_parameter(vm, code, ty, a);
    }
    super::value_bits(vm, None, code, ty, a).map(Some)
}

/// The name of `cls`'s metaclass, if `cls` is a class.
fn meta_name(vm: &Vm, cls: Value) -> Option<String> {
    let c = cls.as_obj().filter(|c| c.as_type().is_some())?;
    let meta = vm.type_of(Value::Obj(c));
    // Without the module prefix ("_ctypes.PyCArrayType").
    meta.as_type().map(|t| {
        let full = t.name.get();
        full.rsplit('.').next().unwrap_or(full.as_str()).to_string()
    })
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
    let k = vm.names.from_param;
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
    let k = vm.names.from_param;
    Ok(vm.getattr_opt(cls, k)?.is_some())
}

/// Is `cls` a ctypes pointer type?
fn is_pointer_class(vm: &mut Vm, cls: Value) -> bool {
    meta_name(vm, cls).as_deref() == Some("PyCPointerType")
}

/// Is `cls` a Structure or Union class?
pub fn is_record_class(vm: &mut Vm, cls: Value) -> bool {
    matches!(
        meta_name(vm, cls).as_deref(),
        Some("PyCStructType" | "UnionType")
    )
}

/// The C type of structure or union class `cls` passed by value (`what` and
/// `index` name it in errors).
pub fn record_type(vm: &mut Vm, cls: Value, what: &str, index: usize) -> PyResult<ArgType> {
    let m = vm.import_module("ctypes")?;
    let k = vm.intern("_ffi_leaves");
    let leaves = vm.getattr(m, k)?;
    let leaves = vm.call(leaves, &[cls], &[])?;
    let mut members = Vec::new();
    for code in vm.collect_iterable(leaves)? {
        let ty = match code.payload() {
            Some(Payload::Str(s)) if s.char_len() == 1 => convert::ctype_of(s.char_at(0)),
            _ => None,
        };
        members.push(ty.ok_or_else(|| PyErr::runtime_error("ctypes._ffi_leaves: bad type code"))?);
    }
    let k = vm.intern("_size_");
    let size = vm.getattr(cls, k)?;
    let size = vm.to_index(size)?;
    let ty = ArgType::Struct(members);
    let name = if index > 0 {
        format!("{what} {index}")
    } else {
        what.to_string()
    };
    if ty.size() as i64 != size {
        return Err(PyErr::not_implemented(format!(
            "{name} ({}): passing a packed structure by value is not implemented in pyjit yet",
            vm.repr(cls)?
        )));
    }
    if size == 0 {
        return Err(PyErr::not_implemented(format!(
            "{name} ({}): passing an empty structure by value is not implemented in pyjit yet",
            vm.repr(cls)?
        )));
    }
    Ok(ty)
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
    if let Some(Payload::CFunc(f)) = p.payload() {
        return Ok(f.addr.get());
    }
    let k = vm.names._as_parameter_;
    match vm.getattr_opt(p, k)? {
        Some(inner) => pointer_bits(vm, inner),
        None => Err(PyErr::type_error(format!(
            "cannot pass {} as a pointer",
            vm.type_name(p)
        ))),
    }
}

/// The bits of an argument's `_as_parameter_`, or None when it has none.
fn as_parameter(vm: &mut Vm, code: char, ty: CType, a: Value) -> PyResult<Option<i64>> {
    let k = vm.names._as_parameter_;
    match vm.getattr_opt(a, k)? {
        Some(inner) => match simple_instance_bits(vm, inner, code, ty)? {
            Some(b) => Ok(Some(b)),
            None => param_bits(vm, code, ty, inner),
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

/// `CFuncPtr(address)` / `CFuncPtr((name, dll))` / `CFuncPtr(callable)` for
/// a class `cls` derived from it.
pub fn new_payload(vm: &mut Vm, cls: ObjRef, args: &[Value]) -> PyResult<Payload> {
    if args
        .first()
        .and_then(|a| a.tuple())
        .is_some_and(|t| t.len() != 2)
    {
        return Err(PyErr::type_error("illegal func_spec argument"));
    }
    if args.len() > 1 && !args[0].tuple().is_some_and(|t| t.len() == 2) {
        return Err(PyErr::type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.len()
        )));
    }
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
                let cb = super::callback::new(vm, cls, *a)?;
                let mut f = CFuncObj::new(cb.code());
                f.callback = Some(cb);
                return Ok(Payload::CFunc(Box::new(f)));
            }
            _ => {
                return Err(PyErr::type_error(
                    "argument must be callable or integer function address",
                ))
            }
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
    let sequence = matches!(
        v.payload(),
        Some(Payload::Tuple(_) | Payload::List(_) | Payload::Str(_) | Payload::Bytes(_))
    );
    if !v.is_none() && !sequence {
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
    // No value: `del f.errcheck`.
    let v = a.get(1).copied().unwrap_or(Value::None);
    if a.len() > 1 && !crate::builtins::functions::is_callable(vm, v) {
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
