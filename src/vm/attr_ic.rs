//! Inline caches for attribute loads, stores and method lookups on plain instances.
//!
//! Each code object has `IC_WAYS` `AttrIc` entries per name for loads (LOAD_ATTR,
//! LOAD_METHOD) and as many for stores (STORE_ATTR), so a site that sees a few
//! classes keeps hitting. An entry is valid while the receiver's shape is the cached
//! map and the global type epoch is unchanged; since a map implies its type,
//! that one compare stands for "same type, same attribute layout, same class
//! attributes". A hit reads or writes a slot, or returns a cached class attribute,
//! without hashing a name or walking an MRO; a method hit also avoids the bound
//! method allocation.
//!
//! Entries are only recorded after the generic path has run (`*_miss`), and only
//! when its result does not depend on anything but the shape and the types:
//! - loads: no Python `__getattribute__`, and no data descriptor of that name in
//!   the class (which would take precedence over the instance slot);
//! - stores: no Python `__setattr__`, no data descriptor, not `__class__`;
//! - methods: the class attribute is a function (or built-in method) the instance
//!   does not shadow.
//!
//! LOAD_METHOD on objects of built-in types caches the method by the receiver's type
//! (built-in types cannot change), and module attributes take a short path through
//! the module dict.
//!
//! Instances in dict mode (their `__dict__` was asked for) have no map: their
//! entries are keyed by type instead (`IC_DICT`, `IC_DICT_METHOD`), valid while
//! the class has no Python `__getattribute__` and no data descriptor of the
//! name; a hit is one lookup in the instance's dict by the interned name.
//!
//! The epoch also moves on after every collection, so an entry never outlives the
//! map it points to.

use std::cell::Cell;

