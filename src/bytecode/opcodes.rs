//! The instruction set: one table (`opcodes!`) generates the `Instr` enum and each
//! instruction's printed name.
//!
//! An `Instr` is 8 bytes (a tag and one `u32` operand) and is executed directly; the
//! compiler builds the same form, so there is no separate encoding step. Jump
//! operands are absolute instruction indices. Stack effects (used by the compiler to
//! compute exception-handler depths) live in `stack_effect`.
//!
//! Call-site layouts:
//! - `Call(n)`: `[callable, a1..an]`.
//! - `CallMethod(n)`: `[A, B, a1..an]` after `LoadMethod`: if `A` is empty, `B` is the
//!   callable; otherwise `A` is an unbound function and `B` its `self` argument.
//! - `CallKw(n)`: `[callable, a1..an, kwnames]` where `kwnames` is a tuple of str and
//!   the last `len(kwnames)` of the `n` arguments are keywords.
//! - `CallEx(f)`: `[callable, args_tuple]` plus `kwargs_dict` when `f & 1`.

/// Binary operators (also used for in-place variants).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator symbol as written in Python source.
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "**",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
        }
    }
    /// Names of the forward, reflected and in-place special methods.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Source symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// Special method name and the reflected operator.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident $( ( $arg:ty ) )? = $text:literal ),* $(,)?) => {
        /// One bytecode instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $( $(#[$doc])* $name $( ( $arg ) )? ),*
        }
        impl Instr {
            /// The instruction's printed name (as in `pyjit --dis`).
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => $text ),* }
            }
        }
    };
}

