//! The virtual machine: heap, flat value stack, frames, built-in types and modules.
//!
//! Frames are flat (DESIGN.md decision 4): a frame's locals, cells and value stack
//! are consecutive slots of `Vm::stack`, starting at `Frame::base`. Python-to-Python
//! calls push a `Frame` and continue in the same dispatch loop (`interp`), so deep
//! Python recursion uses no Rust stack. Native code calls back into Python through
//! `call`, which runs a nested dispatch loop until its entry frame returns.
//!
//! GC safepoints: `safepoint` runs a collection only when no native function is
//! active below the current dispatch loop (`native_depth == 0`); then every live
//! value is in a root: the value stack, the frames, modules, interned strings, the
//! built-in types and the handled exception.
#![deny(unsafe_code)]

pub mod attr;
pub mod attr_ic;
pub mod call;
pub mod compare;
pub mod derived;
pub mod dictops;
pub mod errors;
pub mod exceptions;
pub mod fastpath;
pub mod format;
pub mod frame;
pub mod frames;
pub mod import;
pub mod instance;
pub mod interp;
pub mod iter;
pub mod ops;
pub mod protocols;
pub mod types;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

pub use errors::{ExcKind, PyErr, PyResult};
pub use frame::Frame;
pub use types::{Names, Types};

use crate::bytecode::{CodeObject, Const};
use crate::gc::Heap;
use crate::objects::hashtable::{DictTable, SetTable};
use crate::objects::object::{CodeObj, IterKind, IterObj, Layout, Mut, TypeObj};
use crate::objects::str::PyStr;
use crate::objects::{ObjRef, Payload, Value};

/// Entries of the (type, name) -> attribute cache (a power of two).
pub const ATTR_CACHE_SIZE: usize = 4096;

/// One memoized `lookup_in_mro` result (`result` Empty = not found).
#[derive(Clone, Copy)]
pub struct AttrCacheEntry {
    /// Type looked up.
    pub ty: Option<ObjRef>,
    /// Interned name.
    pub name: Option<ObjRef>,
    /// `Vm::type_epoch` when computed.
    pub epoch: u64,
    /// Found value or Empty.
    pub result: Value,
}

/// Hard cap on nested native->Python calls (each uses Rust stack).
const MAX_NATIVE_DEPTH: u32 = 20_000;

/// The interpreter state.
pub struct Vm {
    /// Object heap.
    pub heap: Heap,
    /// Flat slots of all frames.
    pub stack: Vec<Value>,
    /// Active frames, innermost last.
    pub frames: Vec<Frame>,
    /// Built-in types.
    pub types: Types,
    /// Interned common names.
    pub names: Names,
    /// The builtins module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`
    pub modules: ObjRef,
    /// Interned strings.
    interned: HashMap<Box<str>, ObjRef>,
    /// The one-character strings U+0000..U+00FF (interned, so rooted through
    /// `interned`): iterating or indexing a str does not allocate for them.
    single_chars: Vec<ObjRef>,
    /// Interned `(__op__, __rop__, __iop__)` names of each `BinOp` (by number).
    binop_dunders: Vec<[ObjRef; 3]>,
    /// Interned rich-comparison names of each `CmpOp` (by number).
    cmp_dunders: Vec<ObjRef>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    /// `sys.getrecursionlimit()`
    pub recursion_limit: usize,
    /// Nested native->Python calls in progress.
    pub native_depth: u32,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `None`-like singletons.
    pub not_implemented: ObjRef,
    /// `Ellipsis`
    pub ellipsis: ObjRef,
    /// The empty tuple.
    pub empty_tuple: ObjRef,
    /// Values rooted by native code across calls into Python.
    pub tmp_roots: Vec<Value>,
    /// Script arguments (`sys.argv`).
    pub argv: Vec<String>,
    /// Source text of loaded files, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// Objects being repr'd (recursion guard for containers).
    pub repr_guard: Vec<ObjRef>,
    /// Set by a native whose values are all rooted, right before it resumes a
    /// generator: the generator body may then collect garbage (see `gen_resume`).
    pub gen_gc_ok: bool,
    /// Memoized attribute lookups on types (see `lookup_in_mro`).
    pub attr_cache: Box<[std::cell::Cell<AttrCacheEntry>]>,
    /// Advanced whenever a class namespace changes.
    pub type_epoch: std::cell::Cell<u64>,
    /// Serial number of the last frame pushed (see `Frame::serial`).
    pub frame_serial: u64,
    /// Modules whose code is running (imports in progress), innermost last.
    pub initializing: Vec<String>,
    /// Folders that could make a namespace package, from the last module search.
    pub namespace_dirs: Vec<String>,
    /// Frame objects handed out for running frames, by `Frame::serial`, so a frame
    /// is one object for its whole run (see `vm::frames`).
    pub frame_objects: HashMap<u64, ObjRef>,
}

