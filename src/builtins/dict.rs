//! Methods of `dict` and its views.

use super::{check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if o.as_dict().is_some() => Ok(*o),
        other => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            other.map(|v| vm.type_name(*v)).unwrap_or_default()
        ))),
    }
}

/// Register dict methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.dict;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("update", update),
        ("clear", clear),
        ("copy", copy),
        ("__len__", super::container_dunders::len),
        ("__getitem__", super::container_dunders::getitem),
        ("__setitem__", super::container_dunders::setitem),
        ("__delitem__", super::container_dunders::delitem),
        ("__contains__", super::container_dunders::contains),
        ("__iter__", super::container_dunders::iter),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
    vm.add_classmethod(t, "fromkeys", fromkeys);
    for ty in [
        vm.types.dict_keys,
        vm.types.dict_values,
        vm.types.dict_items,
    ] {
        vm.add_method(ty, "__len__", super::container_dunders::len);
        vm.add_method(ty, "__iter__", super::container_dunders::iter);
        vm.add_method(ty, "__contains__", super::container_dunders::contains);
    }
    vm.add_method(vm.types.dict_keys, "isdisjoint", super::set::isdisjoint_any);
    install_mappingproxy(vm);
}

/// `mappingproxy`: every method reads the dict it wraps.
fn install_mappingproxy(vm: &mut Vm) {
    let t = vm.types.mappingproxy;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("keys", |vm, a, k| keys(vm, &proxied(a), k)),
        ("values", |vm, a, k| values(vm, &proxied(a), k)),
        ("items", |vm, a, k| items(vm, &proxied(a), k)),
        ("get", |vm, a, k| get(vm, &proxied(a), k)),
        ("copy", |vm, a, k| copy(vm, &proxied(a), k)),
        ("__len__", |vm, a, k| {
            super::container_dunders::len(vm, &proxied(a), k)
        }),
        ("__getitem__", |vm, a, k| {
            super::container_dunders::getitem(vm, &proxied(a), k)
        }),
        ("__contains__", |vm, a, k| {
            super::container_dunders::contains(vm, &proxied(a), k)
        }),
        ("__iter__", |vm, a, k| {
            super::container_dunders::iter(vm, &proxied(a), k)
        }),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
}

/// The arguments with a mappingproxy `self` replaced by the dict it wraps.
fn proxied(args: &[Value]) -> smallvec::SmallVec<[Value; 4]> {
    let mut a: smallvec::SmallVec<[Value; 4]> = args.into();
    if let Some(Payload::MappingProxy(d)) = a.first().and_then(|v| v.payload()) {
        a[0] = Value::Obj(*d);
    }
    a
}

fn view(vm: &mut Vm, d: ObjRef, kind: u8) -> Value {
    let ty = match kind {
        0 => vm.types.dict_keys,
        1 => vm.types.dict_values,
        _ => vm.types.dict_items,
    };
    Value::Obj(vm.alloc(ty, Payload::DictView { dict: d, kind }))
}

fn keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("keys", kw)?;
    let d = this(vm, args, "keys")?;
    Ok(view(vm, d, 0))
}
fn values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("values", kw)?;
    let d = this(vm, args, "values")?;
    Ok(view(vm, d, 1))
}
fn items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("items", kw)?;
    let d = this(vm, args, "items")?;
    Ok(view(vm, d, 2))
}

fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("get", kw)?;
    let d = this(vm, args, "get")?;
    check_args("get", &args[1..], 1, 2)?;
    Ok(vm
        .dict_get(d, args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("setdefault", kw)?;
    let d = this(vm, args, "setdefault")?;
    check_args("setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(v);
    }
    let v = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(d, args[1], v)?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("pop", kw)?;
    let d = this(vm, args, "pop")?;
    check_args("pop", &args[1..], 1, 2)?;
    match vm.dict_pop(d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => Err(PyErr::key_error(args[1])),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("popitem", kw)?;
    let d = this(vm, args, "popitem")?;
    match d.as_dict().unwrap().get().pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(PyErr::key_error(
            vm.new_str("popitem(): dictionary is empty"),
        ))
        .map_err(|_| {
            PyErr::msg(
                crate::vm::ExcKind::KeyError,
                "popitem(): dictionary is empty",
            )
        }),
    }
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    check_args("update", &args[1..], 0, 1)?;
    super::construct::dict_update(vm, d, args.get(1).copied(), kw)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("clear", kw)?;
    let d = this(vm, args, "clear")?;
    d.as_dict().unwrap().get().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("copy", kw)?;
    let d = this(vm, args, "copy")?;
    let n = vm.new_dict();
    vm.dict_update_from(n, Value::Obj(d), false)?;
    Ok(Value::Obj(n))
}

fn fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("fromkeys", kw, &[])?;
    check_args("fromkeys", &args[1..], 1, 2)?;
    let keys = vm.collect_iterable(args[1])?;
    let v = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "value"))
        .unwrap_or(Value::None);
    let d = vm.new_dict();
    for k in keys {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// `==` between two dicts.
pub fn dict_eq(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    let len = |d: ObjRef| d.as_dict().map_or(0, |t| t.get().len());
    if len(a) != len(b) {
        return Ok(false);
    }
    let items = crate::vm::dictops::dict_items(a);
    for (k, v) in items {
        match vm.dict_get(b, k)? {
            Some(w) => {
                if !v.is(w) && !vm.eq(v, w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
