//! Methods of `list` and `tuple`.

use super::{check_args, no_kwargs};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn this_list(vm: &Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if o.as_list().is_some() => Ok(*o),
        other => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            other.map(|v| vm.type_name(*v)).unwrap_or_default()
        ))),
    }
}

/// Register list and tuple methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.list;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("sort", sort),
        ("clear", clear),
        ("copy", copy),
        ("__len__", super::container_dunders::len),
        ("__getitem__", super::container_dunders::getitem),
        ("__setitem__", super::container_dunders::setitem),
        ("__contains__", super::container_dunders::contains),
        ("__iter__", super::container_dunders::iter),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
    let t = vm.types.tuple;
    vm.add_method(t, "index", index);
    vm.add_method(t, "count", count);
    vm.add_method(t, "__len__", super::container_dunders::len);
    vm.add_method(t, "__getitem__", super::container_dunders::getitem);
    vm.add_method(t, "__contains__", super::container_dunders::contains);
    vm.add_method(t, "__iter__", super::container_dunders::iter);
    install_range_slice(vm);
}

fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("append", kw)?;
    let l = this_list(vm, args, "append")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    l.as_list().unwrap().get().push(args[1]);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("extend", kw)?;
    let l = this_list(vm, args, "extend")?;
    check_args("extend", &args[1..], 1, 1)?;
    let items = vm.collect_iterable(args[1])?;
    l.as_list().unwrap().get().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("insert", kw)?;
    let l = this_list(vm, args, "insert")?;
    check_args("insert", &args[1..], 2, 2)?;
    let i = vm.to_index(args[1])?;
    let v = l.as_list().unwrap().get();
    let n = v.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(pos as usize, args[2]);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("pop", kw)?;
    let l = this_list(vm, args, "pop")?;
    check_args("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let v = l.as_list().unwrap().get();
    if v.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    Ok(v.remove(j as usize))
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("remove", kw)?;
    let l = this_list(vm, args, "remove")?;
    check_args("remove", &args[1..], 1, 1)?;
    let mut i = 0;
    while let Some(x) = l.as_list().unwrap().get().get(i).copied() {
        if vm.eq(x, args[1])? {
            let v = l.as_list().unwrap().get();
            if i < v.len() {
                v.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn seq_items(v: Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.get().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("index", kw)?;
    check_args("index", &args[1..], 1, 3)?;
    let items = seq_items(args[0]);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => norm(vm.to_index(*v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(vm.to_index(*v)?),
        None => n,
    };
    for i in start..stop {
        if vm.eq(items[i as usize], args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let is_list = matches!(args[0].payload(), Some(Payload::List(_)));
    if is_list {
        let r = vm.repr(args[1])?;
        Err(PyErr::value_error(format!("{r} is not in list")))
    } else {
        Err(PyErr::value_error("tuple.index(x): x not in tuple"))
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    check_args("count", &args[1..], 1, 1)?;
    let items = seq_items(args[0]);
    let mut c = 0;
    for x in items {
        if vm.eq(x, args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("reverse", kw)?;
    let l = this_list(vm, args, "reverse")?;
    l.as_list().unwrap().get().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this_list(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    // Like CPython, the list appears empty while it is being sorted.
    let mut items = std::mem::take(l.as_list().unwrap().get());
    let r = super::sorting::sort_with_kw(vm, &mut items, kw, "sort");
    let modified = !l.as_list().unwrap().get().is_empty();
    *l.as_list().unwrap().get() = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("clear", kw)?;
    let l = this_list(vm, args, "clear")?;
    l.as_list().unwrap().get().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("copy", kw)?;
    let l = this_list(vm, args, "copy")?;
    let items = l.as_list().unwrap().get().clone();
    Ok(vm.new_list(items))
}

fn range_parts(v: Value) -> (i64, i64, i64) {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => (*start, *stop, *step),
        _ => (0, 0, 1),
    }
}
fn big_part(vm: &mut Vm, v: Value, i: usize) -> Option<Value> {
    match v.payload() {
        Some(Payload::BigRange(r)) => {
            let b = r[i].clone();
            Some(vm.new_int(b))
        }
        _ => None,
    }
}
fn range_start(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(big_part(vm, args[0], 0).unwrap_or(Value::Int(range_parts(args[0]).0)))
}
fn range_stop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(big_part(vm, args[0], 1).unwrap_or(Value::Int(range_parts(args[0]).1)))
}
fn range_step(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(big_part(vm, args[0], 2).unwrap_or(Value::Int(range_parts(args[0]).2)))
}
fn range_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("index", &args[1..], 1, 1)?;
    let (start, stop, step) = range_parts(args[0]);
    if let Value::Int(i) = args[1] {
        let inr = if step > 0 {
            i >= start && i < stop
        } else {
            i <= start && i > stop
        };
        if inr && (i - start) % step == 0 {
            return Ok(Value::Int((i - start) / step));
        }
    }
    let r = vm.repr(args[1])?;
    Err(PyErr::value_error(format!("{r} is not in range")))
}
fn range_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("count", &args[1..], 1, 1)?;
    Ok(Value::Int(vm.contains(args[0], args[1])? as i64))
}
fn slice_part(v: Value, i: usize) -> Value {
    match v.payload() {
        Some(Payload::Slice { start, stop, step }) => [*start, *stop, *step][i],
        _ => Value::None,
    }
}
fn slice_start(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(slice_part(args[0], 0))
}
fn slice_stop(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(slice_part(args[0], 1))
}
fn slice_step(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(slice_part(args[0], 2))
}
fn slice_indices(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("indices", &args[1..], 1, 1)?;
    let n = vm.to_index(args[1])?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let s = vm.slice_indices(args[0].as_obj().unwrap(), n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(s.start),
        Value::Int(s.stop),
        Value::Int(s.step),
    ]))
}

/// Register range and slice attributes.
pub fn install_range_slice(vm: &mut Vm) {
    let r = vm.types.range;
    vm.add_getter(r, "start", range_start);
    vm.add_getter(r, "stop", range_stop);
    vm.add_getter(r, "step", range_step);
    vm.add_method(r, "index", range_index);
    vm.add_method(r, "count", range_count);
    let s = vm.types.slice;
    vm.add_getter(s, "start", slice_start);
    vm.add_getter(s, "stop", slice_stop);
    vm.add_getter(s, "step", slice_step);
    vm.add_method(s, "indices", slice_indices);
}