opcodes! {
    /// Do nothing.
    Nop = "NOP",
    /// Discard TOS.
    PopTop = "POP_TOP",
    /// Push a copy of the n-th item (1 = TOS).
    Copy(u32) = "COPY",
    /// Swap TOS with the n-th item.
    Swap(u32) = "SWAP",
    /// Push the "empty" marker (a plain call's absent `self`).
    PushNull = "PUSH_NULL",
    /// Push constant i.
    LoadConst(u32) = "LOAD_CONST",
    /// Push local i; UnboundLocalError if unbound.
    LoadFast(u32) = "LOAD_FAST",
    /// Pop into local i.
    StoreFast(u32) = "STORE_FAST",
    /// Unbind local i.
    DeleteFast(u32) = "DELETE_FAST",
    /// Global (then builtin) lookup of names[i].
    LoadGlobal(u32) = "LOAD_GLOBAL",
    /// Store global names[i].
    StoreGlobal(u32) = "STORE_GLOBAL",
    /// Delete global names[i].
    DeleteGlobal(u32) = "DELETE_GLOBAL",
    /// Locals dict, then globals, then builtins (module and class bodies).
    LoadName(u32) = "LOAD_NAME",
    /// Store into the locals dict.
    StoreName(u32) = "STORE_NAME",
    /// Delete from the locals dict.
    DeleteName(u32) = "DELETE_NAME",
    /// Load the contents of cell i (cellvars then freevars).
    LoadDeref(u32) = "LOAD_DEREF",
    /// Store into cell i.
    StoreDeref(u32) = "STORE_DEREF",
    /// Empty cell i.
    DeleteDeref(u32) = "DELETE_DEREF",
    /// Push cell i itself (to build a closure).
    LoadClosure(u32) = "LOAD_CLOSURE",
    /// Class body: locals dict first, then cell i.
    LoadClassDeref(u32) = "LOAD_CLASSDEREF",
    /// TOS = getattr(TOS, names[i]).
    LoadAttr(u32) = "LOAD_ATTR",
    /// setattr(TOS, names[i], TOS1).
    StoreAttr(u32) = "STORE_ATTR",
    /// `[o] -> [o, o.name]` (augmented assignment to an attribute).
    LoadAttrKeep(u32) = "LOAD_ATTR_KEEP",
    /// `[o, v] -> []`: `o.name = v` (augmented assignment to an attribute).
    StoreAttrInplace(u32) = "STORE_ATTR_INPLACE",
    /// delattr(TOS, names[i]).
    DeleteAttr(u32) = "DELETE_ATTR",
    /// Replace TOS by `[function, self]` or `[empty, attribute]` (see module docs).
    LoadMethod(u32) = "LOAD_METHOD",
    /// Binary operator.
    BinaryOp(BinOp) = "BINARY_OP",
    /// In-place binary operator (`+=` ...).
    InplaceOp(BinOp) = "INPLACE_OP",
    /// `-TOS`
    UnaryNeg = "UNARY_NEGATIVE",
    /// `+TOS`
    UnaryPos = "UNARY_POSITIVE",
    /// `~TOS`
    UnaryInvert = "UNARY_INVERT",
    /// `not TOS`
    UnaryNot = "UNARY_NOT",
    /// Rich comparison.
    CompareOp(CmpOp) = "COMPARE_OP",
    /// `is` (operand 1: `is not`).
    IsOp(u32) = "IS_OP",
    /// `in` (operand 1: `not in`).
    ContainsOp(u32) = "CONTAINS_OP",
    /// TOS = TOS1[TOS]
    BinarySubscr = "BINARY_SUBSCR",
    /// TOS1[TOS] = TOS2
    StoreSubscr = "STORE_SUBSCR",
    /// `[c, i] -> [c, i, c[i]]` (augmented assignment to an item).
    BinarySubscrKeep = "BINARY_SUBSCR_KEEP",
    /// `[c, i, v] -> []`: `c[i] = v` (augmented assignment to an item).
    StoreSubscrInplace = "STORE_SUBSCR_INPLACE",
    /// del TOS1[TOS]
    DeleteSubscr = "DELETE_SUBSCR",
    /// slice(n items)
    BuildSlice(u32) = "BUILD_SLICE",
    /// Tuple of n items.
    BuildTuple(u32) = "BUILD_TUPLE",
    /// List of n items.
    BuildList(u32) = "BUILD_LIST",
    /// Set of n items (bit 31: a constant display, built via a frozenset merge).
    BuildSet(u32) = "BUILD_SET",
    /// Dict of n key/value pairs.
    BuildMap(u32) = "BUILD_MAP",
    /// Concatenate n strings.
    BuildString(u32) = "BUILD_STRING",
    /// Append TOS to the list at depth n (after popping TOS).
    ListAppend(u32) = "LIST_APPEND",
    /// Add TOS to the set at depth n.
    SetAdd(u32) = "SET_ADD",
    /// Store TOS1: TOS into the dict at depth n.
    MapAdd(u32) = "MAP_ADD",
    /// Extend the list at depth n with iterable TOS (bit 31: building call arguments).
    ListExtend(u32) = "LIST_EXTEND",
    /// Update the set at depth n with iterable TOS.
    SetUpdate(u32) = "SET_UPDATE",
    /// Update the dict at depth n with mapping TOS.
    DictUpdate(u32) = "DICT_UPDATE",
    /// Like DictUpdate but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32) = "DICT_MERGE",
    /// Convert the list TOS into a tuple.
    ListToTuple = "LIST_TO_TUPLE",
    /// f-string field: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 spec on TOS.
    FormatValue(u32) = "FORMAT_VALUE",
    /// Unpack TOS into n items (first item ends on top).
    UnpackSequence(u32) = "UNPACK_SEQUENCE",
    /// Star unpack: low 16 bits before the star, high 16 bits after.
    UnpackEx(u32) = "UNPACK_EX",
    /// Jump to target.
    Jump(u32) = "JUMP",
    /// Pop; jump if false.
    PopJumpIfFalse(u32) = "POP_JUMP_IF_FALSE",
    /// Pop; jump if true.
    PopJumpIfTrue(u32) = "POP_JUMP_IF_TRUE",
    /// Pop; jump if None.
    PopJumpIfNone(u32) = "POP_JUMP_IF_NONE",
    /// Pop; jump if not None.
    PopJumpIfNotNone(u32) = "POP_JUMP_IF_NOT_NONE",
    /// If TOS is false jump (keeping it), else pop.
    JumpIfFalseOrPop(u32) = "JUMP_IF_FALSE_OR_POP",
    /// If TOS is true jump (keeping it), else pop.
    JumpIfTrueOrPop(u32) = "JUMP_IF_TRUE_OR_POP",
    /// TOS = iter(TOS)
    GetIter = "GET_ITER",
    /// Push next(TOS), or pop the iterator and jump when exhausted.
    ForIter(u32) = "FOR_ITER",
    /// Call with n positional arguments.
    Call(u32) = "CALL",
    /// Call after LoadMethod with n arguments.
    CallMethod(u32) = "CALL_METHOD",
    /// Call with n arguments, the last of which are named by the kwnames tuple on TOS.
    CallKw(u32) = "CALL_KW",
    /// Call with an argument tuple (and a kwargs dict when bit 0 is set).
    CallEx(u32) = "CALL_FUNCTION_EX",
    /// Build a function from the code constant on TOS; flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MakeFunction(u32) = "MAKE_FUNCTION",
    /// Return TOS.
    ReturnValue = "RETURN_VALUE",
    /// Yield TOS; on resume push the sent value. Operand 1: inside `yield from`.
    YieldValue(u32) = "YIELD_VALUE",
    /// TOS = iter(TOS) for `yield from` (generators are kept as they are).
    GetYieldFromIter = "GET_YIELD_FROM_ITER",
    /// `[recv, v]`: send v to recv; on StopIteration replace both by its value and jump.
    Send(u32) = "SEND",
    /// raise (0: re-raise the handled exception, 1: TOS, 2: TOS1 from TOS).
    Raise(u32) = "RAISE_VARARGS",
    /// Re-raise TOS keeping its traceback.
    Reraise = "RERAISE",
    /// Handler entry: `[exc]` -> `[previous handled exception, exc]`, exc becomes handled.
    PushExcInfo = "PUSH_EXC_INFO",
    /// Pop the saved exception and make it the handled one again.
    PopExcept = "POP_EXCEPT",
    /// `[exc, type]` -> `[exc, bool]` (the exception stays)
    CheckExcMatch = "CHECK_EXC_MATCH",
    /// Push AssertionError.
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// `[mgr]` -> `[bound __exit__, result of __enter__()]`
    BeforeWith = "BEFORE_WITH",
    /// `[exit, prev, exc]` -> `[exit, prev, exc, exit(type, exc, tb)]`
    WithExceptStart = "WITH_EXCEPT_START",
    /// Push `__build_class__`.
    LoadBuildClass = "LOAD_BUILD_CLASS",
    /// Create `__annotations__` in the locals dict if missing.
    SetupAnnotations = "SETUP_ANNOTATIONS",
    /// `[level, fromlist]` -> module names[i]
    ImportName(u32) = "IMPORT_NAME",
    /// Push attribute names[i] of the module on TOS.
    ImportFrom(u32) = "IMPORT_FROM",
    /// `from TOS import *`
    ImportStar = "IMPORT_STAR",
    /// `[subject, cls, names]` -> `[attrs tuple or None]`; operand: positional count.
    MatchClass(u32) = "MATCH_CLASS",
    /// Push whether TOS is a mapping.
    MatchMapping = "MATCH_MAPPING",
    /// Push whether TOS is a sequence (not str/bytes/bytearray).
    MatchSequence = "MATCH_SEQUENCE",
    /// `[subject, keys]` -> `[subject, keys, values tuple or None]`
    MatchKeys = "MATCH_KEYS",
    /// Push len(TOS).
    GetLen = "GET_LEN",
    /// `[subject, keys]` -> `[subject, dict without keys]`
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS",
    /// REPL: print repr of TOS unless None.
    PrintExpr = "PRINT_EXPR",
    // Superinstructions (see `fuse`): each stands for itself and the next
    // instruction, which stays in place so jumps and handlers are unaffected.
    /// `LoadFast(a); LoadFast(b)`: operand `a | b << 16`.
    LoadFastLoadFast(u32) = "LOAD_FAST__LOAD_FAST",
    /// `LoadFast(a); BinaryOp(op)`: operand `op | a << 8`.
    LoadFastBinaryOp(u32) = "LOAD_FAST__BINARY_OP",
    /// `LoadConst(k); BinaryOp(op)`: operand `op | k << 8`.
    LoadConstBinaryOp(u32) = "LOAD_CONST__BINARY_OP",
    /// `InplaceOp(op); StoreFast(a)`: operand `op | a << 8`.
    InplaceOpStoreFast(u32) = "INPLACE_OP__STORE_FAST",
    /// `StoreFast(a); LoadFast(b)`: operand `a | b << 16`.
    StoreFastLoadFast(u32) = "STORE_FAST__LOAD_FAST",
    /// `LoadFast(a); LoadFast(b); BinaryOp(op)`: operand `op | a << 8 | b << 20` (skips two).
    BinaryOpLocals(u32) = "LOAD_FAST__LOAD_FAST__BINARY_OP",
    /// `ForIter(t); StoreFast(a)`: operand `t | a << 24`.
    ForIterStoreFast(u32) = "FOR_ITER__STORE_FAST",
    /// `CompareOp(op); PopJumpIfFalse(t)`: operand `op | t << 3`.
    CompareJumpIfFalse(u32) = "COMPARE_OP__POP_JUMP_IF_FALSE",
    /// `CompareOp(op); PopJumpIfTrue(t)`: operand `op | t << 3`.
    CompareJumpIfTrue(u32) = "COMPARE_OP__POP_JUMP_IF_TRUE",
    /// `LoadFast(a); LoadAttr(n)`: operand `a | n << 16`.
    LoadFastAttr(u32) = "LOAD_FAST__LOAD_ATTR",
    /// `LoadFast(a); StoreAttr(n)`: operand `a | n << 16`.
    LoadFastStoreAttr(u32) = "LOAD_FAST__STORE_ATTR",
    /// `LoadFast(a); LoadMethod(n)`: operand `a | n << 16`.
    LoadFastMethod(u32) = "LOAD_FAST__LOAD_METHOD",
    /// `LoadFast(a); LoadFast(i); BinarySubscr`: operand `a | i << 16` (skips two).
    SubscrLocals(u32) = "LOAD_FAST__LOAD_FAST__BINARY_SUBSCR",
    /// `LoadFast(a); LoadConst(k); BinaryOp(op)`: operand `op | a << 4 | k << 16` (skips two).
    BinaryOpLocalConst(u32) = "LOAD_FAST__LOAD_CONST__BINARY_OP",
    /// `LoadConst(k); LoadFast(a); BinaryOp(op)`: operand `op | a << 4 | k << 16` (skips two).
    BinaryOpConstLocal(u32) = "LOAD_CONST__LOAD_FAST__BINARY_OP",
    /// `LoadFast(a); LoadConst(k); InplaceOp(op); StoreFast(a)` (`a op= k`): operand
    /// `op | a << 4 | k << 16` (skips three).
    InplaceLocalConst(u32) = "LOAD_FAST__LOAD_CONST__INPLACE_OP__STORE_FAST",
    /// `LoadFast(a); LoadFast(b); InplaceOp(op); StoreFast(a)` (`a op= b`): operand
    /// `op | a << 8 | b << 20` (skips three).
    InplaceLocals(u32) = "LOAD_FAST__LOAD_FAST__INPLACE_OP__STORE_FAST",
    /// `LoadFast(a); LoadFast(b); CompareOp(op); PopJumpIf{False,True}(t)`: operand
    /// `op | jump_if_true << 3 | a << 4 | b << 18`. The target is read from the jump
    /// instruction, which stays in the fourth slot.
    CompareLocalsJump(u32) = "LOAD_FAST__LOAD_FAST__COMPARE_OP__POP_JUMP_IF",
    /// `LoadFast(a); LoadConst(k); CompareOp(op); PopJumpIf{False,True}(t)`: operand
    /// `op | jump_if_true << 3 | a << 4 | k << 18`; target as in `CompareLocalsJump`.
    CompareLocalConstJump(u32) = "LOAD_FAST__LOAD_CONST__COMPARE_OP__POP_JUMP_IF",
    /// `BinaryOp(op); StoreFast(a)`: operand `op | a << 8`.
    BinaryOpStoreFast(u32) = "BINARY_OP__STORE_FAST",
    /// `LoadFast(a); LoadFast(b); BinaryOp(op); StoreFast(s)` (`s = a op b`): operand
    /// `op | a << 4 | b << 13 | s << 22` (each local below 512; skips three).
    BinaryOpLocalsStore(u32) = "LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST",
    /// `LoadFast(a); LoadConst(k); BinaryOp(op); StoreFast(s)` (`s = a op k`): operand
    /// `op | a << 4 | k << 13 | s << 23` (locals below 512, constants below 1024).
    BinaryOpLocalConstStore(u32) = "LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST",
    /// `LoadFast(c); LoadFast(i); StoreSubscr` (`c[i] = value`): operand `c | i << 16`.
    StoreSubscrLocals(u32) = "LOAD_FAST__LOAD_FAST__STORE_SUBSCR",
    /// `LoadFast(a); LoadAttr(n); BinaryOp(op)` (`TOS op a.n`): operand
    /// `op | a << 8 | n << 20` (locals and names below 4096; skips two).
    LoadFastAttrBinaryOp(u32) = "LOAD_FAST__LOAD_ATTR__BINARY_OP",
}

