//! Class creation: `__build_class__` (the `class` statement), `type(name, bases,
//! ns)`, and the C3 method resolution order
//! (https://docs.python.org/3/howto/mro.html).

use super::{as_str, kwarg};
use crate::objects::object::Layout;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::frame::{Frame, OnReturn};
use crate::vm::{PyErr, PyResult, Vm};

/// C3 linearization of a class with the given bases.
pub fn c3_mro(vm: &Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| b.as_type().unwrap().mro.get().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&head)) {
                cand = Some(head);
                break;
            }
        }
        let c = match cand {
            Some(c) => c,
            None => {
                // CPython names the heads of the lists that could not be merged.
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .map(|b| b.as_type().unwrap().name.get().clone())
                    .collect();
                let _ = vm;
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`
pub fn build_class(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = args[0];
    let name = args[1];
    let bases: Vec<Value> = args[2..].to_vec();
    let mut meta = kwarg(kw, "metaclass");
    let other_kw: Vec<(ObjRef, Value)> = kw
        .iter()
        .filter(|(k, _)| {
            k.as_str()
                .map(|s| s.as_str() != "metaclass")
                .unwrap_or(true)
        })
        .copied()
        .collect();
    let mut base_types = Vec::new();
    for b in &bases {
        match b.as_obj() {
            Some(o) if o.as_type().is_some() => base_types.push(o),
            _ => {
                let mro_entries = vm.names.__mro_entries__;
                if vm.getattr_opt(*b, mro_entries)?.is_some() {
                    return Err(PyErr::not_implemented(
                        "__mro_entries__ is not supported by pyjit yet",
                    ));
                }
                return Err(PyErr::type_error(format!("bases must be types")));
            }
        }
    }
    if meta.is_none() {
        let mut m = vm.types.type_;
        for b in &base_types {
            let bt = b.ty();
            if vm.is_subtype(bt, m) {
                m = bt;
            }
        }
        meta = Some(Value::Obj(m));
    }
    let meta = meta.unwrap();
    // Namespace (__prepare__).
    let prepare = vm.names.__prepare__;
    let ns = match meta.as_obj() {
        Some(m) if vm.type_is_user(m) => match vm.lookup_in_mro(m, prepare) {
            Some(p) => {
                let p = vm.bind_descriptor(p, Value::Empty, m)?;
                let bt = vm.new_tuple(bases.clone());
                let r = vm.call(p, &[name, bt], &other_kw)?;
                r.as_obj()
                    .ok_or_else(|| PyErr::type_error("__prepare__() must return a mapping"))?
            }
            None => vm.new_dict(),
        },
        _ => vm.new_dict(),
    };
    vm.tmp_roots.push(Value::Obj(ns));
    let cell = run_class_body(vm, func, ns);
    vm.tmp_roots.pop();
    let cell = cell?;
    let bt = vm.new_tuple(bases);
    let cls = vm.call(meta, &[name, bt, Value::Obj(ns)], &other_kw)?;
    if let Value::Obj(c) = cell {
        if let Payload::Cell(c) = &c.payload {
            *c.get() = cls;
        }
    }
    Ok(cls)
}

/// Run a class body function with `ns` as its locals; returns its `__classcell__` or None.
fn run_class_body(vm: &mut Vm, func: Value, ns: ObjRef) -> PyResult<Value> {
    let f = match func.payload() {
        Some(Payload::Function(f)) => f,
        _ => {
            return Err(PyErr::type_error(
                "__build_class__: func must be a function",
            ))
        }
    };
    let code = f.code;
    let co = code.as_code().unwrap().code.clone();
    let base = vm.stack.len();
    vm.stack.resize(base + co.varnames.len(), Value::Empty);
    for _ in &co.cellvars {
        let ty = vm.types.cell;
        let c = vm.alloc(ty, Payload::Cell(crate::objects::Mut::new(Value::Empty)));
        vm.stack.push(Value::Obj(c));
    }
    if let Some(cl) = f.closure.tuple() {
        vm.stack.extend_from_slice(cl);
    }
    let stack_base = vm.stack.len();
    let serial = vm.new_frame_serial();
    vm.frames.push(Frame {
        code,
        func,
        globals: f.globals,
        locals: Value::Obj(ns),
        base,
        stack_base,
        pc: 0,
        ret_base: base,
        entry: true,
        gen: None,
        saved_exc_info: Value::Empty,
        on_return: OnReturn::Push,
        serial,
    });
    vm.enter_native()?;
    let r = vm.run();
    vm.leave_native();
    r
}

/// `type.__new__(meta, name, bases, ns)`: create a class object.
impl Vm {
    /// The most derived metaclass of the classes in the tuple `bases` (None
    /// when `bases` is not a tuple of classes or their metaclasses conflict;
    /// `type_new` then reports the problem).
    pub fn winning_metaclass(&self, bases: Value) -> Option<ObjRef> {
        let items = bases.tuple()?;
        let mut winner = self.types.type_;
        for b in items {
            let b = b.as_obj().filter(|o| o.as_type().is_some())?;
            let m = self.type_of(Value::Obj(b));
            if self.is_subtype(m, winner) {
                winner = m;
            } else if !self.is_subtype(winner, m) {
                return None;
            }
        }
        Some(winner)
    }
}

pub fn type_new(
    vm: &mut Vm,
    meta: ObjRef,
    name: Value,
    bases: Value,
    ns: Value,
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let name_s = match as_str(&name) {
        Some(s) => s.to_string(),
        None => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(name)
            )))
        }
    };
    let base_vals = match bases
        .as_obj()
        .and_then(|b| b.as_tuple().map(|t| t.to_vec()))
    {
        Some(b) => b,
        None => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(bases)
            )))
        }
    };
    let ns_obj = match ns.as_obj() {
        Some(d) if d.as_dict().is_some() => d,
        _ => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(ns)
            )))
        }
    };
    let mut bases_t: Vec<ObjRef> = Vec::new();
    for b in base_vals {
        match b.as_obj() {
            Some(o) if o.as_type().is_some() => bases_t.push(o),
            _ => return Err(PyErr::type_error("bases must be types")),
        }
    }
    if bases_t.is_empty() {
        bases_t.push(vm.types.object);
    }
    for (i, b) in bases_t.iter().enumerate() {
        if bases_t[..i].contains(b) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                b.as_type().unwrap().name.get()
            )));
        }
    }
    let mut layout = Layout::Object;
    for b in &bases_t {
        let t = b.as_type().unwrap();
        if !t.base_ok {
            return Err(PyErr::type_error(format!(
                "type '{}' is not an acceptable base type",
                t.name.get()
            )));
        }
        let this = match t.layout {
            Layout::Exception => Layout::Exception,
            Layout::Builtin if *b == vm.types.object || *b == vm.types.type_ => Layout::Object,
            Layout::Builtin => {
                if !vm.is_derivable_builtin(*b) {
                    return Err(PyErr::not_implemented(format!(
                        "subclassing the built-in type '{}' is not supported by pyjit yet",
                        t.name.get()
                    )));
                }
                Layout::Derived
            }
            Layout::Derived => Layout::Derived,
            Layout::Object => Layout::Object,
        };
        match (layout, this) {
            (_, Layout::Object) => {}
            (Layout::Object, _) => layout = this,
            _ => {
                let same = vm.builtin_base(*b) == bases_t.iter().find_map(|o| vm.builtin_base(*o));
                if this != layout || (this == Layout::Derived && !same) {
                    return Err(PyErr::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        }
    }
    let mro = c3_mro(vm, &bases_t)?;
    let dict = vm.new_dict();
    let items = crate::vm::dictops::dict_items(ns_obj);
    let mut qualname = name_s.clone();
    for (k, v) in &items {
        if as_str(k) == Some("__qualname__") {
            if let Some(q) = as_str(v) {
                qualname = q.to_string();
            }
            continue;
        }
        if as_str(k) == Some("__classcell__") {
            continue;
        }
        vm.dict_set(dict, *k, *v)?;
    }
    let eqn = vm.names.__eq__;
    let hn = vm.names.__hash__;
    if vm.dict_get_str(dict, eqn)?.is_some() && vm.dict_get_str(dict, hn)?.is_none() {
        vm.dict_set_str(dict, hn, Value::None)?;
    }
    let dn = vm.names.__doc__;
    if vm.dict_get_str(dict, dn)?.is_none() {
        vm.dict_set_str(dict, dn, Value::None)?;
    }
    let mn = vm.names.__module__;
    if vm.dict_get_str(dict, mn)?.is_none() {
        let g = vm.frames.last().map(|f| f.globals);
        if let Some(g) = g {
            let nn = vm.names.__name__;
            if let Some(m) = vm.dict_get_str(g, nn)? {
                vm.dict_set_str(dict, mn, m)?;
            }
        }
    }
    // As in CPython, these two are class methods even when not declared so.
    for n in [vm.names.__init_subclass__, vm.names.__class_getitem__] {
        if let Some(f) = vm.dict_get_str(dict, n)? {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let cm_ty = vm.types.classmethod;
                let cm = vm.alloc(cm_ty, Payload::ClassMethod(f));
                vm.dict_set_str(dict, n, Value::Obj(cm))?;
            }
        }
    }
    let cls = vm.new_type_obj(
        &name_s,
        bases_t.clone(),
        mro[..].to_vec(),
        dict,
        layout,
        false,
    );
    cls.ty.set(meta);
    for b in &bases_t {
        if let Some(bt) = b.as_type() {
            bt.subclasses.get().push(cls);
        }
    }
    if let Some(t) = cls.as_type() {
        *t.qualname.get() = qualname;
        // new_type_obj prepends cls; the C3 result already excludes cls.
    }
    // __set_name__
    let sn = vm.names.__set_name__;
    for (k, v) in &items {
        if let Value::Obj(o) = v {
            if vm.type_is_user(o.ty()) {
                if let Some(f) = vm.lookup_in_mro(o.ty(), sn) {
                    vm.call(f, &[*v, Value::Obj(cls), *k], &[])?;
                }
            }
        }
    }
    // __init_subclass__ of the nearest base that defines it.
    let isc = vm.names.__init_subclass__;
    let parent_mro: Vec<ObjRef> = cls.as_type().unwrap().mro.get()[1..].to_vec();
    for c in parent_mro {
        if let Some(f) = c.as_type().and_then(|t| vm.dict_get_str_pure(t.dict, isc)) {
            let inner = match f.payload() {
                Some(Payload::ClassMethod(inner)) => *inner,
                _ => f,
            };
            vm.call(inner, &[Value::Obj(cls)], kw)?;
            break;
        }
    }
    if !kw.is_empty() {
        let has_isc = cls.as_type().unwrap().mro.get()[1..].iter().any(|c| {
            c.as_type()
                .map(|t| vm.dict_get_str_pure(t.dict, isc).is_some())
                .unwrap_or(false)
        });
        if !has_isc {
            let k = kw[0]
                .0
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            return Err(PyErr::type_error(format!(
                "{name_s}.__init_subclass__() takes no keyword arguments ('{k}' given)"
            )));
        }
    }
    Ok(Value::Obj(cls))
}
