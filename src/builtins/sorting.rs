//! Ordering built-ins: `sorted`, `list.sort` (through `sort_with_kw`), `min` and
//! `max`. Sorting is a stable merge sort over indices with a fallible less-than;
//! keys that compare without Python code (numbers, strs, tuples of them) take a
//! direct comparison first.

use super::{check_kwargs, kwarg};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Stable merge sort with a fallible less-than.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf = idx.clone();
    // Keys that compare without Python code (numbers, strs, tuples of them) are
    // compared directly; the first pair that cannot be sends the whole sort, from
    // the original order, down the general path. Reverse keeps stability by sorting
    // with "greater" as "less".
    let mut pure_less = |a: Value, b: Value| {
        pure_cmp(a, b)
            .map(|o| o == std::cmp::Ordering::Less)
            .ok_or(())
    };
    if merge_sort(&mut pure_less, &mut idx, &mut buf, &keys, reverse).is_err() {
        idx = (0..n).collect();
        let mut less = |a: Value, b: Value| vm.less_than(a, b);
        merge_sort(&mut less, &mut idx, &mut buf, &keys, reverse)?;
    }
    let orig = items.clone();
    for (i, j) in idx.into_iter().enumerate() {
        items[i] = orig[j];
    }
    Ok(())
}

/// The order of two values when it needs no Python code: ints (and bools), floats
/// other than NaN, strs, and tuples of such values. None otherwise.
fn pure_cmp(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    let small = |v: Value| match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    };
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        return Some(x.cmp(&y));
    }
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.as_str().cmp(t.as_str())),
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                // Python compares tuples at the first position whose items differ.
                for (u, v) in s.iter().zip(t.iter()) {
                    match pure_cmp(*u, *v)? {
                        Ordering::Equal => continue,
                        other => return Some(other),
                    }
                }
                Some(s.len().cmp(&t.len()))
            }
            _ => None,
        },
        _ => None,
    }
}

fn merge_sort<E>(
    less_than: &mut impl FnMut(Value, Value) -> Result<bool, E>,
    idx: &mut [usize],
    buf: &mut [usize],
    keys: &[Value],
    reverse: bool,
) -> Result<(), E> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 12 {
        // insertion sort
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let (a, b) = (keys[idx[j]], keys[idx[j - 1]]);
                let less = if reverse {
                    less_than(b, a)?
                } else {
                    less_than(a, b)?
                };
                if less {
                    idx.swap(j, j - 1);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(less_than, l, bl, keys, reverse)?;
        merge_sort(less_than, r, br, keys, reverse)?;
    }
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        let (a, b) = (keys[idx[j]], keys[idx[i]]);
        // take right only if right < left (stability)
        let take_right = if reverse {
            less_than(b, a)?
        } else {
            less_than(a, b)?
        };
        if take_right {
            buf[k] = idx[j];
            j += 1;
        } else {
            buf[k] = idx[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = idx[i];
        i += 1;
        k += 1;
    }
    while j < n {
        buf[k] = idx[j];
        j += 1;
        k += 1;
    }
    idx.copy_from_slice(&buf[..n]);
    Ok(())
}

/// Shared by `sorted` and `list.sort`: sort `items` in place.
pub fn sort_with_kw(vm: &mut Vm, items: &mut Vec<Value>, kw: Kw, fname: &str) -> PyResult<()> {
    check_kwargs(fname, kw, &["key", "reverse"])?;
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let keys = match kwarg(kw, "key") {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call(k, &[*v], &[])?);
            }
            Some(ks)
        }
        _ => None,
    };
    sort_values(vm, items, keys, reverse)
}

pub(super) fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect_iterable(args[0])?;
    let l = vm.new_list(Vec::new());
    vm.tmp_roots.push(l);
    let r = sort_with_kw(vm, &mut items, kw, "sort");
    vm.tmp_roots.pop();
    r?;
    Ok(vm.new_list(items))
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    check_kwargs(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    let items = match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect_iterable(args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best], &[])?,
        None => best,
    };
    for &v in &items[1..] {
        let k = match key {
            Some(kf) => vm.call(kf, &[v], &[])?,
            None => v,
        };
        // CPython compares `item > best` for max and `item < best` for min.
        let op = if is_max {
            crate::bytecode::CmpOp::Gt
        } else {
            crate::bytecode::CmpOp::Lt
        };
        let better = match crate::vm::fastpath::fast_compare(op, k, best_key) {
            Some(b) => b,
            None => {
                let r = vm.rich_compare(k, best_key, op)?;
                vm.truthy(r)?
            }
        };
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

pub(super) fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}
pub(super) fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}