use super::{PyResult, Vm};
use crate::objects::object::{
    AttrIc, CodeObj, FLAG_GETATTRIBUTE, FLAG_SETATTR, IC_ADD, IC_CLASS_VALUE, IC_DICT,
    IC_DICT_METHOD, IC_METHOD, IC_SLOT,
};
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// LOAD_ATTR of `code.names[n]` on `obj`. The common case (an instance slot
    /// found by the most recent cache entry) is inlined into the dispatch loop; the
    /// other entries and the generic lookup are out of line.
    ///
    /// `pc` is the dispatch loop's position: off the fast path it is saved in
    /// the running frame, because a getter may ask for the frame's line
    /// (`f_lineno`).
    #[inline(always)]
    pub(super) fn load_attr_ic(
        &mut self,
        code: &CodeObj,
        n: usize,
        obj: Value,
        pc: usize,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                let (shape, epoch) = (Some(inst.shape.get()), self.type_epoch.get());
                for way in code.load_ways(n) {
                    let c = way.get();
                    if c.map == shape && c.epoch == epoch && c.kind == IC_SLOT {
                        if let Some(&v) = inst.slots.get().get(c.index as usize) {
                            return Ok(v);
                        }
                    }
                }
            }
        }
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
        self.load_attr_ways(code, n, obj)
    }

    #[inline(never)]
    fn load_attr_ways(&mut self, code: &CodeObj, n: usize, obj: Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if let Some(c) = self.probe(code.load_ways(n), inst.shape.get()) {
                    if c.kind == IC_SLOT {
                        if let Some(&v) = inst.slots.get().get(c.index as usize) {
                            return Ok(v);
                        }
                    } else if c.kind == IC_CLASS_VALUE {
                        return Ok(c.value);
                    }
                } else if let Some(d) = inst.dict() {
                    let hit = self.probe(code.load_ways(n), o.ty());
                    if hit.is_some_and(|c| c.kind == IC_DICT) {
                        if let Some(v) = self.dict_get_str_pure(d, code.names[n]) {
                            return Ok(v);
                        }
                    }
                }
            } else if let Some(v) = self.module_attr(o, code.names[n]) {
                return Ok(v);
            }
        }
        self.load_attr_miss(code, n, obj)
    }

    #[inline(never)]
    fn load_attr_miss(&mut self, code: &CodeObj, n: usize, obj: Value) -> PyResult<Value> {
        let name = code.names[n];
        let v = self.getattr(obj, name)?;
        if let Some((o, map)) = self.cacheable_load(obj) {
            let ty = o.ty();
            let descr = self.lookup_in_mro(ty, name);
            let slot = map.as_map().and_then(|m| m.index_of(name));
            let entry = match (slot, descr) {
                (Some(i), d) if !d.is_some_and(|d| self.is_data_descriptor(d)) => {
                    Some((IC_SLOT, i as u32, Value::Empty))
                }
                (None, Some(d)) if is_plain_class_value(d) => Some((IC_CLASS_VALUE, 0, d)),
                _ => None,
            };
            if let Some((kind, index, value)) = entry {
                self.record(code.load_ways(n), map, kind, index, value);
            }
        } else if let Some((o, d)) = self.cacheable_dict_load(obj) {
            let descr = self.lookup_in_mro(o.ty(), name);
            let data = descr.is_some_and(|d| self.is_data_descriptor(d));
            if !data && self.dict_get_str_pure(d, name).is_some() {
                self.record(code.load_ways(n), o.ty(), IC_DICT, 0, Value::Empty);
            }
        }
        Ok(v)
    }

    /// LOAD_METHOD of `code.names[n]` on `obj`: `(function, self)` or `(Empty, attr)`.
    /// A method found by the most recent cache entry is inlined (see `load_attr_ic`).
    #[inline(always)]
    pub(super) fn load_method_ic(
        &mut self,
        code: &CodeObj,
        n: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                let (shape, epoch) = (Some(inst.shape.get()), self.type_epoch.get());
                for way in code.load_ways(n) {
                    let c = way.get();
                    if c.map == shape && c.epoch == epoch && c.kind == IC_METHOD {
                        return Ok((c.value, obj));
                    }
                }
            }
        }
        self.load_method_ways(code, n, obj)
    }

    #[inline(never)]
    fn load_method_ways(
        &mut self,
        code: &CodeObj,
        n: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if let Some(c) = self.probe(code.load_ways(n), inst.shape.get()) {
                    if c.kind == IC_METHOD {
                        return Ok((c.value, obj));
                    } else if c.kind == IC_CLASS_VALUE {
                        return Ok((Value::Empty, c.value));
                    } else if c.kind == IC_SLOT {
                        if let Some(&v) = inst.slots.get().get(c.index as usize) {
                            return Ok((Value::Empty, v));
                        }
                    }
                } else if let Some(d) = inst.dict() {
                    if let Some(c) = self.probe(code.load_ways(n), o.ty()) {
                        let own = self.dict_get_str_pure(d, code.names[n]);
                        match (c.kind, own) {
                            (IC_DICT_METHOD, None) => return Ok((c.value, obj)),
                            (IC_DICT, Some(v)) => return Ok((Value::Empty, v)),
                            _ => {}
                        }
                    }
                }
            } else if let Some(c) = self.probe(code.load_ways(n), o.ty()) {
                // A built-in receiver (see `builtin_method_receiver`): keyed by type.
                if c.kind == IC_METHOD {
                    return Ok((c.value, obj));
                }
            } else if let Some(v) = self.module_attr(o, code.names[n]) {
                return Ok((Value::Empty, v));
            }
        }
        self.load_method_miss(code, n, obj)
    }

    #[inline(never)]
    fn load_method_miss(
        &mut self,
        code: &CodeObj,
        n: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let name = code.names[n];
        let r = self.load_method(obj, name)?;
        if let Some(ty) = builtin_method_receiver(obj) {
            if !r.0.is_empty() {
                self.record(code.load_ways(n), ty, IC_METHOD, 0, r.0);
            }
        } else if let Some((_, map)) = self.cacheable_load(obj) {
            let shadowed = map.as_map().and_then(|m| m.index_of(name)).is_some();
            let is_self = matches!((r.1, obj), (Value::Obj(a), Value::Obj(b)) if a == b);
            if !shadowed && !r.0.is_empty() && is_self {
                self.record(code.load_ways(n), map, IC_METHOD, 0, r.0);
            }
        } else if let Some((o, d)) = self.cacheable_dict_load(obj) {
            let shadowed = self.dict_get_str_pure(d, name).is_some();
            let is_self = matches!((r.1, obj), (Value::Obj(a), Value::Obj(b)) if a == b);
            if !shadowed && !r.0.is_empty() && is_self {
                self.record(code.load_ways(n), o.ty(), IC_DICT_METHOD, 0, r.0);
            }
        }
        Ok(r)
    }

    /// STORE_ATTR of `code.names[n]` on `obj`; an existing slot found by the most
    /// recent cache entry is written inline (see `load_attr_ic`).
    #[inline(always)]
    pub(super) fn store_attr_ic(
        &mut self,
        code: &CodeObj,
        n: usize,
        obj: Value,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                let c = code.store_ways(n)[0].get();
                if c.map == Some(inst.shape.get())
                    && c.epoch == self.type_epoch.get()
                    && c.kind == IC_SLOT
                {
                    if let Some(slot) = inst.slots.get().get_mut(c.index as usize) {
                        *slot = v;
                        return Ok(());
                    }
                }
            }
        }
        self.store_attr_ways(code, n, obj, v)
    }

    #[inline(never)]
    fn store_attr_ways(&mut self, code: &CodeObj, n: usize, obj: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if let Some(c) = self.probe(code.store_ways(n), inst.shape.get()) {
                    let slots = inst.slots.get();
                    let i = c.index as usize;
                    if c.kind == IC_SLOT && i < slots.len() {
                        slots[i] = v;
                        return Ok(());
                    }
                    if let (IC_ADD, Value::Obj(next)) = (c.kind, c.value) {
                        if i == slots.len() {
                            slots.push(v);
                            inst.shape.set(next);
                            return Ok(());
                        }
                    }
                }
            }
        }
        self.store_attr_miss(code, n, obj, v)
    }

    #[inline(never)]
    fn store_attr_miss(&mut self, code: &CodeObj, n: usize, obj: Value, v: Value) -> PyResult<()> {
        let name = code.names[n];
        let before = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Instance(inst) => inst.map(),
                _ => None,
            },
            _ => None,
        };
        self.setattr(obj, name, v)?;
        let (Some(before), Value::Obj(o)) = (before, obj) else {
            return Ok(());
        };
        let Payload::Instance(inst) = &o.payload else {
            return Ok(());
        };
        let Some(after) = inst.map() else {
            return Ok(());
        };
        let ty = o.ty();
        if ty == self.types.object
            || name == self.names.__class__
            || self.type_flags(ty) & FLAG_SETATTR != 0
            || self
                .lookup_in_mro(ty, name)
                .is_some_and(|d| self.is_data_descriptor(d))
        {
            return Ok(());
        }
        let Some(i) = after.as_map().and_then(|m| m.index_of(name)) else {
            return Ok(());
        };
        if after == before {
            self.record(code.store_ways(n), before, IC_SLOT, i as u32, Value::Empty);
        } else if before.as_map().and_then(|m| m.transition(name)) == Some(after) {
            self.record(
                code.store_ways(n),
                before,
                IC_ADD,
                i as u32,
                Value::Obj(after),
            );
        }
        Ok(())
    }

    /// `module.name` when it is a plain entry of the module's dict: the module's type
    /// has no attribute of that name (which could be a data descriptor) and no Python
    /// `__getattribute__`. None sends the load down the generic path.
    #[inline]
    fn module_attr(&self, o: ObjRef, name: ObjRef) -> Option<Value> {
        let Payload::Module { dict, .. } = &o.payload else {
            return None;
        };
        let ty = o.ty();
        if self.type_flags(ty) & FLAG_GETATTRIBUTE != 0 || self.lookup_in_mro(ty, name).is_some() {
            return None;
        }
        self.dict_get_str_pure(*dict, name)
    }

    /// The instance and its map when loads on `obj` may be cached: a map-mode
    /// instance whose type has no Python `__getattribute__`.
    fn cacheable_load(&self, obj: Value) -> Option<(ObjRef, ObjRef)> {
        let Value::Obj(o) = obj else { return None };
        let Payload::Instance(inst) = &o.payload else {
            return None;
        };
        let map = inst.map()?;
        (self.type_flags(o.ty()) & FLAG_GETATTRIBUTE == 0).then_some((o, map))
    }

    /// The instance and its dict, for a dict-mode instance whose class has no
    /// Python `__getattribute__` (see the module docs).
    fn cacheable_dict_load(&self, obj: Value) -> Option<(ObjRef, ObjRef)> {
        let Value::Obj(o) = obj else { return None };
        let Payload::Instance(inst) = &o.payload else {
            return None;
        };
        let d = inst.dict()?;
        (self.type_flags(o.ty()) & FLAG_GETATTRIBUTE == 0).then_some((o, d))
    }

    /// The live entry for `key` (a map, or the type of a built-in receiver).
    #[inline]
    fn probe(&self, ways: &[Cell<AttrIc>], key: ObjRef) -> Option<AttrIc> {
        let epoch = self.type_epoch.get();
        ways.iter()
            .map(Cell::get)
            .find(|c| c.map == Some(key) && c.epoch == epoch)
    }

    /// Record an entry: it replaces the entry for the same key, or goes first with
    /// the others moving down one place (the last one is dropped).
    fn record(&self, ways: &[Cell<AttrIc>], key: ObjRef, kind: u8, index: u32, value: Value) {
        let entry = AttrIc {
            map: Some(key),
            epoch: self.type_epoch.get(),
            kind,
            index,
            value,
        };
        let end = ways
            .iter()
            .position(|c| c.get().map == Some(key))
            .unwrap_or(ways.len() - 1);
        for i in (1..=end).rev() {
            ways[i].set(ways[i - 1].get());
        }
        ways[0].set(entry);
    }
}

/// The type of `obj` when it is an object of a built-in type without attributes of
/// its own: a method found on that type is then the same for every such object
/// (built-in types are immutable), so LOAD_METHOD caches it by type.
fn builtin_method_receiver(obj: Value) -> Option<ObjRef> {
    let Value::Obj(o) = obj else { return None };
    let ty = o.ty();
    let builtin = ty.as_type().is_some_and(|t| t.builtin);
    let own_attrs = matches!(
        o.payload,
        Payload::Instance(_)
            | Payload::Exception(_)
            | Payload::Module { .. }
            | Payload::Function(_)
            | Payload::Type(_)
            | Payload::Super { .. }
    );
    (builtin && !own_attrs).then_some(ty)
}

/// A class attribute that LOAD_ATTR returns as it is: no descriptor protocol can
/// apply to it (numbers, None, bools, strings, tuples).
fn is_plain_class_value(v: Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Str(_) | Payload::Tuple(_) | Payload::Int(_)
            )
        }
        Value::Empty => false,
        _ => true,
    }
}
