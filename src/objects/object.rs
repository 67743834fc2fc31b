//! Heap objects: the header, the payload kinds, and the pointer type `ObjRef`.
//!
//! Layout (DESIGN.md decision 3): every object is a `#[repr(C)] PyObject` whose first
//! field is its type object pointer, so a type guard is one load and one compare. The
//! GC mark bit follows; then the payload (a Rust enum, one variant per built-in
//! layout).
//!
//! Objects are allocated by `gc::Heap`, never move, and are freed only by a
//! collection, which runs only at safepoints where every live object is reachable
//! from the VM's roots. `ObjRef` is therefore a plain pointer that is valid as long
//! as the object is reachable.
//!
//! Mutable payload parts sit in `Mut<T>` cells. The VM is single-threaded; the rule
//! that makes `Mut` sound is: **never keep a reference obtained from `Mut::get` while
//! calling anything that can run Python code** (copy values out first). Every use in
//! the VM follows it; code that must call back into Python while walking a container
//! re-reads the container by index after each call.

use std::cell::{Cell, UnsafeCell};
use std::fmt;
use std::ptr::NonNull;
use std::rc::Rc;

use num_bigint::BigInt;

use super::hashtable::{DictTable, SetTable};
use super::map::{InstanceObj, MapObj};
use super::str::PyStr;
use super::value::Value;
use crate::bytecode::CodeObject;

/// A pointer to a live heap object.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjRef(NonNull<PyObject>);

impl ObjRef {
    /// Wrap a raw object pointer.
    ///
    /// # Safety
    /// `p` must point to an object allocated by `gc::Heap` that is still alive.
    pub unsafe fn from_raw(p: NonNull<PyObject>) -> Self {
        ObjRef(p)
    }
    /// The raw pointer (for the heap and `id()`).
    pub fn as_ptr(self) -> *mut PyObject {
        self.0.as_ptr()
    }
    /// Address, used by `id()` and identity hashes.
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl std::ops::Deref for ObjRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: an ObjRef only exists for objects the heap keeps alive while they
        // are reachable; the VM only holds ObjRefs to reachable objects at safepoints.
        unsafe { self.0.as_ref() }
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjRef({:p})", self.0.as_ptr())
    }
}

/// A single-threaded mutable cell; see the module docs for the borrowing rule.
pub struct Mut<T>(UnsafeCell<T>);

impl<T> Mut<T> {
    /// New cell.
    pub fn new(v: T) -> Self {
        Mut(UnsafeCell::new(v))
    }
    /// Access the contents. Callers must not run Python code while the reference lives.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn get(&self) -> &mut T {
        // SAFETY: single-threaded VM, and by the module rule no two references obtained
        // here are alive across a call that could obtain another one.
        unsafe { &mut *self.0.get() }
    }
}

impl<T: Default> Default for Mut<T> {
    fn default() -> Self {
        Mut::new(T::default())
    }
}

/// Object header + payload.
#[repr(C)]
pub struct PyObject {
    /// Type object (offset 0).
    pub ty: Cell<ObjRef>,
    /// GC mark bit.
    pub marked: Cell<bool>,
    /// The object has an attribute dict in `Heap`'s side table (instances of
    /// classes derived from built-in types; see `Heap::attr_dict`).
    pub has_attr_dict: Cell<bool>,
    /// The object's data.
    pub payload: Payload,
}

/// Dict storage.
pub type DictData = Mut<DictTable<Value, Value>>;
/// Set storage.
pub type SetData = Mut<SetTable<Value>>;

/// A native function: receives positional arguments and optional keyword pairs.
pub type NativeFn =
    fn(&mut crate::vm::Vm, &[Value], &[(ObjRef, Value)]) -> crate::vm::PyResult<Value>;

