//! Name lookup in namespaces (globals, builtins, class/module locals) and the import
//! system: `sys.modules`, native modules (`stdlib`), bundled Python modules
//! (`modules/`), and `.py` files on `sys.path` (the script's folder, then
//! PYTHONPATH). Packages and relative imports are resolved by dotted name.

use std::rc::Rc;

use super::errors::PyErrKind;
use super::{ExcKind, PyErr, PyResult, Vm};
use crate::objects::{ObjRef, Payload, Value};

impl Vm {
    /// LOAD_GLOBAL: globals, then builtins.
    #[inline]
    pub fn load_global(&mut self, globals: ObjRef, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str_pure(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str_pure(self.builtins, name) {
            return Ok(v);
        }
        Err(PyErr::name_error(format!(
            "name '{}' is not defined",
            name.as_str().unwrap().as_str()
        )))
    }

    /// LOAD_GLOBAL through the code object's per-name cache. A hit is validated by
    /// re-reading the cached entry (its key must still be this name); a builtins hit
    /// also needs the globals dict unchanged in structure (no name added since).
    #[inline]
    pub fn load_global_cached(
        &mut self,
        code: &crate::objects::object::CodeObj,
        i: usize,
        globals: ObjRef,
    ) -> PyResult<Value> {
        let name = code.names[i];
        let c = code.global_cache[i].get();
        if c.handle != usize::MAX && c.globals == Some(globals) {
            let gt = globals.as_dict().unwrap().get();
            if !c.in_builtins {
                if let Some((Value::Obj(k), v)) = gt.get(c.handle) {
                    if k == name {
                        return Ok(v);
                    }
                }
            } else if gt.version() == c.globals_version {
                if let Some((Value::Obj(k), v)) =
                    self.builtins.as_dict().unwrap().get().get(c.handle)
                {
                    if k == name {
                        return Ok(v);
                    }
                }
            }
        }
        let h = name.as_str().unwrap().hash();
        let is_name = |k: &Value| matches!(k, Value::Obj(o) if *o == name || o.as_str().map(|s| s.as_str() == name.as_str().unwrap().as_str()).unwrap_or(false));
        let gt = globals.as_dict().unwrap().get();
        if let Some(handle) = gt.find(h, is_name) {
            if let Some((k, v)) = gt.get(handle) {
                if k.as_obj() == Some(name) {
                    code.global_cache[i].set(crate::objects::object::GlobalCache {
                        globals: Some(globals),
                        handle,
                        in_builtins: false,
                        globals_version: 0,
                    });
                }
                return Ok(v);
            }
        }
        let bt = self.builtins.as_dict().unwrap().get();
        if let Some(handle) = bt.find(h, is_name) {
            if let Some((k, v)) = bt.get(handle) {
                if k.as_obj() == Some(name) {
                    code.global_cache[i].set(crate::objects::object::GlobalCache {
                        globals: Some(globals),
                        handle,
                        in_builtins: true,
                        globals_version: gt.version(),
                    });
                }
                return Ok(v);
            }
        }
        Err(PyErr::name_error(format!(
            "name '{}' is not defined",
            name.as_str().unwrap().as_str()
        )))
    }

    /// LOAD_NAME: locals, globals, builtins.
    pub fn load_name(&mut self, fidx: usize, name: ObjRef) -> PyResult<Value> {
        let f = &self.frames[fidx];
        let (locals, globals) = (f.locals, f.globals);
        if let Value::Obj(l) = locals {
            if let Some(v) = self.namespace_get(l, name)? {
                return Ok(v);
            }
        }
        self.load_global(globals, name)
    }

    /// Get from a namespace (a dict or a mapping object).
    pub fn namespace_get(&mut self, ns: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        if ns.as_dict().is_some() {
            return self.dict_get_str(ns, name);
        }
        match self.getitem(Value::Obj(ns), Value::Obj(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let exc = self.exc_object(e);
                if self.is_instance_kind(Value::Obj(exc), ExcKind::KeyError) {
                    Ok(None)
                } else {
                    Err(PyErr::exc(exc))
                }
            }
        }
    }

    /// Store into a namespace.
    pub fn store_to_namespace(&mut self, ns: ObjRef, name: ObjRef, v: Value) -> PyResult<()> {
        if ns.as_dict().is_some() {
            return self.dict_set_str(ns, name, v);
        }
        self.setitem(Value::Obj(ns), Value::Obj(name), v)
    }

    /// Delete from a namespace (NameError when missing).
    pub fn delete_from_namespace(&mut self, ns: ObjRef, name: ObjRef) -> PyResult<()> {
        let found = if ns.as_dict().is_some() {
            self.dict_del_str(ns, name)?
        } else {
            self.delitem(Value::Obj(ns), Value::Obj(name)).is_ok()
        };
        if !found {
            return Err(PyErr::name_error(format!(
                "name '{}' is not defined",
                name.as_str().unwrap().as_str()
            )));
        }
        Ok(())
    }

    /// The name relative imports start from, given a module's globals: its
    /// `__package__` (then true), or its `__name__` and whether it is a package.
    fn module_name_of_globals(&mut self, g: ObjRef) -> (String, bool) {
        let pk = self.intern("__package__");
        let nk = self.names.__name__;
        let pathk = self.intern("__path__");
        let is_pkg = self.dict_get_str_pure(g, pathk).is_some();
        if let Some(p) = self.dict_get_str_pure(g, pk) {
            if let Some(s) = p
                .as_obj()
                .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
            {
                // __package__ names the package itself.
                return (s, true);
            }
        }
        let name = self
            .dict_get_str_pure(g, nk)
            .and_then(|n| n.as_obj())
            .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
            .unwrap_or_default();
        (name, is_pkg)
    }

    /// IMPORT_NAME
    pub fn import_name(
        &mut self,
        name: ObjRef,
        fromlist: Value,
        level: Value,
        fidx: usize,
    ) -> PyResult<Value> {
        let globals = self.frames.get(fidx).map(|f| f.globals);
        self.import_name_in(name, fromlist, level, globals)
    }

    /// `__import__(name, globals, None, fromlist, level)`: relative names resolve
    /// against `globals` (the importing module's namespace).
    pub fn import_name_in(
        &mut self,
        name: ObjRef,
        fromlist: Value,
        level: Value,
        globals: Option<ObjRef>,
    ) -> PyResult<Value> {
        let name_s = name
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        let level = match level {
            Value::Int(l) => l,
            _ => 0,
        };
        let full = if level > 0 {
            // As importlib's `_calc___package__` and `_resolve_name`: the package is
            // __package__, or the module's own name if it is a package, or its parent.
            let (name, is_pkg_name) = match globals {
                Some(g) => self.module_name_of_globals(g),
                None => (String::new(), false),
            };
            let pkg = if is_pkg_name {
                name
            } else {
                name.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            };
            if pkg.is_empty() {
                return Err(PyErr::import_error(
                    "attempted relative import with no known parent package",
                ));
            }
            let mut parts: Vec<&str> = pkg.split('.').collect();
            let drop = (level - 1) as usize;
            if drop >= parts.len() {
                return Err(PyErr::import_error(
                    "attempted relative import beyond top-level package",
                ));
            }
            for _ in 0..drop {
                parts.pop();
            }
            let base = parts.join(".");
            if name_s.is_empty() {
                base
            } else if base.is_empty() {
                name_s.clone()
            } else {
                format!("{base}.{name_s}")
            }
        } else {
            name_s.clone()
        };
        if full.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        // Import each package along the dotted path.
        let mut top = None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_module(&prefix)?;
            if top.is_none() {
                top = Some(m);
            }
        }
        let has_fromlist = match fromlist {
            Value::None => false,
            Value::Obj(o) => o.as_tuple().map(|t| !t.is_empty()).unwrap_or(true),
            _ => true,
        };
        if has_fromlist || level > 0 && name_s.is_empty() {
            let m = self.import_module(&full)?;
            // `from pkg import submodule`
            if let Value::Obj(_) = fromlist {
                // A tuple from the compiler; any iterable from __import__ callers.
                let items = self.collect_iterable(fromlist)?;
                {
                    for it in items {
                        if let Some(s) = it
                            .as_obj()
                            .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                        {
                            if s != "*" {
                                let sub = self.intern(&s);
                                if self.getattr_opt(m, sub)?.is_none() && self.is_package(m) {
                                    self.import_submodule(&format!("{full}.{s}"))?;
                                }
                            }
                        }
                    }
                }
            }
            return Ok(m);
        }
        if level > 0 {
            return self.import_module(&full);
        }
        Ok(top.unwrap())
    }

