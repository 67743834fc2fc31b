//! Calls: argument binding, frame setup, class instantiation and generators.
//!
//! `do_call` is the one entry for calls made by bytecode: the callee and its
//! arguments are already on the value stack, arguments at `args_start..`. A Python
//! function gets a new frame whose locals start at `args_start` (no copying in the
//! common case); anything else runs to completion and its result is returned.
//! Bound methods, callable instances and `__init__` reuse the slot just below the
//! arguments for `self`.

use smallvec::SmallVec;

use super::frame::{Frame, OnReturn};
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::objects::object::{FuncObj, GenFrame, GenObj, Layout, Mut, TypeObj};
use crate::objects::{ObjRef, Payload, Value};

type Args = SmallVec<[Value; 8]>;

/// Outcome of resuming a generator.
pub enum GenStep {
    /// It yielded a value.
    Yield(Value),
    /// It returned (or was already finished).
    Return(Value),
}

impl Vm {
    /// Call `callee` whose arguments are `stack[args_start..args_start+nargs]`, the last
    /// `len(kwnames)` of them keyword arguments. On `Ok(None)` a frame was pushed;
    /// on `Ok(Some(v))` the stack was cut to `ret_base` and `v` is the result.
    pub fn do_call(
        &mut self,
        callee: Value,
        ret_base: usize,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let o = match callee {
            Value::Obj(o) => o,
            _ => {
                self.stack.truncate(ret_base);
                return Err(self.not_callable(callee));
            }
        };
        match &o.payload {
            Payload::Function(f) => self.call_function(o, f, ret_base, args_start, nargs, kwnames),
            Payload::Builtin(b) if kwnames.is_none() && b.bound.is_empty() && nargs <= 4 => {
                // The common short call: copy the arguments to a small local array
                // (they also stay on the value stack, rooted, while the native runs).
                let mut buf = [Value::None; 4];
                buf[..nargs].copy_from_slice(&self.stack[args_start..args_start + nargs]);
                let args = &buf[..nargs];
                if let Some(owner) = b.owner {
                    // An unbound method of a built-in type: natives may rely on `self`.
                    match self.check_self(b.name, owner, args.first().copied()) {
                        Ok(slf) => buf[0] = slf,
                        Err(e) => {
                            self.stack.truncate(ret_base);
                            return Err(e);
                        }
                    }
                }
                let args = &buf[..nargs];
                let r = (b.func)(self, args, &[]);
                self.stack.truncate(ret_base);
                Ok(Some(r?))
            }
            Payload::Builtin(b) if kwnames.is_none() && !b.bound.is_empty() && nargs <= 3 => {
                // A bound built-in method (`rand = r.random; rand()`): `self` and the
                // arguments in a small local array, as for the unbound short call
                // above (the callee on the stack keeps `self` rooted).
                let mut buf = [Value::None; 4];
                let numeric = b
                    .owner
                    .is_some_and(|t| t == self.types.int || t == self.types.float);
                buf[0] = if numeric {
                    Vm::unboxed(b.bound)
                } else {
                    b.bound
                };
                buf[1..=nargs].copy_from_slice(&self.stack[args_start..args_start + nargs]);
                let r = (b.func)(self, &buf[..=nargs], &[]);
                self.stack.truncate(ret_base);
                Ok(Some(r?))
            }
            Payload::Builtin(b) => {
                // The arguments stay on the value stack (rooted) while the native runs.
                let (mut args, kw) = self.take_args(args_start, nargs, kwnames);
                if let (Some(owner), true) = (b.owner, b.bound.is_empty()) {
                    // An unbound method of a built-in type: natives may rely on `self`.
                    match self.check_self(b.name, owner, args.first().copied()) {
                        Ok(slf) => args[0] = slf,
                        Err(e) => {
                            self.stack.truncate(ret_base);
                            return Err(e);
                        }
                    }
                }
                let r = if b.bound.is_empty() {
                    (b.func)(self, &args, &kw)
                } else {
                    let mut full: Args = SmallVec::with_capacity(args.len() + 1);
                    let numeric = b
                        .owner
                        .is_some_and(|t| t == self.types.int || t == self.types.float);
                    full.push(if numeric {
                        Vm::unboxed(b.bound)
                    } else {
                        b.bound
                    });
                    full.extend_from_slice(&args);
                    (b.func)(self, &full, &kw)
                };
                self.stack.truncate(ret_base);
                Ok(Some(r?))
            }
            Payload::Method { func, self_ } => {
                let (func, self_) = (*func, *self_);
                if matches!(
                    func.payload(),
                    Some(Payload::Function(_) | Payload::Builtin(_))
                ) {
                    // `self` goes in the callee's slot, just below the arguments.
                    self.stack[args_start - 1] = self_;
                    return self.do_call(func, ret_base, args_start - 1, nargs + 1, kwnames);
                }
                self.call_bound_callable(func, self_, ret_base, args_start, nargs, kwnames)
            }
            Payload::Type(_) => self.call_type(o, ret_base, args_start, nargs, kwnames),
            _ => {
                let call = self.lookup_in_mro(o.ty(), self.names.__call__);
                match call {
                    Some(f) if crate::vm::attr::is_plain_function(f) => {
                        self.stack[args_start - 1] = callee;
                        self.do_call(f, ret_base, args_start - 1, nargs + 1, kwnames)
                    }
                    Some(f) => {
                        let ty = o.ty();
                        let bound = self.bind_descriptor(f, callee, ty)?;
                        self.do_call(bound, ret_base, args_start, nargs, kwnames)
                    }
                    None => {
                        self.stack.truncate(ret_base);
                        Err(self.not_callable(callee))
                    }
                }
            }
        }
    }

