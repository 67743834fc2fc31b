//! The heap: every object is a separate allocation (so addresses never change),
//! listed in `objects`. `collect` marks from the roots the VM supplies and frees the
//! rest. The VM calls it only at safepoints (see `vm::Vm::safepoint`), where every
//! live value is reachable from a root.
//!
//! Objects whose layout has no room for attributes (instances of user classes
//! derived from built-in types such as `list` or `int`) keep their attribute dict
//! in a side table keyed by address, flagged in the header by `has_attr_dict`:
//! marking an object marks its dict, and freeing it drops the entry.
//!
//! Buffer exports (see `objects::buffer`) are counted per exporter address in
//! `exports`; sweeping an unreleased memoryview ends its export, so that an exporter
//! whose views are all garbage may resize again after the next collection.
//!
//! Weak references (`Payload::WeakRef`) do not trace their referent. The heap
//! lists them by referent address in `weak`; after marking, the references to
//! an unmarked referent are cleared (referent set to None) before the sweep
//! frees it, and their callbacks are queued in `weak_callbacks`, which are
//! roots until the VM runs them (`Vm::run_weak_callbacks`, outside the
//! collector: callbacks are Python code). There are no finalizers, so a
//! referent never comes back once cleared.
//!
//! Accounting: a collection is due when the number of allocations since the last one
//! exceeds `threshold`, which is reset to twice the surviving count (at least
//! `MIN_THRESHOLD`). `stress` (env `PYJIT_GC_STRESS=1`) collects at every safepoint;
//! env `PYJIT_GC_STATS` prints allocation and collection counts at exit.

use std::cell::Cell;
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::objects::{ObjRef, Payload, PyObject, Value};

/// Small enough that a program with few survivors reuses the same (cached) memory
/// instead of touching fresh pages; measured on benches/py/raytrace.py and richards.py.
const MIN_THRESHOLD: usize = 10_000;

/// The object heap.
pub struct Heap {
    objects: Vec<ObjRef>,
    since_gc: usize,
    threshold: usize,
    /// Collect at every safepoint (debug switch; see `set_stress`).
    stress: bool,
    /// Number of collections so far.
    pub collections: usize,
    /// Allocations made before the last collection (add `since_gc` for the total).
    allocated_before_gc: u64,
    /// Attribute dicts of objects flagged `has_attr_dict`, by address.
    attr_dicts: HashMap<usize, ObjRef>,
    /// Buffer exports: unreleased memoryviews per exporter address (no entry: none).
    exports: Box<HashMap<usize, u32>>,
    /// Weak references by the address of their referent (see `weak_refs`).
    weak: HashMap<usize, Vec<ObjRef>>,
    /// Callbacks of weak references whose referent a collection freed, with
    /// the reference to pass them: roots until the VM runs them.
    weak_callbacks: Vec<(Value, ObjRef)>,
    /// NUL-terminated copies of immutable `bytes`/`str` objects handed to C
    /// (ctypes' `c_char_p`/`c_wchar_p`), by object address: each lives as
    /// long as its object, as CPython's pointer into the object itself would.
    c_copies: HashMap<usize, Box<[u8]>>,
}

/// Marking state handed to root enumeration.
pub struct Marker {
    stack: Vec<ObjRef>,
}

impl Marker {
    /// Mark a value (no-op for unboxed values).
    #[inline]
    pub fn value(&mut self, v: Value) {
        if let Value::Obj(o) = v {
            self.obj(o);
        }
    }
    /// Mark an object.
    #[inline]
    pub fn obj(&mut self, o: ObjRef) {
        if !o.marked.get() {
            o.marked.set(true);
            self.stack.push(o);
        }
    }

