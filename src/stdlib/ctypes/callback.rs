//! Callbacks: `CFUNCTYPE(restype, *argtypes)(python_callable)`, a C function
//! pointer whose calls run Python code.
//!
//! The function object (a `CFuncPtr` instance) owns a libffi closure
//! ([`pyjit_ffi::Closure`]) and the conversions of its signature; its address
//! is the closure's code, so calling it from Python goes through the same
//! foreign-call path as any C function. The closure lives exactly as long as
//! the function object: C must not call it after the program dropped its last
//! reference (CPython's rule too).
//!
//! Reaching the VM: C calls a callback from inside a foreign call the VM made
//! (`qsort` calling its comparison function), on the same thread. Each foreign
//! call records the VM in a thread-local for its duration ([`ForeignCall`]);
//! the callback runs Python code on it. A callback called outside any foreign call (another thread, or C
//! keeping it past the call) cannot run Python: it says so on stderr and
//! returns zero.
//!
//! Collections: the callable runs through `Vm::call_rooted`, so the
//! collector may run inside a callback when nothing below the foreign call
//! needs protection (the foreign call roots what it uses, see `func::call`);
//! otherwise a qsort's millions of comparisons would keep every temporary
//! object alive until it returns.
//!
//! Errors: an exception raised by the Python callable, or by converting its
//! result, cannot propagate through C; it goes to `sys.unraisablehook` with
//! CPython's messages and the C caller gets a zeroed result.

use std::cell::Cell;
use std::rc::Rc;

use pyjit_ffi::{ArgType, CType, Closure, Slot};

use super::func::{is_record_class, new_instance, record_type};
use super::{CDataObj, ItemCache};
use crate::objects::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// The VM of the innermost foreign call in progress (null outside one).
    static CURRENT_VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
    /// Callbacks in progress (C calling Python calling C ...), bounded: each
    /// level takes Rust stack the VM's own limits do not see.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Most callbacks in progress at once.
const MAX_DEPTH: u32 = 200;

/// Marks a foreign call in progress: callbacks C makes during it run on this
/// VM. Dropping it restores the enclosing call's VM.
pub struct ForeignCall {
    outer: *mut Vm,
}

impl ForeignCall {
    /// Enter a foreign call made by `vm`. The caller must not use `vm` until
    /// the guard is dropped (callbacks use it meanwhile).
    pub fn enter(vm: &mut Vm) -> ForeignCall {
        let outer = CURRENT_VM.with(|c| c.replace(vm as *mut Vm));
        ForeignCall { outer }
    }
}

impl Drop for ForeignCall {
    fn drop(&mut self) {
        CURRENT_VM.with(|c| c.set(self.outer));
    }
}

/// How a callback argument becomes a Python value.
enum CbArg {
    /// A simple type used directly: its value (int, float, bytes, ...).
    Value(char, CType),
    /// Any other ctypes type (pointers, subclasses of simple types,
    /// structures): an instance holding a copy of the argument; each new one
    /// starts from what the previous one learnt about the class's items.
    Instance(ObjRef, ArgType, Cell<ItemCache>),
}

/// The conversions of a callback's signature and the Python callable.
struct CallbackData {
    callable: Value,
    args: Vec<CbArg>,
    /// The result's simple-type code and C type (None: `void`).
    ret: Option<(char, CType)>,
    /// Keeps the strings of `c_char_p`/`c_wchar_p` results alive (C may use
    /// them after the callback returned; CPython leaks them likewise).
    keep: CDataObj,
    /// Calls of this callback in progress (see `Callback`'s Drop).
    active: Cell<u32>,
}

/// The Python side of a callback function object.
pub struct Callback {
    data: Rc<CallbackData>,
    /// None only while being dropped.
    closure: Option<Closure>,
}

impl Drop for Callback {
    /// A collection inside one of its own calls may free the function object
    /// (the program dropped its last reference): the closure is then leaked,
    /// since C is still running its code and its handler.
    fn drop(&mut self) {
        if self.data.active.get() > 0 {
            std::mem::forget(self.closure.take());
        }
    }
}

impl Callback {
    /// The address C calls.
    pub fn code(&self) -> usize {
        self.closure.as_ref().map_or(0, Closure::code)
    }

    /// Call `f` on every heap reference.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.data.callable);
        for a in &self.data.args {
            if let CbArg::Instance(c, ..) = a {
                f(Value::Obj(*c));
            }
        }
        self.data.keep.trace(f);
    }
}

/// A callback calling `callable` for function pointer class `cls` (its
/// `_argtypes_` and `_restype_` give the signature).
pub fn new(vm: &mut Vm, cls: ObjRef, callable: Value) -> PyResult<Callback> {
    let k = vm.intern("_argtypes_");
    let argtypes = vm.getattr_opt(Value::Obj(cls), k)?.unwrap_or(Value::None);
    let k = vm.intern("_restype_");
    let restype = vm.getattr_opt(Value::Obj(cls), k)?.unwrap_or(Value::None);
    let mut args = Vec::new();
    let mut types = Vec::new();
    if !argtypes.is_none() {
        for (i, t) in vm.collect_iterable(argtypes)?.into_iter().enumerate() {
            let (conv, ty) = callback_arg(vm, t, i + 1)?;
            args.push(conv);
            types.push(ty);
        }
    }
    let ret = if restype.is_none() {
        None
    } else {
        match simple_direct(vm, restype)? {
            Some(conv) => Some(conv),
            None => {
                return Err(PyErr::type_error(
                    "invalid result type for callback function",
                ))
            }
        }
    };
    let ret_ty = ArgType::Scalar(ret.map_or(CType::Void, |r| r.1));
    let data = Rc::new(CallbackData {
        callable,
        args,
        ret,
        keep: CDataObj::view(0, 0, Value::None),
        active: Cell::new(0),
    });
    let inner = Rc::clone(&data);
    let closure = Closure::new(
        &types,
        &ret_ty,
        Box::new(move |argv, result| run(&inner, argv, result)),
    )
    .map_err(PyErr::runtime_error)?;
    Ok(Callback {
        data,
        closure: Some(closure),
    })
}