    /// The first argument of an unbound built-in method must be an instance of its
    /// type. Returns the `self` the native should see: for natives of `int` and
    /// `float`, an instance of a subclass is replaced by its value (see `derived`).
    /// A bound method whose function is another callable (a class, an object
    /// with `__call__`): those use the slot below their arguments themselves,
    /// so they are called with a fresh argument list.
    #[inline(never)]
    fn call_bound_callable(
        &mut self,
        func: Value,
        self_: Value,
        ret_base: usize,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(nargs + 1);
        args.push(self_);
        args.extend_from_slice(&self.stack[args_start..args_start + nargs]);
        let names: Vec<Value> = kwnames
            .and_then(|t| t.as_tuple().map(|n| n.to_vec()))
            .unwrap_or_default();
        let nkw = names.len();
        let kw: Vec<(ObjRef, Value)> = names
            .iter()
            .zip(&args[args.len() - nkw..])
            .filter_map(|(n, v)| n.as_obj().map(|n| (n, *v)))
            .collect();
        args.truncate(args.len() - nkw);
        let r = self.call(func, &args, &kw);
        self.stack.truncate(ret_base);
        Ok(Some(r?))
    }

    pub(crate) fn check_self(
        &self,
        name: &str,
        owner: ObjRef,
        first: Option<Value>,
    ) -> PyResult<Value> {
        if let Some(v) = first {
            if self.isinstance_type(v, owner) {
                let numeric = owner == self.types.int || owner == self.types.float;
                return Ok(if numeric { Vm::unboxed(v) } else { v });
            }
        }
        let tn = owner
            .as_type()
            .map(|t| t.name.get().clone())
            .unwrap_or_default();
        Err(PyErr::type_error(match first {
            None => format!("unbound method {tn}.{name}() needs an argument"),
            // CPython words it differently for slot wrappers (`__len__`) and methods.
            Some(v) if name.starts_with("__") && name.ends_with("__") => format!(
                "descriptor '{name}' requires a '{tn}' object but received a '{}'",
                self.type_name(v)
            ),
            Some(v) => format!(
                "descriptor '{name}' for '{tn}' objects doesn't apply to a '{}' object",
                self.type_name(v)
            ),
        }))
    }

    fn not_callable(&self, v: Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    fn take_args(
        &mut self,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> (Args, Vec<(ObjRef, Value)>) {
        let all = &self.stack[args_start..args_start + nargs];
        match kwnames {
            None => (SmallVec::from_slice(all), Vec::new()),
            Some(names) => {
                let names = names.as_tuple().unwrap_or(&[]);
                let npos = nargs - names.len();
                let pos = SmallVec::from_slice(&all[..npos]);
                let kw = names
                    .iter()
                    .zip(&all[npos..])
                    .map(|(n, v)| (n.as_obj().unwrap(), *v))
                    .collect();
                (pos, kw)
            }
        }
    }

    /// Call any callable from native code.
    pub fn call(&mut self, f: Value, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
        self.call_native(f, args, kw, |vm, rb, start, n, names| {
            vm.do_call(f, rb, start, n, names)
        })
    }

    /// Call `f` from a native function none of whose own values needs rooting
    /// (all are on the value stack or in `tmp_roots`): unlike `call`, this
    /// does not count as a native level, so collections may run inside when
    /// nothing below needs the protection either. ctypes callbacks use it:
    /// C code calling Python many times within one foreign call (qsort) must
    /// not keep every object alive until the call returns. The caller bounds
    /// its own recursion (the native depth limit does not see these calls).
    pub fn call_rooted(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        self.call_native_counted(f, args, &[], false, |vm, rb, start, n, names| {
            vm.do_call(f, rb, start, n, names)
        })
    }

    /// Push `f`, `args` and `kw` on the value stack, run `dispatch` on them and, if
    /// it pushed a frame, run that frame to completion. The caller's Rust locals
    /// are not GC roots, so no collection happens until this returns.
    fn call_native(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
        dispatch: impl FnOnce(&mut Vm, usize, usize, usize, Option<ObjRef>) -> PyResult<Option<Value>>,
    ) -> PyResult<Value> {
        self.call_native_counted(f, args, kw, true, dispatch)
    }

    /// `call_native`; `counted` false: the caller's values are all rooted, so
    /// the call does not count as a native level (see `call_rooted`).
    fn call_native_counted(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
        counted: bool,
        dispatch: impl FnOnce(&mut Vm, usize, usize, usize, Option<ObjRef>) -> PyResult<Option<Value>>,
    ) -> PyResult<Value> {
        let ret_base = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let kwnames = if kw.is_empty() {
            None
        } else {
            for (_, v) in kw {
                self.stack.push(*v);
            }
            let names: Vec<Value> = kw.iter().map(|(n, _)| Value::Obj(*n)).collect();
            let t = self.new_tuple(names);
            t.as_obj()
        };
        let n = args.len() + kw.len();
        if counted {
            if let Err(e) = self.enter_native() {
                self.stack.truncate(ret_base);
                return Err(e);
            }
        }
        let r = match dispatch(self, ret_base, ret_base + 1, n, kwnames) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                self.frames.last_mut().unwrap().entry = true;
                self.run()
            }
            Err(e) => {
                self.stack.truncate(ret_base);
                Err(e)
            }
        };
        if counted {
            self.leave_native();
        }
        r
    }