/// Built-in function or method.
pub struct BuiltinFn {
    /// `__name__`
    pub name: &'static str,
    /// Implementation.
    pub func: NativeFn,
    /// Bound receiver (`Value::Empty` when unbound).
    pub bound: Value,
    /// For a method of a built-in type: that type. The method binds `self` when looked
    /// up on an instance, and an unbound call checks its first argument is one.
    pub owner: Option<ObjRef>,
}

/// A Python function.
pub struct FuncObj {
    /// Runtime code object.
    pub code: ObjRef,
    /// Module globals dict.
    pub globals: ObjRef,
    /// `__name__`
    pub name: Mut<String>,
    /// `__qualname__`
    pub qualname: Mut<String>,
    /// Positional defaults (tuple) or None.
    pub defaults: Mut<Value>,
    /// Keyword-only defaults (dict) or None.
    pub kwdefaults: Mut<Value>,
    /// Closure cells (tuple) or None.
    pub closure: Value,
    /// Attribute dict (`f.attr = ...`), created on demand.
    pub dict: Mut<Option<ObjRef>>,
    /// `__doc__`
    pub doc: Mut<Value>,
    /// `__module__`
    pub module: Mut<Value>,
    /// `__annotations__` dict or None.
    pub annotations: Mut<Value>,
}

/// Runtime code object: the compiled code plus heap constants and interned names.
pub struct CodeObj {
    /// Compiled form.
    pub code: Rc<CodeObject>,
    /// Constants as values.
    pub consts: Vec<Value>,
    /// Interned names (for globals and attributes).
    pub names: Vec<ObjRef>,
    /// Interned parameter/local names (for keyword binding).
    pub varnames: Vec<ObjRef>,
    /// Per-name cache of global/builtin lookups (see `Vm::load_global_cached`).
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// Per-name inline caches of attribute loads and method lookups (`vm::attr_ic`):
    /// `IC_WAYS` entries for name `n` at `n * IC_WAYS..`.
    pub load_ic: Box<[Cell<AttrIc>]>,
    /// Per-name inline caches of attribute stores, laid out as `load_ic`.
    pub store_ic: Box<[Cell<AttrIc>]>,
}

/// Entries per name in an attribute cache: a site that sees instances of a few
/// classes (subclasses sharing a method, say) keeps hitting.
pub const IC_WAYS: usize = 4;

impl CodeObj {
    /// The load cache entries of name `n`.
    #[inline]
    pub fn load_ways(&self, n: usize) -> &[Cell<AttrIc>] {
        &self.load_ic[n * IC_WAYS..(n + 1) * IC_WAYS]
    }
    /// The store cache entries of name `n`.
    #[inline]
    pub fn store_ways(&self, n: usize) -> &[Cell<AttrIc>] {
        &self.store_ic[n * IC_WAYS..(n + 1) * IC_WAYS]
    }
}

/// An attribute-site inline cache entry: valid while the receiver's shape is `map`
/// and `Vm::type_epoch` is `epoch` (a map implies its type, and any change to any
/// type's attributes, or a collection, moves the epoch on).
#[derive(Clone, Copy, Debug)]
pub struct AttrIc {
    /// Receiver map the entry holds for (None: empty).
    pub map: Option<ObjRef>,
    /// `Vm::type_epoch` when recorded.
    pub epoch: u64,
    /// What a hit does: one of the `IC_*` constants.
    pub kind: u8,
    /// Slot index (`IC_SLOT`, `IC_ADD`).
    pub index: u32,
    /// The class attribute (`IC_METHOD`, `IC_CLASS_VALUE`) or the map after the
    /// store (`IC_ADD`).
    pub value: Value,
}

