//! Symbol tables: which scope each name belongs to.
//!
//! Pass 1 (`Builder`) walks the AST and records, per scope (module, class, function,
//! lambda, comprehension), every name with how it is used. Pass 2 (`analyze`) resolves
//! each name to local, cell, free, or global, following CPython's rules:
//! 1. `global x` makes x global; `nonlocal x` needs a binding in an enclosing function.
//! 2. A name bound in a scope (assignment, parameter, import, def, class, for target,
//!    `as` target, `del`) is local to it, unless declared global/nonlocal.
//! 3. A name used but not bound is free if an enclosing *function* scope binds it
//!    (class scopes are skipped), otherwise global.
//! 4. A local of a function that a nested scope uses freely becomes a cell.
//! 5. A walrus target inside a comprehension binds in the nearest enclosing
//!    non-comprehension scope.
//! 6. A function inside a class that uses `super` or `__class__` gets a free
//!    `__class__`, and the class gets a `__class__` cell.
//!
//! Scopes are keyed by the byte offset where their AST node starts.

use std::collections::HashMap;

use super::ast::{self, Expr, Pattern, Stmt};
use super::error::{CompileError, ErrorKind};

/// Kind of scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module top level.
    Module,
    /// Class body.
    Class,
    /// `def`
    Function,
    /// `lambda`
    Lambda,
    /// List/set/dict comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local (or a locals-dict name in module/class scope).
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: global or builtin.
    GlobalImplicit,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
const ANNOTATED: u8 = 32;

/// One scope's symbols.
#[derive(Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Name (function or class name, `<lambda>`, `<listcomp>` ...).
    pub name: String,
    /// Flags per name, in order of first appearance.
    flags: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    /// Resolved scope per name (after analysis).
    pub resolved: HashMap<String, NameScope>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Free names that a class body only passes through to nested scopes.
    pub class_passthrough: Vec<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Class scope whose methods need `__class__`.
    pub needs_class_cell: bool,
    /// Function uses `super` or `__class__`.
    uses_class: bool,
    /// Enclosing scope.
    pub parent: Option<usize>,
    /// Nested scopes.
    pub children: Vec<usize>,
    /// Line of the defining node (for error messages).
    line: u32,
    /// Has annotated assignments at module/class level.
    pub has_annotations: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, line: u32) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            flags: Vec::new(),
            index: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            class_passthrough: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            uses_class: false,
            parent,
            children: Vec::new(),
            line,
            has_annotations: false,
        }
    }
    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.flags[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.flags.len());
                self.flags.push((name.to_string(), flag));
            }
        }
    }
    fn get(&self, name: &str) -> u8 {
        self.index.get(name).map(|&i| self.flags[i].1).unwrap_or(0)
    }
    /// Is this a function-like scope (has fast locals)?
    pub fn is_function(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
    /// Resolution of `name` in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        // Names the analysis never saw (e.g. implicit ones) are globals or builtins.
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
    /// Local variable names: parameters first, then other locals in order of appearance.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for (name, _) in &self.flags {
            if matches!(self.resolved.get(name), Some(NameScope::Local)) && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }
    /// Cell variable names (sorted, as CPython does).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .flags
            .iter()
            .filter(|(n, _)| self.resolved.get(n) == Some(&NameScope::Cell))
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_cell && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".into());
        }
        v.sort();
        v
    }
    /// Free variable names (sorted).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .flags
            .iter()
            .filter(|(n, _)| self.resolved.get(n) == Some(&NameScope::Free))
            .map(|(n, _)| n.clone())
            .collect();
        for n in &self.class_passthrough {
            if !v.contains(n) {
                v.push(n.clone());
            }
        }
        v.sort();
        v
    }
}

/// All scopes of one compilation unit.
pub struct SymbolTable {
    /// Scopes; index 0 is the top level.
    pub scopes: Vec<Scope>,
    by_offset: HashMap<u32, usize>,
}

impl SymbolTable {
    /// Scope created for the AST node starting at `offset`.
    pub fn scope_at(&self, offset: u32) -> usize {
        self.by_offset[&offset]
    }
}

/// Private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    if let Some(cls) = class_name {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = cls.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_offset: HashMap<u32, usize>,
    stack: Vec<usize>,
    class_names: Vec<Option<String>>,
    lines: &'a super::ast::LineIndex,
    filename: &'a str,
    source: &'a str,
}

