//! Built-in type objects and pre-interned names.
//!
//! `bootstrap` creates `type` and `object` first (type's type is itself), then every
//! other built-in type and the built-in exception classes (from the `exceptions!`
//! table). Methods are attached later by `install_methods`, which calls each
//! type-family module of `builtins/`.

use std::collections::HashMap;

use super::errors::ExcKind;
use super::Vm;
use crate::gc::Heap;
use crate::objects::hashtable::DictTable;
use crate::objects::object::{Layout, Mut, TypeObj};
use crate::objects::str::PyStr;
use crate::objects::{ObjRef, Payload, Value};

macro_rules! builtin_types {
    ($( $field:ident = $name:literal ),* $(,)?) => {
        /// The built-in type objects.
        #[allow(missing_docs)]
        pub struct Types {
            pub type_: ObjRef,
            pub object: ObjRef,
            $( pub $field: ObjRef, )*
            /// Exception classes indexed by `ExcKind as usize`.
            pub exc: Vec<ObjRef>,
        }
        const TYPE_NAMES: &[&str] = &[ $( $name ),* ];
        impl Types {
            /// Every type object (GC roots).
            pub fn all(&self) -> Vec<ObjRef> {
                let mut v = vec![self.type_, self.object $(, self.$field)*];
                v.extend(self.exc.iter().copied());
                v
            }
            fn from_list(type_: ObjRef, object: ObjRef, list: &[ObjRef], exc: Vec<ObjRef>) -> Types {
                let mut it = list.iter().copied();
                Types { type_, object, $( $field: it.next().unwrap(), )* exc }
            }
        }
    };
}

builtin_types! {
    int = "int",
    bool = "bool",
    float = "float",
    complex = "complex",
    str = "str",
    bytes = "bytes",
    bytearray = "bytearray",
    list = "list",
    tuple = "tuple",
    dict = "dict",
    set = "set",
    frozenset = "frozenset",
    range = "range",
    slice = "slice",
    function = "function",
    builtin_function = "builtin_function_or_method",
    method = "method",
    code = "code",
    module = "module",
    none_type = "NoneType",
    not_implemented_type = "NotImplementedType",
    ellipsis_type = "ellipsis",
    cell = "cell",
    generator = "generator",
    iterator = "iterator",
    list_iterator = "list_iterator",
    tuple_iterator = "tuple_iterator",
    str_iterator = "str_ascii_iterator",
    bytes_iterator = "bytes_iterator",
    range_iterator = "range_iterator",
    dict_keyiterator = "dict_keyiterator",
    dict_valueiterator = "dict_valueiterator",
    dict_itemiterator = "dict_itemiterator",
    set_iterator = "set_iterator",
    enumerate = "enumerate",
    zip = "zip",
    map = "map",
    filter = "filter",
    reversed = "reversed",
    list_reverseiterator = "list_reverseiterator",
    callable_iterator = "callable_iterator",
    dict_keys = "dict_keys",
    mappingproxy = "mappingproxy",
    array = "array.array",
    memoryview = "memoryview",
    random = "Random",
    regex_engine = "Engine",
    regex_match = "re.Match",
    cdata = "_CData",
    cfuncptr = "CFuncPtr",
    weakref = "weakref.ReferenceType",
    dict_values = "dict_values",
    dict_items = "dict_items",
    property = "property",
    classmethod = "classmethod",
    staticmethod = "staticmethod",
    super_ = "super",
    file = "TextIOWrapper",
    binary_file = "BufferedReader",
    traceback = "traceback",
    frame = "frame",
}

impl Types {
    /// Exception class for a kind.
    #[inline]
    pub fn exc(&self, k: ExcKind) -> ObjRef {
        self.exc[k as usize]
    }
}

fn make_type(
    heap: &mut Heap,
    meta: ObjRef,
    name: &str,
    base: Option<ObjRef>,
    layout: Layout,
    dict_ty: ObjRef,
) -> ObjRef {
    let dict = heap.alloc(dict_ty, Payload::Dict(Mut::new(DictTable::new())));
    let bases = base.into_iter().collect::<Vec<_>>();
    let t = heap.alloc(
        meta,
        Payload::Type(Box::new(TypeObj {
            name: Mut::new(name.to_string()),
            // `array.array` is named for its module; its qualified name is `array`.
            qualname: Mut::new(name.rsplit('.').next().unwrap_or(name).to_string()),
            bases: Mut::new(bases.clone()),
            mro: Mut::new(Vec::new()),
            dict,
            layout,
            builtin: true,
            flags: std::cell::Cell::new((u64::MAX, 0)),
            subclasses: Mut::new(Vec::new()),
            root_map: std::cell::Cell::new(None),
            slots_hint: std::cell::Cell::new(0),
            ctor: std::cell::Cell::new((u64::MAX, Value::Empty)),
            base_ok: !matches!(
                name,
                "bool"
                    | "NoneType"
                    | "NotImplementedType"
                    | "ellipsis"
                    | "function"
                    | "builtin_function_or_method"
                    | "method"
                    | "code"
                    | "cell"
                    | "generator"
                    | "range"
                    | "slice"
                    | "iterator"
                    | "list_iterator"
                    | "tuple_iterator"
                    | "str_ascii_iterator"
                    | "range_iterator"
                    | "set_iterator"
                    | "callable_iterator"
                    | "dict_keys"
                    | "dict_values"
                    | "dict_items"
                    | "mappingproxy"
                    | "memoryview"
                    | "re.Match"
                    | "Engine"
            ),
        })),
    );
    let mut mro = vec![t];
    if let Some(b) = base {
        mro.extend(b.as_type().unwrap().mro.get().iter().copied());
    }
    *t.as_type().unwrap().mro.get() = mro;
    t
}

