//! Exception objects: materializing `PyErr`s, `raise` semantics (cause, context),
//! `except` matching, and CPython's text for an uncaught exception (traceback,
//! chained exceptions, SyntaxError carets).

use std::io::Write;

use super::errors::PyErrKind;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::compiler::CompileError;
use crate::objects::object::TbEntry;
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// The exception object for an error (allocating it if needed).
    pub fn exc_object(&mut self, e: PyErr) -> ObjRef {
        match e.into_kind() {
            PyErrKind::Exc(o) => o,
            PyErrKind::Msg(k, m) => {
                let s = self.new_str(m);
                self.new_exception(k, vec![s])
            }
            PyErrKind::Arg(k, v) => self.new_exception(k, vec![v]),
            PyErrKind::Bare(k) => self.new_exception(k, vec![]),
        }
    }

    /// Keyword arguments of an exception constructor: ImportError takes `name` and
    /// `path`; every other built-in exception takes none.
    pub fn exc_kwargs(&mut self, exc: Value, kw: &[(ObjRef, Value)]) -> PyResult<()> {
        if kw.is_empty() {
            return Ok(());
        }
        let tn = self.type_name(exc);
        let Some(Payload::Exception(e)) = exc.payload() else {
            return Ok(());
        };
        if !self.is_instance_kind(exc, ExcKind::ImportError) {
            return Err(PyErr::type_error(format!(
                "{tn}() takes no keyword arguments"
            )));
        }
        if kw.len() > 2 {
            return Err(PyErr::type_error(format!(
                "{tn}() takes at most 2 keyword arguments ({} given)",
                kw.len()
            )));
        }
        let dict = e.dict;
        for (k, v) in kw {
            let ks = k
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            if ks != "name" && ks != "path" {
                return Err(PyErr::type_error(format!(
                    "'{ks}' is an invalid keyword argument for {tn}()"
                )));
            }
            self.dict_set_str(dict, *k, *v)?;
        }
        Ok(())
    }

    /// A new built-in exception instance.
    pub fn new_exception(&mut self, k: ExcKind, args: Vec<Value>) -> ObjRef {
        let cls = self.types.exc(k);
        let e = self.new_instance(cls, &args).as_obj().unwrap();
        if k == ExcKind::StopIteration {
            let v = args.first().copied().unwrap_or(Value::None);
            let name = self.intern("value");
            let d = e.as_exc().unwrap().dict;
            let _ = self.dict_set_str(d, name, v);
        }
        e
    }

    /// Set `__context__` to the exception being handled (avoiding cycles).
    pub fn set_context(&mut self, exc: ObjRef) {
        if let Value::Obj(cur) = self.exc_info {
            if cur == exc {
                return;
            }
            // Break a cycle: if exc is already in cur's context chain, cut it there.
            let mut o = cur;
            let mut guard = 0;
            while let Some(e) = o.as_exc() {
                match *e.context.get() {
                    Value::Obj(next) if next == exc => {
                        *e.context.get() = Value::None;
                        break;
                    }
                    Value::Obj(next) => o = next,
                    _ => break,
                }
                guard += 1;
                if guard > 1000 {
                    break;
                }
            }
            if let Some(e) = exc.as_exc() {
                *e.context.get() = Value::Obj(cur);
            }
        }
    }

    /// The exception raised by `raise e [from cause]`.
    pub fn make_raise(&mut self, e: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let exc = self.instantiate_exception(e, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let cause_v =
                if c.is_none() {
                    Value::None
                } else {
                    Value::Obj(self.instantiate_exception(
                        c,
                        "exception causes must derive from BaseException",
                    )?)
                };
            if let Some(x) = exc.as_exc() {
                *x.cause.get() = cause_v;
                x.suppress_context.set(true);
            }
        }
        Ok(PyErr::exc(exc))
    }

    fn instantiate_exception(&mut self, e: Value, msg: &str) -> PyResult<ObjRef> {
        let base = self.types.exc(ExcKind::BaseException);
        match e {
            Value::Obj(o) => match &o.payload {
                Payload::Exception(_) => Ok(o),
                Payload::Type(_) if self.is_subtype(o, base) => {
                    let inst = self.call(e, &[], &[])?;
                    match inst.as_obj() {
                        Some(i) if i.as_exc().is_some() => Ok(i),
                        _ => Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(e)?,
                            self.type_name(inst)
                        ))),
                    }
                }
                _ => Err(PyErr::type_error(msg)),
            },
            _ => Err(PyErr::type_error(msg)),
        }
    }

    /// `except T:` matching (T may be a tuple).
    pub fn exception_matches(&mut self, e: Value, ty: Value) -> PyResult<bool> {
        let base = self.types.exc(ExcKind::BaseException);
        match ty {
            Value::Obj(t) => match &t.payload {
                Payload::Type(_) => {
                    if !self.is_subtype(t, base) {
                        return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
                    }
                    Ok(self.isinstance_type(e, t))
                }
                Payload::Tuple(items) => {
                    for it in items.to_vec() {
                        if self.exception_matches(e, it)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            },
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `exc.__traceback__`: a chain of traceback objects from the outermost frame the
    /// exception passed through to the one that raised it (None if never raised).
    pub fn traceback_object(&mut self, exc: ObjRef) -> Value {
        let Some(e) = exc.as_exc() else {
            return Value::None;
        };
        // New entries (innermost first) wrap what was built before, so the objects
        // already handed out stay the same objects.
        let entries: Vec<TbEntry> = std::mem::take(e.traceback.get());
        let mut next = *e.tb_head.get();
        for TbEntry { code, line, frame } in entries {
            let ty = self.types.traceback;
            let tb = Payload::Traceback {
                code,
                line,
                next,
                frame,
            };
            next = Value::Obj(self.alloc(ty, tb));
        }
        *e.tb_head.get() = next;
        next
    }

    /// `exc.__traceback__ = tb` (also `with_traceback`): None or a traceback.
    pub fn set_traceback(&mut self, exc: ObjRef, tb: Value) -> PyResult<()> {
        if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback { .. })) {
            return Err(PyErr::type_error(
                "__traceback__ must be a traceback or None",
            ));
        }
        if let Some(e) = exc.as_exc() {
            e.traceback.get().clear();
            *e.tb_head.get() = tb;
        }
        Ok(())
    }

    /// `StopIteration.value`
    pub fn stop_iteration_value(&mut self, exc: ObjRef) -> Value {
        match exc.as_exc() {
            Some(e) => e
                .args
                .get()
                .as_obj()
                .and_then(|a| a.as_tuple().and_then(|t| t.first().copied()))
                .unwrap_or(Value::None),
            None => Value::None,
        }
    }

    /// A SyntaxError (or subclass) object from compiler error data.
    pub fn syntax_error(&mut self, e: &CompileError) -> ObjRef {
        if e.kind == crate::compiler::ErrorKind::Recursion {
            let m = self.new_str(e.msg.as_str());
            return self.new_exception(ExcKind::RecursionError, vec![m]);
        }
        let kind = match e.kind {
            crate::compiler::ErrorKind::Syntax => ExcKind::SyntaxError,
            crate::compiler::ErrorKind::Indentation => ExcKind::IndentationError,
            crate::compiler::ErrorKind::Tab => ExcKind::TabError,
            crate::compiler::ErrorKind::Recursion => ExcKind::RecursionError,
        };
        let msg = self.new_str(e.msg.as_str());
        let fname = self.new_str(e.filename.as_str());
        let text = match &e.text {
            Some(t) => self.new_str(format!("{t}\n")),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            fname,
            Value::Int(e.lineno as i64),
            Value::Int(e.col as i64),
            text,
        ]);
        let exc = self.new_exception(kind, vec![msg, details]);
        let d = exc.as_exc().unwrap().dict;
        for (k, v) in [
            ("msg", msg),
            ("filename", fname),
            ("lineno", Value::Int(e.lineno as i64)),
            ("offset", Value::Int(e.col as i64)),
            ("text", text),
        ] {
            let k = self.intern(k);
            let _ = self.dict_set_str(d, k, v);
        }
        exc
    }

    /// The printed name of an exception's class (`mod.Name` outside builtins/__main__).
    fn exc_class_name(&mut self, exc: ObjRef) -> String {
        let ty = exc.ty();
        let t = ty.as_type().unwrap();
        let qn = t.qualname.get().clone();
        if t.builtin {
            return qn;
        }
        let module = self.dict_get_str_pure(t.dict, self.names.__module__);
        match module
            .and_then(|m| m.as_obj())
            .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{qn}"),
            _ => qn,
        }
    }

    /// The text CPython prints for an uncaught exception (with its chain).
    pub fn format_exception(&mut self, exc: ObjRef) -> String {
        let mut seen = Vec::new();
        let mut out = String::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        seen.push(exc);
        if let Some(e) = exc.as_exc() {
            let cause = *e.cause.get();
            let context = *e.context.get();
            if let Value::Obj(c) = cause {
                if !seen.contains(&c) && c.as_exc().is_some() {
                    self.format_chain(c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Value::Obj(c) = context {
                if !e.suppress_context.get() && !seen.contains(&c) && c.as_exc().is_some() {
                    self.format_chain(c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&mut self, exc: ObjRef, out: &mut String) {
        // Walk __traceback__ (outermost first).
        let mut tb = Vec::new();
        let mut t = self.traceback_object(exc);
        while let Some(Payload::Traceback {
            code, line, next, ..
        }) = t.payload()
        {
            tb.push((*code, *line));
            t = *next;
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for (code, line) in tb.iter() {
                let c = code.as_code().unwrap();
                let fname = c.code.filename.to_string();
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    fname, line, c.code.name
                ));
                if let Some(src) = self.sources.get(&fname) {
                    if let Some(text) = src.lines().nth(*line as usize - 1) {
                        let t = text.trim();
                        if !t.is_empty() {
                            out.push_str(&format!("    {t}\n"));
                        }
                    }
                }
            }
        }
        let is_syntax = self.is_instance_kind(Value::Obj(exc), ExcKind::SyntaxError);
        if is_syntax {
            let d = exc.as_exc().unwrap().dict;
            let get = |vm: &mut Vm, k: &str| {
                let k = vm.intern(k);
                vm.dict_get_str_pure(d, k)
            };
            let fname = get(self, "filename");
            let lineno = get(self, "lineno");
            let text = get(self, "text");
            let offset = get(self, "offset");
            if let (Some(f), Some(Value::Int(l))) = (fname, lineno) {
                let fs = self.str(f).unwrap_or_default();
                out.push_str(&format!("  File \"{fs}\", line {l}\n"));
                if let Some(Value::Obj(t)) = text {
                    if let Some(ts) = t.as_str() {
                        let raw = ts.as_str().trim_end_matches('\n');
                        let stripped = raw.trim_start();
                        let indent = raw.chars().count() - stripped.chars().count();
                        out.push_str(&format!("    {stripped}\n"));
                        if let Some(Value::Int(off)) = offset {
                            let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                            out.push_str(&format!("    {}^\n", " ".repeat(col)));
                        }
                    }
                }
            }
            let msg_k = self.intern("msg");
            let msg = self
                .dict_get_str_pure(d, msg_k)
                .map(|m| self.str(m).unwrap_or_default())
                .unwrap_or_default();
            let name = self.exc_class_name(exc);
            out.push_str(&format!("{name}: {msg}\n"));
            return;
        }
        let name = self.exc_class_name(exc);
        let msg = match self.str(Value::Obj(exc)) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
    }

    /// Report an exception that cannot be raised (raised by a ctypes callback
    /// called from C, for one) through `sys.unraisablehook`, as CPython's
    /// `PyErr_WriteUnraisable` with message `msg` (None: the hook's default,
    /// "Exception ignored in") about object `obj`. If the hook cannot be run,
    /// or fails, both are printed to stderr.
    pub fn write_unraisable(&mut self, e: PyErr, msg: Option<&str>, obj: Value) {
        let exc = self.exc_object(e);
        // Raised outside Python code: the running frame is its traceback (as
        // CPython gives one).
        if exc.as_exc().is_some_and(|x| x.traceback.get().is_empty()) {
            self.add_traceback(exc);
        }
        let hooked = self.call_unraisablehook(exc, msg, obj);
        if let Err(hook_err) = hooked {
            let msg = msg.unwrap_or("Exception ignored in");
            let _ = writeln!(std::io::stderr(), "{msg}: (sys.unraisablehook failed)");
            self.print_exception(exc);
            let h = self.exc_object(hook_err);
            self.print_exception(h);
        }
    }

    fn call_unraisablehook(&mut self, exc: ObjRef, msg: Option<&str>, obj: Value) -> PyResult<()> {
        let sys = self.import_module("sys")?;
        let k = self.intern("unraisablehook");
        let hook = self.getattr(sys, k)?;
        let k = self.intern("UnraisableHookArgs");
        let args_class = self.getattr(sys, k)?;
        let k = self.intern("__traceback__");
        let tb = self.getattr_opt(Value::Obj(exc), k)?.unwrap_or(Value::None);
        let ty = Value::Obj(self.type_of(Value::Obj(exc)));
        let text = msg.map_or(Value::None, |m| self.new_str(m));
        let fields = self.new_tuple(vec![ty, Value::Obj(exc), tb, text, obj]);
        let info = self.call(args_class, &[fields], &[])?;
        self.call(hook, &[info], &[])?;
        Ok(())
    }

    /// Print an uncaught exception to stderr as CPython does.
    pub fn print_exception(&mut self, exc: ObjRef) {
        self.flush_stdout();
        let text = self.format_exception(exc);
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}