/// Comparison operators by number (for superinstruction operands).
pub const CMPOPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

/// Binary operators by number (for superinstruction operands).
pub const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

/// Replace common instruction pairs by superinstructions. The second instruction of a
/// pair stays where it was (the superinstruction skips it), so jump targets,
/// exception ranges and line numbers keep their meaning. A pair is fused only when
/// the second instruction is not a jump or handler target and both instructions
/// share a line and an exception handler.
pub fn fuse(code: &mut [Instr], lines: &[u32], targets: &[bool], handler_of: &[Option<u32>]) {
    let n = code.len();
    let triple_ok = |i: usize| {
        i + 2 < n
            && !targets[i + 1]
            && !targets[i + 2]
            && lines[i] == lines[i + 1]
            && lines[i] == lines[i + 2]
            && handler_of[i] == handler_of[i + 1]
            && handler_of[i] == handler_of[i + 2]
    };
    let triple = |c: &[Instr], i: usize| -> Option<Instr> {
        match (c[i], c[i + 1], c[i + 2]) {
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::BinaryOp(op))
                if a < 1 << 12 && b < 1 << 12 =>
            {
                Some(Instr::BinaryOpLocals(op as u32 | a << 8 | b << 20))
            }
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::BinarySubscr)
                if a < 1 << 16 && b < 1 << 16 =>
            {
                Some(Instr::SubscrLocals(a | b << 16))
            }
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::StoreSubscr)
                if a < 1 << 16 && b < 1 << 16 =>
            {
                Some(Instr::StoreSubscrLocals(a | b << 16))
            }
            (Instr::LoadFast(a), Instr::LoadConst(k), Instr::BinaryOp(op))
                if a < 1 << 12 && k < 1 << 16 =>
            {
                Some(Instr::BinaryOpLocalConst(op as u32 | a << 4 | k << 16))
            }
            (Instr::LoadFast(a), Instr::LoadAttr(n), Instr::BinaryOp(op))
                if a < 1 << 12 && n < 1 << 12 =>
            {
                Some(Instr::LoadFastAttrBinaryOp(op as u32 | a << 8 | n << 20))
            }
            (Instr::LoadConst(k), Instr::LoadFast(a), Instr::BinaryOp(op))
                if a < 1 << 12 && k < 1 << 16 =>
            {
                Some(Instr::BinaryOpConstLocal(op as u32 | a << 4 | k << 16))
            }
            _ => None,
        }
    };
    let quad_ok = |i: usize| {
        triple_ok(i)
            && i + 3 < n
            && !targets[i + 3]
            && lines[i] == lines[i + 3]
            && handler_of[i] == handler_of[i + 3]
    };
    let quad = |c: &[Instr], i: usize| -> Option<Instr> {
        let jump_if_true = match c[i + 3] {
            Instr::PopJumpIfFalse(_) => Some(0),
            Instr::PopJumpIfTrue(_) => Some(1),
            _ => None,
        };
        match (c[i], c[i + 1], c[i + 2], c[i + 3]) {
            (
                Instr::LoadFast(a),
                Instr::LoadConst(k),
                Instr::InplaceOp(op),
                Instr::StoreFast(s),
            ) if s == a && a < 1 << 12 && k < 1 << 16 => {
                Some(Instr::InplaceLocalConst(op as u32 | a << 4 | k << 16))
            }
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::InplaceOp(op), Instr::StoreFast(s))
                if s == a && a < 1 << 12 && b < 1 << 12 =>
            {
                Some(Instr::InplaceLocals(op as u32 | a << 8 | b << 20))
            }
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::BinaryOp(op), Instr::StoreFast(s))
                if a < 1 << 9 && b < 1 << 9 && s < 1 << 9 =>
            {
                Some(Instr::BinaryOpLocalsStore(
                    op as u32 | a << 4 | b << 13 | s << 22,
                ))
            }
            (Instr::LoadFast(a), Instr::LoadConst(k), Instr::BinaryOp(op), Instr::StoreFast(s))
                if a < 1 << 9 && k < 1 << 10 && s < 1 << 9 =>
            {
                Some(Instr::BinaryOpLocalConstStore(
                    op as u32 | a << 4 | k << 13 | s << 23,
                ))
            }
            (Instr::LoadFast(a), Instr::LoadFast(b), Instr::CompareOp(op), _)
                if a < 1 << 14 && b < 1 << 14 =>
            {
                jump_if_true
                    .map(|t| Instr::CompareLocalsJump(op as u32 | t << 3 | a << 4 | b << 18))
            }
            (Instr::LoadFast(a), Instr::LoadConst(k), Instr::CompareOp(op), _)
                if a < 1 << 14 && k < 1 << 14 =>
            {
                jump_if_true
                    .map(|t| Instr::CompareLocalConstJump(op as u32 | t << 3 | a << 4 | k << 18))
            }
            _ => None,
        }
    };
    let mut i = 0;
    while i + 1 < code.len() {
        let j = i + 1;
        // Longest patterns first.
        if quad_ok(i) {
            if let Some(q) = quad(code, i) {
                code[i] = q;
                i += 4;
                continue;
            }
        }
        if triple_ok(i) {
            if let Some(t) = triple(code, i) {
                code[i] = t;
                i += 3;
                continue;
            }
        }
        // Leave the next instruction free when it starts a longer pattern.
        if (quad_ok(j) && quad(code, j).is_some()) || (triple_ok(j) && triple(code, j).is_some()) {
            i += 1;
            continue;
        }
        if targets[j] || lines[i] != lines[j] || handler_of[i] != handler_of[j] {
            i += 1;
            continue;
        }
        let fused = match (code[i], code[j]) {
            (Instr::LoadFast(a), Instr::LoadFast(b)) if a < 1 << 16 && b < 1 << 16 => {
                Some(Instr::LoadFastLoadFast(a | b << 16))
            }
            (Instr::LoadFast(a), Instr::BinaryOp(op)) if a < 1 << 24 => {
                Some(Instr::LoadFastBinaryOp(op as u32 | a << 8))
            }
            (Instr::LoadConst(k), Instr::BinaryOp(op)) if k < 1 << 24 => {
                Some(Instr::LoadConstBinaryOp(op as u32 | k << 8))
            }
            (Instr::InplaceOp(op), Instr::StoreFast(a)) if a < 1 << 24 => {
                Some(Instr::InplaceOpStoreFast(op as u32 | a << 8))
            }
            (Instr::BinaryOp(op), Instr::StoreFast(a)) if a < 1 << 24 => {
                Some(Instr::BinaryOpStoreFast(op as u32 | a << 8))
            }
            (Instr::StoreFast(a), Instr::LoadFast(b)) if a < 1 << 16 && b < 1 << 16 => {
                Some(Instr::StoreFastLoadFast(a | b << 16))
            }
            (Instr::LoadFast(a), Instr::LoadAttr(n)) if a < 1 << 16 && n < 1 << 16 => {
                Some(Instr::LoadFastAttr(a | n << 16))
            }
            (Instr::LoadFast(a), Instr::StoreAttr(n)) if a < 1 << 16 && n < 1 << 16 => {
                Some(Instr::LoadFastStoreAttr(a | n << 16))
            }
            (Instr::LoadFast(a), Instr::LoadMethod(n)) if a < 1 << 16 && n < 1 << 16 => {
                Some(Instr::LoadFastMethod(a | n << 16))
            }
            (Instr::ForIter(t), Instr::StoreFast(a)) if t < 1 << 24 && a < 1 << 8 => {
                Some(Instr::ForIterStoreFast(t | a << 24))
            }
            (Instr::CompareOp(op), Instr::PopJumpIfFalse(t)) if t < 1 << 29 => {
                Some(Instr::CompareJumpIfFalse(op as u32 | t << 3))
            }
            (Instr::CompareOp(op), Instr::PopJumpIfTrue(t)) if t < 1 << 29 => {
                Some(Instr::CompareJumpIfTrue(op as u32 | t << 3))
            }
            _ => None,
        };
        match fused {
            Some(f) => {
                code[i] = f;
                i += 2;
            }
            None => i += 1,
        }
    }
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