/// Build and analyze the symbol table of a module (or an `eval` expression).
pub fn build(
    body: &[Stmt],
    expr: Option<&Expr>,
    lines: &super::ast::LineIndex,
    filename: &str,
    source: &str,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, 1)],
        by_offset: HashMap::new(),
        stack: vec![0],
        class_names: vec![None],
        lines,
        filename,
        source,
    };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_offset: b.by_offset,
    };
    analyze(&mut table, 0, &[], lines, filename, source)?;
    Ok(table)
}

fn offset_of<T: rustpython_parser::ast::Ranged>(node: &T) -> u32 {
    u32::from(node.start())
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }
    fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().cloned().flatten().as_deref(), name)
    }
    fn err(&self, offset: u32, msg: String) -> CompileError {
        let line = self.lines.line(offset);
        CompileError {
            kind: ErrorKind::Syntax,
            msg,
            filename: self.filename.to_string(),
            lineno: line,
            col: self.lines.column(self.source, offset),
            text: Some(self.lines.line_text(self.source, line).to_string()),
        }
    }
    fn bind(&mut self, name: &str, _offset: u32) -> Result<(), CompileError> {
        let name = self.mangled(name);
        self.cur().add(&name, BOUND);
        Ok(())
    }
    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name);
        if name == "super" || name == "__class__" {
            self.cur().uses_class = true;
        }
        self.cur().add(&name, USED);
    }
    fn push_scope(&mut self, kind: ScopeKind, name: &str, offset: u32) -> usize {
        let parent = *self.stack.last().unwrap();
        let id = self.scopes.len();
        let line = self.lines.line(offset);
        self.scopes.push(Scope::new(kind, name, Some(parent), line));
        self.scopes[parent].children.push(id);
        self.by_offset.insert(offset, id);
        self.stack.push(id);
        id
    }
    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, args: &ast::ast::Arguments) -> Result<(), CompileError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::ast::Arguments) {
        let mut names = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            names.push(a.def.arg.to_string());
        }
        // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
        if let Some(v) = &args.vararg {
            names.push(v.arg.to_string());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.to_string());
        }
        for n in &names {
            let m = self.mangled(n);
            self.cur().add(&m, BOUND | PARAM);
            self.cur().params.push(m);
        }
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.args_defaults(&f.args)?;
                for a in f
                    .args
                    .posonlyargs
                    .iter()
                    .chain(&f.args.args)
                    .chain(&f.args.kwonlyargs)
                {
                    if let Some(ann) = &a.def.annotation {
                        self.expr(ann)?;
                    }
                }
                for a in f.args.vararg.iter().chain(f.args.kwarg.iter()) {
                    if let Some(ann) = &a.annotation {
                        self.expr(ann)?;
                    }
                }
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name, offset_of(s))?;
                self.push_scope(ScopeKind::Function, &f.name, offset_of(s));
                self.class_names
                    .push(self.class_names.last().cloned().flatten());
                self.params(&f.args);
                self.stmts(&f.body)?;
                self.class_names.pop();
                self.pop_scope();
            }
            Stmt::AsyncFunctionDef(_) | Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => {
                return Err(self.err(
                    offset_of(s),
                    "async functions are not supported by pyjit".into(),
                ));
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name, offset_of(s))?;
                self.push_scope(ScopeKind::Class, &c.name, offset_of(s));
                self.class_names.push(Some(c.name.to_string()));
                self.stmts(&c.body)?;
                self.class_names.pop();
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if self.cur().kind == ScopeKind::Module || self.cur().kind == ScopeKind::Class {
                    return Err(self.err(offset_of(s), "'return' outside function".into()));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let mname = self.mangled(&n.id);
                    let flags = self.cur().get(&mname);
                    if flags & (GLOBAL | NONLOCAL) != 0 && a.simple {
                        let what = if flags & GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.err(
                            offset_of(s),
                            format!("annotated name '{}' can't be {what}", n.id),
                        ));
                    }
                    let m = self.mangled(&n.id);
                    self.cur().add(&m, ANNOTATED);
                }
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.cur().has_annotations = true;
                    self.expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation still makes the name local in a function.
                    if self.cur().is_function() {
                        self.bind(&n.id, offset_of(s))?;
                    }
                } else {
                    self.target_subexprs(&a.target)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, offset_of(s))?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::TryStar(_) => {
                return Err(self.err(
                    offset_of(s),
                    "exception groups (except*) are not supported by pyjit".into(),
                ));
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, offset_of(s))?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.err(
                                offset_of(s),
                                "import * only allowed at module level".into(),
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.bind(&bound, offset_of(s))?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let m = self.mangled(n);
                    let flags = self.cur().get(&m);
                    if flags & PARAM != 0 {
                        return Err(
                            self.err(offset_of(s), format!("name '{n}' is parameter and global"))
                        );
                    }
                    if flags & USED != 0 {
                        return Err(self.err(
                            offset_of(s),
                            format!("name '{n}' is used prior to global declaration"),
                        ));
                    }
                    if flags & BOUND != 0 {
                        return Err(self.err(
                            offset_of(s),
                            format!("name '{n}' is assigned to before global declaration"),
                        ));
                    }
                    if flags & NONLOCAL != 0 {
                        return Err(
                            self.err(offset_of(s), format!("name '{n}' is nonlocal and global"))
                        );
                    }
                    self.cur().add(&m, GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err(
                        offset_of(s),
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                for n in &g.names {
                    let m = self.mangled(n);
                    let flags = self.cur().get(&m);
                    if flags & PARAM != 0 {
                        return Err(self.err(
                            offset_of(s),
                            format!("name '{n}' is parameter and nonlocal"),
                        ));
                    }
                    if flags & USED != 0 {
                        return Err(self.err(
                            offset_of(s),
                            format!("name '{n}' is used prior to nonlocal declaration"),
                        ));
                    }
                    if flags & BOUND != 0 {
                        return Err(self.err(
                            offset_of(s),
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                        ));
                    }
                    if flags & GLOBAL != 0 {
                        return Err(
                            self.err(offset_of(s), format!("name '{n}' is nonlocal and global"))
                        );
                    }
                    self.cur().add(&m, NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(_) => {
                return Err(self.err(
                    offset_of(s),
                    "the 'type' statement needs Python 3.12".into(),
                ));
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r, offset_of(p))?;
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n, offset_of(p))?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n, offset_of(p))?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    /// An assignment or deletion target.
    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => self.bind(&n.id, offset_of(t))?,
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            _ => self.target_subexprs(t)?,
        }
        Ok(())
    }

    fn target_subexprs(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            _ => self.expr(t),
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind_name: &str,
        generators: &[ast::ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.push_scope(ScopeKind::Comprehension, kind_name, offset_of(node));
        self.cur().add(".0", BOUND | PARAM);
        self.cur().params.push(".0".into());
        if kind_name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                return Err(self.err(
                    offset_of(node),
                    "asynchronous comprehensions are not supported by pyjit".into(),
                ));
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(name) = &*n.target {
                    // Rule 5: bind in the nearest non-comprehension scope.
                    let mut depth = self.stack.len() - 1;
                    while self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension {
                        let comp = self.stack[depth];
                        if self.scopes[comp].get(name.id.as_str()) & BOUND != 0
                            && self.scopes[comp].get(name.id.as_str()) & NONLOCAL == 0
                        {
                            return Err(self.err(offset_of(e), format!("assignment expression cannot rebind comprehension iteration variable '{}'", name.id)));
                        }
                        depth -= 1;
                    }
                    if depth == self.stack.len() - 1 {
                        self.bind(&name.id, offset_of(e))?;
                    } else {
                        let target = self.stack[depth];
                        if self.scopes[target].kind == ScopeKind::Class {
                            return Err(self.err(offset_of(e), "assignment expression within a comprehension cannot be used in a class body".into()));
                        }
                        let is_module = self.scopes[target].kind == ScopeKind::Module;
                        let flag_target = self.scopes[target].get(name.id.as_str());
                        self.scopes[target].add(name.id.as_str(), BOUND);
                        let mark = if is_module || flag_target & GLOBAL != 0 {
                            GLOBAL
                        } else {
                            NONLOCAL
                        };
                        for d in depth + 1..self.stack.len() {
                            let s = self.stack[d];
                            self.scopes[s].add(name.id.as_str(), mark | USED);
                        }
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.args_defaults(&l.args)?;
                self.push_scope(ScopeKind::Lambda, "<lambda>", offset_of(e));
                self.params(&l.args);
                self.expr(&l.body)?;
                self.pop_scope();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(e, "<listcomp>", &c.generators, &[&c.elt])?,
            Expr::SetComp(c) => self.comprehension(e, "<setcomp>", &c.generators, &[&c.elt])?,
            Expr::DictComp(c) => {
                self.comprehension(e, "<dictcomp>", &c.generators, &[&c.key, &c.value])?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, &[&c.elt])?
            }
            Expr::Await(_) => {
                return Err(self.err(offset_of(e), "'await' is not supported by pyjit".into()))
            }
            Expr::Yield(y) => {
                self.check_yield(e)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_yield(e)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => match n.ctx {
                ast::ast::ExprContext::Load => self.use_name(&n.id),
                _ => self.bind(&n.id, offset_of(e))?,
            },
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, e: &Expr) -> Result<(), CompileError> {
        match self.cur().kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err(offset_of(e), "'yield' outside function".into()))
            }
            ScopeKind::Comprehension => {
                let name = self.cur().name.clone();
                let what = match name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(offset_of(e), format!("'yield' inside {what}")))
            }
            _ => {
                self.cur().is_generator = true;
                Ok(())
            }
        }
    }
}

