//! Introspection objects: the attributes of code objects (`co_*`), frame objects
//! (`f_*`, see `vm::frames`) and traceback entries (`tb_*`), and `sys._getframe`.

use super::check_args;
use crate::objects::object::FrameObj;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Register the getters of code, frame and traceback objects.
pub fn install(vm: &mut Vm) {
    let c = vm.types.code;
    let code_getters: &[(&'static str, crate::objects::NativeFn)] = &[
        ("co_name", |vm, a, _| {
            let n = code_of(a)?.code.name.clone();
            Ok(vm.new_str(n))
        }),
        ("co_qualname", |vm, a, _| {
            let n = code_of(a)?.code.qualname.clone();
            Ok(vm.new_str(n))
        }),
        ("co_filename", |vm, a, _| {
            let n = code_of(a)?.code.filename.to_string();
            Ok(vm.new_str(n))
        }),
        ("co_firstlineno", |_, a, _| {
            Ok(Value::Int(code_of(a)?.code.firstlineno as i64))
        }),
        ("co_argcount", |_, a, _| {
            Ok(Value::Int(code_of(a)?.code.argcount as i64))
        }),
        ("co_posonlyargcount", |_, a, _| {
            Ok(Value::Int(code_of(a)?.code.posonlyargcount as i64))
        }),
        ("co_kwonlyargcount", |_, a, _| {
            Ok(Value::Int(code_of(a)?.code.kwonlyargcount as i64))
        }),
        ("co_nlocals", |_, a, _| {
            Ok(Value::Int(code_of(a)?.code.varnames.len() as i64))
        }),
        ("co_varnames", |vm, a, _| {
            let names = code_of(a)?.code.varnames.clone();
            Ok(str_tuple(vm, &names))
        }),
        ("co_cellvars", |vm, a, _| {
            let names = code_of(a)?.code.cellvars.clone();
            Ok(str_tuple(vm, &names))
        }),
        ("co_freevars", |vm, a, _| {
            let names = code_of(a)?.code.freevars.clone();
            Ok(str_tuple(vm, &names))
        }),
        ("co_flags", |_, a, _| {
            // CPython's CO_* bits: OPTIMIZED 0x1, NEWLOCALS 0x2, VARARGS 0x4,
            // VARKEYWORDS 0x8, NESTED 0x10 (defined in a function), GENERATOR 0x20.
            let code = &code_of(a)?.code;
            let f = &code.flags;
            let mut bits = 0;
            if code.qualname.contains("<locals>") {
                bits |= 0x10;
            }
            if !f.uses_locals_dict {
                bits |= 0x1 | 0x2;
            }
            if f.varargs {
                bits |= 0x4;
            }
            if f.varkeywords {
                bits |= 0x8;
            }
            if f.generator {
                bits |= 0x20;
            }
            Ok(Value::Int(bits))
        }),
        ("co_names", |vm, a, _| {
            let names = code_of(a)?.code.names.clone();
            Ok(str_tuple(vm, &names))
        }),
    ];
    for (n, f) in code_getters {
        vm.add_getter(c, n, *f);
    }
    let f = vm.types.frame;
    vm.add_getter(f, "f_code", |_, a, _| Ok(Value::Obj(frame_of(a)?.code)));
    vm.add_getter(f, "f_globals", |_, a, _| {
        Ok(Value::Obj(frame_of(a)?.globals))
    });
    vm.add_getter(f, "f_builtins", |vm, _, _| Ok(Value::Obj(vm.builtins)));
    vm.add_getter(f, "f_lineno", |vm, a, _| {
        let f = frame_of(a)?;
        let line = match vm.live_frame(f) {
            Some(idx) => vm.frame_line(idx),
            None => f.lineno.get(),
        };
        Ok(Value::Int(line as i64))
    });
    vm.add_getter(f, "f_back", |_, a, _| Ok(frame_of(a)?.back));
    vm.add_getter(f, "f_locals", f_locals);
    let t = vm.types.traceback;
    vm.add_getter(t, "tb_lineno", |_, a, _| match a[0].payload() {
        Some(Payload::Traceback { line, .. }) => Ok(Value::Int(*line as i64)),
        _ => Ok(Value::None),
    });
    vm.add_getter(t, "tb_next", |_, a, _| match a[0].payload() {
        Some(Payload::Traceback { next, .. }) => Ok(*next),
        _ => Ok(Value::None),
    });
    vm.add_getter(t, "tb_frame", |_, a, _| match a[0].payload() {
        Some(Payload::Traceback { frame, .. }) => Ok(*frame),
        _ => Ok(Value::None),
    });
}

fn code_of(args: &[Value]) -> PyResult<&crate::objects::object::CodeObj> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Code(c)) => Ok(c),
        _ => Err(PyErr::type_error("expected a code object")),
    }
}

fn frame_of(args: &[Value]) -> PyResult<&FrameObj> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Frame(f)) => Ok(f),
        _ => Err(PyErr::type_error("expected a frame object")),
    }
}

fn str_tuple(vm: &mut Vm, names: &[String]) -> Value {
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    vm.new_tuple(items)
}

/// `frame.f_locals`: the namespace of a module or class body, or a new dict of a
/// function's variables as they were when the snapshot was taken.
fn f_locals(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = frame_of(args)?;
    if !f.locals_dict.is_none() {
        return Ok(f.locals_dict);
    }
    let values = match vm.live_frame(f) {
        Some(idx) => {
            let base = vm.frames[idx].base;
            let end = (base + f.local_values.len()).min(vm.stack.len());
            vm.stack[base..end].to_vec()
        }
        None => f.local_values.clone(),
    };
    let code = f.code;
    vm.locals_dict_of(code, &values).map(Value::Obj)
}

/// `sys._getframe(depth=0)`
pub fn getframe(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => vm.to_index(*v)?,
        None => 0,
    };
    // Native frames (this call) are not on `vm.frames`: the top is the caller.
    let top = vm.frames.len() as i64 - 1;
    if depth < 0 || depth > top {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    Ok(vm.frame_object((top - depth) as usize))
}