/// Empty entry.
pub const IC_EMPTY: u8 = 0;
/// Load or store the instance slot `index`.
pub const IC_SLOT: u8 = 1;
/// LOAD_METHOD: `value` is a function of the class, called with the instance.
pub const IC_METHOD: u8 = 2;
/// LOAD_ATTR: `value` is a plain (non-descriptor) class attribute.
pub const IC_CLASS_VALUE: u8 = 3;
/// STORE_ATTR adding an attribute: append at `index`, new shape `value`.
pub const IC_ADD: u8 = 4;
/// LOAD_ATTR on a dict-mode instance of the type the entry is keyed by: the
/// attribute is looked up in the instance's dict (the class has no data
/// descriptor of that name).
pub const IC_DICT: u8 = 5;
/// LOAD_METHOD on a dict-mode instance of the type the entry is keyed by:
/// `value` is the class's function, unless the instance's dict shadows it.
pub const IC_DICT_METHOD: u8 = 6;

impl AttrIc {
    /// An empty cache slot.
    pub const EMPTY: AttrIc = AttrIc {
        map: None,
        epoch: 0,
        kind: IC_EMPTY,
        index: 0,
        value: Value::Empty,
    };
}

/// A memoized global lookup: the entry handle in the globals dict, or in the
/// builtins dict while the globals dict keeps `globals_version` (no keys added).
#[derive(Clone, Copy, Debug)]
pub struct GlobalCache {
    /// Globals dict the entry was found for.
    pub globals: Option<ObjRef>,
    /// Entry handle (`usize::MAX`: empty).
    pub handle: usize,
    /// Found in builtins rather than globals.
    pub in_builtins: bool,
    /// Globals dict version when a builtins hit was recorded.
    pub globals_version: u64,
}

impl GlobalCache {
    /// An empty cache slot.
    pub const EMPTY: GlobalCache = GlobalCache {
        globals: None,
        handle: usize::MAX,
        in_builtins: false,
        globals_version: 0,
    };
}

/// A type object.
pub struct TypeObj {
    /// `__name__`
    pub name: Mut<String>,
    /// `__qualname__`
    pub qualname: Mut<String>,
    /// Direct bases.
    pub bases: Mut<Vec<ObjRef>>,
    /// Method resolution order (starts with the type itself).
    pub mro: Mut<Vec<ObjRef>>,
    /// Class namespace (a dict object).
    pub dict: ObjRef,
    /// Layout of instances.
    pub layout: Layout,
    /// A built-in type (not a `class` statement).
    pub builtin: bool,
    /// May be subclassed.
    pub base_ok: bool,
    /// Cached `FLAG_*` bits with the `Vm::type_epoch` they were computed at.
    pub flags: Cell<(u64, u8)>,
    /// Direct subclasses in creation order (`__subclasses__()`; strong references).
    pub subclasses: Mut<Vec<ObjRef>>,
    /// The empty map instances start from (created with the first instance).
    pub root_map: Cell<Option<ObjRef>>,
    /// Attribute count of the largest map seen: the slot capacity new instances get.
    pub slots_hint: Cell<u32>,
    /// Constructor shortcut with the `Vm::type_epoch` it was computed at: the class's
    /// Python `__init__` when calling the class means exactly "allocate a plain
    /// instance, run that `__init__`" (metaclass `type`, inherited `object.__new__`),
    /// else `Value::Empty`. Only read while the epoch matches, so a collection (which
    /// advances the epoch) never exposes a stale reference.
    pub ctor: Cell<(u64, Value)>,
}

/// The class (or a base) defines `__getattribute__` in Python.
pub const FLAG_GETATTRIBUTE: u8 = 1;
/// The class (or a base) defines `__setattr__` in Python.
pub const FLAG_SETATTR: u8 = 2;
/// The class (or a base) defines `__delattr__` in Python.
pub const FLAG_DELATTR: u8 = 4;
/// Every class in the MRO declares `__slots__` (without `__dict__`): instances expose
/// no `__dict__` and accept only the declared attribute names.
pub const FLAG_SLOTTED: u8 = 8;

/// What payload `object.__new__` gives instances of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain instance with an attribute dict.
    Object,
    /// Exception instance.
    Exception,
    /// A built-in layout (the built-in type's own payload).
    Builtin,
    /// A user class derived from a built-in type other than `object`: instances
    /// carry that type's payload (`Payload::Boxed` for `int` and `float`) and keep
    /// attributes in the heap's side table.
    Derived,
}

