//! Object protocols: repr/str, len, containment, subscription, isinstance, and the
//! pattern-matching helpers. Built-in types are handled in Rust; user classes go
//! through their special methods.

use std::fmt::Write;

use super::{ExcKind, PyErr, PyResult, Vm};
use crate::objects::numfmt;
use crate::objects::text;
use crate::objects::{ObjRef, Payload, Value};

/// Resolved slice bounds for a sequence of some length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive).
    pub stop: i64,
    /// Step (non-zero).
    pub step: i64,
    /// Number of selected items.
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// `repr(v)`
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Empty => "<NULL>".into(),
            Value::Bool(b) => {
                if b {
                    "True".into()
                } else {
                    "False".into()
                }
            }
            Value::Int(i) => i.to_string(),
            Value::Float(f) => numfmt::float_repr(f),
            Value::Obj(o) => return self.repr_obj(o),
        })
    }

    fn repr_obj(&mut self, o: ObjRef) -> PyResult<String> {
        let v = Value::Obj(o);
        let ty = o.ty();
        if self.type_is_user(ty) {
            if let Some(f) = self.lookup_in_mro(ty, self.names.__repr__) {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = self.call_method(v, self.names.__repr__, &[])?;
                    return match r
                        .as_obj()
                        .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                    {
                        Some(s) => Ok(s),
                        None => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(r)
                        ))),
                    };
                }
            }
        }
        Ok(match &o.payload {
            Payload::Boxed(x) => return self.repr(*x),
            Payload::Array(_) => return crate::stdlib::array::repr_array(self, v),
            Payload::RegexMatch(_) => return crate::stdlib::sre::matchobj::repr_text(self, v),
            Payload::MemoryView(_) => crate::builtins::memoryview::repr(o),
            Payload::WeakRef(_) => crate::stdlib::weakref::repr(self, o)?,
            Payload::MappingProxy(d) => format!("mappingproxy({})", self.repr(Value::Obj(*d))?),
            Payload::Str(s) => text::str_repr(s.as_str()),
            Payload::Int(b) => b.to_string(),
            Payload::Complex(r, i) => numfmt::complex_repr(*r, *i),
            Payload::Bytes(b) => text::bytes_repr(b, "b"),
            Payload::ByteArray(b) => format!(
                "{}({})",
                self.type_name(Value::Obj(o)),
                text::bytes_repr(b.get(), "b")
            ),
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::DictView { .. } => return self.repr_container(o),
            Payload::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Payload::BigRange(r) => {
                if r[2] == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", r[0], r[1])
                } else {
                    format!("range({}, {}, {})", r[0], r[1], r[2])
                }
            }
            Payload::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                )
            }
            Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname.get(), o.addr()),
            Payload::Builtin(b) => {
                if b.bound.is_empty() || matches!(b.bound.payload(), Some(Payload::Module { .. })) {
                    format!("<built-in function {}>", b.name)
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(b.bound),
                        b.bound.as_obj().map(|x| x.addr()).unwrap_or(0)
                    )
                }
            }
            Payload::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let qn = match func.payload() {
                    Some(Payload::Function(f)) => f.qualname.get().clone(),
                    _ => "?".into(),
                };
                let sr = self.repr(self_)?;
                format!("<bound method {qn} of {sr}>")
            }
            Payload::Type(t) => {
                if t.builtin {
                    format!("<class '{}'>", t.name.get())
                } else {
                    let module = self.dict_get_str(t.dict, self.names.__module__)?;
                    match module
                        .and_then(|m| m.as_obj())
                        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
                    {
                        Some(m) if m != "builtins" => {
                            format!("<class '{}.{}'>", m, t.qualname.get())
                        }
                        _ => format!("<class '{}'>", t.qualname.get()),
                    }
                }
            }
            Payload::Module { name, .. } => {
                if crate::stdlib::is_builtin_module(name) {
                    format!("<module '{name}' (built-in)>")
                } else {
                    let file = self.intern("__file__");
                    let f = self
                        .instance_dict(v)
                        .and_then(|d| self.dict_get_str_pure(d, file));
                    match f
                        .and_then(|f| f.as_obj())
                        .and_then(|f| f.as_str().map(|s| s.as_str().to_string()))
                    {
                        Some(f) => format!("<module '{name}' from '{f}'>"),
                        None => format!("<module '{name}'>"),
                    }
                }
            }
            Payload::Exception(e) => {
                let args = *e.args.get();
                let name = self.type_name(v);
                let items = args
                    .as_obj()
                    .and_then(|a| a.as_tuple().map(|t| t.to_vec()))
                    .unwrap_or_default();
                if items.len() == 1 {
                    format!("{name}({})", self.repr(items[0])?)
                } else {
                    format!("{name}{}", self.repr(args)?)
                }
            }
            Payload::Cell(_) => format!("<cell at {:#x}>", o.addr()),
            Payload::Traceback { .. } => format!("<traceback object at {:#x}>", o.addr()),
            Payload::Frame(f) => {
                let co = f.code.as_code().unwrap();
                format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    o.addr(),
                    co.code.filename,
                    f.lineno.get(),
                    co.code.name
                )
            }
            Payload::Generator(g) => {
                format!("<generator object {} at {:#x}>", g.qualname, o.addr())
            }
            Payload::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                o.addr(),
                c.code.filename,
                c.code.firstlineno
            ),
            Payload::Iter(_) => format!("<{} object at {:#x}>", self.type_name(v), o.addr()),
            Payload::Property { .. } => format!("<property object at {:#x}>", o.addr()),
            Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", o.addr()),
            Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", o.addr()),
            Payload::Super { ty, obj, .. } => {
                let tn = ty
                    .as_type()
                    .map(|t| t.name.get().clone())
                    .unwrap_or_default();
                format!("<super: <class '{tn}'>, <{} object>>", self.type_name(*obj))
            }
            Payload::File(f) => {
                let name = self.repr(f.name)?;
                if f.binary {
                    format!("<_io.BufferedReader name={name}>")
                } else {
                    format!(
                        "<_io.TextIOWrapper name={name} mode='{}' encoding='UTF-8'>",
                        f.mode
                    )
                }
            }
            Payload::Map(_) => format!("<map at {:#x}>", o.addr()),
            Payload::Singleton => {
                if o == self.not_implemented {
                    "NotImplemented".into()
                } else if o == self.ellipsis {
                    "Ellipsis".into()
                } else {
                    format!("<object at {:#x}>", o.addr())
                }
            }
            Payload::Instance(_)
            | Payload::Random(_)
            | Payload::Regex(_)
            | Payload::CData(_)
            | Payload::CFunc(_) => self.default_repr(o),
        })
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`.
    pub fn default_repr(&self, o: ObjRef) -> String {
        let ty = o.ty();
        let module = ty
            .as_type()
            .and_then(|t| self.dict_get_str_pure(t.dict, self.names.__module__));
        let qn = ty
            .as_type()
            .map(|t| t.qualname.get().clone())
            .unwrap_or_default();
        match module
            .and_then(|m| m.as_obj())
            .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        {
            Some(m) if m != "builtins" => format!("<{m}.{qn} object at {:#x}>", o.addr()),
            _ => format!("<{qn} object at {:#x}>", o.addr()),
        }
    }

    fn repr_container(&mut self, o: ObjRef) -> PyResult<String> {
        if self.repr_guard.contains(&o) {
            return Ok(match &o.payload {
                Payload::List(_) => "[...]".into(),
                Payload::Dict(_) => "{...}".into(),
                Payload::Tuple(_) => "(...)".into(),
                _ => "...".into(),
            });
        }
        self.repr_guard.push(o);
        let r = self.repr_container_inner(o);
        self.repr_guard.pop();
        r
    }

    fn repr_container_inner(&mut self, o: ObjRef) -> PyResult<String> {
        let mut out = String::new();
        match &o.payload {
            Payload::List(l) => {
                out.push('[');
                let mut i = 0;
                while let Some(v) = l.get().get(i).copied() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(v)?);
                    i += 1;
                }
                out.push(']');
            }
            Payload::Tuple(t) => {
                out.push('(');
                for (i, v) in t.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(*v)?);
                }
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Payload::Dict(d) => {
                out.push('{');
                let mut pos = 0;
                let mut first = true;
                while let Some((next, k, v)) = d.get().next_from(pos) {
                    pos = next;
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    let ks = self.repr(k)?;
                    let vs = self.repr(v)?;
                    let _ = write!(out, "{ks}: {vs}");
                }
                out.push('}');
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                let frozen = matches!(o.payload, Payload::FrozenSet(_));
                let items: Vec<Value> = s.get().keys().collect();
                let tn = self.type_name(Value::Obj(o));
                if items.is_empty() {
                    return Ok(format!("{tn}()"));
                }
                let mut parts = Vec::new();
                for v in items {
                    parts.push(self.repr(v)?);
                }
                if frozen || tn != "set" {
                    let _ = write!(out, "{tn}({{{}}})", parts.join(", "));
                } else {
                    let _ = write!(out, "{{{}}}", parts.join(", "));
                }
            }
            Payload::DictView { dict, kind } => {
                let name = ["dict_keys", "dict_values", "dict_items"][*kind as usize];
                let items = crate::vm::dictops::dict_items(*dict);
                let mut parts = Vec::new();
                for (k, v) in items {
                    parts.push(match kind {
                        0 => self.repr(k)?,
                        1 => self.repr(v)?,
                        _ => format!("({}, {})", self.repr(k)?, self.repr(v)?),
                    });
                }
                let _ = write!(out, "{name}([{}])", parts.join(", "));
            }
            _ => {}
        }
        Ok(out)
    }

    /// `str(v)`
    pub fn str(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    if !self.type_is_user(o.ty()) {
                        return Ok(s.as_str().to_string());
                    }
                }
                let ty = o.ty();
                if self.type_is_user(ty) {
                    if let Some(f) = self.lookup_in_mro(ty, self.names.__str__) {
                        if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                            let r = self.call_method(v, self.names.__str__, &[])?;
                            return match r
                                .as_obj()
                                .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                            {
                                Some(s) => Ok(s),
                                None => Err(PyErr::type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(r)
                                ))),
                            };
                        }
                    }
                }
                match &o.payload {
                    Payload::Exception(e) => return self.exception_str(o, e),
                    Payload::Str(s) => return Ok(s.as_str().to_string()),
                    Payload::MappingProxy(d) => return self.str(Value::Obj(*d)),
                    _ => {}
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(exc)`: the message.
    fn exception_str(&mut self, o: ObjRef, e: &crate::objects::object::ExcObj) -> PyResult<String> {
        let args = e
            .args
            .get()
            .as_obj()
            .and_then(|a| a.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default();
        if self.is_instance_kind(Value::Obj(o), ExcKind::KeyError) && args.len() == 1 {
            return self.repr(args[0]);
        }
        if self.is_instance_kind(Value::Obj(o), ExcKind::SyntaxError) {
            let msg_name = self.intern("msg");
            let msg = self.dict_get_str(e.dict, msg_name)?;
            let fname = self.intern("filename");
            let lineno = self.intern("lineno");
            let f = self.dict_get_str(e.dict, fname)?;
            let l = self.dict_get_str(e.dict, lineno)?;
            if let Some(m) = msg {
                let m = self.str(m)?;
                return Ok(match (f, l) {
                    (Some(f), Some(l)) if !f.is_none() => {
                        let fs = self.str(f)?;
                        let ls = self.str(l)?;
                        format!("{m} ({fs}, line {ls})")
                    }
                    _ => m,
                });
            }
        }
        if (2..=5).contains(&args.len()) && self.is_instance_kind(Value::Obj(o), ExcKind::OSError) {
            let strerror = self.str(args[1])?;
            let errno = self.str(args[0])?;
            if args.len() >= 5 && !args[2].is_none() && !args[4].is_none() {
                let f = self.repr(args[2])?;
                let f2 = self.repr(args[4])?;
                return Ok(format!("[Errno {errno}] {strerror}: {f} -> {f2}"));
            }
            if args.len() >= 3 && !args[2].is_none() {
                let f = self.repr(args[2])?;
                return Ok(format!("[Errno {errno}] {strerror}: {f}"));
            }
            if args.len() == 2 {
                return Ok(format!("[Errno {errno}] {strerror}"));
            }
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str(args[0]),
            _ => {
                let t = self.new_tuple(args);
                self.repr(t)
            }
        }
    }

    /// `len(v)`
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        if self.derived_override(v, self.names.__len__).is_some() {
            return self.len_by_dunder(v);
        }
        self.len_builtin(v)
    }

    /// `len(v)` without a derived class's override (what `list.__len__` runs).
    pub fn len_builtin(&mut self, v: Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.get().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::Dict(d) => return Ok(d.get().len()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.get().len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.get().len()),
                Payload::Array(a) => return Ok(a.data.get().len()),
                Payload::MemoryView(m) => return crate::builtins::memoryview::view_len(m),
                Payload::Range { start, stop, step } => {
                    return Ok(crate::builtins::range_len(*start, *stop, *step) as usize)
                }
                Payload::BigRange(r) => {
                    use num_traits::ToPrimitive;
                    return crate::builtins::construct::big_range_len(r)
                        .to_i64()
                        .map(|n| n as usize)
                        .ok_or_else(|| {
                            PyErr::overflow_error("Python int too large to convert to C ssize_t")
                        });
                }
                Payload::DictView { dict, .. } => return Ok(dict.as_dict().unwrap().get().len()),
                _ => {}
            }
            if self.lookup_in_mro(o.ty(), self.names.__len__).is_some() {
                return self.len_by_dunder(v);
            }
        }
        Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `len(v)` through the type's `__len__`.
    fn len_by_dunder(&mut self, v: Value) -> PyResult<usize> {
        let r = self.call_method(v, self.names.__len__, &[])?;
        let n = match r {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                )))
            }
        };
        if n < 0 {
            return Err(PyErr::value_error("__len__() should return >= 0"));
        }
        Ok(n as usize)
    }

    /// `item in container`
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(f) = self.derived_override(container, self.names.__contains__) {
            let r = self.call(f, &[container, item], &[])?;
            return self.truthy(r);
        }
        self.contains_builtin(container, item)
    }

    /// `item in container` without a derived class's override.
    pub fn contains_builtin(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::List(l) => {
                    let mut i = 0;
                    while let Some(x) = l.get().get(i).copied() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Payload::Tuple(t) => {
                    // Immutable, and `container` keeps it alive: index it directly.
                    for &x in t.iter() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Str(s) => {
                    return match item.payload().and_then(|p| {
                        if let Payload::Str(s) = p {
                            Some(s)
                        } else {
                            None
                        }
                    }) {
                        Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                        None => Err(PyErr::type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    };
                }
                Payload::Dict(_) => return Ok(self.dict_get(o, item)?.is_some()),
                Payload::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    return match kind {
                        0 => Ok(self.dict_get(dict, item)?.is_some()),
                        1 => {
                            let vals: Vec<Value> = dict.as_dict().unwrap().get().values().collect();
                            for x in vals {
                                if self.eq(x, item)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                        _ => {
                            let pair = match item
                                .as_obj()
                                .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
                            {
                                Some(p) if p.len() == 2 => p,
                                _ => return Ok(false),
                            };
                            match self.dict_get(dict, pair[0])? {
                                Some(v) => self.eq(v, pair[1]),
                                None => Ok(false),
                            }
                        }
                    };
                }
                Payload::Set(_) | Payload::FrozenSet(_) => return self.set_contains(o, item),
                Payload::BigRange(r) => {
                    if let Some(i) = crate::vm::dictops::to_bigint(item) {
                        if matches!(item, Value::Bool(_)) {
                            // bools compare as ints too
                        }
                        let zero = num_bigint::BigInt::from(0);
                        let (start, stop, step) = (&r[0], &r[1], &r[2]);
                        let inr = if step > &zero {
                            &i >= start && &i < stop
                        } else {
                            &i <= start && &i > stop
                        };
                        return Ok(
                            inr && num_integer::Integer::mod_floor(&(&i - start), step) == zero
                        );
                    }
                }
                Payload::Range { start, stop, step } => {
                    if let Value::Int(i) = item {
                        let (start, stop, step) = (*start, *stop, *step);
                        let inr = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        return Ok(inr && (i - start) % step == 0);
                    }
                }
                Payload::MemoryView(m) => crate::builtins::memoryview::live(m)?,
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    let hay = crate::builtins::bytes::bytes_of(self, container)?;
                    return match item {
                        Value::Int(i) => Ok((0..256).contains(&i) && hay.contains(&(i as u8))),
                        _ => {
                            let needle = crate::builtins::bytes::bytes_of(self, item)?;
                            Ok(needle.is_empty()
                                || hay.windows(needle.len()).any(|w| w == &needle[..]))
                        }
                    };
                }
                _ => {}
            }
            let ty = o.ty();
            if self.lookup_in_mro(ty, self.names.__contains__).is_some() {
                let r = self.call_method(container, self.names.__contains__, &[item])?;
                return self.truthy(r);
            }
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
        };
        while let Some(x) = self.iter_next(it)? {
            if x.is(item) || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `operator.index(v)`: the int itself (machine or big), or the result of
    /// `__index__`; TypeError for anything else.
    pub fn index_value(&mut self, v: Value) -> PyResult<Value> {
        let v = Vm::unboxed(v);
        match v {
            Value::Int(_) => return Ok(v),
            Value::Bool(b) => return Ok(Value::Int(b as i64)),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => return Ok(v),
            Value::Obj(o) if self.lookup_in_mro(o.ty(), self.names.__index__).is_some() => {
                let r = self.call_method(v, self.names.__index__, &[])?;
                let r = Vm::unboxed(r);
                if matches!(r, Value::Int(_) | Value::Bool(_))
                    || matches!(r.payload(), Some(Payload::Int(_)))
                {
                    return Ok(r);
                }
                return Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.type_name(r)
                )));
            }
            _ => {}
        }
        Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// An integer usable as an index (`__index__`).
    pub fn to_index(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::Int(_) => Err(PyErr::msg(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )),
                _ => {
                    let ty = o.ty();
                    if self.lookup_in_mro(ty, self.names.__index__).is_some() {
                        let r = self.call_method(v, self.names.__index__, &[])?;
                        return self.to_index(r);
                    }
                    Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    )))
                }
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    fn slice_bound(&mut self, v: Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let b = crate::vm::dictops::to_bigint(v).unwrap();
                Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }))
            }
            _ => match self.to_index(v) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// Resolve a slice object against a length (PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, slice: ObjRef, len: usize) -> PyResult<SliceIdx> {
        let (start, stop, step) = match &slice.payload {
            Payload::Slice { start, stop, step } => (*start, *stop, *step),
            _ => return Err(PyErr::type_error("expected slice")),
        };
        let step = self.slice_bound(step)?.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lo_def, hi_def) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let adjust = |v: Option<i64>, def: i64| -> i64 {
            match v {
                None => def,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let s = self.slice_bound(start)?;
        let e = self.slice_bound(stop)?;
        let start = adjust(s, lo_def);
        let stop = adjust(e, hi_def);
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    /// Normalize a sequence index, or IndexError with `what`'s message.
    pub fn seq_index(&mut self, idx: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.to_index(idx)?;
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(PyErr::index_error(if what.is_empty() {
                "index out of range".to_string()
            } else {
                format!("{what} index out of range")
            }));
        }
        Ok(j as usize)
    }

    /// `obj[idx]`
    pub fn getitem(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        if let Some(f) = self.derived_override(obj, self.names.__getitem__) {
            return self.call(f, &[obj, idx], &[]);
        }
        self.getitem_builtin(obj, idx)
    }

    /// `obj[idx]` without a derived class's override (what `list.__getitem__` runs).
    pub fn getitem_builtin(&mut self, obj: Value, idx: Value) -> PyResult<Value> {
        let o = match obj {
            Value::Obj(o) => o,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
        };
        let is_slice = matches!(idx, Value::Obj(s) if matches!(s.payload, Payload::Slice { .. }));
        let user = self.type_is_user(o.ty()) && !self.is_derived(obj);
        if !user {
            match &o.payload {
                Payload::List(l) => {
                    if is_slice {
                        let s = self.slice_indices(idx.as_obj().unwrap(), l.get().len())?;
                        let items: Vec<Value> = s.indices().map(|i| l.get()[i]).collect();
                        return Ok(self.new_list(items));
                    }
                    if !is_int_like(idx) && !self.has_index(idx) {
                        return Err(PyErr::type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(idx)
                        )));
                    }
                    let i = self.seq_index(idx, l.get().len(), "list")?;
                    return Ok(l.get()[i]);
                }
                Payload::Tuple(t) => {
                    if is_slice {
                        let s = self.slice_indices(idx.as_obj().unwrap(), t.len())?;
                        let items: Vec<Value> = s.indices().map(|i| t[i]).collect();
                        return Ok(self.new_tuple(items));
                    }
                    if !is_int_like(idx) && !self.has_index(idx) {
                        return Err(PyErr::type_error(format!(
                            "tuple indices must be integers or slices, not {}",
                            self.type_name(idx)
                        )));
                    }
                    let i = self.seq_index(idx, t.len(), "tuple")?;
                    return Ok(t[i]);
                }
                Payload::Str(s) => {
                    if is_slice {
                        let sl = self.slice_indices(idx.as_obj().unwrap(), s.char_len())?;
                        let out: String = if sl.step == 1 {
                            s.slice(sl.start as usize, sl.start as usize + sl.len)
                                .to_string()
                        } else {
                            sl.indices().map(|i| s.char_at(i)).collect()
                        };
                        return Ok(self.new_str(out));
                    }
                    if !is_int_like(idx) && !self.has_index(idx) {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            self.type_name(idx)
                        )));
                    }
                    let i = self.seq_index(idx, s.char_len(), "string")?;
                    let c = s.char_at(i);
                    return Ok(self.char_str(c));
                }
                Payload::Bytes(b) => {
                    if is_slice {
                        let sl = self.slice_indices(idx.as_obj().unwrap(), b.len())?;
                        let out: Vec<u8> = sl.indices().map(|i| b[i]).collect();
                        return Ok(self.new_bytes(out));
                    }
                    let i = self.seq_index(idx, b.len(), "")?;
                    return Ok(Value::Int(b[i] as i64));
                }
                Payload::ByteArray(b) => {
                    if is_slice {
                        let sl = self.slice_indices(idx.as_obj().unwrap(), b.get().len())?;
                        let out: Vec<u8> = sl.indices().map(|i| b.get()[i]).collect();
                        let ty = self.types.bytearray;
                        return Ok(Value::Obj(
                            self.alloc(ty, Payload::ByteArray(crate::objects::Mut::new(out))),
                        ));
                    }
                    let i = self.seq_index(idx, b.get().len(), "bytearray")?;
                    return Ok(Value::Int(b.get()[i] as i64));
                }
                Payload::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let n = crate::builtins::range_len(start, stop, step) as usize;
                    if is_slice {
                        let sl = self.slice_indices(idx.as_obj().unwrap(), n)?;
                        let ty = self.types.range;
                        let nstart = start + sl.start * step;
                        let nstep = step * sl.step;
                        let nstop = nstart + sl.len as i64 * nstep;
                        return Ok(Value::Obj(self.alloc(
                            ty,
                            Payload::Range {
                                start: nstart,
                                stop: nstop,
                                step: nstep,
                            },
                        )));
                    }
                    let i = self.seq_index(idx, n, "range object")?;
                    return Ok(Value::Int(start + i as i64 * step));
                }
                Payload::Dict(_) => {
                    return match self.dict_get(o, idx)? {
                        Some(v) => Ok(v),
                        None => match self.lookup_in_mro(o.ty(), self.names.__missing__) {
                            // A dict subclass's __missing__ supplies absent keys.
                            Some(f) if self.is_derived(obj) => self.call(f, &[obj, idx], &[]),
                            _ => Err(PyErr::key_error(idx)),
                        },
                    };
                }
                Payload::BigRange(r) => {
                    let i = match crate::vm::dictops::to_bigint(idx) {
                        Some(i) => i,
                        None => {
                            if is_slice {
                                return Err(PyErr::not_implemented("slicing a range beyond 64-bit bounds is not supported by pyjit yet"));
                            }
                            return Err(PyErr::type_error(format!(
                                "range indices must be integers or slices, not {}",
                                self.type_name(idx)
                            )));
                        }
                    };
                    let n = crate::builtins::construct::big_range_len(r);
                    let i = if i < num_bigint::BigInt::from(0) {
                        &n + i
                    } else {
                        i
                    };
                    if i < num_bigint::BigInt::from(0) || i >= n {
                        return Err(PyErr::index_error("range object index out of range"));
                    }
                    let v = &r[0] + i * &r[2];
                    return Ok(self.new_int(v));
                }
                Payload::Type(_) => {
                    let cg = self.names.__class_getitem__;
                    if let Some(f) = self.lookup_in_mro(o, cg) {
                        let f = self.bind_descriptor(f, Value::Empty, o)?;
                        return self.call(f, &[idx], &[]);
                    }
                    if o.as_type().map(|t| t.builtin).unwrap_or(false) {
                        // `list[int]` and friends: a generic alias; pyjit returns the class.
                        return Ok(obj);
                    }
                    return Err(PyErr::type_error(format!(
                        "'type' object is not subscriptable"
                    )));
                }
                _ => {}
            }
        }
        let ty = o.ty();
        if self.lookup_in_mro(ty, self.names.__getitem__).is_some() {
            return self.call_method(obj, self.names.__getitem__, &[idx]);
        }
        if let Payload::Type(_) = &o.payload {
            let cg = self.names.__class_getitem__;
            if let Some(f) = self.lookup_in_mro(o, cg) {
                let f = self.bind_descriptor(f, Value::Empty, o)?;
                return self.call(f, &[idx], &[]);
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    /// Is `v` a big int or an object with `__index__` (machine ints are checked
    /// apart, see `is_int_like`)?
    pub fn has_index(&self, v: Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Int(_))
                    || self.lookup_in_mro(o.ty(), self.names.__index__).is_some()
            }
            _ => false,
        }
    }

    /// `obj[idx] = v`
    pub fn setitem(&mut self, obj: Value, idx: Value, v: Value) -> PyResult<()> {
        if let Some(f) = self.derived_override(obj, self.names.__setitem__) {
            return self.call(f, &[obj, idx, v], &[]).map(|_| ());
        }
        self.setitem_builtin(obj, idx, v)
    }

    /// `obj[idx] = v` without a derived class's override.
    pub fn setitem_builtin(&mut self, obj: Value, idx: Value, v: Value) -> PyResult<()> {
        let o = match obj {
            Value::Obj(o) => o,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                )))
            }
        };
        let is_slice = matches!(idx, Value::Obj(s) if matches!(s.payload, Payload::Slice { .. }));
        if !self.type_is_user(o.ty()) || self.is_derived(obj) {
            match &o.payload {
                // Called directly, not through `call_method`, so that a resize
                // check may collect garbage views (see `Vm::check_resizable`).
                Payload::Array(_) => {
                    crate::stdlib::array::setitem(self, &[obj, idx, v], &[])?;
                    return Ok(());
                }
                Payload::List(l) => {
                    if is_slice {
                        if self.get_iter(v).is_err() {
                            return Err(PyErr::type_error("can only assign an iterable"));
                        }
                        let items = self.collect_iterable(v)?;
                        let len = l.get().len();
                        let s = self.slice_indices(idx.as_obj().unwrap(), len)?;
                        let list = l.get();
                        if s.step == 1 {
                            let start = s.start.max(0) as usize;
                            let stop = (s.start + s.len as i64) as usize;
                            let stop = stop.max(start).min(list.len());
                            list.splice(start..stop, items);
                        } else {
                            if items.len() != s.len {
                                return Err(PyErr::value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    s.len
                                )));
                            }
                            let idxs: Vec<usize> = s.indices().collect();
                            for (i, x) in idxs.into_iter().zip(items) {
                                list[i] = x;
                            }
                        }
                        return Ok(());
                    }
                    if !is_int_like(idx) && !self.has_index(idx) {
                        return Err(PyErr::type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(idx)
                        )));
                    }
                    let i = self.seq_index(idx, l.get().len(), "list assignment")?;
                    l.get()[i] = v;
                    return Ok(());
                }
                Payload::Dict(_) => return self.dict_set(o, idx, v),
                Payload::ByteArray(b) => {
                    if is_slice {
                        let items = match crate::builtins::memoryview::buffer_bytes(v) {
                            Some(bytes) => bytes,
                            None if matches!(v, Value::Obj(o) if o.as_str().is_none()) => {
                                crate::builtins::bytes::bytes_from_ints(self, v)?
                            }
                            None => {
                                return Err(PyErr::type_error(
                                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                                ))
                            }
                        };
                        let s = self.slice_indices(idx.as_obj().unwrap(), b.get().len())?;
                        if s.step == 1 {
                            let start = s.start as usize;
                            let stop = start + s.len;
                            if items.len() != s.len {
                                crate::builtins::bytes::check_bytearray_resize(
                                    self,
                                    obj,
                                    &[idx, v],
                                )?;
                            }
                            b.get().splice(start..stop, items);
                        } else {
                            if items.len() != s.len {
                                return Err(PyErr::value_error(format!(
                                    "attempt to assign bytes of size {} to extended slice of size {}",
                                    items.len(),
                                    s.len
                                )));
                            }
                            for (i, x) in s.indices().collect::<Vec<_>>().into_iter().zip(items) {
                                b.get()[i] = x;
                            }
                        }
                        return Ok(());
                    }
                    let i = self.seq_index(idx, b.get().len(), "bytearray")?;
                    let x = self.to_index(v)?;
                    if !(0..256).contains(&x) {
                        return Err(PyErr::value_error("byte must be in range(0, 256)"));
                    }
                    b.get()[i] = x as u8;
                    return Ok(());
                }
                _ => {}
            }
        }
        let ty = o.ty();
        if self.lookup_in_mro(ty, self.names.__setitem__).is_some() {
            self.call_method(obj, self.names.__setitem__, &[idx, v])?;
            return Ok(());
        }
        Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    /// `del obj[idx]`
    pub fn delitem(&mut self, obj: Value, idx: Value) -> PyResult<()> {
        if let Some(f) = self.derived_override(obj, self.names.__delitem__) {
            return self.call(f, &[obj, idx], &[]).map(|_| ());
        }
        self.delitem_builtin(obj, idx)
    }

    /// `del obj[idx]` without a derived class's override.
    pub fn delitem_builtin(&mut self, obj: Value, idx: Value) -> PyResult<()> {
        let o = match obj {
            Value::Obj(o) => o,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(obj)
                )))
            }
        };
        let is_slice = matches!(idx, Value::Obj(s) if matches!(s.payload, Payload::Slice { .. }));
        if !self.type_is_user(o.ty()) || self.is_derived(obj) {
            match &o.payload {
                Payload::Array(_) => {
                    crate::stdlib::array::delitem(self, &[obj, idx], &[])?;
                    return Ok(());
                }
                Payload::List(l) => {
                    if is_slice {
                        let s = self.slice_indices(idx.as_obj().unwrap(), l.get().len())?;
                        let mut del: Vec<usize> = s.indices().collect();
                        del.sort_unstable();
                        let list = l.get();
                        for i in del.into_iter().rev() {
                            list.remove(i);
                        }
                        return Ok(());
                    }
                    let i = self.seq_index(idx, l.get().len(), "list assignment")?;
                    l.get().remove(i);
                    return Ok(());
                }
                Payload::Dict(_) => {
                    if !self.dict_del(o, idx)? {
                        return Err(PyErr::key_error(idx));
                    }
                    return Ok(());
                }
                Payload::ByteArray(b) => {
                    if let Some(s) = idx
                        .as_obj()
                        .filter(|s| matches!(s.payload, Payload::Slice { .. }))
                    {
                        let si = self.slice_indices(s, b.get().len())?;
                        if si.len > 0 {
                            crate::builtins::bytes::check_bytearray_resize(self, obj, &[idx])?;
                        }
                        let mut gone: Vec<usize> = si.indices().collect();
                        gone.sort_unstable();
                        let mut k = 0;
                        let mut i = 0;
                        b.get().retain(|_| {
                            let drop = k < gone.len() && gone[k] == i;
                            if drop {
                                k += 1;
                            }
                            i += 1;
                            !drop
                        });
                        return Ok(());
                    }
                    let i = self.seq_index(idx, b.get().len(), "bytearray")?;
                    crate::builtins::bytes::check_bytearray_resize(self, obj, &[idx])?;
                    b.get().remove(i);
                    return Ok(());
                }
                _ => {}
            }
        }
        let ty = o.ty();
        if self.lookup_in_mro(ty, self.names.__delitem__).is_some() {
            self.call_method(obj, self.names.__delitem__, &[idx])?;
            return Ok(());
        }
        // CPython words it by whether the type has sequence methods.
        let verb = if matches!(o.payload, Payload::MappingProxy(_)) {
            "does not"
        } else {
            "doesn't"
        };
        Err(PyErr::type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        )))
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance_type(&self, v: Value, cls: ObjRef) -> bool {
        self.is_subtype(self.type_of(v), cls)
    }

    /// `isinstance(v, <built-in exception kind>)`
    pub fn is_instance_kind(&self, v: Value, k: ExcKind) -> bool {
        self.isinstance_type(v, self.types.exc(k))
    }

    /// MATCH_MAPPING
    pub fn is_mapping(&self, v: Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Dict(_))
                    || (self.type_is_user(o.ty())
                        && self.lookup_in_mro(o.ty(), self.names.keys).is_some()
                        && self.lookup_in_mro(o.ty(), self.names.__getitem__).is_some())
            }
            _ => false,
        }
    }

    /// MATCH_SEQUENCE (str, bytes and bytearray are not sequences here).
    pub fn is_match_sequence(&self, v: Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. } => true,
                Payload::Instance(_) => {
                    let t = o.ty();
                    self.lookup_in_mro(t, self.names.__getitem__).is_some()
                        && self.lookup_in_mro(t, self.names.__len__).is_some()
                        && self.lookup_in_mro(t, self.names.keys).is_none()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// MATCH_KEYS: tuple of values for `keys`, or None if any is missing.
    ///
    /// Like CPython, a key equal to an earlier one (possible with value patterns such
    /// as `{K.a: 1, "a": 2}`) raises ValueError before it is looked up.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = keys
            .as_obj()
            .and_then(|k| k.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default();
        let mut vals = Vec::with_capacity(keys.len());
        // No collection can run before this returns: nested Python calls raise
        // `native_depth`, so the set needs no rooting.
        let seen = self.new_set(false);
        for k in keys {
            if self.set_contains(seen, k)? {
                let r = self.repr(k)?;
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
            self.set_add(seen, k)?;
            let v = match subject.as_obj() {
                Some(d) if d.as_dict().is_some() => self.dict_get(d, k)?,
                _ => {
                    let get = self.intern("get");
                    let m = self.getattr(subject, get)?;
                    let marker = Value::Obj(self.not_implemented);
                    let r = self.call(m, &[k, marker], &[])?;
                    if r.is(marker) {
                        None
                    } else {
                        Some(r)
                    }
                }
            };
            match v {
                Some(v) => vals.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(vals))
    }

    /// MATCH_CLASS: extracted attributes or None.
    ///
    /// CPython's rules: `cls` must be a type; positional sub-patterns read the names in
    /// `cls.__match_args__` (which must be a tuple of str), except that the built-in
    /// "match self" types (and their subclasses) take one positional sub-pattern that
    /// matches the subject itself; an attribute named twice (positionally and by
    /// keyword) is a TypeError.
    pub fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        names: Value,
        npos: usize,
    ) -> PyResult<Value> {
        let cls_o = match cls.as_obj() {
            Some(c) if c.as_type().is_some() => c,
            _ => return Err(PyErr::type_error("called match pattern must be a type")),
        };
        if !self.isinstance_type(subject, cls_o) {
            return Ok(Value::None);
        }
        let tn = cls_o
            .as_type()
            .map(|t| t.name.get().to_string())
            .unwrap_or_default();
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let ma = self.names.__match_args__;
            let (args, match_self) = match self.getattr_opt(cls, ma)? {
                Some(m) => match m.as_obj().and_then(|t| t.as_tuple().map(|t| t.to_vec())) {
                    Some(t) => (t, false),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "{tn}.__match_args__ must be a tuple (got {})",
                            self.type_name(m)
                        )))
                    }
                },
                None => {
                    let ms = [
                        self.types.int,
                        self.types.float,
                        self.types.str,
                        self.types.bool,
                        self.types.bytes,
                        self.types.list,
                        self.types.tuple,
                        self.types.dict,
                        self.types.set,
                        self.types.frozenset,
                        self.types.bytearray,
                    ];
                    (Vec::new(), ms.iter().any(|&t| self.is_subtype(cls_o, t)))
                }
            };
            let allowed = if match_self { 1 } else { args.len() };
            if allowed < npos {
                return Err(PyErr::type_error(format!(
                    "{tn}() accepts {allowed} positional sub-pattern{} ({npos} given)",
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self {
                out.push(subject);
            } else {
                for &a in &args[..npos] {
                    let an = match a
                        .as_obj()
                        .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
                    {
                        Some(s) => s,
                        None => {
                            return Err(PyErr::type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                self.type_name(a)
                            )))
                        }
                    };
                    match self.match_class_attr(subject, &tn, &an, &mut seen)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for n in names
            .as_obj()
            .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default()
        {
            let an = match n
                .as_obj()
                .and_then(|s| s.as_str().map(|s| s.as_str().to_string()))
            {
                Some(s) => s,
                None => return Err(PyErr::system_error("bad keyword names in class pattern")),
            };
            match self.match_class_attr(subject, &tn, &an, &mut seen)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// One attribute of a class pattern: None if the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: Value,
        tn: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            let r = crate::objects::text::str_repr(name);
            return Err(PyErr::type_error(format!(
                "{tn}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.to_string());
        let n = self.intern(name);
        self.getattr_opt(subject, n)
    }
}

fn is_int_like(v: Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
}
