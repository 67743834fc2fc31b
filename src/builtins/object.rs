//! `object`, `type`, `super`, exceptions and generators: their methods.

use super::{as_str, check_args};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::call::GenStep;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Register methods of object, type, BaseException and generator.
pub fn install(vm: &mut Vm) {
    let o = vm.types.object;
    vm.add_static(o, "__new__", object_new);
    vm.add_method(o, "__init__", object_init);
    vm.add_method(o, "__setattr__", object_setattr);
    vm.add_method(o, "__getattribute__", object_getattribute);
    vm.add_method(o, "__delattr__", object_delattr);
    vm.add_method(o, "__repr__", object_repr);
    vm.add_method(o, "__str__", object_str);
    vm.add_method(o, "__eq__", object_eq);
    vm.add_method(o, "__ne__", object_ne);
    vm.add_method(o, "__hash__", object_hash);
    vm.add_method(o, "__format__", object_format);
    vm.add_method(o, "__dir__", object_dir);
    vm.add_classmethod(o, "__init_subclass__", object_init_subclass);
    let t = vm.types.type_;
    vm.add_static(t, "__new__", type_new_m);
    vm.add_method(t, "__call__", type_call);
    vm.add_method(t, "__init__", object_init);
    vm.add_method(t, "mro", type_mro);
    vm.add_method(t, "__subclasses__", type_subclasses);
    let e = vm.types.exc(ExcKind::BaseException);
    vm.add_method(e, "__init__", exc_init);
    vm.add_method(e, "with_traceback", exc_with_traceback);
    let si = vm.types.exc(ExcKind::StopIteration);
    let _ = si;
    let g = vm.types.generator;
    vm.add_method(g, "send", gen_send);
    vm.add_method(g, "throw", gen_throw);
    vm.add_method(g, "close", gen_close);
    vm.add_method(g, "__next__", gen_next);
    vm.add_method(g, "__iter__", self_iter);
    let t = &vm.types;
    let iter_types = [
        t.iterator,
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.list_reverseiterator,
        t.callable_iterator,
    ];
    for it in iter_types {
        vm.add_method(it, "__next__", iter_next);
        vm.add_method(it, "__iter__", self_iter);
    }
    let p = vm.types.property;
    vm.add_method(p, "getter", prop_getter);
    vm.add_method(p, "setter", prop_setter);
    vm.add_method(p, "deleter", prop_deleter);
    vm.add_getter(p, "fget", prop_fget);
    vm.add_getter(p, "fset", prop_fset);
    vm.add_getter(p, "fdel", prop_fdel);
    vm.add_getter(p, "__doc__", prop_doc);
    let f = vm.types.function;
    vm.add_method(f, "__get__", function_get);
    let t = vm.types.type_;
    let _ = t;
    let cm = vm.types.classmethod;
    vm.add_getter(cm, "__func__", wrapped_func);
    let sm = vm.types.staticmethod;
    vm.add_getter(sm, "__func__", wrapped_func);
    super::introspect::install(vm);
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cls = match args.first().and_then(|c| c.as_obj()) {
        Some(c) if c.as_type().is_some() => c,
        _ => {
            return Err(PyErr::type_error(
                "object.__new__(X): X is not a type object",
            ))
        }
    };
    if let Some(t) = cls.as_type() {
        if t.layout == crate::objects::object::Layout::Derived {
            let n = t.name.get().clone();
            return Err(PyErr::type_error(format!(
                "object.__new__({n}) is not safe, use {n}.__new__()"
            )));
        }
        if t.builtin
            && t.layout == crate::objects::object::Layout::Builtin
            && cls != vm.types.object
        {
            let n = t.name.get().clone();
            return Err(PyErr::type_error(format!(
                "object.__new__({n}) is not safe, use {n}.__new__()"
            )));
        }
    }
    vm.check_not_abstract(cls)?;
    Ok(vm.new_instance(cls, &args[1..]))
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match as_str(&v) {
        Some(s) => Ok(vm.intern(s)),
        None => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__setattr__", &args[1..], 2, 2)?;
    let n = name_arg(vm, args[1])?;
    vm.generic_setattr(args[0], n, args[2])?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__getattribute__", &args[1..], 1, 1)?;
    let n = name_arg(vm, args[1])?;
    // Generic lookup without the user's __getattribute__ override.
    let obj = args[0];
    let ty = vm.type_of(obj);
    if let Some(v) = vm.own_attr_get(obj, n)? {
        return match vm.lookup_in_mro(ty, n) {
            Some(c) if matches!(c.payload(), Some(Payload::Property { .. })) => {
                vm.bind_descriptor(c, obj, ty)
            }
            _ => Ok(v),
        };
    }
    match vm.lookup_in_mro(ty, n) {
        Some(c) => vm.bind_descriptor(c, obj, ty),
        None => Err(vm.attr_error(obj, n)),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__delattr__", &args[1..], 1, 1)?;
    let n = name_arg(vm, args[1])?;
    match vm.own_attr_del(args[0], n)? {
        Some(true) => Ok(Value::None),
        _ => Err(vm.attr_error(args[0], n)),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = args[0];
    let s = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => vm.default_repr(o),
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            // BaseException.__repr__
            let e = o.as_exc().unwrap();
            let a = *e.args.get();
            let items = a
                .as_obj()
                .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
                .unwrap_or_default();
            let name = vm.type_name(v);
            if items.len() == 1 {
                format!("{name}({})", vm.repr(items[0])?)
            } else {
                format!("{name}{}", vm.repr(a)?)
            }
        }
        _ => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = args[0];
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Exception(_)) {
            let e = o.as_exc().unwrap();
            let items = e
                .args
                .get()
                .as_obj()
                .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
                .unwrap_or_default();
            let s = match items.len() {
                0 => String::new(),
                1 => vm.str(items[0])?,
                _ => {
                    let t = vm.new_tuple(items);
                    vm.repr(t)?
                }
            };
            return Ok(vm.new_str(s));
        }
    }
    let ty = vm.type_of(v);
    let r = vm.names.__repr__;
    let s = if vm.lookup_in_mro(ty, r).is_some() {
        vm.repr(v)?
    } else {
        vm.repr(v)?
    };
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__eq__", &args[1..], 1, 1)?;
    if args[0].is(args[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Obj(vm.not_implemented))
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__ne__", &args[1..], 1, 1)?;
    let r = vm.rich_compare(args[0], args[1], crate::bytecode::CmpOp::Eq)?;
    if let Value::Obj(o) = r {
        if o == vm.not_implemented {
            return Ok(r);
        }
    }
    let t = vm.truthy(r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(match args[0] {
        Value::Obj(o) => crate::objects::hashtable::hash_pointer(o.addr()),
        v => vm.hash(v)?,
    }))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__format__", &args[1..], 1, 1)?;
    let spec = as_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(args[0])
        )));
    }
    let s = vm.str(args[0])?;
    Ok(vm.new_str(s))
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = vm.builtins;
    let dn = vm.intern("dir");
    let f = vm.dict_get_str_pure(b, dn).unwrap();
    vm.call(f, &[args[0]], &[])
}

