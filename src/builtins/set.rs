//! `set` and `frozenset`: operators and methods. Results are built with the table
//! operations of `objects::hashtable`, which reproduce CPython's iteration order.
//! Element equality here uses `eq_pure` (numbers, strings, tuples, identity); set
//! elements whose classes define `__eq__` compare by identity in these bulk
//! operations (single-element add/remove/`in` use the full protocol).

use super::{check_args, no_kwargs};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::hashtable::SetTable;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::dictops::eq_pure;
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Equality of two elements that are both `pure_key`s.
fn peq(a: &Value, b: &Value) -> bool {
    eq_pure(*a, *b).unwrap_or_else(|| a.is(*b))
}

/// Is `k` compared without running Python code (an unboxed value, or a
/// built-in str/int/bytes/float/complex/type/function, or a tuple or
/// frozenset of such)? The table-level set operations compare with `peq`;
/// sets holding anything else take the element-by-element path through the
/// VM, which honours `__eq__`.
fn pure_key(k: Value) -> bool {
    let Value::Obj(o) = k else {
        return true;
    };
    if !o.ty().as_type().is_some_and(|t| t.builtin) {
        return false;
    }
    match &o.payload {
        Payload::Str(_)
        | Payload::Int(_)
        | Payload::Bytes(_)
        | Payload::Boxed(_)
        | Payload::Complex(..)
        | Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Code(_)
        | Payload::Module { .. } => true,
        Payload::Tuple(items) => items.iter().all(|v| pure_key(*v)),
        Payload::FrozenSet(t) => t.get().iter().all(|(_, v)| pure_key(v)),
        _ => false,
    }
}

/// Run a table-level operation with `peq`-like equality; None when it had to
/// compare a pair that needs Python's `__eq__` (the caller then takes the
/// element-by-element path). Only for operations that change nothing.
fn pure_attempt<R>(op: impl FnOnce(&mut dyn FnMut(&Value, &Value) -> bool) -> R) -> Option<R> {
    let mut impure = false;
    let r = op(&mut |a: &Value, b: &Value| {
        eq_pure(*a, *b).unwrap_or_else(|| {
            impure = true;
            false
        })
    });
    (!impure).then_some(r)
}

/// Are all elements of both sets `pure_key`s? (For the operations that
/// change a set in place, checked before they start.)
fn pure_sets(a: ObjRef, b: ObjRef) -> bool {
    let pure = |o: ObjRef| table(o).is_some_and(|t| t.iter().all(|(_, k)| pure_key(k)));
    pure(a) && pure(b)
}

/// The elements of set `o`.
fn elements(o: ObjRef) -> Vec<Value> {
    table(o)
        .map(|t| t.iter().map(|(_, k)| k).collect())
        .unwrap_or_default()
}

/// `a op b` element by element through the VM (user `__eq__`/`__hash__`),
/// into `out` (rooted by the caller).
fn slow_binop(vm: &mut Vm, a: ObjRef, b: ObjRef, op: BinOp, out: ObjRef) -> PyResult<()> {
    match op {
        BinOp::Or => {
            for k in elements(a).into_iter().chain(elements(b)) {
                vm.set_add(out, k)?;
            }
        }
        BinOp::And => {
            // As CPython: the smaller set's elements, kept if in the other.
            let (small, big) = if set_len(b) > set_len(a) {
                (a, b)
            } else {
                (b, a)
            };
            for k in elements(small) {
                if vm.set_contains(big, k)? {
                    vm.set_add(out, k)?;
                }
            }
        }
        BinOp::Sub => {
            for k in elements(a) {
                if !vm.set_contains(b, k)? {
                    vm.set_add(out, k)?;
                }
            }
        }
        BinOp::Xor => {
            for k in elements(a) {
                vm.set_add(out, k)?;
            }
            for k in elements(b) {
                if !vm.set_discard(out, k)? {
                    vm.set_add(out, k)?;
                }
            }
        }
        _ => return Err(PyErr::type_error("bad set operation")),
    }
    Ok(())
}

fn set_len(o: ObjRef) -> usize {
    table(o).map_or(0, |t| t.len())
}

/// Run `f` with `v` rooted (Python code it runs may collect).
fn rooted<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Vm) -> R) -> R {
    let mark = vm.tmp_roots.len();
    vm.tmp_roots.push(v);
    let r = f(vm);
    vm.tmp_roots.truncate(mark);
    r
}

fn table(o: ObjRef) -> Option<&'static mut SetTable<Value>> {
    match &o.payload {
        Payload::Set(t) | Payload::FrozenSet(t) => Some(crate::objects::object::extend_set(t)),
        _ => None,
    }
}

fn make(vm: &mut Vm, frozen: bool, t: SetTable<Value>) -> Value {
    let ty = if frozen {
        vm.types.frozenset
    } else {
        vm.types.set
    };
    let p = if frozen {
        Payload::FrozenSet(Mut::new(t))
    } else {
        Payload::Set(Mut::new(t))
    };
    Value::Obj(vm.alloc(ty, p))
}

