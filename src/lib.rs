//! pyjit: a Python 3.11 virtual machine, built to run numeric Python fast.
//!
//! Pipeline: source -> `compiler` (rustpython-parser AST, symbol tables, bytecode)
//! -> `bytecode::CodeObject` -> `vm` (materializes code objects on the heap and
//! interprets them) over the object model in `objects` and the heap in `gc`.
//! `builtins` and `stdlib` provide the built-in functions, types' methods and
//! native modules.
//!
//! Ownership: every Python object lives in the GC heap (`gc::Heap`) and is referred
//! to by `objects::ObjRef` (a plain pointer, valid while reachable). Small values
//! (None, bool, int, float) are unboxed in `objects::Value`.
//!
//! Where `unsafe` lives: `gc/` (allocation and freeing) and `objects/` (pointer
//! dereference and the `Mut` cell). Every other module is safe code; see the
//! `objects::object` module docs for the borrowing rule that makes `Mut` sound.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod gc;
pub mod objects;
pub mod repl;
pub mod stdlib;
pub mod vm;

pub use vm::Vm;

/// Result of running a program, for the CLI.
pub enum RunOutcome {
    /// Finished normally.
    Ok,
    /// Exited with a status (uncaught exception = 1, SystemExit(n) = n).
    Exit(i32),
}

/// Run `source` as the `__main__` module.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> RunOutcome {
    use objects::Value;
    // Tracebacks quote source lines, except from stdin (which CPython cannot reread).
    if filename != "<stdin>" {
        vm.sources
            .insert(filename.to_string(), std::rc::Rc::from(source));
    }
    let code = match compiler::compile(source, filename, compiler::ParseMode::Module) {
        Ok(c) => c,
        Err(e) => {
            let exc = vm.syntax_error(&e);
            vm.print_exception(exc);
            return RunOutcome::Exit(1);
        }
    };
    let module = vm.new_module("__main__");
    let d = vm.instance_dict(module).unwrap();
    let fk = vm.names.__file__;
    let fv = vm.new_str(filename);
    let _ = vm.dict_set_str(d, fk, fv);
    // A script has no package and no module spec.
    for name in ["__package__", "__spec__"] {
        let k = vm.intern(name);
        let _ = vm.dict_set_str(d, k, Value::None);
    }
    let key = vm.names.__main__;
    let mods = vm.modules;
    let _ = vm.dict_set_str(mods, key, module);
    let code = vm.load_code(std::rc::Rc::new(code));
    let r = vm.run_code(code, d, Value::Obj(d));
    let outcome = match r {
        Ok(_) => RunOutcome::Ok,
        Err(e) => handle_uncaught(vm, e),
    };
    vm.flush_stdout();
    outcome
}

/// `pyjit -m name`: run module `name` (a package runs its `__main__` submodule) as
/// the `__main__` module, with `sys.argv[0]` set to its file, as CPython's `runpy`
/// does. Parent packages are imported first.
pub fn run_module_main(vm: &mut Vm, name: &str) -> RunOutcome {
    use objects::Value;
    let found = match vm.find_module_file(name) {
        Ok(Some((file, Some(_)))) => {
            let main = format!("{name}.__main__");
            match vm.find_module_file(&main) {
                Ok(Some((f, None))) => Ok((f, main)),
                Ok(_) => Err(format!(
                    "No module named {main}; '{name}' is a package and cannot be directly executed"
                )),
                Err(e) => return handle_uncaught(vm, e),
            }
            .map(|(f, m)| (f, m, file))
        }
        Ok(Some((file, None))) => Ok((file.clone(), name.to_string(), file)),
        Ok(None) => Err(format!("No module named {name}")),
        Err(e) => return handle_uncaught(vm, e),
    };
    let (file, module, _) = match found {
        Ok(f) => f,
        Err(msg) => {
            eprintln!("pyjit: {msg}");
            return RunOutcome::Exit(1);
        }
    };
    let src = match std::fs::read(&file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("pyjit: can't read {file}: {e}");
            return RunOutcome::Exit(1);
        }
    };
    let abs = std::fs::canonicalize(&file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or(file);
    // sys.argv[0] is the module's file.
    let sys = vm.intern("sys");
    if let Some(m) = vm.dict_get_str_pure(vm.modules, sys) {
        let argv = vm.intern("argv");
        if let Some(Value::Obj(l)) = vm
            .instance_dict(m)
            .and_then(|d| vm.dict_get_str_pure(d, argv))
        {
            if let Some(items) = l.as_list() {
                if let Some(first) = items.get().first_mut() {
                    *first = vm.new_str(abs.as_str());
                }
            }
        }
    }
    let package = module.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    let r = vm.exec_module_in_package("__main__", &abs, &src, None, package);
    let outcome = match r {
        Ok(_) => RunOutcome::Ok,
        Err(e) => handle_uncaught(vm, e),
    };
    vm.flush_stdout();
    outcome
}

/// Print an uncaught exception (or honour SystemExit) and give the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: vm::PyErr) -> RunOutcome {
    use objects::Value;
    let exc = vm.exc_object(e);
    if vm.is_instance_kind(Value::Obj(exc), vm::ExcKind::SystemExit) {
        // SystemExit.code: None without args, the one argument, or the args tuple.
        let args = exc.as_exc().map(|x| *x.args.get()).unwrap_or(Value::None);
        let code = match args.tuple() {
            Some([]) | None => Value::None,
            Some([one]) => *one,
            Some(_) => args,
        };
        vm.flush_stdout();
        return match code {
            Value::None => RunOutcome::Exit(0),
            Value::Int(i) => RunOutcome::Exit(i as i32),
            Value::Bool(b) => RunOutcome::Exit(b as i32),
            other => {
                let s = vm.str(other).unwrap_or_default();
                eprintln!("{s}");
                RunOutcome::Exit(1)
            }
        };
    }
    vm.print_exception(exc);
    RunOutcome::Exit(1)
}
