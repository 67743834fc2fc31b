//! Running code from Python: `exec`, `eval`, `compile`, `__import__`, and the
//! namespaces they work in (`globals()`, `locals()`).

use super::{as_str, check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

pub(super) fn globals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("globals", kw)?;
    check_args("globals", args, 0, 0)?;
    Ok(Value::Obj(
        vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins),
    ))
}

/// The locals mapping of the calling frame (a snapshot for function frames).
pub fn current_locals(vm: &mut Vm) -> PyResult<ObjRef> {
    let f = match vm.frames.last() {
        Some(f) => f,
        None => return Ok(vm.builtins),
    };
    if let Value::Obj(d) = f.locals {
        return Ok(d);
    }
    if f.func.is_empty() {
        return Ok(f.globals);
    }
    let (code, base) = (f.code, f.base);
    let co = code.as_code().unwrap();
    let n = co.varnames.len() + co.code.cellvars.len() + co.code.freevars.len();
    let end = (base + n).min(vm.stack.len());
    let values = vm.stack[base..end].to_vec();
    vm.locals_dict_of(code, &values)
}

pub(super) fn locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("locals", kw)?;
    check_args("locals", args, 0, 0)?;
    Ok(Value::Obj(current_locals(vm)?))
}

fn source_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Result<String, ObjRef>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(Ok(s.as_str().to_string())),
            Payload::Bytes(b) => Ok(Ok(String::from_utf8_lossy(b).into_owned())),
            Payload::Code(_) => Ok(Err(o)),
            _ => Err(PyErr::type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            ))),
        },
        _ => {
            let _ = vm;
            Err(PyErr::type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )))
        }
    }
}

fn exec_or_eval(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    mode: crate::compiler::ParseMode,
    fname: &str,
) -> PyResult<Value> {
    check_kwargs(fname, kw, &["globals", "locals"])?;
    check_args(fname, args, 1, 3)?;
    let globals = match args.get(1).copied().or_else(|| kwarg(kw, "globals")) {
        Some(Value::Obj(d)) if d.as_dict().is_some() => Some(d),
        Some(Value::None) | None => None,
        Some(v) => {
            return Err(PyErr::type_error(format!(
                "{fname}() globals must be a dict, not {}",
                vm.type_name(v)
            )))
        }
    };
    let locals = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "locals"))
        .filter(|v| !v.is_none());
    if let Some(l) = locals {
        // PyMapping_Check: a dict, or an object whose type has __getitem__.
        let ty = vm.type_of(l);
        let getitem = vm.names.__getitem__;
        let is_dict = l.as_obj().is_some_and(|o| o.as_dict().is_some());
        if !is_dict && vm.lookup_in_mro(ty, getitem).is_none() {
            return Err(PyErr::type_error("locals must be a mapping"));
        }
    }
    let (g, l) = match globals {
        Some(g) => {
            let bk = vm.names.__builtins__;
            if vm.dict_get_str(g, bk)?.is_none() {
                let b = vm.builtins;
                vm.dict_set_str(g, bk, Value::Obj(b))?;
            }
            (g, locals.unwrap_or(Value::Obj(g)))
        }
        None => {
            let g = vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins);
            let l = match locals {
                Some(l) => l,
                None => Value::Obj(current_locals(vm)?),
            };
            (g, l)
        }
    };
    let code = match source_arg(vm, args[0], fname)? {
        Ok(src) => {
            let src = if mode == crate::compiler::ParseMode::Expression {
                src.trim_start().to_string()
            } else {
                src
            };
            match crate::compiler::compile(&src, "<string>", mode) {
                Ok(c) => vm.load_code(std::rc::Rc::new(c)),
                Err(e) => return Err(PyErr::exc(vm.syntax_error(&e))),
            }
        }
        Err(code) => code,
    };
    let r = vm.run_code(code, g, l)?;
    Ok(if fname == "eval" { r } else { Value::None })
}

pub(super) fn exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, crate::compiler::ParseMode::Module, "exec")
}

pub(super) fn eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.first() {
        if let Payload::Code(_) = &o.payload {
            return exec_or_eval(vm, args, kw, crate::compiler::ParseMode::Module, "eval");
        }
    }
    exec_or_eval(vm, args, kw, crate::compiler::ParseMode::Expression, "eval")
}

pub(super) fn compile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs(
        "compile",
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let src = args
        .first()
        .copied()
        .or_else(|| kwarg(kw, "source"))
        .ok_or_else(|| PyErr::type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "filename"))
        .map(|v| as_str(&v).unwrap_or("<string>").to_string())
        .unwrap_or_else(|| "<string>".into());
    let mode_v = args.get(2).copied().or_else(|| kwarg(kw, "mode"));
    let mode = match mode_v.as_ref().and_then(as_str) {
        Some("exec") => crate::compiler::ParseMode::Module,
        Some("eval") => crate::compiler::ParseMode::Expression,
        Some("single") => crate::compiler::ParseMode::Interactive,
        _ => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let text = match source_arg(vm, src, "compile")? {
        Ok(s) => s,
        Err(code) => return Ok(Value::Obj(code)),
    };
    match crate::compiler::compile(&text, &filename, mode) {
        Ok(c) => Ok(Value::Obj(vm.load_code(std::rc::Rc::new(c)))),
        Err(e) => Err(PyErr::exc(vm.syntax_error(&e))),
    }
}

pub(super) fn import(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs(
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let name = args
        .first()
        .copied()
        .or_else(|| kwarg(kw, "name"))
        .ok_or_else(|| {
            PyErr::type_error("__import__() missing required argument 'name' (pos 1)")
        })?;
    let n = match as_str(&name) {
        Some(s) => vm.intern(s),
        None => {
            return Err(PyErr::type_error(format!(
                "__import__() argument 1 must be str, not {}",
                vm.type_name(name)
            )))
        }
    };
    let fromlist = args
        .get(3)
        .copied()
        .or_else(|| kwarg(kw, "fromlist"))
        .unwrap_or(Value::None);
    let level = args
        .get(4)
        .copied()
        .or_else(|| kwarg(kw, "level"))
        .unwrap_or(Value::Int(0));
    // Relative names resolve against the given globals (the caller's by default).
    let globals = match args.get(1).copied().or_else(|| kwarg(kw, "globals")) {
        Some(Value::Obj(g)) if g.as_dict().is_some() => Some(g),
        _ => vm.frames.last().map(|f| f.globals),
    };
    vm.import_name_in(n, fromlist, level, globals)
}