/// The simple-type code of `cls` when it is a simple type used directly (not
/// a subclass of one, whose values stay instances).
fn simple_direct(vm: &mut Vm, cls: Value) -> PyResult<Option<(char, CType)>> {
    let Some(conv) = super::func::simple_code(vm, cls)? else {
        return Ok(None);
    };
    Ok(super::func::is_simple_direct(vm, cls)?.then_some(conv))
}

/// The conversion and C type of callback argument `index` of type `t`.
fn callback_arg(vm: &mut Vm, t: Value, index: usize) -> PyResult<(CbArg, ArgType)> {
    if let Some((code, ty)) = simple_direct(vm, t)? {
        return Ok((CbArg::Value(code, ty), ArgType::Scalar(ty)));
    }
    let Some(cls) = t.as_obj().filter(|c| c.as_type().is_some()) else {
        return Err(PyErr::type_error(format!(
            "item {index} in _argtypes_ has no from_param method"
        )));
    };
    let instance = |ty: &ArgType| CbArg::Instance(cls, ty.clone(), Cell::default());
    if let Some((_, ty)) = super::func::simple_code(vm, t)? {
        let ty = ArgType::Scalar(ty);
        return Ok((instance(&ty), ty));
    }
    if is_record_class(vm, t) {
        let ty = record_type(vm, t, "callback argument", index)?;
        return Ok((instance(&ty), ty));
    }
    // Pointers, function pointers and arrays (which decay to pointers).
    let ty = ArgType::Scalar(CType::Pointer);
    Ok((instance(&ty), ty))
}

/// One call of a callback from C.
fn run(data: &CallbackData, argv: &[*const u8], result: *mut u8) {
    let ret_size = data.ret.map_or(0, |r| r.1.size()).max(8);
    // SAFETY: libffi's result buffer holds the result and at least a register.
    unsafe { std::ptr::write_bytes(result, 0, ret_size) };
    let vm = CURRENT_VM.with(|c| c.get());
    if vm.is_null() {
        eprintln!(
            "pyjit: a ctypes callback was called outside a foreign call made by \
             Python (from another thread, or after the call that passed it \
             returned); it cannot run and returns 0"
        );
        return;
    }
    // SAFETY: the foreign call that recorded this VM is in progress below on
    // this thread and does not use the VM until C returns (ForeignCall).
    let vm = unsafe { &mut *vm };
    let mut args = Vec::with_capacity(argv.len());
    for (conv, &p) in data.args.iter().zip(argv) {
        let v = match conv {
            &CbArg::Value(code, ty) => super::read_value(vm, p as usize, code, ty),
            CbArg::Instance(cls, ty, cache) => {
                let v = new_instance(vm, *cls, p as usize, ty.size());
                if let Some(m) = v.as_obj().and_then(crate::objects::object::extend_cdata) {
                    m.set_item_cache(cache.get());
                }
                Ok(v)
            }
        };
        match v {
            Ok(v) => args.push(v),
            Err(e) => {
                let msg = "Exception ignored on converting argument of ctypes callback function";
                return vm.write_unraisable(e, Some(msg), data.callable);
            }
        }
    }
    // The foreign call below keeps what it uses rooted and the arguments are
    // on the value stack once called: collections may run in the callback
    // (a qsort makes millions of calls within one foreign call).
    let depth = DEPTH.with(|d| d.get());
    let called = if depth >= MAX_DEPTH {
        Err(PyErr::recursion_error(
            "maximum recursion depth exceeded in ctypes callbacks",
        ))
    } else {
        DEPTH.with(|d| d.set(depth + 1));
        data.active.set(data.active.get() + 1);
        let r = vm.call_rooted(data.callable, &args);
        data.active.set(data.active.get() - 1);
        DEPTH.with(|d| d.set(depth));
        r
    };
    // Keep what the arguments learnt about their classes for the next call.
    for (conv, v) in data.args.iter().zip(&args) {
        let m = v.as_obj().and_then(crate::objects::object::extend_cdata);
        if let (CbArg::Instance(_, _, cache), Some(m)) = (conv, m) {
            cache.set(m.item_cache());
        }
    }
    let r = match called {
        Ok(r) => r,
        Err(e) => {
            let msg = "Exception ignored on calling ctypes callback function";
            return vm.write_unraisable(e, Some(msg), data.callable);
        }
    };
    let Some((code, ty)) = data.ret else {
        return;
    };
    match store_result(vm, data, code, ty, r) {
        // SAFETY: as above; a whole register is written for narrow integers.
        Ok(slot) => unsafe { std::ptr::copy_nonoverlapping(slot.0.as_ptr(), result, ret_size) },
        Err(e) => {
            let msg = "Exception ignored on converting result of ctypes callback function";
            vm.write_unraisable(e, Some(msg), data.callable)
        }
    }
}

/// The result slot for Python result `r` of simple type `code`: integers
/// widened to a whole register as libffi returns them.
fn store_result(
    vm: &mut Vm,
    data: &CallbackData,
    code: char,
    ty: CType,
    r: Value,
) -> PyResult<Slot> {
    let bits = super::value_bits(vm, Some(&data.keep), code, ty, r)?;
    if ty.is_integer() {
        let widened = Slot::int(ty, bits).to_int(ty);
        return Ok(Slot::int(CType::I64, widened));
    }
    Ok(Slot::int(ty, bits))
}