    /// `f(*args, **kwargs)` from bytecode.
    pub fn call_ex(
        &mut self,
        callee: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let pos = match args.as_obj().and_then(|o| o.as_tuple().map(|t| t.to_vec())) {
            Some(v) => v,
            None => self.collect_iterable(args)?,
        };
        let ret_base = self.stack.len();
        self.stack.push(callee);
        self.stack.extend_from_slice(&pos);
        let mut kwnames = None;
        let mut n = pos.len();
        if let Some(Value::Obj(d)) = kwargs {
            let items = crate::vm::dictops::dict_items(d);
            let mut names = Vec::new();
            for (k, v) in items {
                if k.as_obj().and_then(|o| o.as_str().map(|_| ())).is_none() {
                    self.stack.truncate(ret_base);
                    return Err(PyErr::type_error("keywords must be strings"));
                }
                names.push(k);
                self.stack.push(v);
            }
            n += names.len();
            if !names.is_empty() {
                kwnames = self.new_tuple(names).as_obj();
            }
        }
        self.do_call(callee, ret_base, ret_base + 1, n, kwnames)
    }

    pub(super) fn call_function(
        &mut self,
        fobj: ObjRef,
        f: &FuncObj,
        ret_base: usize,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let code_ref = f.code;
        let co = &code_ref.as_code().unwrap().code;
        let argcount = co.argcount as usize;
        let nlocals = co.varnames.len();
        let simple = kwnames.is_none()
            && !co.flags.varargs
            && !co.flags.varkeywords
            && co.kwonlyargcount == 0;
        let defaults = *f.defaults.get();
        if simple && nargs <= argcount {
            // Fast path: arguments are already in place.
            if nargs < argcount {
                let defs = defaults.tuple().unwrap_or(&[]);
                let first_default = argcount - defs.len();
                if nargs < first_default {
                    let missing: Vec<String> = co.varnames[nargs..first_default].to_vec();
                    self.stack.truncate(ret_base);
                    return Err(missing_args_error(&co.qualname, &missing, "positional"));
                }
                for i in nargs..argcount {
                    self.stack.push(defs[i - first_default]);
                }
            }
            self.stack.truncate(args_start + argcount);
            self.stack.resize(args_start + nlocals, Value::Empty);
        } else {
            let (args, kw) = self.take_args(args_start, nargs, kwnames);
            let locals = match self.bind_args(f, &co.qualname, co, &args, &kw) {
                Ok(l) => l,
                Err(e) => {
                    self.stack.truncate(ret_base);
                    return Err(e);
                }
            };
            self.stack.truncate(args_start);
            self.stack.extend_from_slice(&locals);
        }
        let base = args_start;
        // Cells.
        if !co.cellvars.is_empty() || !co.freevars.is_empty() {
            for (i, _) in co.cellvars.iter().enumerate() {
                let init = match co.cell2arg[i] {
                    Some(a) => {
                        let v = self.stack[base + a as usize];
                        self.stack[base + a as usize] = Value::Empty;
                        v
                    }
                    None => Value::Empty,
                };
                let ty = self.types.cell;
                let c = self.alloc(ty, Payload::Cell(Mut::new(init)));
                self.stack.push(Value::Obj(c));
            }
            if let Some(cl) = f.closure.tuple() {
                self.stack.extend_from_slice(cl);
            }
        }
        if co.flags.generator {
            let slots = self.stack.split_off(base);
            self.stack.truncate(ret_base);
            let ty = self.types.generator;
            let g = self.alloc(
                ty,
                Payload::Generator(Box::new(GenObj {
                    frame: Mut::new(Some(GenFrame {
                        slots,
                        pc: 0,
                        func: Value::Obj(fobj),
                        exc_info: Value::None,
                    })),
                    running: std::cell::Cell::new(false),
                    started: std::cell::Cell::new(false),
                    code: code_ref,
                    name: co.name.clone(),
                    qualname: co.qualname.clone(),
                })),
            );
            return Ok(Some(Value::Obj(g)));
        }
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(ret_base);
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        let stack_base = self.stack.len();
        let serial = self.new_frame_serial();
        self.frames.push(Frame {
            code: code_ref,
            func: Value::Obj(fobj),
            globals: f.globals,
            locals: Value::Empty,
            base,
            stack_base,
            pc: 0,
            ret_base,
            entry: false,
            gen: None,
            saved_exc_info: Value::Empty,
            on_return: OnReturn::Push,
            serial,
        });
        self.safepoint();
        Ok(None)
    }

