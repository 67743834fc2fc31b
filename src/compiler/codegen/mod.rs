//! Bytecode generation: one `Unit` per code object being built, a stack of units for
//! nested scopes, labels resolved at assembly, and an exception table derived from the
//! handler active at each emitted instruction.
//!
//! Requirements this module maintains:
//! 1. Every instruction records the source line and the innermost exception handler
//!    label active when it was emitted.
//! 2. A handler's stack depth is the statically computed depth at the point where it
//!    was pushed, plus an adjustment the statement compiler supplies (see
//!    `push_handler`); `assemble` computes all depths by flow analysis.
//! 3. Leaving a block early (`return`, `break`, `continue`) emits the cleanup of every
//!    frame block it leaves (`unwind_fblock`), each under the handler that was active
//!    outside that block, so a failing cleanup never re-runs itself.

mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use super::ast::{self, Expr, LineIndex, ParseMode, Stmt};
use super::error::{CompileError, ErrorKind};
use super::symtable::{self, mangle, NameScope, ScopeKind, SymbolTable};
use crate::bytecode::{CodeFlags, CodeObject, Const, ExcEntry, Instr};

/// A jump target, resolved at assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Label(u32);

/// A block that needs cleanup when left early.
#[derive(Clone)]
enum FBlock<'a> {
    /// `while` loop.
    While { start: Label, end: Label },
    /// `for` loop: the iterator is on the stack.
    For { start: Label, end: Label },
    /// Body of `try` with a `finally` to inline on early exit.
    FinallyTry {
        body: &'a [Stmt],
        outer: Option<Label>,
    },
    /// Inside a `finally` run for an exception: `[prev_exc, exc]` on the stack.
    FinallyEnd { outer: Option<Label> },
    /// `with` body: the bound `__exit__` is on the stack.
    With { outer: Option<Label> },
    /// `except` body: the previous exception is on the stack; `name` must be cleared.
    HandlerCleanup {
        name: Option<String>,
        outer: Option<Label>,
    },
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    class_name: Option<String>,
    code: Vec<Instr>,
    lines: Vec<u32>,
    handler_of: Vec<Option<Label>>,
    labels: Vec<Option<u32>>,
    consts: Vec<Const>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    handler: Option<Label>,
    handler_stack: Vec<Option<Label>>,
    setups: Vec<(Label, u32, i32)>,
    line: u32,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: CodeFlags,
    doc: Option<String>,
    interactive: bool,
}

pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    filename: Rc<str>,
    lines: LineIndex,
    source: &'a str,
    nesting: u32,
}

/// Maximum nesting of expressions and statements before a RecursionError-like
/// SyntaxError (keeps the compiler's own recursion bounded).
const MAX_NESTING: u32 = 1000;

