//! Statements.

use super::*;
use ast::ast::ExprContext;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), CompileError> {
        let off = u32::from(rustpython_parser::ast::Ranged::start(s));
        self.enter_nesting(off)?;
        self.set_line(off);
        let r = self.stmt_inner(s, off);
        self.nesting -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt, off: u32) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f, off)?,
            Stmt::ClassDef(c) => self.class_def(c, off)?,
            Stmt::Return(r) => {
                if !matches!(
                    self.unit_ref().kind,
                    ScopeKind::Function | ScopeKind::Lambda
                ) {
                    return Err(self.error(off, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.unwind_all(true)?;
                self.set_line(off);
                self.emit(Instr::ReturnValue);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) if swap_assignment(a).is_some() => {
                // `a, b = b, a` (two or three items, no starred parts): evaluate the
                // items left to right and reorder them with one SWAP instead of
                // building and unpacking a tuple, as CPython does.
                let (values, targets) = swap_assignment(a).unwrap_or_default();
                for v in values {
                    self.expr(v)?;
                }
                self.emit(Instr::Swap(values.len() as u32));
                for t in targets {
                    self.store_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(&a.target, a.op, &a.value)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                let at_top = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
                match &*a.target {
                    Expr::Name(n) if a.simple && at_top => {
                        self.expr(&a.annotation)?;
                        let i = self.name_idx("__annotations__");
                        self.emit(Instr::LoadName(i));
                        let m = self.mangled(&n.id);
                        self.load_const(Const::Str(m));
                        self.emit(Instr::StoreSubscr);
                    }
                    Expr::Name(_) => {}
                    other => {
                        if a.value.is_none() {
                            // Evaluate the target's object (CPython checks it exists).
                            match other {
                                Expr::Attribute(at) => {
                                    self.expr(&at.value)?;
                                    self.emit(Instr::PopTop);
                                }
                                Expr::Subscript(sub) => {
                                    self.expr(&sub.value)?;
                                    self.emit(Instr::PopTop);
                                    self.expr(&sub.slice)?;
                                    self.emit(Instr::PopTop);
                                }
                                _ => {}
                            }
                        }
                        if at_top {
                            self.expr(&a.annotation)?;
                            self.emit(Instr::PopTop);
                        }
                    }
                }
            }
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => {
                let end = self.new_label();
                let else_l = self.new_label();
                self.jump_if(&i.test, false, else_l)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.jump(Instr::Jump, end);
                }
                self.bind(else_l);
                self.stmts(&i.orelse)?;
                self.bind(end);
            }
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(off);
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.set_line(off);
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Const::Int(0.into()));
                    self.load_const(Const::None);
                    let n = self.name_idx(&alias.name);
                    self.emit(Instr::ImportName(n));
                    match &alias.asname {
                        Some(asname) => {
                            for part in alias.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Instr::LoadAttr(p));
                            }
                            self.store(asname);
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("").to_string();
                            self.store(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                self.load_const(Const::Int(level.into()));
                let names: Vec<Const> = i
                    .names
                    .iter()
                    .map(|a| Const::Str(a.name.to_string()))
                    .collect();
                self.load_const(Const::Tuple(names));
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let n = self.name_idx(&module);
                self.emit(Instr::ImportName(n));
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for alias in &i.names {
                        let n = self.name_idx(&alias.name);
                        self.emit(Instr::ImportFrom(n));
                        let target = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                        self.store(&target);
                    }
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if self.unit_ref().interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Instr::PrintExpr);
                } else {
                    // A bare constant (e.g. a stray string) generates nothing.
                    if let Expr::Constant(_) = &*e.value {
                        return Ok(());
                    }
                    self.expr(&e.value)?;
                    self.emit(Instr::PopTop);
                }
            }
            Stmt::Break(_) => match self.unwind_to_loop() {
                Some(FBlock::For { end, .. }) => {
                    self.emit(Instr::PopTop);
                    self.jump(Instr::Jump, end);
                }
                Some(FBlock::While { end, .. }) => self.jump(Instr::Jump, end),
                _ => return Err(self.error(off, "'break' outside loop")),
            },
            Stmt::Continue(_) => match self.unwind_to_loop() {
                Some(FBlock::For { start, .. }) | Some(FBlock::While { start, .. }) => {
                    self.jump(Instr::Jump, start)
                }
                _ => return Err(self.error(off, "'continue' not properly in loop")),
            },
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {
                return Err(self.error(off, "async functions are not supported by pyjit"))
            }
            Stmt::TryStar(_) => {
                return Err(self.error(off, "exception groups (except*) are not supported by pyjit"))
            }
            Stmt::TypeAlias(_) => {
                return Err(self.error(off, "the 'type' statement needs Python 3.12"))
            }
        }
        Ok(())
    }

    /// Evaluate defaults and keyword defaults; returns MakeFunction flags.
    pub(crate) fn defaults(&mut self, args: &'a ast::ast::Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                let m = self.mangled(name);
                self.load_const(Const::Str(m));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    pub(crate) fn set_arg_counts(&mut self, args: &ast::ast::Arguments) {
        let u = self.unit();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.flags.varargs = args.vararg.is_some();
        u.flags.varkeywords = args.kwarg.is_some();
    }

    fn function_def(
        &mut self,
        f: &'a ast::ast::StmtFunctionDef,
        off: u32,
    ) -> Result<(), CompileError> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let mut flags = self.defaults(&f.args)?;
        // Annotations are evaluated at definition time into a dict (flag 4).
        let mut anns: Vec<(String, &'a Expr)> = Vec::new();
        for a in f.args.posonlyargs.iter().chain(&f.args.args) {
            if let Some(ann) = &a.def.annotation {
                anns.push((self.mangled(&a.def.arg), ann));
            }
        }
        if let Some(v) = &f.args.vararg {
            if let Some(ann) = &v.annotation {
                anns.push((self.mangled(&v.arg), ann));
            }
        }
        for a in &f.args.kwonlyargs {
            if let Some(ann) = &a.def.annotation {
                anns.push((self.mangled(&a.def.arg), ann));
            }
        }
        if let Some(k) = &f.args.kwarg {
            if let Some(ann) = &k.annotation {
                anns.push((self.mangled(&k.arg), ann));
            }
        }
        if let Some(r) = &f.returns {
            anns.push(("return".to_string(), r));
        }
        if !anns.is_empty() {
            let n = anns.len() as u32;
            for (name, e) in anns {
                self.load_const(Const::Str(name));
                self.expr(e)?;
            }
            self.emit(Instr::BuildMap(n));
            flags |= 4;
        }
        let scope = self.table.scope_at(off);
        let qualname = self.qualname(&f.name);
        // co_firstlineno of a decorated function is the line of its first decorator.
        let first_line = f
            .decorator_list
            .first()
            .map(|d| {
                self.lines
                    .line(u32::from(rustpython_parser::ast::Ranged::start(d)))
            })
            .unwrap_or(self.lines.line(off));
        let class_name = self.unit_ref().class_name.clone();
        self.push_unit(scope, f.name.to_string(), qualname, first_line, class_name);
        self.set_arg_counts(&f.args);
        let body = self.docstring(&f.body);
        self.stmts(body)?;
        // The implicit `return None` (unreachable when every path returned).
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(off);
        self.make_function(code, flags);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::ast::StmtClassDef, off: u32) -> Result<(), CompileError> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.scope_at(off);
        let qualname = self.qualname(&c.name);
        let line = self.lines.line(off);
        self.push_unit(
            scope,
            c.name.to_string(),
            qualname.clone(),
            line,
            Some(c.name.to_string()),
        );
        self.unit().flags.uses_locals_dict = true;
        let i = self.name_idx("__name__");
        self.emit(Instr::LoadName(i));
        let i = self.name_idx("__module__");
        self.emit(Instr::StoreName(i));
        self.load_const(Const::Str(qualname));
        let i = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(i));
        if self.table.scopes[scope].has_annotations {
            self.emit(Instr::SetupAnnotations);
        }
        let body = self.docstring(&c.body);
        if let Some(doc) = self.unit().doc.clone() {
            self.load_const(Const::Str(doc));
            let i = self.name_idx("__doc__");
            self.emit(Instr::StoreName(i));
        }
        self.stmts(body)?;
        if self.table.scopes[scope].needs_class_cell {
            let i = self.deref_idx("__class__");
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            let n = self.name_idx("__classcell__");
            self.emit(Instr::StoreName(n));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(off);
        self.make_function(code, 0);
        self.load_const(Const::Str(c.name.to_string()));
        self.call_tail(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store(&c.name);
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        let off = u32::from(rustpython_parser::ast::Ranged::start(t));
        match t {
            Expr::Name(n) => self.store(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(&a.attr);
                self.set_line(off);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(off);
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(t) => &t.elts,
                    Expr::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.error(off, "multiple starred expressions in assignment"));
                }
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 16)));
                    }
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        _ => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(_) => {
                return Err(self.error(off, "starred assignment target must be in a list or tuple"))
            }
            _ => {
                let what = expr_kind_name(t);
                return Err(self.error(off, format!("cannot assign to {what}")));
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Result<(), CompileError> {
        let off = u32::from(rustpython_parser::ast::Ranged::start(t));
        match t {
            Expr::Name(n) => self.name_op(&n.id, ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(&a.attr);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            _ => {
                let what = expr_kind_name(t);
                return Err(self.error(off, format!("cannot delete {what}")));
            }
        }
        Ok(())
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: ast::ast::Operator,
        value: &'a Expr,
    ) -> Result<(), CompileError> {
        let op = binop(op);
        let off = u32::from(rustpython_parser::ast::Ranged::start(target));
        match target {
            Expr::Name(n) => {
                self.load(&n.id);
                self.expr(value)?;
                self.set_line(off);
                self.emit(Instr::InplaceOp(op));
                self.store(&n.id);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(&a.attr);
                self.emit(Instr::LoadAttrKeep(i));
                self.expr(value)?;
                self.set_line(off);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::StoreAttrInplace(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::BinarySubscrKeep);
                self.expr(value)?;
                self.set_line(off);
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::StoreSubscrInplace);
            }
            _ => {
                let what = expr_kind_name(target);
                return Err(self.error(
                    off,
                    format!("'{what}' is an illegal expression for augmented assignment"),
                ));
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::ast::StmtFor) -> Result<(), CompileError> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.jump(Instr::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::ast::StmtWhile) -> Result<(), CompileError> {
        let start = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always_true = matches!(&*w.test, Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(true)) || matches!(&c.value, ast::Constant::Int(i) if *i != 0.into()));
        if !always_true {
            self.jump_if(&w.test, false, else_l)?;
        }
        self.unit().fblocks.push(FBlock::While { start, end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.jump(Instr::Jump, start);
        self.bind(else_l);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), CompileError> {
        let except = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let outer = self.unit().handler;
        self.push_handler(except, 0);
        self.stmts(body)?;
        self.pop_handler();
        self.stmts(orelse)?;
        self.jump(Instr::Jump, end);

        self.bind(except);
        // Stack: [exc]. The cleanup handler keeps one item: the saved exception
        // that PushExcInfo slides under the current one.
        self.push_handler(cleanup, 0);
        self.emit(Instr::PushExcInfo);
        for (idx, h) in handlers.iter().enumerate() {
            let ast::ast::ExceptHandler::ExceptHandler(h) = h;
            let hoff = u32::from(h.range.start());
            self.set_line(hoff);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.jump(Instr::PopJumpIfFalse, next);
                }
                None => {
                    if idx + 1 != handlers.len() {
                        return Err(self.error(hoff, "default 'except:' must be last"));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.store(name);
                    let name_cleanup = self.new_label();
                    self.push_handler(name_cleanup, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.to_string()),
                        outer,
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler();
                    self.emit(Instr::PopExcept);
                    self.load_const(Const::None);
                    self.store(name);
                    self.name_op(name, ExprContext::Del);
                    self.jump(Instr::Jump, end);
                    // An exception inside the handler: clear the name, then the
                    // outer cleanup restores the previous exception.
                    self.bind(name_cleanup);
                    self.load_const(Const::None);
                    self.store(name);
                    self.name_op(name, ExprContext::Del);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None, outer });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopExcept);
                    self.jump(Instr::Jump, end);
                }
            }
            self.bind(next);
        }
        // No handler matched.
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::ast::StmtTry) -> Result<(), CompileError> {
        let fin = self.new_label();
        let fin_cleanup = self.new_label();
        let end = self.new_label();
        let outer = self.unit().handler;
        self.push_handler(fin, 0);
        self.unit().fblocks.push(FBlock::FinallyTry {
            body: &t.finalbody,
            outer,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.finalbody)?;
        self.jump(Instr::Jump, end);

        self.bind(fin);
        self.push_handler(fin_cleanup, 0);
        self.emit(Instr::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd { outer });
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.pop_handler();
        self.bind(fin_cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [ast::ast::WithItem],
        body: &'a [Stmt],
        i: usize,
    ) -> Result<(), CompileError> {
        let item = &items[i];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let outer = self.unit().handler;
        self.expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        // Stack [exit, value]: the handler keeps [exit].
        self.push_handler(handler, -1);
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Instr::PopTop),
        }
        self.unit().fblocks.push(FBlock::With { outer });
        if i + 1 < items.len() {
            self.with_stmt(items, body, i + 1)?;
        } else {
            self.stmts(body)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, end);

        self.bind(handler);
        // [exit, exc]: the cleanup keeps [exit, prev].
        self.push_handler(cleanup, 0);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, end);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }
}

pub(crate) fn binop(op: ast::ast::Operator) -> crate::bytecode::BinOp {
    use crate::bytecode::BinOp;
    use ast::ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Constant(c) => match c.value {
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis => match c.value
            {
                ast::Constant::None => "None",
                ast::Constant::Bool(true) => "True",
                ast::Constant::Bool(false) => "False",
                _ => "ellipsis",
            },
            _ => "literal",
        },
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => "f-string expression",
        Expr::NamedExpr(_) => "named expression",
        _ => "expression",
    }
}

/// The items of `x, y = e1, e2` (or three of each) when it can be compiled with a
/// SWAP: one target list, a tuple display of the same length on the right, and no
/// starred item on either side.
fn swap_assignment(a: &ast::ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = &a.targets[..] else {
        return None;
    };
    let targets = match target {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let Expr::Tuple(values) = &*a.value else {
        return None;
    };
    let starred = |e: &Expr| matches!(e, Expr::Starred(_));
    let ok = matches!(targets.len(), 2 | 3)
        && values.elts.len() == targets.len()
        && !targets.iter().any(starred)
        && !values.elts.iter().any(starred);
    ok.then_some((&values.elts[..], targets))
}
