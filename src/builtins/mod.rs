//! The `builtins` module: built-in functions (`functions`), constructors of the
//! built-in types (`construct`), class creation (`class`), and the methods of each
//! built-in type (one module per type family, registered by `types`).
#![deny(unsafe_code)]

pub mod bytes;
pub mod bytes_text;
pub mod class;
pub mod construct;
pub mod dict;
pub mod exec;
pub mod file;
pub mod functions;
pub mod introspect;
pub mod list;
pub mod memoryview;
pub mod numbers;
pub mod object;
pub mod operator_dunders;
pub mod set;
pub mod sorting;
pub mod str;
pub mod types;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::objects::object::BuiltinFn;
use crate::objects::{NativeFn, ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// An integral float as a big int.
pub fn float_to_bigint(f: f64) -> BigInt {
    BigInt::from_f64(f).unwrap_or_default()
}

/// `ascii()` escaping of non-ASCII characters.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

impl Vm {
    /// A built-in function object (a method of `owner` when given).
    pub fn new_native(
        &mut self,
        name: &'static str,
        func: NativeFn,
        owner: Option<ObjRef>,
    ) -> Value {
        let ty = self.types.builtin_function;
        Value::Obj(self.alloc(
            ty,
            Payload::Builtin(BuiltinFn {
                name,
                func,
                bound: Value::Empty,
                owner,
            }),
        ))
    }
    /// A built-in function that is not a method.
    pub fn new_builtin(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.new_native(name, func, None)
    }
    /// Register a function in the builtins module.
    pub fn add_builtin(&mut self, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func);
        let k = self.intern(name);
        let b = self.builtins;
        let _ = self.dict_set_str(b, k, f);
    }
    /// Register a method on a built-in type.
    pub fn add_method(&mut self, ty: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_native(name, func, Some(ty));
        self.set_type_attr(ty, name, f);
    }
    /// Register a static/class-level function on a type (no self binding).
    pub fn add_static(&mut self, ty: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func);
        let ty_sm = self.types.staticmethod;
        let sm = self.alloc(ty_sm, Payload::StaticMethod(f));
        self.set_type_attr(ty, name, Value::Obj(sm));
    }
    /// Register a classmethod implemented natively (receives the class first).
    pub fn add_classmethod(&mut self, ty: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin(name, func);
        let t = self.types.classmethod;
        let cm = self.alloc(t, Payload::ClassMethod(f));
        self.set_type_attr(ty, name, Value::Obj(cm));
    }
    /// Register a read-only computed attribute (a property with a native getter).
    pub fn add_getter(&mut self, ty: ObjRef, name: &'static str, func: NativeFn) {
        // The getter is a method of `ty`, so `T.attr.fget(x)` checks `x` too.
        let f = self.new_native(name, func, Some(ty));
        let pt = self.types.property;
        let p = self.alloc(
            pt,
            Payload::Property {
                fget: f,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            },
        );
        self.set_type_attr(ty, name, Value::Obj(p));
    }
    /// Register a computed attribute with a native getter and setter (the
    /// setter also handles `del`, called without a value).
    pub fn add_property(&mut self, ty: ObjRef, name: &'static str, get: NativeFn, set: NativeFn) {
        let fget = self.new_native(name, get, Some(ty));
        let fset = self.new_native(name, set, Some(ty));
        let pt = self.types.property;
        let p = self.alloc(
            pt,
            Payload::Property {
                fget,
                fset,
                fdel: fset,
                doc: Value::None,
            },
        );
        self.set_type_attr(ty, name, Value::Obj(p));
    }
    /// Set an attribute in a type's dict.
    pub fn set_type_attr(&mut self, ty: ObjRef, name: &str, v: Value) {
        self.types_changed();
        let k = self.intern(name);
        let d = ty.as_type().unwrap().dict;
        let _ = self.dict_set_str(d, k, v);
    }
}

/// Check a fixed argument count with CPython's wording for most builtins.
pub fn check_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        if min == 1 {
            return Err(PyErr::type_error(format!(
                "{name}() takes exactly one argument ({n} given)"
            )));
        }
        if min == 0 {
            return Err(PyErr::type_error(format!(
                "{name}() takes no arguments ({n} given)"
            )));
        }
        return Err(PyErr::type_error(format!(
            "{name} expected {min} arguments, got {n}"
        )));
    }
    if n < min {
        return Err(PyErr::type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(PyErr::type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

/// Check the argument count of a method (`args` without `self`) with the wording CPython
/// uses for methods: "count() takes at least 1 argument (0 given)".
pub fn check_method_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(PyErr::type_error(if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!(
            "{name}() takes exactly {min} argument{} ({n} given)",
            plural(min)
        )
    } else if n < min {
        format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )
    } else {
        format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )
    }))
}