impl Instr {
    /// The jump target, for instructions that can jump.
    pub fn jump_target(&self) -> Option<u32> {
        use Instr::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
            | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | Send(t) => Some(t),
            ForIterStoreFast(x) => Some(x & 0xff_ffff),
            CompareJumpIfFalse(x) | CompareJumpIfTrue(x) => Some(x >> 3),
            _ => None,
        }
    }

    /// Replace the jump target (used when labels are resolved).
    pub fn set_jump_target(&mut self, target: u32) {
        use Instr::*;
        match self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
            | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t)
            | Send(t) => *t = target,
            _ => {}
        }
    }

    /// True when control never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
        )
    }

    /// Stack effect: (effect when falling through, effect when jumping).
    pub fn stack_effect(&self) -> (i32, i32) {
        use Instr::*;
        let n = |x: u32| x as i32;
        let e = match *self {
            Nop | Jump(_) => 0,
            PopTop => -1,
            Copy(_) | PushNull | LoadConst(_) | LoadFast(_) | LoadGlobal(_) | LoadName(_)
            | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadAssertionError
            | LoadBuildClass => 1,
            Swap(_) => 0,
            StoreFast(_) | StoreGlobal(_) | StoreName(_) | StoreDeref(_) => -1,
            DeleteFast(_) | DeleteGlobal(_) | DeleteName(_) | DeleteDeref(_) => 0,
            LoadAttr(_) => 0,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            UnaryNeg | UnaryPos | UnaryInvert | UnaryNot => 0,
            BinarySubscr => -1,
            StoreSubscr => -3,
            BinarySubscrKeep => 1,
            StoreSubscrInplace => -3,
            LoadAttrKeep(_) => 1,
            StoreAttrInplace(_) => -2,
            DeleteSubscr => -2,
            BuildSlice(k) => 1 - n(k),
            BuildTuple(k) | BuildList(k) | BuildString(k) => 1 - n(k),
            BuildSet(k) => 1 - n(k & 0x7fff_ffff),
            BuildMap(k) => 1 - 2 * n(k),
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            ListToTuple => 0,
            FormatValue(f) => {
                if f & 4 != 0 {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(k) => n(k) - 1,
            UnpackEx(k) => n(k & 0xffff) + n(k >> 16),
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, 0),
            GetIter | GetYieldFromIter => 0,
            ForIter(_) => return (1, -1),
            Call(k) => -n(k),
            CallMethod(k) => -n(k) - 1,
            CallKw(k) => -n(k) - 1,
            CallEx(f) => -1 - n(f & 1),
            MakeFunction(f) => -(n(f & 1) + n((f >> 1) & 1) + n((f >> 2) & 1) + n((f >> 3) & 1)),
            ReturnValue => -1,
            YieldValue(_) => 0,
            Send(_) => return (0, -1),
            Raise(k) => -n(k),
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            BeforeWith => 1,
            WithExceptStart => 1,
            SetupAnnotations => 0,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            MatchClass(_) => -2,
            MatchMapping | MatchSequence | GetLen => 1,
            MatchKeys => 1,
            CopyDictWithoutKeys => 0,
            PrintExpr => -1,
            LoadFastLoadFast(_) => 2,
            LoadFastBinaryOp(_) | LoadConstBinaryOp(_) => 0,
            InplaceOpStoreFast(_) => -2,
            StoreFastLoadFast(_) => 0,
            BinaryOpLocals(_) => 1,
            ForIterStoreFast(_) => return (0, -1),
            CompareJumpIfFalse(_) | CompareJumpIfTrue(_) => -2,
            LoadFastAttr(_) => 1,
            LoadFastStoreAttr(_) => -1,
            LoadFastMethod(_) => 2,
            SubscrLocals(_) | BinaryOpLocalConst(_) | BinaryOpConstLocal(_) => 1,
            InplaceLocalConst(_) | InplaceLocals(_) => 0,
            CompareLocalsJump(_) | CompareLocalConstJump(_) => 0,
            BinaryOpStoreFast(_) => -2,
            BinaryOpLocalsStore(_) | BinaryOpLocalConstStore(_) => 0,
            StoreSubscrLocals(_) => -1,
            LoadFastAttrBinaryOp(_) => 0,
        };
        (e, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmpops_table_matches_discriminants() {
        for (i, op) in CMPOPS.iter().enumerate() {
            assert_eq!(*op as usize, i);
        }
    }

    #[test]
    fn binops_table_matches_discriminants() {
        for (i, op) in BINOPS.iter().enumerate() {
            assert_eq!(*op as usize, i);
        }
    }

    #[test]
    fn fuse_keeps_second_instruction_and_skips_targets() {
        let mut code = vec![
            Instr::LoadFast(0),
            Instr::LoadFast(1),
            Instr::LoadFast(2),
            Instr::BinaryOp(BinOp::Add),
        ];
        let lines = vec![1; 4];
        let mut targets = vec![false; 5];
        targets[3] = true;
        let handlers = vec![None; 4];
        fuse(&mut code, &lines, &targets, &handlers);
        assert_eq!(code[0], Instr::LoadFastLoadFast(1 << 16));
        assert_eq!(code[1], Instr::LoadFast(1));
        // The BinaryOp is a jump target: not fused with the LoadFast before it.
        assert_eq!(code[2], Instr::LoadFast(2));
        assert_eq!(code[3], Instr::BinaryOp(BinOp::Add));
    }

    #[test]
    fn fuse_four_instruction_patterns() {
        let mut code = vec![
            // i += 1
            Instr::LoadFast(3),
            Instr::LoadConst(1),
            Instr::InplaceOp(BinOp::Add),
            Instr::StoreFast(3),
            // if i < n: (jump to 0 when false)
            Instr::LoadFast(3),
            Instr::LoadFast(0),
            Instr::CompareOp(CmpOp::Lt),
            Instr::PopJumpIfFalse(0),
            // x += 1 stored elsewhere: not the in-place pattern
            Instr::LoadFast(1),
            Instr::LoadConst(1),
            Instr::InplaceOp(BinOp::Add),
            Instr::StoreFast(2),
        ];
        let lines = vec![1; code.len()];
        let mut targets = vec![false; code.len() + 1];
        targets[0] = true;
        let handlers = vec![None; code.len()];
        fuse(&mut code, &lines, &targets, &handlers);
        assert_eq!(
            code[0],
            Instr::InplaceLocalConst(BinOp::Add as u32 | 3 << 4 | 1 << 16)
        );
        assert_eq!(code[3], Instr::StoreFast(3));
        assert_eq!(code[4], Instr::CompareLocalsJump(CmpOp::Lt as u32 | 3 << 4));
        assert_eq!(code[7], Instr::PopJumpIfFalse(0));
        assert_eq!(code[8], Instr::LoadFast(1));
        assert_eq!(
            code[10],
            Instr::InplaceOpStoreFast(BinOp::Add as u32 | 2 << 8)
        );
    }
}
