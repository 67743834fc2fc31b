//! Instances of user classes derived from built-in types (`class Stack(list)`,
//! `class Celsius(float)`, `class Point(tuple)`): `Layout::Derived`.
//!
//! Representation: such an instance is the built-in type's own payload with the
//! subclass as its type (`Payload::List`, `Payload::Str`, ...), so every native that
//! reads a payload works on it unchanged. `int` and `float` values are unboxed, so
//! their subclasses hold the value in `Payload::Boxed`, and natives of `int` and
//! `float` receive the value itself as `self` (`Vm::check_self`). Attributes live
//! in the heap's side table (`Heap::attr_dict`).
//!
//! Dispatch: a protocol (`len`, `obj[i]`, `+`, `==`, ...) on such an instance calls
//! the class's Python override of the special method when there is one, and
//! otherwise runs the built-in behaviour directly; a native inherited from the
//! built-in base never counts as an override. The natives themselves (what
//! `super().__getitem__(i)` reaches) run the built-in behaviour, so an override that
//! calls its base does not recurse.
//!
//! Construction follows CPython: immutable bases (`int`, `str`, `tuple`, ...) take
//! their value in `__new__`; mutable ones (`list`, `dict`, `set`, `bytearray`) start
//! empty and are filled by the base `__init__` (`Vm::derived_init`).

use super::{PyErr, PyResult, Vm};
use crate::builtins::construct::construct_builtin;
use crate::objects::object::{Layout, Mut};
use crate::objects::{ObjRef, Payload, Value};

type Kw<'a> = &'a [(ObjRef, Value)];

impl Vm {
    /// Built-in types a `class` statement may derive from.
    pub fn is_derivable_builtin(&self, ty: ObjRef) -> bool {
        let t = &self.types;
        [
            t.int,
            t.float,
            t.complex,
            t.str,
            t.bytes,
            t.bytearray,
            t.list,
            t.tuple,
            t.dict,
            t.set,
            t.frozenset,
            t.array,
            t.random,
            t.cdata,
            t.cfuncptr,
        ]
        .contains(&ty)
    }

    /// The built-in type whose payload instances of `cls` carry (None unless `cls`
    /// is, or derives from, one of `is_derivable_builtin`).
    pub fn builtin_base(&self, cls: ObjRef) -> Option<ObjRef> {
        let t = cls.as_type()?;
        let mro = t.mro.get();
        if mro.is_empty() {
            // A class under construction: its bases decide.
            return t.bases.get().iter().find_map(|b| self.builtin_base(*b));
        }
        mro.iter().copied().find(|c| self.is_derivable_builtin(*c))
    }

    /// Is `v` an instance of a class derived from a built-in type?
    #[inline]
    pub fn is_derived(&self, v: Value) -> bool {
        match v {
            Value::Obj(o) => o
                .ty()
                .as_type()
                .map(|t| t.layout == Layout::Derived)
                .unwrap_or(false),
            _ => false,
        }
    }

    /// For an instance of a derived class: the class's Python override of the
    /// special method `name` (None when the built-in behaviour applies).
    #[inline]
    pub fn derived_override(&self, v: Value, name: ObjRef) -> Option<Value> {
        if !self.is_derived(v) {
            return None;
        }
        let f = self.lookup_in_mro(self.type_of(v), name)?;
        (!is_native(f)).then_some(f)
    }

    /// Is `ty` a class derived from a built-in type?
    #[inline]
    pub fn type_is_derived(&self, ty: ObjRef) -> bool {
        ty.as_type()
            .map(|t| t.layout == Layout::Derived)
            .unwrap_or(false)
    }

    /// Special method `name` of `ty` for operator dispatch: for a derived class only
    /// a Python override counts (None means the built-in behaviour applies).
    #[inline]
    pub fn dispatch_dunder(&self, ty: ObjRef, name: ObjRef) -> Option<Value> {
        let f = self.lookup_in_mro(ty, name)?;
        if self.type_is_derived(ty) && is_native(f) {
            None
        } else {
            Some(f)
        }
    }