    fn is_package(&mut self, m: Value) -> bool {
        let pathk = self.intern("__path__");
        self.instance_dict(m)
            .map(|d| self.dict_get_str_pure(d, pathk).is_some())
            .unwrap_or(false)
    }

    /// Import one module by its full dotted name (parents must be imported).
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        let key = self.intern(full);
        let mods = self.modules;
        if let Some(m) = self.dict_get_str_pure(mods, key) {
            if m.is_none() {
                // `sys.modules[name] = None` blocks the import.
                let msg = format!("import of {full} halted; None in sys.modules");
                return Err(self.import_failure(ExcKind::ModuleNotFoundError, msg, full));
            }
            return Ok(m);
        }
        if let Some(m) = crate::stdlib::load_native(self, full)? {
            self.dict_set_str(mods, key, m)?;
            return Ok(m);
        }
        self.namespace_dirs.clear();
        let found = self.find_module_file(full)?;
        // Bundled modules count as later on the path than any folder: they beat a
        // namespace package, not a regular module.
        if found.is_none() {
            if let Some(src) = crate::stdlib::bundled_source(full) {
                // A bundled package gets a `__path__` naming no real folder: its
                // submodules are found among the bundled sources too.
                let pkg_dir =
                    crate::stdlib::bundled_is_package(full).then(|| format!("<frozen {full}>"));
                let m = self.exec_module_source(full, &format!("<frozen {full}>"), src, pkg_dir)?;
                self.bind_submodule(full, m)?;
                return Ok(m);
            }
        }
        let module = match found {
            Some((file, pkg_dir)) => Some(self.exec_module_file(full, &file, pkg_dir)?),
            None => self.namespace_package(full)?,
        };
        if let Some(m) = module {
            self.bind_submodule(full, m)?;
            return Ok(m);
        }
        Err(self.import_failure(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{full}'"),
            full,
        ))
    }

    /// A submodule becomes an attribute of its package.
    fn bind_submodule(&mut self, full: &str, m: Value) -> PyResult<()> {
        if let Some((parent, last)) = full.rsplit_once('.') {
            let pk = self.intern(parent);
            let mods = self.modules;
            if let Some(p) = self.dict_get_str_pure(mods, pk) {
                if let Some(d) = self.instance_dict(p) {
                    let lk = self.intern(last);
                    self.dict_set_str(d, lk, m)?;
                }
            }
        }
        Ok(())
    }

    /// An ImportError (or subclass) with its `name` attribute set, as the import
    /// system raises them.
    pub fn import_failure(&mut self, kind: ExcKind, msg: String, name: &str) -> PyErr {
        let m = self.new_str(msg);
        let exc = self.new_exception(kind, vec![m]);
        if let Some(e) = exc.as_exc() {
            let k = self.intern("name");
            let v = self.new_str(name);
            let _ = self.dict_set_str(e.dict, k, v);
        }
        PyErr::exc(exc)
    }

    /// The source file of module `full` on `sys.path` (or its parent package's
    /// `__path__`, importing the parent first), with the package folder when it is
    /// a package's `__init__.py`.
    pub fn find_module_file(&mut self, full: &str) -> PyResult<Option<(String, Option<String>)>> {
        let (parent, last) = match full.rfind('.') {
            Some(i) => (Some(&full[..i]), &full[i + 1..]),
            None => (None, full),
        };
        let search: Vec<String> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                let pathk = self.intern("__path__");
                let paths = self
                    .instance_dict(pm)
                    .and_then(|d| self.dict_get_str_pure(d, pathk));
                match paths {
                    Some(p) => self
                        .collect_iterable(p)?
                        .iter()
                        .filter_map(|v| {
                            v.as_obj()
                                .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                        })
                        .collect(),
                    None => {
                        let msg = format!("No module named '{full}'; '{p}' is not a package");
                        return Err(self.import_failure(ExcKind::ModuleNotFoundError, msg, full));
                    }
                }
            }
            None => self.sys_path(),
        };
        let cwd = std::env::current_dir().ok();
        for dir in &search {
            // Module files get absolute paths (`__file__`, tracebacks), as in CPython.
            let dir = match &cwd {
                Some(c) if !std::path::Path::new(dir).is_absolute() => {
                    let joined = c.join(dir);
                    let s = joined.to_string_lossy();
                    s.strip_suffix("/.").unwrap_or(&s).to_string()
                }
                _ => dir.clone(),
            };
            let pkg_init = format!("{dir}/{last}/__init__.py");
            let file = format!("{dir}/{last}.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return Ok(Some((pkg_init, Some(format!("{dir}/{last}")))));
            }
            if std::path::Path::new(&file).is_file() {
                return Ok(Some((file, None)));
            }
            if std::path::Path::new(&format!("{dir}/{last}")).is_dir() {
                self.namespace_dirs.push(format!("{dir}/{last}"));
            }
        }
        Ok(None)
    }

    /// A namespace package (PEP 420): folders named `full` without `__init__.py`
    /// found by the last `find_module_file`, as one module with those folders as
    /// its `__path__` and no `__file__`.
    fn namespace_package(&mut self, full: &str) -> PyResult<Option<Value>> {
        let dirs = std::mem::take(&mut self.namespace_dirs);
        if dirs.is_empty() {
            return Ok(None);
        }
        let m = self.new_module(full);
        let d = self.instance_dict(m).unwrap();
        let paths: Vec<Value> = dirs.iter().map(|p| self.new_str(p.as_str())).collect();
        let l = self.new_list(paths);
        for (k, v) in [("__path__", l), ("__file__", Value::None)] {
            let k = self.intern(k);
            self.dict_set_str(d, k, v)?;
        }
        let pk = self.intern("__package__");
        let pv = self.new_str(full);
        self.dict_set_str(d, pk, pv)?;
        let key = self.intern(full);
        let mods = self.modules;
        self.dict_set_str(mods, key, m)?;
        Ok(Some(m))
    }

    fn sys_path(&mut self) -> Vec<String> {
        let sys = self.intern("sys");
        let mods = self.modules;
        let pathk = self.intern("path");
        if let Some(m) = self.dict_get_str_pure(mods, sys) {
            if let Some(d) = self.instance_dict(m) {
                if let Some(p) = self.dict_get_str_pure(d, pathk) {
                    if let Some(l) = p
                        .as_obj()
                        .and_then(|o| o.as_list().map(|l| l.get().clone()))
                    {
                        return l
                            .iter()
                            .filter_map(|v| {
                                v.as_obj()
                                    .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                            })
                            .collect();
                    }
                }
            }
        }
        vec![".".into()]
    }

    fn exec_module_file(
        &mut self,
        full: &str,
        path: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let src = std::fs::read_to_string(path)
            .map_err(|e| PyErr::import_error(format!("cannot read {path}: {e}")))?;
        self.exec_module_source(full, path, &src, pkg_dir)
    }

    /// Create module `full` and run `src` in it (registered in sys.modules first).
    pub fn exec_module_source(
        &mut self,
        full: &str,
        path: &str,
        src: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let pkg = match &pkg_dir {
            Some(_) => full.to_string(),
            None => full
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        self.exec_module_in_package(full, path, src, pkg_dir, &pkg)
    }

    /// `exec_module_source` with an explicit `__package__` (for `pyjit -m pkg.mod`,
    /// which runs as `__main__` but imports relative to `pkg`).
    pub fn exec_module_in_package(
        &mut self,
        full: &str,
        path: &str,
        src: &str,
        pkg_dir: Option<String>,
        pkg: &str,
    ) -> PyResult<Value> {
        let m = self.new_module(full);
        let d = self.instance_dict(m).unwrap();
        let fk = self.names.__file__;
        let pv = self.new_str(path);
        self.dict_set_str(d, fk, pv)?;
        let pk = self.intern("__package__");
        let pkgv = self.new_str(pkg);
        self.dict_set_str(d, pk, pkgv)?;
        let mut search = Value::None;
        if let Some(dir) = pkg_dir {
            let pathk = self.intern("__path__");
            let dv = self.new_str(dir);
            let l = self.new_list(vec![dv]);
            self.dict_set_str(d, pathk, l)?;
            search = l;
        }
        // __spec__ (modules/_sysinfo.py's ModuleSpec; absent while that module
        // itself is being set up, and for __main__, which CPython gives None).
        let spec = self.module_spec(full, path, search)?;
        let sk = self.intern("__spec__");
        self.dict_set_str(d, sk, spec)?;
        let key = self.intern(full);
        let mods = self.modules;
        self.dict_set_str(mods, key, m)?;
        self.sources.insert(path.to_string(), Rc::from(src));
        let code = match crate::compiler::compile(src, path, crate::compiler::ParseMode::Module) {
            Ok(c) => c,
            Err(e) => {
                self.dict_del_str(mods, key)?;
                return Err(PyErr::exc(self.syntax_error(&e)));
            }
        };
        let code = self.load_code(Rc::new(code));
        self.initializing.push(full.to_string());
        let r = self.run_code(code, d, Value::Obj(d));
        self.initializing.pop();
        if let Err(e) = r {
            self.dict_del_str(mods, key)?;
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get_str_pure(mods, key).unwrap_or(m))
    }

    /// A `ModuleSpec` for a module loaded from `path` (None before `_sysinfo` exists
    /// and for `__main__`).
    fn module_spec(&mut self, full: &str, path: &str, search: Value) -> PyResult<Value> {
        let info = self.intern("_sysinfo");
        let Some(m) = self.dict_get_str_pure(self.modules, info) else {
            return Ok(Value::None);
        };
        if full == "__main__" {
            return Ok(Value::None);
        }
        let ck = self.intern("ModuleSpec");
        let Some(cls) = self
            .instance_dict(m)
            .and_then(|d| self.dict_get_str_pure(d, ck))
        else {
            return Ok(Value::None);
        };
        let name = self.new_str(full);
        let origin = self.new_str(path);
        self.call(cls, &[name, origin, search], &[])
    }

    /// A new empty module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let nk = self.names.__name__;
        let nv = self.new_str(name);
        let _ = self.dict_set_str(d, nk, nv);
        let bk = self.names.__builtins__;
        let b = self.builtins;
        let _ = self.dict_set_str(d, bk, Value::Obj(b));
        let dk = self.names.__doc__;
        let _ = self.dict_set_str(d, dk, Value::None);
        let ty = self.types.module;
        Value::Obj(self.alloc(
            ty,
            Payload::Module {
                name: name.to_string(),
                dict: d,
            },
        ))
    }

    /// IMPORT_FROM
    pub fn import_from(&mut self, m: Value, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let mname = match m.payload() {
            Some(Payload::Module { name, .. }) => name.clone(),
            _ => "?".into(),
        };
        let n = name
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        // A submodule not yet imported.
        if self.is_package(m) {
            if let Some(v) = self.import_submodule(&format!("{mname}.{n}"))? {
                return Ok(v);
            }
        }
        let file = self.names.__file__;
        let file_v = self
            .instance_dict(m)
            .and_then(|d| self.dict_get_str_pure(d, file))
            .filter(|f| f.as_obj().is_some_and(|o| o.as_str().is_some()));
        let loc = file_v
            .and_then(|f| f.as_obj())
            .and_then(|o| o.as_str().map(|s| s.as_str().to_string()));
        let loc = loc.unwrap_or_else(|| "unknown location".into());
        let msg = if self.initializing.contains(&mname) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({loc})"
            )
        } else {
            format!("cannot import name '{n}' from '{mname}' ({loc})")
        };
        let err = self.import_failure(ExcKind::ImportError, msg, &mname);
        if let (PyErrKind::Exc(e), Some(f)) = (err.kind(), file_v) {
            if let Some(x) = e.as_exc() {
                let k = self.intern("path");
                self.dict_set_str(x.dict, k, f)?;
            }
        }
        Err(err)
    }

    /// Import submodule `full` if it exists (None when there is no such module;
    /// any other failure while importing it propagates).
    fn import_submodule(&mut self, full: &str) -> PyResult<Option<Value>> {
        match self.import_module(full) {
            Ok(m) => Ok(Some(m)),
            Err(e) => {
                let exc = self.exc_object(e);
                let k = self.intern("name");
                let name = exc.as_exc().and_then(|x| self.dict_get_str_pure(x.dict, k));
                let this = name
                    .and_then(|n| n.as_obj())
                    .is_some_and(|n| n.as_str().is_some_and(|s| s.as_str() == full));
                if this && self.is_instance_kind(Value::Obj(exc), ExcKind::ModuleNotFoundError) {
                    Ok(None)
                } else {
                    Err(PyErr::exc(exc))
                }
            }
        }
    }

    /// IMPORT_STAR
    pub fn import_star(&mut self, m: Value, ns: ObjRef) -> PyResult<()> {
        let d = match self.instance_dict(m) {
            Some(d) => d,
            None => return Ok(()),
        };
        let all = self.names.__all__;
        let names: Vec<Value> = match self.dict_get_str_pure(d, all) {
            Some(a) => self.collect_iterable(a)?,
            None => d
                .as_dict()
                .unwrap()
                .get()
                .keys()
                .filter(|k| {
                    k.as_obj()
                        .and_then(|o| o.as_str().map(|s| !s.as_str().starts_with('_')))
                        .unwrap_or(false)
                })
                .collect(),
        };
        for n in names {
            let k = match n.as_obj() {
                Some(o) if o.as_str().is_some() => o,
                _ => return Err(PyErr::type_error("attribute name must be string")),
            };
            // A package's __all__ may name submodules not imported yet.
            if self.is_package(m) && self.getattr_opt(m, k)?.is_none() {
                let mname = match m.payload() {
                    Some(Payload::Module { name, .. }) => name.clone(),
                    _ => String::new(),
                };
                let sub = k
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                self.import_submodule(&format!("{mname}.{sub}"))?;
            }
            let v = self.getattr(m, k)?;
            self.store_to_namespace(ns, k, v)?;
        }
        Ok(())
    }
}