/// One level of an exception's traceback.
#[derive(Clone, Copy)]
pub struct TbEntry {
    /// Runtime code object.
    pub code: ObjRef,
    /// Line being run.
    pub line: u32,
    /// The frame object of that activation (`Payload::Frame`).
    pub frame: Value,
}

/// A frame object (`sys._getframe()`, `tb.tb_frame`): a snapshot taken when it is
/// asked for, since running frames live flat on the VM's stacks and are never
/// objects themselves. `f_lineno` and `f_locals` are as of that moment.
pub struct FrameObj {
    /// Depth and serial of the activation (see `Vm::live_frame`).
    pub live: (usize, u64),
    /// Runtime code object (`f_code`).
    pub code: ObjRef,
    /// `f_globals`.
    pub globals: ObjRef,
    /// The namespace of a module or class body (`f_locals`), else None.
    pub locals_dict: Value,
    /// A function's local variables, in `co_varnames` order (Empty when unbound),
    /// then its cell and free variables' values.
    pub local_values: Vec<Value>,
    /// `f_lineno` when the snapshot was taken; updated to the last line run
    /// when the activation ends (`Vm::frame_ended`).
    pub lineno: Cell<u32>,
    /// `f_back`
    pub back: Value,
}

/// An exception instance.
pub struct ExcObj {
    /// `args` tuple.
    pub args: Mut<Value>,
    /// Traceback entries not yet turned into traceback objects, innermost first
    /// (the frames the exception passed through since `__traceback__` was last
    /// built or assigned).
    pub traceback: Mut<Vec<TbEntry>>,
    /// `__traceback__` as built so far (or assigned): the outermost traceback
    /// object, or None.
    pub tb_head: Mut<Value>,
    /// `__cause__`
    pub cause: Mut<Value>,
    /// `__context__`
    pub context: Mut<Value>,
    /// `__suppress_context__`
    pub suppress_context: Cell<bool>,
    /// Instance attributes.
    pub dict: ObjRef,
}

/// Saved state of a suspended generator frame.
pub struct GenFrame {
    /// Locals, cells and value stack.
    pub slots: Vec<Value>,
    /// Resume instruction.
    pub pc: usize,
    /// Function the frame runs.
    pub func: Value,
    /// Saved handled exception of the generator.
    pub exc_info: Value,
}

/// Generator state.
pub struct GenObj {
    /// Suspended frame; None once finished.
    pub frame: Mut<Option<GenFrame>>,
    /// Currently executing.
    pub running: Cell<bool>,
    /// Has started (sent a first value).
    pub started: Cell<bool>,
    /// Runtime code object.
    pub code: ObjRef,
    /// `__name__`
    pub name: String,
    /// `__qualname__`
    pub qualname: String,
}

/// Open file state.
pub struct FileObj {
    /// The OS file (None once closed).
    pub file: Mut<Option<std::fs::File>>,
    /// Read-ahead buffer.
    pub rbuf: Mut<Vec<u8>>,
    /// Binary mode.
    pub binary: bool,
    /// Opened for reading / writing.
    pub readable: bool,
    /// Opened for writing.
    pub writable: bool,
    /// File name as given.
    pub name: Value,
    /// Mode string.
    pub mode: String,
    /// Special stream: 0 none, 1 stdout, 2 stderr, 3 stdin.
    pub std: u8,
    /// Text mode with universal newlines (`\r\n` and `\r` read as `\n`).
    pub translate: bool,
}

