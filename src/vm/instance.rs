//! Own attributes of objects: map-mode storage of plain instances (see
//! `objects::map` for the layout and its invariants) and the attribute dicts of
//! everything else that has one (modules, functions, exceptions, dict-mode
//! instances).
//!
//! The `own_attr_*` functions are what the generic attribute protocol (`attr`) uses
//! for "the instance's own attributes"; they never move an instance to dict mode.
//! `instance_dict` does, because the dict it returns is handed to Python code.

use std::cell::Cell;

use super::{PyResult, Vm};
use crate::objects::map::{InstanceObj, MapObj, Slots, MAX_MAP_ATTRS};
use crate::objects::object::Mut;
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// A new plain instance of `cls` with no attributes.
    pub fn new_plain_instance(&mut self, cls: ObjRef) -> Value {
        let map = self.root_map(cls);
        let cap = cls.as_type().map(|t| t.slots_hint.get()).unwrap_or(0);
        let inst = InstanceObj {
            shape: Cell::new(map),
            slots: Mut::new(Slots::with_capacity(cap as usize)),
        };
        Value::Obj(self.alloc(cls, Payload::Instance(inst)))
    }

    /// The empty map of `ty`'s instances.
    fn root_map(&mut self, ty: ObjRef) -> ObjRef {
        if let Some(m) = ty.as_type().and_then(|t| t.root_map.get()) {
            return m;
        }
        let m = self.new_map(ty, Box::new([]));
        if let Some(t) = ty.as_type() {
            t.root_map.set(Some(m));
        }
        m
    }

    fn new_map(&mut self, ty: ObjRef, names: Box<[ObjRef]>) -> ObjRef {
        self.alloc(
            ty,
            Payload::Map(Box::new(MapObj {
                names,
                transitions: Mut::new(Vec::new()),
            })),
        )
    }

    /// The map `map` becomes by adding `name`; None past `MAX_MAP_ATTRS`.
    fn map_with(&mut self, map: ObjRef, name: ObjRef) -> Option<ObjRef> {
        let m = map.as_map()?;
        if let Some(next) = m.transition(name) {
            return Some(next);
        }
        if m.names.len() >= MAX_MAP_ATTRS {
            return None;
        }
        let name = match name.as_str() {
            Some(s) => {
                let s = s.as_str().to_string();
                self.intern(&s)
            }
            None => name,
        };
        let mut names = m.names.to_vec();
        names.push(name);
        let count = names.len() as u32;
        let ty = map.ty();
        let next = self.new_map(ty, names.into_boxed_slice());
        m.transitions.get().push((name, next));
        if let Some(t) = ty.as_type() {
            if t.slots_hint.get() < count {
                t.slots_hint.set(count);
            }
        }
        Some(next)
    }

    /// Move an instance to dict mode; returns its dict.
    pub(super) fn enter_dict_mode(&mut self, inst: &InstanceObj) -> ObjRef {
        if let Some(d) = inst.dict() {
            return d;
        }
        let map = inst.shape.get();
        let dict = self.new_dict();
        let names = map.as_map().map(|m| m.names.to_vec()).unwrap_or_default();
        let values = std::mem::take(inst.slots.get());
        for (n, v) in names.into_iter().zip(values) {
            // Str keys into a fresh dict: cannot fail or run Python code.
            let _ = self.dict_set_str(dict, n, v);
        }
        inst.shape.set(dict);
        dict
    }

    /// The attribute dict of an object, if it has one. A map-mode instance moves to
    /// dict mode: the returned dict becomes its only attribute storage.
    pub fn instance_dict(&mut self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Instance(_) if o.ty() == self.types.object => None,
                Payload::Instance(inst) => Some(self.enter_dict_mode(inst)),
                Payload::Exception(e) => Some(e.dict),
                Payload::Module { dict, .. } => Some(*dict),
                Payload::Function(f) => *f.dict.get(),
                _ => self.plain_attr_dict_mut(o),
            },
            _ => None,
        }
    }

    /// The attribute dict of a non-instance object, without creating anything.
    fn plain_attr_dict(&self, o: ObjRef) -> Option<ObjRef> {
        match &o.payload {
            Payload::Exception(e) => Some(e.dict),
            Payload::Module { dict, .. } => Some(*dict),
            Payload::Function(f) => *f.dict.get(),
            _ => self.heap.attr_dict(o),
        }
    }

    /// `plain_attr_dict`, creating the dict of an instance of a class derived from
    /// a built-in type on first use.
    fn plain_attr_dict_mut(&mut self, o: ObjRef) -> Option<ObjRef> {
        match self.plain_attr_dict(o) {
            Some(d) => Some(d),
            None if self.is_derived(Value::Obj(o)) => Some(self.derived_attr_dict(o)),
            None => None,
        }
    }

    /// The value of `obj`'s own attribute `name` (its map slot or dict entry).
    pub fn own_attr_get(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let Value::Obj(o) = obj else { return Ok(None) };
        let dict = match &o.payload {
            Payload::Instance(inst) => match inst.map() {
                Some(m) => {
                    let i = m.as_map().and_then(|m| m.index_of(name));
                    return Ok(i.map(|i| inst.slots.get()[i]));
                }
                None => inst.dict(),
            },
            _ => self.plain_attr_dict(o),
        };
        match dict {
            Some(d) => self.dict_get_str(d, name),
            None => Ok(None),
        }
    }

    /// Set `obj`'s own attribute; Ok(false) when `obj` has no attribute storage.
    pub fn own_attr_set(&mut self, obj: Value, name: ObjRef, v: Value) -> PyResult<bool> {
        let Value::Obj(o) = obj else { return Ok(false) };
        let dict = match &o.payload {
            Payload::Instance(_) if o.ty() == self.types.object => None,
            Payload::Instance(inst) => match inst.map() {
                Some(map) => {
                    if let Some(i) = map.as_map().and_then(|m| m.index_of(name)) {
                        inst.slots.get()[i] = v;
                        return Ok(true);
                    }
                    match self.map_with(map, name) {
                        Some(next) => {
                            inst.slots.get().push(v);
                            inst.shape.set(next);
                            return Ok(true);
                        }
                        None => Some(self.enter_dict_mode(inst)),
                    }
                }
                None => inst.dict(),
            },
            _ => self.plain_attr_dict_mut(o),
        };
        match dict {
            Some(d) => self.dict_set_str(d, name, v).map(|()| true),
            None => Ok(false),
        }
    }

    /// Delete `obj`'s own attribute: Some(found), or None when `obj` has no
    /// attribute storage. Deleting from a map-mode instance moves it to dict mode.
    pub fn own_attr_del(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<bool>> {
        let Value::Obj(o) = obj else { return Ok(None) };
        let dict = match &o.payload {
            Payload::Instance(_) if o.ty() == self.types.object => None,
            Payload::Instance(inst) => match inst.map() {
                Some(map) => {
                    let present = map.as_map().and_then(|m| m.index_of(name)).is_some();
                    if !present {
                        return Ok(Some(false));
                    }
                    Some(self.enter_dict_mode(inst))
                }
                None => inst.dict(),
            },
            _ => self.plain_attr_dict(o),
        };
        match dict {
            Some(d) => self.dict_del_str(d, name).map(Some),
            None => Ok(None),
        }
    }

    /// `obj.__class__ = new_ty` for an instance: re-shape a map-mode instance onto
    /// the new type's maps (a map implies its type).
    pub fn instance_set_class(&mut self, o: ObjRef, new_ty: ObjRef) {
        if let Payload::Instance(inst) = &o.payload {
            if let Some(map) = inst.map() {
                let names = map.as_map().map(|m| m.names.to_vec()).unwrap_or_default();
                // The same names fit the new type's maps (at most MAX_MAP_ATTRS);
                // should that ever fail, dict mode keeps the attributes.
                let root = self.root_map(new_ty);
                let reshaped = names.into_iter().try_fold(root, |m, n| self.map_with(m, n));
                match reshaped {
                    Some(m) => inst.shape.set(m),
                    None => {
                        self.enter_dict_mode(inst);
                    }
                }
            }
        }
        o.ty.set(new_ty);
    }
}
