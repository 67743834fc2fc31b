//! Hashing, equality, and dict/set operations on `Value` keys.
//!
//! The tables (`objects::hashtable`) never call Python code. Lookups first probe with
//! `eq_pure`, which decides equality without running user code (numbers, strings,
//! bytes, identity, tuples of those); only when a candidate needs a user `__eq__` do
//! we collect the candidates, release the table, and compare through the VM, then
//! re-validate the handle (the table may have changed meanwhile).

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use super::{PyErr, PyResult, Vm};
use crate::objects::hashtable::{
    hash_bigint, hash_bytes, hash_complex, hash_f64, hash_frozenset, hash_i64, hash_pointer,
    hash_tuple,
};
use crate::objects::{ObjRef, Payload, Value};

/// Equality decidable without user code; None when `__eq__` may be needed.
pub fn eq_pure(a: Value, b: Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(int_eq_float(x, y))
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(x as i64 == y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(x as i64 as f64 == y)
        }
        (Value::None, Value::Obj(o)) | (Value::Obj(o), Value::None) => {
            if is_user_instance(o) {
                None
            } else {
                Some(false)
            }
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
            (Payload::Int(p), Payload::Int(q)) => Some(p == q),
            (Payload::Bytes(p), Payload::Bytes(q)) => Some(p == q),
            (Payload::Complex(a1, b1), Payload::Complex(a2, b2)) => Some(a1 == a2 && b1 == b2),
            (Payload::Tuple(p), Payload::Tuple(q)) => {
                if p.len() != q.len() {
                    return Some(false);
                }
                for (u, v) in p.iter().zip(q.iter()) {
                    match eq_pure(*u, *v) {
                        Some(true) => {}
                        other => return other,
                    }
                }
                Some(true)
            }
            (Payload::Instance(_), _) | (_, Payload::Instance(_)) => None,
            (Payload::Exception(_), _) | (_, Payload::Exception(_)) => None,
            (Payload::List(_), Payload::List(_)) | (Payload::Dict(_), Payload::Dict(_)) => None,
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                None
            }
            (Payload::Str(_), _) | (_, Payload::Str(_)) => Some(false),
            (Payload::Type(_), Payload::Type(_))
            | (Payload::Function(_), _)
            | (_, Payload::Function(_)) => Some(false),
            (Payload::Int(_), Payload::Tuple(_)) | (Payload::Tuple(_), Payload::Int(_)) => {
                Some(false)
            }
            _ => None,
        },
        (Value::Obj(o), Value::Float(f)) | (Value::Float(f), Value::Obj(o))
            if matches!(o.payload, Payload::Int(_)) =>
        {
            if !f.is_finite() || f.fract() != 0.0 {
                return Some(false);
            }
            match &o.payload {
                Payload::Int(b) => Some(BigInt::from_f64(f).map(|x| &x == b).unwrap_or(false)),
                _ => Some(false),
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            Payload::Int(_) => Some(false),
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Tuple(_)
            | Payload::Type(_)
            | Payload::Function(_) => Some(false),
            Payload::Complex(re, im) => {
                let other = if let Value::Obj(p) = a {
                    if p == o {
                        b
                    } else {
                        a
                    }
                } else {
                    a
                };
                let f = match other {
                    Value::Int(i) => i as f64,
                    Value::Float(f) => f,
                    Value::Bool(b) => b as i64 as f64,
                    _ => return None,
                };
                Some(*im == 0.0 && *re == f)
            }
            _ => None,
        },
        _ => Some(false),
    }
}

/// Probe a table for `key` with `eq_pure`; also reports whether some candidate
/// needed a user `__eq__` (then the caller compares the candidates itself).
fn find_pure(
    hash: i64,
    key: Value,
    find: impl FnOnce(i64, &mut PureEq) -> Option<usize>,
) -> (Option<usize>, bool) {
    let mut eq = PureEq { key, impure: false };
    let r = find(hash, &mut eq);
    (r, eq.impure)
}

/// Key comparison that runs no Python code: `impure` records a comparison that
/// would need `__eq__` (treated as unequal here).
struct PureEq {
    key: Value,
    impure: bool,
}

impl PureEq {
    #[inline]
    fn test(&mut self, k: &Value) -> bool {
        if let (Value::Int(a), Value::Int(b)) = (*k, self.key) {
            return a == b;
        }
        match eq_pure(*k, self.key) {
            Some(b) => b,
            None => {
                self.impure = true;
                false
            }
        }
    }
}

/// A snapshot of a dict's `(key, value)` pairs in order (empty for a non-dict), for
/// loops that may run Python code while they walk it.
pub fn dict_items(d: ObjRef) -> Vec<(Value, Value)> {
    d.as_dict()
        .map(|t| t.get().iter().map(|(_, k, v)| (k, v)).collect())
        .unwrap_or_default()
}

/// Entry of a str key (interned or not) in a dict table; no user code runs.
fn find_str_key(
    table: &crate::objects::hashtable::DictTable<Value, Value>,
    key: ObjRef,
) -> Option<usize> {
    let ks = key.as_str()?;
    table.find(ks.hash(), |k| match k {
        Value::Obj(o) => {
            *o == key
                || o.as_str()
                    .map(|s| s.as_str() == ks.as_str())
                    .unwrap_or(false)
        }
        _ => false,
    })
}

