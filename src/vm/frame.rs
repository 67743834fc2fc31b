//! Activation records. A frame owns no storage: its locals, cells and value stack are
//! `Vm::stack[base..]` (DESIGN.md decision 4).

use crate::bytecode::BinOp;
use crate::objects::{ObjRef, Value};

/// One active Python frame.
pub struct Frame {
    /// Runtime code object.
    pub code: ObjRef,
    /// The function being run (Empty for module/exec code).
    pub func: Value,
    /// Globals dict.
    pub globals: ObjRef,
    /// Locals dict for module/class bodies (Empty in function frames).
    pub locals: Value,
    /// Index of local slot 0 in `Vm::stack`.
    pub base: usize,
    /// Index where the value stack starts (after locals and cells).
    pub stack_base: usize,
    /// Next instruction to run (the current one while it executes).
    pub pc: usize,
    /// Stack length to restore when the frame is popped.
    pub ret_base: usize,
    /// Return from the dispatch loop when this frame finishes.
    pub entry: bool,
    /// Generator whose frame this is.
    pub gen: Option<ObjRef>,
    /// The handled exception to restore when this frame ends (generators swap it).
    pub saved_exc_info: Value,
    /// What to do with the return value.
    pub on_return: OnReturn,
    /// Identifies this activation among all frames ever pushed (`Vm::new_frame_serial`),
    /// so a frame object can tell whether its frame is still running.
    pub serial: u64,
}

/// Return-value handling of a frame.
#[derive(Clone, Copy)]
pub enum OnReturn {
    /// Push the result on the caller's stack.
    Push,
    /// `__init__` frame: check the result is None, push the instance instead.
    Init(Value),
    /// An operator method's frame (`Vm::binary_op_or_frame`): on NotImplemented, go
    /// on with the operator protocol for the operands saved at `ret_base`.
    BinaryOp(BinOp),
}

impl Frame {
    /// Report the heap references a frame holds.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.code));
        f(self.func);
        f(Value::Obj(self.globals));
        f(self.locals);
        if let Some(g) = self.gen {
            f(Value::Obj(g));
        }
        f(self.saved_exc_info);
        if let OnReturn::Init(v) = self.on_return {
            f(v);
        }
    }
}
