//! The dispatch loop.
//!
//! `run` executes the innermost frame and every frame it pushes, until an entry frame
//! returns (or yields). The outer loop reloads the current frame's state after a call
//! or return; the inner loop keeps `pc`, `base` and the instruction slice in locals.
//! Any failing instruction leaves the inner loop with the error (`'dispatch` break
//! value); `unwind` then finds a handler in this or a calling frame.
//!
//! Safepoints (GC) are backward jumps and function entry.

use super::errors::PyErrKind;
use super::fastpath::{fast_binop, fast_compare};
use super::frame::{Frame, OnReturn};
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::bytecode::opcodes::{BINOPS, CMPOPS};
use crate::bytecode::Instr;
use crate::objects::object::{CodeObj, IterKind};
use crate::objects::value::{load_value, pop_value};
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// Run until the current entry frame returns; see module docs.
    pub fn run(&mut self) -> PyResult<Value> {
        'frame: loop {
            let fidx = self.frames.len() - 1;
            let code_ref: ObjRef = self.frames[fidx].code;
            let code: &CodeObj = match &code_ref.payload {
                Payload::Code(c) => c,
                _ => unreachable!("frame without code"),
            };
            let instrs = &code.code.code[..];
            let base = self.frames[fidx].base;
            let mut pc = self.frames[fidx].pc;
            let mut reraise = false;
            let err: PyErr = 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                macro_rules! pop {
                    () => {
                        pop_value(&mut self.stack)
                    };
                }
                // A local variable's value, or UnboundLocalError.
                macro_rules! local {
                    ($i:expr) => {{
                        let i = $i;
                        let v = load_value(&self.stack, base + i);
                        if v.is_empty() {
                            break 'dispatch unbound_local(code, i);
                        }
                        v
                    }};
                }
                // `a op b` through the unboxed fast path first.
                macro_rules! binop {
                    ($op:expr, $a:expr, $b:expr) => {{
                        let (op, a, b) = ($op, $a, $b);
                        match fast_binop(op, a, b) {
                            Some(r) => r,
                            None => tri!(self.binary_op(a, b, op)),
                        }
                    }};
                }
                // `a op b` pushed, through the unboxed fast path first; an operator
                // method in Python gets a frame of its own (`binary_op_or_frame`), so
                // this ends the instruction.
                macro_rules! binop_push {
                    ($op:expr, $a:expr, $b:expr) => {{
                        let (op, a, b) = ($op, $a, $b);
                        match fast_binop(op, a, b) {
                            Some(r) => self.stack.push(r),
                            None => match tri!(self.binary_op_or_frame(a, b, op)) {
                                Some(r) => self.stack.push(r),
                                None => {
                                    self.frames[fidx].pc = pc;
                                    continue 'frame;
                                }
                            },
                        }
                    }};
                }
                // `a op= b` through the unboxed fast path first.
                macro_rules! inplace {
                    ($op:expr, $a:expr, $b:expr) => {{
                        let (op, a, b) = ($op, $a, $b);
                        match fast_binop(op, a, b) {
                            Some(r) => r,
                            None => tri!(self.inplace_op(a, b, op)),
                        }
                    }};
                }
                macro_rules! top {
                    () => {
                        load_value(&self.stack, self.stack.len() - 1)
                    };
                }
                let instr = instrs[pc];
                pc += 1;
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        self.stack.pop();
                    }
                    Instr::Copy(n) => {
                        let v = load_value(&self.stack, self.stack.len() - n as usize);
                        self.stack.push(v);
                    }
                    Instr::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::PushNull => self.stack.push(Value::Empty),
                    Instr::LoadConst(i) => self.stack.push(code.consts[i as usize]),
                    Instr::LoadFast(i) => {
                        let v = load_value(&self.stack, base + i as usize);
                        if v.is_empty() {
                            let name = &code.code.varnames[i as usize];
                            break 'dispatch PyErr::unbound_local(format!(
                                "cannot access local variable '{name}' where it is not associated with a value"
                            ));
                        }
                        self.stack.push(v);
                    }
                    Instr::StoreFast(i) => {
                        let v = pop!();
                        self.stack[base + i as usize] = v;
                    }
                    Instr::DeleteFast(i) => {
                        if self.stack[base + i as usize].is_empty() {
                            let name = &code.code.varnames[i as usize];
                            break 'dispatch PyErr::unbound_local(format!(
                                "cannot access local variable '{name}' where it is not associated with a value"
                            ));
                        }
                        self.stack[base + i as usize] = Value::Empty;
                    }
                    Instr::LoadGlobal(i) => {
                        let globals = self.frames[fidx].globals;
                        let v = tri!(self.load_global_cached(code, i as usize, globals));
                        self.stack.push(v);
                    }
                    Instr::StoreGlobal(i) => {
                        let v = pop!();
                        let globals = self.frames[fidx].globals;
                        tri!(self.dict_set_str(globals, code.names[i as usize], v));
                    }
                    Instr::DeleteGlobal(i) => {
                        let globals = self.frames[fidx].globals;
                        let name = code.names[i as usize];
                        if !tri!(self.dict_del_str(globals, name)) {
                            break 'dispatch PyErr::name_error(format!(
                                "name '{}' is not defined",
                                name.as_str().unwrap().as_str()
                            ));
                        }
                    }
                    Instr::LoadName(i) => {
                        let name = code.names[i as usize];
                        let v = tri!(self.load_name(fidx, name));
                        self.stack.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = pop!();
                        let ns = self.frame_locals(fidx);
                        tri!(self.store_to_namespace(ns, code.names[i as usize], v));
                    }
                    Instr::DeleteName(i) => {
                        let ns = self.frame_locals(fidx);
                        let name = code.names[i as usize];
                        tri!(self.delete_from_namespace(ns, name));
                    }
                    Instr::LoadDeref(i) => {
                        let cell =
                            load_value(&self.stack, base + code.code.varnames.len() + i as usize);
                        let v = cell_get(cell);
                        if v.is_empty() {
                            break 'dispatch self.unbound_deref(code, i as usize);
                        }
                        self.stack.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = pop!();
                        let cell =
                            load_value(&self.stack, base + code.code.varnames.len() + i as usize);
                        cell_set(cell, v);
                    }
                    Instr::DeleteDeref(i) => {
                        let cell =
                            load_value(&self.stack, base + code.code.varnames.len() + i as usize);
                        if cell_get(cell).is_empty() {
                            break 'dispatch self.unbound_deref(code, i as usize);
                        }
                        cell_set(cell, Value::Empty);
                    }
                    Instr::LoadClosure(i) => {
                        let cell =
                            load_value(&self.stack, base + code.code.varnames.len() + i as usize);
                        self.stack.push(cell);
                    }
                    Instr::LoadClassDeref(i) => {
                        let ncell = code.code.cellvars.len();
                        let name_s = if (i as usize) < ncell {
                            code.code.cellvars[i as usize].clone()
                        } else {
                            code.code.freevars[i as usize - ncell].clone()
                        };
                        let name = self.intern(&name_s);
                        let ns = self.frame_locals(fidx);
                        if let Some(v) = tri!(self.namespace_get(ns, name)) {
                            self.stack.push(v);
                        } else {
                            let cell = load_value(
                                &self.stack,
                                base + code.code.varnames.len() + i as usize,
                            );
                            let v = cell_get(cell);
                            if v.is_empty() {
                                break 'dispatch self.unbound_deref(code, i as usize);
                            }
                            self.stack.push(v);
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = pop!();
                        let v = tri!(self.load_attr_ic(code, i as usize, obj, pc));
                        self.stack.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.store_attr_ic(code, i as usize, obj, v));
                    }
                    Instr::LoadFastAttr(x) => {
                        let (a, n) = ((x & 0xffff) as usize, (x >> 16) as usize);
                        let obj = local!(a);
                        pc += 1;
                        let v = tri!(self.load_attr_ic(code, n, obj, pc));
                        self.stack.push(v);
                    }
                    Instr::LoadFastAttrBinaryOp(x) => {
                        let op = BINOPS[(x & 0xff) as usize];
                        let (a, n) = (((x >> 8) & 0xfff) as usize, (x >> 20) as usize);
                        let obj = local!(a);
                        pc += 1;
                        let rhs = tri!(self.load_attr_ic(code, n, obj, pc));
                        pc += 1;
                        let lhs = pop!();
                        binop_push!(op, lhs, rhs);
                    }
                    Instr::LoadFastStoreAttr(x) => {
                        let (a, n) = ((x & 0xffff) as usize, (x >> 16) as usize);
                        let obj = local!(a);
                        pc += 1;
                        let v = pop!();
                        tri!(self.store_attr_ic(code, n, obj, v));
                    }
                    Instr::LoadFastMethod(x) => {
                        let (a, n) = ((x & 0xffff) as usize, (x >> 16) as usize);
                        let obj = local!(a);
                        pc += 1;
                        let (f, s) = tri!(self.load_method_ic(code, n, obj));
                        self.stack.push(f);
                        self.stack.push(s);
                    }
                    Instr::LoadAttrKeep(i) => {
                        let obj = top!();
                        let v = tri!(self.load_attr_ic(code, i as usize, obj, pc));
                        self.stack.push(v);
                    }
                    Instr::StoreAttrInplace(i) => {
                        let v = pop!();
                        let obj = pop!();
                        tri!(self.store_attr_ic(code, i as usize, obj, v));
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = pop!();
                        tri!(self.delattr(obj, code.names[i as usize]));
                    }
                    Instr::LoadMethod(i) => {
                        let obj = pop!();
                        let (a, b) = tri!(self.load_method_ic(code, i as usize, obj));
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Instr::BinaryOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        binop_push!(op, a, b);
                    }
                    Instr::InplaceOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        let r = inplace!(op, a, b);
                        self.stack.push(r);
                    }
                    Instr::UnaryNeg => {
                        let a = pop!();
                        let r = match a {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            _ => tri!(self.unary_op(a, Instr::UnaryNeg)),
                        };
                        self.stack.push(r);
                    }
                    Instr::UnaryPos | Instr::UnaryInvert => {
                        let a = pop!();
                        let r = tri!(self.unary_op(a, instr));
                        self.stack.push(r);
                    }
                    Instr::UnaryNot => {
                        let a = pop!();
                        let t = tri!(self.truthy(a));
                        self.stack.push(Value::Bool(!t));
                    }
                    Instr::CompareOp(op) => {
                        let b = pop!();
                        let a = pop!();
                        let r = match fast_compare(op, a, b) {
                            Some(r) => Value::Bool(r),
                            None => tri!(self.rich_compare(a, b, op)),
                        };
                        self.stack.push(r);
                    }
                    Instr::IsOp(inv) => {
                        let b = pop!();
                        let a = pop!();
                        self.stack.push(Value::Bool(a.is(b) != (inv == 1)));
                    }
                    Instr::ContainsOp(inv) => {
                        let container = pop!();
                        let item = pop!();
                        let r = tri!(self.contains(container, item));
                        self.stack.push(Value::Bool(r != (inv == 1)));
                    }
                    Instr::BinarySubscr => {
                        let idx = pop!();
                        let obj = pop!();
                        let r = tri!(self.load_item(obj, idx));
                        self.stack.push(r);
                    }
                    Instr::BinarySubscrKeep => {
                        let idx = top!();
                        let obj = load_value(&self.stack, self.stack.len() - 2);
                        let r = tri!(self.load_item(obj, idx));
                        self.stack.push(r);
                    }
                    // The operands stay on the stack (rooted) while the store runs:
                    // it may run Python code, and with it the collector.
                    Instr::StoreSubscr => {
                        let len = self.stack.len();
                        let idx = load_value(&self.stack, len - 1);
                        let obj = load_value(&self.stack, len - 2);
                        let v = load_value(&self.stack, len - 3);
                        tri!(self.store_item(obj, idx, v));
                        self.stack.truncate(len - 3);
                    }
                    Instr::StoreSubscrInplace => {
                        let len = self.stack.len();
                        let v = load_value(&self.stack, len - 1);
                        let idx = load_value(&self.stack, len - 2);
                        let obj = load_value(&self.stack, len - 3);
                        tri!(self.store_item(obj, idx, v));
                        self.stack.truncate(len - 3);
                    }
                    Instr::DeleteSubscr => {
                        let len = self.stack.len();
                        let idx = load_value(&self.stack, len - 1);
                        let obj = load_value(&self.stack, len - 2);
                        tri!(self.delitem(obj, idx));
                        self.stack.truncate(len - 2);
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        let ty = self.types.slice;
                        let s = self.alloc(ty, Payload::Slice { start, stop, step });
                        self.stack.push(Value::Obj(s));
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Instr::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let l = self.new_list(items);
                        self.stack.push(l);
                    }
                    Instr::BuildSet(n) => {
                        let constant = n & (1 << 31) != 0;
                        let n = (n & 0x7fff_ffff) as usize;
                        let items = self.stack.split_off(self.stack.len() - n);
                        let s = self.new_set(false);
                        self.stack.push(Value::Obj(s));
                        if constant {
                            let f = self.new_set(true);
                            self.stack.push(Value::Obj(f));
                            for v in items {
                                tri!(self.set_add(f, v));
                            }
                            self.stack.pop();
                            tri!(crate::builtins::set::set_update_from(
                                self,
                                s,
                                Value::Obj(f)
                            ));
                        } else {
                            for v in items {
                                tri!(self.set_add(s, v));
                            }
                        }
                    }
                    Instr::BuildMap(n) => {
                        let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let d = self.new_dict();
                        self.stack.push(Value::Obj(d));
                        for kv in items.chunks(2) {
                            tri!(self.dict_set(d, kv[0], kv[1]));
                        }
                    }
                    Instr::BuildString(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let mut s = String::new();
                        for v in items {
                            if let Value::Obj(o) = v {
                                if let Some(ps) = o.as_str() {
                                    s.push_str(ps.as_str());
                                }
                            }
                        }
                        let v = self.new_str(s);
                        self.stack.push(v);
                    }
                    Instr::ListAppend(d) => {
                        let v = pop!();
                        let l = load_value(&self.stack, self.stack.len() - d as usize);
                        if let Some(Payload::List(l)) = l.payload() {
                            let l = l.get();
                            l.push(v);
                        }
                    }
                    Instr::SetAdd(d) => {
                        let v = pop!();
                        let s = load_value(&self.stack, self.stack.len() - d as usize);
                        tri!(self.set_add(s.as_obj().unwrap(), v));
                    }
                    Instr::MapAdd(d) => {
                        let v = pop!();
                        let k = pop!();
                        let m = load_value(&self.stack, self.stack.len() - d as usize);
                        tri!(self.dict_set(m.as_obj().unwrap(), k, v));
                    }
                    Instr::ListExtend(d) => {
                        let it = pop!();
                        let in_call = d & (1 << 31) != 0;
                        let d = (d & 0x7fff_ffff) as usize;
                        let l = load_value(&self.stack, self.stack.len() - d);
                        if self.get_iter(it).is_err() {
                            let what = if in_call {
                                let callee = load_value(&self.stack, self.stack.len() - d - 1);
                                format!("{} argument", self.function_str(callee))
                            } else {
                                "Value".to_string()
                            };
                            break 'dispatch PyErr::type_error(format!(
                                "{what} after * must be an iterable, not {}",
                                self.type_name(it)
                            ));
                        }
                        let items = tri!(self.collect_iterable(it));
                        if let Some(Payload::List(l)) = l.payload() {
                            let l = l.get();
                            l.extend(items);
                        }
                    }
                    Instr::SetUpdate(d) => {
                        let it = pop!();
                        let s = load_value(&self.stack, self.stack.len() - d as usize);
                        let items = tri!(self.collect_iterable(it));
                        for v in items {
                            tri!(self.set_add(s.as_obj().unwrap(), v));
                        }
                    }
                    Instr::DictUpdate(d) | Instr::DictMerge(d) => {
                        let src = pop!();
                        let m = self.stack[self.stack.len() - d as usize].as_obj().unwrap();
                        let merge = matches!(instr, Instr::DictMerge(_));
                        match self.dict_update_from(m, src, merge) {
                            Ok(()) => {}
                            Err(e) => match e.kind() {
                                PyErrKind::Msg(k, msg)
                                    if merge
                                        && (msg.starts_with("got multiple")
                                            || msg.starts_with("argument after")) =>
                                {
                                    // Name the callee as CPython does: `module.qualname()`.
                                    let callee =
                                        load_value(&self.stack, self.stack.len().saturating_sub(3));
                                    let fname = self.function_str(callee);
                                    break 'dispatch PyErr::msg(*k, format!("{fname} {msg}"));
                                }
                                _ => break 'dispatch e,
                            },
                        }
                    }
                    Instr::ListToTuple => {
                        let l = pop!();
                        let items = l
                            .as_obj()
                            .and_then(|o| o.as_list().map(|l| l.get().clone()))
                            .unwrap_or_default();
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Instr::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        let r = tri!(self.format_value(v, flags & 3, spec));
                        self.stack.push(r);
                    }
                    Instr::UnpackSequence(n) => {
                        let seq = pop!();
                        tri!(self.unpack_sequence(seq, n as usize));
                    }
                    Instr::UnpackEx(arg) => {
                        let seq = pop!();
                        tri!(self.unpack_ex(seq, (arg & 0xffff) as usize, (arg >> 16) as usize));
                    }
                    Instr::Jump(t) => {
                        if (t as usize) < pc {
                            self.safepoint();
                        }
                        pc = t as usize;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b,
                            Value::None => false,
                            Value::Int(i) => i != 0,
                            _ => tri!(self.truthy(v)),
                        };
                        if !b {
                            pc = t as usize;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b,
                            Value::None => false,
                            Value::Int(i) => i != 0,
                            _ => tri!(self.truthy(v)),
                        };
                        if b {
                            pc = t as usize;
                        }
                    }
                    Instr::PopJumpIfNone(t) => {
                        if pop!().is_none() {
                            pc = t as usize;
                        }
                    }
                    Instr::PopJumpIfNotNone(t) => {
                        if !pop!().is_none() {
                            pc = t as usize;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = top!();
                        if !tri!(self.truthy(v)) {
                            pc = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = top!();
                        if tri!(self.truthy(v)) {
                            pc = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = pop!();
                        let it = tri!(self.get_iter(v));
                        self.stack.push(it);
                    }
                    Instr::ForIter(t) => {
                        let it = top!();
                        // Fast paths: range and list iterators.
                        if let Value::Obj(o) = it {
                            if let Payload::Iter(iter) = &o.payload {
                                match &iter.kind {
                                    IterKind::Range { stop, step } => {
                                        let cur = iter.pos.get();
                                        if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop)
                                        {
                                            iter.pos.set(cur.wrapping_add(*step));
                                            self.stack.push(Value::Int(cur));
                                        } else {
                                            self.stack.pop();
                                            pc = t as usize;
                                        }
                                        continue;
                                    }
                                    IterKind::Seq(Value::Obj(seq)) => {
                                        if let Payload::List(l) = &seq.payload {
                                            let i = iter.pos.get() as usize;
                                            let l = l.get();
                                            if i < l.len() && !iter.done.get() {
                                                iter.pos.set(i as i64 + 1);
                                                self.stack.push(l[i]);
                                            } else {
                                                iter.done.set(true);
                                                self.stack.pop();
                                                pc = t as usize;
                                            }
                                            continue;
                                        }
                                        if let Payload::Array(a) = &seq.payload {
                                            // array.array: unboxed elements from the buffer.
                                            let i = iter.pos.get() as usize;
                                            if i < a.data.get().len() && !iter.done.get() {
                                                iter.pos.set(i as i64 + 1);
                                                let v = a.data.get().get(i, self);
                                                self.stack.push(v);
                                            } else {
                                                iter.done.set(true);
                                                self.stack.pop();
                                                pc = t as usize;
                                            }
                                            continue;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        self.frames[fidx].pc = pc;
                        match tri!(self.iter_next_rooted(it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                pc = t as usize;
                            }
                        }
                    }
                    Instr::Call(n) => {
                        let n = n as usize;
                        let pos = self.stack.len() - n - 1;
                        let callee = load_value(&self.stack, pos);
                        self.frames[fidx].pc = pc;
                        match tri!(self.do_call(callee, pos, pos + 1, n, None)) {
                            Some(v) => self.stack.push(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::CallMethod(n) => {
                        let n = n as usize;
                        let pos = self.stack.len() - n - 2;
                        let a = load_value(&self.stack, pos);
                        self.frames[fidx].pc = pc;
                        let r = if a.is_empty() {
                            let callee = load_value(&self.stack, pos + 1);
                            tri!(self.do_call(callee, pos, pos + 2, n, None))
                        } else {
                            tri!(self.do_call(a, pos, pos + 1, n + 1, None))
                        };
                        match r {
                            Some(v) => self.stack.push(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::CallKw(n) => {
                        let kwnames = pop!().as_obj().unwrap();
                        let n = n as usize;
                        let pos = self.stack.len() - n - 1;
                        let callee = load_value(&self.stack, pos);
                        self.frames[fidx].pc = pc;
                        match tri!(self.do_call(callee, pos, pos + 1, n, Some(kwnames))) {
                            Some(v) => self.stack.push(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::CallEx(flags) => {
                        let kwargs = if flags & 1 != 0 { Some(pop!()) } else { None };
                        let args = pop!();
                        let callee = pop!();
                        self.frames[fidx].pc = pc;
                        match tri!(self.call_ex(callee, args, kwargs)) {
                            Some(v) => self.stack.push(v),
                            None => continue 'frame,
                        }
                    }
                    Instr::MakeFunction(flags) => {
                        let code_obj = pop!().as_obj().unwrap();
                        let closure = if flags & 8 != 0 { pop!() } else { Value::None };
                        let annotations = if flags & 4 != 0 { pop!() } else { Value::None };
                        let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::None };
                        let defaults = if flags & 1 != 0 { pop!() } else { Value::None };
                        let globals = self.frames[fidx].globals;
                        let f = self.make_function(
                            code_obj,
                            globals,
                            defaults,
                            kwdefaults,
                            closure,
                            annotations,
                        );
                        self.stack.push(f);
                    }
                    Instr::ReturnValue => {
                        let v = pop!();
                        if !self.frame_objects.is_empty() {
                            self.frames[fidx].pc = pc;
                            self.frame_ended(fidx);
                        }
                        let frame = self.frames.pop().unwrap();
                        if let OnReturn::BinaryOp(op) = frame.on_return {
                            let r = self.binary_op_returned(frame.ret_base, op, v);
                            self.stack.truncate(frame.ret_base);
                            match r {
                                Ok(r) => self.stack.push(r),
                                Err(e) => match self.unwind(e, false) {
                                    Ok(()) => {}
                                    Err(e) => return Err(e),
                                },
                            }
                            continue 'frame;
                        }
                        self.stack.truncate(frame.ret_base);
                        let v = match frame.on_return {
                            OnReturn::Push | OnReturn::BinaryOp(_) => v,
                            OnReturn::Init(inst) => {
                                if !v.is_none() {
                                    let tn = self.type_name(v);
                                    let e = PyErr::type_error(format!(
                                        "__init__() should return None, not '{tn}'"
                                    ));
                                    if frame.entry {
                                        return Err(e);
                                    }
                                    match self.unwind(e, false) {
                                        Ok(()) => continue 'frame,
                                        Err(e) => return Err(e),
                                    }
                                }
                                inst
                            }
                        };
                        if frame.gen.is_some() {
                            self.exc_info = frame.saved_exc_info;
                        }
                        if frame.entry {
                            return Ok(v);
                        }
                        self.stack.push(v);
                        continue 'frame;
                    }
                    Instr::YieldValue(_) => {
                        let v = pop!();
                        self.frames[fidx].pc = pc;
                        self.suspend_generator(fidx);
                        return Ok(v);
                    }
                    Instr::GetYieldFromIter => {
                        let v = pop!();
                        let it = match v {
                            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => v,
                            _ => tri!(self.get_iter(v)),
                        };
                        self.stack.push(it);
                    }
                    Instr::Send(t) => {
                        let v = pop!();
                        let recv = top!();
                        self.frames[fidx].pc = pc;
                        match tri!(self.send_to(recv, v)) {
                            Ok(y) => self.stack.push(y),
                            Err(ret) => {
                                self.stack.pop();
                                self.stack.push(ret);
                                pc = t as usize;
                            }
                        }
                    }
                    Instr::Raise(n) => {
                        let r = match n {
                            0 => {
                                if let Value::Obj(e) = self.exc_info {
                                    reraise = true;
                                    PyErr::exc(e)
                                } else {
                                    PyErr::runtime_error("No active exception to reraise")
                                }
                            }
                            1 => {
                                let e = pop!();
                                tri!(self.make_raise(e, None))
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                tri!(self.make_raise(e, Some(cause)))
                            }
                        };
                        break 'dispatch r;
                    }
                    Instr::Reraise => {
                        let e = pop!();
                        reraise = true;
                        break 'dispatch PyErr::exc(e.as_obj().unwrap());
                    }
                    Instr::PushExcInfo => {
                        let e = pop!();
                        let prev = self.exc_info;
                        self.stack.push(prev);
                        self.stack.push(e);
                        self.exc_info = e;
                    }
                    Instr::PopExcept => {
                        self.exc_info = pop!();
                    }
                    Instr::CheckExcMatch => {
                        let ty = pop!();
                        let e = top!();
                        let r = tri!(self.exception_matches(e, ty));
                        self.stack.push(Value::Bool(r));
                    }
                    Instr::LoadAssertionError => {
                        let t = self.types.exc(ExcKind::AssertionError);
                        self.stack.push(Value::Obj(t));
                    }
                    Instr::BeforeWith => {
                        let mgr = pop!();
                        let enter = tri!(self.special_method(
                            mgr,
                            self.names.__enter__,
                            "context manager protocol"
                        ));
                        let exit = tri!(self.special_method(
                            mgr,
                            self.names.__exit__,
                            "context manager protocol"
                        ));
                        self.stack.push(exit);
                        self.frames[fidx].pc = pc;
                        let r = tri!(self.call(enter, &[], &[]));
                        self.stack.push(r);
                    }
                    Instr::WithExceptStart => {
                        let e = top!();
                        let exit = load_value(&self.stack, self.stack.len() - 3);
                        let ty = Value::Obj(self.type_of(e));
                        self.frames[fidx].pc = pc;
                        let tb = match e {
                            Value::Obj(x) => self.traceback_object(x),
                            _ => Value::None,
                        };
                        let r = tri!(self.call(exit, &[ty, e, tb], &[]));
                        let b = tri!(self.truthy(r));
                        self.stack.push(Value::Bool(b));
                    }
                    Instr::LoadBuildClass => {
                        let name = self.intern("__build_class__");
                        let b = self.builtins;
                        let v = tri!(self.dict_get_str(b, name)).unwrap_or(Value::None);
                        self.stack.push(v);
                    }
                    Instr::SetupAnnotations => {
                        let ns = self.frame_locals(fidx);
                        let name = self.names.__annotations__;
                        if tri!(self.namespace_get(ns, name)).is_none() {
                            let d = self.new_dict();
                            tri!(self.store_to_namespace(ns, name, Value::Obj(d)));
                        }
                    }
                    Instr::ImportName(i) => {
                        let fromlist = pop!();
                        let level = pop!();
                        self.frames[fidx].pc = pc;
                        let m =
                            tri!(self.import_name(code.names[i as usize], fromlist, level, fidx));
                        self.stack.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = top!();
                        self.frames[fidx].pc = pc;
                        let v = tri!(self.import_from(m, code.names[i as usize]));
                        self.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let m = pop!();
                        let ns = self.frame_locals(fidx);
                        tri!(self.import_star(m, ns));
                    }
                    Instr::MatchClass(npos) => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = pop!();
                        self.frames[fidx].pc = pc;
                        let r = tri!(self.match_class(subject, cls, names, npos as usize));
                        self.stack.push(r);
                    }
                    Instr::MatchMapping => {
                        let v = top!();
                        let r = self.is_mapping(v);
                        self.stack.push(Value::Bool(r));
                    }
                    Instr::MatchSequence => {
                        let v = top!();
                        let r = self.is_match_sequence(v);
                        self.stack.push(Value::Bool(r));
                    }
                    Instr::MatchKeys => {
                        let keys = top!();
                        let subject = load_value(&self.stack, self.stack.len() - 2);
                        self.frames[fidx].pc = pc;
                        let r = tri!(self.match_keys(subject, keys));
                        self.stack.push(r);
                    }
                    Instr::GetLen => {
                        let v = top!();
                        let n = tri!(self.len(v));
                        self.stack.push(Value::Int(n as i64));
                    }
                    Instr::CopyDictWithoutKeys => {
                        let keys = pop!();
                        let subject = top!();
                        let d = self.new_dict();
                        self.stack.push(Value::Obj(d));
                        tri!(self.dict_update_from(d, subject, false));
                        for k in keys
                            .as_obj()
                            .and_then(|o| o.as_tuple().map(|t| t.to_vec()))
                            .unwrap_or_default()
                        {
                            tri!(self.dict_del(d, k));
                        }
                    }
                    Instr::LoadFastLoadFast(ab) => {
                        let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                        let va = local!(a);
                        self.stack.push(va);
                        pc += 1;
                        let vb = local!(b);
                        self.stack.push(vb);
                    }
                    Instr::LoadFastBinaryOp(x) => {
                        let (op, a) = (BINOPS[(x & 0xff) as usize], (x >> 8) as usize);
                        let rhs = local!(a);
                        pc += 1;
                        let lhs = pop!();
                        binop_push!(op, lhs, rhs);
                    }
                    Instr::LoadConstBinaryOp(x) => {
                        let (op, k) = (BINOPS[(x & 0xff) as usize], (x >> 8) as usize);
                        let rhs = code.consts[k];
                        pc += 1;
                        let lhs = pop!();
                        binop_push!(op, lhs, rhs);
                    }
                    Instr::InplaceOpStoreFast(x) => {
                        let (op, a) = (BINOPS[(x & 0xff) as usize], (x >> 8) as usize);
                        let b = pop!();
                        let lhs = pop!();
                        let r = inplace!(op, lhs, b);
                        pc += 1;
                        self.stack[base + a] = r;
                    }
                    Instr::StoreFastLoadFast(ab) => {
                        let (a, b) = ((ab & 0xffff) as usize, (ab >> 16) as usize);
                        let v = pop!();
                        self.stack[base + a] = v;
                        pc += 1;
                        let vb = local!(b);
                        self.stack.push(vb);
                    }
                    Instr::BinaryOpLocals(x) => {
                        let op = BINOPS[(x & 0xff) as usize];
                        let (a, b) = (((x >> 8) & 0xfff) as usize, (x >> 20) as usize);
                        let va = local!(a);
                        pc += 1;
                        let vb = local!(b);
                        pc += 1;
                        binop_push!(op, va, vb);
                    }
                    Instr::SubscrLocals(x) => {
                        let (a, b) = ((x & 0xffff) as usize, (x >> 16) as usize);
                        let obj = local!(a);
                        pc += 1;
                        let idx = local!(b);
                        pc += 1;
                        let r = tri!(self.load_item(obj, idx));
                        self.stack.push(r);
                    }
                    Instr::BinaryOpLocalConst(x) => {
                        let op = BINOPS[(x & 0xf) as usize];
                        let (a, k) = (((x >> 4) & 0xfff) as usize, (x >> 16) as usize);
                        let lhs = local!(a);
                        pc += 2;
                        let rhs = code.consts[k];
                        binop_push!(op, lhs, rhs);
                    }
                    Instr::BinaryOpConstLocal(x) => {
                        let op = BINOPS[(x & 0xf) as usize];
                        let (a, k) = (((x >> 4) & 0xfff) as usize, (x >> 16) as usize);
                        let lhs = code.consts[k];
                        pc += 1;
                        let rhs = local!(a);
                        pc += 1;
                        binop_push!(op, lhs, rhs);
                    }
                    Instr::ForIterStoreFast(x) => {
                        let (t, a) = ((x & 0xff_ffff) as usize, (x >> 24) as usize);
                        let it = top!();
                        let mut next = None;
                        if let Value::Obj(o) = it {
                            if let Payload::Iter(iter) = &o.payload {
                                match &iter.kind {
                                    IterKind::Range { stop, step } => {
                                        let cur = iter.pos.get();
                                        if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop)
                                        {
                                            iter.pos.set(cur.wrapping_add(*step));
                                            next = Some(Some(Value::Int(cur)));
                                        } else {
                                            next = Some(None);
                                        }
                                    }
                                    IterKind::Seq(Value::Obj(seq)) => {
                                        if let Payload::List(l) = &seq.payload {
                                            let i = iter.pos.get() as usize;
                                            let l = l.get();
                                            if i < l.len() && !iter.done.get() {
                                                iter.pos.set(i as i64 + 1);
                                                next = Some(Some(l[i]));
                                            } else {
                                                iter.done.set(true);
                                                next = Some(None);
                                            }
                                        } else if let Payload::Array(a) = &seq.payload {
                                            let i = iter.pos.get() as usize;
                                            if i < a.data.get().len() && !iter.done.get() {
                                                iter.pos.set(i as i64 + 1);
                                                next = Some(Some(a.data.get().get(i, self)));
                                            } else {
                                                iter.done.set(true);
                                                next = Some(None);
                                            }
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        let next = match next {
                            Some(n) => n,
                            None => {
                                self.frames[fidx].pc = pc;
                                tri!(self.iter_next_rooted(it))
                            }
                        };
                        match next {
                            Some(v) => {
                                pc += 1;
                                self.stack[base + a] = v;
                            }
                            None => {
                                self.stack.pop();
                                pc = t;
                            }
                        }
                    }
                    Instr::CompareJumpIfFalse(x) | Instr::CompareJumpIfTrue(x) => {
                        let op = CMPOPS[(x & 7) as usize];
                        let t = (x >> 3) as usize;
                        let want = matches!(instr, Instr::CompareJumpIfTrue(_));
                        let b = pop!();
                        let a = pop!();
                        let r = match fast_compare(op, a, b) {
                            Some(r) => {
                                pc += 1;
                                r
                            }
                            None => {
                                let v = tri!(self.rich_compare(a, b, op));
                                pc += 1;
                                tri!(self.truthy(v))
                            }
                        };
                        if r == want {
                            if t < pc {
                                self.safepoint();
                            }
                            pc = t;
                        }
                    }
                    Instr::InplaceLocalConst(x) => {
                        let op = BINOPS[(x & 0xf) as usize];
                        let (a, k) = (((x >> 4) & 0xfff) as usize, (x >> 16) as usize);
                        let lhs = local!(a);
                        pc += 2;
                        let rhs = code.consts[k];
                        let r = inplace!(op, lhs, rhs);
                        pc += 1;
                        self.stack[base + a] = r;
                    }
                    Instr::InplaceLocals(x) => {
                        let op = BINOPS[(x & 0xff) as usize];
                        let (a, b) = (((x >> 8) & 0xfff) as usize, (x >> 20) as usize);
                        let lhs = local!(a);
                        pc += 1;
                        let rhs = local!(b);
                        pc += 1;
                        let r = inplace!(op, lhs, rhs);
                        pc += 1;
                        self.stack[base + a] = r;
                    }
                    Instr::CompareLocalsJump(x) | Instr::CompareLocalConstJump(x) => {
                        let op = CMPOPS[(x & 7) as usize];
                        let want = x & 8 != 0;
                        let (a, b) = (((x >> 4) & 0x3fff) as usize, (x >> 18) as usize);
                        let lhs = local!(a);
                        pc += 1;
                        let rhs = if let Instr::CompareLocalsJump(_) = instr {
                            local!(b)
                        } else {
                            code.consts[b]
                        };
                        pc += 1;
                        let r = match fast_compare(op, lhs, rhs) {
                            Some(r) => r,
                            None => {
                                let v = tri!(self.rich_compare(lhs, rhs, op));
                                tri!(self.truthy(v))
                            }
                        };
                        // The jump instruction itself stays in the fourth slot.
                        let target = instrs[pc].jump_target().map_or(pc + 1, |t| t as usize);
                        pc += 1;
                        if r == want {
                            if target < pc {
                                self.safepoint();
                            }
                            pc = target;
                        }
                    }
                    Instr::BinaryOpStoreFast(x) => {
                        let (op, a) = (BINOPS[(x & 0xff) as usize], (x >> 8) as usize);
                        let rhs = pop!();
                        let lhs = pop!();
                        let r = binop!(op, lhs, rhs);
                        pc += 1;
                        self.stack[base + a] = r;
                    }
                    Instr::BinaryOpLocalsStore(x) => {
                        let op = BINOPS[(x & 0xf) as usize];
                        let (a, b, dst) = (
                            ((x >> 4) & 0x1ff) as usize,
                            ((x >> 13) & 0x1ff) as usize,
                            (x >> 22) as usize,
                        );
                        let lhs = local!(a);
                        pc += 1;
                        let rhs = local!(b);
                        pc += 1;
                        let r = binop!(op, lhs, rhs);
                        pc += 1;
                        self.stack[base + dst] = r;
                    }
                    Instr::BinaryOpLocalConstStore(x) => {
                        let op = BINOPS[(x & 0xf) as usize];
                        let (a, k, dst) = (
                            ((x >> 4) & 0x1ff) as usize,
                            ((x >> 13) & 0x3ff) as usize,
                            (x >> 23) as usize,
                        );
                        let lhs = local!(a);
                        pc += 2;
                        let rhs = code.consts[k];
                        let r = binop!(op, lhs, rhs);
                        pc += 1;
                        self.stack[base + dst] = r;
                    }
                    Instr::StoreSubscrLocals(x) => {
                        let (c, i) = ((x & 0xffff) as usize, (x >> 16) as usize);
                        let obj = local!(c);
                        pc += 1;
                        let idx = local!(i);
                        pc += 1;
                        let len = self.stack.len();
                        let v = load_value(&self.stack, len - 1);
                        tri!(self.store_item(obj, idx, v));
                        self.stack.truncate(len - 1);
                    }
                    Instr::PrintExpr => {
                        let v = pop!();
                        if !v.is_none() {
                            let s = tri!(self.repr(v));
                            use std::io::Write;
                            let _ = writeln!(self.stdout, "{s}");
                            let b = self.builtins;
                            let name = self.intern("_");
                            tri!(self.dict_set_str(b, name, v));
                        }
                    }
                }
            };
            // Error path.
            self.frames[fidx].pc = pc;
            match self.unwind(err, reraise) {
                Ok(()) => continue 'frame,
                Err(e) => return Err(e),
            }
        }
    }

    /// Handle an exception raised at the current frame's `pc - 1`: find a handler in
    /// this frame or its callers (up to the entry frame). On success the handler's
    /// frame is ready to continue.
    pub fn unwind(&mut self, err: PyErr, reraise: bool) -> Result<(), PyErr> {
        let mut exc = self.exc_object(err);
        if !reraise {
            self.set_context(exc);
            self.add_traceback(exc);
        }
        loop {
            let f = self.frames.last().unwrap();
            let code_ref = f.code;
            let code = code_ref.as_code().unwrap();
            let at = f.pc.saturating_sub(1) as u32;
            let mut handler = None;
            for e in &code.code.exc_table {
                if e.start <= at && at < e.end {
                    handler = Some(*e);
                    break;
                }
            }
            if let Some(h) = handler {
                let f = self.frames.last_mut().unwrap();
                let sb = f.stack_base;
                f.pc = h.target as usize;
                self.stack.truncate(sb + h.depth as usize);
                self.stack.push(Value::Obj(exc));
                return Ok(());
            }
            if !self.frame_objects.is_empty() {
                self.frame_ended(self.frames.len() - 1);
            }
            let frame = self.frames.pop().unwrap();
            self.stack.truncate(frame.ret_base);
            if let Some(g) = frame.gen {
                self.exc_info = frame.saved_exc_info;
                if let Payload::Generator(gen) = &g.payload {
                    gen.running.set(false);
                    *gen.frame.get() = None;
                }
                if self.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration) {
                    let new =
                        self.exc_object(PyErr::runtime_error("generator raised StopIteration"));
                    if let Some(e) = new.as_exc() {
                        *e.cause.get() = Value::Obj(exc);
                        *e.context.get() = Value::Obj(exc);
                    }
                    exc = new;
                }
            }
            if frame.entry {
                return Err(PyErr::exc(exc));
            }
            // Continue the search in the caller with this (possibly replaced) exception.
            self.add_traceback(exc);
        }
    }

    /// Record the current frame's position in the exception's traceback.
    pub fn add_traceback(&mut self, exc: ObjRef) {
        if let (Some(f), true) = (self.frames.last(), exc.as_exc().is_some()) {
            let code = f.code;
            let idx = self.frames.len() - 1;
            let line = self.frame_line(idx);
            let frame = self.frame_object(idx);
            let entry = crate::objects::object::TbEntry { code, line, frame };
            exc.as_exc().unwrap().traceback.get().push(entry);
        }
    }

    fn unbound_deref(&mut self, code: &CodeObj, i: usize) -> PyErr {
        let ncell = code.code.cellvars.len();
        if i < ncell {
            PyErr::unbound_local(format!(
                "cannot access local variable '{}' where it is not associated with a value",
                code.code.cellvars[i]
            ))
        } else {
            PyErr::name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                code.code.freevars[i - ncell]
            ))
        }
    }

    /// `module.qualname()` of a callable, for argument error messages.
    pub fn function_str(&mut self, f: Value) -> String {
        match f.payload() {
            Some(Payload::Function(func)) => {
                let m = *func.module.get();
                let q = func.qualname.get().clone();
                match m.payload() {
                    Some(Payload::Str(s)) if s.as_str() != "builtins" => {
                        format!("{}.{}()", s.as_str(), q)
                    }
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::Type(t)) => format!("{}()", t.name.get()),
            _ => format!("{}()", self.type_name(f)),
        }
    }

    fn frame_locals(&self, fidx: usize) -> ObjRef {
        match self.frames[fidx].locals {
            Value::Obj(o) => o,
            _ => self.frames[fidx].globals,
        }
    }

    /// Push a frame for module-level (or exec) code and run it.
    pub fn run_code(&mut self, code: ObjRef, globals: ObjRef, locals: Value) -> PyResult<Value> {
        let co = code.as_code().unwrap().code.clone();
        let base = self.stack.len();
        for _ in 0..co.frame_slots() {
            self.stack.push(Value::Empty);
        }
        let stack_base = self.stack.len();
        let serial = self.new_frame_serial();
        self.frames.push(Frame {
            code,
            func: Value::Empty,
            globals,
            locals,
            base,
            stack_base,
            pc: 0,
            ret_base: base,
            entry: true,
            gen: None,
            saved_exc_info: Value::Empty,
            on_return: OnReturn::Push,
            serial,
        });
        if self.frames.len() > self.recursion_limit + 50 {
            self.frames.pop();
            self.stack.truncate(base);
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        self.run()
    }
}

fn unbound_local(code: &CodeObj, i: usize) -> PyErr {
    PyErr::unbound_local(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        code.code.varnames[i]
    ))
}

fn cell_get(cell: Value) -> Value {
    match cell {
        Value::Obj(o) => match &o.payload {
            Payload::Cell(c) => *c.get(),
            _ => Value::Empty,
        },
        _ => Value::Empty,
    }
}

fn cell_set(cell: Value, v: Value) {
    if let Value::Obj(o) = cell {
        if let Payload::Cell(c) = &o.payload {
            *c.get() = v;
        }
    }
}
