//! Text form of bytecode (`pyjit --dis file.py`).

use std::fmt::Write;

use super::code::{CodeObject, Const};
use super::opcodes::Instr;

/// Disassemble `code` and, after it, every nested code object.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Const::Int(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r}+{i}j)"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(c) => format!("<code object {}, line {}>", c.name, c.firstlineno),
    }
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}>:",
        code.name, code.firstlineno
    );
    let targets: std::collections::HashSet<u32> = code
        .code
        .iter()
        .filter_map(|i| i.jump_target())
        .chain(code.exc_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (pc, instr) in code.code.iter().enumerate() {
        let line = code.lines.get(pc).copied().unwrap_or(0);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let arg = operand_text(code, instr);
        let _ = writeln!(out, "{line_col} {mark} {pc:>5} {:<22} {arg}", instr.name());
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
}

fn operand_text(code: &CodeObject, instr: &Instr) -> String {
    use Instr::*;
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    let local = |i: u32| code.varnames.get(i as usize).cloned().unwrap_or_default();
    let binop = |i: u32| super::opcodes::BINOPS[i as usize].symbol();
    let cmpop = |i: u32| super::opcodes::CMPOPS[i as usize].symbol();
    let konst = |i: u32| {
        code.consts
            .get(i as usize)
            .map(const_repr)
            .unwrap_or_default()
    };
    let cell = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
            .cloned()
            .unwrap_or_default()
    };
    match *instr {
        LoadConst(i) => format!("{i} ({})", konst(i)),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => format!("{i} ({})", local(i)),
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | LoadAttrKeep(i) | StoreAttrInplace(i) | ImportName(i) | ImportFrom(i) => {
            format!("{i} ({})", name(i))
        }
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            format!("{i} ({})", cell(i))
        }
        BinaryOp(op) | InplaceOp(op) => format!("({})", op.symbol()),
        LoadFastLoadFast(x) | StoreFastLoadFast(x) => {
            format!("({}, {})", local(x & 0xffff), local(x >> 16))
        }
        LoadFastBinaryOp(x) | InplaceOpStoreFast(x) => {
            format!("({} {})", local(x >> 8), binop(x & 0xff))
        }
        LoadConstBinaryOp(x) => format!("({} {})", konst(x >> 8), binop(x & 0xff)),
        BinaryOpLocals(x) => format!(
            "({} {} {})",
            local((x >> 8) & 0xfff),
            binop(x & 0xff),
            local(x >> 20)
        ),
        LoadFastAttrBinaryOp(x) => format!(
            "({} {}.{})",
            binop(x & 0xff),
            local((x >> 8) & 0xfff),
            name(x >> 20)
        ),
        SubscrLocals(x) => format!("({}[{}])", local(x & 0xffff), local(x >> 16)),
        BinaryOpConstLocal(x) => format!(
            "({} {} {})",
            konst(x >> 16),
            binop(x & 0xf),
            local((x >> 4) & 0xfff)
        ),
        BinaryOpLocalConst(x) => format!(
            "({} {} {})",
            local((x >> 4) & 0xfff),
            binop(x & 0xf),
            konst(x >> 16)
        ),
        ForIterStoreFast(x) => format!("(to {}, {})", x & 0xff_ffff, local(x >> 24)),
        CompareJumpIfFalse(x) | CompareJumpIfTrue(x) => {
            format!("({}, to {})", cmpop(x & 7), x >> 3)
        }
        LoadFastAttr(x) | LoadFastStoreAttr(x) | LoadFastMethod(x) => {
            format!("({}.{})", local(x & 0xffff), name(x >> 16))
        }
        InplaceLocalConst(x) => format!(
            "({} {}= {})",
            local((x >> 4) & 0xfff),
            binop(x & 0xf),
            konst(x >> 16)
        ),
        InplaceLocals(x) => format!(
            "({} {}= {})",
            local((x >> 8) & 0xfff),
            binop(x & 0xff),
            local(x >> 20)
        ),
        CompareLocalsJump(x) | CompareLocalConstJump(x) => {
            let rhs = if matches!(instr, CompareLocalsJump(_)) {
                local(x >> 18)
            } else {
                konst(x >> 18)
            };
            format!(
                "({} {} {}, jump if {})",
                local((x >> 4) & 0x3fff),
                cmpop(x & 7),
                rhs,
                if x & 8 != 0 { "true" } else { "false" }
            )
        }
        BinaryOpStoreFast(x) => format!("({} -> {})", binop(x & 0xff), local(x >> 8)),
        BinaryOpLocalsStore(x) => format!(
            "({} = {} {} {})",
            local(x >> 22),
            local((x >> 4) & 0x1ff),
            binop(x & 0xf),
            local((x >> 13) & 0x1ff)
        ),
        BinaryOpLocalConstStore(x) => format!(
            "({} = {} {} {})",
            local(x >> 23),
            local((x >> 4) & 0x1ff),
            binop(x & 0xf),
            konst((x >> 13) & 0x3ff)
        ),
        StoreSubscrLocals(x) => format!("({}[{}] = ...)", local(x & 0xffff), local(x >> 16)),
        CompareOp(op) => format!("({})", op.symbol()),
        _ => {
            if let Some(t) = instr.jump_target() {
                return format!("(to {t})");
            }
            let dbg = format!("{instr:?}");
            match dbg.find('(') {
                Some(p) => dbg[p + 1..dbg.len() - 1].to_string(),
                None => String::new(),
            }
        }
    }
}
