//! Comparisons: `==`, `<` and the rest between built-in values (numbers
//! compared exactly across int, float and big int; sequences item by item;
//! sets by inclusion), and the rich-comparison protocol for user classes with
//! its reflected-operand rules (a subclass's reflected method first, then
//! `NotImplemented` passing to the other side, then identity for `==`/`!=`).

use num_bigint::BigInt;

use super::ops::{as_num, Num};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::CmpOp;
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// Rich comparison with the reflected fallback and CPython's TypeError.
    pub fn rich_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = super::fastpath::fast_compare(op, a, b) {
            return Ok(Value::Bool(r));
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let (ua, ub) = (self.type_is_user(ta), self.type_is_user(tb));
        if !ua && !ub {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let name = self.cmp_dunder_name(op);
            let rname = self.cmp_dunder_name(op.swapped());
            let mut tried_rev = false;
            if ub && ta != tb && self.is_subtype(tb, ta) {
                if let Some(f) = self.dispatch_dunder(tb, rname) {
                    tried_rev = true;
                    let r = self.call_dunder(f, b, a, tb)?;
                    if !self.is_not_implemented(r) {
                        return Ok(r);
                    }
                }
            }
            // Derived classes without their own method compare as their base.
            let (da, db) = (self.type_is_derived(ta), self.type_is_derived(tb));
            let (va, vb) = (Vm::unboxed(a), Vm::unboxed(b));
            let mut own = None;
            if ua {
                own = self.dispatch_dunder(ta, name);
                if let Some(f) = own {
                    let r = self.call_dunder(f, a, b, ta)?;
                    if !self.is_not_implemented(r) {
                        return Ok(r);
                    }
                }
            }
            if !ua || (da && own.is_none()) {
                if let Some(r) = self.builtin_compare(va, vb, op)? {
                    return Ok(Value::Bool(r));
                }
            }
            if !tried_rev {
                let mut own = None;
                if ub {
                    own = self.dispatch_dunder(tb, rname);
                    if let Some(f) = own {
                        let r = self.call_dunder(f, b, a, tb)?;
                        if !self.is_not_implemented(r) {
                            return Ok(r);
                        }
                    }
                }
                if (!ub && ua) || (db && own.is_none()) {
                    if let Some(r) = self.builtin_compare(vb, va, op.swapped())? {
                        return Ok(Value::Bool(r));
                    }
                }
            }
            if op == CmpOp::Ne {
                // Default __ne__ inverts __eq__.
                if ua {
                    let eqn = self.names.__eq__;
                    if let Some(f) = self.lookup_in_mro(ta, eqn) {
                        let r = self.call_dunder(f, a, b, ta)?;
                        if !self.is_not_implemented(r) {
                            let t = self.truthy(r)?;
                            return Ok(Value::Bool(!t));
                        }
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// `==`/`!=` between weak references (their referents) or bound methods
    /// (same object, equal functions); None for anything else.
    #[cold]
    #[inline(never)]
    fn compare_refs_and_methods(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        if let Some(r) = crate::stdlib::weakref::compare(self, a, b, op)? {
            return Ok(Some(r));
        }
        if let (
            Some(Payload::Method { func: f, self_: s }),
            Some(Payload::Method { func: g, self_: t }),
            CmpOp::Eq | CmpOp::Ne,
        ) = (a.payload(), b.payload(), op)
        {
            let (f, g, same) = (*f, *g, s.is(*t));
            let equal = same && (f.is(g) || self.eq(f, g)?);
            return Ok(Some(equal == (op == CmpOp::Eq)));
        }
        Ok(None)
    }

    /// Comparisons between built-in values; None when unsupported.
    pub(crate) fn builtin_compare(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        if let Some(r) = crate::stdlib::array::compare(self, a, b, op)? {
            return Ok(Some(r));
        }
        let is_view = |v: Value| matches!(v.payload(), Some(Payload::MemoryView(_)));
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && (is_view(a) || is_view(b)) {
            use crate::builtins::memoryview::equal;
            let r = match equal(self, a, b)? {
                Some(r) => Some(r),
                None => equal(self, b, a)?,
            };
            if let Some(r) = r {
                return Ok(Some(r == (op == CmpOp::Eq)));
            }
        }
        // A mappingproxy compares as the mapping it wraps.
        let proxied = |v: Value| match v.payload() {
            Some(Payload::MappingProxy(d)) => Some(Value::Obj(*d)),
            _ => None,
        };
        let (pa, pb) = (proxied(a), proxied(b));
        if pa.is_some() || pb.is_some() {
            let r = self.rich_compare(pa.unwrap_or(a), pb.unwrap_or(b), op)?;
            return Ok(Some(self.truthy(r)?));
        }
        let ord: Option<Ordering> = match (as_num(a), as_num(b)) {
            (Some(x), Some(y)) => {
                if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
                    let (p, q) = (x.complex()?, y.complex()?);
                    return match op {
                        CmpOp::Eq => Ok(Some(p == q)),
                        CmpOp::Ne => Ok(Some(p != q)),
                        _ => Ok(None),
                    };
                }
                match (&x, &y) {
                    (Num::Float(f), _) | (_, Num::Float(f)) if f.is_nan() => {
                        return Ok(Some(op == CmpOp::Ne));
                    }
                    _ => {}
                }
                Some(num_cmp(&x, &y))
            }
            _ => {
                let (ao, bo) = match (a, b) {
                    (Value::Obj(x), Value::Obj(y)) => (x, y),
                    (Value::None, Value::None) => {
                        return Ok(match op {
                            CmpOp::Eq => Some(true),
                            CmpOp::Ne => Some(false),
                            _ => None,
                        })
                    }
                    _ => return Ok(None),
                };
                match (&ao.payload, &bo.payload) {
                    (Payload::Str(s), Payload::Str(t)) => Some(s.as_str().cmp(t.as_str())),
                    (Payload::Bytes(s), Payload::Bytes(t)) => Some(s.cmp(t)),
                    (Payload::ByteArray(s), Payload::ByteArray(t)) => {
                        Some(s.get().as_slice().cmp(t.get().as_slice()))
                    }
                    (Payload::ByteArray(s), Payload::Bytes(t)) => {
                        Some(s.get().as_slice().cmp(&t[..]))
                    }
                    (Payload::Bytes(s), Payload::ByteArray(t)) => {
                        Some(s[..].cmp(t.get().as_slice()))
                    }
                    (Payload::List(_), Payload::List(_))
                    | (Payload::Tuple(_), Payload::Tuple(_)) => {
                        return self.seq_compare(ao, bo, op).map(Some);
                    }
                    (
                        Payload::WeakRef(_) | Payload::Method { .. },
                        Payload::WeakRef(_) | Payload::Method { .. },
                    ) => return self.compare_refs_and_methods(a, b, op),
                    (Payload::Dict(_), Payload::Dict(_)) => {
                        return match op {
                            CmpOp::Eq | CmpOp::Ne => {
                                let e = crate::builtins::dict::dict_eq(self, ao, bo)?;
                                Ok(Some(e == (op == CmpOp::Eq)))
                            }
                            _ => Ok(None),
                        };
                    }
                    (
                        Payload::Set(_) | Payload::FrozenSet(_),
                        Payload::Set(_) | Payload::FrozenSet(_),
                    ) => {
                        return crate::builtins::set::set_compare(self, ao, bo, op).map(Some);
                    }
                    (Payload::DictView { .. }, Payload::DictView { .. })
                    | (Payload::DictView { .. }, Payload::Set(_) | Payload::FrozenSet(_))
                    | (Payload::Set(_) | Payload::FrozenSet(_), Payload::DictView { .. }) => {
                        return crate::builtins::set::view_compare(self, a, b, op).map(Some);
                    }
                    (
                        Payload::Range {
                            start: s1,
                            stop: e1,
                            step: p1,
                        },
                        Payload::Range {
                            start: s2,
                            stop: e2,
                            step: p2,
                        },
                    ) => {
                        let l1 = crate::builtins::range_len(*s1, *e1, *p1);
                        let l2 = crate::builtins::range_len(*s2, *e2, *p2);
                        let eq = l1 == l2 && (l1 == 0 || (s1 == s2 && (l1 == 1 || p1 == p2)));
                        return Ok(match op {
                            CmpOp::Eq => Some(eq),
                            CmpOp::Ne => Some(!eq),
                            _ => None,
                        });
                    }
                    (
                        Payload::Slice {
                            start: a1,
                            stop: b1,
                            step: c1,
                        },
                        Payload::Slice {
                            start: a2,
                            stop: b2,
                            step: c2,
                        },
                    ) => {
                        let t1 = self.new_tuple(vec![*a1, *b1, *c1]);
                        let t2 = self.new_tuple(vec![*a2, *b2, *c2]);
                        return self.builtin_compare(t1, t2, op);
                    }
                    _ => {
                        return Ok(match op {
                            CmpOp::Eq if ao == bo => Some(true),
                            CmpOp::Ne if ao == bo => Some(false),
                            _ => None,
                        })
                    }
                }
            }
        };
        let ord = match ord {
            Some(o) => o,
            None => return Ok(None),
        };
        Ok(Some(match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        }))
    }

    /// Lexicographic comparison of two lists or two tuples.
    fn seq_compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
        let get = |o: ObjRef, i: usize| -> Option<Value> {
            match &o.payload {
                Payload::List(l) => l.get().get(i).copied(),
                Payload::Tuple(t) => t.get(i).copied(),
                _ => None,
            }
        };
        let len = |o: ObjRef| -> usize {
            match &o.payload {
                Payload::List(l) => l.get().len(),
                Payload::Tuple(t) => t.len(),
                _ => 0,
            }
        };
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && len(a) != len(b) {
            return Ok(op == CmpOp::Ne);
        }
        let mut i = 0;
        loop {
            let (x, y) = match (get(a, i), get(b, i)) {
                (Some(x), Some(y)) => (x, y),
                _ => break,
            };
            if !x.is(y) && !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.rich_compare(x, y, op)?;
                        self.truthy(r)
                    }
                };
            }
            i += 1;
        }
        Ok(super::fastpath::compare_ord(op, len(a), len(b)))
    }

    /// `a < b` as a bool (used by sorting, min, max).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = super::fastpath::fast_compare(CmpOp::Lt, a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Lt)?;
        self.truthy(r)
    }
}

fn num_cmp(x: &Num, y: &Num) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (x, y) {
        (Num::Small(a), Num::Small(b)) => a.cmp(b),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        (Num::Float(f), other) => float_int_cmp(*f, &other.to_big()),
        (other, Num::Float(f)) => float_int_cmp(*f, &other.to_big()).reverse(),
        _ => x.to_big().cmp(&y.to_big()),
    }
}

/// Exact comparison of a float with an int.
fn float_int_cmp(f: f64, i: &BigInt) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        };
    }
    let fl = f.floor();
    let fi = num_bigint::BigInt::from(fl as i128);
    let fi = if fl.abs() < 1.7e38 {
        fi
    } else {
        crate::builtins::float_to_bigint(fl)
    };
    match fi.cmp(i) {
        Ordering::Equal => {
            if f > fl {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}