/// Create `type`, `object`, every built-in type and exception class.
pub fn bootstrap(heap: &mut Heap) -> (Types, HashMap<Box<str>, ObjRef>) {
    // `type` first, typed by itself; its dict gets its real type once `dict` exists.
    let type_ = heap.alloc_self_typed(Payload::Singleton);
    // `dict` type must exist to create dicts; create it typed by `type`.
    let dict_ty = heap.alloc(type_, Payload::Singleton);
    let object = make_type(heap, type_, "object", None, Layout::Object, dict_ty);
    // Now replace the placeholder payloads of `type` and `dict` by real type objects.
    let real_type = make_type(heap, type_, "type", Some(object), Layout::Builtin, dict_ty);
    let real_dict = make_type(heap, type_, "dict", Some(object), Layout::Builtin, dict_ty);
    // Re-point: we cannot change a payload in place, so the placeholders become
    // unused and every object created so far is re-typed to the real ones.
    for o in [object, real_type, real_dict] {
        o.ty.set(real_type);
        if let Payload::Type(t) = &o.payload {
            t.dict.ty.set(real_dict);
        }
    }
    let type_ = real_type;
    let mut list = Vec::new();
    for name in TYPE_NAMES {
        if *name == "dict" {
            list.push(real_dict);
            continue;
        }
        let earlier = |n: &str| TYPE_NAMES.iter().position(|t| *t == n).map(|i| list[i]);
        let base = match *name {
            "bool" => Some(list[0]),
            // ctypes' function pointers are C data too.
            "CFuncPtr" => earlier("_CData"),
            _ => Some(object),
        };
        let layout = Layout::Builtin;
        let t = make_type(heap, type_, name, base, layout, real_dict);
        list.push(t);
    }
    let mut exc: Vec<ObjRef> = Vec::new();
    for k in ExcKind::ALL {
        let base = match k.parent() {
            Some(p) => exc[p as usize],
            None => object,
        };
        let t = make_type(
            heap,
            type_,
            k.name(),
            Some(base),
            Layout::Exception,
            real_dict,
        );
        exc.push(t);
    }
    let types = Types::from_list(type_, object, &list, exc);
    (types, HashMap::new())
}

macro_rules! names {
    ($( $field:ident ),* $(,)?) => {
        /// Interned names used by the VM.
        #[allow(missing_docs, non_snake_case)]
        pub struct Names { $( pub $field: ObjRef, )* }
        impl Names {
            /// Intern every name.
            pub fn new(heap: &mut Heap, types: &Types, interned: &mut HashMap<Box<str>, ObjRef>) -> Names {
                let mut mk = |s: &str| {
                    let o = heap.alloc(types.str, Payload::Str(PyStr::new(s)));
                    interned.insert(s.into(), o);
                    o
                };
                Names { $( $field: mk(stringify!($field)), )* }
            }
            /// All name objects (GC roots).
            pub fn all(&self) -> Vec<ObjRef> {
                vec![ $( self.$field ),* ]
            }
        }
    };
}

names! {
    __init__, __new__, __call__, __repr__, __str__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __hash__, __iter__, __next__, __len__, __getitem__, __setitem__, __delitem__, __contains__,
    __enter__, __exit__, __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__,
    __delete__, __bool__, __name__, __module__, __qualname__, __doc__, __dict__, __class__,
    __classcell__, __annotations__, __index__, __int__, __float__, __complex__, __format__, __neg__, __pos__,
    __invert__, __abs__, __round__, __init_subclass__, __set_name__, __missing__, __reversed__,
    __main__, __builtins__, __file__, __all__, __mro__, __bases__, __slots__, __match_args__,
    __class_getitem__, __trunc__, __floor__, __ceil__, __divmod__, __rdivmod__, __instancecheck__,
    __subclasscheck__, __prepare__, __dir__, __sizeof__, __copy__, __deepcopy__,
    send, throw, close, args, keys, items, values, __mro_entries__, __length_hint__,
    __abstractmethods__, _type_, _length_, _elem_code_, _elem_size_, _as_parameter_, from_param,
}

/// Attach the methods of every built-in type.
pub fn install_methods(vm: &mut Vm) {
    crate::builtins::types::install(vm);
}
