//! `_weakref`: weak references (`weakref.ref`), the native part of the
//! `weakref` module (`modules/weakref.py` builds the dictionaries, WeakSet and
//! finalize on top).
//!
//! A weak reference holds its referent without keeping it alive: the
//! collector does not trace `referent`, and after marking it clears every
//! reference whose referent is unmarked and queues its callback
//! (`gc::heap`). The VM runs queued callbacks after the collection, at the
//! safepoint or in `gc.collect()` ([`Vm::run_weak_callbacks`]); an exception
//! from one goes to `sys.unraisablehook`, as in CPython.
//!
//! As in CPython, `ref(o)` without a callback returns the existing
//! callback-less reference to `o` if there is one; int, float, str, bytes,
//! tuple, list, dict, bool and None cannot be weakly referenced.

use std::cell::Cell;

use crate::bytecode::CmpOp;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The state of a weak reference.
pub struct WeakRefObj {
    /// The object referred to; None once the collector freed it.
    pub referent: Cell<Value>,
    /// Called with the reference when the referent dies (None: no callback;
    /// reset to None once queued).
    pub callback: Cell<Value>,
    /// The referent's hash, kept once computed (a dead reference still has it).
    hash: Cell<Option<i64>>,
}

impl WeakRefObj {
    /// Call `f` on every heap reference (the callback; never the referent).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.callback.get());
    }
}

fn this(vm: &Vm, v: Value) -> PyResult<&'static WeakRefObj> {
    v.as_obj()
        .and_then(crate::objects::object::extend_weakref)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor requires a 'weakref.ReferenceType' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

/// The object `v` if it can be weakly referenced: as in CPython, instances
/// of classes (unless every class defines `__slots__` without
/// `__weakref__`), classes, functions, built-in functions and methods of
/// objects, bound methods, generators, code objects, modules, sets, arrays, memoryviews,
/// ctypes objects, and instances of subclasses of built-in types other than
/// int, tuple and bytes.
fn referent_of(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let refused = |vm: &Vm| {
        PyErr::type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(v)
        ))
    };
    let Value::Obj(o) = v else {
        return Err(refused(vm));
    };
    if vm.is_derived(v) {
        let base = vm.builtin_base(o.ty());
        let t = &vm.types;
        if base.is_some_and(|b| b == t.int || b == t.tuple || b == t.bytes) {
            return Err(refused(vm));
        }
        return Ok(o);
    }
    let allowed = match &o.payload {
        Payload::Instance(_) => o.ty() != vm.types.object && has_weakref_slot(vm, o.ty())?,
        Payload::Method { .. }
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Code(_)
        | Payload::Type(_)
        | Payload::Module { .. }
        | Payload::Generator(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Array(_)
        | Payload::MemoryView(_)
        | Payload::Random(_)
        | Payload::Regex(_)
        | Payload::RegexMatch(_)
        | Payload::CData(_)
        | Payload::CFunc(_)
        | Payload::File(_) => true,
        _ => false,
    };
    if allowed {
        Ok(o)
    } else {
        Err(refused(vm))
    }
}

/// Do instances of `cls` have a weak reference slot: some class of its MRO
/// (other than object) defines no `__slots__`, or names `__weakref__` in them?
fn has_weakref_slot(vm: &mut Vm, cls: ObjRef) -> PyResult<bool> {
    let Some(t) = cls.as_type() else {
        return Ok(true);
    };
    let slots_name = vm.intern("__slots__");
    for c in t.mro.get().clone() {
        if c == vm.types.object {
            continue;
        }
        let Some(ct) = c.as_type() else { continue };
        let Some(slots) = vm.dict_get_str(ct.dict, slots_name)? else {
            return Ok(true);
        };
        let names = match slots.payload() {
            Some(Payload::Str(_)) => vec![slots],
            _ => vm.collect_iterable(slots)?,
        };
        if names
            .iter()
            .any(|n| matches!(n.payload(), Some(Payload::Str(s)) if s.as_str() == "__weakref__"))
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `weakref.ref(object[, callback])`.
pub fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    match args.len() {
        1 | 2 => {}
        0 => {
            return Err(PyErr::type_error(
                "__new__ expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "__new__ expected at most 2 arguments, got {n}"
            )))
        }
    }
    let referent = referent_of(vm, args[0])?;
    let callback = args.get(1).copied().unwrap_or(Value::None);
    if callback.is_none() {
        let existing = vm.heap.weak_refs(referent).iter().copied().find(|r| {
            crate::objects::object::extend_weakref(*r).is_some_and(|w| w.callback.get().is_none())
        });
        if let Some(r) = existing {
            return Ok(Value::Obj(r));
        }
    }
    let obj = WeakRefObj {
        referent: Cell::new(Value::Obj(referent)),
        callback: Cell::new(callback),
        hash: Cell::new(None),
    };
    let ty = vm.types.weakref;
    let r = vm.alloc(ty, Payload::WeakRef(Box::new(obj)));
    vm.heap.add_weak_ref(referent, r, callback.is_none());
    Ok(Value::Obj(r))
}