    /// Bind arguments to parameters with CPython's rules and messages.
    fn bind_args(
        &mut self,
        f: &FuncObj,
        qualname: &str,
        co: &crate::bytecode::CodeObject,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Vec<Value>> {
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let mut locals = vec![Value::Empty; co.varnames.len()];
        let npos = args.len().min(argcount);
        locals[..npos].copy_from_slice(&args[..npos]);
        let mut idx = argcount + kwonly;
        if co.flags.varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[idx] = self.new_tuple(extra);
            idx += 1;
        } else if args.len() > argcount {
            let defs = f
                .defaults
                .get()
                .as_obj()
                .and_then(|d| d.as_tuple().map(|t| t.len()))
                .unwrap_or(0);
            let given_kw = kw
                .iter()
                .filter(|(n, _)| {
                    let s = n.as_str().map(|s| s.as_str()).unwrap_or("");
                    co.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == s)
                })
                .count();
            let takes = if defs > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defs,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} {}",
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                )
            };
            let msg = if given_kw > 0 {
                format!("{qualname}() takes {takes} but {given} were given")
            } else {
                format!("{qualname}() takes {takes} but {given} given")
            };
            return Err(PyErr::type_error(msg));
        }
        let kwargs_dict = if co.flags.varkeywords {
            let d = self.new_dict();
            locals[idx] = Value::Obj(d);
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, v) in kw {
            let s = name.as_str().map(|s| s.as_str()).unwrap_or("");
            let pos = co.varnames[..argcount + kwonly].iter().position(|n| n == s);
            match pos {
                Some(i) if i >= posonly => {
                    if !locals[i].is_empty() {
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got multiple values for argument '{s}'"
                        )));
                    }
                    locals[i] = *v;
                }
                _ => match kwargs_dict {
                    Some(d) => {
                        self.dict_set(d, Value::Obj(*name), *v)?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(s.to_string());
                        } else {
                            return Err(PyErr::type_error(format!(
                                "{qualname}() got an unexpected keyword argument '{s}'"
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults.
        let defs: Vec<Value> = f
            .defaults
            .get()
            .as_obj()
            .and_then(|d| d.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default();
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if locals[i].is_empty() {
                if i >= first_default {
                    locals[i] = defs[i - first_default];
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args_error(qualname, &missing, "positional"));
        }
        let kwdefaults = *f.kwdefaults.get();
        for i in argcount..argcount + kwonly {
            if locals[i].is_empty() {
                let name = self.intern(&co.varnames[i]);
                let d = match kwdefaults {
                    Value::Obj(d) => self.dict_get_str(d, name)?,
                    _ => None,
                };
                match d {
                    Some(v) => locals[i] = v,
                    None => missing.push(co.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args_error(qualname, &missing, "keyword-only"));
        }
        Ok(locals)
    }

    /// Build a function object (MAKE_FUNCTION).
    pub fn make_function(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        annotations: Value,
    ) -> Value {
        let co = code.as_code().unwrap().code.clone();
        let doc = match &co.doc {
            Some(d) => self.new_str(d.as_str()),
            None => Value::None,
        };
        let name_key = self.names.__name__;
        let module = self
            .dict_get_str(globals, name_key)
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        let ty = self.types.function;
        Value::Obj(self.alloc(
            ty,
            Payload::Function(Box::new(FuncObj {
                code,
                globals,
                name: Mut::new(co.name.clone()),
                qualname: Mut::new(co.qualname.clone()),
                defaults: Mut::new(defaults),
                kwdefaults: Mut::new(kwdefaults),
                closure,
                dict: Mut::new(None),
                doc: Mut::new(doc),
                module: Mut::new(module),
                annotations: Mut::new(annotations),
            })),
        ))
    }

    /// Calling a type: `type(x)`, built-in constructors, or instantiating a class.
    fn call_type(
        &mut self,
        cls: ObjRef,
        ret_base: usize,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let t = cls.as_type().unwrap();
        if let Some(init) = self.plain_ctor(cls, t) {
            // Allocate, then run __init__ as a frame in the callee's slot.
            let inst = self.new_plain_instance(cls);
            self.stack[args_start - 1] = inst;
            return match self.do_call(init, ret_base, args_start - 1, nargs + 1, kwnames)? {
                None => {
                    self.frames.last_mut().unwrap().on_return = OnReturn::Init(inst);
                    Ok(None)
                }
                Some(v) if v.is_none() => Ok(Some(inst)),
                Some(v) => Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(v)
                ))),
            };
        }
        // A metaclass with its own __call__.
        let meta = cls.ty();
        if meta != self.types.type_ {
            if let Some(call) = self.lookup_in_mro(meta, self.names.__call__) {
                if !matches!(call.payload(), Some(Payload::Builtin(_))) {
                    self.stack[args_start - 1] = Value::Obj(cls);
                    return self.do_call(call, ret_base, args_start - 1, nargs + 1, kwnames);
                }
            }
        }
        self.construct(cls, ret_base, args_start, nargs, kwnames)
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`, whatever the metaclass
    /// (which is how a metaclass's own `__call__` reaches it through `super()`).
    pub fn call_construct(
        &mut self,
        cls: ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if cls.as_type().is_none() {
            return Err(PyErr::type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{}'",
                self.type_name(Value::Obj(cls))
            )));
        }
        self.call_native(Value::Obj(cls), args, kw, |vm, rb, start, n, names| {
            vm.construct(cls, rb, start, n, names)
        })
    }

    /// Instantiate `cls` with the arguments on the value stack (see `call_type`).
    fn construct(
        &mut self,
        cls: ObjRef,
        ret_base: usize,
        args_start: usize,
        nargs: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let t = cls.as_type().unwrap();
        if t.builtin && t.layout == Layout::Builtin {
            let (args, kw) = self.take_args(args_start, nargs, kwnames);
            self.stack.truncate(ret_base);
            return crate::builtins::construct::construct_builtin(self, cls, &args, &kw).map(Some);
        }
        // __new__
        let new = self.lookup_in_mro(cls, self.names.__new__);
        let init = self.lookup_in_mro(cls, self.names.__init__);
        let is_native = |n: &Value| match n.payload() {
            Some(Payload::Builtin(_)) => true,
            Some(Payload::StaticMethod(f)) => matches!(f.payload(), Some(Payload::Builtin(_))),
            _ => false,
        };
        let user_new = new.filter(|n| !is_native(n));
        let user_init = init.filter(|n| !matches!(n.payload(), Some(Payload::Builtin(_))));
        let (args, kw) = self.take_args(args_start, nargs, kwnames);
        let derived = t.layout == Layout::Derived;
        let inst = match user_new {
            Some(newf) => {
                let func = match newf {
                    Value::Obj(o) => match &o.payload {
                        Payload::StaticMethod(f) => *f,
                        _ => newf,
                    },
                    _ => newf,
                };
                let mut full: Vec<Value> = vec![Value::Obj(cls)];
                full.extend_from_slice(&args);
                self.tmp_roots.push(Value::Obj(cls));
                let r = self.call(func, &full, &kw);
                self.tmp_roots.pop();
                let inst = match r {
                    Ok(v) => v,
                    Err(e) => {
                        self.stack.truncate(ret_base);
                        return Err(e);
                    }
                };
                if !self.isinstance_type(inst, cls) {
                    self.stack.truncate(ret_base);
                    return Ok(Some(inst));
                }
                inst
            }
            None if self.is_subtype(cls, self.types.type_) => {
                if args.len() == 1 && kw.is_empty() {
                    self.stack.truncate(ret_base);
                    return Ok(Some(Value::Obj(self.type_of(args[0]))));
                }
                if args.len() != 3 {
                    self.stack.truncate(ret_base);
                    return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
                }
                // `type(name, bases, ns)` with bases of another metaclass builds
                // the class with that metaclass, as CPython does.
                if cls == self.types.type_ {
                    if let Some(meta) = self.winning_metaclass(args[1]) {
                        if meta != cls {
                            self.stack.truncate(ret_base);
                            return self.call(Value::Obj(meta), &args, &kw).map(Some);
                        }
                    }
                }
                match crate::builtins::class::type_new(self, cls, args[0], args[1], args[2], &kw) {
                    Ok(v) => v,
                    Err(e) => {
                        self.stack.truncate(ret_base);
                        return Err(e);
                    }
                }
            }
            None if derived => match self.derived_new(cls, &args, &kw) {
                Ok(v) => v,
                Err(e) => {
                    self.stack.truncate(ret_base);
                    return Err(e);
                }
            },
            None => {
                if let Err(e) = self.check_not_abstract(cls) {
                    self.stack.truncate(ret_base);
                    return Err(e);
                }
                if user_init.is_none()
                    && (!args.is_empty() || !kw.is_empty())
                    && t.layout == Layout::Object
                {
                    self.stack.truncate(ret_base);
                    let name = t.name.get().clone();
                    return Err(PyErr::type_error(format!("{name}() takes no arguments")));
                }
                let inst = self.new_instance(cls, &args);
                if user_init.is_none() && t.layout == Layout::Exception {
                    // BaseException.__init__ (not run as a call) takes the keywords.
                    if let Err(e) = self.exc_kwargs(inst, &kw) {
                        self.stack.truncate(ret_base);
                        return Err(e);
                    }
                }
                inst
            }
        };
        match user_init {
            Some(initf) => {
                // Reuse the callee slot for self and run __init__ as a frame.
                self.stack[args_start - 1] = inst;
                let r = self.do_call(initf, ret_base, args_start - 1, nargs + 1, kwnames)?;
                match r {
                    None => {
                        self.frames.last_mut().unwrap().on_return = OnReturn::Init(inst);
                        Ok(None)
                    }
                    Some(v) => {
                        if !v.is_none() {
                            return Err(PyErr::type_error(format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(v)
                            )));
                        }
                        Ok(Some(inst))
                    }
                }
            }
            None => {
                if derived && self.isinstance_type(inst, cls) {
                    // The base __init__ (fills list, dict, set, bytearray). It may run
                    // Python code (a generator argument), so the instance stays rooted
                    // in the callee's slot, and the arguments in theirs, meanwhile.
                    self.stack[args_start - 1] = inst;
                    if let Err(e) = self.derived_init(inst, &args, &kw) {
                        self.stack.truncate(ret_base);
                        return Err(e);
                    }
                }
                self.stack.truncate(ret_base);
                Ok(Some(inst))
            }
        }
    }

    /// The Python `__init__` of `cls` when calling it is plain construction (see
    /// `TypeObj::ctor`), memoized per type epoch.
    #[inline]
    fn plain_ctor(&self, cls: ObjRef, t: &TypeObj) -> Option<Value> {
        let epoch = self.type_epoch.get();
        let (e, v) = t.ctor.get();
        if e == epoch {
            return if v.is_empty() { None } else { Some(v) };
        }
        let init = self.plain_ctor_uncached(cls, t);
        t.ctor.set((epoch, init.unwrap_or(Value::Empty)));
        init
    }

    fn plain_ctor_uncached(&self, cls: ObjRef, t: &TypeObj) -> Option<Value> {
        if cls.ty() != self.types.type_ || t.builtin || t.layout != Layout::Object {
            return None;
        }
        let new = self.lookup_in_mro(cls, self.names.__new__)?;
        if !new.is(self.lookup_in_mro(self.types.object, self.names.__new__)?) {
            return None;
        }
        if self
            .lookup_in_mro(cls, self.names.__abstractmethods__)
            .is_some()
        {
            return None;
        }
        let init = self.lookup_in_mro(cls, self.names.__init__)?;
        matches!(init.payload(), Some(Payload::Function(_))).then_some(init)
    }

    /// `object.__new__` refuses classes with abstract methods left (see `abc`).
    pub fn check_not_abstract(&mut self, cls: ObjRef) -> PyResult<()> {
        let Some(am) = self.lookup_in_mro(cls, self.names.__abstractmethods__) else {
            return Ok(());
        };
        let mut names: Vec<String> = self
            .collect_iterable(am)?
            .iter()
            .filter_map(|v| {
                v.as_obj()
                    .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
            })
            .collect();
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let cname = cls
            .as_type()
            .map(|t| t.name.get().clone())
            .unwrap_or_default();
        let s = if names.len() == 1 { "" } else { "s" };
        Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {cname} with abstract method{s} {}",
            names.join(", ")
        )))
    }

    /// Allocate an instance of a class (object.__new__).
    pub fn new_instance(&mut self, cls: ObjRef, args: &[Value]) -> Value {
        // OSError(errno, ...) picks the subclass for the errno, as CPython does.
        let cls = if cls == self.types.exc(ExcKind::OSError) && args.len() >= 2 {
            let k = match args[0] {
                Value::Int(1) | Value::Int(13) => Some(ExcKind::PermissionError),
                Value::Int(2) => Some(ExcKind::FileNotFoundError),
                Value::Int(3) => Some(ExcKind::ProcessLookupError),
                Value::Int(4) => Some(ExcKind::InterruptedError),
                Value::Int(10) => Some(ExcKind::ChildProcessError),
                Value::Int(11) => Some(ExcKind::BlockingIOError),
                Value::Int(17) => Some(ExcKind::FileExistsError),
                Value::Int(20) => Some(ExcKind::NotADirectoryError),
                Value::Int(21) => Some(ExcKind::IsADirectoryError),
                Value::Int(32) => Some(ExcKind::BrokenPipeError),
                Value::Int(110) => Some(ExcKind::TimeoutError),
                _ => None,
            };
            k.map(|k| self.types.exc(k)).unwrap_or(cls)
        } else {
            cls
        };
        let layout = cls.as_type().map(|t| t.layout).unwrap_or(Layout::Object);
        match layout {
            Layout::Exception => {
                let dict = self.new_dict();
                let a = self.new_tuple(args.to_vec());
                Value::Obj(self.alloc(
                    cls,
                    Payload::Exception(Box::new(crate::objects::object::ExcObj {
                        args: Mut::new(a),
                        traceback: Mut::new(Vec::new()),
                        tb_head: Mut::new(Value::None),
                        cause: Mut::new(Value::None),
                        context: Mut::new(Value::None),
                        suppress_context: std::cell::Cell::new(false),
                        dict,
                    })),
                ))
            }
            _ => self.new_plain_instance(cls),
        }
    }

    // ----- generators ---------------------------------------------------------------

    /// Save the generator frame at `fidx` (which just yielded) into its generator.
    pub fn suspend_generator(&mut self, fidx: usize) {
        let frame = self.frames.pop().unwrap();
        debug_assert_eq!(fidx, self.frames.len());
        let slots = self.stack.split_off(frame.base);
        self.stack.truncate(frame.ret_base);
        if let Some(g) = frame.gen {
            if let Payload::Generator(gen) = &g.payload {
                *gen.frame.get() = Some(GenFrame {
                    slots,
                    pc: frame.pc,
                    func: frame.func,
                    exc_info: self.exc_info,
                });
                gen.running.set(false);
            }
        }
        self.exc_info = frame.saved_exc_info;
    }

    /// Resume `g`, sending `send` (or throwing `throw` into it).
    pub fn gen_resume(
        &mut self,
        g: ObjRef,
        send: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenStep> {
        let gen = match &g.payload {
            Payload::Generator(gen) => gen,
            _ => return Err(PyErr::type_error("not a generator")),
        };
        if gen.running.get() {
            return Err(PyErr::value_error("generator already executing"));
        }
        let state = match gen.frame.get().take() {
            Some(s) => s,
            None => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(GenStep::Return(Value::None)),
                }
            }
        };
        let started = gen.started.get();
        if !started && throw.is_none() && !send.is_none() {
            *gen.frame.get() = Some(state);
            return Err(PyErr::type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        if !started {
            if let Some(e) = throw {
                gen.started.set(true);
                return Err(e);
            }
        }
        if self.frames.len() >= self.recursion_limit {
            *gen.frame.get() = Some(state);
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        gen.started.set(true);
        gen.running.set(true);
        let code = gen.code;
        let nslots = code.as_code().unwrap().code.frame_slots();
        let ret_base = self.stack.len();
        let globals = match state.func.payload() {
            Some(Payload::Function(f)) => f.globals,
            _ => self.builtins,
        };
        self.stack.extend_from_slice(&state.slots);
        let saved = self.exc_info;
        self.exc_info = state.exc_info;
        let serial = self.new_frame_serial();
        self.frames.push(Frame {
            code,
            func: state.func,
            globals,
            locals: Value::Empty,
            base: ret_base,
            stack_base: ret_base + nslots,
            pc: state.pc,
            ret_base,
            entry: true,
            gen: Some(g),
            saved_exc_info: saved,
            on_return: OnReturn::Push,
            serial,
        });
        if let Some(e) = throw {
            if let Err(e) = self.unwind(e, false) {
                return Err(e);
            }
        } else if started {
            self.stack.push(send);
        }
        // Generators may be resumed from native code holding unrooted values, so no
        // collection runs inside unless the caller declared its values rooted
        // (`gen_gc_ok`, set by the iteration helpers of `iter.rs`).
        let gc_ok = std::mem::replace(&mut self.gen_gc_ok, false);
        let bump = if gc_ok { 0 } else { 1 };
        self.native_depth += bump;
        let r = self.run();
        self.native_depth -= bump;
        gen.running.set(false);
        let v = r?;
        if gen.frame.get().is_some() {
            Ok(GenStep::Yield(v))
        } else {
            Ok(GenStep::Return(v))
        }
    }

    /// SEND: `Ok(Ok(yielded))` or `Ok(Err(return value))`.
    pub fn send_to(&mut self, recv: Value, v: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = recv {
            if let Payload::Generator(_) = &o.payload {
                return match self.gen_resume(o, v, None)? {
                    GenStep::Yield(y) => Ok(Ok(y)),
                    GenStep::Return(r) => Ok(Err(r)),
                };
            }
        }
        let r = if v.is_none() {
            self.iter_next_raw(recv)
        } else {
            let send = self.names.send;
            self.call_method(recv, send, &[v])
        };
        match r {
            Ok(y) => Ok(Ok(y)),
            Err(e) => {
                let exc = self.exc_object(e);
                if self.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration) {
                    let val = self.stop_iteration_value(exc);
                    Ok(Err(val))
                } else {
                    Err(PyErr::exc(exc))
                }
            }
        }
    }

    /// `gen.throw(exc)`, delegating to a `yield from` sub-iterator if suspended in one.
    pub fn gen_throw(&mut self, g: ObjRef, err: PyErr) -> PyResult<GenStep> {
        if let Some(sub) = self.yield_from_target(g) {
            let r = match sub {
                Value::Obj(so) if matches!(so.payload, Payload::Generator(_)) => {
                    self.gen_throw(so, err.clone()).map(|s| match s {
                        GenStep::Yield(v) => Ok(v),
                        GenStep::Return(v) => Err(v),
                    })
                }
                _ => {
                    let throw = self.names.throw;
                    match self.getattr_opt(sub, throw)? {
                        Some(m) => {
                            let e = self.exc_object(err.clone());
                            match self.call(m, &[Value::Obj(e)], &[]) {
                                Ok(v) => Ok(Ok(v)),
                                Err(e2) => {
                                    let exc = self.exc_object(e2);
                                    if self
                                        .is_instance_kind(Value::Obj(exc), ExcKind::StopIteration)
                                    {
                                        Ok(Err(self.stop_iteration_value(exc)))
                                    } else {
                                        Err(PyErr::exc(exc))
                                    }
                                }
                            }
                        }
                        None => return self.gen_resume(g, Value::None, Some(err)),
                    }
                }
            };
            return match r {
                Ok(Ok(v)) => Ok(GenStep::Yield(v)),
                Ok(Err(ret)) => {
                    // The delegate finished: continue after the `yield from` with its value.
                    self.finish_yield_from(g, ret);
                    self.gen_resume_no_send(g)
                }
                Err(e) => self.gen_resume(g, Value::None, Some(e)),
            };
        }
        self.gen_resume(g, Value::None, Some(err))
    }

    /// The sub-iterator of a generator suspended in `yield from`.
    fn yield_from_target(&self, g: ObjRef) -> Option<Value> {
        let gen = match &g.payload {
            Payload::Generator(gen) => gen,
            _ => return None,
        };
        let frame = gen.frame.get().as_ref()?;
        if frame.pc == 0 || !gen.started.get() {
            return None;
        }
        let code = gen.code.as_code()?;
        match code.code.code.get(frame.pc - 1) {
            Some(crate::bytecode::Instr::YieldValue(1)) => frame.slots.last().copied(),
            _ => None,
        }
    }

    fn finish_yield_from(&mut self, g: ObjRef, ret: Value) {
        if let Payload::Generator(gen) = &g.payload {
            let code = gen.code.as_code().unwrap();
            if let Some(frame) = gen.frame.get().as_mut() {
                // Layout: Send(exit); YieldValue(1); Jump(start); exit:
                if let Some(crate::bytecode::Instr::Send(exit)) =
                    code.code.code.get(frame.pc.wrapping_sub(2))
                {
                    frame.pc = *exit as usize;
                    if let Some(last) = frame.slots.last_mut() {
                        *last = ret;
                    }
                }
            }
        }
    }

    fn gen_resume_no_send(&mut self, g: ObjRef) -> PyResult<GenStep> {
        // Resume without pushing a sent value: temporarily mark as not started so
        // gen_resume skips the push, then restore.
        if let Payload::Generator(gen) = &g.payload {
            gen.started.set(false);
            let r = self.gen_resume(g, Value::None, None);
            gen.started.set(true);
            return r;
        }
        Ok(GenStep::Return(Value::None))
    }

    /// `gen.close()`
    pub fn gen_close(&mut self, g: ObjRef) -> PyResult<()> {
        if let Payload::Generator(gen) = &g.payload {
            if gen.frame.get().is_none() {
                return Ok(());
            }
            if !gen.started.get() {
                *gen.frame.get() = None;
                return Ok(());
            }
        }
        match self.gen_throw(g, PyErr::bare(ExcKind::GeneratorExit)) {
            Ok(GenStep::Yield(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) => {
                let exc = self.exc_object(e);
                if self.is_instance_kind(Value::Obj(exc), ExcKind::GeneratorExit)
                    || self.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration)
                {
                    Ok(())
                } else {
                    Err(PyErr::exc(exc))
                }
            }
        }
    }
}

fn missing_args_error(qualname: &str, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    PyErr::type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}
