//! Native modules (`sys`, `math`, `time`) and the registry of bundled Python-source
//! modules from `modules/`.
#![deny(unsafe_code)]

pub mod array;
pub mod cmath;
pub mod ctypes;
pub mod gcmod;
pub mod math;
pub mod posix;
pub mod random;
pub mod sre;
pub mod struct_;
pub mod sys;
pub mod time;
pub mod weakref;

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Names of the native modules.
pub(crate) const NATIVE: &[&str] = &[
    "sys", "math", "cmath", "_time", "array", "_random", "_struct", "posix", "_regex", "_ctypes",
    "gc", "_weakref", "builtins",
];

/// Is `name` a native (built-in) module?
pub fn is_builtin_module(name: &str) -> bool {
    NATIVE.contains(&name)
}

/// Create `sys` at start-up.
pub fn install(vm: &mut Vm) {
    let m = sys::make(vm);
    let k = vm.intern("sys");
    let mods = vm.modules;
    let _ = vm.dict_set_str(mods, k, m);
    let b = vm.new_module("builtins");
    if let Some(d) = vm.instance_dict(b) {
        let _ = d;
    }
    // `builtins` module shares the builtins dict.
    let ty = vm.types.module;
    let bd = vm.builtins;
    let bm = vm.alloc(
        ty,
        crate::objects::Payload::Module {
            name: "builtins".into(),
            dict: bd,
        },
    );
    let k = vm.intern("builtins");
    let _ = vm.dict_set_str(mods, k, Value::Obj(bm));
    // The named-tuple parts of sys, written in Python (modules/_sysinfo.py).
    if let Err(e) = vm.import_module("_sysinfo") {
        let exc = vm.exc_object(e);
        vm.print_exception(exc);
    }
}

/// Build a native module by name.
pub fn load_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "math" => Some(math::make(vm)),
        "_time" => Some(time::make(vm)),
        "array" => Some(array::make(vm)),
        "_random" => Some(random::make(vm)),
        "_struct" => Some(struct_::make(vm)),
        "cmath" => Some(cmath::make(vm)),
        "posix" => Some(posix::make(vm)),
        "_regex" => Some(sre::make(vm)),
        "_ctypes" => Some(ctypes::make(vm)),
        "gc" => Some(gcmod::make(vm)),
        "_weakref" => Some(weakref::make(vm)),
        _ => None,
    })
}

/// Is the bundled module `name` a package (its submodules are bundled too)?
pub fn bundled_is_package(name: &str) -> bool {
    matches!(name, "collections" | "json" | "ctypes")
}

/// Source of a bundled Python module.
pub fn bundled_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "traceback" => include_str!("../../modules/traceback.py"),
        "_sysinfo" => include_str!("../../modules/_sysinfo.py"),
        "abc" => include_str!("../../modules/abc.py"),
        "importlib" => include_str!("../../modules/importlib.py"),
        "inspect" => include_str!("../../modules/inspect.py"),
        "copy" => include_str!("../../modules/copy.py"),
        "random" => include_str!("../../modules/random.py"),
        "struct" => include_str!("../../modules/struct.py"),
        "os" => include_str!("../../modules/os.py"),
        "time" => include_str!("../../modules/time.py"),
        "itertools" => include_str!("../../modules/itertools.py"),
        "string" => include_str!("../../modules/string.py"),
        "textwrap" => include_str!("../../modules/textwrap.py"),
        "contextlib" => include_str!("../../modules/contextlib.py"),
        "dataclasses" => include_str!("../../modules/dataclasses.py"),
        "enum" => include_str!("../../modules/enum.py"),
        "typing" => include_str!("../../modules/typing.py"),
        "types" => include_str!("../../modules/types.py"),
        "numbers" => include_str!("../../modules/numbers.py"),
        "fractions" => include_str!("../../modules/fractions.py"),
        "statistics" => include_str!("../../modules/statistics.py"),
        "json" => include_str!("../../modules/json/__init__.py"),
        "json.decoder" => include_str!("../../modules/json/decoder.py"),
        "json.encoder" => include_str!("../../modules/json/encoder.py"),
        "pprint" => include_str!("../../modules/pprint.py"),
        "timeit" => include_str!("../../modules/timeit.py"),
        "warnings" => include_str!("../../modules/warnings.py"),
        "re" => include_str!("../../modules/re.py"),
        "argparse" => include_str!("../../modules/argparse.py"),
        "ctypes" => include_str!("../../modules/ctypes/__init__.py"),
        "ctypes.util" => include_str!("../../modules/ctypes/util.py"),
        "ctypes._describe" => include_str!("../../modules/ctypes/_describe.py"),
        "posixpath" => include_str!("../../modules/posixpath.py"),
        "io" => include_str!("../../modules/io.py"),
        "weakref" => include_str!("../../modules/weakref.py"),
        "errno" => include_str!("../../modules/errno.py"),
        "functools" => include_str!("../../modules/functools.py"),
        "operator" => include_str!("../../modules/operator.py"),
        "bisect" => include_str!("../../modules/bisect.py"),
        "heapq" => include_str!("../../modules/heapq.py"),
        "collections" => include_str!("../../modules/collections/__init__.py"),
        "collections.abc" => include_str!("../../modules/collections/abc.py"),
        _ => return None,
    })
}