/// Compile a parsed module.
pub fn compile_mod(
    module: &ast::ast::Mod,
    source: &str,
    filename: &str,
    mode: ParseMode,
) -> Result<CodeObject, CompileError> {
    let lines = LineIndex::new(source);
    let (body, expr): (&[Stmt], Option<&Expr>) = match module {
        ast::ast::Mod::Module(m) => (&m.body, None),
        ast::ast::Mod::Interactive(m) => (&m.body, None),
        ast::ast::Mod::Expression(e) => (&[], Some(&e.body)),
        ast::ast::Mod::FunctionType(_) => (&[], None),
    };
    let table = symtable::build(body, expr, &lines, filename, source)?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        filename: Rc::from(filename),
        lines,
        source,
        nesting: 0,
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), 1, None);
    c.unit().flags.uses_locals_dict = true;
    c.unit().interactive = mode == ParseMode::Interactive;
    match expr {
        Some(e) => {
            c.expr(e)?;
            c.emit(Instr::ReturnValue);
        }
        None => {
            if c.table.scopes[0].has_annotations {
                c.emit(Instr::SetupAnnotations);
            }
            // Interactive input has no docstring: a string statement is echoed.
            let rest = if mode == ParseMode::Interactive {
                body
            } else {
                c.docstring(body)
            };
            if let Some(doc) = c.unit().doc.clone() {
                let k = c.add_const(Const::Str(doc));
                c.emit(Instr::LoadConst(k));
                let n = c.name_idx("__doc__");
                c.emit(Instr::StoreName(n));
            }
            c.stmts(rest)?;
            c.load_const(Const::None);
            c.emit(Instr::ReturnValue);
        }
    }
    Ok(c.pop_unit())
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub(crate) fn error(&self, offset: u32, msg: impl Into<String>) -> CompileError {
        let line = self.lines.line(offset);
        CompileError {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno: line,
            col: self.lines.column(self.source, offset),
            text: Some(self.lines.line_text(self.source, line).to_string()),
        }
    }

    fn enter_nesting(&mut self, offset: u32) -> Result<(), CompileError> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            let mut e = self.error(
                offset,
                "maximum recursion depth exceeded during compilation",
            );
            e.kind = ErrorKind::Recursion;
            return Err(e);
        }
        Ok(())
    }

    fn push_unit(
        &mut self,
        scope: usize,
        name: String,
        qualname: String,
        firstlineno: u32,
        class_name: Option<String>,
    ) {
        let s = &self.table.scopes[scope];
        let kind = s.kind;
        let varnames = if s.is_function() {
            s.varnames()
        } else {
            Vec::new()
        };
        let cellvars = s.cellvars();
        let freevars = s.freevars();
        let flags = CodeFlags {
            generator: s.is_generator,
            ..Default::default()
        };
        self.units.push(Unit {
            scope,
            kind,
            class_name,
            code: Vec::new(),
            lines: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            handler: None,
            handler_stack: Vec::new(),
            setups: Vec::new(),
            line: firstlineno,
            name,
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            doc: None,
            interactive: false,
        });
    }

    /// Finish the innermost unit: resolve labels, build the exception table, compute depths.
    fn pop_unit(&mut self) -> CodeObject {
        let u = self.units.pop().unwrap();
        assemble(u, self.filename.clone())
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }
    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.code.len() as u32);
    }

    pub(crate) fn emit(&mut self, i: Instr) {
        let u = self.unit();
        u.code.push(i);
        u.lines.push(u.line);
        u.handler_of.push(u.handler);
    }
    /// Emit a jump-family instruction to `l` (the operand holds the label until assembly).
    fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0));
    }

    fn set_line(&mut self, offset: u32) -> u32 {
        let line = self.lines.line(offset);
        let old = self.unit().line;
        self.unit().line = line;
        old
    }

    /// Start an exception-handler region; see requirement 2 for `adjust`.
    fn push_handler(&mut self, l: Label, adjust: i32) {
        let u = self.unit();
        u.handler_stack.push(u.handler);
        u.handler = Some(l);
        let pc = u.code.len() as u32;
        u.setups.push((l, pc, adjust));
    }
    fn pop_handler(&mut self) {
        let u = self.unit();
        u.handler = u.handler_stack.pop().flatten();
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        for (i, existing) in u.consts.iter().enumerate() {
            let same = match (existing, &c) {
                (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
                (Const::Bool(a), Const::Bool(b)) => a == b,
                (Const::Int(a), Const::Int(b)) => a == b,
                (Const::Str(a), Const::Str(b)) => a == b,
                (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }
    fn load_const(&mut self, c: Const) {
        let k = self.add_const(c);
        self.emit(Instr::LoadConst(k));
    }
    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(name.to_string());
        u.name_index
            .insert(name.to_string(), u.names.len() as u32 - 1);
        u.names.len() as u32 - 1
    }
    fn mangled(&self, name: &str) -> String {
        mangle(self.unit_ref().class_name.as_deref(), name)
    }
    fn attr_idx(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.name_idx(&m)
    }

    fn scope_of(&self, name: &str) -> NameScope {
        self.table.scopes[self.unit_ref().scope].lookup(name)
    }
    fn var_idx(&self, name: &str) -> Option<u32> {
        self.unit_ref()
            .varnames
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }
    fn deref_idx(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        match u.freevars.iter().position(|n| n == name) {
            Some(i) => (u.cellvars.len() + i) as u32,
            None => panic!(
                "compiler bug: {name} is not a cell or free variable of {}",
                u.name
            ),
        }
    }

    /// Load, store or delete a variable by name, choosing the instruction from its scope.
    fn name_op(&mut self, name: &str, ctx: ast::ast::ExprContext) {
        use ast::ast::ExprContext::*;
        let name = self.mangled(name);
        let scope = self.scope_of(&name);
        let kind = self.unit_ref().kind;
        let instr = match (kind, scope) {
            (ScopeKind::Module, _) => {
                let i = self.name_idx(&name);
                match ctx {
                    Load => Instr::LoadName(i),
                    Store => Instr::StoreName(i),
                    Del => Instr::DeleteName(i),
                }
            }
            (ScopeKind::Class, NameScope::Free) => {
                let i = self.deref_idx(&name);
                match ctx {
                    Load => Instr::LoadClassDeref(i),
                    Store => Instr::StoreDeref(i),
                    Del => Instr::DeleteDeref(i),
                }
            }
            (ScopeKind::Class, NameScope::GlobalExplicit) => {
                let i = self.name_idx(&name);
                match ctx {
                    Load => Instr::LoadGlobal(i),
                    Store => Instr::StoreGlobal(i),
                    Del => Instr::DeleteGlobal(i),
                }
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(&name);
                match ctx {
                    Load => Instr::LoadName(i),
                    Store => Instr::StoreName(i),
                    Del => Instr::DeleteName(i),
                }
            }
            (_, NameScope::Local) => match self.var_idx(&name) {
                Some(i) => match ctx {
                    Load => Instr::LoadFast(i),
                    Store => Instr::StoreFast(i),
                    Del => Instr::DeleteFast(i),
                },
                None => {
                    let i = self.name_idx(&name);
                    match ctx {
                        Load => Instr::LoadGlobal(i),
                        Store => Instr::StoreGlobal(i),
                        Del => Instr::DeleteGlobal(i),
                    }
                }
            },
            (_, NameScope::Cell | NameScope::Free) => {
                let i = self.deref_idx(&name);
                match ctx {
                    Load => Instr::LoadDeref(i),
                    Store => Instr::StoreDeref(i),
                    Del => Instr::DeleteDeref(i),
                }
            }
            (_, NameScope::GlobalExplicit | NameScope::GlobalImplicit) => {
                let i = self.name_idx(&name);
                match ctx {
                    Load => Instr::LoadGlobal(i),
                    Store => Instr::StoreGlobal(i),
                    Del => Instr::DeleteGlobal(i),
                }
            }
        };
        self.emit(instr);
    }

    fn load(&mut self, name: &str) {
        self.name_op(name, ast::ast::ExprContext::Load)
    }
    fn store(&mut self, name: &str) {
        self.name_op(name, ast::ast::ExprContext::Store)
    }

    /// Split a leading docstring off a body, recording it on the unit.
    fn docstring<'b>(&mut self, body: &'b [Stmt]) -> &'b [Stmt] {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::Constant(c) = &*e.value {
                if let ast::Constant::Str(s) = &c.value {
                    self.unit().doc = Some(s.clone());
                    return &body[1..];
                }
            }
        }
        body
    }

    /// Qualified name for a new scope named `name` nested in the current unit.
    fn qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emit a closure tuple for `code` (if it has free variables) and `MakeFunction`.
    fn make_function(&mut self, code: CodeObject, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.deref_idx(&name);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let k = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Instr::LoadConst(k));
        self.emit(Instr::MakeFunction(flags));
    }

    /// Emit the cleanup for leaving fblock `b` early; `preserve_tos` keeps a value on top.
    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> Result<(), CompileError> {
        match b {
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::While { .. } => {}
            FBlock::FinallyTry { body, outer } => {
                let saved = self.unit().handler;
                self.unit().handler = *outer;
                // The finally body runs with its own fblock gone (a return inside it
                // must not run it again).
                self.stmts(body)?;
                self.unit().handler = saved;
            }
            FBlock::FinallyEnd { outer } => {
                let saved = self.unit().handler;
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                self.unit().handler = saved;
            }
            FBlock::With { outer } => {
                let saved = self.unit().handler;
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.load_const(Const::None);
                self.emit(Instr::Call(3));
                self.emit(Instr::PopTop);
                self.unit().handler = saved;
            }
            FBlock::HandlerCleanup { name, outer } => {
                let saved = self.unit().handler;
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.store(n);
                    self.name_op(n, ast::ast::ExprContext::Del);
                }
                self.unit().handler = saved;
            }
        }
        Ok(())
    }

    /// Unwind every fblock (for `return`), innermost first.
    fn unwind_all(&mut self, preserve_tos: bool) -> Result<(), CompileError> {
        let blocks = self.unit().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            // While emitting a block's cleanup, the blocks inside it are gone.
            self.unit().fblocks.truncate(i);
            self.unwind_fblock(b, preserve_tos)?;
        }
        self.unit().fblocks = blocks;
        Ok(())
    }

    /// Unwind up to the innermost loop; returns it (for break/continue).
    fn unwind_to_loop(&mut self) -> Option<FBlock<'a>> {
        let blocks = self.unit().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            if matches!(b, FBlock::While { .. } | FBlock::For { .. }) {
                self.unit().fblocks = blocks.clone();
                return Some(b.clone());
            }
            self.unit().fblocks.truncate(i);
            if self.unwind_fblock(b, false).is_err() {
                break;
            }
        }
        self.unit().fblocks = blocks;
        None
    }
}

