//! Expressions, calls, comprehensions and lambdas.

use super::stmt::binop;
use super::*;
use crate::bytecode::CmpOp;
use ast::ast::{BoolOp, CmpOp as AstCmp, UnaryOp};

fn const_of(c: &ast::Constant) -> Const {
    match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Str(s) => Const::Str(s.clone()),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Int(i) => Const::Int(i.clone()),
        ast::Constant::Tuple(t) => Const::Tuple(t.iter().map(const_of).collect()),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}

fn cmp_op(op: &AstCmp) -> Instr {
    match op {
        AstCmp::Eq => Instr::CompareOp(CmpOp::Eq),
        AstCmp::NotEq => Instr::CompareOp(CmpOp::Ne),
        AstCmp::Lt => Instr::CompareOp(CmpOp::Lt),
        AstCmp::LtE => Instr::CompareOp(CmpOp::Le),
        AstCmp::Gt => Instr::CompareOp(CmpOp::Gt),
        AstCmp::GtE => Instr::CompareOp(CmpOp::Ge),
        AstCmp::Is => Instr::IsOp(0),
        AstCmp::IsNot => Instr::IsOp(1),
        AstCmp::In => Instr::ContainsOp(0),
        AstCmp::NotIn => Instr::ContainsOp(1),
    }
}

