//! Attribute access (`getattr`, `setattr`, `delattr`, method lookup) following the
//! descriptor rules of the data model
//! (https://docs.python.org/3/reference/datamodel.html#implementing-descriptors):
//! 1. a data descriptor found on the type wins;
//! 2. then the instance's own namespace;
//! 3. then a non-data descriptor or plain class attribute;
//! 4. then `__getattr__`, else AttributeError.
//! Lookups on type objects walk the class's own MRO first and bind with `(None, cls)`.

use super::{AttrCacheEntry, ExcKind, PyErr, PyResult, Vm, ATTR_CACHE_SIZE};
use crate::objects::object::{
    BuiltinFn, FLAG_DELATTR, FLAG_GETATTRIBUTE, FLAG_SETATTR, FLAG_SLOTTED,
};
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// Find `name` in the dicts along `ty`'s MRO.
    ///
    /// Results are memoized in `attr_cache`, keyed by (type, name) and valid for the
    /// current `type_epoch`, which every change to a class namespace advances (and
    /// which a collection clears, since addresses may be reused).
    #[inline]
    pub fn lookup_in_mro(&self, ty: ObjRef, name: ObjRef) -> Option<Value> {
        let slot = ((ty.addr() >> 4) ^ (name.addr() >> 3).wrapping_mul(31)) & (ATTR_CACHE_SIZE - 1);
        let epoch = self.type_epoch.get();
        let e = self.attr_cache[slot].get();
        if e.ty == Some(ty) && e.name == Some(name) && e.epoch == epoch {
            return if e.result.is_empty() {
                None
            } else {
                Some(e.result)
            };
        }
        let r = self.lookup_in_mro_uncached(ty, name);
        self.attr_cache[slot].set(AttrCacheEntry {
            ty: Some(ty),
            name: Some(name),
            epoch,
            result: r.unwrap_or(Value::Empty),
        });
        r
    }

    fn lookup_in_mro_uncached(&self, ty: ObjRef, name: ObjRef) -> Option<Value> {
        let t = ty.as_type()?;
        for c in t.mro.get().iter() {
            if let Some(ct) = c.as_type() {
                if let Some(v) = self.dict_get_str_pure(ct.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// `FLAG_*` bits of a type: which attribute hooks it overrides in Python.
    #[inline]
    pub fn type_flags(&self, ty: ObjRef) -> u8 {
        let t = match ty.as_type() {
            Some(t) if !t.builtin => t,
            _ => return 0,
        };
        let epoch = self.type_epoch.get();
        let (e, f) = t.flags.get();
        if e == epoch {
            return f;
        }
        let mut f = 0;
        let user = |v: Option<Value>| v.map(is_plain_function).unwrap_or(false);
        if user(self.lookup_in_mro(ty, self.names.__getattribute__)) {
            f |= FLAG_GETATTRIBUTE;
        }
        if user(self.lookup_in_mro(ty, self.names.__setattr__)) {
            f |= FLAG_SETATTR;
        }
        if user(self.lookup_in_mro(ty, self.names.__delattr__)) {
            f |= FLAG_DELATTR;
        }
        if self.slot_names(ty).is_some() {
            f |= FLAG_SLOTTED;
        }
        t.flags.set((epoch, f));
        f
    }

    /// The attribute names allowed by `__slots__` when every user class in the MRO
    /// declares them (and none lists `__dict__`); None for ordinary classes.
    pub fn slot_names(&self, ty: ObjRef) -> Option<Vec<String>> {
        let t = ty.as_type()?;
        let slots_key = self.names.__slots__;
        let mut names = Vec::new();
        for c in t.mro.get().iter() {
            let ct = c.as_type()?;
            if ct.builtin {
                continue;
            }
            let decl = self.dict_get_str_pure(ct.dict, slots_key)?;
            let items: Vec<Value> = match decl.payload() {
                Some(Payload::Str(_)) => vec![decl],
                Some(Payload::Tuple(t)) => t.to_vec(),
                Some(Payload::List(l)) => l.get().clone(),
                _ => return None,
            };
            for it in items {
                let s = it.payload().and_then(|p| {
                    if let Payload::Str(s) = p {
                        Some(s.as_str().to_string())
                    } else {
                        None
                    }
                })?;
                if s == "__dict__" {
                    return None;
                }
                names.push(mangle_slot(&ct.name.get(), s));
            }
        }
        Some(names)
    }

    /// Note that some class namespace changed (invalidates `lookup_in_mro` results).
    pub fn types_changed(&self) {
        self.type_epoch.set(self.type_epoch.get() + 1);
    }

    /// The special method `name` of `v`'s type, bound to `v` (None when absent).
    pub fn lookup_special(&mut self, v: Value, name: ObjRef) -> Option<Value> {
        let ty = self.type_of(v);
        let f = self.lookup_in_mro(ty, name)?;
        Some(self.bind_descriptor(f, v, ty).unwrap_or(f))
    }

    /// `__enter__`-style lookup that raises CPython's protocol error when missing.
    pub fn special_method(&mut self, v: Value, name: ObjRef, _what: &str) -> PyResult<Value> {
        match self.lookup_special(v, name) {
            Some(m) => Ok(m),
            None => {
                let tn = self.type_name(v);
                if name == self.names.__exit__ {
                    Err(PyErr::type_error(format!("'{tn}' object does not support the context manager protocol (missed __exit__ method)")))
                } else {
                    Err(PyErr::type_error(format!(
                        "'{tn}' object does not support the context manager protocol"
                    )))
                }
            }
        }
    }

    /// Call the special method `name` of `v`'s type with `v` as self.
    pub fn call_method(&mut self, v: Value, name: ObjRef, args: &[Value]) -> PyResult<Value> {
        let ty = self.type_of(v);
        match self.lookup_in_mro(ty, name) {
            Some(f) => {
                // An unbound native method is called directly with `v` first
                // (`v` and `args` are the caller's, rooted; no collection runs
                // inside a native).
                if let Some(Payload::Builtin(b)) = f.payload() {
                    if let (Some(owner), true, true) = (b.owner, b.bound.is_empty(), args.len() < 4)
                    {
                        let mut buf = [Value::None; 4];
                        buf[0] = self.check_self(b.name, owner, Some(v))?;
                        buf[1..=args.len()].copy_from_slice(args);
                        self.enter_native()?;
                        let r = (b.func)(self, &buf[..=args.len()], &[]);
                        self.leave_native();
                        return r;
                    }
                }
                if is_plain_function(f) {
                    if args.len() < 4 {
                        let mut buf = [Value::None; 4];
                        buf[0] = v;
                        buf[1..=args.len()].copy_from_slice(args);
                        return self.call(f, &buf[..=args.len()], &[]);
                    }
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(v);
                    full.extend_from_slice(args);
                    self.call(f, &full, &[])
                } else {
                    let bound = self.bind_descriptor(f, v, ty)?;
                    self.call(bound, args, &[])
                }
            }
            None => {
                let m = self.getattr(v, name)?;
                self.call(m, args, &[])
            }
        }
    }

    /// Bind a class attribute found for instance `obj` of type `ty` (`__get__`).
    pub fn bind_descriptor(&mut self, f: Value, obj: Value, ty: ObjRef) -> PyResult<Value> {
        let o = match f {
            Value::Obj(o) => o,
            _ => return Ok(f),
        };
        match &o.payload {
            Payload::Function(_) => {
                if obj.is_empty() {
                    return Ok(f);
                }
                let mty = self.types.method;
                Ok(Value::Obj(self.alloc(
                    mty,
                    Payload::Method {
                        func: f,
                        self_: obj,
                    },
                )))
            }
            Payload::Builtin(b) if b.owner.is_some() && b.bound.is_empty() => {
                if obj.is_empty() {
                    return Ok(f);
                }
                let bty = self.types.builtin_function;
                Ok(Value::Obj(self.alloc(
                    bty,
                    Payload::Builtin(BuiltinFn {
                        name: b.name,
                        func: b.func,
                        bound: obj,
                        owner: b.owner,
                    }),
                )))
            }
            Payload::ClassMethod(inner) => {
                if let Some(Payload::Builtin(b)) = inner.payload() {
                    // A native class method binds as a built-in method, as in CPython.
                    let bty = self.types.builtin_function;
                    let bound = BuiltinFn {
                        name: b.name,
                        func: b.func,
                        bound: Value::Obj(ty),
                        owner: None,
                    };
                    return Ok(Value::Obj(self.alloc(bty, Payload::Builtin(bound))));
                }
                let mty = self.types.method;
                Ok(Value::Obj(self.alloc(
                    mty,
                    Payload::Method {
                        func: *inner,
                        self_: Value::Obj(ty),
                    },
                )))
            }
            Payload::StaticMethod(inner) => Ok(*inner),
            Payload::Property { fget, .. } => {
                if obj.is_empty() {
                    return Ok(f);
                }
                if fget.is_none() {
                    return Err(PyErr::attribute_error("property has no getter"));
                }
                let fget = *fget;
                self.call(fget, &[obj], &[])
            }
            Payload::Instance(_) => {
                let ot = o.ty();
                if let Some(get) = self.lookup_in_mro(ot, self.names.__get__) {
                    let inst = if obj.is_empty() { Value::None } else { obj };
                    return self.call(get, &[f, inst, Value::Obj(ty)], &[]);
                }
                Ok(f)
            }
            _ => Ok(f),
        }
    }

    pub(super) fn is_data_descriptor(&self, f: Value) -> bool {
        match f {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } => true,
                Payload::Instance(_) => {
                    let t = o.ty();
                    self.lookup_in_mro(t, self.names.__set__).is_some()
                        || self.lookup_in_mro(t, self.names.__delete__).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `getattr(obj, name)`
    pub fn getattr(&mut self, obj: Value, name: ObjRef) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name)),
        }
    }

    /// AttributeError for a missing attribute, with CPython's message.
    pub fn attr_error(&self, obj: Value, name: ObjRef) -> PyErr {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("?");
        match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Module { name: m, .. } => {
                    return PyErr::attribute_error(format!("module '{m}' has no attribute '{n}'"));
                }
                Payload::Type(t) => {
                    return PyErr::attribute_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name.get()
                    ));
                }
                _ => {}
            },
            _ => {}
        }
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            self.type_name(obj)
        ))
    }

    /// `getattr` returning None instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(_) => return self.type_getattr(o, name),
                Payload::Super { .. } => {
                    if let Some(v) = crate::builtins::object::super_getattr(self, o, name)? {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        // User __getattribute__ override.
        let ga = self.names.__getattribute__;
        if self.type_flags(ty) & FLAG_GETATTRIBUTE != 0 {
            if let Some(f) = self.lookup_in_mro(ty, ga) {
                if is_plain_function(f) {
                    return match self.call(f, &[obj, Value::Obj(name)], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => self.getattr_fallback(obj, ty, name, e),
                    };
                }
            }
        }
        let descr = self.lookup_in_mro(ty, name);
        if let Some(d) = descr {
            if self.is_data_descriptor(d) {
                return match self.bind_descriptor(d, obj, ty) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => self.getattr_fallback(obj, ty, name, e),
                };
            }
        }
        if let Some(v) = self.own_attr_get(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return match self.bind_descriptor(d, obj, ty) {
                Ok(v) => Ok(Some(v)),
                Err(e) => self.getattr_fallback(obj, ty, name, e),
            };
        }
        if self.type_is_user(ty) {
            if let Some(ga) = self.lookup_in_mro(ty, self.names.__getattr__) {
                return self.call(ga, &[obj, Value::Obj(name)], &[]).map(Some);
            }
        }
        if let Some(Payload::Module { dict, .. }) = obj.payload() {
            // A module-level __getattr__ supplies missing attributes (PEP 562).
            let dict = *dict;
            if let Some(ga) = self.dict_get_str(dict, self.names.__getattr__)? {
                return self.call(ga, &[Value::Obj(name)], &[]).map(Some);
            }
        }
        Ok(None)
    }

    /// After a descriptor raised: AttributeError falls back to `__getattr__`.
    fn getattr_fallback(
        &mut self,
        obj: Value,
        ty: ObjRef,
        name: ObjRef,
        e: PyErr,
    ) -> PyResult<Option<Value>> {
        let exc = self.exc_object(e);
        if self.is_instance_kind(Value::Obj(exc), ExcKind::AttributeError) && self.type_is_user(ty)
        {
            if let Some(ga) = self.lookup_in_mro(ty, self.names.__getattr__) {
                return self.call(ga, &[obj, Value::Obj(name)], &[]).map(Some);
            }
        }
        Err(PyErr::exc(exc))
    }

    /// True for classes made by `class` statements.
    pub fn type_is_user(&self, ty: ObjRef) -> bool {
        ty.as_type().map(|t| !t.builtin).unwrap_or(false)
    }

    fn type_getattr(&mut self, cls: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        if let Some(v) = self.special_attr(Value::Obj(cls), name)? {
            return Ok(Some(v));
        }
        let meta = cls.ty();
        let meta_attr = self.lookup_in_mro(meta, name);
        if let Some(d) = meta_attr {
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, Value::Obj(cls), meta).map(Some);
            }
        }
        if let Some(v) = self.lookup_in_mro(cls, name) {
            let r = match v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(_) | Payload::Property { .. } => v,
                    Payload::Builtin(_) => v,
                    Payload::ClassMethod(_) | Payload::StaticMethod(_) => {
                        self.bind_descriptor(v, Value::Empty, cls)?
                    }
                    Payload::Instance(_) => self.bind_descriptor(v, Value::Empty, cls)?,
                    _ => v,
                },
                _ => v,
            };
            return Ok(Some(r));
        }
        if let Some(d) = meta_attr {
            return self.bind_descriptor(d, Value::Obj(cls), meta).map(Some);
        }
        if self.type_is_user(meta) {
            if let Some(ga) = self.lookup_in_mro(meta, self.names.__getattr__) {
                return self
                    .call(ga, &[Value::Obj(cls), Value::Obj(name)], &[])
                    .map(Some);
            }
        }
        Ok(None)
    }

    /// Attributes every object (or every object of a kind) has, computed in Rust.
    fn special_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        if !n.starts_with("__")
            && !(matches!(
                n,
                "args"
                    | "value"
                    | "code"
                    | "errno"
                    | "strerror"
                    | "filename"
                    | "filename2"
                    | "name"
                    | "path"
                    | "name_from"
            ) && matches!(obj.payload(), Some(Payload::Exception(_))))
            && !(n.starts_with("gi_") && matches!(obj.payload(), Some(Payload::Generator(_))))
        {
            return Ok(None);
        }
        if name == self.names.__class__ {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let o = match obj {
            Value::Obj(o) => o,
            _ => return Ok(None),
        };
        match &o.payload {
            Payload::Type(t) => {
                let v = match n {
                    // A built-in type from a module is named "module.name".
                    "__name__" => {
                        let full = t.name.get().clone();
                        self.new_str(full.rsplit('.').next().unwrap_or(&full))
                    }
                    "__qualname__" => self.new_str(t.qualname.get().as_str()),
                    "__mro__" => {
                        let m: Vec<Value> = t.mro.get().iter().map(|c| Value::Obj(*c)).collect();
                        self.new_tuple(m)
                    }
                    "__bases__" => {
                        let b: Vec<Value> = t.bases.get().iter().map(|c| Value::Obj(*c)).collect();
                        self.new_tuple(b)
                    }
                    "__base__" => t
                        .bases
                        .get()
                        .first()
                        .map(|b| Value::Obj(*b))
                        .unwrap_or(Value::None),
                    "__dict__" => {
                        let mp = self.types.mappingproxy;
                        Value::Obj(self.alloc(mp, Payload::MappingProxy(t.dict)))
                    }
                    "__module__" if t.builtin => {
                        let full = t.name.get().clone();
                        self.new_str(full.rsplit_once('.').map(|(m, _)| m).unwrap_or("builtins"))
                    }
                    "__doc__" => match self.dict_get_str(t.dict, name)? {
                        Some(v) => v,
                        None => Value::None,
                    },
                    _ => return Ok(None),
                };
                Ok(Some(v))
            }
            Payload::Function(f) => {
                let v = match n {
                    "__name__" => self.new_str(f.name.get().as_str()),
                    "__qualname__" => self.new_str(f.qualname.get().as_str()),
                    "__doc__" => *f.doc.get(),
                    "__module__" => *f.module.get(),
                    "__defaults__" => *f.defaults.get(),
                    "__kwdefaults__" => *f.kwdefaults.get(),
                    "__globals__" => Value::Obj(f.globals),
                    "__closure__" => f.closure,
                    "__code__" => Value::Obj(f.code),
                    "__annotations__" => {
                        if f.annotations.get().is_none() {
                            let d = self.new_dict();
                            *f.annotations.get() = Value::Obj(d);
                        }
                        *f.annotations.get()
                    }
                    "__dict__" => {
                        if f.dict.get().is_none() {
                            let d = self.new_dict();
                            *f.dict.get() = Some(d);
                        }
                        Value::Obj(f.dict.get().unwrap())
                    }
                    _ => return Ok(None),
                };
                Ok(Some(v))
            }
            Payload::Method { func, self_ } => match n {
                "__func__" => Ok(Some(*func)),
                "__self__" => Ok(Some(*self_)),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = *func;
                    self.getattr_opt(f, name)
                }
                _ => Ok(None),
            },
            Payload::Builtin(b) => match n {
                "__name__" | "__qualname__" => Ok(Some(self.new_str(b.name))),
                "__self__" => Ok(Some(if b.bound.is_empty() {
                    Value::None
                } else {
                    b.bound
                })),
                "__doc__" => Ok(Some(Value::None)),
                _ => Ok(None),
            },
            Payload::Instance(inst)
                if n == "__dict__"
                    && o.ty() != self.types.object
                    && self.type_flags(o.ty()) & FLAG_SLOTTED == 0 =>
            {
                Ok(Some(Value::Obj(self.enter_dict_mode(inst))))
            }
            _ if n == "__dict__"
                && self.is_derived(obj)
                && self.type_flags(o.ty()) & FLAG_SLOTTED == 0 =>
            {
                Ok(Some(Value::Obj(self.derived_attr_dict(o))))
            }
            Payload::Module { name: m, dict } => match n {
                "__dict__" => Ok(Some(Value::Obj(*dict))),
                "__name__" => match self.dict_get_str(*dict, name)? {
                    Some(v) => Ok(Some(v)),
                    None => Ok(Some(self.new_str(m.as_str()))),
                },
                _ => Ok(None),
            },
            Payload::Exception(e) => match n {
                "__dict__" => Ok(Some(Value::Obj(e.dict))),
                "__cause__" => Ok(Some(*e.cause.get())),
                "__context__" => Ok(Some(*e.context.get())),
                "__suppress_context__" => Ok(Some(Value::Bool(e.suppress_context.get()))),
                "__traceback__" => Ok(Some(self.traceback_object(o))),
                "args" => {
                    // OSError(errno, strerror, filename[, winerror, filename2]):
                    // the file names are attributes, not arguments.
                    let args = *e.args.get();
                    if let Some(t) = args.tuple().filter(|t| (3..=5).contains(&t.len())) {
                        if self.is_instance_kind(obj, ExcKind::OSError) {
                            let first = t[..2].to_vec();
                            return Ok(Some(self.new_tuple(first)));
                        }
                    }
                    Ok(Some(args))
                }
                "name" | "path" | "name_from"
                    if self.is_instance_kind(obj, ExcKind::ImportError) =>
                {
                    Ok(Some(
                        self.dict_get_str(e.dict, name)?.unwrap_or(Value::None),
                    ))
                }
                "value" | "code" | "errno" | "strerror" | "filename" | "filename2" => {
                    if let Some(v) = self.dict_get_str(e.dict, name)? {
                        return Ok(Some(v));
                    }
                    let args: Vec<Value> =
                        e.args.get().tuple().map(|t| t.to_vec()).unwrap_or_default();
                    let kind = match n {
                        "value" => ExcKind::StopIteration,
                        "code" => ExcKind::SystemExit,
                        _ => ExcKind::OSError,
                    };
                    if !self.is_instance_kind(obj, kind) {
                        return Ok(None);
                    }
                    // OSError takes its fields from 2 to 5 arguments only.
                    if kind == ExcKind::OSError && args.len() > 5 {
                        return Ok(Some(Value::None));
                    }
                    Ok(Some(match n {
                        "value" | "code" => match args.len() {
                            0 => Value::None,
                            1 => args[0],
                            _ if n == "code" => self.new_tuple(args),
                            _ => args[0],
                        },
                        "errno" => {
                            if args.len() >= 2 {
                                args[0]
                            } else {
                                Value::None
                            }
                        }
                        "strerror" => {
                            if args.len() >= 2 {
                                args[1]
                            } else {
                                Value::None
                            }
                        }
                        "filename2" => {
                            if args.len() >= 5 {
                                args[4]
                            } else {
                                Value::None
                            }
                        }
                        _ => {
                            if args.len() >= 3 {
                                args[2]
                            } else {
                                Value::None
                            }
                        }
                    }))
                }
                _ => Ok(None),
            },
            Payload::Generator(g) => match n {
                "__name__" => Ok(Some(self.new_str(g.name.as_str()))),
                "__qualname__" => Ok(Some(self.new_str(g.qualname.as_str()))),
                "gi_running" => Ok(Some(Value::Bool(g.running.get()))),
                "gi_suspended" => Ok(Some(Value::Bool(
                    g.started.get() && !g.running.get() && g.frame.get().is_some(),
                ))),
                "gi_code" => Ok(Some(Value::Obj(g.code))),
                "gi_frame" => Ok(Some(self.generator_frame(o))),
                _ => Ok(None),
            },
            Payload::Traceback { .. } => Ok(None),
            Payload::Code(c) => match n {
                "__name__" => Ok(Some(self.new_str(c.code.name.as_str()))),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `setattr(obj, name, value)`
    pub fn setattr(&mut self, obj: Value, name: ObjRef, v: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if self.type_flags(ty) & FLAG_SETATTR != 0 {
            if let Some(sa) = self.lookup_in_mro(ty, self.names.__setattr__) {
                if is_plain_function(sa) {
                    self.call(sa, &[obj, Value::Obj(name), v], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn generic_setattr(&mut self, obj: Value, name: ObjRef, v: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Payload::Type(t) = &o.payload {
                if t.builtin {
                    let n = name
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default();
                    return Err(PyErr::type_error(format!(
                        "cannot set '{n}' attribute of immutable type '{}'",
                        t.name.get()
                    )));
                }
                let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                match n {
                    "__name__" => {
                        if let Some(s) = v
                            .as_obj()
                            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                        {
                            *t.name.get() = s;
                        }
                        return Ok(());
                    }
                    "__qualname__" => {
                        if let Some(s) = v
                            .as_obj()
                            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                        {
                            *t.qualname.get() = s;
                        }
                        return Ok(());
                    }
                    _ => {}
                }
                let d = t.dict;
                self.types_changed();
                return self.dict_set_str(d, name, v);
            }
        }
        if let Some(d) = self.lookup_in_mro(ty, name) {
            if let Value::Obj(dobj) = d {
                match &dobj.payload {
                    Payload::Property { fset, fget, .. } => {
                        if fset.is_none() {
                            let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                            if matches!(fget.payload(), Some(Payload::Builtin(_))) {
                                return Err(PyErr::attribute_error(format!(
                                    "attribute '{n}' of '{}' objects is not writable",
                                    self.type_name(obj)
                                )));
                            }
                            return Err(PyErr::attribute_error(format!(
                                "property '{n}' of '{}' object has no setter",
                                self.type_name(obj)
                            )));
                        }
                        let fset = *fset;
                        self.call(fset, &[obj, v], &[])?;
                        return Ok(());
                    }
                    Payload::Instance(_) => {
                        let dt = dobj.ty();
                        if let Some(set) = self.lookup_in_mro(dt, self.names.__set__) {
                            self.call(set, &[d, obj, v], &[])?;
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
        }
        if name == self.names.__class__ {
            if let (Value::Obj(o), Some(Payload::Type(nt))) = (obj, v.payload()) {
                let old = o.ty().as_type().map(|t| t.layout);
                if matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
                    && !nt.builtin
                    && old == Some(nt.layout)
                {
                    let new_ty = v.as_obj().unwrap();
                    self.instance_set_class(o, new_ty);
                    return Ok(());
                }
            }
            return Err(PyErr::type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if let Value::Obj(o) = obj {
            if let Payload::Function(f) = &o.payload {
                let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                match n {
                    "__name__" => {
                        if let Some(s) = v
                            .as_obj()
                            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                        {
                            *f.name.get() = s;
                        }
                        return Ok(());
                    }
                    "__qualname__" => {
                        if let Some(s) = v
                            .as_obj()
                            .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                        {
                            *f.qualname.get() = s;
                        }
                        return Ok(());
                    }
                    "__doc__" => {
                        *f.doc.get() = v;
                        return Ok(());
                    }
                    "__module__" => {
                        *f.module.get() = v;
                        return Ok(());
                    }
                    "__defaults__" => {
                        *f.defaults.get() = v;
                        return Ok(());
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.get() = v;
                        return Ok(());
                    }
                    _ => {}
                }
                if f.dict.get().is_none() {
                    let d = self.new_dict();
                    *f.dict.get() = Some(d);
                }
            }
            if let Payload::Exception(e) = &o.payload {
                let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                match n {
                    "__cause__" => {
                        *e.cause.get() = v;
                        e.suppress_context.set(true);
                        return Ok(());
                    }
                    "__context__" => {
                        *e.context.get() = v;
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        let b = self.truthy(v)?;
                        e.suppress_context.set(b);
                        return Ok(());
                    }
                    "__traceback__" => return self.set_traceback(o, v),
                    "args" => {
                        let t = self.collect_iterable(v)?;
                        let t = self.new_tuple(t);
                        *e.args.get() = t;
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        if self.type_flags(ty) & FLAG_SLOTTED != 0 {
            let n = name
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            if !self.slot_names(ty).map(|s| s.contains(&n)).unwrap_or(false) {
                return Err(PyErr::attribute_error(format!(
                    "'{}' object has no attribute '{n}'",
                    self.type_name(obj)
                )));
            }
        }
        if self.own_attr_set(obj, name, v)? {
            return Ok(());
        }
        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
        Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            self.type_name(obj)
        )))
    }

    /// `delattr(obj, name)`
    pub fn delattr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        let ty = self.type_of(obj);
        if self.type_flags(ty) & FLAG_DELATTR != 0 {
            if let Some(da) = self.lookup_in_mro(ty, self.names.__delattr__) {
                if is_plain_function(da) {
                    self.call(da, &[obj, Value::Obj(name)], &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(Value::Obj(dobj)) = self.lookup_in_mro(ty, name) {
            match &dobj.payload {
                Payload::Property { fdel, .. } => {
                    if fdel.is_none() {
                        let n = name.as_str().map(|s| s.as_str()).unwrap_or("");
                        return Err(PyErr::attribute_error(format!(
                            "property '{n}' of '{}' object has no deleter",
                            self.type_name(obj)
                        )));
                    }
                    let fdel = *fdel;
                    self.call(fdel, &[obj], &[])?;
                    return Ok(());
                }
                Payload::Instance(_) => {
                    let dt = dobj.ty();
                    if let Some(del) = self.lookup_in_mro(dt, self.names.__delete__) {
                        self.call(del, &[Value::Obj(dobj), obj], &[])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let found = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Type(t) => {
                    let d = t.dict;
                    self.types_changed();
                    Some(self.dict_del_str(d, name)?)
                }
                _ => self.own_attr_del(obj, name)?,
            },
            _ => None,
        };
        match found {
            Some(found) => {
                if found {
                    Ok(())
                } else if !matches!(obj.payload(), Some(Payload::Type(_)))
                    && self.type_flags(ty) & FLAG_SLOTTED != 0
                {
                    // An empty `__slots__` member: CPython's message is the bare name.
                    let n = name
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default();
                    if self.slot_names(ty).map(|s| s.contains(&n)).unwrap_or(false) {
                        Err(PyErr::attribute_error(n))
                    } else {
                        Err(self.attr_error(obj, name))
                    }
                } else {
                    Err(self.attr_error(obj, name))
                }
            }
            None => Err(self.attr_error(obj, name)),
        }
    }

    /// LOAD_METHOD: `(function, self)` when an unbound method can be called directly,
    /// else `(Empty, attribute)`.
    pub fn load_method(&mut self, obj: Value, name: ObjRef) -> PyResult<(Value, Value)> {
        let ty = self.type_of(obj);
        let is_type = matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_) | Payload::Super { .. }));
        if !is_type {
            let overrides = self.type_flags(ty) & FLAG_GETATTRIBUTE != 0;
            if !overrides {
                if let Some(f) = self.lookup_in_mro(ty, name) {
                    let direct = match f {
                        Value::Obj(fo) => match &fo.payload {
                            Payload::Function(_) => true,
                            Payload::Builtin(b) => b.owner.is_some() && b.bound.is_empty(),
                            _ => false,
                        },
                        _ => false,
                    };
                    if direct {
                        let shadowed = self.own_attr_get(obj, name)?.is_some();
                        if !shadowed {
                            return Ok((f, obj));
                        }
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((Value::Empty, v))
    }
}

/// A Python function (called with an explicit self).
pub fn is_plain_function(v: Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Function(_)))
}

/// A private slot name (`__x`) as the class's methods see it (`_Class__x`),
/// as CPython mangles `__slots__` entries.
fn mangle_slot(class_name: &str, slot: String) -> String {
    let short = class_name.rsplit('.').next().unwrap_or(class_name);
    let stripped = short.trim_start_matches('_');
    if !slot.starts_with("__") || slot.ends_with("__") || stripped.is_empty() {
        return slot;
    }
    format!("_{stripped}{slot}")
}