/// A temporary set holding the items of any iterable.
fn to_set(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) {
            return Ok(o);
        }
    }
    let s = vm.new_set(true);
    set_update_from(vm, s, v)?;
    Ok(s)
}

/// Add every item of an iterable to a set.
pub fn set_update_from(vm: &mut Vm, s: ObjRef, v: Value) -> PyResult<()> {
    if let Value::Obj(o) = v {
        if let Some(src) = table(o) {
            if o != s {
                if pure_sets(o, s) {
                    let src = src.copy();
                    table(s).unwrap().merge(&src, peq);
                } else {
                    for k in elements(o) {
                        vm.set_add(s, k)?;
                    }
                }
            }
            return Ok(());
        }
        if let Payload::Dict(d) = &o.payload {
            let keys: Vec<Value> = d.get().keys().collect();
            for k in keys {
                vm.set_add(s, k)?;
            }
            return Ok(());
        }
    }
    let items = vm.collect_iterable(v)?;
    for it in items {
        vm.set_add(s, it)?;
    }
    Ok(())
}

/// `a op b` for two sets.
pub fn set_binop(vm: &mut Vm, a: ObjRef, b: ObjRef, op: BinOp) -> PyResult<Value> {
    let frozen = matches!(a.payload, Payload::FrozenSet(_));
    let (ta, tb) = (table(a).unwrap(), table(b).unwrap());
    let fast = match op {
        BinOp::Or => pure_attempt(|eq| ta.union(tb, eq)),
        BinOp::And => pure_attempt(|eq| ta.intersection(tb, eq)),
        BinOp::Sub => pure_attempt(|eq| ta.difference(tb, eq)),
        BinOp::Xor => pure_attempt(|eq| ta.symmetric_difference(tb, eq)),
        _ => return Err(PyErr::type_error("bad set operation")),
    };
    if let Some(r) = fast {
        return Ok(make(vm, frozen, r));
    }
    {
        let out = make(vm, false, SetTable::new());
        let o = out.as_obj().expect("a new set");
        rooted(vm, out, |vm| slow_binop(vm, a, b, op, o))?;
        if !frozen {
            return Ok(out);
        }
        let body = table(o).expect("a set").copy();
        Ok(make(vm, true, body))
    }
}

/// `a op= b` for sets.
pub fn set_inplace(vm: &mut Vm, a: ObjRef, b: ObjRef, op: BinOp) -> PyResult<()> {
    let ta = table(a).unwrap();
    if a != b && !pure_sets(a, b) {
        let out = make(vm, false, SetTable::new());
        rooted(vm, out, |vm| {
            slow_binop(vm, a, b, op, out.as_obj().expect("a new set"))
        })?;
        let result = table(out.as_obj().expect("a new set"))
            .expect("a set")
            .copy();
        ta.replace_body(result);
        return Ok(());
    }
    if a == b {
        match op {
            BinOp::Sub | BinOp::Xor => ta.clear(),
            _ => {}
        }
        return Ok(());
    }
    let tb = table(b).unwrap().copy();
    match op {
        BinOp::Or => ta.merge(&tb, peq),
        BinOp::And => {
            let r = ta.intersection(&tb, peq);
            ta.replace_body(r);
        }
        BinOp::Sub => ta.difference_update(tb.iter().collect::<Vec<_>>(), peq),
        BinOp::Xor => ta.symmetric_difference_update(tb.iter().collect::<Vec<_>>(), peq),
        _ => {}
    }
    Ok(())
}

fn is_subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    let (ta, tb) = (table(a).unwrap(), table(b).unwrap());
    if ta.len() > tb.len() {
        return Ok(false);
    }
    let fast = pure_attempt(|eq| ta.iter().all(|(h, k)| tb.find(h, |x| eq(x, &k)).is_some()));
    if let Some(r) = fast {
        return Ok(r);
    }
    for k in elements(a) {
        if !vm.set_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparisons between sets (subset order).
pub fn set_compare(vm: &mut Vm, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (table(a).unwrap().len(), table(b).unwrap().len());
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}

/// Set operators involving dict views (`d.keys() & s`).
pub fn view_binop(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let sa = to_set(vm, a)?;
    let sb = to_set(vm, b)?;
    let r = set_binop(vm, sa, sb, op)?;
    // Result of a view operation is a plain set.
    let t = table(r.as_obj().unwrap()).unwrap().copy();
    Ok(make(vm, false, t))
}

/// Comparisons involving dict views.
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
    let sa = to_set(vm, a)?;
    let sb = to_set(vm, b)?;
    set_compare(vm, sa, sb, op)
}