/// Resolve names of scope `id` given the names bound by enclosing function scopes.
/// Returns the names that are free in this scope (for the parent to turn into cells).
fn analyze(
    table: &mut SymbolTable,
    id: usize,
    enclosing: &[String],
    lines: &super::ast::LineIndex,
    filename: &str,
    source: &str,
) -> Result<Vec<String>, CompileError> {
    let kind = table.scopes[id].kind;
    let mut resolved = HashMap::new();
    let names: Vec<(String, u8)> = table.scopes[id].flags.clone();
    for (name, flags) in &names {
        let scope = if flags & GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if flags & NONLOCAL != 0 {
            if !enclosing.contains(name) {
                let line = table.scopes[id].line;
                return Err(CompileError {
                    kind: ErrorKind::Syntax,
                    msg: format!("no binding for nonlocal '{name}' found"),
                    filename: filename.to_string(),
                    lineno: line,
                    col: 1,
                    text: Some(lines.line_text(source, line).to_string()),
                });
            }
            NameScope::Free
        } else if flags & BOUND != 0 {
            NameScope::Local
        } else if kind != ScopeKind::Module && enclosing.contains(name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), scope);
    }
    // Rule 6: implicit __class__ for methods using super().
    if table.scopes[id].uses_class
        && table.scopes[id].is_function()
        && enclosing.iter().any(|n| n == "__class__")
    {
        resolved.insert("__class__".into(), NameScope::Free);
        if !table.scopes[id].index.contains_key("__class__") {
            table.scopes[id].add("__class__", USED);
        }
    }
    // Names visible to children.
    let mut child_enclosing: Vec<String> = enclosing.to_vec();
    if table.scopes[id].is_function() {
        for (name, s) in &resolved {
            if matches!(s, NameScope::Local | NameScope::Free) && !child_enclosing.contains(name) {
                child_enclosing.push(name.clone());
            }
            if matches!(s, NameScope::GlobalExplicit) {
                child_enclosing.retain(|n| n != name);
            }
        }
    } else if kind == ScopeKind::Class {
        child_enclosing.push("__class__".into());
        // A class body's own `global` declarations do not hide enclosing names from methods.
    } else {
        child_enclosing.clear();
    }
    table.scopes[id].resolved = resolved;
    let children = table.scopes[id].children.clone();
    let mut child_free = Vec::new();
    for c in children {
        for n in analyze(table, c, &child_enclosing, lines, filename, source)? {
            if !child_free.contains(&n) {
                child_free.push(n);
            }
        }
    }
    let scope = &mut table.scopes[id];
    for n in child_free {
        if kind == ScopeKind::Class && n == "__class__" {
            scope.needs_class_cell = true;
            continue;
        }
        match scope.resolved.get(&n).copied() {
            Some(NameScope::Local) if scope.is_function() => {
                scope.resolved.insert(n, NameScope::Cell);
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {}
            Some(_) if kind == ScopeKind::Class => {
                if !scope.class_passthrough.contains(&n) {
                    scope.class_passthrough.push(n);
                }
            }
            Some(NameScope::GlobalExplicit) => {}
            _ => {
                if kind != ScopeKind::Module {
                    scope.add(&n, 0);
                    scope.resolved.insert(n, NameScope::Free);
                }
            }
        }
    }
    let mut free: Vec<String> = scope
        .resolved
        .iter()
        .filter(|(_, s)| **s == NameScope::Free)
        .map(|(n, _)| n.clone())
        .collect();
    free.extend(scope.class_passthrough.iter().cloned());
    Ok(free)
}