/// Iterator states of built-in iterators.
pub enum IterKind {
    /// Over a list/tuple/str/bytes/bytearray by index.
    Seq(Value),
    /// Over a range.
    Range { stop: i64, step: i64 },
    /// Over dict keys (0), values (1) or items (2), checking size and version.
    Dict {
        dict: ObjRef,
        kind: u8,
        len: usize,
        version: u64,
    },
    /// Over a set.
    Set { set: ObjRef, len: usize },
    /// enumerate()
    Enumerate { it: Value },
    /// zip()
    Zip { its: Vec<Value>, strict: bool },
    /// map()
    Map { func: Value, its: Vec<Value> },
    /// filter()
    Filter { func: Value, it: Value },
    /// reversed() over a sequence.
    Reversed(Value),
    /// iter(callable, sentinel)
    Callable { func: Value, sentinel: Value },
    /// Iteration through `__getitem__`.
    GetItem(Value),
    /// Over a range with big-int bounds: `start + pos * step` while `pos < len`.
    BigRange {
        start: BigInt,
        step: BigInt,
        len: i64,
    },
}

/// A built-in iterator.
pub struct IterObj {
    /// What it iterates.
    pub kind: IterKind,
    /// Position / counter.
    pub pos: Cell<i64>,
    /// Exhausted.
    pub done: Cell<bool>,
}

/// Payload kinds.
pub enum Payload {
    /// Big int (never fits in i64).
    Int(BigInt),
    /// str
    Str(PyStr),
    /// complex
    Complex(f64, f64),
    /// bytes
    Bytes(Box<[u8]>),
    /// bytearray
    ByteArray(Mut<Vec<u8>>),
    /// list
    List(Mut<Vec<Value>>),
    /// tuple
    Tuple(Box<[Value]>),
    /// dict
    Dict(DictData),
    /// set
    Set(SetData),
    /// frozenset
    FrozenSet(SetData),
    /// range
    Range { start: i64, stop: i64, step: i64 },
    /// range whose bounds do not fit in i64: start, stop, step.
    BigRange(Box<[BigInt; 3]>),
    /// slice
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// Python function.
    Function(Box<FuncObj>),
    /// Built-in function or method descriptor.
    Builtin(BuiltinFn),
    /// Bound method.
    Method { func: Value, self_: Value },
    /// Code object.
    Code(Box<CodeObj>),
    /// Type object.
    Type(Box<TypeObj>),
    /// Module.
    Module { name: String, dict: ObjRef },
    /// Instance of a user class (attribute storage: see `objects::map`).
    Instance(InstanceObj),
    /// Instance of a user class derived from `int` or `float`: its value (an int,
    /// a big-int object or a float). Natives of `int`/`float` see the value itself
    /// (see `Vm::check_self`). Instances derived from other built-in types keep
    /// that type's own payload.
    Boxed(Value),
    /// A map (hidden class) of instances; never visible to Python code.
    Map(Box<MapObj>),
    /// Exception instance.
    Exception(Box<ExcObj>),
    /// Closure cell.
    Cell(Mut<Value>),
    /// Generator.
    Generator(Box<GenObj>),
    /// Built-in iterator.
    Iter(Box<IterObj>),
    /// dict view: 0 keys, 1 values, 2 items.
    DictView { dict: ObjRef, kind: u8 },
    /// property
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    /// classmethod
    ClassMethod(Value),
    /// staticmethod
    StaticMethod(Value),
    /// super object.
    Super {
        ty: ObjRef,
        obj: Value,
        obj_type: ObjRef,
    },
    /// File object.
    File(Box<FileObj>),
    /// A traceback entry (`tb_frame`, `tb_lineno`, `tb_next`).
    Traceback {
        code: ObjRef,
        line: u32,
        next: Value,
        /// The frame object (`Payload::Frame`) of the entry.
        frame: Value,
    },
    /// A frame object: a snapshot of one activation (see `vm::frames`).
    Frame(Box<FrameObj>),
    /// NotImplemented, Ellipsis and other singletons.
    Singleton,
    /// `mappingproxy`: a read-only view of a dict (a class's `__dict__`).
    MappingProxy(ObjRef),
    /// `memoryview` (see `objects::buffer`).
    MemoryView(Box<super::buffer::MemoryViewObj>),
    /// `_random.Random`: a Mersenne Twister state.
    Random(Box<crate::stdlib::random::MtState>),
    /// `array.array` (raw elements, see `objects::array`).
    Array(Box<super::array::ArrayObj>),
    /// `_regex.Engine`: a compiled regular expression (see `stdlib::sre`).
    Regex(Box<crate::stdlib::sre::Engine>),
    /// `re.Match` (see `stdlib::sre::matchobj`).
    RegexMatch(Box<crate::stdlib::sre::matchobj::MatchObj>),
    /// A ctypes instance's memory (see `stdlib::ctypes`).
    CData(Box<crate::stdlib::ctypes::CDataObj>),
    /// A ctypes foreign function (see `stdlib::ctypes::func`).
    CFunc(Box<crate::stdlib::ctypes::func::CFuncObj>),
    /// A weak reference (see `stdlib::weakref`).
    WeakRef(Box<crate::stdlib::weakref::WeakRefObj>),
}