fn object_init_subclass(_vm: &mut Vm, _args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((k, _)) = kw.first() {
        let name = k
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        return Err(PyErr::type_error(format!(
            "__init_subclass__() takes no keyword arguments ('{name}' given)"
        )));
    }
    Ok(Value::None)
}

fn type_new_m(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 4 {
        return Err(PyErr::type_error(
            "type.__new__() takes exactly 3 arguments",
        ));
    }
    let meta = match args[0].as_obj() {
        Some(m) if m.as_type().is_some() => m,
        _ => return Err(PyErr::type_error("type.__new__(X): X is not a type object")),
    };
    super::class::type_new(vm, meta, args[1], args[2], args[3], kw)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = args[0]
        .as_obj()
        .and_then(|o| o.as_type().map(|t| t.mro.get().clone()))
        .unwrap_or_default();
    let items = t.into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(items))
}

fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let subs: Vec<Value> = match args
        .first()
        .and_then(|t| t.as_obj())
        .and_then(|t| t.as_type().map(|t| t.subclasses.get().clone()))
    {
        Some(s) => s.into_iter().map(Value::Obj).collect(),
        None => {
            return Err(PyErr::type_error(
                "descriptor '__subclasses__' requires a 'type' object",
            ))
        }
    };
    Ok(vm.new_list(subs))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(Payload::Exception(e)) = args[0].payload() {
        let t = vm.new_tuple(args[1..].to_vec());
        *e.args.get() = t;
    }
    vm.exc_kwargs(args[0], kw)?;
    Ok(Value::None)
}

fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("with_traceback", &args[1..], 1, 1)?;
    if let Value::Obj(e) = args[0] {
        vm.set_traceback(e, args[1])?;
    }
    Ok(args[0])
}

fn gen_obj(vm: &Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        _ => Err(PyErr::type_error(format!(
            "descriptor requires a 'generator' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("send", &args[1..], 1, 1)?;
    let g = gen_obj(vm, args[0])?;
    match vm.gen_resume(g, args[1], None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(PyErr::stop_iteration(r)),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("throw", &args[1..], 1, 3)?;
    let g = gen_obj(vm, args[0])?;
    let mut exc = args[1];
    if args.len() >= 3 && !args[2].is_none() {
        if let Value::Obj(t) = exc {
            if t.as_type().is_some() {
                exc = vm.call(exc, &[args[2]], &[])?;
            }
        }
    }
    let err = match vm.make_raise(exc, None) {
        Ok(e) => e,
        Err(_) => {
            return Err(PyErr::type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &vm.type_name(exc),
            ))
        }
    };
    match vm.gen_throw(g, err)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(PyErr::stop_iteration(r)),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = gen_obj(vm, args[0])?;
    vm.gen_close(g)?;
    Ok(Value::None)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.iter_next_raw(args[0])
}

fn iter_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.iter_next_raw(args[0])
}

fn self_iter(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0])
}