/// Reject keyword arguments.
pub fn no_kwargs(name: &str, kw: &[(ObjRef, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Find a keyword argument by name.
pub fn kwarg(kw: &[(ObjRef, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| k.as_str().map(|s| s.as_str() == name).unwrap_or(false))
        .map(|(_, v)| *v)
}

/// Reject keyword arguments other than `allowed`.
pub fn check_kwargs(fname: &str, kw: &[(ObjRef, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let s = k.as_str().map(|s| s.as_str()).unwrap_or("");
        if !allowed.contains(&s) {
            return Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{s}'"
            )));
        }
    }
    Ok(())
}

/// The text of a str value (borrowed for as long as the value reference).
pub fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => o.as_str().map(|s| s.as_str()),
        _ => None,
    }
}

/// Install the builtins module.
pub fn install(vm: &mut Vm) {
    functions::install(vm);
    let names: Vec<(&str, ObjRef)> = vec![
        ("object", vm.types.object),
        ("type", vm.types.type_),
        ("int", vm.types.int),
        ("bool", vm.types.bool),
        ("float", vm.types.float),
        ("complex", vm.types.complex),
        ("str", vm.types.str),
        ("bytes", vm.types.bytes),
        ("bytearray", vm.types.bytearray),
        ("memoryview", vm.types.memoryview),
        ("list", vm.types.list),
        ("tuple", vm.types.tuple),
        ("dict", vm.types.dict),
        ("set", vm.types.set),
        ("frozenset", vm.types.frozenset),
        ("range", vm.types.range),
        ("slice", vm.types.slice),
        ("property", vm.types.property),
        ("classmethod", vm.types.classmethod),
        ("staticmethod", vm.types.staticmethod),
        ("super", vm.types.super_),
        ("enumerate", vm.types.enumerate),
        ("zip", vm.types.zip),
        ("map", vm.types.map),
        ("filter", vm.types.filter),
        ("reversed", vm.types.reversed),
    ];
    // Derivable built-ins get `__new__` (and the mutable ones `__init__`) so that
    // `super().__new__(cls, ...)` and `super().__init__(...)` reach them.
    let t = &vm.types;
    let derivable = [
        t.int,
        t.float,
        t.complex,
        t.str,
        t.bytes,
        t.bytearray,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.array,
        t.random,
        t.cdata,
        t.cfuncptr,
    ];
    let mutable = [t.list, t.dict, t.set, t.bytearray];
    for ty in derivable {
        vm.add_static(ty, "__new__", crate::vm::derived::natives::builtin_new);
    }
    for ty in mutable {
        vm.add_method(ty, "__init__", crate::vm::derived::natives::builtin_init);
    }
    let b = vm.builtins;
    for (n, t) in names {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(b, k, Value::Obj(t));
    }
    for (i, k) in crate::vm::ExcKind::ALL.iter().enumerate() {
        if *k == crate::vm::ExcKind::UnsupportedOperation {
            continue;
        }
        let name = vm.intern(k.name());
        let t = vm.types.exc[i];
        let _ = vm.dict_set_str(b, name, Value::Obj(t));
    }
    let ioe = vm.types.exc(crate::vm::ExcKind::OSError);
    for alias in ["IOError", "EnvironmentError"] {
        let k = vm.intern(alias);
        let _ = vm.dict_set_str(b, k, Value::Obj(ioe));
    }
    let consts = [
        ("None", Value::None),
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("NotImplemented", Value::Obj(vm.not_implemented)),
        ("Ellipsis", Value::Obj(vm.ellipsis)),
        ("__debug__", Value::Bool(true)),
    ];
    for (n, v) in consts {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(b, k, v);
    }
    let k = vm.intern("__name__");
    let v = vm.new_str("builtins");
    let _ = vm.dict_set_str(b, k, v);
}

/// Special methods shared by the container types (`list.__len__`, `dict.__getitem__`
/// ...): each forwards to the VM protocol.
pub mod container_dunders {
    use super::check_args;
    use crate::objects::{ObjRef, Value};
    use crate::vm::{PyResult, Vm};

    type Kw<'a> = &'a [(ObjRef, Value)];

    /// `__len__`
    pub fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        Ok(Value::Int(vm.len_builtin(args[0])? as i64))
    }
    /// `__getitem__`
    pub fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        check_args("__getitem__", &args[1..], 1, 1)?;
        vm.getitem_builtin(args[0], args[1])
    }
    /// `__setitem__`
    pub fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        check_args("__setitem__", &args[1..], 2, 2)?;
        vm.setitem_builtin(args[0], args[1], args[2])?;
        Ok(Value::None)
    }
    /// `__delitem__`
    pub fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        check_args("__delitem__", &args[1..], 1, 1)?;
        vm.delitem_builtin(args[0], args[1])?;
        Ok(Value::None)
    }
    /// `__contains__`
    pub fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        check_args("__contains__", &args[1..], 1, 1)?;
        Ok(Value::Bool(vm.contains_builtin(args[0], args[1])?))
    }
    /// `__iter__`
    pub fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
        vm.get_iter_builtin(args[0])
    }
}