impl Payload {
    /// Call `f` on every heap reference this payload holds.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Payload::Int(_)
            | Payload::Str(_)
            | Payload::Complex(..)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
            | Payload::BigRange(_)
            | Payload::Singleton
            | Payload::Random(_)
            | Payload::Regex(_)
            | Payload::Array(_) => {}
            Payload::RegexMatch(m) => m.trace(f),
            Payload::CData(m) => m.trace(f),
            Payload::CFunc(m) => m.trace(f),
            Payload::WeakRef(w) => w.trace(f),
            Payload::List(l) => {
                for v in l.get().iter() {
                    f(*v);
                }
            }
            Payload::Tuple(t) => {
                for v in t.iter() {
                    f(*v);
                }
            }
            Payload::Dict(d) => {
                for (_, k, v) in d.get().iter() {
                    f(k);
                    f(v);
                }
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                for (_, k) in s.get().iter() {
                    f(k);
                }
            }
            Payload::Boxed(v) => f(*v),
            Payload::Slice { start, stop, step } => {
                f(*start);
                f(*stop);
                f(*step);
            }
            Payload::Function(func) => {
                f(Value::Obj(func.code));
                f(Value::Obj(func.globals));
                f(*func.defaults.get());
                f(*func.kwdefaults.get());
                f(func.closure);
                if let Some(d) = func.dict.get() {
                    f(Value::Obj(*d));
                }
                f(*func.doc.get());
                f(*func.module.get());
                f(*func.annotations.get());
            }
            Payload::Builtin(b) => {
                f(b.bound);
                if let Some(o) = b.owner {
                    f(Value::Obj(o));
                }
            }
            Payload::Method { func, self_ } => {
                f(*func);
                f(*self_);
            }
            Payload::Code(c) => {
                for v in &c.consts {
                    f(*v);
                }
                for n in c.names.iter().chain(&c.varnames) {
                    f(Value::Obj(*n));
                }
            }
            Payload::Type(t) => {
                for b in t
                    .bases
                    .get()
                    .iter()
                    .chain(t.mro.get().iter())
                    .chain(t.subclasses.get().iter())
                {
                    f(Value::Obj(*b));
                }
                f(Value::Obj(t.dict));
                if let Some(m) = t.root_map.get() {
                    f(Value::Obj(m));
                }
            }
            Payload::Module { dict, .. } => f(Value::Obj(*dict)),
            Payload::Instance(inst) => {
                f(Value::Obj(inst.shape.get()));
                for v in inst.slots.get().iter() {
                    f(*v);
                }
            }
            Payload::Map(m) => {
                for n in m.names.iter() {
                    f(Value::Obj(*n));
                }
                for (n, t) in m.transitions.get().iter() {
                    f(Value::Obj(*n));
                    f(Value::Obj(*t));
                }
            }
            Payload::Exception(e) => {
                f(*e.args.get());
                for t in e.traceback.get().iter() {
                    f(Value::Obj(t.code));
                    f(t.frame);
                }
                f(*e.tb_head.get());
                f(*e.cause.get());
                f(*e.context.get());
                f(Value::Obj(e.dict));
            }
            Payload::Cell(c) => f(*c.get()),
            Payload::Generator(g) => {
                f(Value::Obj(g.code));
                if let Some(frame) = g.frame.get() {
                    for v in &frame.slots {
                        f(*v);
                    }
                    f(frame.func);
                    f(frame.exc_info);
                }
            }
            Payload::Iter(it) => match &it.kind {
                IterKind::Seq(v)
                | IterKind::Reversed(v)
                | IterKind::GetItem(v)
                | IterKind::Enumerate { it: v } => f(*v),
                IterKind::Range { .. } | IterKind::BigRange { .. } => {}
                IterKind::Dict { dict, .. } => f(Value::Obj(*dict)),
                IterKind::Set { set, .. } => f(Value::Obj(*set)),
                IterKind::Zip { its, .. } => its.iter().for_each(|v| f(*v)),
                IterKind::Map { func, its } => {
                    f(*func);
                    its.iter().for_each(|v| f(*v));
                }
                IterKind::Filter { func, it } => {
                    f(*func);
                    f(*it);
                }
                IterKind::Callable { func, sentinel } => {
                    f(*func);
                    f(*sentinel);
                }
            },
            Payload::DictView { dict, .. } | Payload::MappingProxy(dict) => f(Value::Obj(*dict)),
            Payload::MemoryView(m) => f(m.obj),
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
            } => {
                f(*fget);
                f(*fset);
                f(*fdel);
                f(*doc);
            }
            Payload::ClassMethod(v) | Payload::StaticMethod(v) => f(*v),
            Payload::Super { ty, obj, obj_type } => {
                f(Value::Obj(*ty));
                f(*obj);
                f(Value::Obj(*obj_type));
            }
            Payload::File(file) => f(file.name),
            Payload::Traceback {
                code, next, frame, ..
            } => {
                f(Value::Obj(*code));
                f(*next);
                f(*frame);
            }
            Payload::Frame(fr) => {
                f(Value::Obj(fr.code));
                f(Value::Obj(fr.globals));
                f(fr.locals_dict);
                for v in &fr.local_values {
                    f(*v);
                }
                f(fr.back);
            }
        }
    }
}