impl Vm {
    /// A VM with the built-in types, builtins and `sys` set up.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut heap = Heap::new();
        heap.set_stress(
            std::env::var("PYJIT_GC_STRESS")
                .map(|v| v == "1")
                .unwrap_or(false),
        );
        let (types, mut interned) = types::bootstrap(&mut heap);
        let names = Names::new(&mut heap, &types, &mut interned);
        let mk_single = |heap: &mut Heap, ty| heap.alloc(ty, Payload::Singleton);
        let not_implemented = mk_single(&mut heap, types.not_implemented_type);
        let ellipsis = mk_single(&mut heap, types.ellipsis_type);
        let empty_tuple = heap.alloc(types.tuple, Payload::Tuple(Box::new([])));
        let builtins = heap.alloc(types.dict, Payload::Dict(Mut::new(DictTable::new())));
        let modules = heap.alloc(types.dict, Payload::Dict(Mut::new(DictTable::new())));
        let mut vm = Vm {
            heap,
            stack: Vec::with_capacity(1 << 16),
            frames: Vec::with_capacity(256),
            types,
            names,
            builtins,
            modules,
            interned,
            single_chars: Vec::new(),
            binop_dunders: Vec::new(),
            cmp_dunders: Vec::new(),
            exc_info: Value::None,
            recursion_limit: 1000,
            native_depth: 0,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            not_implemented,
            ellipsis,
            empty_tuple,
            tmp_roots: Vec::new(),
            argv,
            sources: HashMap::new(),
            repr_guard: Vec::new(),
            gen_gc_ok: false,
            attr_cache: (0..ATTR_CACHE_SIZE)
                .map(|_| {
                    std::cell::Cell::new(AttrCacheEntry {
                        ty: None,
                        name: None,
                        epoch: u64::MAX,
                        result: Value::Empty,
                    })
                })
                .collect(),
            type_epoch: std::cell::Cell::new(0),
            frame_serial: 0,
            initializing: Vec::new(),
            namespace_dirs: Vec::new(),
            frame_objects: HashMap::new(),
        };
        vm.single_chars = (0..=255u8)
            .map(|b| vm.intern(char::from(b).encode_utf8(&mut [0; 4])))
            .collect();
        vm.binop_dunders = crate::bytecode::opcodes::BINOPS
            .iter()
            .map(|op| {
                let (f, r, i) = op.dunders();
                [vm.intern(f), vm.intern(r), vm.intern(i)]
            })
            .collect();
        vm.cmp_dunders = crate::bytecode::opcodes::CMPOPS
            .iter()
            .map(|op| vm.intern(op.dunder()))
            .collect();
        types::install_methods(&mut vm);
        crate::builtins::install(&mut vm);
        crate::stdlib::install(&mut vm);
        vm
    }

    // ----- allocation -------------------------------------------------------------

    /// Allocate an object.
    #[inline]
    pub fn alloc(&mut self, ty: ObjRef, payload: Payload) -> ObjRef {
        self.heap.alloc(ty, payload)
    }
    /// A new str.
    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        let ty = self.types.str;
        Value::Obj(self.heap.alloc(ty, Payload::Str(PyStr::new(s))))
    }
    /// The str of one character.
    #[inline]
    pub fn char_str(&mut self, c: char) -> Value {
        match self.single_chars.get(c as usize) {
            Some(&o) => Value::Obj(o),
            None => self.new_str(c.to_string()),
        }
    }
    /// The interned `(__op__, __rop__, __iop__)` names of a binary operator.
    #[inline]
    pub fn binop_dunder_names(&self, op: crate::bytecode::BinOp) -> [ObjRef; 3] {
        self.binop_dunders[op as usize]
    }
    /// The interned name of a rich comparison's method.
    #[inline]
    pub fn cmp_dunder_name(&self, op: crate::bytecode::CmpOp) -> ObjRef {
        self.cmp_dunders[op as usize]
    }
    /// The interned str object for `s`.
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(&o) = self.interned.get(s) {
            return o;
        }
        let ty = self.types.str;
        let o = self.heap.alloc(ty, Payload::Str(PyStr::new(s)));
        self.interned.insert(s.into(), o);
        o
    }
    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let ty = self.types.list;
        Value::Obj(self.heap.alloc(ty, Payload::List(Mut::new(items))))
    }
    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple);
        }
        let ty = self.types.tuple;
        Value::Obj(
            self.heap
                .alloc(ty, Payload::Tuple(items.into_boxed_slice())),
        )
    }
    /// A new empty dict.
    pub fn new_dict(&mut self) -> ObjRef {
        let ty = self.types.dict;
        self.heap
            .alloc(ty, Payload::Dict(Mut::new(DictTable::new())))
    }
    /// A new set (or frozenset).
    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        if frozen {
            let ty = self.types.frozenset;
            self.heap
                .alloc(ty, Payload::FrozenSet(Mut::new(SetTable::new())))
        } else {
            let ty = self.types.set;
            self.heap.alloc(ty, Payload::Set(Mut::new(SetTable::new())))
        }
    }
    /// A new big int, normalized to `Value::Int` when it fits.
    pub fn new_int(&mut self, i: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match i.to_i64() {
            Some(v) => Value::Int(v),
            None => {
                let ty = self.types.int;
                Value::Obj(self.heap.alloc(ty, Payload::Int(i)))
            }
        }
    }
    /// A new built-in iterator.
    pub fn new_iter(&mut self, kind: IterKind, pos: i64) -> Value {
        let t = &self.types;
        let ty = match &kind {
            IterKind::Seq(v) => match v.payload() {
                Some(Payload::List(_)) => t.list_iterator,
                Some(Payload::Tuple(_)) => t.tuple_iterator,
                Some(Payload::Str(_)) => t.str_iterator,
                _ => t.bytes_iterator,
            },
            IterKind::Range { .. } => t.range_iterator,
            IterKind::BigRange { .. } => t.range_iterator,
            IterKind::Dict { kind, .. } => [
                t.dict_keyiterator,
                t.dict_valueiterator,
                t.dict_itemiterator,
            ][*kind as usize % 3],
            IterKind::Set { .. } => t.set_iterator,
            IterKind::Enumerate { .. } => t.enumerate,
            IterKind::Zip { .. } => t.zip,
            IterKind::Map { .. } => t.map,
            IterKind::Filter { .. } => t.filter,
            IterKind::Reversed(v) if matches!(v.payload(), Some(Payload::List(_))) => {
                t.list_reverseiterator
            }
            IterKind::Reversed(_) => t.reversed,
            IterKind::Callable { .. } => t.callable_iterator,
            IterKind::GetItem(_) => t.iterator,
        };
        Value::Obj(self.heap.alloc(
            ty,
            Payload::Iter(Box::new(IterObj {
                kind,
                pos: std::cell::Cell::new(pos),
                done: std::cell::Cell::new(false),
            })),
        ))
    }
    /// A new bytes object.
    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        let ty = self.types.bytes;
        Value::Obj(self.heap.alloc(ty, Payload::Bytes(b.into_boxed_slice())))
    }

    /// Materialize a compiled code object and its constants on the heap.
    pub fn load_code(&mut self, code: Rc<CodeObject>) -> ObjRef {
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        let global_cache = (0..code.names.len())
            .map(|_| std::cell::Cell::new(crate::objects::object::GlobalCache::EMPTY))
            .collect();
        let ics = || {
            (0..code.names.len() * crate::objects::object::IC_WAYS)
                .map(|_| std::cell::Cell::new(crate::objects::object::AttrIc::EMPTY))
                .collect()
        };
        let (load_ic, store_ic) = (ics(), ics());
        let ty = self.types.code;
        self.heap.alloc(
            ty,
            Payload::Code(Box::new(CodeObj {
                code,
                consts,
                names,
                varnames,
                global_cache,
                load_ic,
                store_ic,
            })),
        )
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => self.new_int(i.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(r, i) => {
                let ty = self.types.complex;
                Value::Obj(self.alloc(ty, Payload::Complex(*r, *i)))
            }
            Const::Str(s) => Value::Obj(self.intern(s)),
            Const::Bytes(b) => self.new_bytes(b.clone()),
            Const::Ellipsis => Value::Obj(self.ellipsis),
            Const::Tuple(items) => {
                let vals = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(vals)
            }
            Const::Code(code) => Value::Obj(self.load_code(code.clone())),
        }
    }

    // ----- GC ---------------------------------------------------------------------

    /// Collect garbage if due and safe (see module docs).
    #[inline]
    pub fn safepoint(&mut self) {
        if self.native_depth == 0 && self.heap.should_collect() {
            self.collect_at_safepoint();
        }
    }

    /// The collection a safepoint found due, and the weak reference callbacks
    /// it queued (kept out of the dispatch loop's code).
    #[cold]
    #[inline(never)]
    fn collect_at_safepoint(&mut self) {
        self.collect_now();
        self.run_weak_callbacks();
    }

    /// Refuse (BufferError `msg`) to resize `obj` while a memoryview of it is alive.
    ///
    /// Views have no reference counts, so one that became garbage still counts as
    /// an export until a collection frees it. When `obj` counts exports, collect
    /// first if that is safe here: no native function active below the running
    /// code (as at a safepoint), with `roots` holding every value the caller still
    /// needs that is not on the value stack. Below a native the check is
    /// conservative: a dead, uncollected view still blocks the resize.
    pub fn check_resizable(&mut self, obj: Value, roots: &[Value], msg: &str) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Ok(());
        };
        if !self.heap.is_exported(o) {
            return Ok(());
        }
        if self.native_depth == 0 {
            let mark = self.tmp_roots.len();
            self.tmp_roots.push(obj);
            self.tmp_roots.extend_from_slice(roots);
            self.collect_now();
            self.tmp_roots.truncate(mark);
        }
        if self.heap.is_exported(o) {
            return Err(PyErr::buffer_error(msg.to_string()));
        }
        Ok(())
    }

    /// `gc.collect()`: collect now if that is safe here (no native function
    /// active below the running code); returns whether it ran.
    pub fn collect_if_safe(&mut self) -> bool {
        if self.native_depth == 0 {
            // Callbacks may drop the last references to other objects (with
            // weak references of their own): collect again for those, as
            // reference counting would free them at once (a few rounds).
            for _ in 0..4 {
                self.collect_now();
                if !self.run_weak_callbacks() {
                    break;
                }
            }
            true
        } else {
            false
        }
    }

    fn collect_now(&mut self) {
        let stack = std::mem::take(&mut self.stack);
        let frames = std::mem::take(&mut self.frames);
        let tmp = std::mem::take(&mut self.tmp_roots);
        let interned: Vec<ObjRef> = self.interned.values().copied().collect();
        let types = self.types.all();
        let names = self.names.all();
        let extra = [
            self.builtins,
            self.modules,
            self.not_implemented,
            self.ellipsis,
            self.empty_tuple,
        ];
        let exc_info = self.exc_info;
        let repr_guard = self.repr_guard.clone();
        // Frame objects of frames that have returned are no longer kept here.
        let live: std::collections::HashSet<u64> = frames.iter().map(|f| f.serial).collect();
        self.frame_objects.retain(|s, _| live.contains(s));
        let frame_objects: Vec<ObjRef> = self.frame_objects.values().copied().collect();
        self.heap.collect(|m| {
            for v in &stack {
                m.value(*v);
            }
            for f in &frames {
                f.trace(&mut |v| m.value(v));
            }
            for v in &tmp {
                m.value(*v);
            }
            for o in interned
                .iter()
                .chain(&types)
                .chain(&names)
                .chain(&extra)
                .chain(&repr_guard)
                .chain(&frame_objects)
            {
                m.obj(*o);
            }
            m.value(exc_info);
        });
        self.stack = stack;
        self.frames = frames;
        self.tmp_roots = tmp;
        // Freed types' addresses may be reused: forget every cached lookup.
        self.types_changed();
    }

    // ----- misc -------------------------------------------------------------------

    /// Type object of a value.
    #[inline]
    pub fn type_of(&self, v: Value) -> ObjRef {
        match v {
            Value::Int(_) => self.types.int,
            Value::Float(_) => self.types.float,
            Value::Bool(_) => self.types.bool,
            Value::None => self.types.none_type,
            Value::Obj(o) => o.ty(),
            Value::Empty => self.types.none_type,
        }
    }

    /// The `__name__` of a value's type.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        t.as_type()
            .map(|t| t.name.get().clone())
            .unwrap_or_default()
    }

    /// Guard native recursion; call `leave_native` after.
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > MAX_NATIVE_DEPTH {
            self.native_depth -= 1;
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }
    /// See `enter_native`.
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
    }

    /// Flush buffered stdout (before writing to stderr, reading input, exiting).
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Create a new heap type (used by `class` statements and `type(...)`).
    pub fn new_type_obj(
        &mut self,
        name: &str,
        bases: Vec<ObjRef>,
        mro: Vec<ObjRef>,
        dict: ObjRef,
        layout: Layout,
        builtin: bool,
    ) -> ObjRef {
        let ty = self.types.type_;
        let t = self.alloc(
            ty,
            Payload::Type(Box::new(TypeObj {
                name: Mut::new(name.to_string()),
                qualname: Mut::new(name.to_string()),
                bases: Mut::new(bases),
                mro: Mut::new(Vec::new()),
                dict,
                layout,
                builtin,
                base_ok: true,
                flags: std::cell::Cell::new((u64::MAX, 0)),
                subclasses: Mut::new(Vec::new()),
                root_map: std::cell::Cell::new(None),
                slots_hint: std::cell::Cell::new(0),
                ctor: std::cell::Cell::new((u64::MAX, Value::Empty)),
            })),
        );
        let mut full = vec![t];
        full.extend(mro);
        *t.as_type().unwrap().mro.get() = full;
        t
    }
}
