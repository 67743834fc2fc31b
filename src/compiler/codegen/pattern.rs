//! `match` statements.
//!
//! Each case works on a copy of the subject. A pattern consumes the value on top of
//! the stack; on failure it jumps to a "pop n, then fail" label, where n counts the
//! items this pattern and its enclosing patterns left on the stack (`on_top`). Those
//! pop chains are emitted after the case. Names are bound as soon as their
//! sub-pattern matches (Python leaves bindings of a failed case unspecified).
//!
//! Before a case's pattern is compiled, `check_pattern` walks it in CPython's
//! compilation order and raises CPython's compile-time SyntaxErrors: an irrefutable
//! pattern that is not last ("name capture 'x' makes remaining patterns unreachable"),
//! a name bound twice, alternatives binding different names, two starred names,
//! duplicate literal mapping keys (after folding `-1`, `1+2j`) and repeated class
//! pattern keywords.

use super::*;
use crate::bytecode::CmpOp;
use ast::ast::{Operator, UnaryOp};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

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
            let is_last_irrefutable =
                i + 1 == n && case.guard.is_none() && irrefutable(&case.pattern);
            let next = self.new_label();
            let mut ctx = CaseCtx {
                pops: Vec::new(),
                fail: next,
            };
            let mut chk = PatCheck {
                stores: Vec::new(),
                loc: 0,
            };
            self.check_pattern(&case.pattern, case.guard.is_some() || i + 1 == n, &mut chk)?;
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
    fn pattern(
        &mut self,
        p: &'a ast::Pattern,
        on_top: u32,
        ctx: &mut CaseCtx,
    ) -> Result<(), CompileError> {
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
                        let mut sub = CaseCtx {
                            pops: Vec::new(),
                            fail: alt_fail,
                        };
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
                let names: Vec<Const> = c
                    .kwd_attrs
                    .iter()
                    .map(|n| Const::Str(n.to_string()))
                    .collect();
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

/// State of `check_pattern`: names bound so far and the last pattern visited (where
/// CPython reports errors that have no better location).
struct PatCheck {
    stores: Vec<String>,
    loc: u32,
}

impl<'a> Compiler<'a> {
    /// CPython's compile-time checks of one pattern (see the module docs).
    fn check_pattern(
        &self,
        p: &ast::Pattern,
        allow_irrefutable: bool,
        chk: &mut PatCheck,
    ) -> Result<(), CompileError> {
        use ast::Pattern as P;
        let off = u32::from(rustpython_parser::ast::Ranged::start(p));
        chk.loc = off;
        match p {
            P::MatchValue(_) | P::MatchSingleton(_) => {}
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !allow_irrefutable {
                        return Err(match &a.name {
                            Some(n) => self.error(
                                off,
                                format!(
                                    "name capture {} makes remaining patterns unreachable",
                                    str_repr(n.as_str())
                                ),
                            ),
                            None => {
                                self.error(off, "wildcard makes remaining patterns unreachable")
                            }
                        });
                    }
                    if let Some(n) = &a.name {
                        self.check_store(n.as_str(), chk)?;
                    }
                }
                Some(inner) => {
                    self.check_pattern(inner, allow_irrefutable, chk)?;
                    if let Some(n) = &a.name {
                        self.check_store(n.as_str(), chk)?;
                    }
                }
            },
            P::MatchStar(st) => {
                if let Some(n) = &st.name {
                    self.check_store(n.as_str(), chk)?;
                }
            }
            P::MatchSequence(sq) => {
                if sq
                    .patterns
                    .iter()
                    .filter(|q| matches!(q, P::MatchStar(_)))
                    .count()
                    > 1
                {
                    return Err(self.error(off, "multiple starred names in sequence pattern"));
                }
                for sub in &sq.patterns {
                    self.check_pattern(sub, true, chk)?;
                }
            }
            P::MatchMapping(m) => {
                let mut seen: Vec<KeyConst> = Vec::new();
                for k in &m.keys {
                    if let Some(kc) = fold_key(k) {
                        if seen.iter().any(|x| x.py_eq(&kc)) {
                            return Err(self.error(
                                off,
                                format!("mapping pattern checks duplicate key ({})", kc.repr()),
                            ));
                        }
                        seen.push(kc);
                    }
                }
                for sub in &m.patterns {
                    self.check_pattern(sub, true, chk)?;
                }
                if let Some(rest) = &m.rest {
                    self.check_store(rest.as_str(), chk)?;
                }
            }
            P::MatchClass(c) => {
                for (i, attr) in c.kwd_attrs.iter().enumerate() {
                    for (j, other) in c.kwd_attrs.iter().enumerate().skip(i + 1) {
                        if attr.as_str() == other.as_str() {
                            let at = c
                                .kwd_patterns
                                .get(j)
                                .map(|q| u32::from(rustpython_parser::ast::Ranged::start(q)))
                                .unwrap_or(off);
                            return Err(self.error(
                                at,
                                format!(
                                    "attribute name repeated in class pattern: {}",
                                    attr.as_str()
                                ),
                            ));
                        }
                    }
                }
                for sub in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.check_pattern(sub, true, chk)?;
                }
            }
            P::MatchOr(o) => {
                let outer = std::mem::take(&mut chk.stores);
                let last = o.patterns.len().saturating_sub(1);
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    chk.stores = Vec::new();
                    self.check_pattern(alt, i == last && allow_irrefutable, chk)?;
                    let got = std::mem::take(&mut chk.stores);
                    match &control {
                        None => control = Some(got),
                        Some(ctl) => {
                            if ctl.len() != got.len() || ctl.iter().any(|n| !got.contains(n)) {
                                return Err(self
                                    .error(chk.loc, "alternative patterns bind different names"));
                            }
                        }
                    }
                }
                chk.stores = outer;
                for n in control.unwrap_or_default() {
                    self.check_store(&n, chk)?;
                }
            }
        }
        Ok(())
    }

    /// A capture of `name`: an error if the pattern already binds it.
    fn check_store(&self, name: &str, chk: &mut PatCheck) -> Result<(), CompileError> {
        if name == "__debug__" {
            return Err(self.error(chk.loc, "cannot assign to __debug__"));
        }
        if chk.stores.iter().any(|s| s == name) {
            return Err(self.error(
                chk.loc,
                format!("multiple assignments to name {} in pattern", str_repr(name)),
            ));
        }
        chk.stores.push(name.to_string());
        Ok(())
    }
}