impl PyObject {
    /// The type object.
    #[inline]
    pub fn ty(&self) -> ObjRef {
        self.ty.get()
    }
    /// str payload.
    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
    /// Type payload.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeObj> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
    /// Map payload (see `objects::map`).
    #[inline]
    pub fn as_map(&self) -> Option<&MapObj> {
        match &self.payload {
            Payload::Map(m) => Some(m),
            _ => None,
        }
    }
    /// Dict payload.
    #[inline]
    pub fn as_dict(&self) -> Option<&DictData> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
    /// Tuple payload.
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }
    /// List payload.
    #[inline]
    pub fn as_list(&self) -> Option<&Mut<Vec<Value>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }
    /// Code payload.
    #[inline]
    pub fn as_code(&self) -> Option<&CodeObj> {
        match &self.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }
    /// Exception payload.
    #[inline]
    pub fn as_exc(&self) -> Option<&ExcObj> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

/// A `'static` view of a set table for bulk set operations.
///
/// The caller keeps the set reachable for the duration and does not run Python code
/// while the reference is used (the `Mut` rule).
pub fn extend_set(t: &SetData) -> &'static mut SetTable<Value> {
    // SAFETY: heap objects are never freed while reachable, and the set builtins only
    // use the reference between calls that cannot run Python code.
    unsafe { &mut *(t.get() as *mut SetTable<Value>) }
}