/// Resolve labels, build the exception table and compute stack depths.
fn assemble(mut u: Unit<'_>, filename: Rc<str>) -> CodeObject {
    let labels: Vec<u32> = u
        .labels
        .iter()
        .map(|l| l.unwrap_or(u.code.len() as u32))
        .collect();
    for i in u.code.iter_mut() {
        if let Some(t) = i.jump_target() {
            i.set_jump_target(labels[t as usize]);
        }
    }
    // Flow analysis for stack depths (requirement 2).
    let n = u.code.len();
    let mut depth = vec![-1i32; n];
    let mut handler_depth: HashMap<Label, i32> = HashMap::new();
    let mut setups_at: HashMap<u32, Vec<(Label, i32)>> = HashMap::new();
    for &(l, pc, adj) in &u.setups {
        setups_at.entry(pc).or_default().push((l, adj));
    }
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max_depth = 0;
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        if depth[pc] >= 0 {
            debug_assert_eq!(
                depth[pc], d,
                "compiler bug: inconsistent stack depth at {pc} in {}",
                u.name
            );
            continue;
        }
        depth[pc] = d;
        max_depth = max_depth.max(d);
        if let Some(s) = setups_at.get(&(pc as u32)) {
            for &(l, adj) in s {
                handler_depth.entry(l).or_insert(d + adj);
            }
        }
        if let Some(h) = u.handler_of[pc] {
            if let Some(&hd) = handler_depth.get(&h) {
                work.push((labels[h.0 as usize] as usize, hd + 1));
            }
        }
        let instr = u.code[pc];
        let (fall, jump) = instr.stack_effect();
        if let Some(t) = instr.jump_target() {
            work.push((t as usize, d + jump));
            max_depth = max_depth.max(d + jump);
        }
        if !instr.is_terminator() {
            work.push((pc + 1, d + fall));
            max_depth = max_depth.max(d + fall);
        }
    }
    // Exception table: runs of instructions with the same handler.
    let mut exc_table = Vec::new();
    let mut pc = 0;
    while pc < n {
        match u.handler_of[pc] {
            Some(h) => {
                let start = pc;
                while pc < n && u.handler_of[pc] == Some(h) {
                    pc += 1;
                }
                let depth = handler_depth.get(&h).copied().unwrap_or(0).max(0) as u32;
                exc_table.push(ExcEntry {
                    start: start as u32,
                    end: pc as u32,
                    target: labels[h.0 as usize],
                    depth,
                });
            }
            None => pc += 1,
        }
    }
    // Superinstructions (after depths are known; they never change control flow).
    let mut is_target = vec![false; n + 1];
    for i in u.code.iter() {
        if let Some(t) = i.jump_target() {
            is_target[t as usize] = true;
        }
    }
    for e in &exc_table {
        is_target[e.target as usize] = true;
    }
    let handler_ids: Vec<Option<u32>> = u.handler_of.iter().map(|h| h.map(|l| l.0)).collect();
    crate::bytecode::opcodes::fuse(&mut u.code, &u.lines, &is_target, &handler_ids);
    let cell2arg = u
        .cellvars
        .iter()
        .map(|c| {
            u.varnames
                .iter()
                .take(param_count(&u))
                .position(|v| v == c)
                .map(|i| i as u32)
        })
        .collect();
    u.flags.uses_locals_dict = u.flags.uses_locals_dict || u.kind == ScopeKind::Class;
    CodeObject {
        name: u.name,
        qualname: u.qualname,
        filename,
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        varnames: u.varnames,
        cellvars: u.cellvars,
        cell2arg,
        freevars: u.freevars,
        names: u.names,
        consts: u.consts,
        code: u.code,
        lines: u.lines,
        exc_table,
        max_stack: max_depth.max(0) as u32,
        doc: u.doc,
    }
}

fn param_count(u: &Unit<'_>) -> usize {
    (u.argcount + u.kwonlyargcount) as usize
        + u.flags.varargs as usize
        + u.flags.varkeywords as usize
}
