//! Criterion micro-benchmarks of the VM's hot paths: dispatch on a tight loop, dict
//! get/set, attribute loads, method calls, list indexing, big-int multiplication, and
//! array('d') item get, item set and append.
//!
//! Each benchmark calls a small Python function (defined once per VM) that runs its
//! operation `N` times, so the figure per iteration divided by `N` is the cost of
//! one operation plus its share of loop overhead. Run with `cargo bench`; the whole-
//! program comparison with CPython, PyPy and C is benches/compare.sh.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use pyjit::objects::{ObjRef, Value};
use pyjit::{run_main, RunOutcome, Vm};

/// Operations per benchmark iteration.
const N: i64 = 10_000;

const SOURCE: &str = r#"
import array

def tight_loop(n):
    i = 0
    while i < n:
        i += 1
    return i

def dict_get_set(d, n):
    for i in range(n):
        k = i & 1023
        d[k] = d.get(k, 0) + 1
    return len(d)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x + self.y

def attr_load(p, n):
    s = 0
    for _ in range(n):
        s += p.x
    return s

def method_call(p, n):
    s = 0
    for _ in range(n):
        s += p.norm1()
    return s

def list_index(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[i & 1023]
    return s

def array_get(a, n):
    s = 0.0
    for i in range(n):
        s += a[i & 1023]
    return s

def array_set(a, n):
    for i in range(n):
        a[i & 1023] = 1.5
    return len(a)

def array_append(n):
    a = array.array("d")
    for i in range(n):
        a.append(0.5)
    return len(a)

def big_mul(a, b, n):
    for _ in range(n // 100):
        c = a * b
    return c.bit_length()

point = Point(1, 2)
table = {}
floats = [i * 0.5 for i in range(1024)]
doubles = array.array("d", floats)
big_a = 7 ** 3000
big_b = 3 ** 4000
"#;

/// A VM with `SOURCE` run as `__main__`, and that module's globals.
fn setup() -> (Vm, ObjRef) {
    let mut vm = Vm::new(vec!["hot_paths".into()]);
    match run_main(&mut vm, SOURCE, "<hot_paths>") {
        RunOutcome::Ok => {}
        RunOutcome::Exit(code) => panic!("benchmark source failed (exit {code})"),
    }
    let main = vm.intern("__main__");
    let modules = vm.modules;
    let module = vm
        .dict_get_str(modules, main)
        .ok()
        .flatten()
        .expect("__main__");
    let globals = vm.instance_dict(module).expect("module dict");
    (vm, globals)
}

fn global(vm: &mut Vm, globals: ObjRef, name: &str) -> Value {
    let key = vm.intern(name);
    vm.dict_get_str(globals, key)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no global {name}"))
}

/// Benchmark `func(*args, N)`; the arguments are globals (so they stay rooted).
fn bench_call(c: &mut Criterion, id: &str, func: &str, args: &[&str]) {
    let (mut vm, globals) = setup();
    let f = global(&mut vm, globals, func);
    let mut argv: Vec<Value> = args.iter().map(|a| global(&mut vm, globals, a)).collect();
    argv.push(Value::Int(N));
    c.bench_function(id, |b| {
        b.iter(|| {
            let r = vm.call(f, black_box(&argv), &[]);
            assert!(r.is_ok(), "{func} raised");
            r.ok()
        })
    });
}

fn hot_paths(c: &mut Criterion) {
    bench_call(c, "dispatch: while i < n: i += 1", "tight_loop", &[]);
    bench_call(
        c,
        "dict: d[k] = d.get(k, 0) + 1",
        "dict_get_set",
        &["table"],
    );
    bench_call(c, "attribute load: s += p.x", "attr_load", &["point"]);
    bench_call(c, "method call: s += p.norm1()", "method_call", &["point"]);
    bench_call(
        c,
        "list indexing: s += xs[i & 1023]",
        "list_index",
        &["floats"],
    );
    bench_call(
        c,
        "array('d') item get: s += a[i & 1023]",
        "array_get",
        &["doubles"],
    );
    bench_call(
        c,
        "array('d') item set: a[i & 1023] = 1.5",
        "array_set",
        &["doubles"],
    );
    bench_call(c, "array('d') append", "array_append", &[]);
    bench_call(
        c,
        "big-int multiply: 3000-digit ints",
        "big_mul",
        &["big_a", "big_b"],
    );
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