/// A `'static` view of a file object's state (file methods never run Python code
/// while holding it).
pub fn extend_file(o: ObjRef) -> &'static FileObj {
    match &o.payload {
        // SAFETY: the object stays reachable through the method's arguments for the
        // whole call; the reference does not outlive it.
        Payload::File(f) => unsafe { &*(&**f as *const FileObj) },
        _ => panic!("extend_file on a non-file"),
    }
}

/// A `'static` view of an array object (its elements are reached through the
/// `Mut` cell, never held across Python code).
pub fn extend_array(o: ObjRef) -> Option<&'static super::array::ArrayObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::Array(a) => Some(unsafe { &*(&**a as *const super::array::ArrayObj) }),
        _ => None,
    }
}

/// The generator state of a `_random.Random` object, with the lifetime a native needs.
pub fn extend_random(o: ObjRef) -> Option<&'static crate::stdlib::random::MtState> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::Random(r) => Some(unsafe { &*(&**r as *const crate::stdlib::random::MtState) }),
        _ => None,
    }
}

/// The compiled pattern of a `_regex.Engine`, with the lifetime a native needs.
pub fn extend_regex(o: ObjRef) -> Option<&'static crate::stdlib::sre::Engine> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::Regex(r) => Some(unsafe { &*(&**r as *const crate::stdlib::sre::Engine) }),
        _ => None,
    }
}

/// The state of a `re.Match`, with the lifetime a native needs.
pub fn extend_regex_match(o: ObjRef) -> Option<&'static crate::stdlib::sre::matchobj::MatchObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::RegexMatch(m) => {
            Some(unsafe { &*(&**m as *const crate::stdlib::sre::matchobj::MatchObj) })
        }
        _ => None,
    }
}

/// The memory of a ctypes instance, with the lifetime a native needs.
pub fn extend_cdata(o: ObjRef) -> Option<&'static crate::stdlib::ctypes::CDataObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::CData(m) => Some(unsafe { &*(&**m as *const crate::stdlib::ctypes::CDataObj) }),
        _ => None,
    }
}

/// The state of a ctypes foreign function, with the lifetime a native needs.
pub fn extend_cfunc(o: ObjRef) -> Option<&'static crate::stdlib::ctypes::func::CFuncObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::CFunc(m) => {
            Some(unsafe { &*(&**m as *const crate::stdlib::ctypes::func::CFuncObj) })
        }
        _ => None,
    }
}

/// The text of a str object, with the lifetime a native needs.
pub fn extend_str(o: ObjRef) -> Option<&'static PyStr> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::Str(s) => Some(unsafe { &*(s as *const PyStr) }),
        _ => None,
    }
}

/// The bytearray storage of `o`, with the lifetime a native needs.
pub fn extend_bytearray(o: ObjRef) -> Option<&'static Mut<Vec<u8>>> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::ByteArray(b) => Some(unsafe { &*(b as *const Mut<Vec<u8>>) }),
        _ => None,
    }
}

/// The memoryview payload of `o`, with the lifetime a native needs.
pub fn extend_memoryview(o: ObjRef) -> Option<&'static super::buffer::MemoryViewObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::MemoryView(m) => Some(unsafe { &*(&**m as *const super::buffer::MemoryViewObj) }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Heap object size: every object pays for the largest payload variant, so large
    /// payloads live behind a Box. Keep this from growing by accident.
    #[test]
    fn object_size_is_bounded() {
        let size = std::mem::size_of::<PyObject>();
        assert!(size <= 96, "PyObject grew to {size} bytes");
    }
}

/// The state of a weak reference, with the lifetime a native needs.
pub fn extend_weakref(o: ObjRef) -> Option<&'static crate::stdlib::weakref::WeakRefObj> {
    match &o.payload {
        // SAFETY: as for `extend_file`: the object stays reachable through the
        // native's arguments for the whole call and the reference does not outlive it.
        Payload::WeakRef(w) => {
            Some(unsafe { &*(&**w as *const crate::stdlib::weakref::WeakRefObj) })
        }
        _ => None,
    }
}