/// Register set methods.
pub fn install(vm: &mut Vm) {
    for (ty, frozen) in [(vm.types.set, false), (vm.types.frozenset, true)] {
        let common: &[(&'static str, crate::objects::NativeFn)] = &[
            ("union", union),
            ("intersection", intersection),
            ("difference", difference),
            ("symmetric_difference", symmetric_difference),
            ("issubset", issubset),
            ("issuperset", issuperset),
            ("isdisjoint", isdisjoint_any),
            ("copy", copy),
            ("__len__", super::container_dunders::len),
            ("__contains__", super::container_dunders::contains),
            ("__iter__", super::container_dunders::iter),
        ];
        for (n, f) in common {
            vm.add_method(ty, n, *f);
        }
        if !frozen {
            let mutating: &[(&'static str, crate::objects::NativeFn)] = &[
                ("add", add),
                ("remove", remove),
                ("discard", discard),
                ("pop", pop),
                ("clear", clear),
                ("update", update),
                ("intersection_update", intersection_update),
                ("difference_update", difference_update),
                ("symmetric_difference_update", symmetric_difference_update),
            ];
            for (n, f) in mutating {
                vm.add_method(ty, n, *f);
            }
        }
    }
}

fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => {
            Ok(*o)
        }
        other => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            other.map(|v| vm.type_name(*v)).unwrap_or_default()
        ))),
    }
}

fn multi(vm: &mut Vm, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let frozen = matches!(s.payload, Payload::FrozenSet(_));
    let mut acc = make(vm, frozen, table(s).unwrap().copy());
    for other in &args[1..] {
        let o = to_set(vm, *other)?;
        acc = set_binop(vm, acc.as_obj().unwrap(), o, op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("union", kw)?;
    multi(vm, args, "union", BinOp::Or)
}
fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("intersection", kw)?;
    multi(vm, args, "intersection", BinOp::And)
}
fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("difference", kw)?;
    multi(vm, args, "difference", BinOp::Sub)
}
fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("symmetric_difference", kw)?;
    check_args("symmetric_difference", &args[1..], 1, 1)?;
    multi(vm, args, "symmetric_difference", BinOp::Xor)
}

fn issubset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issubset", kw)?;
    check_args("issubset", &args[1..], 1, 1)?;
    let s = this(vm, args, "issubset")?;
    let o = to_set(vm, args[1])?;
    Ok(Value::Bool(is_subset(vm, s, o)?))
}
fn issuperset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issuperset", kw)?;
    check_args("issuperset", &args[1..], 1, 1)?;
    let s = this(vm, args, "issuperset")?;
    let o = to_set(vm, args[1])?;
    Ok(Value::Bool(is_subset(vm, o, s)?))
}

/// `isdisjoint` for sets and dict key views.
pub fn isdisjoint_any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isdisjoint", kw)?;
    check_args("isdisjoint", &args[1..], 1, 1)?;
    let a = to_set(vm, args[0])?;
    let b = to_set(vm, args[1])?;
    let (ta, tb) = (table(a).unwrap(), table(b).unwrap());
    let fast = pure_attempt(|eq| !ta.iter().any(|(h, k)| tb.find(h, |x| eq(x, &k)).is_some()));
    if let Some(r) = fast {
        return Ok(Value::Bool(r));
    }
    for k in elements(a) {
        if vm.set_contains(b, k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("copy", kw)?;
    let s = this(vm, args, "copy")?;
    if matches!(s.payload, Payload::FrozenSet(_)) {
        return Ok(args[0]);
    }
    let t = table(s).unwrap().copy();
    Ok(make(vm, false, t))
}

fn add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("add", kw)?;
    check_args("add", &args[1..], 1, 1)?;
    let s = this(vm, args, "add")?;
    vm.set_add(s, args[1])?;
    Ok(Value::None)
}
fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("remove", kw)?;
    check_args("remove", &args[1..], 1, 1)?;
    let s = this(vm, args, "remove")?;
    if !vm.set_discard(s, args[1])? {
        return Err(PyErr::key_error(args[1]));
    }
    Ok(Value::None)
}
fn discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("discard", kw)?;
    check_args("discard", &args[1..], 1, 1)?;
    let s = this(vm, args, "discard")?;
    vm.set_discard(s, args[1])?;
    Ok(Value::None)
}
fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("pop", kw)?;
    let s = this(vm, args, "pop")?;
    match table(s).unwrap().pop() {
        Some((_, k)) => Ok(k),
        None => Err(PyErr::msg(
            crate::vm::ExcKind::KeyError,
            "pop from an empty set",
        )),
    }
}
fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("clear", kw)?;
    let s = this(vm, args, "clear")?;
    table(s).unwrap().clear();
    Ok(Value::None)
}
fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("update", kw)?;
    let s = this(vm, args, "update")?;
    for o in &args[1..] {
        set_update_from(vm, s, *o)?;
    }
    Ok(Value::None)
}
fn inplace_many(vm: &mut Vm, args: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    for o in &args[1..] {
        let other = to_set(vm, *o)?;
        set_inplace(vm, s, other, op)?;
    }
    Ok(Value::None)
}
fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("intersection_update", kw)?;
    inplace_many(vm, args, "intersection_update", BinOp::And)
}
fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("difference_update", kw)?;
    inplace_many(vm, args, "difference_update", BinOp::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("symmetric_difference_update", kw)?;
    inplace_many(vm, args, "symmetric_difference_update", BinOp::Xor)
}
