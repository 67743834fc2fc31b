//! Maps (hidden classes) and the attribute storage of plain instances.
//!
//! DESIGN.md decision 5: an instance of a `class` statement holds a *shape* and a
//! vector of attribute values. In map mode the shape is a map object: the ordered
//! attribute names of every instance built the same way, shared among them. Adding an
//! attribute follows (or creates) the map's transition for that name, so instances
//! that gain the same attributes in the same order share one map, and a lookup of
//! `(map, name)` gives the same slot index for all of them. That is what makes the
//! inline caches of `code_cache` work: a cache hit is one compare of the shape
//! pointer plus the (global) type epoch, then one indexed load.
//!
//! Invariants:
//! - Every map belongs to one type (its header `ty`), and the root map of a type is
//!   the empty map instances of that type start from. A map thus implies the type.
//! - `InstanceObj::slots.len() == map.names.len()` in map mode.
//! - Names in a map are `str` objects, compared by identity first and by contents
//!   second, so a name built at run time finds the slot of the interned one.
//! - In dict mode the shape is the instance's `__dict__` (a dict object) and `slots`
//!   is empty. An instance enters dict mode, never to leave it, when Python code asks
//!   for its `__dict__`, when an attribute is deleted, and when it would grow past
//!   `MAX_MAP_ATTRS`; the dict is then the only storage, so reads and writes through
//!   `__dict__` and through attribute access always agree.
//!
//! Maps are ordinary heap objects (never visible to Python code): a type keeps its
//! root map alive, and each map keeps the maps it transitions to.

use std::cell::Cell;

use super::object::{Mut, ObjRef, Payload};
use super::value::Value;

/// Instances with more attributes than this switch to dict mode.
pub const MAX_MAP_ATTRS: usize = 48;

/// A map: the attribute layout shared by instances.
pub struct MapObj {
    /// Attribute names in slot order.
    pub names: Box<[ObjRef]>,
    /// Maps reached by adding one attribute: `(name, map)`.
    pub transitions: Mut<Vec<(ObjRef, ObjRef)>>,
}

impl MapObj {
    /// Slot index of `name`, if the map has it.
    #[inline]
    pub fn index_of(&self, name: ObjRef) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|&n| n == name) {
            return Some(i);
        }
        let s = name.as_str()?;
        self.names
            .iter()
            .position(|n| n.as_str().is_some_and(|t| t.as_str() == s.as_str()))
    }

    /// The existing transition for adding `name`.
    pub fn transition(&self, name: ObjRef) -> Option<ObjRef> {
        let ts = self.transitions.get();
        if let Some(&(_, m)) = ts.iter().find(|(n, _)| *n == name) {
            return Some(m);
        }
        let s = name.as_str()?;
        ts.iter()
            .find(|(n, _)| n.as_str().is_some_and(|t| t.as_str() == s.as_str()))
            .map(|&(_, m)| m)
    }
}

/// Attribute values of an instance: the first `INLINE_SLOTS` live inside the object,
/// so a small instance (a 3-d vector, say) costs one allocation, not two.
pub type Slots = smallvec::SmallVec<[Value; INLINE_SLOTS]>;

/// Attribute values kept inside the instance object (see `Slots`).
pub const INLINE_SLOTS: usize = 3;

/// A plain instance's attribute storage.
pub struct InstanceObj {
    /// A map object (map mode) or the instance's dict object (dict mode).
    pub shape: Cell<ObjRef>,
    /// Attribute values in the map's slot order (empty in dict mode).
    pub slots: Mut<Slots>,
}

impl InstanceObj {
    /// The map object, in map mode.
    #[inline]
    pub fn map(&self) -> Option<ObjRef> {
        let s = self.shape.get();
        match s.payload {
            Payload::Map(_) => Some(s),
            _ => None,
        }
    }

    /// The attribute dict, in dict mode.
    #[inline]
    pub fn dict(&self) -> Option<ObjRef> {
        let s = self.shape.get();
        match s.payload {
            Payload::Dict(_) => Some(s),
            _ => None,
        }
    }
}