/// `r()`: the referent, or None once it was freed.
fn call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args[0])?;
    if !kw.is_empty() {
        return Err(PyErr::type_error("weakref() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len() - 1
        )));
    }
    Ok(r.referent.get())
}

/// `hash(r)`: the referent's hash (TypeError for a reference that died
/// before it was hashed).
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let r = this(vm, v)?;
    if let Some(h) = r.hash.get() {
        return Ok(h);
    }
    let target = r.referent.get();
    if target.is_none() {
        return Err(PyErr::type_error("weak object has gone away"));
    }
    let h = vm.hash(target)?;
    r.hash.set(Some(h));
    Ok(h)
}

/// `a == b` / `a != b` for weak references: their referents compared while
/// both live, identity otherwise. None when `a` or `b` is not a reference.
pub fn compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    let is_ref = |v: Value| matches!(v.payload(), Some(Payload::WeakRef(_)));
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !is_ref(a) || !is_ref(b) {
        return Ok(None);
    }
    let (x, y) = (this(vm, a)?.referent.get(), this(vm, b)?.referent.get());
    let equal = if x.is_none() || y.is_none() {
        a.is(b)
    } else {
        let r = vm.rich_compare(x, y, CmpOp::Eq)?;
        vm.truthy(r)?
    };
    Ok(Some(equal == (op == CmpOp::Eq)))
}

/// `repr(r)`: `<weakref at 0x...; to 'C' at 0x... (name)>` (the name of
/// referents whose type gives them one: classes, functions, generators) or
/// `<weakref at 0x...; dead>`.
pub fn repr(vm: &mut Vm, o: ObjRef) -> PyResult<String> {
    let Some(r) = crate::objects::object::extend_weakref(o) else {
        return Ok(vm.default_repr(o));
    };
    let Value::Obj(t) = r.referent.get() else {
        return Ok(format!("<weakref at {:#x}; dead>", o.addr()));
    };
    let named = matches!(
        t.payload,
        Payload::Type(_)
            | Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Generator(_)
            | Payload::Method { .. }
    ) || vm.lookup_in_mro(t.ty(), vm.names.__name__).is_some();
    let mut name = String::new();
    if named {
        let k = vm.names.__name__;
        if let Some(n) = vm.getattr_opt(Value::Obj(t), k)? {
            if let Some(Payload::Str(s)) = n.payload() {
                name = format!(" ({})", s.as_str());
            }
        }
    }
    Ok(format!(
        "<weakref at {:#x}; to '{}' at {:#x}{name}>",
        o.addr(),
        vm.type_name(Value::Obj(t)),
        t.addr()
    ))
}

fn readonly(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(PyErr::attribute_error("readonly attribute"))
}

fn callback_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this(vm, args[0])?.callback.get())
}

/// CPython's message for a one-argument function of `_weakref`.
fn one_argument(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "_weakref.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `getweakrefcount(object)`.
fn getweakrefcount(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    one_argument("getweakrefcount", args)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(o) => vm.heap.weak_refs(o).len() as i64,
        _ => 0,
    }))
}

/// `getweakrefs(object)`.
fn getweakrefs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    one_argument("getweakrefs", args)?;
    let refs: Vec<Value> = match args[0] {
        Value::Obj(o) => vm
            .heap
            .weak_refs(o)
            .iter()
            .map(|r| Value::Obj(*r))
            .collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(refs))
}

impl Vm {
    /// Run the callbacks of weak references the collector cleared (each with
    /// its reference); an exception from one goes to `sys.unraisablehook`.
    /// Returns whether any ran.
    pub fn run_weak_callbacks(&mut self) -> bool {
        let mut ran = false;
        loop {
            let pending = self.heap.take_weak_callbacks();
            if pending.is_empty() {
                return ran;
            }
            ran = true;
            // Rooted while they run (a callback may collect).
            let mark = self.tmp_roots.len();
            for (cb, r) in &pending {
                self.tmp_roots.push(*cb);
                self.tmp_roots.push(Value::Obj(*r));
            }
            for (cb, r) in pending {
                if let Err(e) = self.call(cb, &[Value::Obj(r)], &[]) {
                    self.write_unraisable(e, None, cb);
                }
            }
            self.tmp_roots.truncate(mark);
        }
    }
}

/// Register the methods of `weakref.ReferenceType`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.weakref;
    vm.add_method(t, "__call__", call);
    vm.add_property(t, "__callback__", callback_get, readonly);
}

/// Create the `_weakref` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_weakref");
    let d = vm.instance_dict(m).expect("a new module has a dict");
    let functions: &[(&'static str, crate::objects::NativeFn)] = &[
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ];
    for (n, f) in functions {
        let k = vm.intern(n);
        let v = vm.new_builtin(n, *f);
        let _ = vm.dict_set_str(d, k, v);
    }
    for n in ["ref", "ReferenceType"] {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, Value::Obj(vm.types.weakref));
    }
    m
}