fn start_of(e: &Expr) -> u32 {
    u32::from(rustpython_parser::ast::Ranged::start(e))
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        let off = start_of(e);
        self.enter_nesting(off)?;
        let old = self.set_line(off);
        let r = self.expr_inner(e, off);
        self.unit().line = old;
        self.nesting -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr, off: u32) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        match b.op {
                            BoolOp::And => self.jump(Instr::JumpIfFalseOrPop, end),
                            BoolOp::Or => self.jump(Instr::JumpIfTrueOrPop, end),
                        }
                    }
                }
                self.bind(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(off);
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold negative numeric literals so `-1` is one constant.
                if let (UnaryOp::USub, Expr::Constant(c)) = (u.op, &*u.operand) {
                    match &c.value {
                        ast::Constant::Int(i) => {
                            self.load_const(Const::Int(-i.clone()));
                            return Ok(());
                        }
                        ast::Constant::Float(f) => {
                            self.load_const(Const::Float(-f));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPos,
                    UnaryOp::USub => Instr::UnaryNeg,
                });
            }
            Expr::Lambda(l) => {
                let flags = self.defaults(&l.args)?;
                let scope = self.table.scope_at(off);
                let qualname = self.qualname("<lambda>");
                let class_name = self.unit_ref().class_name.clone();
                let line = self.lines.line(off);
                self.push_unit(scope, "<lambda>".into(), qualname, line, class_name);
                self.set_arg_counts(&l.args);
                self.expr(&l.body)?;
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, flags);
            }
            Expr::IfExp(i) => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                self.expr(&i.body)?;
                self.jump(Instr::Jump, end);
                self.bind(else_l);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => {
                if d.keys.iter().all(|k| k.is_some()) && d.keys.len() < 0x10000 {
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        self.expr(k.as_ref().unwrap())?;
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildMap(d.keys.len() as u32));
                } else {
                    self.emit(Instr::BuildMap(0));
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for e in &s.elts {
                        match e {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(e)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for e in &s.elts {
                        self.expr(e)?;
                    }
                    // Constant displays of 3+ items are built like CPython's frozenset
                    // constant merged into a new set (this decides iteration order).
                    let all_const =
                        s.elts.len() >= 3 && s.elts.iter().all(|e| matches!(e, Expr::Constant(_)));
                    let flag = if all_const { 1 << 31 } else { 0 };
                    self.emit(Instr::BuildSet(s.elts.len() as u32 | flag));
                }
            }
            Expr::List(l) => self.sequence(&l.elts, false)?,
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(&t.elts) {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, true)?;
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(e, off, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, off, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => self.comprehension(
                e,
                off,
                "<dictcomp>",
                &c.generators,
                CompKind::Dict(&c.key, &c.value),
            )?,
            Expr::GeneratorExp(c) => {
                self.comprehension(e, off, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Await(_) => return Err(self.error(off, "'await' is not supported by pyjit")),
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue(0));
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.yield_from()?;
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c, off)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Const::Str(String::new()));
                }
                for v in &j.values {
                    self.expr(v)?;
                }
                if j.values.len() > 1 {
                    self.emit(Instr::BuildString(j.values.len() as u32));
                } else if let Some(Expr::Constant(_)) = j.values.first() {
                    // A lone literal is already a str.
                }
            }
            Expr::Constant(c) => {
                let k = const_of(&c.value);
                self.load_const(k);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(&a.attr);
                self.set_line(off);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(off);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(_) => return Err(self.error(off, "can't use starred expression here")),
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    self.load_const(Const::Bool(true));
                } else {
                    self.load(&n.id);
                }
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                match &s.upper {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if let Some(v) = &s.step {
                    self.expr(v)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
        }
        Ok(())
    }

    fn const_tuple(&self, elts: &[Expr]) -> Option<Const> {
        let mut items = Vec::new();
        for e in elts {
            match e {
                Expr::Constant(c) => items.push(const_of(&c.value)),
                _ => return None,
            }
        }
        Some(Const::Tuple(items))
    }

    /// Build a list or tuple from elements, handling `*x`.
    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> Result<(), CompileError> {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for e in elts {
                match e {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.expr(e)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
        } else {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(if tuple {
                Instr::BuildTuple(n)
            } else {
                Instr::BuildList(n)
            });
        }
        Ok(())
    }

    /// Jump to `target` if `e` is truthy (`when` = true) or falsy.
    pub(crate) fn jump_if(
        &mut self,
        e: &'a Expr,
        when: bool,
        target: Label,
    ) -> Result<(), CompileError> {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == BoolOp::And;
                // `a and b` jumps on false if any is false; on true only if all are.
                if is_and != when {
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.jump(
            if when {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ast::ExprCompare) -> Result<(), CompileError> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit(cmp_op(&c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(cmp_op(&c.ops[i]));
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit(cmp_op(&c.ops[n - 1]));
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ast::ExprCall, off: u32) -> Result<(), CompileError> {
        let simple_args = !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let Expr::Attribute(a) = &*c.func {
            if simple_args && c.keywords.is_empty() && c.args.len() < 0xffff {
                self.expr(&a.value)?;
                let i = self.attr_idx(&a.attr);
                self.set_line(start_of(&c.func));
                self.emit(Instr::LoadMethod(i));
                for arg in &c.args {
                    self.expr(arg)?;
                }
                self.set_line(off);
                self.emit(Instr::CallMethod(c.args.len() as u32));
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        self.call_tail(&c.args, &c.keywords, 0)?;
        Ok(())
    }

    /// Emit arguments and the call, with `extra` positional arguments already pushed
    /// after the callable (used by class definitions).
    pub(crate) fn call_tail(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::ast::Keyword],
        extra: u32,
    ) -> Result<(), CompileError> {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(extra + args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Const::Str(k.arg.as_ref().unwrap().to_string()));
                }
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallKw(extra + (args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        // General form: build an argument tuple and a keyword dict.
        // Any extra arguments already pushed become the start of the list.
        self.emit(Instr::BuildList(extra));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    // Bit 31: in a call (errors name the callee, two slots below).
                    self.emit(Instr::ListExtend(1 | 1 << 31));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.to_string()));
                    self.expr(&k.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ast::ExprFormattedValue) -> Result<(), CompileError> {
        self.expr(&f.value)?;
        let conv = match f.conversion {
            ast::ast::ConversionFlag::None => 0,
            ast::ast::ConversionFlag::Str => 1,
            ast::ast::ConversionFlag::Repr => 2,
            ast::ast::ConversionFlag::Ascii => 3,
        };
        let mut flags = conv;
        if let Some(spec) = &f.format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Instr::FormatValue(flags));
        Ok(())
    }

    /// `[iterable]` -> value of `yield from iterable`.
    pub(crate) fn yield_from(&mut self) -> Result<(), CompileError> {
        let start = self.new_label();
        let exit = self.new_label();
        self.emit(Instr::GetYieldFromIter);
        self.load_const(Const::None);
        self.bind(start);
        self.jump(Instr::Send, exit);
        self.emit(Instr::YieldValue(1));
        self.jump(Instr::Jump, start);
        self.bind(exit);
        Ok(())
    }

    fn comprehension(
        &mut self,
        _e: &'a Expr,
        off: u32,
        name: &str,
        generators: &'a [ast::ast::Comprehension],
        kind: CompKind<'a>,
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_at(off);
        let qualname = self.qualname(name);
        let class_name = self.unit_ref().class_name.clone();
        let line = self.lines.line(off);
        // The outermost iterable is evaluated here and passed as `.0`.
        self.push_unit(scope, name.into(), qualname, line, class_name);
        self.unit().argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Instr::BuildList(0)),
            CompKind::Set(_) => self.emit(Instr::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(generators, 0, &kind)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::ast::Comprehension],
        i: usize,
        kind: &CompKind<'a>,
    ) -> Result<(), CompileError> {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.bind(start);
        self.jump(Instr::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            // Depth of the result container below the iterators.
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Instr::YieldValue(0));
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.jump(Instr::Jump, start);
        self.bind(end);
        Ok(())
    }
}

pub(crate) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
