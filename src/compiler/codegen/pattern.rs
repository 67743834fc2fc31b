//! `match` statements.
//!
//! Each case works on a copy of the subject. A pattern consumes the value on top of
//! the stack; on failure it jumps to a "pop n, then fail" label, where n counts the
//! items this pattern and its enclosing patterns left on the stack (`on_top`). Those
//! pop chains are emitted after the case. Names are bound as soon as their
//! sub-pattern matches (Python leaves bindings of a failed case unspecified).

use super::*;
use crate::bytecode::CmpOp;

struct CaseCtx {
    /// (label, items to pop, final target)
    pops: Vec<(Label, u32, Label)>,
    fail: Label,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::ast::StmtMatch) -> Result<(), CompileError> {
        let end = self.new_label();
        self.expr(&m.subject)?;
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let is_last_irrefutable = i + 1 == n && case.guard.is_none() && irrefutable(&case.pattern);
            let next = self.new_label();
            let mut ctx = CaseCtx { pops: Vec::new(), fail: next };
            if !is_last_irrefutable {
                self.emit(Instr::Copy(1));
            }
            self.pattern(&case.pattern, 0, &mut ctx)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            if !is_last_irrefutable {
                self.emit(Instr::PopTop);
            }
            self.stmts(&case.body)?;
            self.jump(Instr::Jump, end);
            for (label, count, target) in std::mem::take(&mut ctx.pops) {
                self.bind(label);
                for _ in 0..count {
                    self.emit(Instr::PopTop);
                }
                self.jump(Instr::Jump, target);
            }
            self.bind(next);
            if is_last_irrefutable {
                // Unreachable fall-through keeps the stack shape consistent.
                self.emit(Instr::Copy(1));
            }
        }
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, ctx: &mut CaseCtx, pops: u32) -> Label {
        if pops == 0 {
            return ctx.fail;
        }
        let l = self.new_label();
        ctx.pops.push((l, pops, ctx.fail));
        l
    }

    /// Match the value on top of the stack; `on_top` items of enclosing patterns lie below it.
    fn pattern(&mut self, p: &'a ast::Pattern, on_top: u32, ctx: &mut CaseCtx) -> Result<(), CompileError> {
        use ast::Pattern as P;
        let off = u32::from(rustpython_parser::ast::Ranged::start(p));
        self.enter_nesting(off)?;
        match p {
            P::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                let f = self.fail_label(ctx, on_top);
                self.jump(Instr::PopJumpIfFalse, f);
            }
            P::MatchSingleton(s) => {
                let c = match &s.value {
                    ast::Constant::None => Const::None,
                    ast::Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                };
                self.load_const(c);
                self.emit(Instr::IsOp(0));
                let f = self.fail_label(ctx, on_top);
                self.jump(Instr::PopJumpIfFalse, f);
            }
            P::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(Instr::PopTop),
                (None, Some(n)) => self.store(n),
                (Some(inner), name) => {
                    if name.is_some() {
                        self.emit(Instr::Copy(1));
                        self.pattern(inner, on_top + 1, ctx)?;
                        self.store(name.as_ref().unwrap());
                    } else {
                        self.pattern(inner, on_top, ctx)?;
                    }
                }
            },
            P::MatchStar(s) => match &s.name {
                Some(n) => self.store(n),
                None => self.emit(Instr::PopTop),
            },
            P::MatchOr(o) => {
                let success = self.new_label();
                let n = o.patterns.len();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n {
                        let alt_fail = self.new_label();
                        self.emit(Instr::Copy(1));
                        let mut sub = CaseCtx { pops: Vec::new(), fail: alt_fail };
                        self.pattern(alt, 0, &mut sub)?;
                        self.emit(Instr::PopTop);
                        self.jump(Instr::Jump, success);
                        for (label, count, target) in sub.pops {
                            self.bind(label);
                            for _ in 0..count {
                                self.emit(Instr::PopTop);
                            }
                            self.jump(Instr::Jump, target);
                        }
                        self.bind(alt_fail);
                    } else {
                        self.pattern(alt, on_top, ctx)?;
                    }
                }
                self.bind(success);
            }
            P::MatchSequence(s) => {
                let n = s.patterns.len() as u32;
                let star = s.patterns.iter().position(|p| matches!(p, P::MatchStar(_)));
                self.emit(Instr::MatchSequence);
                let f = self.fail_label(ctx, on_top + 1);
                self.jump(Instr::PopJumpIfFalse, f);
                match star {
                    None => {
                        self.emit(Instr::GetLen);
                        self.load_const(Const::Int(n.into()));
                        self.emit(Instr::CompareOp(CmpOp::Eq));
                        let f = self.fail_label(ctx, on_top + 1);
                        self.jump(Instr::PopJumpIfFalse, f);
                        self.emit(Instr::UnpackSequence(n));
                    }
                    Some(i) => {
                        self.emit(Instr::GetLen);
                        self.load_const(Const::Int((n - 1).into()));
                        self.emit(Instr::CompareOp(CmpOp::Ge));
                        let f = self.fail_label(ctx, on_top + 1);
                        self.jump(Instr::PopJumpIfFalse, f);
                        let after = n - 1 - i as u32;
                        self.emit(Instr::UnpackEx(i as u32 | (after << 16)));
                    }
                }
                for (i, sub) in s.patterns.iter().enumerate() {
                    let remaining = n - 1 - i as u32;
                    self.pattern(sub, on_top + remaining, ctx)?;
                }
            }
            P::MatchMapping(m) => {
                self.emit(Instr::MatchMapping);
                let f = self.fail_label(ctx, on_top + 1);
                self.jump(Instr::PopJumpIfFalse, f);
                let nk = m.keys.len() as u32;
                if nk == 0 && m.rest.is_none() {
                    self.emit(Instr::PopTop);
                } else {
                    if nk > 0 {
                        self.emit(Instr::GetLen);
                        self.load_const(Const::Int(nk.into()));
                        self.emit(Instr::CompareOp(CmpOp::Ge));
                        let f = self.fail_label(ctx, on_top + 1);
                        self.jump(Instr::PopJumpIfFalse, f);
                    }
                    for k in &m.keys {
                        self.expr(k)?;
                    }
                    self.emit(Instr::BuildTuple(nk));
                    self.emit(Instr::MatchKeys);
                    self.emit(Instr::Copy(1));
                    let f = self.fail_label(ctx, on_top + 3);
                    self.jump(Instr::PopJumpIfNone, f);
                    self.emit(Instr::UnpackSequence(nk));
                    for (i, sub) in m.patterns.iter().enumerate() {
                        let remaining = nk - 1 - i as u32;
                        self.pattern(sub, on_top + 2 + remaining, ctx)?;
                    }
                    match &m.rest {
                        Some(rest) => {
                            self.emit(Instr::CopyDictWithoutKeys);
                            self.store(rest);
                            self.emit(Instr::PopTop);
                        }
                        None => {
                            self.emit(Instr::PopTop);
                            self.emit(Instr::PopTop);
                        }
                    }
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Const> = c.kwd_attrs.iter().map(|n| Const::Str(n.to_string())).collect();
                let total = (c.patterns.len() + names.len()) as u32;
                self.load_const(Const::Tuple(names));
                self.emit(Instr::MatchClass(c.patterns.len() as u32));
                self.emit(Instr::Copy(1));
                let f = self.fail_label(ctx, on_top + 1);
                self.jump(Instr::PopJumpIfNone, f);
                self.emit(Instr::UnpackSequence(total));
                for (i, sub) in c.patterns.iter().chain(&c.kwd_patterns).enumerate() {
                    let remaining = total - 1 - i as u32;
                    self.pattern(sub, on_top + remaining, ctx)?;
                }
            }
        }
        self.nesting -= 1;
        Ok(())
    }
}

fn irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.is_none(),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}