fn prop_with(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    check_args("property", &args[1..], 1, 1)?;
    let (fget, fset, fdel, doc) = match args[0].payload() {
        Some(Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        }) => (*fget, *fset, *fdel, *doc),
        _ => return Err(PyErr::type_error("descriptor requires a 'property' object")),
    };
    let f = args[1];
    let (fget, fset, fdel) = match which {
        0 => (f, fset, fdel),
        1 => (fget, f, fdel),
        _ => (fget, fset, f),
    };
    let ty = vm.types.property;
    Ok(Value::Obj(vm.alloc(
        ty,
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        },
    )))
}
fn prop_getter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 2)
}
fn prop_fget(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::Property { fget, .. }) => Ok(*fget),
        _ => Ok(Value::None),
    }
}
fn prop_field(v: Value, i: usize) -> Value {
    match v.payload() {
        Some(Payload::Property {
            fget,
            fset,
            fdel,
            doc,
        }) => [*fget, *fset, *fdel, *doc][i],
        _ => Value::None,
    }
}
fn prop_fset(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(prop_field(args[0], 1))
}
fn prop_fdel(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(prop_field(args[0], 2))
}
fn prop_doc(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(prop_field(args[0], 3))
}
fn function_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__get__", &args[1..], 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let ty = vm.types.method;
    Ok(Value::Obj(vm.alloc(
        ty,
        Payload::Method {
            func: args[0],
            self_: args[1],
        },
    )))
}

fn wrapped_func(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args[0].payload() {
        Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => Ok(*f),
        _ => Ok(Value::None),
    }
}

/// `super()` / `super(type, obj)`
pub fn super_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (ty, obj) = match args.len() {
        0 => {
            let f = match vm.frames.last() {
                Some(f) => f,
                None => return Err(PyErr::runtime_error("super(): no current frame")),
            };
            let code = f.code.as_code().unwrap();
            let co = code.code.clone();
            if co.argcount == 0 {
                return Err(PyErr::runtime_error("super(): no arguments"));
            }
            let base = f.base;
            let mut first = vm.stack[base];
            // The first argument may live in a cell.
            if first.is_empty() {
                if let Some(ci) = co.cell2arg.iter().position(|a| *a == Some(0)) {
                    if let Value::Obj(c) = vm.stack[base + co.varnames.len() + ci] {
                        if let Payload::Cell(c) = &c.payload {
                            first = *c.get();
                        }
                    }
                }
            }
            let nlocals = co.varnames.len();
            let ncell = co.cellvars.len();
            let class_idx = co.freevars.iter().position(|n| n == "__class__");
            let cls = match class_idx {
                Some(i) => match vm.stack[base + nlocals + ncell + i] {
                    Value::Obj(c) => match &c.payload {
                        Payload::Cell(c) => *c.get(),
                        _ => Value::Empty,
                    },
                    _ => Value::Empty,
                },
                None => return Err(PyErr::runtime_error("super(): __class__ cell not found")),
            };
            match cls {
                Value::Obj(c) if c.as_type().is_some() => (c, first),
                _ => return Err(PyErr::runtime_error("super(): empty __class__ cell")),
            }
        }
        1 | 2 => {
            let t = match args[0].as_obj() {
                Some(t) if t.as_type().is_some() => t,
                _ => {
                    return Err(PyErr::type_error(format!(
                        "super() argument 1 must be a type, not {}",
                        vm.type_name(args[0])
                    )))
                }
            };
            (t, args.get(1).copied().unwrap_or(Value::None))
        }
        _ => return Err(PyErr::type_error("super() takes at most 2 arguments")),
    };
    let obj_type = match obj {
        Value::Obj(o) if o.as_type().is_some() && vm.is_subtype(o, ty) => o,
        _ => {
            let t = vm.type_of(obj);
            if !vm.is_subtype(t, ty) && !obj.is_none() {
                return Err(PyErr::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            t
        }
    };
    let st = vm.types.super_;
    Ok(Value::Obj(
        vm.alloc(st, Payload::Super { ty, obj, obj_type }),
    ))
}

/// Attribute lookup through a super object.
pub fn super_getattr(vm: &mut Vm, sup: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
    let (ty, obj, obj_type) = match &sup.payload {
        Payload::Super { ty, obj, obj_type } => (*ty, *obj, *obj_type),
        _ => return Ok(None),
    };
    let mro = obj_type.as_type().unwrap().mro.get().clone();
    let start = mro
        .iter()
        .position(|c| *c == ty)
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for c in &mro[start..] {
        let d = c.as_type().unwrap().dict;
        if let Some(v) = vm.dict_get_str_pure(d, name) {
            let inst = if matches!(obj, Value::Obj(o) if o == obj_type) {
                Value::Empty
            } else {
                obj
            };
            return match v.payload() {
                Some(Payload::ClassMethod(_)) => vm.bind_descriptor(v, inst, obj_type).map(Some),
                Some(Payload::StaticMethod(f)) => Ok(Some(*f)),
                _ if inst.is_empty() => Ok(Some(v)),
                _ => vm.bind_descriptor(v, inst, obj_type).map(Some),
            };
        }
    }
    Ok(None)
}

/// `type.__call__(cls, *args, **kw)`
fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(cls)) => vm.call_construct(*cls, &args[1..], kw),
        _ => Err(PyErr::type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        )),
    }
}