fn str_repr(s: &str) -> String {
    crate::objects::text::str_repr(s)
}

/// A literal mapping-pattern key after constant folding (`-1`, `1-2j`).
enum KeyConst {
    None,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Other,
}

impl KeyConst {
    /// (real part as exact int or float, imaginary part) of a number; bools are ints.
    fn num(&self) -> Option<(Result<&BigInt, f64>, f64)> {
        match self {
            KeyConst::Int(i) => Some((Ok(i), 0.0)),
            KeyConst::Float(f) => Some((Err(*f), 0.0)),
            KeyConst::Complex(r, i) => Some((Err(*r), *i)),
            _ => None,
        }
    }

    /// Python `==` between two keys.
    fn py_eq(&self, other: &KeyConst) -> bool {
        match (self, other) {
            (KeyConst::None, KeyConst::None) => true,
            (KeyConst::Str(a), KeyConst::Str(b)) => a == b,
            (KeyConst::Bytes(a), KeyConst::Bytes(b)) => a == b,
            _ => match (self.num(), other.num()) {
                (Some((ra, ia)), Some((rb, ib))) => {
                    ia == ib
                        && match (ra, rb) {
                            (Ok(a), Ok(b)) => a == b,
                            (Err(a), Err(b)) => a == b,
                            (Ok(i), Err(f)) | (Err(f), Ok(i)) => {
                                f.is_finite()
                                    && f.fract() == 0.0
                                    && BigInt::from_f64(f).as_ref() == Some(i)
                            }
                        }
                }
                _ => false,
            },
        }
    }

    fn repr(&self) -> String {
        use crate::objects::numfmt::{complex_repr, float_repr};
        match self {
            KeyConst::None => "None".into(),
            KeyConst::Int(i) => i.to_string(),
            KeyConst::Float(f) => float_repr(*f),
            KeyConst::Complex(r, i) => complex_repr(*r, *i),
            KeyConst::Str(s) => str_repr(s),
            KeyConst::Bytes(b) => crate::objects::text::bytes_repr(b, "b"),
            KeyConst::Other => String::new(),
        }
    }
}

/// Fold a literal key as CPython's AST optimizer does; None for attribute lookups.
fn fold_key(e: &Expr) -> Option<KeyConst> {
    Some(match e {
        Expr::Constant(c) => match &c.value {
            ast::Constant::None => KeyConst::None,
            ast::Constant::Bool(b) => KeyConst::Int(BigInt::from(*b as u8)),
            ast::Constant::Int(i) => KeyConst::Int(i.clone()),
            ast::Constant::Float(f) => KeyConst::Float(*f),
            ast::Constant::Complex { real, imag } => KeyConst::Complex(*real, *imag),
            ast::Constant::Str(s) => KeyConst::Str(s.clone()),
            ast::Constant::Bytes(b) => KeyConst::Bytes(b.clone()),
            _ => KeyConst::Other,
        },
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match fold_key(&u.operand)? {
            KeyConst::Int(i) => KeyConst::Int(-i),
            KeyConst::Float(f) => KeyConst::Float(-f),
            KeyConst::Complex(r, i) => KeyConst::Complex(-r, -i),
            _ => return None,
        },
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
            let (l, r) = (fold_key(&b.left)?, fold_key(&b.right)?);
            let sub = b.op == Operator::Sub;
            let as_c = |k: &KeyConst| -> Option<(f64, f64)> {
                match k {
                    KeyConst::Int(i) => Some((i.to_f64()?, 0.0)),
                    KeyConst::Float(f) => Some((*f, 0.0)),
                    KeyConst::Complex(r, i) => Some((*r, *i)),
                    _ => None,
                }
            };
            match (&l, &r) {
                (KeyConst::Int(a), KeyConst::Int(b)) => {
                    KeyConst::Int(if sub { a - b } else { a + b })
                }
                (KeyConst::Complex(..), _) | (_, KeyConst::Complex(..)) => {
                    let ((ar, ai), (br, bi)) = (as_c(&l)?, as_c(&r)?);
                    if sub {
                        KeyConst::Complex(ar - br, ai - bi)
                    } else {
                        KeyConst::Complex(ar + br, ai + bi)
                    }
                }
                _ => {
                    let (a, b) = (as_c(&l)?.0, as_c(&r)?.0);
                    KeyConst::Float(if sub { a - b } else { a + b })
                }
            }
        }
        _ => return None,
    })
}

fn irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.is_none(),
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(irrefutable),
        _ => false,
    }
}
