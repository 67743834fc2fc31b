//! Frame objects, built on demand.
//!
//! Running frames are flat `vm::frame::Frame` records over the shared value stack
//! (DESIGN.md: flat frames), so a call never allocates a frame object. When Python
//! code asks for one (`sys._getframe`, `tb.tb_frame` of a traceback) a
//! `Payload::Frame` snapshot is made from the flat state: code, globals, the current
//! line, the local variables' values and, through `f_back`, the callers' snapshots.
//! While its activation is still running (same `Frame::serial` at the same
//! depth), `f_lineno` and `f_locals` read the live state; after it has returned
//! they keep the values of the moment the snapshot was taken. A running frame has
//! one frame object for its whole run (`Vm::frame_objects`, by serial, forgotten at
//! the first collection after the frame returns), shared by `sys._getframe`,
//! `f_back` and `tb_frame`.

use super::{PyResult, Vm};
use crate::objects::object::FrameObj;
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// A serial number for a frame being pushed.
    #[inline]
    pub fn new_frame_serial(&mut self) -> u64 {
        self.frame_serial += 1;
        self.frame_serial
    }

    /// The activation `self.frames[idx]` (its `pc` up to date) is ending: its
    /// frame object, if one was made, keeps the last line it ran.
    #[cold]
    pub fn frame_ended(&mut self, idx: usize) {
        let serial = self.frames[idx].serial;
        if let Some(&o) = self.frame_objects.get(&serial) {
            let line = self.frame_line(idx);
            if let Payload::Frame(f) = &o.payload {
                f.lineno.set(line);
            }
        }
    }

    /// The index of the running frame a frame object was taken from, if that frame
    /// is still running.
    pub fn live_frame(&self, f: &FrameObj) -> Option<usize> {
        let (idx, serial) = f.live;
        (self.frames.get(idx).map(|fr| fr.serial) == Some(serial)).then_some(idx)
    }

    /// The line `self.frames[idx]` is running.
    pub fn frame_line(&self, idx: usize) -> u32 {
        let f = &self.frames[idx];
        let code = f.code.as_code().unwrap();
        let at = f.pc.saturating_sub(1);
        code.code
            .lines
            .get(at)
            .copied()
            .unwrap_or(code.code.firstlineno)
    }

    /// The frame object of `self.frames[idx]` (the same object for the frame's whole
    /// run), with `f_back` its caller's.
    pub fn frame_object(&mut self, idx: usize) -> Value {
        let serial = self.frames[idx].serial;
        if let Some(&o) = self.frame_objects.get(&serial) {
            return Value::Obj(o);
        }
        let back = if idx > 0 {
            self.frame_object(idx - 1)
        } else {
            Value::None
        };
        let v = self.frame_snapshot(idx, back);
        if let Value::Obj(o) = v {
            self.frame_objects.insert(serial, o);
        }
        v
    }

    /// A new frame object for `self.frames[idx]` with the given `f_back`.
    fn frame_snapshot(&mut self, idx: usize, back: Value) -> Value {
        let f = &self.frames[idx];
        let code = f.code;
        let co = code.as_code().unwrap();
        let (locals_dict, local_values) = match f.locals {
            Value::Obj(d) => (Value::Obj(d), Vec::new()),
            _ if f.func.is_empty() => (Value::Obj(f.globals), Vec::new()),
            _ => {
                let n = co.varnames.len() + co.code.cellvars.len() + co.code.freevars.len();
                let end = (f.base + n).min(self.stack.len());
                (Value::None, self.stack[f.base..end].to_vec())
            }
        };
        let frame = FrameObj {
            live: (idx, f.serial),
            code,
            globals: f.globals,
            locals_dict,
            local_values,
            lineno: std::cell::Cell::new(self.frame_line(idx)),
            back,
        };
        let ty = self.types.frame;
        Value::Obj(self.alloc(ty, Payload::Frame(Box::new(frame))))
    }

    /// `gen.gi_frame`: the running generator's frame, a snapshot of the suspended
    /// one, or None once it has finished.
    pub fn generator_frame(&mut self, g: ObjRef) -> Value {
        if let Some(idx) = self.frames.iter().rposition(|f| f.gen == Some(g)) {
            return self.frame_object(idx);
        }
        let Payload::Generator(gen) = &g.payload else {
            return Value::None;
        };
        let Some(state) = gen.frame.get().as_ref() else {
            return Value::None;
        };
        let Some(Payload::Function(func)) = state.func.payload() else {
            return Value::None;
        };
        let (code, globals) = (func.code, func.globals);
        let co = code.as_code().unwrap();
        let n = co.varnames.len() + co.code.cellvars.len() + co.code.freevars.len();
        let local_values = state.slots[..n.min(state.slots.len())].to_vec();
        let lineno = match state.pc {
            0 => co.code.firstlineno,
            pc => co
                .code
                .lines
                .get(pc - 1)
                .copied()
                .unwrap_or(co.code.firstlineno),
        };
        let frame = FrameObj {
            live: (usize::MAX, 0),
            code,
            globals,
            locals_dict: Value::None,
            local_values,
            lineno: std::cell::Cell::new(lineno),
            back: Value::None,
        };
        let ty = self.types.frame;
        Value::Obj(self.alloc(ty, Payload::Frame(Box::new(frame))))
    }

    /// `f_locals` of a function activation: its bound locals, then its cell and
    /// free variables, from `values` laid out as on the value stack.
    pub fn locals_dict_of(&mut self, code: ObjRef, values: &[Value]) -> PyResult<ObjRef> {
        let co = code.as_code().unwrap();
        let d = self.new_dict();
        let names = co.varnames.clone();
        for (n, v) in names.iter().zip(values) {
            if !v.is_empty() {
                self.dict_set_str(d, *n, *v)?;
            }
        }
        let cellnames: Vec<String> = co
            .code
            .cellvars
            .iter()
            .chain(co.code.freevars.iter())
            .cloned()
            .collect();
        for (n, cell) in cellnames.iter().zip(values.iter().skip(names.len())) {
            if let Some(Payload::Cell(c)) = cell.payload() {
                let v = *c.get();
                if !v.is_empty() {
                    let k = self.intern(n);
                    self.dict_set_str(d, k, v)?;
                }
            }
        }
        Ok(d)
    }
}