fn is_user_instance(o: ObjRef) -> bool {
    matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
}

/// Exact int/float equality (no rounding of big ints).
pub fn int_eq_float(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() < 9.2e18 {
        return (f as i64) == i;
    }
    false
}

/// The hash a user `__hash__` returned, as CPython reduces it.
fn hash_result(r: Value) -> PyResult<i64> {
    match r {
        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(ro) => match &ro.payload {
            Payload::Int(b) => Ok(hash_bigint(b)),
            _ => Err(PyErr::type_error(
                "__hash__ method should return an integer",
            )),
        },
        _ => Err(PyErr::type_error(
            "__hash__ method should return an integer",
        )),
    }
}

impl Vm {
    /// `hash(v)`: ints and strs inline, everything else out of line.
    #[inline]
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_i64(i)),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) if o.ty() == self.types.str => Ok(s.hash()),
                _ => self.hash_slow(v),
            },
            _ => self.hash_slow(v),
        }
    }

    #[inline(never)]
    fn hash_slow(&mut self, v: Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash_i64(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => hash_f64(f, f.to_bits() as usize),
            Value::None => 0x7ff6_86a4_2e10 >> 4,
            Value::Empty => 0,
            Value::Obj(o) if self.is_derived(v) => {
                // A class derived from a built-in: its own __hash__, else the base's.
                match self.lookup_in_mro(o.ty(), self.names.__hash__) {
                    Some(Value::None) => {
                        return Err(PyErr::type_error(format!(
                            "unhashable type: '{}'",
                            self.type_name(v)
                        )));
                    }
                    Some(f) if crate::vm::attr::is_plain_function(f) => {
                        let r = self.call(f, &[v], &[])?;
                        return hash_result(r);
                    }
                    _ => {}
                }
                match &o.payload {
                    Payload::Boxed(x) => return self.hash(*x),
                    Payload::Str(s) => s.hash(),
                    _ => return self.hash_payload(v, o),
                }
            }
            Value::Obj(o) => return self.hash_payload(v, o),
        })
    }

    fn hash_payload(&mut self, v: Value, o: ObjRef) -> PyResult<i64> {
        Ok(match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::Int(b) => hash_bigint(b),
            Payload::Bytes(b) => hash_bytes(b),
            Payload::Complex(re, im) => hash_complex(*re, *im, o.addr()),
            Payload::Tuple(items) => {
                let items = items.to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for it in items {
                    hs.push(self.hash(it)?);
                }
                hash_tuple(&hs)
            }
            Payload::Range { start, stop, step } => {
                let n = crate::builtins::range_len(*start, *stop, *step);
                let none = self.hash(Value::None)?;
                let hs = match n {
                    0 => [hash_i64(0), none, none],
                    1 => [hash_i64(1), hash_i64(*start), none],
                    _ => [hash_i64(n), hash_i64(*start), hash_i64(*step)],
                };
                hash_tuple(&hs)
            }
            Payload::FrozenSet(s) => {
                let hs: Vec<i64> = s.get().iter().map(|(h, _)| h).collect();
                hash_frozenset(hs)
            }
            Payload::MemoryView(_) => return crate::builtins::memoryview::hash(self, v),
            Payload::WeakRef(_) => return crate::stdlib::weakref::hash(self, v),
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Array(_)
            | Payload::Slice { .. } => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(v)
                )));
            }
            Payload::Instance(_) | Payload::Exception(_) => {
                let ty = o.ty();
                if self.type_is_user(ty) {
                    match self.lookup_in_mro(ty, self.names.__hash__) {
                        Some(Value::None) => {
                            return Err(PyErr::type_error(format!(
                                "unhashable type: '{}'",
                                self.type_name(v)
                            )));
                        }
                        Some(f) if crate::vm::attr::is_plain_function(f) => {
                            let r = self.call(f, &[v], &[])?;
                            return hash_result(r);
                        }
                        _ => {}
                    }
                }
                hash_pointer(o.addr())
            }
            // Consistent with method equality (same object, equal functions).
            Payload::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                let at = match self_ {
                    Value::Obj(s) => hash_pointer(s.addr()),
                    other => self.hash(other)?,
                };
                at ^ self.hash(func)?
            }
            _ => hash_pointer(o.addr()),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = eq_pure(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, crate::bytecode::CmpOp::Eq)?;
        self.truthy(r)
    }

    /// Look up `key`; returns the entry handle.
    fn dict_find(&mut self, d: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let table = d.as_dict().unwrap();
        let (r, impure) = find_pure(hash, key, |h, eq| table.get().find(h, |k| eq.test(k)));
        if r.is_some() || !impure {
            return Ok(r);
        }
        loop {
            let cands = table.get().candidates(hash);
            let version = table.get().version();
            let mut restart = false;
            for (h, k) in cands {
                if self.eq(k, key)? {
                    if table.get().version() != version
                        && !table.get().key_at(h).map(|k2| k2.is(k)).unwrap_or(false)
                    {
                        restart = true;
                        break;
                    }
                    return Ok(Some(h));
                }
            }
            if !restart {
                return Ok(None);
            }
        }
    }

    /// `d[key]` if present.
    pub fn dict_get(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(k) = key {
            if k.as_str().is_some() {
                return self.dict_get_str(d, k);
            }
        }
        let h = self.hash(key)?;
        let found = self.dict_find(d, key, h)?;
        Ok(found.and_then(|i| d.as_dict().unwrap().get().get(i).map(|(_, v)| v)))
    }

    /// `d[key] = v`
    pub fn dict_set(&mut self, d: ObjRef, key: Value, v: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => {
                d.as_dict().unwrap().get().set_value(i, v);
            }
            None => {
                d.as_dict().unwrap().get().insert_new(h, key, v);
            }
        }
        Ok(())
    }

    /// `del d[key]`; false when absent.
    pub fn dict_del(&mut self, d: ObjRef, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => {
                d.as_dict().unwrap().get().remove(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove and return `d[key]`.
    pub fn dict_pop(&mut self, d: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => Ok(d.as_dict().unwrap().get().remove(i).map(|(_, v)| v)),
            None => Ok(None),
        }
    }

    /// Lookup by a str key (no user code can run).
    #[inline]
    pub fn dict_get_str(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<Value>> {
        Ok(self.dict_get_str_pure(d, key))
    }

    /// Lookup by a str key without a `&mut Vm`.
    #[inline]
    pub fn dict_get_str_pure(&self, d: ObjRef, key: ObjRef) -> Option<Value> {
        let table = d.as_dict()?.get();
        let i = find_str_key(table, key)?;
        table.get(i).map(|(_, v)| v)
    }

    /// Store under a str key.
    pub fn dict_set_str(&mut self, d: ObjRef, key: ObjRef, v: Value) -> PyResult<()> {
        let table = d.as_dict().unwrap().get();
        match find_str_key(table, key) {
            Some(i) => {
                table.set_value(i, v);
            }
            None => {
                let h = key.as_str().map(|s| s.hash()).unwrap_or(0);
                table.insert_new(h, Value::Obj(key), v);
            }
        }
        Ok(())
    }

    /// Delete a str key; false when absent.
    pub fn dict_del_str(&mut self, d: ObjRef, key: ObjRef) -> PyResult<bool> {
        let table = d.as_dict().unwrap().get();
        match find_str_key(table, key) {
            Some(i) => {
                table.remove(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn set_find(&mut self, s: ObjRef, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let table = match &s.payload {
            Payload::Set(t) | Payload::FrozenSet(t) => t,
            _ => return Ok(None),
        };
        let (r, impure) = find_pure(hash, key, |h, eq| table.get().find(h, |k| eq.test(k)));
        if r.is_some() || !impure {
            return Ok(r);
        }
        let cands = table.get().candidates(hash);
        for (h, k) in cands {
            if self.eq(k, key)? {
                return Ok(Some(h));
            }
        }
        Ok(None)
    }

    /// Add to a set.
    pub fn set_add(&mut self, s: ObjRef, key: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        if self.set_find(s, key, h)?.is_none() {
            if let Payload::Set(t) | Payload::FrozenSet(t) = &s.payload {
                t.get().insert_new(h, key);
            }
        }
        Ok(())
    }

    /// Membership in a set.
    pub fn set_contains(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `[] in set()` raises TypeError like CPython (unhashable).
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Remove from a set; false when absent.
    pub fn set_discard(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, key, h)? {
            Some(i) => {
                if let Payload::Set(t) = &s.payload {
                    t.get().remove(i);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Update dict `d` from a mapping (`{**m}`, `f(**m)` when `merge`).
    pub fn dict_update_from(&mut self, d: ObjRef, src: Value, merge: bool) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match src {
            Value::Obj(o) if o.as_dict().is_some() => dict_items(o),
            _ => {
                let keys_name = self.names.keys;
                let keys = match self.getattr_opt(src, keys_name)? {
                    Some(k) => k,
                    None => {
                        let tn = self.type_name(src);
                        return Err(PyErr::type_error(if merge {
                            format!("argument after ** must be a mapping, not {tn}")
                        } else {
                            format!("'{tn}' object is not a mapping")
                        }));
                    }
                };
                let keys = self.call(keys, &[], &[])?;
                let keys = self.collect_iterable(keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(src, k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if merge {
                if let Some(Payload::Str(ks)) = k.payload() {
                    if self.dict_get(d, k)?.is_some() {
                        return Err(PyErr::type_error(format!(
                            "got multiple values for keyword argument '{}'",
                            ks.as_str()
                        )));
                    }
                } else {
                    return Err(PyErr::type_error("keywords must be strings"));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }
}

/// Normalize an int-like value to a BigInt (for mixed big/small arithmetic).
pub fn to_bigint(v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            Payload::Boxed(x @ (Value::Int(_) | Value::Obj(_))) => to_bigint(*x),
            _ => None,
        },
        _ => None,
    }
}

/// Float value of a big int (may be inf).
pub fn bigint_to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(if b < &BigInt::zero() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}
