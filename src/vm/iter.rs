//! The iterator protocol: `iter()`, `next()`, unpacking and collecting iterables.
//! Built-in iterators (`Payload::Iter`) step in Rust; generators resume their frame;
//! other objects use `__iter__`/`__next__` or the `__getitem__` sequence protocol.

use super::call::GenStep;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::objects::object::IterKind;
use crate::objects::{Payload, Value};

impl Vm {
    /// `iter(v)`
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(f) = self.derived_override(v, self.names.__iter__) {
            let it = self.call(f, &[v], &[])?;
            return self.check_iterator(it);
        }
        self.get_iter_builtin(v)
    }

    /// `iter(v)` without a derived class's `__iter__` (what `list.__iter__` runs).
    pub fn get_iter_builtin(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Array(_) => {
                    if !self.type_is_user(o.ty()) || self.is_derived(v) {
                        return Ok(self.new_iter(IterKind::Seq(v), 0));
                    }
                }
                Payload::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    return Ok(self.new_iter(IterKind::Range { stop, step }, start));
                }
                Payload::MemoryView(_) => {
                    // The items, decoded once: a view cannot change size.
                    let items = crate::builtins::memoryview::iter_items(self, v)?;
                    let l = self.new_list(items);
                    return Ok(self.new_iter(IterKind::Seq(l), 0));
                }
                Payload::BigRange(r) => {
                    use num_traits::ToPrimitive;
                    let len = crate::builtins::construct::big_range_len(r)
                        .to_i64()
                        .unwrap_or(i64::MAX);
                    let (start, step) = (r[0].clone(), r[2].clone());
                    return Ok(self.new_iter(IterKind::BigRange { start, step, len }, 0));
                }
                Payload::Dict(d) => {
                    let (len, version) = (d.get().len(), d.get().version());
                    return Ok(self.new_iter(
                        IterKind::Dict {
                            dict: o,
                            kind: 0,
                            len,
                            version,
                        },
                        0,
                    ));
                }
                Payload::DictView { dict, kind } => {
                    let t = dict.as_dict().unwrap().get();
                    let (len, version) = (t.len(), t.version());
                    return Ok(self.new_iter(
                        IterKind::Dict {
                            dict: *dict,
                            kind: *kind,
                            len,
                            version,
                        },
                        0,
                    ));
                }
                Payload::Set(s) | Payload::FrozenSet(s) => {
                    let len = s.get().len();
                    return Ok(self.new_iter(IterKind::Set { set: o, len }, 0));
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v),
                Payload::File(_) => return Ok(v),
                _ => {}
            }
        }
        let ty = self.type_of(v);
        if let Some(f) = self.lookup_in_mro(ty, self.names.__iter__) {
            if f.is_none() {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(v)
                )));
            }
            let it = self.call_method(v, self.names.__iter__, &[])?;
            return self.check_iterator(it);
        }
        if self.lookup_in_mro(ty, self.names.__getitem__).is_some() {
            return Ok(self.new_iter(IterKind::GetItem(v), 0));
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            self.type_name(v)
        )))
    }

    /// What `__iter__` returned must be an iterator.
    fn check_iterator(&mut self, it: Value) -> PyResult<Value> {
        let ity = self.type_of(it);
        if self.lookup_in_mro(ity, self.names.__next__).is_none()
            && !matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Iter(_) | Payload::Generator(_)))
        {
            return Err(PyErr::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                self.type_name(it)
            )));
        }
        Ok(it)
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let o = match it {
            Value::Obj(o) => o,
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )))
            }
        };
        match &o.payload {
            Payload::Iter(iter) => {
                if iter.done.get() {
                    return Ok(None);
                }
                let r = self.builtin_iter_next(o)?;
                if r.is_none() {
                    if let Payload::Iter(iter) = &o.payload {
                        iter.done.set(true);
                    }
                }
                Ok(r)
            }
            Payload::Generator(_) => match self.gen_resume(o, Value::None, None)? {
                GenStep::Yield(v) => Ok(Some(v)),
                GenStep::Return(_) => Ok(None),
            },
            Payload::File(_) => {
                let line = crate::builtins::file::readline(self, o, -1)?;
                let empty = match line {
                    Value::Obj(l) => match &l.payload {
                        Payload::Str(s) => s.char_len() == 0,
                        Payload::Bytes(b) => b.is_empty(),
                        _ => true,
                    },
                    _ => true,
                };
                Ok(if empty { None } else { Some(line) })
            }
            _ => {
                let ty = o.ty();
                match self.lookup_in_mro(ty, self.names.__next__) {
                    Some(_) => match self.call_method(it, self.names.__next__, &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => {
                            let exc = self.exc_object(e);
                            if self.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration) {
                                Ok(None)
                            } else {
                                Err(PyErr::exc(exc))
                            }
                        }
                    },
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    ))),
                }
            }
        }
    }

    /// `next(it)` for a caller whose own values are all GC roots: a generator it
    /// resumes may collect garbage if no native call is active below.
    pub fn iter_next_rooted(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Only a generator resumed directly: built-in iterators (zip, map ...) may
        // hold partial results of their own while they resume one.
        self.gen_gc_ok =
            self.native_depth == 0 && matches!(it.payload(), Some(Payload::Generator(_)));
        let r = self.iter_next(it);
        self.gen_gc_ok = false;
        r
    }

    /// `next(it)` raising StopIteration (with a generator's return value) when done.
    pub fn iter_next_raw(&mut self, it: Value) -> PyResult<Value> {
        if let Value::Obj(o) = it {
            if let Payload::Generator(_) = &o.payload {
                return match self.gen_resume(o, Value::None, None)? {
                    GenStep::Yield(v) => Ok(v),
                    GenStep::Return(r) => Err(PyErr::stop_iteration(r)),
                };
            }
        }
        match self.iter_next(it)? {
            Some(v) => Ok(v),
            None => Err(PyErr::bare(ExcKind::StopIteration)),
        }
    }

    fn builtin_iter_next(&mut self, o: crate::objects::ObjRef) -> PyResult<Option<Value>> {
        let iter = match &o.payload {
            Payload::Iter(i) => i,
            _ => return Ok(None),
        };
        let pos = iter.pos.get();
        match &iter.kind {
            IterKind::Seq(seq) => {
                let seq = *seq;
                let i = pos as usize;
                let so = seq.as_obj().unwrap();
                let r = match &so.payload {
                    Payload::List(l) => l.get().get(i).copied(),
                    Payload::Tuple(t) => t.get(i).copied(),
                    Payload::Str(s) => {
                        if i < s.char_len() {
                            let c = s.char_at(i);
                            Some(self.char_str(c))
                        } else {
                            None
                        }
                    }
                    Payload::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                    Payload::ByteArray(b) => b.get().get(i).map(|x| Value::Int(*x as i64)),
                    // Straight from the element buffer.
                    Payload::Array(a) => {
                        (i < a.data.get().len()).then(|| a.data.get().get(i, self))
                    }
                    _ => None,
                };
                if r.is_some() {
                    iter.pos.set(pos + 1);
                }
                Ok(r)
            }
            IterKind::Range { stop, step } => {
                if (*step > 0 && pos < *stop) || (*step < 0 && pos > *stop) {
                    iter.pos.set(pos.wrapping_add(*step));
                    Ok(Some(Value::Int(pos)))
                } else {
                    Ok(None)
                }
            }
            IterKind::Dict {
                dict,
                kind,
                len,
                version,
            } => {
                let table = dict.as_dict().unwrap().get();
                if table.len() != *len {
                    iter.pos.set(i64::MAX / 2);
                    return Err(PyErr::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                if table.version() != *version {
                    iter.pos.set(i64::MAX / 2);
                    return Err(PyErr::runtime_error(
                        "dictionary keys changed during iteration",
                    ));
                }
                match table.next_from(pos as usize) {
                    Some((next, k, v)) => {
                        iter.pos.set(next as i64);
                        Ok(Some(match kind {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Set { set, len } => {
                let table = match &set.payload {
                    Payload::Set(t) | Payload::FrozenSet(t) => t.get(),
                    _ => return Ok(None),
                };
                if table.len() != *len {
                    return Err(PyErr::runtime_error("Set changed size during iteration"));
                }
                match table.next_from(pos as usize) {
                    Some((next, k)) => {
                        iter.pos.set(next as i64);
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterKind::BigRange { start, step, len } => {
                if pos >= *len {
                    return Ok(None);
                }
                iter.pos.set(pos + 1);
                let v = start + step * num_bigint::BigInt::from(pos);
                Ok(Some(self.new_int(v)))
            }
            IterKind::Enumerate { it } => {
                let it = *it;
                match self.iter_next(it)? {
                    Some(v) => {
                        iter.pos.set(pos + 1);
                        Ok(Some(self.new_tuple(vec![Value::Int(pos), v])))
                    }
                    None => Ok(None),
                }
            }
            IterKind::Zip { its, strict } => {
                let its = its.clone();
                let strict = *strict;
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(*it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let s = if i == 1 { " " } else { "s 1-" };
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        i + 1,
                                        s,
                                        i
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(*other)?.is_some() {
                                        let s = if j == 1 { " " } else { "s 1-" };
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            s,
                                            j
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterKind::Map { func, its } => {
                let (func, its) = (*func, its.clone());
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(func, &args, &[])?))
            }
            IterKind::Filter { func, it } => {
                let (func, it) = (*func, *it);
                loop {
                    match self.iter_next(it)? {
                        Some(v) => {
                            let keep = if func.is_none() {
                                self.truthy(v)?
                            } else {
                                let r = self.call(func, &[v], &[])?;
                                self.truthy(r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
            IterKind::Reversed(seq) => {
                let seq = *seq;
                if pos < 0 {
                    return Ok(None);
                }
                iter.pos.set(pos - 1);
                let v = self.getitem(seq, Value::Int(pos))?;
                Ok(Some(v))
            }
            IterKind::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                let v = self.call(func, &[], &[])?;
                if self.eq(v, sentinel)? {
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterKind::GetItem(seq) => {
                let seq = *seq;
                match self.getitem(seq, Value::Int(pos)) {
                    Ok(v) => {
                        iter.pos.set(pos + 1);
                        Ok(Some(v))
                    }
                    Err(e) => {
                        let exc = self.exc_object(e);
                        if self.is_instance_kind(Value::Obj(exc), ExcKind::IndexError)
                            || self.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration)
                        {
                            Ok(None)
                        } else {
                            Err(PyErr::exc(exc))
                        }
                    }
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let (Value::Obj(o), None) = (v, self.derived_override(v, self.names.__iter__)) {
            match &o.payload {
                Payload::List(l) => return Ok(l.get().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        // Items collect in a list object that is a GC root, so a generator being
        // drained may collect garbage (when no native below holds unrooted values).
        let acc = self.new_list(Vec::new());
        self.tmp_roots.push(it);
        self.tmp_roots.push(acc);
        let r = loop {
            match self.iter_next_rooted(it) {
                Ok(Some(x)) => {
                    if let Some(Payload::List(l)) = acc.payload() {
                        l.get().push(x);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.tmp_roots.pop();
        self.tmp_roots.pop();
        r?;
        Ok(match acc.payload() {
            Some(Payload::List(l)) => std::mem::take(l.get()),
            _ => Vec::new(),
        })
    }

    /// UNPACK_SEQUENCE: push `n` items, first item on top.
    pub fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = match seq {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => Some(t.to_vec()),
                Payload::List(l) => Some(l.get().clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(i) => i,
            None => {
                if self.get_iter(seq).is_err() {
                    return Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    )));
                }
                let it = self.get_iter(seq)?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.iter_next(it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                out
            }
        };
        if items.len() != n {
            if items.len() > n {
                return Err(PyErr::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// UNPACK_EX: `before` items, a list, `after` items; first item on top.
    pub fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        if self.get_iter(seq).is_err() {
            return Err(PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = self.collect_iterable(seq)?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        let mid = self.new_list(items[before..mid_end].to_vec());
        out.push(mid);
        out.extend_from_slice(&items[mid_end..]);
        self.stack.extend(out.into_iter().rev());
        Ok(())
    }
}