    /// Mark everything reachable from the objects marked so far.
    fn drain(&mut self, attr_dicts: &HashMap<usize, ObjRef>) {
        while let Some(o) = self.stack.pop() {
            self.obj(o.ty());
            o.payload.trace(&mut |v| self.value(v));
            if o.has_attr_dict.get() {
                if let Some(&d) = attr_dicts.get(&o.addr()) {
                    self.obj(d);
                }
            }
        }
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// Empty heap.
    pub fn new() -> Self {
        Heap {
            objects: Vec::new(),
            since_gc: 0,
            threshold: MIN_THRESHOLD,
            stress: false,
            collections: 0,
            allocated_before_gc: 0,
            attr_dicts: HashMap::new(),
            exports: Box::default(),
            weak: HashMap::new(),
            weak_callbacks: Vec::new(),
            c_copies: HashMap::new(),
        }
    }

    /// The address of the C copy of immutable object `o`, made by `make` the
    /// first time (see `c_copies`).
    pub fn c_copy(&mut self, o: ObjRef, make: impl FnOnce() -> Box<[u8]>) -> usize {
        self.c_copies.entry(o.addr()).or_insert_with(make).as_ptr() as usize
    }

    /// Register weak reference `r` (a `Payload::WeakRef`) to `referent`;
    /// `basic`: it has no callback (the one `ref(o)` shares).
    pub fn add_weak_ref(&mut self, referent: ObjRef, r: ObjRef, basic: bool) {
        let refs = self.weak.entry(referent.addr()).or_default();
        // CPython's order: the shared callback-less reference, then the
        // others newest first (the order callbacks run in).
        let has_basic = refs.first().is_some_and(|f| match &f.payload {
            Payload::WeakRef(w) => w.callback.get().is_none(),
            _ => false,
        });
        let at = if basic || !has_basic { 0 } else { 1 };
        refs.insert(at, r);
    }

    /// The live weak references to `referent`, in CPython's order.
    pub fn weak_refs(&self, referent: ObjRef) -> &[ObjRef] {
        self.weak
            .get(&referent.addr())
            .map_or(&[], |v| v.as_slice())
    }

    /// Take the callbacks of weak references cleared by collections so far.
    pub fn take_weak_callbacks(&mut self) -> Vec<(Value, ObjRef)> {
        std::mem::take(&mut self.weak_callbacks)
    }

    /// Count one more buffer export (an unreleased memoryview) of `o`.
    pub fn add_export(&mut self, o: ObjRef) {
        *self.exports.entry(o.addr()).or_insert(0) += 1;
    }

    /// Count one export of `o` fewer (a memoryview was released).
    pub fn remove_export(&mut self, o: ObjRef) {
        remove_export_at(&mut self.exports, o.addr());
    }

    /// Does `o` have unreleased memoryviews (that were alive at the last
    /// collection or created since)?
    #[inline]
    pub fn is_exported(&self, o: ObjRef) -> bool {
        !self.exports.is_empty() && self.exports.contains_key(&o.addr())
    }

    /// Allocate an object of type `ty`.
    pub fn alloc(&mut self, ty: ObjRef, payload: Payload) -> ObjRef {
        let b = Box::new(PyObject {
            ty: Cell::new(ty),
            marked: Cell::new(false),
            has_attr_dict: Cell::new(false),
            payload,
        });
        // SAFETY: the pointer comes from a live Box that the heap now owns until sweep.
        let r = unsafe { ObjRef::from_raw(NonNull::new_unchecked(Box::into_raw(b))) };
        self.objects.push(r);
        self.since_gc += 1;
        r
    }

    /// Allocate the first type object, whose type is itself.
    pub fn alloc_self_typed(&mut self, payload: Payload) -> ObjRef {
        let b = Box::new(PyObject {
            ty: Cell::new(ObjRef_dangling()),
            marked: Cell::new(false),
            has_attr_dict: Cell::new(false),
            payload,
        });
        // SAFETY: as in `alloc`.
        let r = unsafe { ObjRef::from_raw(NonNull::new_unchecked(Box::into_raw(b))) };
        r.ty.set(r);
        self.objects.push(r);
        r
    }

    /// The side-table attribute dict of `o`, if it has one.
    #[inline]
    pub fn attr_dict(&self, o: ObjRef) -> Option<ObjRef> {
        if o.has_attr_dict.get() {
            self.attr_dicts.get(&o.addr()).copied()
        } else {
            None
        }
    }

    /// Give `o` the side-table attribute dict `d` (kept alive as long as `o` is).
    pub fn set_attr_dict(&mut self, o: ObjRef, d: ObjRef) {
        o.has_attr_dict.set(true);
        self.attr_dicts.insert(o.addr(), d);
    }

    /// Collect at every safepoint that follows an allocation (debug switch).
    pub fn set_stress(&mut self, on: bool) {
        self.stress = on;
        if on {
            self.threshold = 1;
        }
    }

    /// Is a collection due?
    #[inline]
    pub fn should_collect(&self) -> bool {
        // Under stress the threshold is 1: any allocation makes a collection due.
        self.since_gc >= self.threshold
    }

    /// Number of live objects (after the last sweep, plus new ones).
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// True when no objects exist.
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// Print allocation and collection counts to stderr when env `PYJIT_GC_STATS`
    /// is set (called as the process leaves).
    pub fn report_stats(&self) {
        if std::env::var_os("PYJIT_GC_STATS").is_some() {
            eprintln!(
                "gc: {} allocations, {} collections, {} objects at exit",
                self.allocated_before_gc + self.since_gc as u64,
                self.collections,
                self.objects.len()
            );
        }
    }

    /// After marking: forget weak references that die themselves, and clear
    /// those whose referent dies, queueing their callbacks. (A callback is
    /// reachable from its marked reference, so it is marked already.)
    fn clear_weak_refs(&mut self) {
        if self.weak.is_empty() {
            return;
        }
        let callbacks = &mut self.weak_callbacks;
        self.weak.retain(|_, refs| {
            refs.retain(|r| r.marked.get());
            let Some(Payload::WeakRef(first)) = refs.first().map(|r| &r.payload) else {
                return false;
            };
            if first
                .referent
                .get()
                .as_obj()
                .is_some_and(|o| o.marked.get())
            {
                return true;
            }
            for r in refs.iter() {
                if let Payload::WeakRef(w) = &r.payload {
                    w.referent.set(Value::None);
                    let cb = w.callback.replace(Value::None);
                    if !cb.is_none() {
                        callbacks.push((cb, *r));
                    }
                }
            }
            false
        });
    }

    /// Mark from `roots`, then free every unmarked object.
    pub fn collect(&mut self, roots: impl FnOnce(&mut Marker)) {
        let mut m = Marker {
            stack: Vec::with_capacity(1024),
        };
        roots(&mut m);
        for (cb, r) in &self.weak_callbacks {
            m.value(*cb);
            m.obj(*r);
        }
        m.drain(&self.attr_dicts);
        self.clear_weak_refs();
        let mut live = Vec::with_capacity(self.objects.len());
        let any_exports = !self.exports.is_empty();
        for &o in &self.objects {
            if o.marked.get() {
                o.marked.set(false);
                live.push(o);
            } else {
                if o.has_attr_dict.get() {
                    self.attr_dicts.remove(&o.addr());
                }
                if !self.c_copies.is_empty() {
                    self.c_copies.remove(&o.addr());
                }
                // An unreleased view nobody can reach ends its export. (Its exporter
                // may die in this same sweep: the address is only used as a key.)
                if let (true, Payload::MemoryView(m)) = (any_exports, &o.payload) {
                    if let (false, Value::Obj(e)) = (m.released.get(), m.obj) {
                        remove_export_at(&mut self.exports, e.addr());
                    }
                }
                // So does a ctypes instance made by from_buffer.
                if let (true, Payload::CData(m)) = (any_exports, &o.payload) {
                    if let (true, Value::Obj(e)) = (m.exporting.get(), m.base.get()) {
                        remove_export_at(&mut self.exports, e.addr());
                    }
                }
                // SAFETY: unmarked objects are unreachable from every root, so no
                // ObjRef to them is used again; each was created by Box::into_raw.
                unsafe { drop(Box::from_raw(o.as_ptr())) };
            }
        }
        self.objects = live;
        self.allocated_before_gc += self.since_gc as u64;
        self.since_gc = 0;
        self.threshold = if self.stress {
            1
        } else {
            (self.objects.len() * 2).max(MIN_THRESHOLD)
        };
        self.collections += 1;
    }
}

fn remove_export_at(exports: &mut HashMap<usize, u32>, addr: usize) {
    if let Some(n) = exports.get_mut(&addr) {
        *n -= 1;
        if *n == 0 {
            exports.remove(&addr);
        }
    }
}

#[allow(non_snake_case)]
fn ObjRef_dangling() -> ObjRef {
    // SAFETY: used only as a placeholder that is overwritten before any read.
    unsafe { ObjRef::from_raw(NonNull::dangling()) }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &o in &self.objects {
            // SAFETY: the heap is going away with the VM; nothing uses these objects.
            unsafe { drop(Box::from_raw(o.as_ptr())) };
        }
    }
}