    /// The built-in value of an `int`/`float` subclass instance (`v` otherwise).
    #[inline]
    pub fn unboxed(v: Value) -> Value {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Boxed(x) => *x,
                _ => v,
            },
            _ => v,
        }
    }

    /// `base.__new__(cls, *args, **kw)` for a class `cls` derived from a built-in.
    pub fn derived_new(&mut self, cls: ObjRef, args: &[Value], kw: Kw) -> PyResult<Value> {
        let base = self.builtin_base(cls).ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__new__ needs a subtype of a built-in type",
                cls.as_type()
                    .map(|t| t.name.get().clone())
                    .unwrap_or_default()
            ))
        })?;
        let t = &self.types;
        let payload = if base == t.list {
            Payload::List(Mut::new(Vec::new()))
        } else if base == t.dict {
            Payload::Dict(Mut::new(Default::default()))
        } else if base == t.set {
            Payload::Set(Mut::new(Default::default()))
        } else if base == t.bytearray {
            Payload::ByteArray(Mut::new(Vec::new()))
        } else if base == t.cdata {
            crate::stdlib::ctypes::new_payload(self, cls)?
        } else if base == t.cfuncptr {
            crate::stdlib::ctypes::func::new_payload(self, cls, args)?
        } else {
            let v = construct_builtin(self, base, args, kw)?;
            self.payload_copy(base, v)?
        };
        Ok(Value::Obj(self.alloc(cls, payload)))
    }

    /// A fresh payload holding the value `v` of the immutable built-in type `base`.
    fn payload_copy(&self, base: ObjRef, v: Value) -> PyResult<Payload> {
        let t = &self.types;
        if base == t.int || base == t.float {
            return Ok(Payload::Boxed(match v {
                Value::Bool(b) => Value::Int(b as i64),
                _ => Self::unboxed(v),
            }));
        }
        Ok(match v.payload() {
            Some(Payload::Str(s)) => Payload::Str(crate::objects::str::PyStr::new(s.as_str())),
            Some(Payload::Bytes(b)) => Payload::Bytes(b.clone()),
            Some(Payload::Tuple(items)) => Payload::Tuple(items.clone()),
            Some(Payload::Complex(re, im)) => Payload::Complex(*re, *im),
            Some(Payload::FrozenSet(s)) => Payload::FrozenSet(Mut::new(s.get().clone())),
            Some(Payload::Random(r)) => Payload::Random(Box::new((**r).clone())),
            Some(Payload::Array(a)) => Payload::Array(Box::new(crate::objects::array::ArrayObj {
                typecode: a.typecode,
                data: Mut::new(a.data.get().clone()),
            })),
            _ => {
                return Err(PyErr::type_error(format!(
                    "{}.__new__ made a '{}' object",
                    base.as_type()
                        .map(|t| t.name.get().clone())
                        .unwrap_or_default(),
                    self.type_name(v)
                )))
            }
        })
    }

    /// `base.__init__(self, *args, **kw)` for the mutable built-ins: replace the
    /// contents of `inst` with what `base(*args, **kw)` would hold. Immutable bases
    /// took their value in `__new__`, so this does nothing for them.
    pub fn derived_init(&mut self, inst: Value, args: &[Value], kw: Kw) -> PyResult<()> {
        let Value::Obj(o) = inst else { return Ok(()) };
        let t = &self.types;
        let base = match &o.payload {
            Payload::List(_) => t.list,
            Payload::Dict(_) => t.dict,
            Payload::Set(_) => t.set,
            Payload::ByteArray(_) => t.bytearray,
            _ => return Ok(()),
        };
        if base == t.bytearray {
            crate::builtins::bytes::check_bytearray_resize(self, inst, &[])?;
        }
        let filled = construct_builtin(self, base, args, kw)?;
        let Some(src) = filled.payload() else {
            return Ok(());
        };
        match (&o.payload, src) {
            (Payload::List(dst), Payload::List(src)) => {
                let items = std::mem::take(&mut *src.get());
                *dst.get() = items;
            }
            (Payload::Dict(dst), Payload::Dict(src)) => {
                let table = std::mem::take(&mut *src.get());
                *dst.get() = table;
            }
            (Payload::Set(dst), Payload::Set(src)) => {
                let table = std::mem::take(&mut *src.get());
                *dst.get() = table;
            }
            (Payload::ByteArray(dst), Payload::ByteArray(src)) => {
                let bytes = std::mem::take(&mut *src.get());
                *dst.get() = bytes;
            }
            _ => {}
        }
        Ok(())
    }

    /// The attribute dict of a derived instance, created on first use.
    pub fn derived_attr_dict(&mut self, o: ObjRef) -> ObjRef {
        if let Some(d) = self.heap.attr_dict(o) {
            return d;
        }
        let d = self.new_dict();
        self.heap.set_attr_dict(o, d);
        d
    }
}

/// A function implemented natively (possibly wrapped as a static method).
pub fn is_native(f: Value) -> bool {
    match f.payload() {
        Some(Payload::Builtin(_)) => true,
        Some(Payload::StaticMethod(g)) => matches!(g.payload(), Some(Payload::Builtin(_))),
        _ => false,
    }
}

/// Natives installed on every derivable built-in type: `__new__` (all) and
/// `__init__` (the mutable ones).
pub mod natives {
    use super::Kw;
    use crate::objects::Value;
    use crate::vm::{PyErr, PyResult, Vm};

    /// `T.__new__(cls, *args, **kw)`
    pub fn builtin_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
        let cls = match args.first().and_then(|c| c.as_obj()) {
            Some(c) if c.as_type().is_some() => c,
            _ => return Err(PyErr::type_error("__new__(X): X is not a type object")),
        };
        if cls.as_type().map(|t| t.builtin).unwrap_or(false) {
            return crate::builtins::construct::construct_builtin(vm, cls, &args[1..], kw);
        }
        vm.derived_new(cls, &args[1..], kw)
    }

    /// `list.__init__(self, iterable=())` and the like for dict, set, bytearray.
    pub fn builtin_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
        vm.derived_init(args[0], &args[1..], kw)?;
        Ok(Value::None)
    }
}
